"""The client side of the fault test, as its own process (so it can be killed): open the
workspace, put back what a crash left half-sent, and run the gateway worker (an outbox thread
and a feed thread) through the proxy until every declaration is final."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kedendesk.domain.lifecycle import FINAL
from kedendesk.gateway.client import GatewayClient
from kedendesk.services.checking import CheckingService
from kedendesk.services.events import EventBus
from kedendesk.services.gateway_worker import GatewayWorker
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.services.workspace import Workspace

LIMIT_SECONDS = 400


def _unfinished(workspace: Workspace) -> int:
    """Declarations not yet final, and outbox items not yet answered (an item whose
    declaration the feed already released is still sent: its key brings the same answer)."""
    marks = ",".join("?" * len(FINAL))
    db = workspace.database.connection()
    open_declarations = db.execute(
        f"SELECT COUNT(*) FROM declarations WHERE status NOT IN ({marks})", tuple(FINAL)
    ).fetchone()[0]
    open_items = db.execute(
        "SELECT COUNT(*) FROM outbox WHERE state IN ('QUEUED', 'SENDING')"
    ).fetchone()[0]
    return int(open_declarations) + int(open_items)


def main(workspace_dir: str, url: str) -> int:
    workspace = Workspace.open(Path(workspace_dir))
    signing = SigningService(workspace, CheckingService(workspace))
    submission = SubmissionService(workspace, signing, "practice")
    client = GatewayClient(
        url,
        "demo-declarant",
        lambda: "demo-declarant-secret",
        max_retries=8,
        backoff=0.01,
        max_backoff=0.05,
    )
    worker = GatewayWorker(submission, client, EventBus(), wait=0.2, profile="practice")
    worker.start()
    deadline = time.monotonic() + LIMIT_SECONDS
    try:
        while (left := _unfinished(workspace)) and time.monotonic() < deadline:
            print(f"unfinished {left}", flush=True)
            worker.wake()
            time.sleep(0.2)
    finally:
        worker.stop()
        workspace.close()
    return 0 if not left else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
