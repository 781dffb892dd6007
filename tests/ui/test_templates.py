"""Templates and copies from the File menu, by keyboard: save a declaration as a template for
its client, start a new one from it (Ctrl+Shift+T), copy one to another client."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from kedendesk.domain.declaration import GoodsItem
from tests.ui.conftest import OpenApp, type_text


def _answer(qtbot: QtBot, text: str | None = None) -> None:
    """When an input dialog opens: type `text` (or keep its choice) and press Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(30, answer)
            return
        target = dialog.findChild(QLineEdit) if text is not None else dialog
        assert target is not None
        if isinstance(target, QLineEdit) and text is not None:
            qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            type_text(target, text)
        qtbot.keyClick(target, Qt.Key.Key_Return)

    QTimer.singleShot(30, answer)


def test_templates_and_copies_from_the_file_menu(qtbot: QtBot, open_app: OpenApp) -> None:
    app = open_app()
    window = app.window
    alatau = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    source = app.drafts.new_declaration(alatau.id)
    declaration = app.drafts.load(source)
    declaration.items = [GoodsItem(number=1, description="Клавиатуры проводные", price="2304")]
    app.drafts.save(source, app.drafts.snapshot(declaration))
    window.open_declaration(source)

    _answer(qtbot, "Клавиатуры")
    window.desk.save_as_template()
    assert [t.name for t in app.drafts.templates(alatau.id)] == ["Клавиатуры"]
    assert "Клавиатуры" in window.statusBar().currentMessage()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _answer(qtbot)  # the one template is proposed: Enter takes it
    qtbot.keyClick(
        window,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(window.editors) == 2)
    (fresh,) = set(window.editors) - {source}
    assert app.drafts.load(fresh).items[0].description == "Клавиатуры проводные"
    assert app.drafts.row(fresh).lrn != app.drafts.row(source).lrn

    other = app.drafts.add_client("ТОО «Сарыарқа»", "990140004654")
    window.tabs.setCurrentWidget(window.editors[source])
    copy = window.desk.copy_to_client()  # the only other client: no question asked
    assert copy is not None and app.drafts.row(copy).client_id == other.id
    assert app.drafts.load(copy).declarant.name == "ТОО «Сарыарқа»"
