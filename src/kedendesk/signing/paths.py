"""Certificate path validation as a CA does it, for the client and the gateway alike.

Built on `cryptography`'s X.509 verification API (RFC 5280 path building in its Rust core,
already a dependency) rather than more hand-written chain code: every issuer must be a CA
(basicConstraints CA, its path length respected, keyCertSign), the signer must not be a CA
and must hold a signing key usage (digitalSignature or nonRepudiation: the national CA marks
signing keys apart from authentication keys, which carry keyEncipherment only), and every
certificate must be valid at the moment given, which is the gateway's receipt time, never
the signing time a signer wrote. Until round 2 only "directly issued by" was checked, so an
end-entity key could mint a certificate with another company's BIN.
"""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.x509.verification import (
    Criticality,
    ExtensionPolicy,
    PolicyBuilder,
    Store,
    VerificationError,
)

from kedendesk.signing.errors import SignatureError, SignatureProblem

MAX_DEPTH = 4  # root, at most two intermediates, the signer


def _signing_key_usage(_policy: object, _certificate: object, usage: x509.KeyUsage | None) -> None:
    if usage is None or not (usage.digital_signature or usage.content_commitment):
        raise ValueError("not a signing key (an authentication key?)")


def _not_a_ca(
    _policy: object, _certificate: object, constraints: x509.BasicConstraints | None
) -> None:
    if constraints is not None and constraints.ca:
        raise ValueError("a CA certificate cannot sign declarations")


_SIGNER_POLICY = (
    ExtensionPolicy.permit_all()
    .require_present(x509.KeyUsage, Criticality.AGNOSTIC, _signing_key_usage)
    .may_be_present(x509.BasicConstraints, Criticality.AGNOSTIC, _not_a_ca)
)
_CA_POLICY = ExtensionPolicy.webpki_defaults_ca()


def validate_path(
    signer: x509.Certificate,
    intermediates: list[x509.Certificate],
    roots: list[x509.Certificate],
    at: dt.datetime,
) -> list[x509.Certificate]:
    """The path from the signer to a trusted root (signer first); SignatureError says why
    there is none: UNTRUSTED, CERTIFICATE_NOT_VALID at `at`, or NOT_A_SIGNING_KEY."""
    if not roots:
        raise SignatureError(SignatureProblem.UNTRUSTED, "no trusted root")
    for certificate in (signer, *intermediates):
        valid = certificate.not_valid_before_utc <= at <= certificate.not_valid_after_utc
        if not valid and (certificate is signer or _issues(certificate, signer, intermediates)):
            raise SignatureError(
                SignatureProblem.CERTIFICATE_NOT_VALID,
                f"{certificate.subject.rfc4514_string()} at {at.isoformat()}",
            )
    verifier = (
        PolicyBuilder()
        .store(Store(roots))
        .time(at)
        .max_chain_depth(MAX_DEPTH)
        .extension_policies(ca_policy=_CA_POLICY, ee_policy=_SIGNER_POLICY)
        .build_client_verifier()
    )
    try:
        verified = verifier.verify(signer, intermediates)
    except VerificationError as error:
        text = str(error)
        if "not a signing key" in text or "cannot sign" in text:
            raise SignatureError(SignatureProblem.NOT_A_SIGNING_KEY, text) from error
        if "validation time" in text or "expired" in text:
            raise SignatureError(SignatureProblem.CERTIFICATE_NOT_VALID, text) from error
        raise SignatureError(SignatureProblem.UNTRUSTED, text) from error
    return list(verified.chain)


def _issues(
    certificate: x509.Certificate, signer: x509.Certificate, pool: list[x509.Certificate]
) -> bool:
    """Whether `certificate` is on the signer's way up (an unrelated extra is not blamed)."""
    current = signer
    for _ in range(MAX_DEPTH):
        if current.issuer == certificate.subject:
            return True
        parents = [c for c in pool if c.subject == current.issuer and c is not current]
        if not parents:
            return False
        current = parents[0]
    return False
