"""Payments: the worked example of the reference, each kind of rate, rounding, explanations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kedendesk.domain.checks import check
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.domain.payments import calculate
from kedendesk.domain.rates import ExchangeRate, RateTable
from kedendesk.domain.tariff import Dated, PaymentRates, Rate, RateTextError, Tariff, TariffLine

from .conftest import DAY


def _context(
    duty: str, vat_percent: str = "16", excise: str | None = None, **rates: str
) -> Context:
    line = TariffLine(
        code="1234567890",
        names={"en": "Test goods"},
        duty=Rate.parse(duty),
        excise=Rate.parse(excise) if excise else None,
    )
    tariff = Tariff("test", "test-1", DAY, "a test", (line,))
    law = PaymentRates(
        version="law-test",
        source="a test",
        vat={"standard": (Dated(dt.date(2000, 1, 1), Decimal(vat_percent)),)},
        customs_fee=(Dated(dt.date(2020, 1, 1), Decimal(20000)),),
    )
    table = RateTable(ExchangeRate(c, DAY, Decimal(r), "test") for c, r in rates.items())
    return Context(tariff, law, table, DAY)


def _declaration(
    price: str, net_kg: str = "1000", currency: str = "KZT", **item: object
) -> Declaration:
    return Declaration(
        procedure="40",
        invoice_currency=currency,
        items=[
            GoodsItem(
                commodity_code="1234567890",
                price=price,
                net_mass_kg=net_kg,
                valuation_method="1",
                **item,  # type: ignore[arg-type]
            )
        ],
    )


@pytest.mark.parametrize(("vat", "expected_vat"), [("20", "861529.90"), ("16", "689223.92")])
def test_the_worked_example_of_the_reference(vat: str, expected_vat: str) -> None:
    """Customs value 4 182 183.97; "3 % but not less than 0.01125 EUR/kg"; VAT at 20 and 16 %."""
    context = _context("3% but not less than 0.01125 EUR/kg", vat, EUR="100", USD="500")
    item = calculate(_declaration("4182183.97", net_kg="10000"), context).items[0]
    assert item.customs_value is not None
    assert item.customs_value.value == Decimal("4182183.97")
    duty, value_added_tax = item.lines
    assert (duty.type_code, duty.amount, duty.rate_type) == ("2010", Decimal("125465.52"), "%")
    assert duty.explanation.value("specific") == "11250.00"  # 10 000 kg × 0.01125 × 100
    assert value_added_tax.base == Decimal("4307649.49")
    assert value_added_tax.amount == Decimal(expected_vat)


def test_customs_value_converts_at_the_rate_and_adds_transport() -> None:
    context = _context("0%", USD="512.34")
    declaration = _declaration(
        "1000.004", currency="USD", freight_cost="40", insurance_cost="2.50", deductions="10"
    )
    value = calculate(declaration, context).items[0].customs_value
    assert value is not None
    # box 42 rounds half-up to cents first: (1000.00 + 40 + 2.50 − 10) × 512.34
    assert value.value == Decimal("528991.05")
    assert value.explanation.rates[0] == ExchangeRate("USD", DAY, Decimal("512.34"), "test")


def test_a_specific_duty_converts_the_rate_currency() -> None:
    context = _context("0.1 EUR/kg", EUR="590.10", USD="500")
    duty = calculate(_declaration("100000", net_kg="8000"), context).items[0].lines[0]
    assert (duty.amount, duty.rate_type, duty.base) == (Decimal("472080.00"), "*", Decimal("8000"))
    assert duty.explanation.formula == "duty.specific"
    assert duty.explanation.rates[0].date == DAY


def test_a_combined_duty_takes_the_larger_part() -> None:
    context = _context("10% but not less than 0.4 EUR/pcs", EUR="600", USD="500")
    declaration = _declaration("1000", supplementary_quantity="100", supplementary_unit="796")
    duty = calculate(declaration, context).items[0].lines[0]
    assert duty.amount == Decimal("24000.00")  # 100 pcs × 0.4 × 600 beats 10 % of 1 000
    assert duty.rate_type == "*"


def test_excise_is_in_the_vat_base() -> None:
    context = _context("5%", "16", excise="380 KZT/l", USD="500")
    declaration = _declaration("100000", supplementary_quantity="200", supplementary_unit="112")
    duty, excise, vat = calculate(declaration, context).items[0].lines
    assert (duty.amount, excise.amount) == (Decimal("5000.00"), Decimal("76000.00"))
    assert vat.base == Decimal("181000.00")
    assert vat.amount == Decimal("28960.00")


@pytest.mark.parametrize("box_36", ["ОО ОО - ОО", "ОООО-ОО", "оо оо - оо", "OO OO - OO"])
def test_oo_claims_no_preference_and_computes_full_duty_and_vat(box_36: str) -> None:
    """«ОО ОО - ОО», the reference's own example and the commonest box 36, means no
    preference: full duty and VAT (in print «ОООО-ОО"; Latin O typed for Cyrillic О too)."""
    context = _context("10%", USD="500")
    duty, vat = calculate(_declaration("1000", preference=box_36), context).items[0].lines
    assert duty.amount == Decimal("100.00")
    assert vat.amount == Decimal("176.00")  # 16 % of 1 000 + 100


def test_gg_gives_three_quarters_of_the_duty_rate() -> None:
    """«ГГ»: goods of a developing country pay 75 % of the base rate (4 % -> 3 %)."""
    context = _context("4%", USD="500")
    declaration = _declaration("1000", preference="ОО ГГ - ОО", origin_country="IN")
    duty, vat = calculate(declaration, context).items[0].lines
    assert duty.amount == Decimal("30.00") and duty.rate == Decimal("3.00")
    assert vat.amount == Decimal("164.80")


def test_gg_reduces_both_parts_of_a_combined_rate() -> None:
    context = _context("10% but not less than 0.4 EUR/pcs", EUR="600", USD="500")
    declaration = _declaration(
        "1000",
        supplementary_quantity="100",
        supplementary_unit="796",
        preference="ОО ГГ - ОО",
        origin_country="IN",
    )
    duty = calculate(declaration, context).items[0].lines[0]
    assert duty.amount == Decimal("18000.00")  # 100 × 0.3 × 600


def test_dd_exempts_the_duty_of_least_developed_countries() -> None:
    context = _context("10%", USD="500")
    declaration = _declaration("1000", preference="ОО ДД - ОО", origin_country="BD")
    duty, vat = calculate(declaration, context).items[0].lines
    assert duty.amount == 0 and duty.explanation.formula == "duty.preference"
    assert vat.amount == Decimal("160.00")


def test_an_unknown_preference_code_is_never_an_exemption() -> None:
    context = _context("10%", USD="500")
    duty, vat = calculate(_declaration("1000", preference="ОО ЖЖ - ЖЖ"), context).items[0].lines
    assert (duty.amount, vat.amount) == (Decimal("100.00"), Decimal("176.00"))


def test_a_plus_rate_adds_its_parts() -> None:
    """ "10 плюс 0,1 евро за 1 кг" (ЕТТ 1704, 1806 …): ad valorem and specific together."""
    context = _context("10% plus 0.1 EUR/kg", EUR="600", USD="500")
    duty = calculate(_declaration("100000", net_kg="50"), context).items[0].lines[0]
    assert duty.amount == Decimal("13000.00")  # 10 000 + 50 × 0.1 × 600
    assert duty.explanation.formula == "duty.additive"


def test_the_kzt_rounding_step_is_a_setting() -> None:
    context = _context("3%", USD="500")
    whole = Context(context.tariff, context.payment_rates, context.rates, DAY, Decimal(1))
    declaration = _declaration("1234.56")
    assert calculate(declaration, context).items[0].lines[0].amount == Decimal("37.04")
    assert calculate(declaration, whole).items[0].lines[0].amount == Decimal("37")


def test_box_b_sums_the_lines_and_the_fee_once() -> None:
    context = _context("10%", USD="500")
    declaration = _declaration("1000")
    declaration.items.append(declaration.items[0].model_copy(deep=True))
    calculation = calculate(declaration, context)
    assert calculation.totals == {
        "1010": Decimal("20000.00"),
        "2010": Decimal("200.00"),
        "5060": Decimal("352.00"),
    }
    assert calculation.lines_of(0)[0].type_code == "1010"
    assert all(line.type_code != "1010" for line in calculation.lines_of(1))


def test_a_missing_rate_is_a_finding_not_a_guess() -> None:
    context = _context("0.1 EUR/kg", USD="500")  # no EUR rate on the date
    declaration = _declaration("1000", currency="USD")
    calculation = calculate(declaration, context)
    assert calculation.items[0].lines == ()  # neither duty nor a VAT on a partial base
    findings = [f for f in check(declaration, context).findings if f.rule == "P01"]
    assert [(f.code, f.param("currency"), f.param("date")) for f in findings] == [
        ("exchange-rate-missing", "EUR", DAY.isoformat())
    ]


def test_a_rate_stays_in_force_over_a_weekend_but_not_for_weeks() -> None:
    table = RateTable([ExchangeRate("USD", dt.date(2026, 11, 20), Decimal("512.34"))])
    assert table.rate_on("USD", dt.date(2026, 11, 22)) is not None  # Sunday
    assert table.rate_on("USD", dt.date(2026, 12, 20)) is None
    assert table.rate_on("USD", dt.date(2026, 11, 19)) is None
    assert table.rate_on("KZT", dt.date(2026, 11, 19)).rate == 1  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "kind", "printed"),
    [
        ("5%", "ad-valorem", "5%"),
        ("0", "free", "0%"),
        ("0,5 EUR/kg", "specific", "0.5 EUR/kg"),
        ("10% но не менее 0.2 евро/кг", "combined", "10% but not less than 0.2 EUR/kg"),
        ("14000 KZT/1000pcs", "specific", "14000 KZT/1000pcs"),
    ],
)
def test_rates_read_as_tariffs_write_them(text: str, kind: str, printed: str) -> None:
    rate = Rate.parse(text)
    assert (rate.kind, rate.text()) == (kind, printed)
    assert Rate.parse(rate.text()) == rate


def test_a_rate_in_an_unknown_form_is_refused() -> None:
    with pytest.raises(RateTextError):
        Rate.parse("a lot")


def test_each_amount_names_its_pack_versions(clean: Declaration, context: Context) -> None:
    calculation = check(clean, context).calculation
    duty = calculation.items[1].lines[0]
    assert "tariff practice-2026.1" in duty.explanation.sources
    vat = calculation.items[1].lines[-1]
    assert vat.explanation.value("percent") == "16"
    assert "payment-rates 2026.1" in vat.explanation.sources


def test_a_rate_per_litre_takes_the_goods_lines_litres_when_box_41_is_in_alcohol() -> None:
    """ЕТТ 2208 30 110 0: box 41 in litres of 100 % alcohol (831), the duty 1,4 euro per litre
    of product: the litres come from the item's goods lines."""
    context = _context("1.4 EUR/l", EUR="600", USD="500")
    declaration = _declaration(
        "100000",
        supplementary_quantity="400",
        supplementary_unit="831",
        goods_lines=[{"description": "виски 0,7 л", "quantity": "1000", "unit": "112"}],
    )
    duty = calculate(declaration, context).items[0].lines[0]
    assert duty.amount == Decimal("840000.00")  # 1 000 l × 1.4 × 600


def test_a_rate_per_cm3_takes_the_engine_volume_of_the_vehicles() -> None:
    context = _context("20% but not less than 1.1 EUR/cm3", EUR="600", USD="500")
    declaration = _declaration(
        "1000000",
        supplementary_quantity="1",
        supplementary_unit="796",
        goods_lines=[{"description": "TOYOTA CAMRY 2013", "quantity": "1", "engineCm3": "2500"}],
    )
    duty = calculate(declaration, context).items[0].lines[0]
    assert duty.amount == Decimal("1650000.00")  # 2 500 cm³ × 1.1 × 600 beats 20 % of 1 000 000
