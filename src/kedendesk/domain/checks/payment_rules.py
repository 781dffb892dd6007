"""Rules about payments: rates the calculation needs, and box 47 against the calculation."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from kedendesk.domain.checks.facts import Contribution, Facts
from kedendesk.domain.checks.findings import Hit, Rule, Severity, hit
from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.domain.lenient import as_decimal
from kedendesk.domain.payments.calculate import CENT, round_to
from kedendesk.domain.payments.lines import Issue

ERROR, WARNING = Severity.ERROR, Severity.WARNING
MISSING_RATES = frozenset({"exchange-rate-missing", "pack-rate-missing"})
QUANTITY = frozenset({"duty-quantity-missing"})
OUT_OF_RANGE = frozenset({"calculation-out-of-range"})
MANUAL = frozenset({"duty-rate-manual"})


def _hits(issues: tuple[Issue, ...], codes: frozenset[str]) -> Iterator[Hit]:
    for issue in issues:
        if issue.code in codes:
            yield Hit(issue.box, issue.field, issue.code, issue.params)


def header_rates(d: Declaration, facts: Facts) -> Iterator[Hit]:
    yield from _hits(facts.basis.issues, MISSING_RATES)


def item_rates(
    d: Declaration, index: int, item: GoodsItem, facts: Facts, c: Contribution
) -> Iterator[Hit]:
    yield from _hits(c.calculation.issues, MISSING_RATES)


def declared_rate(d: Declaration, facts: Facts) -> Iterator[Hit]:
    declared, official = as_decimal(d.exchange_rate), facts.basis.invoice_rate
    if declared is not None and official is not None and declared != official.rate:
        yield hit(
            "23",
            "exchange_rate",
            "exchange-rate-differs",
            declared=declared,
            official=official.rate,
            date=official.date,
        )


def quantities(
    d: Declaration, index: int, item: GoodsItem, facts: Facts, c: Contribution
) -> Iterator[Hit]:
    yield from _hits(c.calculation.issues, QUANTITY)


def out_of_range(
    d: Declaration, index: int, item: GoodsItem, facts: Facts, c: Contribution
) -> Iterator[Hit]:
    yield from _hits(c.calculation.issues, OUT_OF_RANGE)


def manual_rates(
    d: Declaration, index: int, item: GoodsItem, facts: Facts, c: Contribution
) -> Iterator[Hit]:
    yield from _hits(c.calculation.issues, MANUAL)


def usd_rate(d: Declaration, facts: Facts) -> Iterator[Hit]:
    yield from _hits(facts.basis.issues, frozenset({"usd-rate-missing"}))


def against_calculation(
    d: Declaration, index: int, item: GoodsItem, facts: Facts, c: Contribution
) -> Iterator[Hit]:
    """Box 47 as filed against what the calculation gives, by payment type."""
    if not item.payments:
        return
    declared = c.paid
    calculated = c.calculation.paid
    fee = facts.basis.fee
    if index == 0 and fee is not None:
        calculated = dict(calculated)
        calculated[fee.type_code] = calculated.get(fee.type_code, Decimal(0)) + fee.amount
    if declared == calculated:
        return
    for code in sorted(set(declared) | set(calculated)):
        stated, expected = declared.get(code, Decimal(0)), calculated.get(code, Decimal(0))
        if abs(stated - expected) > max(facts.context.kzt_step, CENT):
            yield hit(
                "47",
                "payments",
                "payment-differs",
                type=code,
                declared=round_to(stated, CENT),
                calculated=round_to(expected, CENT),
            )


RULES = (
    Rule(
        "P01",
        ERROR,
        "22, 47",
        "The exchange rates and pack rates a calculation needs exist "
        "for the declaration date (rates in the workspace; never guessed).",
        tuple(sorted(MISSING_RATES)),
        header=header_rates,
        calculated=item_rates,
    ),
    Rule(
        "P02",
        WARNING,
        "23",
        "Box 23 equals the official rate in force on the declaration date.",
        ("exchange-rate-differs",),
        header=declared_rate,
    ),
    Rule(
        "P03",
        ERROR,
        "38, 41",
        "A specific duty or excise has the quantity in its unit "
        "(net mass, or box 41 in that unit).",
        ("duty-quantity-missing",),
        calculated=quantities,
    ),
    Rule(
        "P04",
        WARNING,
        "46",
        "The USD rate of the declaration date exists for box 46.",
        ("usd-rate-missing",),
        header=usd_rate,
    ),
    Rule(
        "P05",
        WARNING,
        "47",
        "Box 47 as filed agrees with the calculation, by payment type.",
        ("payment-differs",),
        calculated=against_calculation,
    ),
    Rule(
        "P06",
        ERROR,
        "42, 45, 47",
        "The item's values give payments a declaration can hold (no amount beyond what "
        "the calculation can represent).",
        tuple(sorted(OUT_OF_RANGE)),
        calculated=out_of_range,
    ),
    Rule(
        "P07",
        WARNING,
        "33, 47",
        "The tariff rate is one the calculation does not take (the lower of two rates, for "
        "some vehicles): box 47 is the user's, and says so.",
        tuple(sorted(MANUAL)),
        calculated=manual_rates,
    ),
)
