"""The client card, typed by a broker: name and BIN, the contract with the client and a power
of attorney typed into its table; saved, shown again with what expires soon; a new declaration
for the client starts as the representative files it; an expiring power is announced once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kedendesk.domain.autofill import new_item
from kedendesk.domain.representation import missing_for_representative
from kedendesk.services.drafts import DraftService
from kedendesk.ui.clients_dialog import ClientsDialog
from tests.ui.conftest import OpenApp, type_text

TODAY = dt.date.today()
SOON = TODAY + dt.timedelta(days=5)


def test_a_client_card_with_a_contract_and_a_power_of_attorney(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    app = open_app()
    dialog = ClientsDialog(app.drafts, app.operations, app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_text(dialog.name_edit, "ТОО «Алатау Трейд»")
    type_text(dialog.id_edit, "940140000386")  # one digit wrong
    assert "not a valid BIN" in dialog.id_hint.text()
    dialog.id_edit.clear()
    type_text(dialog.id_edit, "940140000385")
    assert dialog.id_hint.text() == ""

    dialog.card_tabs.setCurrentIndex(1)
    type_text(dialog.contract["number"], "ДОГ-2026/17")
    type_text(dialog.contract["date"], "10012026")
    type_text(dialog.contract["valid_to"], "31.12.27")
    dialog.powers.add_button.click()  # the first cell opens for typing
    for text in ("ДОВ-2026/001", "01.01.2026", SOON.strftime("%d.%m.%Y"), "Жұмабаев Айдос"):
        editor = QApplication.focusWidget()
        type_text(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.status.text() == "Saved.")

    (client,) = drafts.clients()
    card = client.card
    assert (card.contract.number, card.contract.date, card.contract.valid_to) == (
        "ДОГ-2026/17",
        dt.date(2026, 1, 10),
        dt.date(2027, 12, 31),
    )
    (power,) = card.powers
    assert (power.number, power.valid_to, power.person) == ("ДОВ-2026/001", SOON, "Жұмабаев Айдос")
    qtbot.waitUntil(lambda: dialog.expiry_label.text() != "")  # the list read again, it chosen
    assert "Power of attorney ДОВ-2026/001 expires on" in dialog.expiry_label.text()
    assert "(in 5 days)" in dialog.expiry_label.text()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 0).data().startswith("⚠ ")  # the list marks it too

    for name, text in (
        ("name", "ТОО «Кеден Брокер»"),
        ("bin", "990140004654"),
        ("register_entry", "0005/1"),
    ):
        type_text(dialog.ours[name], text)
    dialog.save_our_company()
    qtbot.waitUntil(lambda: dialog.status.text() == "Our company saved.")
    dialog.close()

    declaration = drafts.load(drafts.new_declaration(client.id))
    assert declaration.representative.contract_number == "ДОГ-2026/17"
    assert declaration.filled_by.power_of_attorney.number == "ДОВ-2026/001"
    assert declaration.filled_by.name == "Жұмабаев Айдос"

    app.window.announce_papers()
    qtbot.waitUntil(lambda: len(app.window.notifications.shown) == 1)
    assert "Power of attorney ДОВ-2026/001 expires on" in app.window.notifications.shown[0]
    app.window.announce_papers()  # announced once at this alert, not on every start
    qtbot.wait(200)
    assert len(app.window.notifications.shown) == 1
    declaration.items = [new_item(declaration)]  # box 44 lists the contract by itself
    assert declaration.items[0].documents[0].number == "ДОГ-2026/17"
    later = missing_for_representative(declaration, {"990140004654"}, SOON + dt.timedelta(days=1))
    assert [m.code for m in later] == ["power-of-attorney-expired"]
