"""What a signing certificate says about its owner, the way the national CA writes it.

The NCA puts the IIN in the subject's serialNumber ("IIN…") and the BIN in OU ("BIN…")
(reference §7, prefixes unconfirmed): both are read with or without the prefix.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.x509.oid import NameOID

from kedendesk.signing.errors import KeyProblem, KeyUnusableError


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def _digits_after(prefix: str, text: str) -> str:
    value = text.strip()
    if value.upper().startswith(prefix):
        value = value[len(prefix) :]
    return value if value.isdigit() else ""


@dataclass(frozen=True)
class CertificateInfo:
    owner: str  # common name: "ЖҰМАБАЕВ АЙДОС" or the organisation's name
    iin: str
    bin: str
    organisation: str
    issuer: str
    serial: str  # hex
    not_before: dt.datetime  # UTC
    not_after: dt.datetime
    digital_signature: bool
    non_repudiation: bool
    algorithm: str  # "RSA 2048", "EC secp256r1"

    @classmethod
    def of(cls, certificate: x509.Certificate) -> CertificateInfo:
        subject = certificate.subject
        try:
            usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
            signing, non_repudiation = usage.digital_signature, usage.content_commitment
        except x509.ExtensionNotFound:
            signing, non_repudiation = True, True  # no restriction stated
        key = certificate.public_key()
        size = getattr(key, "key_size", 0)
        curve = getattr(getattr(key, "curve", None), "name", "")
        algorithm = f"EC {curve}" if curve else f"RSA {size}"
        return cls(
            owner=_attribute(subject, NameOID.COMMON_NAME),
            iin=_digits_after("IIN", _attribute(subject, NameOID.SERIAL_NUMBER)),
            bin=_digits_after("BIN", _attribute(subject, NameOID.ORGANIZATIONAL_UNIT_NAME)),
            organisation=_attribute(subject, NameOID.ORGANIZATION_NAME),
            issuer=_attribute(certificate.issuer, NameOID.COMMON_NAME),
            serial=format(certificate.serial_number, "x"),
            not_before=certificate.not_valid_before_utc,
            not_after=certificate.not_valid_after_utc,
            digital_signature=signing,
            non_repudiation=non_repudiation,
            algorithm=algorithm,
        )

    def check_usable(self, at: dt.datetime) -> None:
        """Refuse to sign with a certificate that is out of date or not made for signing."""
        if at < self.not_before:
            raise KeyUnusableError(KeyProblem.NOT_YET_VALID, self.not_before.date().isoformat())
        if at > self.not_after:
            raise KeyUnusableError(KeyProblem.EXPIRED, self.not_after.date().isoformat())
        if not (self.digital_signature or self.non_repudiation):
            raise KeyUnusableError(KeyProblem.NOT_FOR_SIGNING)
