"""Workspace → Open team workspace…: a URL that answers becomes the workspace this desk opens
(built on the server the first time, the password in the keyring), one that does not is said
in the dialog; and the app opened on the team workspace works on the server."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot

from kedendesk.services.workspace import TEAM_SECRET, Workspace
from kedendesk.store.postgres import without_password
from kedendesk.store.workspace import chosen_workspace, resolve_workspace_dir
from kedendesk.ui.app import Application
from tests.ui.conftest import OpenApp, close_app


def test_a_team_server_that_answers_is_opened_from_the_next_start(
    open_app: OpenApp, qtbot: QtBot, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    application = open_app("en")
    window = application.window
    dialog = window.show_team()
    dialog.url.setText("http://not-a-database")
    dialog.connect_button.click()
    assert "postgresql://" in dialog.status.text()

    dialog.url.setText(postgres_url.replace("/kd_", "/no_such_", 1))
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Not connected"), timeout=15000)
    assert chosen_workspace() is None

    dialog.url.setText(postgres_url)
    dialog.password.setText("s3cret")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    folder = chosen_workspace()
    assert folder is not None and (folder / "team.json").is_file()
    assert keyring.get_password("Kedendesk", TEAM_SECRET + without_password(postgres_url))
    assert "next time it starts" in window.statusBar().currentMessage()

    monkeypatch.delenv("KEDENDESK_WORKSPACE")  # no workspace named: the one chosen
    assert resolve_workspace_dir() == folder
    team = Workspace.open()
    assert team.shared and team.where == without_password(postgres_url)
    on_team = Application(team, "en")
    qtbot.addWidget(on_team.window)
    on_team.window.show()
    assert without_password(postgres_url) in on_team.window.workspace_label.text()
    client = on_team.drafts.add_client("ТОО «Команда»", "940140000385")
    other_desk = Workspace.open(Path(folder))
    assert [c.name for c in other_desk.clients.all()] == [client.name]
    other_desk.close()
    close_app(on_team)
