"""The team workspace on PostgreSQL (issue: team workspace).

On a throwaway cluster of the tests' kind (tests/postgres.py; or `$KEDENDESK_TEST_PG`): the
same save and list benchmarks as bench_store, on the server; then ten desks (processes) saving
and sending at once: saves per second, conflicts, and that nothing was lost or sent twice.
Aims as on SQLite: first rows <= 300 ms, filter <= 100 ms.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from tests.postgres import NoServerError, server, wait_until_up

from bench import bench_store

DESKS = 10
SENDS = 200
DESK = """
import json, sys, time
from kedendesk.gateway.client import GatewayClient
from kedendesk.services.checking import CheckingService
from kedendesk.services.drafts import ConflictError, DraftService
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.services.workspace import Workspace

folder, url, ids = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
ws = Workspace.open(folder)
drafts = DraftService(ws)
submission = SubmissionService(ws, SigningService(ws, CheckingService(ws)), "practice")
client = GatewayClient(url, "demo-declarant", lambda: "demo-declarant-secret")
saved, conflicts, start = [], 0, time.perf_counter()
for round_ in range(30):
    for declaration_id in ids:
        declaration = drafts.load(declaration_id)
        based_on = drafts.row(declaration_id).revision
        declaration.delivery_place = f"{sys.argv[4]}-{round_}"
        try:
            info = drafts.save(declaration_id, drafts.snapshot(declaration), based_on)
            saved.append([declaration_id, info.number, declaration.delivery_place])
        except ConflictError:
            conflicts += 1
    submission.drain(client)
while any(i.state == "QUEUED" for i in submission.items()):
    submission.drain(client)
print(json.dumps({"saved": saved, "conflicts": conflicts, "seconds": time.perf_counter() - start}))
"""


def _database(url: str) -> str:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base, _, query = url.partition("?")
    return f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


def _team_folder(parent: Path, url: str) -> Path:
    folder = parent / uuid.uuid4().hex[:8]
    folder.mkdir()
    (folder / "team.json").write_text(json.dumps({"server": _database(url)}))
    return folder


def bench_desks(folder: Path) -> None:
    from tests.integration.conftest import Loop

    from kedendesk.sandbox.server import SandboxServer
    from kedendesk.services.workspace import Workspace
    from kedendesk.store.outbox import OutboxRepository

    workspace = Workspace.open(folder)
    with SandboxServer(folder / "sandbox") as sandbox:
        loop = Loop(workspace, sandbox, folder / "sandbox")
        for n in range(SENDS):
            loop.submission.submit(loop.draft_and_sign(f"B-2026-{n:06d}"))
        shared = [loop.drafts.create(loop.client_id, loop.drafts.load(1)) for _ in range(5)]
        desks = []
        for desk in range(DESKS):
            own = [loop.drafts.create(loop.client_id, loop.drafts.load(1)) for _ in range(5)]
            ids = json.dumps(own + shared)
            desks.append(
                subprocess.Popen(
                    [sys.executable, "-c", DESK, str(folder), sandbox.url, ids, f"desk{desk}"],
                    stdout=subprocess.PIPE,
                    text=True,
                )
            )
        results = [json.loads(desk.communicate()[0]) for desk in desks]
        saves = sum(len(r["saved"]) for r in results)
        conflicts = sum(r["conflicts"] for r in results)
        seconds = max(r["seconds"] for r in results)
        lost = 0
        for result in results:
            for declaration_id, number, place in result["saved"]:
                body = workspace.declarations.load(declaration_id, number)
                lost += body.delivery_place != place
        items = OutboxRepository(workspace.database).items()
        sent_once = len({d.lrn for d in loop.client.declarations()}) == len(items) == SENDS
        accepted = sum(1 for i in items if i.state == "ACCEPTED")
        loop.client.close()
    print(f"{DESKS} desks saving and sending at once ({SENDS} declarations queued):")
    print(
        f"  saves                  {saves / seconds:8.1f} per second ({saves} in {seconds:.1f} s)"
    )
    print(f"  conflicts              {conflicts:8d}   (five declarations saved by every desk)")
    print(f"  lost saves             {lost:8d}   aim 0")
    print(f"  sent                   {accepted:8d} of {SENDS}, each once: {sent_once}")
    workspace.close()


def main() -> None:
    try:
        with server() as url, tempfile.TemporaryDirectory() as scratch:
            wait_until_up(url)
            parent = Path(scratch)
            print("On PostgreSQL (a team workspace):")
            bench_store.bench_save_load(_team_folder(parent, url))
            big = _team_folder(parent, url)
            start = time.perf_counter()
            env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
            subprocess.run(
                [sys.executable, "-m", "bench.bench_store", "generate", str(big)],
                check=True,
                env=env,
            )
            print(
                f"(generated {bench_store.LIST_SIZE} declarations in "
                f"{time.perf_counter() - start:.1f} s)"
            )
            subprocess.run(
                [sys.executable, "-m", "bench.bench_store", "list", str(big)], check=True, env=env
            )
            bench_desks(_team_folder(parent, url))
    except NoServerError as error:
        print(f"team workspace benchmarks not run: {error}")


if __name__ == "__main__":
    main()
