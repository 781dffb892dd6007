"""The team server stops under a desk that is typing and starts again: the edits typed while
it was away are kept on the desk (the local journal), said in the tab, and written by
themselves when the server answers again; nothing is lost. A desk that stopped meanwhile
opens the tab with what it kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kedendesk.domain.declaration import Declaration
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import TEAM_FILE, Workspace
from kedendesk.ui.editor import autosave
from tests.conftest import on_engine
from tests.postgres import restartable_cluster
from tests.ui.conftest import OpenApp, close_app


def test_edits_typed_while_the_server_is_away_are_written_when_it_is_back(
    qtbot: QtBot,
    open_app: OpenApp,
    isolated_folders: Path,
    postgres_server: str,  # the server binaries are here (or, in CI, the test fails)
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(autosave, "RETRY_MS", 300)
    with restartable_cluster() as cluster:
        isolated_folders.mkdir(parents=True, exist_ok=True)
        (isolated_folders / TEAM_FILE).write_text(json.dumps({"server": cluster.url}))
        setup = Workspace.open(isolated_folders)
        drafts = DraftService(setup)
        client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
        declaration_id = drafts.create(client.id, Declaration(lrn="KD-LOST"))
        setup.close()

        app = open_app("en")
        editor = app.window.open_declaration(declaration_id)
        assert editor is not None
        lrn = editor.binder.widgets["lrn"]
        qtbot.waitUntil(lambda: not lrn.isReadOnly())
        qtbot.keyClicks(lrn, "-A")
        qtbot.waitUntil(lambda: app.drafts.load(declaration_id).lrn == "KD-LOST-A", timeout=10_000)

        cluster.stop()
        with qtbot.waitSignal(editor.autosaver.save_failed, timeout=15_000):
            qtbot.keyClicks(lrn, "-B")  # typed while the server is away
        assert editor.autosaver.dirty
        kept = app.drafts.unsaved(declaration_id)  # on this desk, should it close now
        assert kept is not None and kept[0].lrn == "KD-LOST-A-B"

        cluster.start()
        qtbot.waitUntil(
            lambda: _saved_lrn(app.drafts, declaration_id) == "KD-LOST-A-B", timeout=30_000
        )
        assert lrn.text() == "KD-LOST-A-B"
        qtbot.waitUntil(lambda: app.drafts.unsaved(declaration_id) is None)
        close_app(app)


def _saved_lrn(drafts: DraftService, declaration_id: int) -> str:
    try:
        return drafts.load(declaration_id).lrn
    except Exception:  # the server is still starting
        return ""


def test_an_edit_kept_on_the_desk_opens_with_its_tab_and_is_written(
    qtbot: QtBot, open_app: OpenApp, isolated_folders: Path, request: pytest.FixtureRequest
) -> None:
    """The desk stopped (a crash, the power) while the server was away: what it kept is what
    the tab opens with next time, and the server gets it."""
    on_engine("postgresql", isolated_folders, request)
    setup = Workspace.open(isolated_folders)
    drafts = DraftService(setup)
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.create(client.id, Declaration(lrn="KD-KEPT"))
    typed = drafts.load(declaration_id)
    typed.lrn = "KD-KEPT-TYPED"
    revision = drafts.row(declaration_id).revision
    assert drafts.keep_unsaved(declaration_id, drafts.snapshot(typed).body, revision)
    setup.close()

    app = open_app("en")
    editor = app.window.open_declaration(declaration_id)
    assert editor is not None
    assert editor.binder.widgets["lrn"].text() == "KD-KEPT-TYPED"
    qtbot.waitUntil(lambda: app.drafts.load(declaration_id).lrn == "KD-KEPT-TYPED")
    qtbot.waitUntil(lambda: app.drafts.unsaved(declaration_id) is None)
    close_app(app)
