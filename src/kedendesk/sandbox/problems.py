"""RFC 9457 problem documents: a stable type, a status, words for people, and errors[]."""

from __future__ import annotations

from typing import Any

TITLES = {
    "validation-failed": "The request is not valid",
    "idempotency-key-missing": "Idempotency-Key header required",
    "idempotency-key-reused": "This Idempotency-Key was used with a different body",
    "lrn-conflict": "The declarant already used this LRN for a different declaration",
    "version-mismatch": "The declaration changed since you read it",
    "precondition-required": "If-Match header required",
    "invalid-state": "Not possible in the declaration's current status",
    "signature-invalid": "The signature does not verify",
    "signer-not-authorised": "The signer may not act for this declarant",
    "representation-incomplete": "A customs representative signs only with its papers",
    "not-found": "Not found",
    "cursor-expired": "The cursor is older than the feed keeps",
    "rate-limited": "Too many requests",
    "gateway-unavailable": "The gateway is unavailable",
    "unauthorised": "A valid access token is required",
    "insufficient-scope": "The token's scopes do not allow this",
    "too-large": "The request is larger than the gateway takes",
}
STATUSES = {
    "validation-failed": 422,
    "idempotency-key-missing": 400,
    "idempotency-key-reused": 422,
    "lrn-conflict": 409,
    "version-mismatch": 412,
    "precondition-required": 428,
    "invalid-state": 409,
    "signature-invalid": 422,
    "signer-not-authorised": 403,
    "representation-incomplete": 422,
    "not-found": 404,
    "cursor-expired": 410,
    "rate-limited": 429,
    "gateway-unavailable": 503,
    "unauthorised": 401,
    "insufficient-scope": 403,
    "too-large": 413,
}
MEDIA_TYPE = "application/problem+json"


class ProblemError(Exception):
    def __init__(
        self,
        kind: str,
        detail: str = "",
        *,
        errors: list[dict[str, Any]] | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail or kind)
        self.kind = kind
        self.status = STATUSES[kind]
        self.detail = detail
        self.errors = errors or []
        self.extra = extra or {}
        self.headers = headers or {}

    def document(self, request_id: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": self.kind,
            "title": TITLES[self.kind],
            "status": self.status,
            "detail": self.detail or TITLES[self.kind],
            "requestId": request_id,
        }
        if self.errors:
            body["errors"] = self.errors
        body.update(self.extra)
        return body
