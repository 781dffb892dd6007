"""Key files: each way a .p12 can fail has its own problem; certificates read like the NCA's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import pkcs12

from kedendesk.signing.errors import KeyProblem, KeyUnusableError
from kedendesk.signing.keys import load_pkcs12
from kedendesk.signing.test_ca import TestAuthority

from .conftest import BIN, IIN, OWNER, PASSWORD

NOW = dt.datetime.now(dt.UTC)


def _write(tmp_path: Path, data: bytes, name: str = "RSA256_test.p12") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind", ["rsa", "ec"])
def test_a_key_opens_with_its_password_and_reads_like_the_national_ca(
    authority: TestAuthority, tmp_path: Path, kind: str
) -> None:
    data = authority.issue_pkcs12(
        PASSWORD, OWNER, IIN, BIN, organisation="ТОО «Алатау Трейд»", kind=kind
    )
    key = load_pkcs12(_write(tmp_path, data), PASSWORD)
    info = key.info
    assert (info.owner, info.iin, info.bin) == (OWNER, IIN, BIN)
    assert info.organisation == "ТОО «Алатау Трейд»"
    assert info.issuer == "Kedendesk Test CA (not for real declarations)"
    assert info.algorithm.startswith("RSA 2048" if kind == "rsa" else "EC secp256r1")
    assert info.digital_signature and info.non_repudiation
    assert key.chain == (authority.certificate,)
    info.check_usable(NOW)


def test_a_wrong_password_says_so(authority: TestAuthority, tmp_path: Path) -> None:
    path = _write(tmp_path, authority.issue_pkcs12(PASSWORD, OWNER, IIN))
    with pytest.raises(KeyUnusableError) as raised:
        load_pkcs12(path, "qwerty-123")
    assert raised.value.problem is KeyProblem.WRONG_PASSWORD


@pytest.mark.parametrize("damage", ["cut", "noise", "missing"])
def test_a_damaged_file_says_so(authority: TestAuthority, tmp_path: Path, damage: str) -> None:
    data = authority.issue_pkcs12(PASSWORD, OWNER, IIN)
    path = tmp_path / "key.p12"
    if damage == "cut":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "noise":
        path.write_bytes(b"PK\x03\x04 this is a zip, not a key" * 20)
    with pytest.raises(KeyUnusableError) as raised:
        load_pkcs12(path, PASSWORD)
    assert raised.value.problem is KeyProblem.DAMAGED


def test_a_gost_key_points_to_the_national_signing_agent(
    authority: TestAuthority, tmp_path: Path
) -> None:
    # What cryptography cannot open, named the way the NCA names GOST keys.
    data = authority.issue_pkcs12(PASSWORD, OWNER, IIN)
    path = _write(tmp_path, data, "GOSTKNCA_0123456789abcdef.p12")
    with pytest.raises(KeyUnusableError) as raised:
        load_pkcs12(path, "whatever the user typed")
    assert raised.value.problem is KeyProblem.GOST


def test_an_algorithm_we_cannot_sign_with_is_named(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    authority = TestAuthority.create()
    _, certificate = authority.issue(OWNER, IIN, key=key)  # type: ignore[arg-type]
    data = pkcs12.serialize_key_and_certificates(
        b"ed", key, certificate, None, serialization.BestAvailableEncryption(PASSWORD.encode())
    )
    with pytest.raises(KeyUnusableError) as raised:
        load_pkcs12(_write(tmp_path, data), PASSWORD)
    assert raised.value.problem is KeyProblem.UNSUPPORTED
    assert "Ed25519" in raised.value.detail


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        (
            {"valid_to": NOW - dt.timedelta(days=1), "valid_from": NOW - dt.timedelta(days=400)},
            KeyProblem.EXPIRED,
        ),
        ({"valid_from": NOW + dt.timedelta(days=3)}, KeyProblem.NOT_YET_VALID),
        ({"for_signing": False}, KeyProblem.NOT_FOR_SIGNING),
    ],
)
def test_a_certificate_not_fit_for_signing_is_refused(
    authority: TestAuthority, tmp_path: Path, options: dict[str, object], problem: KeyProblem
) -> None:
    key = load_pkcs12(
        _write(tmp_path, authority.issue_pkcs12(PASSWORD, OWNER, IIN, **options)), PASSWORD
    )
    with pytest.raises(KeyUnusableError) as raised:
        key.info.check_usable(NOW)
    assert raised.value.problem is problem
