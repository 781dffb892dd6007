"""The core loop's services against a practice gateway on loopback, shared by the
integration tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kedendesk.gateway.client import GatewayClient
from kedendesk.sandbox.authority import demo_key_path
from kedendesk.sandbox.config import DEMO_PASSWORD
from kedendesk.sandbox.server import SandboxServer
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.services.workspace import Workspace


class Loop:
    def __init__(self, workspace: Workspace, server: SandboxServer, folder: Path) -> None:
        self.server = server
        self.drafts = DraftService(workspace)
        self.checking = CheckingService(workspace)
        self.signing = SigningService(workspace, self.checking)
        self.submission = SubmissionService(workspace, self.signing, "practice")
        self.client = GatewayClient(server.url, "demo-declarant", lambda: "demo-declarant-secret")
        self.key = self.signing.add_key(demo_key_path(folder, "demo-declarant"), DEMO_PASSWORD)
        self.checking.put_rates(practice_rates(self.today()))
        self.client_id = self.drafts.add_client("ТОО «Алатау Трейд»", "940140000385").id

    def today(self) -> dt.date:
        return self.server.gateway.now().date()

    def draft_and_sign(self, lrn: str) -> int:
        declaration = practice_declaration(lrn, self.today())
        self.checking.apply_calculation(declaration)
        assert self.checking.check(declaration).errors == 0
        declaration_id = self.drafts.create(self.client_id, declaration)
        self.signing.sign(declaration_id, self.key.id, DEMO_PASSWORD)
        return declaration_id

    def run(self, simulated: dt.timedelta = dt.timedelta(0)) -> None:
        self.submission.drain(self.client)
        if simulated:
            self.server.gateway.advance(simulated)
        self.submission.follow(self.client)

    def status(self, declaration_id: int) -> tuple[str, str | None]:
        row = self.drafts.row(declaration_id)
        corridor = row.corridor
        return row.status, corridor


@pytest.fixture
def loop(workspace: Workspace, tmp_path: Path) -> Iterator[Loop]:
    with SandboxServer(tmp_path / "sandbox") as server:
        running = Loop(workspace, server, tmp_path / "sandbox")
        yield running
        running.client.close()
