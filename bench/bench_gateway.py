"""Outbox and feed benchmarks (issue: submit, follow and respond).

Prints: draining 1 000 queued declarations to the practice gateway (declarations per
second), and the time from a decision on the gateway to the declarations list showing it.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from kedendesk.gateway.client import GatewayClient
from kedendesk.sandbox.authority import demo_key_path
from kedendesk.sandbox.config import DEMO_PASSWORD
from kedendesk.sandbox.server import SandboxServer
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService, Snapshot
from kedendesk.services.events import DeclarationsChanged
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.services.workspace import Workspace

QUEUED = 1000
DECISIONS = 10


def _queue(
    workspace: Workspace,
    key_file: Path,
    day: dt.date,
    count: int,
    prefix: str,
    profile: str = "practice",
) -> None:
    """Queue `count` signed declarations for `profile` (an item is only sent there)."""
    drafts, checking = DraftService(workspace), CheckingService(workspace)
    signing = SigningService(workspace, checking)
    submission = SubmissionService(workspace, signing, profile)
    checking.put_rates(practice_rates(day))
    key = signing.add_key(key_file, DEMO_PASSWORD)
    clients = drafts.clients() or [drafts.add_client("ТОО «Алатау Трейд»", "940140000385")]
    template = practice_declaration(prefix, day)
    checking.apply_calculation(template)
    snapshots = []
    for number in range(count):
        template.lrn = f"{prefix}-{number:05d}"
        snapshots.append(Snapshot.of(template))
    for declaration_id in workspace.declarations.create_many(clients[0].id, snapshots):
        signing.sign(declaration_id, key.id, DEMO_PASSWORD)
        submission.submit(declaration_id)


def bench_drain(folder: Path) -> None:
    with SandboxServer(folder / "gateway") as server:
        workspace = Workspace.open(folder / "workspace")
        key = demo_key_path(folder / "gateway", "demo-declarant")
        _queue(workspace, key, server.gateway.now().date(), QUEUED, "N-DRAIN")
        signing = SigningService(workspace, CheckingService(workspace))
        submission = SubmissionService(workspace, signing, "practice")
        with GatewayClient(server.url, "demo-declarant", lambda: "demo-declarant-secret") as client:
            start = time.perf_counter()
            result = submission.drain(client)
            elapsed = time.perf_counter() - start
        workspace.close()
    assert result.sent == QUEUED
    print(f"outbox, {QUEUED} signed declarations queued:")
    print(f"  drained to the practice gateway:  {QUEUED / elapsed:8.1f} declarations/s")


def bench_decision_to_list(folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kedendesk.practice_gateway import starter
    from kedendesk.ui.app import Application

    qt = QApplication.instance() or QApplication([])
    servers: list[SandboxServer] = []
    start = starter(folder / "gateway-ui", servers)
    application = Application(Workspace.open(folder / "workspace-ui"), "en", start)
    application.window.show()
    application.connect_gateway()
    _wait(qt, lambda: application.worker is not None and application.worker.reachable is True)
    server = servers[0]
    workspace = application.workspace
    _queue(
        workspace,
        demo_key_path(folder / "gateway-ui", "demo-declarant"),
        server.gateway.now().date(),
        DECISIONS,
        "N-LIST",
        application.submission.profile,
    )
    workspace.events.publish(DeclarationsChanged())  # made behind the list's back: it reloads
    application.wake()
    model = application.window.list_page.model
    _wait(
        qt,
        lambda: all(
            r.status == "REGISTERED" for r in application.drafts.rows(application.drafts.find_ids())
        ),
    )
    latencies = []
    for declaration_id in application.drafts.find_ids():
        remote = (
            workspace.database.connection()
            .execute("SELECT remote_id FROM declarations WHERE id = ?", (declaration_id,))
            .fetchone()[0]
        )
        start_at = time.perf_counter()
        server.gateway.release_now(remote)
        _wait(qt, lambda i=declaration_id: _shown_status(model, i) == "Released")
        latencies.append(time.perf_counter() - start_at)
    application.window.close()
    application.shutdown()
    server.stop()
    print(
        f"  decision on the gateway -> list shows it: {statistics.median(latencies) * 1000:8.1f}"
        f" ms median, {max(latencies) * 1000:.1f} ms slowest of {DECISIONS}"
    )


def _shown_status(model: object, declaration_id: int) -> object:
    row = model.row_of(declaration_id)  # type: ignore[attr-defined]
    return None if row is None else model.index(row, 3).data()  # type: ignore[attr-defined]


def _wait(qt: object, condition: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there")
        qt.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        bench_drain(Path(folder))
        bench_decision_to_list(Path(folder))


if __name__ == "__main__":
    main()
