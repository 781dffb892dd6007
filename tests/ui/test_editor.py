"""A declarant's first session: create, fill in, add goods, close, reopen, find it all."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from kedendesk.services.drafts import DraftService
from kedendesk.ui.app import Application
from kedendesk.ui.editor.code_field import CodeField
from kedendesk.ui.editor.editor_page import EditorPage
from tests.ui.conftest import OpenApp, close_app, entry, type_text


def _new_declaration(
    open_app: OpenApp, drafts: DraftService, client: str = "ТОО «Әлем Сауда»"
) -> tuple[Application, EditorPage]:
    """The app open on a new declaration for a new client: where most of these tests start."""
    drafts.add_client(client, "940140000385")
    app = open_app()
    declaration_id = app.window.new_declaration()
    assert declaration_id is not None
    return app, app.window.editors[declaration_id]


def test_fill_in_close_and_reopen(qtbot: QtBot, open_app: OpenApp, drafts: DraftService) -> None:
    app, editor = _new_declaration(open_app, drafts, "ТОО «Әлем Сауда»")
    declaration_id = editor.declaration_id
    assert app.window.tabs.currentWidget() is editor

    type_text(entry(editor, "consignor.name"), "Өрнек Ғылым Құрылыс Ltd")
    type_text(entry(editor, "consignor.country_code"), "CN")
    type_text(entry(editor, "invoice_currency"), "USD")
    type_text(entry(editor, "exchange_rate"), "512,34")
    entry(editor, "lrn").selectAll()
    type_text(entry(editor, "lrn"), "ЖОБА-2026-1")

    editor.tabs.setCurrentWidget(editor.items)
    qtbot.mouseClick(editor.items.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.items.add_button, Qt.MouseButton.LeftButton)
    assert editor.items.model.rowCount() == 2
    assert entry(editor, "total_items").text() == "2"  # box 5 follows the items
    description = editor.items.binder.widgets["description"]
    assert isinstance(description, QPlainTextEdit)
    type_text(description, "Қысқы етік / Зимние сапоги")
    type_text(entry(editor, "gross_mass_kg"), "12,5")
    type_text(entry(editor, "commodity_code"), "6403999800")

    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass  # the autosave fires about a second after the last keystroke
    assert "revision" in editor.status_label.text()
    close_app(app)

    # A restart: everything typed is there, in the list and in the editor.
    app = open_app()
    page = app.window.list_page
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "ЖОБА-2026-1"
    editor = app.window.open_declaration(declaration_id)
    assert entry(editor, "consignor.name").text() == "Өрнек Ғылым Құрылыс Ltd"
    assert editor.binder.widgets["consignor.country_code"].name_label.text() == "China"
    assert editor.declaration.exchange_rate == Decimal("512.34")
    assert editor.items.model.rowCount() == 2
    editor.items.table.selectRow(1)
    assert editor.items.binder.widgets["description"].toPlainText() == "Қысқы етік / Зимние сапоги"
    assert editor.declaration.items[1].gross_mass_kg == Decimal("12.5")
    assert editor.items.model.index(1, 1).data() == "6403999800"


def test_closing_the_app_saves_what_was_just_typed(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    client = drafts.add_client("C")
    declaration_id = drafts.new_declaration(client.id)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    type_text(entry(editor, "delivery_place"), "Алматы")
    close_app(app)  # well before the autosave delay
    assert drafts.load(declaration_id).delivery_place == "Алматы"


def test_a_wrong_value_is_kept_as_typed(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    client = drafts.add_client("C")
    declaration_id = drafts.new_declaration(client.id)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    type_text(entry(editor, "exchange_rate"), "пять")
    editor.flush()
    assert drafts.load(declaration_id).exchange_rate == "пять"


def test_code_completion_by_name(qtbot: QtBot, open_app: OpenApp, drafts: DraftService) -> None:
    client = drafts.add_client("C")
    declaration_id = drafts.new_declaration(client.id)
    app = open_app("ru")
    editor = app.window.open_declaration(declaration_id)
    editor.tabs.setCurrentIndex(2)
    field = editor.binder.widgets["trading_country"]
    assert isinstance(field, CodeField)
    type_text(field.line_edit, "герм")
    completions = field.completer.completionModel()
    shown = [completions.index(row, 0).data() for row in range(completions.rowCount())]
    assert "DE — Германия" in shown
    field.completer.activated.emit("DE — Германия")
    assert field.text() == "DE"
    assert field.name_label.text() == "Германия"
    assert editor.declaration.trading_country == "DE"


def test_unknown_code_is_marked(qtbot: QtBot, open_app: OpenApp, drafts: DraftService) -> None:
    client = drafts.add_client("C")
    app = open_app()
    editor = app.window.open_declaration(drafts.new_declaration(client.id))
    field = editor.binder.widgets["border_transport_mode"]
    assert isinstance(field, CodeField)
    type_text(field.line_edit, "33")
    assert field.name_label.text() == "Not in the code list"
    field.line_edit.selectAll()
    type_text(field.line_edit, "30")
    assert field.name_label.text() == "Road"
    assert editor.declaration.border_transport_mode == "30"


def test_same_as_declarant_disables_the_party(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    client = drafts.add_client("C")
    app = open_app()
    editor = app.window.open_declaration(drafts.new_declaration(client.id))
    editor.tabs.setCurrentIndex(1)
    name = entry(editor, "consignee.name")
    assert name.isEnabled()
    editor.binder.widgets["consignee_same_as_declarant"].click()
    assert not name.isEnabled()
    assert editor.declaration.consignee_same_as_declarant is True
    assert entry(editor, "financial_party.name").isEnabled()


def test_two_editors_of_one_declaration_make_a_conflict_and_lose_nothing(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    """A second process saved the declaration while this window edited it: the save is a
    conflict the user is asked about; keeping mine makes a new revision on top of theirs,
    both in the history."""
    client = drafts.add_client("C")
    declaration_id = drafts.new_declaration(client.id)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    # Another process (a second Kedendesk on this workspace) saves the same declaration.
    other = (
        "import sys; from kedendesk.services.drafts import DraftService; "
        "from kedendesk.services.workspace import Workspace; "
        "ws = Workspace.open(sys.argv[1]); drafts = DraftService(ws); i = int(sys.argv[2]); "
        "d = drafts.load(i); d.delivery_place = 'Алматы'; "
        "drafts.save(i, drafts.snapshot(d), based_on=drafts.row(i).revision); ws.close()"
    )
    subprocess.run(
        [sys.executable, "-c", other, str(app.workspace.directory), str(declaration_id)],
        check=True,
        timeout=60,
    )
    type_text(entry(editor, "delivery_place"), "Астана")
    with qtbot.waitSignal(editor.autosaver.conflict, timeout=5000):
        editor.autosaver.save_now()
    assert drafts.load(declaration_id).delivery_place == "Алматы"  # not overwritten
    box = editor.conflict_box
    assert box is not None and "saved in another window" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep mine")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    revisions = drafts.revisions(declaration_id)
    places = [drafts.load(declaration_id, r.number).delivery_place for r in revisions[-2:]]
    assert places == ["Алматы", "Астана"]
    close_app(app)


def test_box_36_goods_lines_and_box_54_hold_what_a_real_dt_has(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    """Box 36 as four codes, a vehicle's goods line, the filler's passport and power of
    attorney: typed in the editor, saved, and there after a restart."""
    app, editor = _new_declaration(open_app, drafts, "ТОО «Әлем Сауда»")
    declaration_id = editor.declaration_id
    type_text(entry(editor, "registration_number"), "55205/011226/0000001")
    type_text(entry(editor, "filled_by.identity.series"), "N")
    type_text(entry(editor, "filled_by.identity.number"), "12345678")
    type_text(entry(editor, "filled_by.power_of_attorney.number"), "ДВ-17")
    editor.tabs.setCurrentWidget(editor.items)
    qtbot.mouseClick(editor.items.add_button, Qt.MouseButton.LeftButton)
    for element, code in (("fees", "ОО"), ("duty", "ГГ"), ("excise", "-"), ("vat", "ОО")):
        field = editor.items.binder.widgets[f"preference.{element}"]
        assert isinstance(field, CodeField)
        type_text(field.line_edit, code)
    assert (
        editor.items.binder.widgets["preference.duty"]
        .name_label.text()
        .startswith("Tariff preference: goods originating in a developing country")
    )
    lines = editor.items.goods_lines
    qtbot.mouseClick(lines.add_button, Qt.MouseButton.LeftButton)
    lines.model.setData(lines.model.index(0, lines.model.column_of("serial")), "4T4BF1FK4ER348942")
    lines.model.setData(lines.model.index(0, lines.model.column_of("engine_cm3")), "2500")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass
    close_app(app)

    saved = drafts.load(declaration_id)
    assert saved.registration_number == "55205/011226/0000001"
    assert saved.filled_by.identity.number == "12345678"
    assert saved.filled_by.power_of_attorney.number == "ДВ-17"
    assert saved.items[0].preference.text() == "ОО ГГ - ОО"
    (car,) = saved.items[0].goods_lines
    assert (car.serial, car.engine_cm3) == ("4T4BF1FK4ER348942", Decimal(2500))


def test_an_invoice_is_previewed_then_its_items_are_added(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService, tmp_path: Path
) -> None:
    """Items → Import from invoice…: the Chinese supplier's XLSX under its title block gives
    8 items from 10 lines; the user moves a column, and a broken file adds nothing."""
    app, editor = _new_declaration(open_app, drafts, "ТОО «Алатау Трейд»")
    declaration_id = editor.declaration_id
    editor.tabs.setCurrentWidget(editor.items)
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples"
    dialog = editor.import_invoice(sample / "invoice-shenzhen-keyou.xlsx")
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=10_000)
    assert dialog.model.rowCount() == 8
    assert "10 lines make 8 goods items, total 14775" in dialog.status.text()
    assert dialog.combos["quantity"].currentText() == "6: Q'TY"
    dialog.combos["trademark"].setCurrentIndex(0)  # "(none)": the user unmaps a column
    dialog.combos["trademark"].activated.emit(0)
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert editor.items.model.rowCount() == 8
    assert editor.declaration.items[0].goods_lines[0].article == "KB-104"
    assert entry(editor, "total_items").text() == "8"
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass
    assert len(drafts.load(declaration_id).items) == 8

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 damaged")
    dialog = editor.import_invoice(broken)
    qtbot.waitUntil(lambda: "cannot be read" in dialog.status.text(), timeout=10_000)
    assert not dialog.add_button.isEnabled()
    dialog.reject()
    assert editor.items.model.rowCount() == 8
    close_app(app)


def test_computed_boxes_fill_themselves_and_typed_values_stay(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    """Box 23 from the rate of the declaration date, a new item's box 37 and 43, box 41's unit
    from the ЕТТ when box 33 is typed; a value the user typed is never replaced."""
    from kedendesk.services.checking import CheckingService
    from kedendesk.services.demo import practice_rates

    drafts.add_client("ТОО «Әлем Сауда»", "940140000385")
    app = open_app()
    CheckingService(app.workspace).put_rates(practice_rates(dt.date.today()))
    declaration_id = app.window.new_declaration()
    assert declaration_id is not None
    editor = app.window.editors[declaration_id]
    editor.reference_changed()
    entry(editor, "procedure").selectAll()
    type_text(entry(editor, "procedure"), "40")
    type_text(entry(editor, "invoice_currency"), "USD")
    assert entry(editor, "exchange_rate").text() == "512.34"
    assert "Box 23" in editor.status_label.text()
    editor.tabs.setCurrentWidget(editor.items)
    qtbot.mouseClick(editor.items.add_button, Qt.MouseButton.LeftButton)
    item = editor.declaration.items[0]
    assert (item.procedure, item.previous_procedure, item.valuation_method) == ("40", "00", "1")
    type_text(entry(editor, "commodity_code"), "6403911800")  # footwear: pairs
    assert item.supplementary_unit == "715"
    entry(editor, "exchange_rate").selectAll()
    type_text(entry(editor, "exchange_rate"), "500")
    type_text(entry(editor, "invoice_currency"), "")  # edited again: box 23 stays as typed
    assert entry(editor, "exchange_rate").text() == "500"
    close_app(app)


def test_freight_is_spread_over_the_items_by_mass(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    """Spread costs…: 1 000 of freight over 300 kg and 100 kg is 750 and 250; the payment
    explanation of each customs value says how it was shared."""
    from kedendesk.services.checking import CheckingService
    from kedendesk.services.demo import practice_rates

    app, editor = _new_declaration(open_app, drafts, "ТОО «Әлем Сауда»")
    declaration_id = editor.declaration_id
    CheckingService(app.workspace).put_rates(practice_rates(dt.date.today()))
    editor.reference_changed()
    type_text(entry(editor, "invoice_currency"), "USD")
    editor.tabs.setCurrentWidget(editor.items)
    for mass in ("300", "100"):
        qtbot.mouseClick(editor.items.add_button, Qt.MouseButton.LeftButton)
        type_text(entry(editor, "gross_mass_kg"), mass)
        type_text(entry(editor, "price"), "1000")
    dialog = editor.items.spread_costs()
    assert dialog is not None
    type_text(dialog.amount, "1 000,00")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    freight = [i.freight_cost for i in editor.declaration.items]
    assert freight == [Decimal("750.00"), Decimal("250.00")]
    assert editor.declaration.cost_spreads[0].basis == "gross"
    page = editor.payments_page
    editor.tabs.setCurrentWidget(page)
    values = [
        r
        for r in range(page.model.rowCount())
        if page.model.payment_row(r).explanation.formula == "customs-value.method-1"
    ]
    assert len(values) == 2
    page.view.selectRow(values[0])
    assert "shared over the items by gross mass" in page.explanation.toPlainText()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass
    assert drafts.load(declaration_id).items[1].freight_cost == Decimal("250.00")
    close_app(app)


def test_box_44_walks_by_tab_and_takes_a_block_pasted_from_a_spreadsheet(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    app, editor = _new_declaration(open_app, drafts, "ТОО «Әлем Сауда»")
    editor.tabs.setCurrentWidget(editor.items)
    qtbot.mouseClick(editor.items.add_button, Qt.MouseButton.LeftButton)
    documents = editor.items.documents
    view = documents.view
    qtbot.mouseClick(documents.add_button, Qt.MouseButton.LeftButton)
    view.setCurrentIndex(documents.model.index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    column = view.currentIndex().column()
    assert documents.model.flags(view.currentIndex()) & Qt.ItemFlag.ItemIsEditable, column
    assert column == documents.model.column_of("number")  # the code's name column is skipped
    view.setCurrentIndex(documents.model.index(0, 0))
    assert view.paste("04021\tINV-77\t18.11.2026\n03011\tK-5\t01.10.2026\n")
    saved = editor.declaration.items[0].documents
    assert [(d.type_code, d.number, d.date) for d in saved] == [
        ("04021", "INV-77", dt.date(2026, 11, 18)),
        ("03011", "K-5", dt.date(2026, 10, 1)),
    ]
    close_app(app)


def test_ctrl_z_undoes_every_edit_and_ctrl_y_redoes_it(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    app, editor = _new_declaration(open_app, drafts, "ТОО «Әлем Сауда»")
    declaration_id = editor.declaration_id
    type_text(entry(editor, "consignor.name"), "Shenzhen Keyou")
    editor.history.take()
    editor.tabs.setCurrentWidget(editor.items)
    for _ in range(3):
        qtbot.mouseClick(editor.items.add_button, Qt.MouseButton.LeftButton)
    editor.history.take()
    editor.items.table.selectRow(1)
    qtbot.mouseClick(editor.items.remove_button, Qt.MouseButton.LeftButton)
    assert editor.items.model.rowCount() == 2
    app.window.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(app.window.isActiveWindow)
    editor.items.table.setFocus()
    qtbot.keyClick(editor.items.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.items.model.rowCount() == 3  # the removal undone
    assert editor.undo()  # the three additions
    assert editor.items.model.rowCount() == 0
    assert entry(editor, "total_items").text() in ("", "0")
    assert editor.undo()
    assert entry(editor, "consignor.name").text() == ""
    assert not editor.undo()  # nothing before the first state
    assert editor.history.can_redo()
    qtbot.keyClick(editor.items.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert entry(editor, "consignor.name").text() == "Shenzhen Keyou"
    assert editor.redo() and editor.items.model.rowCount() == 3
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass
    assert len(drafts.load(declaration_id).items) == 3
    close_app(app)


def test_the_items_grid_is_typed_in_like_a_spreadsheet(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    app, editor = _new_declaration(open_app, drafts, "ТОО «Әлем Сауда»")
    editor.tabs.setCurrentWidget(editor.items)
    table = editor.items.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # a new row
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.items.model.rowCount() == 2
    code = editor.items.model.column_of("commodity_code")
    table.setCurrentIndex(editor.items.model.index(0, code))
    qtbot.keyClick(table, "8")  # typing on a cell opens it for editing...
    editor_widget = table.indexWidget(table.currentIndex()) or table.focusWidget()
    qtbot.keyClicks(editor_widget, "471606000")  # ...and the keys go on into it
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    assert editor.declaration.items[0].commodity_code == "8471606000"
    qtbot.waitUntil(lambda: table.currentIndex().row() == 1)  # Enter went down
    assert entry(editor, "commodity_code").text() in ("8471606000", "")
    assert table.paste("8544429007\tUSB cable\tCN\t12,5\t11\t40\n")  # a row from Excel
    second = editor.declaration.items[1]
    assert (second.commodity_code, second.origin_country, second.gross_mass_kg) == (
        "8544429007",
        "CN",
        Decimal("12.5"),
    )
    close_app(app)
