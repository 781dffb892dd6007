"""Checks and payments in the editor: a wrong BIN shows up, a click lands in the field, a fix
clears it; payments explain themselves; the nomenclature fills box 33; rates can be added."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kedendesk.domain.checks import check
from kedendesk.domain.context import Context
from kedendesk.domain.rates import RateTable
from kedendesk.domain.tariff import Tariff
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace
from kedendesk.ui.editor.editor_page import EditorPage
from kedendesk.ui.editor.findings_panel import FindingsModel
from kedendesk.ui.editor.payments_page import PaymentsModel, rows_of
from kedendesk.ui.nomenclature_dialog import NomenclatureDialog
from kedendesk.ui.rates_dialog import RatesDialog
from tests.ui.conftest import OpenApp, close_app, type_text

DAY = dt.date(2026, 11, 20)


def _complete(workspace: Workspace, drafts: DraftService) -> int:
    checking = CheckingService(workspace)
    checking.use_practice_tariff()  # the figures below are the practice tariff's
    checking.put_rates(practice_rates(DAY))
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration = practice_declaration("KD-UI-1", DAY)
    checking.apply_calculation(declaration)
    return drafts.create(client.id, declaration)


def _rows(editor: EditorPage) -> list[tuple[str, str, str, str]]:
    model = editor.findings.model
    return [
        tuple(model.index(row, column).data() for column in (0, 1, 2, 4))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


def test_a_wrong_bin_is_found_clicked_and_fixed(
    qtbot: QtBot, open_app: OpenApp, workspace: Workspace, drafts: DraftService
) -> None:
    declaration_id = _complete(workspace, drafts)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    assert editor.findings.model.rowCount() == 0
    assert app.window.findings_label.text() == "Errors: 0  Warnings: 0"

    bin_field = editor.binder.widgets["declarant.id_number"]
    assert isinstance(bin_field, QLineEdit)
    bin_field.selectAll()
    type_text(bin_field, "940140000386")  # one digit off
    qtbot.waitUntil(lambda: editor.findings.model.rowCount() == 1)
    assert _rows(editor) == [("Error", "14", "", "R09")]
    message = editor.findings.model.index(0, 3).data()
    assert message == "940140000386 is not a valid BIN/IIN: the check digit is wrong"
    assert app.window.findings_label.text() == "Errors: 1  Warnings: 0"
    assert bin_field.property("finding") == "error"
    assert bin_field.toolTip() == message

    # Somewhere else, then click the finding: the Parties tab opens with the cursor in the BIN.
    editor.tabs.setCurrentIndex(0)
    view = editor.findings.view
    rect = view.visualRect(editor.findings.model.index(0, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: bin_field.hasFocus())

    bin_field.selectAll()
    type_text(bin_field, "940140000385")
    qtbot.waitUntil(lambda: editor.findings.model.rowCount() == 0)
    assert bin_field.property("finding") == ""
    assert app.window.findings_label.text() == "Errors: 0  Warnings: 0"
    close_app(app)


def test_an_item_finding_opens_the_item_and_its_field(
    qtbot: QtBot, open_app: OpenApp, workspace: Workspace, drafts: DraftService
) -> None:
    declaration_id = _complete(workspace, drafts)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    editor.tabs.setCurrentWidget(editor.items)
    editor.items.table.selectRow(2)
    net = editor.items.binder.widgets["net_mass_kg"]
    assert isinstance(net, QLineEdit)
    net.selectAll()
    type_text(net, "999999")  # above the gross mass, and the duty changes
    assert ("Error", "38", "3", "R13") in _rows(editor)  # re-checked at once: one item
    editor.items.table.selectRow(0)
    assert net.property("finding") == ""  # item 1 has nothing wrong
    finding = next(
        editor.findings.model.finding(r)
        for r in range(editor.findings.model.rowCount())
        if editor.findings.model.finding(r).rule == "R13"
    )
    editor.tabs.setCurrentIndex(0)
    editor.go_to(finding)
    assert editor.tabs.currentWidget() is editor.items
    assert editor.items.current_row() == 2
    qtbot.waitUntil(lambda: net.hasFocus())
    assert net.property("finding") == "error"
    close_app(app)


def test_the_payments_page_explains_each_line_and_fills_the_boxes(
    qtbot: QtBot, open_app: OpenApp, workspace: Workspace, drafts: DraftService
) -> None:
    declaration_id = _complete(workspace, drafts)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    page = editor.payments_page
    editor.tabs.setCurrentWidget(page)
    assert page.notice.isVisible()  # the practice tariff says so
    model = page.model
    labels = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert "1010 Customs fee for customs operations" in labels
    apples = next(
        row
        for row in range(model.rowCount())
        if model.index(row, 0).data() == "2" and model.index(row, 2).data().startswith("2010")
    )
    page.view.selectRow(apples)
    text = page.explanation.toPlainText()
    assert "Import duty = 8000.000 (unit 166) × 0.1 EUR × rate 590.10 = 472080.00 KZT" in text
    assert f"Exchange rate EUR: 590.10 KZT, set for {DAY:%d.%m.%Y} (practice)" in text
    assert "tariff practice-2026.1" in text
    assert "Total to pay" in page.totals.text()

    # The user changes a price: box 47 no longer agrees; the button fills it in again.
    editor.tabs.setCurrentWidget(editor.items)
    editor.items.table.selectRow(0)
    price = editor.items.binder.widgets["price"]
    assert isinstance(price, QLineEdit)
    price.selectAll()
    type_text(price, "60000")
    rules = {editor.findings.model.finding(r).rule for r in range(editor.findings.model.rowCount())}
    assert {"R14", "R16", "P05"} <= rules
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    remaining = {
        editor.findings.model.finding(r).rule for r in range(editor.findings.model.rowCount())
    }
    assert remaining == {"R14"}  # box 22 total is the user's to correct, not the calculator's
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass
    assert (
        drafts.load(declaration_id).items[0].customs_value
        == editor.declaration.items[0].customs_value
    )
    close_app(app)


def test_the_nomenclature_fills_box_33(
    qtbot: QtBot, open_app: OpenApp, workspace: Workspace, drafts: DraftService
) -> None:
    declaration_id = _complete(workspace, drafts)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    editor.tabs.setCurrentWidget(editor.items)
    editor.items.table.selectRow(1)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NomenclatureDialog)
        dialog.search_edit.setText("банан")
        dialog._search()  # the same as the debounce firing
        assert dialog.model.rowCount() == 1
        assert "0803: Bananas" in dialog.details.text()
        dialog.accept()

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(editor.items.nomenclature_button, Qt.MouseButton.LeftButton)
    code = editor.items.binder.widgets["commodity_code"]
    assert isinstance(code, QLineEdit)
    assert code.text() == "0803901000"
    assert editor.declaration.items[1].commodity_code == "0803901000"
    close_app(app)


def test_nomenclature_search_by_code_and_words(qtbot: QtBot, workspace: Workspace) -> None:
    """The whole ЕТТ: a typed code shows its name and printed rate; words find by stem."""
    dialog = NomenclatureDialog(CheckingService(workspace).tariff())
    qtbot.addWidget(dialog)
    dialog.search_edit.setText("8471 60")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    dialog.search_edit.setText("8544429007")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 0).data() == "8544 42 900 7"
    assert dialog.model.index(0, 2).data() == "12 (63С)"
    # The row tells the line from its neighbours; the heading's text is in the tooltip.
    assert dialog.model.index(0, 1).data() == "прочие — на напряжение не более 80 В — прочие"
    tooltip = dialog.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Провода изолированные")
    assert "Duty: 12 (63С)" in dialog.details.text()
    dialog.search_edit.setText("мышь")
    qtbot.waitUntil(lambda: dialog.chosen_code() == "8471607000")
    dialog.search_edit.setText("громкоговорители одиночные")
    qtbot.waitUntil(lambda: dialog.chosen_code() == "8518210000")


def test_the_nomenclature_waits_for_its_index_off_the_gui_thread(
    qtbot: QtBot, open_app: OpenApp
) -> None:
    app = open_app()
    tariff = Tariff.from_json(app.checking.tariff().to_json())  # a copy with no index yet
    assert not tariff.index_ready()
    dialog = NomenclatureDialog(tariff, "кабель", app.window, app.operations)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0  # nothing searched before the index is there
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=20_000)
    assert dialog.chosen_code() is not None and dialog.chosen_code().startswith("8544")
    close_app(app)


def test_rates_are_added_in_the_dialog_and_a_bad_file_names_its_line(
    qtbot: QtBot, open_app: OpenApp, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    app = open_app()
    checking = app.checking
    dialog = RatesDialog(checking, app.operations, app.window)
    qtbot.addWidget(dialog)
    dialog.currency_combo.setCurrentText("EUR")
    type_text(dialog.rate_edit, "590,10")
    qtbot.keyClick(dialog.rate_edit, Qt.Key.Key_Return)
    assert [(r.currency, str(r.rate)) for r in checking.rates()] == [("EUR", "590.10")]
    assert dialog.model.rowCount() == 1

    warnings: list[str] = []
    monkeypatch.setattr(
        "kedendesk.ui.rates_dialog.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    bad = tmp_path / "rates.csv"
    bad.write_text("date,currency,rate\n2026-11-20,USD,abc\n", encoding="utf-8")
    dialog.import_path(bad)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "line 2, rate: not a rate: 'abc'" in warnings[0]
    assert dialog.model.rowCount() == 1
    close_app(app)


def test_findings_and_payments_models_pass_the_model_tester(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    context = Context.practice(RateTable(practice_rates(DAY)), today=DAY)
    declaration = practice_declaration("KD-1", DAY)
    result = check(declaration, context)
    findings = FindingsModel()
    findings.set_findings(result.findings)
    qtmodeltester.check(findings)
    payments = PaymentsModel()
    payments.set_rows(rows_of(result))
    qtmodeltester.check(payments)
    assert payments.rowCount() > 0 and findings.rowCount() > 0
    assert not findings.index(0, 0, QModelIndex()).parent().isValid()


def test_every_message_code_and_formula_has_words() -> None:
    from kedendesk.domain.checks import RULES
    from kedendesk.ui.messages import FORMULA_TEXTS, MESSAGES

    codes = {code for rule in RULES for code in rule.codes}
    assert codes <= set(MESSAGES)
    context = Context.practice(RateTable(practice_rates(DAY)), today=DAY)
    calculation = check(practice_declaration("KD-1", DAY), context).calculation
    formulas = {line.explanation.formula for i in range(3) for line in calculation.lines_of(i)}
    formulas |= {
        item.customs_value.explanation.formula for item in calculation.items if item.customs_value
    }
    assert formulas <= set(FORMULA_TEXTS)
    for formula in FORMULA_TEXTS:
        kind = formula.split(".")[0]
        assert kind in ("customs-value", "statistical-value", "duty", "excise", "vat", "fee")
