"""The payload of a declaration: its canonical JSON bytes (RFC 8785), the same every time."""

from __future__ import annotations

import hashlib

import rfc8785

from kedendesk.domain.declaration import Declaration


def canonical_bytes(declaration: Declaration) -> bytes:
    """RFC 8785 bytes of the declaration as on the wire (camelCase, decimals as strings)."""
    return rfc8785.dumps(declaration.model_dump(mode="json", by_alias=True))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
