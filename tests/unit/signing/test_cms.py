"""Detached CMS: what is signed verifies, and every tampering or wrong trust is refused."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kedendesk.domain.declaration import Declaration
from kedendesk.services.demo import practice_declaration
from kedendesk.signing.canonical import canonical_bytes
from kedendesk.signing.cms import sign_detached, verify_detached
from kedendesk.signing.errors import SignatureError, SignatureProblem
from kedendesk.signing.keys import LoadedKey, load_pkcs12_bytes
from kedendesk.signing.test_ca import TestAuthority

from .conftest import BIN, IIN, OWNER, PASSWORD

DAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def key(authority: TestAuthority) -> LoadedKey:
    return load_pkcs12_bytes(authority.issue_pkcs12(PASSWORD, OWNER, IIN, BIN), PASSWORD)


@pytest.fixture(scope="module")
def payload() -> bytes:
    return canonical_bytes(practice_declaration("KD-2026-000001", DAY))


@pytest.mark.parametrize("kind", ["rsa", "ec"])
def test_a_signature_verifies_and_names_its_signer(
    authority: TestAuthority, payload: bytes, kind: str
) -> None:
    key = load_pkcs12_bytes(authority.issue_pkcs12(PASSWORD, OWNER, IIN, BIN, kind=kind), PASSWORD)
    signature = sign_detached(payload, key.private_key, key.certificate, key.chain)
    verified = verify_detached(payload, signature, [authority.certificate])
    assert (verified.signer.owner, verified.signer.iin, verified.signer.bin) == (OWNER, IIN, BIN)
    assert verified.signed_at is not None
    assert abs(verified.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_line_ends_are_signed_as_they_are(authority: TestAuthority, key: LoadedKey) -> None:
    data = b'{"a":"line\nnext"}\n'  # without the Binary option \n would become \r\n first
    signature = sign_detached(data, key.private_key, key.certificate)
    verify_detached(data, signature, [authority.certificate])
    with pytest.raises(SignatureError):
        verify_detached(data.replace(b"\n", b"\r\n"), signature, [authority.certificate])


@settings(max_examples=25, deadline=None)
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_a_changed_byte_of_the_payload_is_refused(
    authority: TestAuthority, key: LoadedKey, payload: bytes, position: int, bit: int
) -> None:
    signature = sign_detached(payload, key.private_key, key.certificate)
    changed = bytearray(payload)
    changed[position % len(payload)] ^= 1 << bit
    with pytest.raises(SignatureError) as raised:
        verify_detached(bytes(changed), signature, [authority.certificate])
    assert raised.value.problem is SignatureProblem.DIGEST_MISMATCH


def test_a_changed_byte_of_the_signature_is_refused(
    authority: TestAuthority, key: LoadedKey, payload: bytes
) -> None:
    signature = sign_detached(payload, key.private_key, key.certificate)
    refused = 0
    for position in range(len(signature)):
        changed = bytearray(signature)
        changed[position] ^= 0x01
        try:
            verify_detached(payload, bytes(changed), [authority.certificate])
        except SignatureError:
            refused += 1
    # Every single-bit change is refused: as malformed, a wrong digest or signature, or an
    # untrusted certificate, never accepted.
    assert refused == len(signature)
    tail = bytearray(signature)
    tail[-5] ^= 0x01  # inside the signature value itself
    with pytest.raises(SignatureError) as raised:
        verify_detached(payload, bytes(tail), [authority.certificate])
    assert raised.value.problem is SignatureProblem.SIGNATURE_INVALID


def test_a_certificate_from_another_ca_is_refused(
    authority: TestAuthority, other_authority: TestAuthority, payload: bytes
) -> None:
    stranger = load_pkcs12_bytes(other_authority.issue_pkcs12(PASSWORD, OWNER, IIN, BIN), PASSWORD)
    signature = sign_detached(payload, stranger.private_key, stranger.certificate, stranger.chain)
    with pytest.raises(SignatureError) as raised:
        verify_detached(payload, signature, [authority.certificate])
    assert raised.value.problem is SignatureProblem.UNTRUSTED


def test_a_signature_made_with_an_expired_certificate_is_refused(
    authority: TestAuthority, payload: bytes
) -> None:
    now = dt.datetime.now(dt.UTC)
    expired = load_pkcs12_bytes(
        authority.issue_pkcs12(
            PASSWORD,
            OWNER,
            IIN,
            valid_from=now - dt.timedelta(days=400),
            valid_to=now - dt.timedelta(days=1),
        ),
        PASSWORD,
    )
    # The signer refuses such a key; a signature made anyway is refused by the verifier.
    signature = sign_detached(payload, expired.private_key, expired.certificate)
    with pytest.raises(SignatureError) as raised:
        verify_detached(payload, signature, [authority.certificate])
    assert raised.value.problem is SignatureProblem.CERTIFICATE_NOT_VALID


def test_not_a_signature_at_all(authority: TestAuthority, payload: bytes) -> None:
    with pytest.raises(SignatureError) as raised:
        verify_detached(payload, b"\x30\x03\x02\x01\x01", [authority.certificate])
    assert raised.value.problem is SignatureProblem.MALFORMED


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_agrees_the_signature_is_good(
    authority: TestAuthority, key: LoadedKey, payload: bytes, tmp_path: Path
) -> None:
    signature = sign_detached(payload, key.private_key, key.certificate, key.chain)
    (tmp_path / "payload.json").write_bytes(payload)
    (tmp_path / "signature.der").write_bytes(signature)
    (tmp_path / "root.pem").write_bytes(authority.certificate_pem())

    def openssl_verify(content: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                str(tmp_path / "signature.der"),
                "-content",
                str(tmp_path / content),
                "-CAfile",
                str(tmp_path / "root.pem"),
                "-purpose",
                "any",
                "-out",
                "/dev/null",
            ],
            capture_output=True,
            text=True,
            check=False,
        )

    good = openssl_verify("payload.json")
    assert good.returncode == 0, good.stderr
    assert "Verification successful" in good.stderr
    (tmp_path / "changed.json").write_bytes(payload.replace(b"KD-2026", b"KD-2027"))
    assert openssl_verify("changed.json").returncode != 0


def test_the_same_declaration_always_gives_the_same_bytes() -> None:
    first = practice_declaration("KD-1", DAY)
    reordered = Declaration.model_validate_json(
        first.model_dump_json(by_alias=True)
    )  # a round trip through JSON, as a reopened draft
    assert canonical_bytes(first) == canonical_bytes(reordered)
    data = canonical_bytes(first)
    assert b" " not in data.split(b'"description"')[0][:50]  # no insignificant whitespace
    assert data.startswith(b'{"border')  # keys sorted as RFC 8785 sorts them
    first.items[0].price = "50400.0"
    assert canonical_bytes(first) != data  # a different value is different bytes
