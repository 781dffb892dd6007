"""The signing interface: the rest of the app asks a Signer for a detached CMS signature.

A software key (PKCS#12, RSA or EC) signs here. A signer backed by the national signing agent
(NCALayer, for GOST keys and hardware tokens) implements the same two methods by sending the
bytes over its WebSocket and returning its CMS; nothing else changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from cryptography import x509

from kedendesk.signing.cms import sign_detached
from kedendesk.signing.keys import LoadedKey


class Signer(Protocol):
    def certificate(self) -> x509.Certificate: ...

    def sign(self, data: bytes) -> bytes:
        """Detached CMS SignedData (DER) over exactly `data`, signer certificate included."""
        ...


class SoftwareSigner:
    """Signs with a key loaded from a PKCS#12 file; refuses an unusable certificate."""

    def __init__(self, key: LoadedKey) -> None:
        self._key = key

    def certificate(self) -> x509.Certificate:
        return self._key.certificate

    def sign(self, data: bytes) -> bytes:
        self._key.info.check_usable(dt.datetime.now(dt.UTC))
        return sign_detached(data, self._key.private_key, self._key.certificate, self._key.chain)
