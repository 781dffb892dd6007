"""Kills at any moment of a working day on a 999-item declaration: while the app opens the
workspace and loads the declaration, and while it saves. Each time, the workspace opens
intact, the latest revision is whole and loads, and nothing reported saved is missing."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.services.drafts import DraftService, Snapshot
from kedendesk.services.workspace import Workspace

KILLS = 200
ITEMS = 999

# Opens, loads the big declaration (what opening the editor does), then saves revisions.
CHILD = textwrap.dedent(
    """
    import sys
    from kedendesk.services.drafts import DraftService
    from kedendesk.services.workspace import Workspace

    ws = Workspace.open(sys.argv[1])
    drafts = DraftService(ws)
    (declaration_id,) = drafts.find_ids()
    declaration = drafts.load(declaration_id)
    print("opened", flush=True)
    while True:
        n = drafts.row(declaration_id).revision + 1
        declaration.lrn = f"REV-{n}"
        declaration.items[n % len(declaration.items)].description = f"Тауар {n}"
        info = drafts.save(declaration_id, drafts.snapshot(declaration))
        print(info.number, flush=True)
    """
)


def _verify(folder: Path, reported: int, full: bool) -> int:
    ws = Workspace.open(folder)
    try:
        db = ws.database.connection()
        check = "integrity_check" if full else "quick_check"
        assert db.execute(f"PRAGMA {check}").fetchone()[0] == "ok"
        (declaration_id,) = ws.declarations.find_ids()
        revisions = ws.declarations.revisions(declaration_id)
        assert revisions[-1].number >= reported  # nothing reported saved is missing
        assert [r.number for r in revisions] == list(range(1, revisions[-1].number + 1))
        body = ws.declarations.load_body(declaration_id)
        assert hashlib.sha256(body.encode()).hexdigest() == revisions[-1].sha256
        latest = ws.declarations.load(declaration_id)
        assert len(latest.items) == ITEMS
        assert ws.declarations.get(declaration_id).lrn == latest.lrn  # summary in step
        return revisions[-1].number
    finally:
        ws.close()


@pytest.mark.slow
def test_two_hundred_kills_on_a_999_item_declaration(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    ws = Workspace.open(folder)
    drafts = DraftService(ws)
    client = drafts.add_client("ТОО «Тест»", "940140000385")
    big = Declaration(
        lrn="REV-1", items=[GoodsItem(description=f"Тауар {i}", price="1") for i in range(ITEMS)]
    )
    ws.declarations.create(client.id, Snapshot.of(big))
    ws.close()
    rng = random.Random(20261201)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    reported = 1
    during_opening = 0
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert child.stdout is not None
        if kill % 4 == 0:  # a quarter of the kills land while it opens and loads
            time.sleep(rng.uniform(0.0, 0.35))  # within the start-up and the loading
        else:
            assert child.stdout.readline().strip() == "opened"
            time.sleep(rng.uniform(0.0, 0.12))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        lines = rest.splitlines()
        if "opened" not in lines and kill % 4 == 0:
            during_opening += 1
        numbers = [int(line) for line in lines if line.strip().isdigit()]
        reported = max([reported, *numbers])
        reported = _verify(folder, reported, full=kill % 25 == 0)
    print(f"\nkill test: {KILLS} kills, {during_opening} while opening, {reported} revisions")
    assert during_opening >= KILLS // 10
