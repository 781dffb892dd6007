"""The first steps as a new user takes them: each path through the window (a declarant
without a key, a representative with one), skipping, and running them again from Help."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QRadioButton
from pytestqt.qtbot import QtBot

from kedendesk.services.first_run import COMPANY, GATEWAY, KEY, REFERENCE, ROLE
from kedendesk.signing.test_ca import TestAuthority
from kedendesk.ui.app import Application
from kedendesk.ui.first_run_dialog import FirstRunDialog
from tests.ui.conftest import OpenApp, type_text

GOOD_BIN = "940140000385"
PASSWORD = "Құпия-сөз-2026"


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    """A click where a person clicks: a radio button's circle, a push button's middle."""
    where = QPoint(8, button.height() // 2) if isinstance(button, QRadioButton) else QPoint()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=where or button.rect().center())


def test_a_declarant_without_a_key_goes_through_every_step(
    qtbot: QtBot, practice_app: tuple[Application, object]
) -> None:
    app, _gateway = practice_app
    assert app.window.first_run().needed()
    dialog = app.window.show_first_run()
    qtbot.waitExposed(dialog)
    assert "Step 1 of 6" in dialog.title.text()
    _click(qtbot, dialog.language_buttons["ru"])
    qtbot.waitUntil(lambda: "Шаг 1 из 6" in dialog.title.text())  # it speaks it at once
    _click(qtbot, dialog.next_button)
    assert dialog.run.step == ROLE
    _click(qtbot, dialog.declarant_button)
    _click(qtbot, dialog.next_button)
    assert dialog.run.step == COMPANY and not dialog.register_entry.isVisible()
    type_text(dialog.company_name, "ТОО «Алатау Трейд»")
    type_text(dialog.company_bin, "940140000386")
    _click(qtbot, dialog.next_button)
    assert dialog.run.step == COMPANY and "БИН" in dialog.problem.text()
    dialog.company_bin.clear()
    type_text(dialog.company_bin, GOOD_BIN)
    qtbot.keyClick(dialog.company_bin, Qt.Key.Key_Return)  # Enter is Next
    assert dialog.run.step == KEY
    _click(qtbot, dialog.no_key_button)
    assert dialog.run.step == GATEWAY and "Учебный" in dialog.profile.currentText()
    _click(qtbot, dialog.next_button)
    assert dialog.run.step == REFERENCE
    qtbot.waitUntil(lambda: "курс" in dialog.reference_text.text().lower())
    assert dialog.next_button.text().replace("&", "") == "Готово"
    with qtbot.waitSignal(dialog.finished_setup, timeout=5000):
        _click(qtbot, dialog.next_button)
    assert [c.name for c in app.drafts.clients()] == ["ТОО «Алатау Трейд»"]
    assert app.workspace.settings.get("ui.language") == "ru"
    assert not app.window.first_run().needed()


def test_a_representative_adds_their_key(qtbot: QtBot, open_app: OpenApp, tmp_path: Path) -> None:
    key = tmp_path / "broker.p12"
    key.write_bytes(
        TestAuthority.create().issue_pkcs12(PASSWORD, "БРОКЕРОВ БОЛАТ", "900215400123", GOOD_BIN)
    )
    app = open_app("en")
    dialog = app.window.show_first_run()
    _click(qtbot, dialog.next_button)
    _click(qtbot, dialog.representative_button)
    _click(qtbot, dialog.next_button)
    assert dialog.register_entry.isVisible()
    type_text(dialog.company_name, "ТОО «Брокер»")
    type_text(dialog.company_bin, GOOD_BIN)
    _click(qtbot, dialog.next_button)
    assert "register" in dialog.problem.text()
    type_text(dialog.register_entry, "0123/2")
    _click(qtbot, dialog.next_button)
    type_text(dialog.key_path, str(key))
    type_text(dialog.key_password, "wrong")
    _click(qtbot, dialog.next_button)  # the file is there: on to the gateway
    _click(qtbot, dialog.next_button)
    _click(qtbot, dialog.next_button)  # Finish: the wrong password is said, nothing lost
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled() and "password" in dialog.problem.text())
    _click(qtbot, dialog.back_button)
    _click(qtbot, dialog.back_button)
    assert dialog.run.step == KEY
    dialog.key_password.clear()
    type_text(dialog.key_password, PASSWORD)
    _click(qtbot, dialog.next_button)
    _click(qtbot, dialog.next_button)
    with qtbot.waitSignal(dialog.finished_setup, timeout=5000):
        _click(qtbot, dialog.next_button)
    assert app.drafts.our_company().register_entry == "0123/2"
    assert [k.info.owner for k in app.signing.keys()] == ["БРОКЕРОВ БОЛАТ"]  # noqa: SIM118
    again = app.window.show_first_run()  # Help → First steps… starts from what is there
    assert again.representative_button.isChecked()
    assert again.company_name.text() == "ТОО «Брокер»"
    again.close()


def test_skipping_closes_it_for_good(qtbot: QtBot, open_app: OpenApp) -> None:
    app = open_app("en")
    dialog = app.window.show_first_run()
    with qtbot.waitSignal(dialog.rejected):
        _click(qtbot, dialog.skip_button)
    qtbot.waitUntil(lambda: not app.window.first_run().needed())
    assert app.drafts.clients() == []
    help_menu = app.window.help_menu
    assert app.window.first_run_action in help_menu.actions()
    app.window.first_run_action.trigger()
    shown = [w for w in app.window.findChildren(FirstRunDialog) if w.isVisible()]
    assert shown
    shown[-1].close()
