"""The main window as a user meets it: list, filter, trash, shortcuts, language, layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kedendesk.domain.declaration import Document, GoodsItem
from kedendesk.services.drafts import DraftService
from kedendesk.ui.editor.rows_model import documents_model, items_model
from kedendesk.ui.list_model import DeclarationListModel
from kedendesk.ui.trash_dialog import TrashDialog
from tests.ui.conftest import OpenApp, close_app, entry, type_text


def _activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts reach only the active window; offscreen activates it on request."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _seed(drafts: DraftService) -> dict[str, int]:
    ids = {}
    for name, bin_ in (
        ("ТОО «Шығыс Импорт»", "940140000385"),
        ("ТОО «Сарыарқа»", "990140004654"),
        ("Acme LLP", ""),
    ):
        client = drafts.add_client(name, bin_)
        ids[name] = drafts.new_declaration(client.id)
    return ids


def test_filter_finds_kazakh_text_in_any_case(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    ids = _seed(drafts)
    page = open_app().window.list_page
    assert page.model.rowCount() == 3
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        type_text(page.filter_edit, "ШЫҒЫС")
    assert page.model.rowCount() == 1
    assert page.model.declaration_id(0) == ids["ТОО «Шығыс Импорт»"]
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        page.filter_edit.setText("сарыарқа")
    assert page.model.index(0, 1).data() == "ТОО «Сарыарқа»"
    assert "1" in page.count_label.text()
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        page.filter_edit.clear()
    assert page.model.rowCount() == 3


def test_the_client_filter_shows_one_clients_declarations_with_a_status_view(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    ids = _seed(drafts)
    second = drafts.new_declaration(drafts.row(ids["ТОО «Сарыарқа»"]).client_id)
    app = open_app()
    page = app.window.list_page
    combo = page.client_combo
    assert combo.itemText(0) == "All clients" and combo.count() == 4
    combo.setFocus()
    combo.setCurrentIndex(combo.findText("ТОО «Сарыарқа»"))
    assert {page.model.declaration_id(r) for r in range(page.model.rowCount())} == {
        ids["ТОО «Сарыарқа»"],
        second,
    }
    page.status_combo.setCurrentIndex(page.status_combo.findText("Released"))
    assert page.model.rowCount() == 0  # none of its declarations was released
    page.status_combo.setCurrentIndex(0)
    app.drafts.add_client("ТОО «Жаңа»", "030440012346")  # a new client joins the filter
    qtbot.waitUntil(lambda: combo.findText("ТОО «Жаңа»") >= 0)
    assert combo.currentText() == "ТОО «Сарыарқа»"  # the choice is kept
    combo.setCurrentIndex(0)
    assert page.model.rowCount() == 4


def test_list_sorts_by_clicked_column(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    _seed(drafts)
    view = open_app().window.list_page.view
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    clients = [view.model().index(row, 1).data() for row in range(3)]
    assert clients == sorted(clients)


def test_list_model_passes_qt_model_tester(
    qtmodeltester: ModelTester, drafts: DraftService
) -> None:
    _seed(drafts)
    model = DeclarationListModel(drafts)
    qtmodeltester.check(model)
    model.set_filter("acme")
    qtmodeltester.check(model)


def test_rows_models_pass_qt_model_tester(qtmodeltester: ModelTester) -> None:
    items = items_model()
    items.set_rows([GoodsItem(number=1, description="Алма\nжаңа"), GoodsItem(number=2)])
    qtmodeltester.check(items)
    documents = documents_model()
    documents.set_rows([Document(type_code="04021", number="1")])
    qtmodeltester.check(documents)
    assert documents.index(0, 1).data() == "Invoice"  # the code's name beside it
    assert items.index(0, 2).data() == "Алма жаңа"


def test_delete_moves_to_trash_and_restore_brings_back(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    ids = _seed(drafts)
    app = open_app()
    window = app.window
    page = window.list_page
    _activate(qtbot, window)
    page.select(ids["Acme LLP"])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert "trash" in window.statusBar().currentMessage()
    trash = TrashDialog(app.drafts, window)
    qtbot.addWidget(trash)
    assert trash.model.rowCount() == 1
    trash.view.selectRow(0)
    trash.restore_selected()
    assert trash.model.rowCount() == 0
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_keyboard_new_duplicate_and_close(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    drafts.add_client("C")
    window = open_app().window
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(window.editors) == 1
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.editors) == 2
    lrns = {editor.declaration.lrn for editor in window.editors.values()}
    assert len(lrns) == 2
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert len(window.editors) == 1
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == 2)


def test_language_switches_without_restart(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    client = drafts.add_client("C")
    declaration_id = drafts.new_declaration(client.id)
    app = open_app()
    window = app.window
    editor = window.open_declaration(declaration_id)
    assert window.tabs.tabText(0) == "Declarations"
    window.switch_language("ru")
    # Qt posts LanguageChange to each window: wait for it as a user would.
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Декларации")
    assert editor.tabs.tabText(1) == "Участники"
    assert window.list_page.model.headerData(1, Qt.Orientation.Horizontal) == "Клиент"
    assert window.list_page.model.index(0, 3).data() == "Черновик"
    assert editor.binder.widgets["procedure"].name_label.text() == (
        "Выпуск для внутреннего потребления"
    )
    window.switch_language("kk")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Декларациялар")
    assert editor.binder.labels["declarant.name"].text() == "14  Атауы"
    assert editor.binder.widgets["destination_country"].name_label.text() == "Қазақстан"
    close_app(app)
    assert open_app(None).window.tabs.tabText(0) == "Декларациялар"  # remembered


def test_window_layout_and_open_tabs_are_restored(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    client = drafts.add_client("C")
    declaration_id = drafts.new_declaration(client.id)
    app = open_app()
    app.window.resize(701, 555)
    app.window.list_page.view.setColumnWidth(1, 333)
    app.window.open_declaration(declaration_id)
    close_app(app)
    window = open_app().window
    assert (window.width(), window.height()) == (701, 555)
    assert window.list_page.view.columnWidth(1) == 333
    assert declaration_id in window.editors


def test_import_of_a_broken_file_tells_the_line(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService, tmp_path, monkeypatch
) -> None:
    window = open_app().window
    shown: list[str] = []
    monkeypatch.setattr(
        "kedendesk.ui.main_window.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    path = tmp_path / "broken.json"
    path.write_text('{"format": "kedendesk.dt",\n "declaration": [}', encoding="utf-8")
    window.import_file(path)  # read off the GUI thread; the message follows
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "line 2" in shown[0]
    assert drafts.find_ids() == []
    assert QApplication.activeModalWidget() is None


def test_the_list_updates_rows_in_place_and_keeps_the_selection(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService, workspace
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from kedendesk.services.events import DeclarationsChanged

    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    ids = [drafts.new_declaration(client.id) for _ in range(4)]
    app = open_app()
    page = app.window.list_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    chosen = [ids[1], ids[2]]
    for declaration_id in chosen:
        row = page.model.row_of(declaration_id)
        page.view.selectionModel().select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    page.model.index(page.model.row_of(ids[1]), 3).data()  # shown once: its row is cached
    with workspace.database.transaction() as db:
        db.execute("UPDATE declarations SET status = 'RELEASED' WHERE id = ?", (ids[1],))
    app.workspace.events.publish(DeclarationsChanged((ids[1],)))
    qtbot.waitUntil(lambda: page.model.index(page.model.row_of(ids[1]), 3).data() == "Released")
    assert sorted(page.selected_ids()) == sorted(chosen)

    app.drafts.new_declaration(client.id)  # a declaration added: the list reloads
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    assert sorted(page.selected_ids()) == sorted(chosen)
    close_app(app)


def test_the_saved_views_drafts_with_errors_and_released_this_week(
    qtbot: QtBot, open_app: OpenApp
) -> None:
    import datetime as dt

    from kedendesk.store.outbox import OutboxRepository

    app = open_app()
    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    with_errors = app.drafts.new_declaration(client.id)
    released = app.drafts.new_declaration(client.id)
    app.drafts.new_declaration(client.id)  # never opened: its checks are not known
    editor = app.window.open_declaration(with_errors)
    assert editor is not None and editor.result.errors > 0
    type_text(entry(editor, "lrn"), "-A")  # an edit, saved with what the checks found
    editor.flush()
    with app.workspace.database.transaction() as db:
        db.execute(
            "UPDATE declarations SET status = 'SUBMITTED', remote_id = 'D-1' WHERE id = ?",
            (released,),
        )
    now = dt.datetime.now(dt.UTC).isoformat()
    OutboxRepository(app.workspace.database).apply_events(
        "Practice",
        [
            {
                "id": "e-1",
                "seq": 1,
                "declarationId": "D-1",
                "type": "declaration.released",
                "status": "RELEASED",
                "occurredAt": now,
                "data": {},
            }
        ],
        1,
    )
    page = app.window.list_page
    page.model.reload()
    combo = page.status_combo
    combo.setCurrentIndex(combo.findText("Drafts with errors"))
    assert [page.model.declaration_id(r) for r in range(page.model.rowCount())] == [with_errors]
    combo.setCurrentIndex(combo.findText("Released this week"))
    assert [page.model.declaration_id(r) for r in range(page.model.rowCount())] == [released]
    combo.setCurrentIndex(0)
    assert page.model.rowCount() == 3


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_the_list_fits_a_1440_pixel_screen(qtbot: QtBot, open_app: OpenApp, language: str) -> None:
    app = open_app(language)
    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    app.drafts.new_declaration(client.id)
    window = app.window
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.width() == 1440)
    view = window.list_page.view
    qtbot.waitUntil(lambda: view.viewport().width() > 1300)
    assert view.horizontalHeader().length() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll to sideways
