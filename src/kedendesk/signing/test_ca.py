"""A test certification authority: issues PKCS#12 keys whose subjects read like the national
CA's (IIN in serialNumber, BIN in OU), for tests, demos and the practice gateway. Never for
real declarations: its root is trusted only by the sandbox and the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from kedendesk.signing.keys import SigningKey

ROOT_NAME = "Kedendesk Test CA (not for real declarations)"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _usage(*, sign: bool = False, encipher: bool = False, certify: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=sign,
        key_encipherment=encipher,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=certify,
        crl_sign=certify,
        encipher_only=False,
        decipher_only=False,
    )


def new_key(kind: str = "rsa") -> SigningKey:
    if kind == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass(frozen=True)
class TestAuthority:
    __test__: ClassVar[bool] = False  # a test CA, not a test case: pytest, do not collect it

    key: SigningKey
    certificate: x509.Certificate

    @classmethod
    def create(cls, name: str = ROOT_NAME, years: int = 10) -> TestAuthority:
        key = new_key("ec")
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, name),
                x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
            ]
        )
        now = _now()
        certificate = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365 * years))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_usage(certify=True), critical=True)
            .sign(key, hashes.SHA256())
        )
        return cls(key, certificate)

    @classmethod
    def from_pem(cls, key_pem: bytes, certificate_pem: bytes) -> TestAuthority:
        key = serialization.load_pem_private_key(key_pem, password=None)
        assert isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey)
        return cls(key, x509.load_pem_x509_certificate(certificate_pem))

    def key_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    def certificate_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def issue(
        self,
        name: str,
        iin: str,
        bin: str = "",
        organisation: str = "",
        *,
        kind: str = "rsa",
        valid_from: dt.datetime | None = None,
        valid_to: dt.datetime | None = None,
        for_signing: bool = True,
        key: SigningKey | None = None,
    ) -> tuple[SigningKey, x509.Certificate]:
        """A key and its certificate with the subject the national CA would write."""
        key = key or new_key(kind)
        attributes = [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{iin}"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
        ]
        if organisation:
            attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
        if bin:
            attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"BIN{bin}"))
        now = _now()
        start = valid_from or now - dt.timedelta(days=1)
        end = valid_to or now + dt.timedelta(days=365)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(x509.Name(attributes))
            .issuer_name(self.certificate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(sign=for_signing, encipher=not for_signing), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
            )
            .sign(self.key, hashes.SHA256())
        )
        return key, certificate

    def issue_pkcs12(
        self, password: str, name: str, iin: str, bin: str = "", **options: object
    ) -> bytes:
        """A password-protected .p12 file's bytes, with the CA certificate in its chain."""
        key, certificate = self.issue(name, iin, bin, **options)  # type: ignore[arg-type]
        return pkcs12.serialize_key_and_certificates(
            name.encode(),
            key,
            certificate,
            [self.certificate],
            serialization.BestAvailableEncryption(password.encode()),
        )
