"""Limits enforced before the work, so one client cannot stall the gateway for the others.

Request bodies are capped from Content-Length and again while they stream (a 300 MiB upload
used to be read in full before the 10 MiB document limit refused it); long-polls are capped
per account, and an account over the cap is answered at once instead of holding a worker.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

from kedendesk.sandbox.problems import MEDIA_TYPE, ProblemError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_POLLS_PER_ACCOUNT = 4


class BodyLimit:
    """ASGI middleware: 413 for a body over the limit of its path, known from Content-Length
    or found while streaming; the application never reads more than the limit."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(str(scope.get("path", "")))
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _too_large(send, limit)
            return
        received = 0
        refused = False

        async def limited_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    refused = True
                    await _too_large(send, limit)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not refused:  # after the 413, the application has nothing more to say
                await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not refused:
                raise  # a real error: the server's own handler answers it


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _too_large(send: Send, limit: int) -> None:
    request_id = str(uuid.uuid4())
    problem = ProblemError("too-large", f"at most {limit} bytes")
    body = json.dumps(problem.document(request_id)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", MEDIA_TYPE.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"x-request-id", request_id.encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class PollLimit:
    """How many long-polls each account has open; over the cap, a poll does not wait."""

    def __init__(self, cap: int = MAX_POLLS_PER_ACCOUNT) -> None:
        self.cap = cap
        self._open: dict[str, int] = {}
        self._lock = threading.Lock()

    @contextmanager
    def poll(self, account: str, wait: float) -> Iterator[float]:
        """The wait this poll may have: `wait`, or 0 when the account is over its cap."""
        with self._lock:
            current = self._open.get(account, 0)
            allowed = wait if current < self.cap else 0.0
            self._open[account] = current + 1
        try:
            yield allowed
        finally:
            with self._lock:
                self._open[account] -= 1
