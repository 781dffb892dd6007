"""A client of the customs gateway contract, shaped like a good SDK: one class, typed errors
that carry the problem document and request id, explicit timeouts, bounded retries with
backoff and jitter on connection errors, 429 and 503 (honouring Retry-After), and never a
retried write without its idempotency key."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from kedendesk.gateway.contract import (
    CustomsRequest,
    DeclarationState,
    Event,
    EventPage,
    Submission,
    UploadedDocument,
)

__all__ = [
    "AuthenticationError",
    "CustomsRequest",
    "DeclarationState",
    "Event",
    "EventPage",
    "GatewayClient",
    "GatewayError",
    "ProblemError",
    "Submission",
    "UnavailableError",
    "UnreachableError",
    "UploadedDocument",
]

DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
RETRYABLE_STATUSES = frozenset({429, 503})


class GatewayError(Exception):
    """A failed call. `problem` is the RFC 9457 document when the gateway sent one."""

    def __init__(
        self,
        message: str,
        status: int | None = None,
        problem: Mapping[str, Any] | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.problem = dict(problem or {})
        self.request_id = request_id

    @property
    def type(self) -> str:
        return str(self.problem.get("type", ""))


class UnreachableError(GatewayError):
    """The gateway could not be reached (after retries): offline, not a refusal."""


class UnavailableError(GatewayError):
    """503 or 429 even after retries: try again later."""


class AuthenticationError(GatewayError):
    """The client id or secret is refused."""


class ProblemError(GatewayError):
    """The gateway refused the request with a problem document (4xx): retrying will not help."""


class GatewayClient:
    def __init__(
        self,
        base_url: str,
        client_id: str,
        secret: Callable[[], str],
        *,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 4,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._http = httpx.Client(base_url=base_url, timeout=timeout, transport=transport)
        self._client_id = client_id
        self._secret = secret
        self._max_retries = max_retries
        self._backoff = backoff
        self._max_backoff = max_backoff
        self._token: tuple[str, float] | None = None
        self._token_lock = threading.Lock()
        self.base_url = base_url

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> GatewayClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------------------

    def _access_token(self, renew: bool = False) -> str:
        with self._token_lock:
            if self._token is not None and not renew and self._token[1] > time.monotonic():
                return self._token[0]
            answer = self._send(
                "POST",
                "/v1/auth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": self._client_id,
                    "client_secret": self._secret(),
                },
                authorised=False,
                retry=True,  # getting a token changes nothing on the gateway
            )
            body = answer.json()
            lifetime = float(body.get("expires_in", 300))
            self._token = (str(body["access_token"]), time.monotonic() + lifetime * 0.9)
            return self._token[0]

    def _delay(self, attempt: int, response: httpx.Response | None) -> float:
        if response is not None and "Retry-After" in response.headers:
            try:
                return min(float(response.headers["Retry-After"]), 60.0)
            except ValueError:
                pass
        ceiling = min(self._max_backoff, self._backoff * 2**attempt)
        return random.uniform(ceiling / 2, ceiling)  # jitter: clients do not retry in step

    def _send(
        self,
        method: str,
        path: str,
        *,
        retry: bool,
        authorised: bool = True,
        headers: Mapping[str, str] | None = None,
        **options: Any,
    ) -> httpx.Response:
        """One call with bounded retries. `retry` is False for a write without an
        idempotency key: a lost answer must not become a second filing."""
        renewed = False
        attempt = 0
        while True:
            sent = dict(headers or {})
            if authorised:
                sent["Authorization"] = f"Bearer {self._access_token()}"
            try:
                response = self._http.request(method, path, headers=sent, **options)
            except httpx.TransportError as error:
                if retry and attempt < self._max_retries:
                    time.sleep(self._delay(attempt, None))
                    attempt += 1
                    continue
                raise UnreachableError(f"{method} {path}: {error}") from error
            if response.status_code == 401 and authorised and not renewed:
                self._access_token(renew=True)  # an expired token: one fresh try
                renewed = True
                continue
            if response.status_code in RETRYABLE_STATUSES:
                if retry and attempt < self._max_retries:
                    time.sleep(self._delay(attempt, response))
                    attempt += 1
                    continue
                raise UnavailableError(*_details(method, path, response))
            if response.status_code == 401 and path == "/v1/auth/token":
                raise AuthenticationError(*_details(method, path, response))
            if response.status_code >= 500:
                raise UnavailableError(*_details(method, path, response))
            if response.status_code >= 400:
                error_type = AuthenticationError if response.status_code == 401 else ProblemError
                raise error_type(*_details(method, path, response))
            return response

    # -- the contract -----------------------------------------------------------------------

    def meta(self) -> dict[str, Any]:
        return dict(self._send("GET", "/v1/meta", retry=True, authorised=False).json())

    def submit(self, envelope: bytes, idempotency_key: str) -> Submission:
        headers = {"Idempotency-Key": idempotency_key, "Content-Type": "application/json"}
        answer = self._send(
            "POST", "/v1/declarations", retry=True, headers=headers, content=envelope
        )
        return Submission.model_validate(answer.json())

    def declaration(self, declaration_id: str) -> DeclarationState:
        answer = self._send("GET", f"/v1/declarations/{declaration_id}", retry=True)
        return DeclarationState.model_validate(answer.json())

    def declarations(self, updated_since: str | None = None) -> list[DeclarationState]:
        found: list[DeclarationState] = []
        cursor: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 500}
            if updated_since:
                params["updatedSince"] = updated_since
            if cursor:
                params["cursor"] = cursor
            page = self._send("GET", "/v1/declarations", retry=True, params=params).json()
            found += [DeclarationState.model_validate(item) for item in page["items"]]
            cursor = page.get("next")
            if not cursor:
                return found

    def events(self, after: int, limit: int = 200, wait: float = 0) -> EventPage:
        params = {"after": after, "limit": limit, "wait": wait}
        answer = self._send("GET", "/v1/events", retry=True, params=params)
        return EventPage.model_validate(answer.json())

    def requests(self, declaration_id: str) -> list[CustomsRequest]:
        answer = self._send("GET", f"/v1/declarations/{declaration_id}/requests", retry=True)
        return [CustomsRequest.model_validate(item) for item in answer.json()]

    def respond(
        self, declaration_id: str, request_id: str, body: bytes, idempotency_key: str
    ) -> dict[str, Any]:
        headers = {"Idempotency-Key": idempotency_key, "Content-Type": "application/json"}
        path = f"/v1/declarations/{declaration_id}/requests/{request_id}/responses"
        return dict(self._send("POST", path, retry=True, headers=headers, content=body).json())

    def withdraw(self, declaration_id: str, version: int, envelope: bytes) -> DeclarationState:
        # Idempotent by its precondition: a repeat after success meets "invalid-state".
        headers = {"If-Match": f'"{version}"', "Content-Type": "application/json"}
        path = f"/v1/declarations/{declaration_id}/withdrawal"
        answer = self._send("POST", path, retry=True, headers=headers, content=envelope)
        return DeclarationState.model_validate(answer.json())

    def upload(self, filename: str, content: bytes, media_type: str) -> UploadedDocument:
        # Not retried: an upload has no idempotency key; a lost answer means a second upload
        # of the same bytes, which the content hash makes harmless but the caller decides.
        answer = self._send(
            "POST", "/v1/documents", retry=False, files={"file": (filename, content, media_type)}
        )
        return UploadedDocument.model_validate(answer.json())

    def document(self, document_id: str) -> bytes:
        return self._send("GET", f"/v1/documents/{document_id}/content", retry=True).content


def _details(
    method: str, path: str, response: httpx.Response
) -> tuple[str, int, dict[str, Any], str | None]:
    try:
        problem = response.json()
    except ValueError:
        problem = {}
    if not isinstance(problem, dict):
        problem = {}
    detail = problem.get("detail") or problem.get("error") or response.reason_phrase
    request_id = response.headers.get("X-Request-Id")
    return (
        f"{method} {path}: {response.status_code} {detail}",
        response.status_code,
        problem,
        request_id,
    )
