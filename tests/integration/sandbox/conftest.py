"""A practice gateway on a loopback port per test, demo keys, and signed envelopes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from kedendesk.domain.checks import check
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import MEDIA_TYPE, Declaration
from kedendesk.domain.payments import apply_calculation
from kedendesk.domain.rates import RateTable
from kedendesk.domain.samples import practice_declaration, practice_rates
from kedendesk.gateway.contract import Kind, Role, SignedEnvelope
from kedendesk.sandbox.authority import demo_key_path
from kedendesk.sandbox.config import DEMO_PASSWORD
from kedendesk.sandbox.server import SandboxServer
from kedendesk.signing.canonical import canonical_bytes, sha256_hex
from kedendesk.signing.cms import sign_detached
from kedendesk.signing.keys import LoadedKey, load_pkcs12

SECRETS = {"demo-declarant": "demo-declarant-secret", "demo-broker": "demo-broker-secret"}


@dataclass
class Practice:
    server: SandboxServer
    folder: Path
    clients: list[httpx.Client] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url

    def key(self, client_id: str = "demo-declarant") -> LoadedKey:
        return load_pkcs12(demo_key_path(self.folder, client_id), DEMO_PASSWORD)

    def client(self, client_id: str = "demo-declarant", scope: str = "") -> httpx.Client:
        client = self.anonymous()
        data = {
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": SECRETS[client_id],
        }
        if scope:
            data["scope"] = scope
        token = client.post("/v1/auth/token", data=data).json()["access_token"]
        client.headers["Authorization"] = f"Bearer {token}"
        return client

    def anonymous(self) -> httpx.Client:
        client = httpx.Client(base_url=self.url, timeout=40)
        self.clients.append(client)
        return client

    def close(self) -> None:
        for client in self.clients:
            client.close()

    def today(self) -> dt.date:
        return self.server.gateway.now().date()


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[Practice]:
    server = SandboxServer(tmp_path / "sandbox", time_scale=60).start()
    running = Practice(server, tmp_path / "sandbox")
    yield running
    running.close()
    server.stop()


def declaration(lrn: str, day: dt.date) -> Declaration:
    """The complete practice declaration, checked and calculated for `day`."""
    result = practice_declaration(lrn, day)
    context = Context.practice(RateTable(practice_rates(day)), today=day)
    apply_calculation(result, check(result, context).calculation)
    return result


def envelope(
    payload: bytes, lrn: str, key: LoadedKey, kind: Kind = "DECLARE", role: Role = "DECLARANT"
) -> str:
    signature = sign_detached(payload, key.private_key, key.certificate, key.chain)
    built = SignedEnvelope.of(kind, lrn, MEDIA_TYPE, payload, sha256_hex(payload), signature, role)
    return built.model_dump_json(by_alias=True)


def declare(
    client: httpx.Client,
    document: Declaration,
    key: LoadedKey,
    idempotency_key: str | None = None,
    role: Role = "DECLARANT",
) -> httpx.Response:
    body = envelope(canonical_bytes(document), document.lrn, key, role=role)
    headers = {"Content-Type": "application/json"}
    headers["Idempotency-Key"] = idempotency_key or f"key-{document.lrn}"
    return client.post("/v1/declarations", content=body, headers=headers)
