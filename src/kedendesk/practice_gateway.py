"""Starting the practice gateway for the Practice profile: the one place that joins the
sandbox (which the app's layers may not import) to the services' PracticeEndpoint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kedendesk.sandbox.authority import demo_key_path
from kedendesk.sandbox.config import DEMO_PASSWORD
from kedendesk.sandbox.server import SandboxServer
from kedendesk.services.profiles import PracticeEndpoint


def endpoint_of(server: SandboxServer) -> PracticeEndpoint:
    """The demo declarant's account and key on a started practice gateway."""
    return PracticeEndpoint(
        server.url,
        "demo-declarant",
        "demo-declarant-secret",
        demo_key_path(server.gateway.data_dir, "demo-declarant"),
        DEMO_PASSWORD,
    )


def starter(
    data_dir: Path, started: list[SandboxServer], time_scale: float | None = None
) -> Callable[[], PracticeEndpoint]:
    """Starts it when first needed; the caller stops what `started` holds."""

    def start() -> PracticeEndpoint:
        server = SandboxServer(data_dir, time_scale=time_scale).start()
        started.append(server)
        return endpoint_of(server)

    return start
