"""The OpenAPI document in the repository is the app's, and no generated request makes the
gateway fail (a bounded schemathesis run over loopback)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings

from kedendesk.sandbox.openapi import text
from kedendesk.sandbox.server import SandboxServer

ROOT = Path(__file__).resolve().parents[3]
DOCUMENT = ROOT / "docs" / "gateway-openapi.json"


def test_the_openapi_document_in_the_repository_matches_the_app() -> None:
    assert DOCUMENT.read_text(encoding="utf-8") == text(), (
        "run: python -m kedendesk.sandbox.openapi > docs/gateway-openapi.json"
    )


def test_no_generated_request_gets_a_server_error(tmp_path: Path) -> None:
    schema = schemathesis.openapi.from_dict(json.loads(DOCUMENT.read_text(encoding="utf-8")))
    failures: list[tuple[Any, ...]] = []
    calls = 0
    with SandboxServer(tmp_path / "sandbox") as server:
        token = httpx.post(
            f"{server.url}/v1/auth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": "demo-declarant",
                "client_secret": "demo-declarant-secret",
            },
        ).json()["access_token"]
        for result in schema.get_all_operations():
            operation = result.ok()

            @settings(
                max_examples=25,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=operation.as_strategy())
            def call(case: Any) -> None:
                nonlocal calls
                if case.query and "wait" in case.query:
                    case.query["wait"] = min(float(case.query["wait"]), 0.1)  # keep it bounded
                response = case.call(
                    base_url=server.url, headers={"Authorization": f"Bearer {token}"}
                )
                calls += 1
                if response.status_code >= 500:
                    failures.append((case.method, case.formatted_path, response.text[:200]))

            call()
    assert calls > 200
    assert failures == []
