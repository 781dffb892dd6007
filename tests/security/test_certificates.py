"""Who may sign: a certificate path as a CA validates it, checked at the gateway's receipt
time, and only signing keys (round 1 let all three of these through to registration)."""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from kedendesk.domain.declaration import MEDIA_TYPE, Party
from kedendesk.gateway.contract import SignedEnvelope
from kedendesk.signing.canonical import canonical_bytes, sha256_hex
from kedendesk.signing.cms import sign_detached
from kedendesk.signing.test_ca import new_key
from tests.security.conftest import Practice, cms_signed_at, declaration

VICTIM_BIN = "940140000385"  # ТОО «Алатау Трейд», the demo declarant


def _post(practice: Practice, client_id: str, body: str, key: str) -> dict[str, object]:
    answer = practice.client(client_id).post(
        "/v1/declarations",
        content=body,
        headers={"Content-Type": "application/json", "Idempotency-Key": key},
    )
    return {**answer.json(), "http": answer.status_code}


def _envelope(payload: bytes, lrn: str, signature: bytes) -> str:
    built = SignedEnvelope.of(
        "DECLARE", lrn, MEDIA_TYPE, payload, sha256_hex(payload), signature, "DECLARANT"
    )
    return built.model_dump_json(by_alias=True)


def test_an_end_entity_key_cannot_mint_a_certificate_for_another_company(
    practice: Practice,
) -> None:
    """The broker's own signing key issues a "certificate" naming the declarant's BIN and
    signs a declaration for that BIN with it."""
    attacker = practice.key("demo-broker")
    forged_key = new_key()
    forged = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(x509.NameOID.COMMON_NAME, "ПОДДЕЛЬНЫЙ ДИРЕКТОР"),
                    x509.NameAttribute(x509.NameOID.SERIAL_NUMBER, "IIN880101300123"),
                    x509.NameAttribute(x509.NameOID.ORGANIZATIONAL_UNIT_NAME, f"BIN{VICTIM_BIN}"),
                ]
            )
        )
        .issuer_name(attacker.certificate.subject)
        .public_key(forged_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
        .not_valid_after(dt.datetime.now(dt.UTC) + dt.timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(attacker.private_key, hashes.SHA256())  # type: ignore[arg-type]
    )
    document = declaration("G-2026-777001", practice.today())
    document.declarant = Party(name="ТОО «Алатау Трейд»", id_number=VICTIM_BIN, country_code="KZ")
    payload = canonical_bytes(document)
    signature = sign_detached(payload, forged_key, forged, (attacker.certificate, *attacker.chain))
    answer = _post(practice, "demo-broker", _envelope(payload, document.lrn, signature), "forged")
    assert answer["http"] == 422 and str(answer["type"]).endswith("signature-invalid")
    assert "untrusted" in str(answer["detail"])
    assert "declarationId" not in answer


def test_an_expired_certificate_with_a_backdated_signing_time_is_refused(
    practice: Practice,
) -> None:
    now = dt.datetime.now(dt.UTC)
    key, certificate = practice.server.gateway.authority.issue(
        "АХМЕТОВА АЙГҮЛ",
        "900215400123",
        VICTIM_BIN,
        valid_from=now - dt.timedelta(days=400),
        valid_to=now - dt.timedelta(days=20),
    )
    document = declaration("G-2026-777002", practice.today())
    payload = canonical_bytes(document)
    chain = (practice.server.gateway.authority.certificate,)
    for signed_at in (now - dt.timedelta(days=25), now - dt.timedelta(days=40)):
        signature = cms_signed_at(payload, key, certificate, chain, signed_at)  # type: ignore[arg-type]
        answer = _post(
            practice, "demo-declarant", _envelope(payload, document.lrn, signature), str(signed_at)
        )
        assert answer["http"] == 422, answer
        assert "certificate-not-valid" in str(answer["detail"]) or "signing-time" in str(
            answer["detail"]
        )


def test_an_authentication_only_key_cannot_sign(practice: Practice) -> None:
    key, certificate = practice.server.gateway.authority.issue(
        "АХМЕТОВА АЙГҮЛ", "900215400123", VICTIM_BIN, for_signing=False
    )
    document = declaration("G-2026-777003", practice.today())
    payload = canonical_bytes(document)
    signature = sign_detached(
        payload, key, certificate, (practice.server.gateway.authority.certificate,)
    )
    answer = _post(practice, "demo-declarant", _envelope(payload, document.lrn, signature), "auth")
    assert answer["http"] == 422 and "not-a-signing-key" in str(answer["detail"])


def test_a_signing_time_in_the_future_is_refused(practice: Practice) -> None:
    key, certificate = practice.server.gateway.authority.issue(
        "АХМЕТОВА АЙГҮЛ", "900215400123", VICTIM_BIN
    )
    document = declaration("G-2026-777004", practice.today())
    payload = canonical_bytes(document)
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    signature = cms_signed_at(
        payload,
        key,
        certificate,
        (practice.server.gateway.authority.certificate,),
        tomorrow,  # type: ignore[arg-type]
    )
    answer = _post(practice, "demo-declarant", _envelope(payload, document.lrn, signature), "fut")
    assert answer["http"] == 422 and "signing-time" in str(answer["detail"])


def test_an_honest_signature_still_registers(practice: Practice) -> None:
    key = practice.key("demo-declarant")
    document = declaration("G-2026-777005", practice.today())
    payload = canonical_bytes(document)
    signature = cms_signed_at(
        payload,
        key.private_key,  # type: ignore[arg-type]
        key.certificate,
        key.chain,
        dt.datetime.now(dt.UTC) - dt.timedelta(hours=3),  # signed offline, sent later
    )
    answer = _post(practice, "demo-declarant", _envelope(payload, document.lrn, signature), "ok")
    assert answer["http"] == 202, answer
