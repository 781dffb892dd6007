"""Tokens, submission, idempotency, LRNs, signatures and authorisation over real HTTP."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from pathlib import Path

from kedendesk.domain.samples import filed_by_broker
from kedendesk.sandbox.config import SandboxConfig
from kedendesk.sandbox.server import SandboxServer
from kedendesk.signing.canonical import canonical_bytes
from kedendesk.signing.keys import load_pkcs12_bytes
from kedendesk.signing.test_ca import TestAuthority

from .conftest import Practice, declaration, declare, envelope


def test_tokens_and_scopes(practice: Practice) -> None:
    anonymous = practice.anonymous()
    refused = anonymous.post(
        "/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "demo-declarant",
            "client_secret": "wrong",
        },
    )
    assert (refused.status_code, refused.json()) == (401, {"error": "invalid_client"})
    no_token = anonymous.get("/v1/declarations")
    assert no_token.status_code == 401
    assert no_token.headers["content-type"] == "application/problem+json"
    assert no_token.json()["type"] == "unauthorised"
    assert no_token.json()["requestId"] == no_token.headers["X-Request-Id"]
    reader = practice.client(scope="declarations:read")
    answer = declare(reader, declaration("G-1", practice.today()), practice.key())
    assert (answer.status_code, answer.json()["type"]) == (403, "insufficient-scope")
    assert reader.get("/v1/declarations").status_code == 200


def test_a_submission_is_accepted_once_per_key(practice: Practice) -> None:
    client = practice.client()
    document = declaration("G-2026-7", practice.today())
    first = declare(client, document, practice.key(), "one")
    assert first.status_code == 202
    assert first.json()["status"] == "SUBMITTED"
    assert first.headers["Location"] == f"/v1/declarations/{first.json()['declarationId']}"
    again = client.post(
        "/v1/declarations",
        content=first.request.content,
        headers={"Idempotency-Key": "one", "Content-Type": "application/json"},
    )
    assert (again.status_code, again.json()) == (202, first.json())
    document.items[0].description = "changed"
    reused = declare(client, document, practice.key(), "one")
    assert (reused.status_code, reused.json()["type"]) == (422, "idempotency-key-reused")
    conflict = declare(client, document, practice.key(), "two")
    assert (conflict.status_code, conflict.json()["type"]) == (409, "lrn-conflict")
    missing = client.post(
        "/v1/declarations",
        content=first.request.content,
        headers={"Content-Type": "application/json"},
    )
    assert (missing.status_code, missing.json()["type"]) == (400, "idempotency-key-missing")
    (listed,) = client.get("/v1/declarations").json()["items"]
    assert listed["lrn"] == "G-2026-7"


def test_signature_checks_in_the_contract_order(practice: Practice) -> None:
    client = practice.client()
    document = declaration("G-SIG-1", practice.today())
    payload = canonical_bytes(document)
    body = json.loads(envelope(payload, document.lrn, practice.key()))

    tampered = dict(body, payload=dict(body["payload"]))
    changed = bytearray(payload)
    changed[10] ^= 1
    tampered["payload"]["data"] = base64.b64encode(bytes(changed)).decode()
    answer = client.post("/v1/declarations", json=tampered, headers={"Idempotency-Key": "a"})
    assert (answer.status_code, answer.json()["type"]) == (422, "signature-invalid")
    assert "sha256" in answer.json()["detail"]

    stranger = TestAuthority.create("Elsewhere CA")
    foreign_key = load_pkcs12_bytes(
        stranger.issue_pkcs12("p", "АХМЕТОВА АЙГҮЛ", "900215400123", "940140000385"), "p"
    )
    foreign = client.post(
        "/v1/declarations",
        content=envelope(payload, document.lrn, foreign_key),
        headers={"Idempotency-Key": "b", "Content-Type": "application/json"},
    )
    assert (foreign.status_code, foreign.json()["type"]) == (422, "signature-invalid")
    assert "untrusted" in foreign.json()["detail"]

    wrong_lrn = client.post(
        "/v1/declarations",
        content=envelope(payload, "OTHER", practice.key()),
        headers={"Idempotency-Key": "c", "Content-Type": "application/json"},
    )
    assert (wrong_lrn.status_code, wrong_lrn.json()["type"]) == (422, "validation-failed")
    assert wrong_lrn.json()["errors"][0]["pointer"] == "/lrn"

    garbage = client.post(
        "/v1/declarations",
        content=b"{not json",
        headers={"Idempotency-Key": "d", "Content-Type": "application/json"},
    )
    assert (garbage.status_code, garbage.json()["type"]) == (422, "validation-failed")


def test_a_representative_needs_a_power_of_attorney(practice: Practice) -> None:
    broker = practice.client("demo-broker")
    document = filed_by_broker(declaration("G-POA-1", practice.today()))
    accepted = declare(broker, document, practice.key("demo-broker"), role="CUSTOMS_REPRESENTATIVE")
    assert accepted.status_code == 202  # the broker holds the demo declarant's power
    other = declaration("G-POA-2", practice.today())
    other.declarant.id_number = "990140004654"  # the broker itself: fine too
    assert declare(broker, other, practice.key("demo-broker")).status_code == 202
    stranger = filed_by_broker(declaration("G-POA-3", practice.today()))
    stranger.declarant.id_number = "030440012346"  # nobody gave the broker a power
    refused = declare(broker, stranger, practice.key("demo-broker"))
    assert (refused.status_code, refused.json()["type"]) == (403, "signer-not-authorised")
    # The declarant's own account cannot see what the broker filed: 404, not 403.
    declarant = practice.client("demo-declarant")
    found = declarant.get(f"/v1/declarations/{accepted.json()['declarationId']}")
    assert (found.status_code, found.json()["type"]) == (404, "not-found")


def test_a_representative_signs_only_with_its_papers_on_the_declaration(
    practice: Practice,
) -> None:
    """The broker holds the client's power at the gateway, but a declaration that does not say
    who represents whom, under which contract and power, is refused with each paper named."""
    broker = practice.client("demo-broker")
    bare = declaration("G-REP-1", practice.today())  # box 54's representative section empty
    refused = declare(broker, bare, practice.key("demo-broker"), role="CUSTOMS_REPRESENTATIVE")
    assert (refused.status_code, refused.json()["type"]) == (422, "representation-incomplete")
    codes = {e["code"]: e["pointer"] for e in refused.json()["errors"]}
    assert codes == {
        "representative-missing": "/representative/bin",
        "register-entry-missing": "/representative/register_entry",
        "contract-missing": "/representative/contract_number",
        "power-of-attorney-missing": "/filled_by/power_of_attorney/number",
    }
    expired = filed_by_broker(declaration("G-REP-2", practice.today()))
    expired.filled_by.power_of_attorney.valid_to = practice.today() - dt.timedelta(days=1)
    for item in expired.items:
        item.documents = [d for d in item.documents if d.type_code != "11002"]
    refused = declare(broker, expired, practice.key("demo-broker"))
    assert {e["code"] for e in refused.json()["errors"]} == {
        "power-of-attorney-expired",
        "contract-not-in-44",
    }


def test_registration_numbers_have_the_national_form(practice: Practice) -> None:
    client = practice.client()
    ids = [
        declare(client, declaration(f"N-REG-{n}", practice.today()), practice.key()).json()[
            "declarationId"
        ]
        for n in range(3)
    ]
    practice.server.gateway.advance(__import__("datetime").timedelta(minutes=5))
    numbers = [client.get(f"/v1/declarations/{i}").json()["registrationNumber"] for i in ids]
    day = practice.server.gateway.now().strftime("%d%m%y")
    assert all(re.fullmatch(rf"55205/{day}/\d{{7}}", n) for n in numbers)
    serials = [int(n.rsplit("/", 1)[1]) for n in numbers]
    assert serials == sorted(serials) and len(set(serials)) == 3


def test_meta_and_the_envelope_as_filed(practice: Practice) -> None:
    meta = practice.anonymous().get("/v1/meta").json()
    assert meta["signatureFormats"] == ["CMS_DETACHED"]
    assert meta["referenceData"]["tariff"].startswith("ett-2022-")  # the official pack
    assert "practice-2026.1" in meta["referenceData"]["tariffs"]
    assert meta["limits"]["maxItems"] == 999
    client = practice.client()
    answer = declare(client, declaration("N-V-1", practice.today()), practice.key())
    declaration_id = answer.json()["declarationId"]
    filed = client.get(f"/v1/declarations/{declaration_id}/versions/1").json()
    assert filed["envelope"] == json.loads(answer.request.content)  # kept as received
    missing = client.get(f"/v1/declarations/{declaration_id}/versions/2")
    assert (missing.status_code, missing.json()["type"]) == (404, "not-found")


def test_too_many_requests_and_maintenance_are_problems_with_retry_after(
    tmp_path: Path,
) -> None:
    with SandboxServer(tmp_path / "s", SandboxConfig(requests_per_second=3)) as server:
        practice = Practice(server, tmp_path / "s")
        client = practice.client()
        statuses = [client.get("/v1/declarations").status_code for _ in range(8)]
        assert 429 in statuses
        limited = client.get("/v1/declarations")
        if limited.status_code == 429:
            assert limited.json()["type"] == "rate-limited"
            assert limited.headers["Retry-After"] == "1"
        server.gateway.unavailable_for = 30
        down = client.get("/v1/declarations")
        assert (down.status_code, down.json()["type"]) == (503, "gateway-unavailable")
        assert down.headers["Retry-After"] == "30"
        server.gateway.unavailable_for = 0
        practice.close()
