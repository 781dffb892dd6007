"""Killing the app while it saves loses at most the save under way, never the workspace."""

import hashlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from kedendesk.services.workspace import Workspace

# The child saves revisions as fast as it can and reports each one after its commit.
CHILD = textwrap.dedent(
    """
    import sys
    from kedendesk.domain.declaration import Declaration, GoodsItem
    from kedendesk.services.drafts import DraftService
    from kedendesk.services.workspace import Workspace

    ws = Workspace.open(sys.argv[1])
    drafts = DraftService(ws)
    clients = drafts.clients() or [drafts.add_client("ТОО «Тест»")]
    ids = drafts.find_ids()
    declaration_id = ids[0] if ids else drafts.new_declaration(clients[0].id)
    declaration = drafts.load(declaration_id)
    while True:
        n = drafts.revisions(declaration_id)[-1].number + 1
        declaration.lrn = f"REV-{n}"
        declaration.items = [GoodsItem(description=f"Тауар {n}-{i}") for i in range(n % 40)]
        info = drafts.save(declaration_id, drafts.snapshot(declaration))
        assert info.number == n
        print(n, flush=True)
    """
)


def test_workspace_survives_sigkill_during_saves(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    rng = random.Random(20261126)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    last_reported = 0
    for _ in range(20):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # wait until it is saving
        assert first.strip().isdigit(), first
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        reported = [int(line) for line in [first, *rest.splitlines()] if line.strip().isdigit()]
        last_reported = max(reported)

        ws = Workspace.open(folder)
        try:
            db = ws.database.connection()
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            (declaration_id,) = ws.declarations.find_ids()
            revisions = ws.declarations.revisions(declaration_id)
            # Every reported save is there; at most one more committed before it was reported.
            assert revisions[-1].number in (last_reported, last_reported + 1)
            assert [r.number for r in revisions] == list(range(1, revisions[-1].number + 1))
            body = ws.declarations.load_body(declaration_id)
            assert hashlib.sha256(body.encode()).hexdigest() == revisions[-1].sha256
            latest = ws.declarations.load(declaration_id)
            assert latest.lrn == f"REV-{revisions[-1].number}"
            assert ws.declarations.get(declaration_id).lrn == latest.lrn  # summary in step
        finally:
            ws.close()
    assert last_reported > 20
