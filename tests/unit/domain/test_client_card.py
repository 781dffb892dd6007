"""A client's card: papers that expire are announced at 30, 7 and 1 days and once expired; a
new declaration for a client of a representative carries the contract and the power valid on
the day, and its goods items list the contract in box 44."""

from __future__ import annotations

import datetime as dt

import pytest

from kedendesk.domain.autofill import new_item
from kedendesk.domain.client_card import (
    ClientCard,
    Contract,
    OurCompany,
    Power,
    alert_level,
    expiries,
    start_declaration,
)
from kedendesk.domain.declaration import Declaration, Party
from kedendesk.domain.representation import missing_for_representative

TODAY = dt.date(2026, 12, 1)
BROKER = OurCompany(name="ТОО «Кеден Брокер»", bin="990140004654", register_entry="0005/1")


def _card(power_to: dt.date, contract_to: dt.date | None = None) -> ClientCard:
    return ClientCard(
        contract=Contract(number="ДОГ-17", date=dt.date(2026, 1, 10), valid_to=contract_to),
        powers=[
            Power(number="old", date=dt.date(2025, 1, 1), valid_to=dt.date(2025, 12, 31)),
            Power(number="ДОВ-1", date=dt.date(2026, 1, 1), valid_to=power_to, person="Жұмабаев"),
        ],
    )


@pytest.mark.parametrize(
    ("days", "level"), [(31, None), (30, 30), (8, 30), (7, 7), (2, 7), (1, 1), (0, 1), (-1, 0)]
)
def test_alert_levels(days: int, level: int | None) -> None:
    assert alert_level(days) == level


def test_papers_expiring_within_30_days_or_expired_soonest_first() -> None:
    card = _card(TODAY + dt.timedelta(days=5), contract_to=TODAY + dt.timedelta(days=20))
    found = [(e.paper, e.number, e.days_left) for e in expiries(card, TODAY)]
    assert found == [("power", "old", -335), ("power", "ДОВ-1", 5), ("contract", "ДОГ-17", 20)]
    assert expiries(_card(TODAY + dt.timedelta(days=90)), TODAY)[0].number == "old"
    assert [e.number for e in expiries(ClientCard(), TODAY)] == []  # no papers, nothing due


def test_a_new_declaration_carries_the_contract_and_todays_power() -> None:
    declaration = Declaration(declarant=Party(name="ТОО «Алатау Трейд»", id_number="940140000385"))
    start_declaration(declaration, _card(dt.date(2027, 12, 31)), BROKER, TODAY)
    representative = declaration.representative
    assert (representative.bin, representative.contract_number) == ("990140004654", "ДОГ-17")
    power = declaration.filled_by.power_of_attorney
    assert (power.number, power.valid_to) == ("ДОВ-1", dt.date(2027, 12, 31))  # not the old one
    assert declaration.filled_by.name == "Жұмабаев"
    item = new_item(declaration)
    assert [(d.type_code, d.number) for d in item.documents] == [("11002", "ДОГ-17")]
    declaration.items = [item]
    assert missing_for_representative(declaration, {"990140004654"}, TODAY) == ()


def test_without_our_company_or_a_contract_nothing_of_a_representative_is_filled() -> None:
    declaration = Declaration()
    start_declaration(declaration, _card(dt.date(2027, 12, 31)), OurCompany(), TODAY)
    assert not declaration.filed_by_representative()
    assert new_item(declaration).documents == []


def test_an_expired_power_or_contract_blocks_the_representatives_signature() -> None:
    declaration = Declaration(declarant=Party(id_number="940140000385"))
    start_declaration(declaration, _card(dt.date(2027, 12, 31)), BROKER, TODAY)
    declaration.items = [new_item(declaration)]
    later = dt.date(2028, 1, 1)
    codes = [m.code for m in missing_for_representative(declaration, {"990140004654"}, later)]
    assert codes == ["power-of-attorney-expired"]
    declaration.items[0].documents[0].valid_to = TODAY - dt.timedelta(days=1)
    codes = [m.code for m in missing_for_representative(declaration, {"990140004654"}, TODAY)]
    assert codes == ["contract-expired"]
