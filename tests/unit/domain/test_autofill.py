"""Boxes the app fills: a new item's defaults, box 23, box 41's unit, costs spread."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kedendesk.domain.autofill import (
    fill_calculated,
    fill_exchange_rate,
    fill_unit,
    new_item,
    spread_costs,
)
from kedendesk.domain.checks import check
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import Declaration, GoodsItem, PaymentLine
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


def _payment_findings(declaration: Declaration, context: Context) -> list[str]:
    return [f.rule for f in check(declaration, context).findings if f.rule == "P05"]


def test_boxes_45_to_47_and_b_follow_the_calculation_until_typed(
    clean: Declaration, context: Context
) -> None:
    for item in clean.items:
        item.customs_value, item.statistical_value, item.payments = None, None, []
    clean.payment_totals = []
    filled: dict[object, object] = {}
    changed = fill_calculated(clean, check(clean, context).calculation, filled)
    assert (0, "payments") in changed and (None, "payment_totals") in changed
    assert clean.items[0].payments and clean.payment_totals
    assert not _payment_findings(clean, context)
    paid_before = sum(p.amount for p in clean.items[0].payments)

    clean.items[0].price = clean.items[0].price * 2  # the invoice price is corrected
    fill_calculated(clean, check(clean, context).calculation, filled)
    assert sum(p.amount for p in clean.items[0].payments) > paid_before
    assert not _payment_findings(clean, context)

    typed = [PaymentLine(type_code="2010", base=1, rate=1, rate_type="%", amount=1)]
    clean.items[0].payments = typed  # the user's own box 47 stays, and the check compares
    assert fill_calculated(clean, check(clean, context).calculation, filled) == []
    assert clean.items[0].payments == typed
    assert _payment_findings(clean, context)


def test_an_item_the_calculation_cannot_finish_is_left_alone(
    clean: Declaration, context: Context
) -> None:
    clean.exchange_rate = None
    clean.invoice_currency = "XXX"  # no rate for it anywhere
    kept = [item.payments for item in clean.items]
    totals = clean.payment_totals
    fill_calculated(clean, check(clean, context).calculation, {})
    assert [item.payments for item in clean.items] == kept
    assert clean.payment_totals == totals
