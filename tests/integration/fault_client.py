"""The client side of the fault test, as its own process (so it can be killed): open the
workspace, put back what a crash left half-sent, and drain the outbox through the proxy."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kedendesk.gateway.client import GatewayClient
from kedendesk.services.checking import CheckingService
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.services.workspace import Workspace


def main(workspace_dir: str, url: str) -> None:
    workspace = Workspace.open(Path(workspace_dir))
    signing = SigningService(workspace, CheckingService(workspace))
    submission = SubmissionService(workspace, signing, "practice")
    print(f"recovered {submission.recover()}", flush=True)
    client = GatewayClient(
        url,
        "demo-declarant",
        lambda: "demo-declarant-secret",
        max_retries=8,
        backoff=0.01,
        max_backoff=0.05,
    )
    while True:
        result = submission.drain(client)
        queued = [i for i in submission.items() if i.state in ("QUEUED", "SENDING")]
        print(f"sent {result.sent} failed {result.failed} left {len(queued)}", flush=True)
        if not queued:
            break
        time.sleep(0.05)
    client.close()
    workspace.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
