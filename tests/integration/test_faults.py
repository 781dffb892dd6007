"""A fault test: a proxy drops, delays and refuses about 30 % of calls while 500 declarations
are submitted, and the client process is killed and restarted twice. Every declaration ends
registered exactly once on the gateway, and none is lost."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
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

COUNT = 500
ROOT = Path(__file__).resolve().parents[2]


def _prepare(workspace: Workspace, key_file: Path, day: dt.date) -> None:
    drafts, checking = DraftService(workspace), CheckingService(workspace)
    signing = SigningService(workspace, checking)
    submission = SubmissionService(workspace, signing, "practice")
    checking.put_rates(practice_rates(day))
    key = signing.add_key(key_file, DEMO_PASSWORD)
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    template = practice_declaration("N-FAULT", day)
    checking.apply_calculation(template)
    snapshots = []
    for number in range(COUNT):
        template.lrn = f"N-FAULT-{number:04d}"
        snapshots.append(Snapshot.of(template))
    ids = workspace.declarations.create_many(client.id, snapshots)
    for declaration_id in ids:
        signing.sign(declaration_id, key.id, DEMO_PASSWORD)
        submission.submit(declaration_id)


def _registered_on_gateway(server: SandboxServer) -> int:
    row = server.gateway.store.one("SELECT COUNT(*) FROM declarations")
    return int(row[0]) if row else 0


@pytest.mark.slow
def test_faults_and_kills_lose_nothing_and_file_nothing_twice(
    tmp_path: Path, isolated_folders: Path
) -> None:
    with SandboxServer(tmp_path / "gateway") as server:
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
        kills = 0
        try:
            for stop_at in (COUNT // 3, 2 * COUNT // 3, None):
                process = subprocess.Popen(
                    command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
                )
                if stop_at is None:
                    _, errors = process.communicate(timeout=600)
                    assert process.returncode == 0, errors.decode()[-2000:]
                    break
                deadline = time.monotonic() + 300
                while _registered_on_gateway(server) < stop_at:
                    if process.poll() is not None:
                        _, errors = process.communicate()
                        raise AssertionError(errors.decode()[-2000:])
                    assert time.monotonic() < deadline
                    time.sleep(0.02)
                process.send_signal(signal.SIGKILL)
                process.communicate(timeout=30)  # reap it and close its pipes
                kills += 1
        finally:
            proxy.stop()
        server.gateway.advance(dt.timedelta(minutes=10))

        workspace = Workspace.open(isolated_folders)
        rows = (
            workspace.database.connection()
            .execute(
                "SELECT d.lrn, d.remote_id, o.state FROM declarations d JOIN outbox o"
                " ON o.declaration_id = d.id"
            )
            .fetchall()
        )
        workspace.close()
        on_gateway = server.gateway.store.read(
            "SELECT lrn, status, registration_number FROM declarations"
        )
        numbers = [r["registration_number"] for r in on_gateway]
        print(
            f"\nfault test: {COUNT} declarations, {kills} kills, proxy "
            f"{dict(proxy.counts)}, on the gateway {len(on_gateway)}, "
            f"registered {sum(1 for r in on_gateway if r['status'] == 'REGISTERED')}, "
            f"accepted locally {sum(1 for r in rows if r['state'] == 'ACCEPTED')}"
        )
        assert kills == 2
        assert proxy.counts["drop"] > 0 and proxy.counts["503"] > 0
        assert len(on_gateway) == COUNT  # none twice: the same key brings the same answer
        assert sorted(r["lrn"] for r in on_gateway) == sorted(r[0] for r in rows)
        assert all(r["status"] == "REGISTERED" for r in on_gateway)
        assert len(set(numbers)) == COUNT and None not in numbers
        assert all(state == "ACCEPTED" for _, _, state in rows)  # none lost
        assert len({remote for _, remote, _ in rows}) == COUNT
