"""Demo data for a new workspace: a client, practice rates, a complete declaration, a key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kedendesk.domain.samples import (
    DEMO_CLIENT,
    PRACTICE_RATES,
    practice_declaration,
    practice_rates,
    sample_declaration,
)
from kedendesk.services.checking import CheckingService
from kedendesk.services.drafts import DraftService
from kedendesk.signing.test_ca import TestAuthority

__all__ = [
    "DEMO_CLIENT",
    "PRACTICE_RATES",
    "practice_declaration",
    "practice_rates",
    "sample_declaration",
    "seed_demo",
    "write_demo_key",
]

DEMO_SIGNER = ("АХМЕТОВА АЙГҮЛ", "900215400123")


def write_demo_key(path: Path, password: str) -> Path:
    """A practice signing key for the demo declarant, issued by a fresh test CA: for demos
    and screenshots, trusted by nothing real."""
    name, iin = DEMO_SIGNER
    path.write_bytes(TestAuthority.create().issue_pkcs12(password, name, iin, DEMO_CLIENT[1]))
    return path


def seed_demo(drafts: DraftService, checking: CheckingService) -> bool:
    """On a workspace's first start: a demo client, practice rates and a complete declaration
    (never on a team server: the team's real work starts there)."""
    if drafts.workspace.shared or drafts.clients():
        return False
    today = dt.date.today()
    checking.put_rates(practice_rates(today))
    name, id_number, address = DEMO_CLIENT
    client = drafts.add_client(name, id_number, address)
    declaration = practice_declaration(drafts.next_lrn(), today)
    checking.apply_calculation(declaration)
    drafts.create(client.id, declaration)
    return True
