"""From a supplier's invoice and packing list to a declaration with no error, signed and sent,
through the real dialogs and the keyboard: the header typed box by box with Tab between, the
goods items from the sample XLSX invoice and its Russian packing list picked in the file
chooser, freight spread by mass, the payments filling themselves, signed with the password
typed, queued for customs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kedendesk.domain.declaration import Declaration
from kedendesk.domain.lenient import as_text
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService
from kedendesk.signing.test_ca import TestAuthority
from kedendesk.ui.editor.editor_page import EditorPage
from kedendesk.ui.editor.fields import read_path
from kedendesk.ui.editor.spread_dialog import SpreadDialog
from kedendesk.ui.invoice_dialog import InvoiceDialog
from kedendesk.ui.sign_dialog import SignDialog
from tests.ui.conftest import OpenApp, box_owner, close_app, takes_tab, type_text

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
PASSWORD = "Сәлем-2026"


def _type_header(qtbot: QtBot, editor: EditorPage, model: Declaration) -> int:
    """Each header tab from its first box, by Tab alone: the box that has the focus gets what
    the model says for it (typed over, or a check box toggled by Space). Returns boxes typed."""
    boxes = editor.binder.widgets
    computed = ("lrn", "total_items", "total_packages", "total_customs_value", "invoice_total")
    typed = 0
    for index in range(editor.tabs.count()):
        page = editor.tabs.widget(index)
        paths = [p for p, box in boxes.items() if page.isAncestorOf(box) and takes_tab(box)]
        if not paths:
            continue
        editor.tabs.setCurrentIndex(index)  # as a click on the tab and its first box would
        editor.binder.focus(paths[0])
        seen: set[str] = set()
        while (path := box_owner(QApplication.focusWidget(), boxes)) not in seen | {None}:
            assert path is not None
            seen.add(path)
            focused = QApplication.focusWidget()
            value = read_path(model, path)
            if isinstance(focused, QCheckBox):
                if bool(value) != focused.isChecked():
                    qtbot.keyClick(focused, Qt.Key.Key_Space)
                    typed += 1
            elif path not in computed:
                text = value.strftime("%d.%m.%Y") if isinstance(value, dt.date) else as_text(value)
                qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                if text:
                    type_text(focused, text)
                    typed += 1
                else:
                    qtbot.keyClick(focused, Qt.Key.Key_Delete)
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        open_boxes = {p for p in paths if takes_tab(boxes[p])}  # "same as box 14" closes some
        assert seen == open_boxes, editor.tabs.tabText(index)  # every open box, once
    return typed


def _pick_file(qtbot: QtBot, path: Path) -> None:
    """When the file chooser opens, paste the file's path into its name box and press Enter."""

    def answer() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        QApplication.clipboard().setText(str(path))  # the path pasted, as from a file manager
        qtbot.keyClick(name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)


def _back_to(qtbot: QtBot, dialog: QWidget) -> None:
    """The dialog active again after the file chooser closed (offscreen, no window manager
    gives the focus back)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


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

    # The goods items: Items → Import from invoice… (Ctrl+Shift+I) opens the file chooser;
    # then the Russian packing list, by the button's mnemonic (Alt+P).
    _pick_file(qtbot, SAMPLES / "invoice-shenzhen-keyou.xlsx")
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), InvoiceDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, InvoiceDialog)
    qtbot.waitUntil(
        lambda: dialog.path is not None and dialog.add_button.isEnabled(), timeout=10_000
    )
    _pick_file(qtbot, SAMPLES / "packing-shenzhen-keyou.xlsx")
    _back_to(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: dialog.packing is not None and dialog.add_button.isEnabled(), timeout=10_000
    )
    assert dialog.notes.count() == 0  # invoice and packing list agree
    _back_to(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Add the goods items
    assert editor.items.model.rowCount() == 8

    # Freight to the border, spread by gross mass.
    spread = editor.items.spread_costs()
    assert isinstance(spread, SpreadDialog)
    type_text(spread.amount, "1 250,00")
    qtbot.keyClick(spread.amount, Qt.Key.Key_Return)
    assert sum(item.freight_cost for item in editor.declaration.items) == 1250  # type: ignore[misc]

    # The payments filled themselves from the calculation: nothing is wrong.
    assert all(item.payments for item in editor.declaration.items)
    assert editor.declaration.payment_totals
    errors = [f for f in editor.result.findings if f.severity.name == "ERROR"]
    assert errors == [], [(f.rule, f.box, f.code) for f in errors]
    assert not [f for f in editor.result.findings if f.rule == "P05"]  # box 47 as calculated
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
