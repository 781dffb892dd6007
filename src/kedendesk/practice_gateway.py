"""Starting the practice gateway for the Practice profile: the one place that joins the
sandbox (which the app's layers may not import) to the services' PracticeEndpoint."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

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


def own_command() -> list[str]:
    """How to run this Kedendesk again as a command: the bundle's own program when frozen
    (PyInstaller), else this Python with the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "kedendesk"]


class PracticeProcess:
    """The practice gateway in a process of its own, as the app runs it: a separate party on
    this machine, so verifying a 999-item declaration does not take the GIL from the
    window (bench/bench_gui_stall.py measured 130–150 ms stalls with it in the app's
    process). Started by `kedendesk sandbox serve`; stopped with the app."""

    def __init__(self, data_dir: Path, time_scale: float | None = None) -> None:
        self.data_dir = data_dir
        self.time_scale = time_scale  # None: the gateway's own (a simulated minute a second)
        self.url = ""
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> PracticeProcess:
        with socket.socket() as probe:  # a free loopback port for it
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        command = [*own_command(), "sandbox", "serve"]
        command += ["--host", "127.0.0.1", "--port", str(port), "--data", str(self.data_dir)]
        if self.time_scale is not None:
            command += ["--time-scale", str(self.time_scale)]
        self._process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + timeout
        key = demo_key_path(self.data_dir, "demo-declarant")
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                errors = (
                    self._process.stderr.read().decode(errors="replace")
                    if self._process.stderr
                    else ""
                )
                raise RuntimeError(f"the practice gateway stopped: {errors[-500:]}")
            if key.exists() and _answers(self.url):
                return self
            time.sleep(0.05)
        self.stop()
        raise TimeoutError("the practice gateway did not start in time")

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process is not None and self._process.stderr is not None:
            self._process.stderr.close()
        self._process = None


def _answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/v1/meta", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def process_starter(
    data_dir: Path, started: list[PracticeProcess], time_scale: float | None = None
) -> Callable[[], PracticeEndpoint]:
    """Starts the practice gateway process when first needed; the caller stops `started`."""

    def start() -> PracticeEndpoint:
        process = PracticeProcess(data_dir, time_scale).start()
        started.append(process)
        return PracticeEndpoint(
            process.url,
            "demo-declarant",
            "demo-declarant-secret",
            demo_key_path(data_dir, "demo-declarant"),
            DEMO_PASSWORD,
        )

    return start
