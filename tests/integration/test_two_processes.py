"""Two app processes on one workspace: creating it at once is safe, and two editors of one
declaration never overwrite each other silently (a save based on an old revision is a
conflict, resolved by the user with nothing lost)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kedendesk.services.drafts import ConflictError, DraftService
from kedendesk.services.workspace import Workspace
from kedendesk.store.database import Database

OPEN = (
    "import sys; from kedendesk.services.workspace import Workspace; "
    "ws = Workspace.open(sys.argv[1]); print(ws.database.schema_version()); ws.close()"
)


def test_many_processes_creating_one_workspace_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "shared-workspace"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(12)
    ]
    outcomes = [p.communicate(timeout=120) for p in processes]
    codes = [p.returncode for p in processes]
    assert codes == [0] * 12, [err for _, err in outcomes if err][:2]
    latest = Database.open(folder)
    assert {out.strip() for out, _ in outcomes} == {str(latest.latest_version)}
    latest.close()


def test_a_save_on_an_old_revision_is_a_conflict_not_an_overwrite(
    workspace: Workspace, drafts: DraftService
) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.new_declaration(client.id)
    base = drafts.row(declaration_id).revision
    mine, theirs = drafts.load(declaration_id), drafts.load(declaration_id)
    theirs.delivery_place = "Алматы"
    drafts.save(declaration_id, drafts.snapshot(theirs), based_on=base)
    mine.delivery_place = "Астана"
    with pytest.raises(ConflictError) as conflict:
        drafts.save(declaration_id, drafts.snapshot(mine), based_on=base)
    assert conflict.value.latest == base + 1
    assert drafts.load(declaration_id).delivery_place == "Алматы"  # nothing overwritten
    drafts.save(declaration_id, drafts.snapshot(mine))  # "keep mine": a new revision on top
    history = [
        drafts.load(declaration_id, r.number).delivery_place
        for r in drafts.revisions(declaration_id)
    ]
    assert history[-2:] == ["Алматы", "Астана"]


def test_connections_of_finished_threads_are_closed(workspace: Workspace) -> None:
    before = workspace.database.open_connections()
    for _ in range(20):
        thread = threading.Thread(
            target=lambda: workspace.database.connection().execute("SELECT 1")
        )
        thread.start()
        thread.join()
    workspace.database.connection()
    assert workspace.database.open_connections() <= before + 1


HOLD = (
    "import sys, time; from kedendesk.services.workspace import Workspace; "
    "ws = Workspace.open(sys.argv[1]); print(ws.claim(), flush=True); time.sleep(60)"
)


def test_a_second_process_is_told_who_holds_the_workspace(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "None"
        here = Workspace.open(folder)
        other = here.claim()
        assert other is not None and other.pid == holder.pid
        here.close()
    finally:
        holder.kill()
        holder.communicate()
    again = Workspace.open(folder)
    assert again.claim() is None, "the lock of a process that died is recovered"
    again.close()
    assert not (folder / "workspace.lock").exists()
