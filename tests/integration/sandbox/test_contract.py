"""The OpenAPI document in the repository is the app's, and generated requests pass every
schemathesis check (a bounded run over loopback)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import schemathesis
import schemathesis.specs.openapi.checks
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import CHECKS

from kedendesk.sandbox.openapi import text
from kedendesk.sandbox.server import SandboxServer

ROOT = Path(__file__).resolve().parents[3]
DOCUMENT = ROOT / "docs" / "gateway-openapi.json"


def test_the_openapi_document_in_the_repository_matches_the_app() -> None:
    assert DOCUMENT.read_text(encoding="utf-8") == text(), (
        "run: python -m kedendesk.sandbox.openapi > docs/gateway-openapi.json"
    )


# A schema-valid envelope made up by the generator cannot carry a valid signature, so for
# the operations that take one, "valid data is accepted" cannot hold; every other check does.
SIGNED_BODIES = ("/declarations", "/withdrawal", "/responses")


def _exercise(operation: Any, checks: list[Any], url: str, token: str) -> tuple[int, str]:
    """Generated calls of one operation; returns how many, and what failed (or "")."""
    calls = 0

    @settings(
        max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(case=operation.as_strategy())
    def call(case: Any) -> None:
        nonlocal calls
        if case.query and "wait" in case.query:
            case.query["wait"] = min(float(case.query["wait"]), 0.1)  # keep it bounded
        calls += 1
        case.call_and_validate(
            base_url=url, headers={"Authorization": f"Bearer {token}"}, checks=checks
        )

    try:
        call()
    except Exception as error:  # hypothesis raises what it found, shrunk
        return calls, f"{operation.method.upper()} {operation.path}: {error}"[:2000]
    return calls, ""


def test_generated_requests_pass_every_schemathesis_check(tmp_path: Path) -> None:
    """Every schemathesis check (server errors, status codes, content types, headers and
    schemas of answers, negative data rejected, Allow on 405, auth ignored …), bounded:
    40 examples per operation, authenticated."""
    schema = schemathesis.openapi.from_dict(json.loads(DOCUMENT.read_text(encoding="utf-8")))
    every_check = CHECKS.get_all()
    failures: list[str] = []
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
            signed = operation.method.upper() == "POST" and operation.path.endswith(SIGNED_BODIES)
            checks = [
                c for c in every_check if not (signed and c.__name__ == "positive_data_acceptance")
            ]
            made, failure = _exercise(operation, checks, server.url, token)
            calls += made
            if failure:
                failures.append(failure)
    assert failures == [], "\n\n".join(failures)
    assert len(every_check) >= 10
    assert calls > 400
