"""The practice gateway's configuration: accounts, powers of attorney, clock, limits."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

SCOPES = ("declarations:write", "declarations:read", "events:read", "documents:write")
DEMO_PASSWORD = "demo"  # of the demo keys the sandbox issues on first start


class _Config(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")


class Account(_Config):
    """An OAuth client: a company (declarant or customs representative) using the gateway."""

    client_id: str
    client_secret: str
    name: str
    bin: str
    scopes: list[str] = Field(default_factory=lambda: list(SCOPES))
    signer: str = ""  # who signs for it: a demo key is issued in this name on first start
    signer_iin: str = ""


class PowerOfAttorney(_Config):
    number: str
    representative_bin: str
    declarant_bin: str
    valid_from: dt.date
    valid_to: dt.date


def _demo_accounts() -> list[Account]:
    return [
        Account(
            client_id="demo-declarant",
            client_secret="demo-declarant-secret",
            name="ТОО «Алатау Трейд»",
            bin="940140000385",
            signer="АХМЕТОВА АЙГҮЛ",
            signer_iin="900215400123",
        ),
        Account(
            client_id="demo-broker",
            client_secret="demo-broker-secret",
            name="ТОО «Кеден Брокер»",
            bin="990140004654",
            signer="ЖҰМАБАЕВ АЙДОС",
            signer_iin="880101300123",
        ),
    ]


def _demo_powers() -> list[PowerOfAttorney]:
    return [
        PowerOfAttorney(
            number="ДОВ-2026/001",
            representative_bin="990140004654",
            declarant_bin="940140000385",
            valid_from=dt.date(2026, 1, 1),
            valid_to=dt.date(2027, 12, 31),
        )
    ]


class SandboxConfig(_Config):
    gateway: str = "Kedendesk practice gateway"
    office: str = "55205"  # customs office code in registration numbers
    time_scale: float = 60.0  # simulated seconds per real second
    seed: int = 2026  # the risk engine's random selection
    token_seconds: int = 3600
    feed_retention: int = 10_000  # events kept per account; older cursors get 410
    max_wait_seconds: int = 30
    max_document_bytes: int = 10 * 1024 * 1024
    # A signed 999-item declaration is about 1.4 MiB as an envelope; 8 MiB leaves room.
    max_body_bytes: int = 8 * 1024 * 1024
    requests_per_second: int = 2_000  # per token; beyond it 429 with Retry-After
    accounts: list[Account] = Field(default_factory=_demo_accounts)
    powers_of_attorney: list[PowerOfAttorney] = Field(default_factory=_demo_powers)

    @classmethod
    def load(cls, path: Path) -> SandboxConfig:
        return cls.model_validate(json.loads(path.read_text(encoding="utf-8")))

    def account(self, client_id: str) -> Account | None:
        return next((a for a in self.accounts if a.client_id == client_id), None)

    def may_act_for(self, signer_ids: set[str], declarant: str, day: dt.date) -> bool:
        """The signer is the declarant, or a representative holding its power of attorney."""
        if declarant in signer_ids:
            return True
        return any(
            p.declarant_bin == declarant
            and p.representative_bin in signer_ids
            and p.valid_from <= day <= p.valid_to
            for p in self.powers_of_attorney
        )
