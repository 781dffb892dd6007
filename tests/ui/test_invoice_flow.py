"""From a supplier's invoice and packing list to a declaration with no error, signed and sent,
through the real dialogs and the keyboard: the header typed box by box, the goods items from
the sample XLSX invoice and its Russian packing list, freight spread by mass, the payments
filled, signed with the password typed, queued for customs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from kedendesk.domain.lenient import as_text
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService
from kedendesk.signing.test_ca import TestAuthority
from kedendesk.ui.editor.code_field import CodeField
from kedendesk.ui.editor.fields import read_path
from kedendesk.ui.editor.spread_dialog import SpreadDialog
from kedendesk.ui.invoice_dialog import InvoiceDialog
from kedendesk.ui.sign_dialog import SignDialog
from tests.ui.conftest import OpenApp, close_app, type_text

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
PASSWORD = "Сәлем-2026"


def _type_header(qtbot: QtBot, editor: object, model: object) -> int:
    """Every header box the model has a value for, typed into its field; the number typed."""
    typed = 0
    for path, widget in editor.binder.widgets.items():  # type: ignore[attr-defined]
        value = read_path(model, path)  # type: ignore[arg-type]
        if isinstance(widget, QCheckBox):
            if bool(value) != widget.isChecked():
                widget.setFocus()
                qtbot.keyClick(widget, Qt.Key.Key_Space)
                typed += 1
            continue
        text = value.strftime("%d.%m.%Y") if isinstance(value, dt.date) else as_text(value)
        computed = ("lrn", "total_items", "total_packages", "total_customs_value", "invoice_total")
        if not text or path in computed:
            continue
        line = widget.line_edit if isinstance(widget, CodeField) else widget
        if isinstance(line, (QLineEdit, QPlainTextEdit)):
            line.selectAll()
        if line.isEnabled():
            type_text(line, text)
            typed += 1
    return typed


def test_an_invoice_becomes_a_signed_declaration_by_keyboard(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    today = dt.date.today()
    drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    app = open_app()
    CheckingService(app.workspace).put_rates(practice_rates(today))
    key_file = app.workspace.directory / "RSA256_ahmetova.p12"
    key_file.write_bytes(
        TestAuthority.create().issue_pkcs12(
            PASSWORD, "АХМЕТОВА АЙГҮЛ", "900215400123", "940140000385"
        )
    )
    app.signing.add_key(key_file, PASSWORD)
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (editor,) = window.editors.values()
    editor.reference_changed()  # the rates just added

    # The header, box by box, as the practice declaration has it.
    header = practice_declaration("KD-INVOICE-1", today)
    header.exchange_rate = None  # box 23 fills itself from the rate of the date
    header.invoice_currency = "USD"
    assert _type_header(qtbot, editor, header) > 30

    # The goods items: the Chinese supplier's invoice with its Russian packing list.
    editor.tabs.setCurrentWidget(editor.items)
    dialog = editor.import_invoice()
    assert isinstance(dialog, InvoiceDialog)
    dialog.set_packing(SAMPLES / "packing-shenzhen-keyou.xlsx")
    dialog.open_path(SAMPLES / "invoice-shenzhen-keyou.xlsx")
    qtbot.waitUntil(dialog.add_button.isEnabled, timeout=10_000)
    assert dialog.notes.count() == 0  # invoice and packing list agree
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Add the goods items: the default button
    assert editor.items.model.rowCount() == 8

    # Freight to the border, spread by gross mass.
    spread = editor.items.spread_costs()
    assert isinstance(spread, SpreadDialog)
    type_text(spread.amount, "1 250,00")
    qtbot.keyClick(spread.amount, Qt.Key.Key_Return)
    assert sum(item.freight_cost for item in editor.declaration.items) == 1250  # type: ignore[misc]

    # The payments, filled from the calculation: then nothing is wrong.
    editor.tabs.setCurrentWidget(editor.payments_page)
    editor.payments_page.apply_button.setFocus()
    qtbot.keyClick(editor.payments_page.apply_button, Qt.Key.Key_Space)
    errors = [f for f in editor.result.findings if f.severity.name == "ERROR"]
    assert errors == [], [(f.rule, f.box, f.code) for f in errors]
    assert editor.declaration.exchange_rate is not None  # box 23 from the official rate

    # Signed with the password typed, then queued for customs.
    focused: list[bool] = []
    waited: list[int] = []

    def sign_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignDialog):  # the save before signing still running
            QTimer.singleShot(50, sign_in_dialog)
            return
        if not dialog.password.hasFocus() and len(waited) < 20:  # the window activating
            waited.append(1)
            QTimer.singleShot(50, sign_in_dialog)
            return
        focused.append(dialog.password.hasFocus())
        type_text(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    QTimer.singleShot(50, sign_in_dialog)
    window.sign_current()
    qtbot.waitUntil(editor.signed_banner.isVisible, timeout=20_000)
    assert focused == [True]  # the password field had the focus
    editor.submit_button.setFocus()
    qtbot.keyClick(editor.submit_button, Qt.Key.Key_Space)
    declaration_id = editor.declaration_id
    qtbot.waitUntil(
        lambda: drafts.row(declaration_id).status in ("QUEUED", "SENDING", "SENT", "SUBMITTED"),
        timeout=10_000,
    )
    close_app(app)
