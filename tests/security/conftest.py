"""Attacks on the practice gateway: the same loopback gateway and helpers as its contract
tests, and a CMS builder that writes whatever signing time an attacker likes."""

from __future__ import annotations

import datetime as dt
import hashlib

from asn1crypto import algos, cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from tests.integration.sandbox.conftest import (  # noqa: F401  (fixtures and helpers)
    Practice,
    declaration,
    declare,
    envelope,
    practice,
)


def cms_signed_at(
    data: bytes,
    key: rsa.RSAPrivateKey,
    certificate: x509.Certificate,
    chain: tuple[x509.Certificate, ...],
    signed_at: dt.datetime,
) -> bytes:
    """A detached CMS SignedData over `data` whose signingTime says `signed_at` (an honest
    signer's software writes the clock; an attacker's writes anything)."""
    attributes = cms.CMSAttributes(
        [
            cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
            cms.CMSAttribute(
                {"type": "signing_time", "values": [cms.Time({"utc_time": signed_at})]}
            ),
            cms.CMSAttribute({"type": "message_digest", "values": [hashlib.sha256(data).digest()]}),
        ]
    )
    signature = key.sign(attributes.dump(), padding.PKCS1v15(), hashes.SHA256())
    certificates = [
        asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
        for c in (certificate, *chain)
    ]
    signer = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                        {
                            "issuer": certificates[0].issuer,
                            "serial_number": certificates[0].serial_number,
                        }
                    )
                }
            ),
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
            "signed_attrs": attributes,
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_rsa"}),
            "signature": signature,
        }
    )
    signed = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
            "encap_content_info": {"content_type": "data", "content": None},
            "certificates": certificates,
            "signer_infos": [signer],
        }
    )
    _ = core
    return cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump()
