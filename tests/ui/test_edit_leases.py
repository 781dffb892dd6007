"""Two desks on one workspace: while one edits a declaration, the other's tab says who and
since when and lets nothing be typed; when the first closes it, the second gets it editable
with what the first saved."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kedendesk.domain.declaration import Declaration
from kedendesk.services.drafts import DraftService
from kedendesk.services.leases import EditLeases
from kedendesk.ui.editor import editor_page
from tests.ui.conftest import OpenApp


def test_a_declaration_another_desk_edits_is_read_only_until_it_is_closed(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(editor_page, "LEASE_POLL_MS", 200)
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.create(client.id, Declaration(lrn="KD-TWO-DESKS"))
    other_desk = EditLeases(drafts.workspace, name="Айгүль (aigul@desk-2)")
    other_desk.take(declaration_id)
    app = open_app("ru")
    editor = app.window.open_declaration(declaration_id)
    assert editor is not None
    qtbot.waitUntil(editor.lease_banner.isVisible)  # the lease is asked for off the GUI thread
    assert editor.edited_elsewhere and editor.read_only
    assert "Айгүль (aigul@desk-2)" in editor.lease_banner.text()
    assert not editor.sign_button.isVisible()
    lrn = editor.binder.widgets["lrn"]
    assert lrn.isReadOnly()

    # The other desk saves a change and closes its tab.
    declaration = drafts.load(declaration_id)
    declaration.delivery_place = "Хоргос"
    drafts.save(declaration_id, drafts.snapshot(declaration))
    other_desk.release(declaration_id)

    qtbot.waitUntil(
        lambda: (
            (reopened := app.window.editors.get(declaration_id)) is not None
            and not reopened.edited_elsewhere
        ),
        timeout=10_000,
    )
    reopened = app.window.editors[declaration_id]
    assert not reopened.read_only and not reopened.lease_banner.isVisible()
    assert reopened.declaration.delivery_place == "Хоргос"
    # Now the other desk reads it: this one holds the lease.
    assert not other_desk.ours(other_desk.take(declaration_id))
    app.window.close()
    qtbot.waitUntil(lambda: other_desk.ours(other_desk.take(declaration_id)))  # released


def test_a_declaration_another_desk_adds_shows_in_the_list_within_a_second(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    import subprocess
    import sys
    import time

    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    app = open_app("ru")
    page = app.window.list_page
    before = page.model.rowCount()
    script = (
        "from kedendesk.domain.declaration import Declaration\n"
        "from kedendesk.services.drafts import DraftService\n"
        "from kedendesk.services.workspace import Workspace\n"
        "ws = Workspace.open()\n"
        f"DraftService(ws).create({client.id}, Declaration(lrn='KD-OTHER-DESK'))\n"
        "ws.close()\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)  # another process
    written = time.monotonic()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=5_000)
    assert time.monotonic() - written < 2.5  # a poll a second, then the list reads


def test_the_person_at_the_desk_is_named_from_the_workspace_menu(
    qtbot: QtBot, open_app: OpenApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_app("kk")
    monkeypatch.setattr(
        "kedendesk.ui.main_window.QInputDialog.getText",
        lambda *_args, **_kwargs: ("  Айгүль   Ахметова ", True),
    )
    app.window.ask_desk_name()
    assert "Айгүль Ахметова (" in app.window.statusBar().currentMessage()
    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = app.drafts.create(client.id, Declaration(lrn="KD-NAMED"))
    (revision,) = app.workspace.declarations.revisions(declaration_id)
    assert revision.author.startswith("Айгүль Ахметова (")
    assert app.drafts.leases.name == revision.author


def test_a_lease_taken_by_another_process_is_seen_here(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    """The other desk is a real process on the same workspace file."""
    import subprocess
    import sys

    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.create(client.id, Declaration(lrn="KD-PROCESS-LEASE"))
    script = (
        "from kedendesk.services.leases import EditLeases\n"
        "from kedendesk.services.workspace import Workspace\n"
        "ws = Workspace.open()\n"
        f"EditLeases(ws, name='Болат (bolat@desk-3)').take({declaration_id})\n"
        "ws.close()\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    app = open_app("kk")
    editor = app.window.open_declaration(declaration_id)
    assert editor is not None
    qtbot.waitUntil(editor.lease_banner.isVisible)
    assert "Болат (bolat@desk-3)" in editor.lease_banner.text()
    assert editor.read_only
