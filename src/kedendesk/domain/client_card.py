"""A client's card: what a customs representative (or a declarant filing for itself) keeps
about a company it files for. Its legal form and names, a structured address, contacts, the
contract with the representative, the powers of attorney of the people who may act for it,
the defaults of boxes 8, 9 and 54 and the suppliers it buys from. Papers expire: `expiries`
says which, and how soon."""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from kedendesk.domain.declaration import (
    Address,
    Box,
    CustomsRepresentative,
    Declaration,
    PowerOfAttorney,
)
from kedendesk.domain.lenient import LenientDate

ALERT_DAYS = (30, 7, 1)  # a paper is announced when this many days are left, and when expired


class Contact(Box):
    name: str = ""
    position: str = ""
    phone: str = ""
    email: str = ""


class Contract(Box):
    """The contract between the customs representative and this client (document 11002)."""

    number: str = ""
    date: LenientDate = None
    valid_to: LenientDate = None


class Power(Box):
    """A power of attorney: who (a person, by name and IIN) may act for whom, how long, for
    what. `issued_by` is the company that gave it: the client, or the representative for its
    staff."""

    number: str = ""
    date: LenientDate = None
    valid_to: LenientDate = None
    person: str = ""
    person_iin: str = ""
    issued_by: str = ""
    scope: str = ""  # "customs declaration of goods", as the paper says


class CardDefaults(Box):
    """What a new declaration for this client starts with."""

    consignee_same_as_declarant: bool = False  # box 8
    financial_party_same_as_declarant: bool = False  # box 9
    filled_by_name: str = ""  # box 54: the person who fills it in
    filled_by_position: str = ""
    filled_by_phone: str = ""


class ClientCard(BaseModel):
    """Stored with the client as JSON: a field added later reads as its default."""

    model_config = ConfigDict(extra="ignore", validate_assignment=False)

    legal_form: str = ""  # ТОО, АО, ИП
    name_kk: str = ""
    name_en: str = ""
    address_details: Address = Field(default_factory=Address)
    contacts: list[Contact] = Field(default_factory=list)
    contract: Contract = Field(default_factory=Contract)
    powers: list[Power] = Field(default_factory=list)
    defaults: CardDefaults = Field(default_factory=CardDefaults)
    suppliers: list[str] = Field(default_factory=list)  # box 2 names it buys from

    def power_for(self, day: dt.date, person_iin: str = "") -> Power | None:
        """A power of attorney valid on `day` (of that person, when named), the longest first."""
        valid = [
            p
            for p in self.powers
            if _valid_on(p.date, p.valid_to, day)
            and (not person_iin or p.person_iin.strip() == person_iin)
        ]
        return max(valid, key=lambda p: p.valid_to, default=None)  # type: ignore[arg-type,return-value]


class OurCompany(Box):
    """The customs representative this workspace is (Workspace → Clients → Our company):
    box 54's representative section of every declaration filed for a client with a contract."""

    name: str = ""
    bin: str = ""
    register_entry: str = ""  # in the register of customs representatives


def start_declaration(
    declaration: Declaration, card: ClientCard, ours: OurCompany, today: dt.date
) -> None:
    """A new declaration as the client's card and papers fill it: boxes 8 and 9, the box 54
    person, the structured address; when this workspace is a representative and the client
    has a contract with it, box 54's representative section and the power of attorney valid
    today."""
    defaults = card.defaults
    declaration.consignee_same_as_declarant = defaults.consignee_same_as_declarant
    declaration.financial_party_same_as_declarant = defaults.financial_party_same_as_declarant
    declaration.declarant.address_details = card.address_details.model_copy()
    filled_by = declaration.filled_by
    filled_by.name = defaults.filled_by_name or filled_by.name
    filled_by.position = defaults.filled_by_position or filled_by.position
    filled_by.phone = defaults.filled_by_phone or filled_by.phone
    contract = card.contract
    if not (ours.bin.strip() and contract.number.strip()):
        return
    declaration.representative = CustomsRepresentative(
        name=ours.name,
        bin=ours.bin,
        register_entry=ours.register_entry,
        contract_number=contract.number,
        contract_date=contract.date,
    )
    power = card.power_for(today)
    if power is not None:
        declaration.filled_by.power_of_attorney = PowerOfAttorney(
            name="доверенность", number=power.number, date=power.date, valid_to=power.valid_to
        )
        declaration.filled_by.name = declaration.filled_by.name or power.person


Paper = Literal["contract", "power"]


class Expiry(NamedTuple):
    """A paper that expires soon or has expired: `days_left` below zero once it has."""

    paper: Paper
    number: str
    valid_to: dt.date
    days_left: int


def expiries(card: ClientCard, today: dt.date, within: int = ALERT_DAYS[0]) -> list[Expiry]:
    """The contract and powers of attorney that expire within `within` days or have expired,
    soonest first. A paper without an end date never expires."""
    found = []
    papers: list[tuple[Paper, str, object]] = [
        ("contract", card.contract.number, card.contract.valid_to)
    ]
    papers += [("power", p.number, p.valid_to) for p in card.powers]
    for paper, number, valid_to in papers:
        if not number.strip() or not isinstance(valid_to, dt.date):
            continue
        left = (valid_to - today).days
        if left <= within:
            found.append(Expiry(paper, number, valid_to, left))
    return sorted(found, key=lambda e: e.days_left)


def alert_level(days_left: int) -> int | None:
    """The alert a paper is at: 30, 7 or 1 (days or fewer left), 0 once expired, or None."""
    if days_left < 0:
        return 0
    return min((d for d in ALERT_DAYS if days_left <= d), default=None)


def _valid_on(start: object, end: object, day: dt.date) -> bool:
    if isinstance(start, dt.date) and start > day:
        return False
    return isinstance(end, dt.date) and end >= day
