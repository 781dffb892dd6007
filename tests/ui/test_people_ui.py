"""The desk shows each person what their role allows: a preparer's Sign and Send are greyed
out with the reason, clients open read-only, the status bar names who is signed in; an
administrator adds a person in Workspace → People and roles…, and the list shows them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kedendesk.services.people import PeopleService
from kedendesk.services.workspace import Workspace
from kedendesk.ui.app import Application
from kedendesk.ui.clients_dialog import ClientsDialog
from tests.integration.test_team_people import STAFF_PASSWORD, Office, as_person


@pytest.fixture
def office(postgres_url: str) -> Iterator[Office]:
    made = Office(postgres_url)
    yield made
    made.close()


def _app(qtbot: QtBot, office: Office, login: str) -> Application:
    app = Application(Workspace.open(as_person(office.url, login), STAFF_PASSWORD), "en")
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def test_a_preparer_sees_sign_and_send_greyed_out_and_clients_read_only(
    qtbot: QtBot, office: Office
) -> None:
    app = _app(qtbot, office, office.preparer)
    try:
        window = app.window
        assert not window.sign_action.isEnabled()
        assert not window.bulk_sign_action.isEnabled()
        assert not window.bulk_send_action.isEnabled()
        assert "Айгүль" in window.workspace_label.text()
        assert "preparer" in window.workspace_label.text()
        editor = window.open_declaration(office.declarations[office.north])
        assert editor is not None
        qtbot.waitUntil(lambda: editor.sign_button.isVisible())
        assert not editor.sign_button.isEnabled()
        assert "declarant" in editor.sign_button.toolTip()
        clients = ClientsDialog(app.drafts, app.operations, window)
        qtbot.addWidget(clients)
        assert not clients.save_button.isEnabled() and not clients.new_button.isEnabled()
        assert clients.role_note.isVisibleTo(clients)
        names = {clients.model.item(r).text() for r in range(clients.model.rowCount())}
        assert not any("Оңтүстік" in name for name in names)  # the south team's client
        assert window.people_action.isVisible()
    finally:
        window.close()
        app.shutdown()


def test_an_administrator_adds_a_person_in_the_people_dialog(qtbot: QtBot, office: Office) -> None:
    app = _app(qtbot, office, office.head)  # a declarant: sees people, changes nothing
    try:
        dialog = app.window.show_people()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
        assert not dialog.add_button.isEnabled()
        dialog.close()
    finally:
        app.window.close()
        app.shutdown()
    PeopleService(office.owner).change(office.head, "administrator", "Дана", [])
    app = _app(qtbot, office, office.head)
    try:
        dialog = app.window.show_people()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
        login = office.login("erlan")
        dialog.login.setText(login)
        dialog.name.setText("Ерлан")
        dialog.role.setCurrentIndex(dialog.role.findData("preparer"))
        dialog.teams.setText("south")
        dialog.password.setText("Ерлан-2026")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=5000)
        added = next(p for p in PeopleService(office.owner).people() if p.login == login)
        assert (added.role, added.name, added.teams) == ("preparer", "Ерлан", ("south",))
        assert login in dialog.status.text()
        dialog.close()
    finally:
        app.window.close()
        app.shutdown()
