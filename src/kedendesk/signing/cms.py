"""Detached CMS signatures (SHA-256, signer certificate included) and their verification.

Signing uses `cryptography`, always with the Binary option: without it line ends become CRLF
before hashing and the signature no longer covers the raw bytes. `cryptography` cannot verify
CMS, so verification parses the SignedData with `asn1crypto` and checks, in order: the
message digest against the bytes, the signature over the signed attributes, the signing time
against the moment of the check, and the certificate path to a trusted root, valid at that
moment (signing/paths.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms as asn1_cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7

from kedendesk.signing.certificates import CertificateInfo
from kedendesk.signing.errors import SignatureError, SignatureProblem
from kedendesk.signing.keys import SigningKey
from kedendesk.signing.paths import validate_path


def sign_detached(
    data: bytes,
    key: SigningKey,
    certificate: x509.Certificate,
    chain: tuple[x509.Certificate, ...] = (),
) -> bytes:
    """DER of a detached CMS SignedData over exactly `data`."""
    builder = (
        pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(certificate, key, hashes.SHA256())
    )
    for extra in chain:
        builder = builder.add_certificate(extra)
    return builder.sign(
        serialization.Encoding.DER,
        [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary],
    )


@dataclass(frozen=True)
class VerifiedSignature:
    signer: CertificateInfo
    certificate: x509.Certificate
    signed_at: dt.datetime | None  # the signing-time attribute, UTC


def _fail(problem: SignatureProblem, detail: str = "") -> SignatureError:
    return SignatureError(problem, detail)


def _signed_data(signature: bytes) -> asn1_cms.SignedData:
    try:
        content_info = asn1_cms.ContentInfo.load(signature, strict=True)  # no trailing bytes
        if content_info["content_type"].native != "signed_data":
            raise _fail(SignatureProblem.MALFORMED, "not SignedData")
        signed = content_info["content"]
    except (ValueError, TypeError, KeyError) as error:
        raise _fail(SignatureProblem.MALFORMED, str(error)) from error
    assert isinstance(signed, asn1_cms.SignedData)
    return signed


def _certificates(signed: asn1_cms.SignedData) -> list[x509.Certificate]:
    found = []
    for choice in signed["certificates"] or []:
        if choice.name != "certificate":
            continue
        # A signature BIT STRING has no unused bits; cryptography would read one that claims
        # some as the same bytes, so a changed byte there would pass unnoticed.
        if choice.chosen["signature_value"].contents[:1] != b"\x00":
            raise _fail(SignatureProblem.MALFORMED, "certificate signature bits")
        found.append(x509.load_der_x509_certificate(choice.chosen.dump()))
    return found


def _verify_with(public_key: object, signature: bytes, data: bytes) -> None:
    if isinstance(public_key, rsa.RSAPublicKey):
        public_key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    elif isinstance(public_key, ec.EllipticCurvePublicKey):
        public_key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    else:
        raise InvalidSignature("unsupported key")


_SIGNATURE_ALGORITHMS = frozenset({"rsassa_pkcs1v15", "sha256_rsa", "sha256_ecdsa"})
# What parsing untrusted DER may raise, in asn1crypto and cryptography: all mean "malformed".
_UNREADABLE = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    OverflowError,
    x509.InvalidVersion,
    UnsupportedAlgorithm,
)
Parts = tuple[x509.Certificate, list[x509.Certificate], dict[str, Any], bytes, bytes]


def _parts(signed: asn1_cms.SignedData) -> Parts:
    """The signer's certificate, all certificates, the signed attributes, the bytes the
    signature covers and the signature value; raises on anything that is not one signer."""
    # Strict about the unsigned parts too: a changed byte anywhere is refused, not ignored.
    if signed["version"].native != "v1":
        raise _fail(SignatureProblem.MALFORMED, "SignedData version")
    if [a["algorithm"].native for a in signed["digest_algorithms"]] != ["sha256"]:
        raise _fail(SignatureProblem.MALFORMED, "digest algorithms")
    if signed["encap_content_info"]["content_type"].native != "data":
        raise _fail(SignatureProblem.MALFORMED, "content type")
    signer_infos = signed["signer_infos"]
    if len(signer_infos) != 1:
        raise _fail(SignatureProblem.MALFORMED, f"{len(signer_infos)} signers")
    info = signer_infos[0]
    sid = info["sid"]
    if info["version"].native != "v1" or sid.name != "issuer_and_serial_number":
        raise _fail(SignatureProblem.MALFORMED, "signer not identified by issuer and serial")
    serial = sid.chosen["serial_number"].native
    issuer = sid.chosen["issuer"].dump()
    certificates = _certificates(signed)
    signer = next(
        (
            c
            for c in certificates
            if c.serial_number == serial and c.issuer.public_bytes() == issuer
        ),
        None,
    )
    if signer is None:
        raise _fail(SignatureProblem.MALFORMED, "signer certificate not included")
    if info["digest_algorithm"]["algorithm"].native != "sha256":
        raise _fail(SignatureProblem.MALFORMED, "digest is not SHA-256")
    if info["signature_algorithm"]["algorithm"].native not in _SIGNATURE_ALGORITHMS:
        raise _fail(SignatureProblem.MALFORMED, "signature algorithm")
    identifiers = [
        *signed["digest_algorithms"],
        info["digest_algorithm"],
        info["signature_algorithm"],
    ]
    if any(identifier["parameters"].native is not None for identifier in identifiers):
        raise _fail(SignatureProblem.MALFORMED, "algorithm parameters")  # NULL or absent only
    attributes = info["signed_attrs"]
    if not attributes:
        raise _fail(SignatureProblem.MALFORMED, "no signed attributes")
    values = {attribute["type"].native: attribute["values"][0] for attribute in attributes}
    # The signature covers the attributes DER-encoded as a SET (tag 0x31), not as the [0]
    # IMPLICIT field they are stored in.
    signed_bytes = b"\x31" + attributes.dump()[1:]
    return signer, certificates, values, signed_bytes, info["signature"].native


# How far a signing time may be from the moment of the check: a declaration signed offline
# may wait in the outbox for days; one "signed" tomorrow or a year ago is not believed.
MAX_SIGNING_AGE = dt.timedelta(days=30)
MAX_CLOCK_SKEW = dt.timedelta(minutes=10)


def verify_detached(
    data: bytes,
    signature: bytes,
    trusted_roots: list[x509.Certificate],
    now: dt.datetime | None = None,
) -> VerifiedSignature:
    """Check a detached CMS signature over `data` at the moment `now` (the gateway's receipt
    time; default: the clock); SignatureError says what does not hold."""
    try:
        return _verify(data, signature, trusted_roots, now or dt.datetime.now(dt.UTC))
    except _UNREADABLE as error:
        # Parsing is lazy in both libraries: a broken certificate name may only show here.
        raise _fail(SignatureProblem.MALFORMED, str(error)) from error


def _verify(
    data: bytes,
    signature: bytes,
    trusted_roots: list[x509.Certificate],
    now: dt.datetime,
) -> VerifiedSignature:
    try:
        signer, certificates, values, signed_bytes, value = _parts(_signed_data(signature))
        digest = values.get("message_digest")
        digest_value = digest.native if digest is not None else None
        signing_time = values.get("signing_time")
        signed_at = signing_time.native if signing_time is not None else None
    except _UNREADABLE as error:
        raise _fail(SignatureProblem.MALFORMED, str(error)) from error
    if digest_value != hashlib.sha256(data).digest():
        raise _fail(SignatureProblem.DIGEST_MISMATCH)
    try:
        _verify_with(signer.public_key(), value, signed_bytes)
    except (InvalidSignature, ValueError) as error:
        raise _fail(SignatureProblem.SIGNATURE_INVALID) from error

    if signed_at is not None and not (now - MAX_SIGNING_AGE <= signed_at <= now + MAX_CLOCK_SKEW):
        raise _fail(
            SignatureProblem.SIGNING_TIME,
            f"signed at {signed_at.isoformat()}, checked at {now.isoformat()}",
        )
    others = [c for c in certificates if c != signer]
    validate_path(signer, others, trusted_roots, now)  # validity at `now`, not at signed_at
    return VerifiedSignature(CertificateInfo.of(signer), signer, signed_at)
