"""Models of the gateway contract (design/gateway-api-v1.md) shared by client and sandbox.

Requests forbid unknown fields; what the gateway answers tolerates them, so a newer gateway
does not break an older client.
"""

from __future__ import annotations

import base64
from typing import Literal

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
