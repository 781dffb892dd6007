"""Models of the gateway contract (design/gateway-api-v1.md) shared by client and sandbox.

Requests forbid unknown fields; what the gateway answers tolerates them, so a newer gateway
does not break an older client.
"""

from __future__ import annotations

import base64
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

Kind = Literal["DECLARE", "WITHDRAW", "RESPOND"]
Role = Literal["DECLARANT", "CUSTOMS_REPRESENTATIVE"]


class Request(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")


class Payload(Request):
    media_type: str
    data: str  # base64 of the exact bytes
    sha256: str  # hex

    def raw(self) -> bytes:
        return base64.b64decode(self.data, validate=True)


class Signature(Request):
    format: Literal["CMS_DETACHED"] = "CMS_DETACHED"
    value: str  # base64 DER SignedData with the signer certificate
    role: Role

    def raw(self) -> bytes:
        return base64.b64decode(self.value, validate=True)


class SignedEnvelope(Request):
    kind: Kind
    lrn: str
    payload: Payload
    signatures: list[Signature] = Field(min_length=1)

    @classmethod
    def of(
        cls,
        kind: Kind,
        lrn: str,
        media_type: str,
        payload: bytes,
        sha256: str,
        signature: bytes,
        role: Role,
    ) -> SignedEnvelope:
        return cls(
            kind=kind,
            lrn=lrn,
            payload=Payload(
                media_type=media_type, data=base64.b64encode(payload).decode(), sha256=sha256
            ),
            signatures=[Signature(value=base64.b64encode(signature).decode(), role=role)],
        )


# -- what a withdrawal and an answer to customs sign ---------------------------------------

WITHDRAWAL_MEDIA_TYPE = "application/vnd.kedendesk.withdrawal+json;v=1"
RESPONSE_MEDIA_TYPE = "application/vnd.kedendesk.response+json;v=1"


class WithdrawalPayload(Request):
    """The signed bytes of a withdrawal: which declaration, at which version. The gateway
    refuses it for any other declaration or version."""

    kind: Literal["WITHDRAW"] = "WITHDRAW"
    declaration_id: str
    version: int


class ResponsePayload(Request):
    """The signed bytes of an answer to a customs request: the request, each document's
    SHA-256 in the order sent, and the text. The gateway compares each with what came."""

    kind: Literal["RESPOND"] = "RESPOND"
    declaration_id: str
    request_id: str
    documents: list[str] = Field(default_factory=list)
    text: str = ""


# -- what the gateway answers -------------------------------------------------------------


class Response(BaseModel):
    """What the gateway answers: unknown fields are tolerated (a newer gateway is fine)."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="ignore")


class Submission(Response):
    declaration_id: str
    submission_id: str
    status: str


class DeclarationState(Response):
    id: str
    lrn: str
    status: str
    corridor: str | None = None
    registration_number: str | None = None
    version: int = 1
    submitted_at: str | None = None
    updated_at: str | None = None
    release_by: str | None = None
    decision: dict[str, Any] | None = None
    open_requests: int = 0


class Event(Response):
    id: str
    seq: int
    type: str
    occurred_at: str
    declaration_id: str
    lrn: str = ""
    registration_number: str | None = None
    declaration_version: int = 1
    status: str = ""
    data: dict[str, Any] = {}
    native: dict[str, Any] = {}


class EventPage(Response):
    events: list[Event]
    next: int
    has_more: bool = False


class CustomsRequest(Response):
    id: str
    kind: str
    status: str
    text: str = ""
    opened_at: str = ""


class UploadedDocument(Response):
    id: str
    sha256: str
    size: int
