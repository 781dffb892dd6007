"""A fault test: a proxy drops, delays and refuses about 30 % of calls while 1 000
declarations are submitted and followed to their release, and the client process (an outbox
thread and a feed thread) is killed three times, once while following the feed. Every
declaration is filed exactly once, none is lost, every status ends final and every timeline
holds every event the gateway sent."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kedendesk.sandbox.authority import demo_key_path
from kedendesk.sandbox.config import DEMO_PASSWORD
from kedendesk.sandbox.server import SandboxServer
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService, Snapshot
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.services.workspace import Workspace
from tests.integration.fault_proxy import FaultProxy

COUNT = 1000
ROOT = Path(__file__).resolve().parents[2]


def _prepare(workspace: Workspace, key_file: Path, day: dt.date) -> None:
    drafts, checking = DraftService(workspace), CheckingService(workspace)
    signing = SigningService(workspace, checking)
    submission = SubmissionService(workspace, signing, "practice")
    checking.put_rates(practice_rates(day))
    key = signing.add_key(key_file, DEMO_PASSWORD)
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    template = practice_declaration("G-FAULT", day)
    checking.apply_calculation(template)
    snapshots = []
    for number in range(COUNT):
        template.lrn = f"G-FAULT-{number:04d}"
        snapshots.append(Snapshot.of(template))
    ids = workspace.declarations.create_many(client.id, snapshots)
    for declaration_id in ids:
        signing.sign(declaration_id, key.id, DEMO_PASSWORD)
        submission.submit(declaration_id)


def _registered_on_gateway(server: SandboxServer) -> int:
    row = server.gateway.store.one("SELECT COUNT(*) FROM declarations")
    return int(row[0]) if row else 0


def _local_applied(folder: Path) -> int:
    workspace = Workspace.open(folder)
    try:
        row = (
            workspace.database.connection()
            .execute("SELECT COUNT(*) FROM gateway_events WHERE declaration_id IS NOT NULL")
            .fetchone()
        )
        return int(row[0])
    finally:
        workspace.close()


@pytest.mark.slow
def test_faults_and_kills_lose_nothing_and_file_nothing_twice(
    tmp_path: Path, isolated_folders: Path
) -> None:
    with SandboxServer(tmp_path / "gateway", time_scale=0) as server:
        workspace = Workspace.open(isolated_folders)
        _prepare(
            workspace,
            demo_key_path(tmp_path / "gateway", "demo-declarant"),
            server.gateway.now().date(),
        )
        workspace.close()
        proxy = FaultProxy(server.url, fault_share=0.3).start()
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        command = [
            sys.executable,
            "-m",
            "tests.integration.fault_client",
            str(isolated_folders),
            proxy.url,
        ]

        def sent(count: int) -> bool:
            return _registered_on_gateway(server) >= count

        def following() -> bool:  # all sent, and the feed thread well into the events
            return sent(COUNT) and _local_applied(isolated_folders) >= COUNT

        kills = 0
        try:
            # Two kills while sending, one while following the feed, then a run to the end.
            for stop_when in (lambda: sent(COUNT // 3), lambda: sent(2 * COUNT // 3), following):
                process = subprocess.Popen(
                    command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
                )
                deadline = time.monotonic() + 300
                while not stop_when():
                    if process.poll() is not None:
                        _, errors = process.communicate()
                        raise AssertionError(errors.decode()[-2000:])
                    assert time.monotonic() < deadline
                    server.gateway.advance(dt.timedelta(minutes=3))  # customs works on
                    time.sleep(0.05)
                process.send_signal(signal.SIGKILL)
                process.communicate(timeout=30)  # reap it and close its pipes
                kills += 1
            process = subprocess.Popen(
                command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            deadline = time.monotonic() + 400
            while process.poll() is None:
                assert time.monotonic() < deadline
                server.gateway.advance(dt.timedelta(minutes=3))
                time.sleep(0.05)
            _, errors = process.communicate()
            assert process.returncode == 0, errors.decode()[-2000:]
        finally:
            proxy.stop()

        workspace = Workspace.open(isolated_folders)
        db = workspace.database.connection()
        rows = db.execute(
            "SELECT d.id, d.lrn, d.remote_id, d.status, o.state FROM declarations d"
            " JOIN outbox o ON o.declaration_id = d.id"
        ).fetchall()
        local_events: dict[str, set[str]] = {}
        for remote, event_id in db.execute(
            "SELECT d.remote_id, e.id FROM gateway_events e JOIN declarations d"
            " ON d.id = e.declaration_id"
        ):
            local_events.setdefault(remote, set()).add(event_id)
        orphans = db.execute(
            "SELECT COUNT(*) FROM gateway_events WHERE declaration_id IS NULL"
        ).fetchone()[0]
        workspace.close()
        on_gateway = server.gateway.store.read(
            "SELECT id, lrn, status, registration_number FROM declarations"
        )
        gateway_events: dict[str, set[str]] = {}
        for event in server.gateway.store.read("SELECT declaration_id, id FROM events"):
            gateway_events.setdefault(event["declaration_id"], set()).add(event["id"])
        numbers = [r["registration_number"] for r in on_gateway]
        complete = sum(
            1 for r in on_gateway if local_events.get(r["id"]) == gateway_events.get(r["id"])
        )
        print(
            f"\nfault test: {COUNT} declarations, {kills} kills, proxy "
            f"{dict(proxy.counts)}, on the gateway {len(on_gateway)}, released "
            f"{sum(1 for r in on_gateway if r['status'] == 'RELEASED')}, released locally "
            f"{sum(1 for r in rows if r[3] == 'RELEASED')}, complete timelines {complete}, "
            f"events {sum(len(v) for v in gateway_events.values())}, orphans {orphans}, "
            f"outbox {dict(Counter(r[4] for r in rows))}"
        )
        assert kills == 3
        assert proxy.counts["drop"] > 0 and proxy.counts["503"] > 0
        assert len(on_gateway) == COUNT  # none twice: the same key brings the same answer
        assert sorted(r["lrn"] for r in on_gateway) == sorted(r[1] for r in rows)
        assert all(r["status"] == "RELEASED" for r in on_gateway)
        assert len(set(numbers)) == COUNT and None not in numbers
        assert all(state == "ACCEPTED" for *_, state in rows)  # none lost
        assert all(r[3] == "RELEASED" for r in rows), "every status final"
        assert len({r[2] for r in rows}) == COUNT
        assert complete == COUNT, "every timeline complete"
        assert orphans == 0
