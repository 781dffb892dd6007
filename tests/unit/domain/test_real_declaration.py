"""A public real declaration, translated into the JSON format, is held without loss and checked
without a crash (tests/fixtures/real/README.md names the source)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from kedendesk.domain.checks import check
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import Declaration
from kedendesk.domain.rates import ExchangeRate, RateTable
from kedendesk.domain.tariff import official_tariff, payment_rates

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "real"


def _load(name: str) -> tuple[dict[str, object], Declaration]:
    text = (FIXTURE / name).read_text(encoding="utf-8")
    return json.loads(text), Declaration.model_validate_json(text)


def test_every_value_of_the_real_declaration_survives_a_round_trip() -> None:
    raw, declaration = _load("td-10803040-230524-0910129.json")
    again = json.loads(declaration.model_dump_json(by_alias=True, exclude_defaults=True))
    assert again == raw


def test_the_parts_of_a_real_declaration_are_where_a_declarant_looks() -> None:
    _, declaration = _load("td-10803040-230524-0910129.json")
    assert declaration.registration_number == "10803040/230524/0910129"
    assert declaration.consignor.address_details.city == "ТБИЛИСИ"
    person = declaration.filled_by
    assert (person.identity.series, person.identity.number) == ("1103", "970920")
    assert person.power_of_attorney.valid_to == dt.date(2026, 12, 31)
    (item,) = declaration.items
    (car,) = item.goods_lines
    assert (car.serial, car.year, car.engine_cm3) == ("4T4BF1FK4ER348942", 2013, Decimal(2500))
    assert item.packaging[0].pallet_code == "NE"
    assert [d.name for d in item.documents][:2] == ["CMR", "ИНВОЙС"]


def test_the_real_declaration_is_checked_against_the_real_tariff() -> None:
    _, declaration = _load("td-10803040-230524-0910129.json")
    day = dt.date(2024, 5, 23)
    rates = RateTable(
        ExchangeRate(c, day, Decimal(r), "test") for c, r in (("USD", "446.5"), ("EUR", "484.3"))
    )
    result = check(declaration, Context(official_tariff(), payment_rates(), rates, day))
    assert official_tariff().get("8703239087") is not None
    assert not [f for f in result.findings if f.box == "33"]  # the code is in the tariff
    assert all(f.box for f in result.findings)
    # Transit is not release: what a DT for release needs and a TD lacks is named, box by box.
    assert {f.box for f in result.findings} >= {"1", "45", "47"}
