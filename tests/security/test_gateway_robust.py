"""What a client sends cannot stop or confuse the gateway: a poison declaration, LRNs that
are not LRNs, and a document whose name is not ASCII."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx

from kedendesk.sandbox.server import SandboxServer
from kedendesk.signing.canonical import canonical_bytes
from tests.security.conftest import Practice, declaration, declare, envelope


def test_a_poison_declaration_stops_nobody_and_a_restart_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "sandbox"
    server = SandboxServer(folder, time_scale=60).start()
    practice = Practice(server, folder)
    try:
        client = practice.client()
        key = practice.key()
        poison = declaration("G-2026-999001", practice.today())
        poison.items[0].price = "9" * 30
        honest = declaration("G-2026-999002", practice.today())
        poisoned = declare(client, poison, key).json()["declarationId"]
        fine = declare(client, honest, key).json()["declarationId"]
        server.gateway.advance(dt.timedelta(hours=1))
        assert client.get(f"/v1/declarations/{poisoned}").json()["status"] == "REJECTED"
        assert client.get(f"/v1/declarations/{fine}").json()["status"] == "RELEASED"
        after = declare(client, declaration("G-2026-999003", practice.today()), key).json()
    finally:
        practice.close()
        server.stop()
    restarted = SandboxServer(folder, time_scale=60).start()  # a restart: the clock goes on
    again = Practice(restarted, folder)
    try:
        restarted.gateway.advance(dt.timedelta(hours=1))
        state = again.client().get(f"/v1/declarations/{after['declarationId']}").json()
        assert state["status"] == "RELEASED"
    finally:
        again.close()
        restarted.stop()


def test_lrns_that_are_not_lrns_are_refused_before_any_work(practice: Practice) -> None:
    client = practice.client()
    key = practice.key()
    for lrn in ("A" * 100_000, "KD-1\x00", "KD-1\r\nX-Evil: 1", "KD\u202e-1", "KD 1", ""):
        document = declaration("G-2026-000001", practice.today())
        document.lrn = lrn
        body = envelope(canonical_bytes(document), lrn, key)
        answer = client.post(
            "/v1/declarations",
            content=body,
            headers={
                "Content-Type": "application/json",
                "Idempotency-Key": f"lrn-{len(lrn)}-{lrn[:3]!r}",
            },
        )
        assert answer.status_code == 422, (lrn[:20], answer.text[:200])
        assert answer.json()["errors"][0]["pointer"] == "/lrn"


def test_a_document_with_a_cyrillic_name_downloads_under_its_name(practice: Practice) -> None:
    client = practice.client()
    name = "счёт-фактура №1.pdf"
    uploaded = client.post(
        "/v1/documents", files={"file": (name, b"%PDF-1.4 invoice", "application/pdf")}
    )
    assert uploaded.status_code in (200, 201), uploaded.text
    document_id = uploaded.json()["id"]
    answer = client.get(f"/v1/documents/{document_id}/content")
    assert answer.status_code == 200 and answer.content == b"%PDF-1.4 invoice"
    disposition = answer.headers["content-disposition"]
    assert "filename*=UTF-8''%D1%81%D1%87%D1%91%D1%82" in disposition
    assert httpx.QueryParams(f"n={disposition.split(chr(39) * 2, 1)[1]}")["n"] == name
