"""The gateway client's manners: it honours Retry-After, retries a write only with its
idempotency key, says offline apart from refusal, and the feed recovers from 410."""

from __future__ import annotations

import datetime as dt
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kedendesk.gateway.client import (
    GatewayClient,
    ProblemError,
    UnavailableError,
    UnreachableError,
)
from kedendesk.sandbox.config import SandboxConfig
from kedendesk.sandbox.server import SandboxServer


class Scripted:
    """A loopback server answering from a script: [(status, headers, body)], counting calls."""

    def __init__(self, script: list[tuple[int, dict[str, str], bytes]]) -> None:
        self.calls: list[tuple[str, str, float]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                owner.calls.append((self.command, self.path, time.monotonic()))
                if self.path == "/v1/auth/token":
                    status, headers, body = 200, {}, b'{"access_token":"t","expires_in":60}'
                else:
                    status, headers, body = script.pop(0) if script else (200, {}, b"{}")
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_retry_after_is_honoured_for_503_and_429() -> None:
    accepted = b'{"declarationId":"d","submissionId":"s","status":"SUBMITTED"}'
    scripted = Scripted(
        [(503, {"Retry-After": "0.3"}, b""), (429, {"Retry-After": "0"}, b""), (202, {}, accepted)]
    )
    with GatewayClient(scripted.url, "c", lambda: "s", backoff=0.01) as client:
        answer = client.submit(b"{}", "key-1")
    scripted.stop()
    posts = [c for c in scripted.calls if c[0] == "POST" and c[1] == "/v1/declarations"]
    assert answer.declaration_id == "d" and len(posts) == 3
    assert posts[1][2] - posts[0][2] >= 0.29  # waited as the gateway asked


def test_a_write_without_an_idempotency_key_is_not_retried() -> None:
    scripted = Scripted([(503, {"Retry-After": "0"}, b""), (201, {}, b"{}")])
    with (
        GatewayClient(scripted.url, "c", lambda: "s", backoff=0.01) as client,
        pytest.raises(UnavailableError),
    ):
        client.upload("a.txt", b"abc", "text/plain")
    scripted.stop()
    assert len([c for c in scripted.calls if c[1] == "/v1/documents"]) == 1


def test_offline_is_not_a_refusal() -> None:
    with (
        GatewayClient(
            "http://127.0.0.1:9", "c", lambda: "s", max_retries=2, backoff=0.01
        ) as client,
        pytest.raises(UnreachableError),
    ):
        client.meta()
    scripted = Scripted(
        [(422, {"X-Request-Id": "r-1"}, b'{"type":"validation-failed","detail":"no"}')]
    )
    with (
        GatewayClient(scripted.url, "c", lambda: "s") as client,
        pytest.raises(ProblemError) as refused,
    ):
        client.submit(b"{}", "k")
    scripted.stop()
    assert (refused.value.type, refused.value.request_id, refused.value.status) == (
        "validation-failed",
        "r-1",
        422,
    )


def test_an_expired_cursor_resyncs_and_continues(tmp_path: Path, isolated_folders: Path) -> None:
    from kedendesk.sandbox.authority import demo_key_path
    from kedendesk.sandbox.config import DEMO_PASSWORD
    from kedendesk.services.checking import CheckingService
    from kedendesk.services.demo import practice_declaration, practice_rates
    from kedendesk.services.drafts import DraftService
    from kedendesk.services.signing import SigningService
    from kedendesk.services.submission import SubmissionService
    from kedendesk.services.workspace import Workspace

    with SandboxServer(tmp_path / "g", SandboxConfig(feed_retention=3)) as server:
        workspace = Workspace.open(isolated_folders)
        drafts, checking = DraftService(workspace), CheckingService(workspace)
        signing = SigningService(workspace, checking)
        submission = SubmissionService(workspace, signing, "practice")
        checking.put_rates(practice_rates(server.gateway.now().date()))
        key = signing.add_key(demo_key_path(tmp_path / "g", "demo-declarant"), DEMO_PASSWORD)
        client_id = drafts.add_client("ТОО «Алатау Трейд»", "940140000385").id
        declaration = practice_declaration("G-2026-000900", server.gateway.now().date())
        checking.apply_calculation(declaration)
        declaration_id = drafts.create(client_id, declaration)
        signing.sign(declaration_id, key.id, DEMO_PASSWORD)
        submission.submit(declaration_id)
        with GatewayClient(server.url, "demo-declarant", lambda: "demo-declarant-secret") as gw:
            submission.drain(gw)
            server.gateway.advance(dt.timedelta(days=1))  # 5 events, the feed keeps 3
            changed = submission.follow(gw)  # cursor 0 is too old: 410, then a resync
            assert changed == [declaration_id]
            assert drafts.row(declaration_id).status == "RELEASED"
            assert drafts.row(declaration_id).corridor == "GREEN"
            assert submission.follow(gw) == []  # and the feed continues from the new cursor
        workspace.close()
