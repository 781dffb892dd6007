"""Boxes the app fills: a new item's defaults, box 23, box 41's unit, costs spread."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kedendesk.domain.autofill import fill_exchange_rate, fill_unit, new_item, spread_costs
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.domain.rates import ExchangeRate, RateTable
from kedendesk.domain.tariff import official_tariff

from .conftest import DAY


def test_a_new_item_takes_box_37_from_box_1_and_method_1() -> None:
    item = new_item(Declaration(procedure="40"))
    assert (item.procedure, item.previous_procedure, item.movement_feature) == ("40", "00", "000")
    assert item.valuation_method == "1"


def test_box_23_is_the_rate_of_the_declaration_date_unless_typed() -> None:
    rates = RateTable([ExchangeRate("USD", DAY, Decimal("512.34"), "NBK")])
    context = Context.practice(rates, today=DAY)
    declaration = Declaration(invoice_currency="usd")
    assert fill_exchange_rate(declaration, context)
    assert declaration.exchange_rate == Decimal("512.34")
    declaration.exchange_rate = Decimal(500)
    assert not fill_exchange_rate(declaration, context)
    assert declaration.exchange_rate == Decimal(500)


def test_box_41_takes_the_tariffs_unit() -> None:
    item = GoodsItem(commodity_code="6403911800")
    assert fill_unit(item, official_tariff()) and item.supplementary_unit == "715"


@pytest.mark.parametrize(
    ("basis", "shares"),
    [("gross", ["333.34", "333.33", "333.33"]), ("value", ["500.00", "250.00", "250.00"])],
)
def test_freight_is_spread_to_the_cent(basis: str, shares: list[str]) -> None:
    declaration = Declaration(
        items=[
            GoodsItem(number=1, gross_mass_kg="100", price="200"),
            GoodsItem(number=2, gross_mass_kg="100", price="100"),
            GoodsItem(number=3, gross_mass_kg="100", price="100"),
        ]
    )
    got = spread_costs(declaration, "freight", Decimal("1000.00"), basis)
    assert [str(s) for s in got] == shares
    assert sum(got) == Decimal("1000.00")
    assert [item.freight_cost for item in declaration.items] == got
    (record,) = declaration.cost_spreads
    assert (record.kind, record.total, record.basis) == ("freight", Decimal("1000.00"), basis)


def test_an_item_without_the_basis_is_named() -> None:
    declaration = Declaration(items=[GoodsItem(number=1, price="10"), GoodsItem(number=2)])
    with pytest.raises(ValueError, match="item 2"):
        spread_costs(declaration, "insurance", Decimal(5), "value")


def test_box_6_and_22_follow_the_items_until_the_user_types_them() -> None:
    from kedendesk.domain.autofill import fill_totals

    declaration = Declaration(
        items=[GoodsItem(packages_count=3, price="10.00"), GoodsItem(packages_count=2)]
    )
    filled: dict[str, object] = {}
    assert fill_totals(declaration, filled) == ["total_packages", "invoice_total"]
    declaration.items[0].customs_value = Decimal("5123.40")
    assert fill_totals(declaration, filled) == ["total_customs_value"]
    assert (declaration.total_packages, declaration.invoice_total) == (5, Decimal("10.00"))
    declaration.items[1].price = Decimal("5.50")
    assert fill_totals(declaration, filled) == ["invoice_total"]
    declaration.invoice_total = Decimal("99.00")  # typed by the user: the check compares
    declaration.items[0].packages_count = 4
    assert fill_totals(declaration, filled) == ["total_packages"]
    assert declaration.invoice_total == Decimal("99.00")
