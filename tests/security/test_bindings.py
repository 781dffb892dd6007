"""A signature authorises exactly what it says: a withdrawal of one declaration at one
version, an answer with these documents and this text (round 1 took a DECLARE envelope as a
withdrawal, withdrew B with a withdrawal signed for A, and never compared an answer's
documents and text with what was signed)."""

from __future__ import annotations

import datetime as dt
import json

import httpx

from kedendesk.gateway.contract import ResponsePayload, WithdrawalPayload
from kedendesk.signing.canonical import canonical_bytes, canonical_json
from tests.security.conftest import Practice, declaration, declare, envelope


def _filed(practice: Practice, client: httpx.Client, lrn: str) -> tuple[str, bytes]:
    document = declaration(lrn, practice.today())
    answer = declare(client, document, practice.key())
    assert answer.status_code == 202, answer.text
    return str(answer.json()["declarationId"]), canonical_bytes(document)


def _version(client: httpx.Client, declaration_id: str) -> str:
    return client.get(f"/v1/declarations/{declaration_id}").headers["ETag"]


def _withdraw(client: httpx.Client, declaration_id: str, body: str) -> httpx.Response:
    return client.post(
        f"/v1/declarations/{declaration_id}/withdrawal",
        content=body,
        headers={"Content-Type": "application/json", "If-Match": _version(client, declaration_id)},
    )


def test_a_declare_envelope_is_no_withdrawal(practice: Practice) -> None:
    client = practice.client()
    target, payload = _filed(practice, client, "W-2026-000301")
    practice.server.gateway.advance(dt.timedelta(minutes=5))
    declare_envelope = envelope(payload, "W-2026-000301", practice.key())  # kind DECLARE
    answer = _withdraw(client, target, declare_envelope)
    assert answer.status_code == 422 and "kind must be WITHDRAW" in answer.text
    assert client.get(f"/v1/declarations/{target}").json()["status"] == "UNDER_CONTROL"


def test_a_withdrawal_signed_for_one_declaration_withdraws_no_other(practice: Practice) -> None:
    client = practice.client()
    first, _ = _filed(practice, client, "W-2026-000302")
    second, _ = _filed(practice, client, "W-2026-000303")
    practice.server.gateway.advance(dt.timedelta(minutes=5))
    version = int(_version(client, first).strip('"'))
    signed = WithdrawalPayload(declaration_id=first, version=version).model_dump(by_alias=True)
    body = envelope(canonical_json(signed), "W-2026-000302", practice.key(), kind="WITHDRAW")
    answer = _withdraw(client, second, body)
    assert answer.status_code == 422 and "another declaration" in answer.text
    assert client.get(f"/v1/declarations/{second}").json()["status"] == "UNDER_CONTROL"
    assert _withdraw(client, first, body).json()["status"] == "WITHDRAWN"  # its own: yes


def test_an_answer_with_other_documents_or_text_than_signed_is_refused(practice: Practice) -> None:
    client = practice.client()
    target, _ = _filed(practice, client, "YD-2026-000304")
    practice.server.gateway.advance(dt.timedelta(hours=1))
    (request,) = client.get(f"/v1/declarations/{target}/requests").json()
    contract = client.post(
        "/v1/documents", files={"file": ("contract.pdf", b"%PDF the contract", "application/pdf")}
    ).json()
    other = client.post(
        "/v1/documents", files={"file": ("other.pdf", b"%PDF something else", "application/pdf")}
    ).json()
    signed = ResponsePayload(
        declaration_id=target,
        request_id=request["id"],
        documents=[contract["sha256"]],
        text="Договор прилагаем",
    )
    body = envelope(
        canonical_json(signed.model_dump(by_alias=True)),
        "YD-2026-000304",
        practice.key(),
        kind="RESPOND",
    )
    url = f"/v1/declarations/{target}/requests/{request['id']}/responses"
    for number, (documents, text) in enumerate(
        (([other["id"]], "Договор прилагаем"), ([contract["id"]], "Ничего не прилагаем"))
    ):
        answer = client.post(
            url,
            json={"envelope": json_of(body), "documents": documents, "text": text},
            headers={"Idempotency-Key": f"swap-{number}"},
        )
        assert answer.status_code == 422 and "differs from what was signed" in answer.text
    assert client.get(f"/v1/declarations/{target}").json()["status"] == "AWAITING_DECLARANT"
    honest = client.post(
        url,
        json={
            "envelope": json_of(body),
            "documents": [contract["id"]],
            "text": "Договор прилагаем",
        },
        headers={"Idempotency-Key": "honest"},
    )
    assert honest.status_code == 200, honest.text


def json_of(body: str) -> object:
    return json.loads(body)
