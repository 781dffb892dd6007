"""One account cannot use another's signed envelope: a takeover is refused and its replay
reveals nothing (round 1 registered the declaration to the intruder and, on a replay, told
it the owner's declarationId)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kedendesk.domain.samples import filed_by_broker
from kedendesk.sandbox.config import Account, SandboxConfig, _demo_accounts, _demo_powers
from kedendesk.sandbox.server import SandboxServer
from kedendesk.signing.canonical import canonical_bytes
from tests.security.conftest import Practice, declaration, envelope

INTRUDER = Account(
    client_id="intruder",
    client_secret="intruder-secret",
    name="ТОО «Чужой»",
    bin="050140000001",
    signer="ЧУЖОЙ ЧЕЛОВЕК",
    signer_iin="880101300123",
)


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[Practice]:
    config = SandboxConfig(
        accounts=[*_demo_accounts(), INTRUDER], powers_of_attorney=_demo_powers()
    )
    server = SandboxServer(tmp_path / "sandbox", config, time_scale=60).start()
    running = Practice(server, tmp_path / "sandbox")
    yield running
    running.close()
    server.stop()


def _token(practice: Practice, client_id: str, secret: str) -> httpx.Client:
    client = practice.anonymous()
    answer = client.post(
        "/v1/auth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    client.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
    return client


def _file(client: httpx.Client, body: str, key: str) -> httpx.Response:
    return client.post(
        "/v1/declarations",
        content=body,
        headers={"Content-Type": "application/json", "Idempotency-Key": key},
    )


def test_another_account_cannot_file_the_owners_envelope(gateway: Practice) -> None:
    owner_key = gateway.key("demo-declarant")
    document = declaration("G-2026-888001", gateway.today())
    body = envelope(canonical_bytes(document), document.lrn, owner_key)
    intruder = _token(gateway, "intruder", "intruder-secret")

    first = _file(intruder, body, "steal-1")  # the intruder got hold of the signed envelope
    assert first.status_code == 403
    assert "declarationId" not in first.text

    owner = gateway.client("demo-declarant")
    filed = _file(owner, body, "owner-1")
    assert filed.status_code == 202
    owners_id = filed.json()["declarationId"]

    replay = _file(intruder, body, "steal-2")  # after the owner filed it
    assert replay.status_code == 403
    assert owners_id not in replay.text and "lrn" not in replay.json().get("detail", "").lower()
    assert intruder.get(f"/v1/declarations/{owners_id}").status_code == 404
    assert owner.get(f"/v1/declarations/{owners_id}").json()["status"] == "SUBMITTED"


def test_a_representative_with_a_power_of_attorney_still_files(gateway: Practice) -> None:
    document = filed_by_broker(declaration("G-2026-888002", gateway.today()))
    body = envelope(
        canonical_bytes(document),
        document.lrn,
        gateway.key("demo-broker"),
        role="CUSTOMS_REPRESENTATIVE",
    )
    assert _file(gateway.client("demo-broker"), body, "broker-1").status_code == 202
