"""Password-protected PKCS#12 key files, as the national certification authority issues them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from kedendesk.signing.certificates import CertificateInfo
from kedendesk.signing.errors import KeyProblem, KeyUnusableError

SigningKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
# OID arcs of GOST algorithms: Russian (1.2.643) and Kazakh (1.2.398.3.10), DER-encoded.
_GOST_OID_MARKERS = (bytes.fromhex("2a8503"), bytes.fromhex("2a820e030a"))
_GOST_FILE_PREFIXES = ("GOSTKNCA_", "GOST512_")


@dataclass(frozen=True)
class LoadedKey:
    private_key: SigningKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]

    @property
    def info(self) -> CertificateInfo:
        return CertificateInfo.of(self.certificate)


def _looks_like_gost(path: Path, data: bytes) -> bool:
    if path.name.upper().startswith(_GOST_FILE_PREFIXES):
        return True
    return any(marker in data for marker in _GOST_OID_MARKERS)


def load_pkcs12(path: Path, password: str) -> LoadedKey:
    """The key and certificate of a .p12 file; KeyUnusableError says what is wrong."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise KeyUnusableError(KeyProblem.DAMAGED, str(error)) from error
    return load_pkcs12_bytes(data, password, path)


def load_pkcs12_bytes(data: bytes, password: str, path: Path = Path("key.p12")) -> LoadedKey:
    try:
        asn1_pkcs12.Pfx.load(data).native  # noqa: B018  (parse it whole: is it PKCS#12 at all?)
    except (ValueError, TypeError) as error:
        raise KeyUnusableError(KeyProblem.DAMAGED) from error
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, password.encode())
    except UnsupportedAlgorithm as error:
        if _looks_like_gost(path, data):
            raise KeyUnusableError(KeyProblem.GOST) from error
        raise KeyUnusableError(KeyProblem.UNSUPPORTED, str(error)) from error
    except ValueError as error:
        if _looks_like_gost(path, data):
            raise KeyUnusableError(KeyProblem.GOST) from error
        raise KeyUnusableError(KeyProblem.WRONG_PASSWORD) from error
    if key is None or certificate is None:
        raise KeyUnusableError(KeyProblem.NO_KEY)
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise KeyUnusableError(KeyProblem.UNSUPPORTED, type(key).__name__.removeprefix("_"))
    return LoadedKey(key, certificate, tuple(chain))
