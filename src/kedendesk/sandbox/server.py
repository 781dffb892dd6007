"""Run the practice gateway: in-process on a free loopback port (tests, the Practice profile),
or standalone with uvicorn (`kedendesk sandbox serve`)."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import uvicorn

from kedendesk.sandbox.app import create_app
from kedendesk.sandbox.config import SandboxConfig
from kedendesk.sandbox.gateway import PracticeGateway

TICK_SECONDS = 0.05


log = logging.getLogger(__name__)


class SandboxServer:
    """Starts the gateway in background threads; `url` is where it listens. Use as a context
    manager, or call start() and stop()."""

    def __init__(
        self,
        data_dir: Path,
        config: SandboxConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        time_scale: float | None = None,
    ) -> None:
        self.gateway = PracticeGateway(data_dir, config, time_scale=time_scale)
        self._config = uvicorn.Config(
            create_app(self.gateway), host=host, port=port, log_level="warning", lifespan="off"
        )
        self._server = uvicorn.Server(self._config)
        self._thread = threading.Thread(target=self._server.run, name="sandbox-http", daemon=True)
        self._ticker = threading.Thread(target=self._tick, name="sandbox-clock", daemon=True)
        self._stopping = threading.Event()
        self.url = ""

    def _tick(self) -> None:
        while not self._stopping.wait(TICK_SECONDS):
            try:
                self.gateway.tick()
            except Exception:  # the clock must survive anything a step raises
                log.exception("the practice gateway's clock tick failed")

    def start(self, timeout: float = 10.0) -> SandboxServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the practice gateway did not start")
            time.sleep(0.005)
        host, port = self._server.servers[0].sockets[0].getsockname()[:2]
        self.url = f"http://{host}:{port}"
        self._ticker.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.should_exit = True
        self._thread.join(timeout=10)
        if self._ticker.is_alive():
            self._ticker.join(timeout=5)
        self.gateway.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def serve(
    data_dir: Path, config: SandboxConfig, host: str, port: int, time_scale: float | None
) -> None:
    """Standalone, in the foreground, until interrupted."""
    gateway = PracticeGateway(data_dir, config, time_scale=time_scale)
    stopping = threading.Event()

    def tick() -> None:
        while not stopping.wait(TICK_SECONDS):
            gateway.tick()

    ticker = threading.Thread(target=tick, name="sandbox-clock", daemon=True)
    ticker.start()
    try:
        uvicorn.run(create_app(gateway), host=host, port=port, log_level="info")
    finally:
        stopping.set()
        ticker.join(timeout=5)
        gateway.close()
