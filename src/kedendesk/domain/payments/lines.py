"""What a calculation produces: amounts that explain themselves, per item and for box B.

Per-item results are NamedTuples: immutable, and several times cheaper to build than frozen
dataclasses, which matters at 999 items on every check.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from kedendesk.domain.rates import ExchangeRate

PAID = "ИУ"  # payment feature: calculated and paid


class Explanation(NamedTuple):
    """How an amount came about: a formula code, its named inputs, the rates and packs used.

    The formula code and the input names are stable; the UI turns them into words. Names are
    a shared constant per formula and the inputs one flat tuple: one explanation per line of
    999 items on every check, so it is kept to two small allocations.
    """

    formula: str  # e.g. "duty.combined"
    names: tuple[str, ...]  # input names, in the formula's order
    args: tuple[object, ...]  # the inputs, as calculated (turned into text when shown)
    rates: tuple[ExchangeRate, ...] = ()
    sources: tuple[str, ...] = ()  # "tariff practice-2026.1", "payment-rates 2026.1"

    def value(self, name: str) -> str:
        """One input as text."""
        for key, value in zip(self.names, self.args, strict=True):
            if key == name:
                return "" if value is None else str(value)
        return ""

    def texts(self) -> tuple[tuple[str, str], ...]:
        return tuple(
            (key, "" if value is None else str(value))
            for key, value in zip(self.names, self.args, strict=True)
        )


class Amount(NamedTuple):
    """A calculated box value (45, 46) with its explanation."""

    value: Decimal
    explanation: Explanation


class CalculatedLine(NamedTuple):
    """One calculated line of box 47."""

    type_code: str  # 1010, 2010, 4010, 5060
    base: Decimal  # KZT, or a quantity for a specific rate
    rate: Decimal
    rate_type: str  # % ad valorem, * specific, S fixed
    amount: Decimal  # KZT, rounded to the step
    explanation: Explanation
    feature: str = PAID
    currency: str = ""  # of a specific rate (EUR)
    unit: str = ""  # unit code a specific rate is per


class Issue(NamedTuple):
    """Something the calculation could not do; the checks turn it into a finding."""

    code: str  # message code, e.g. "exchange-rate-missing"
    box: str  # the box to look at
    field: str  # model path of that box
    params: tuple[tuple[str, str], ...] = ()


class ItemCalculation(NamedTuple):
    customs_value: Amount | None  # box 45
    statistical_value: Amount | None  # box 46
    lines: tuple[CalculatedLine, ...]  # box 47, without the customs fee
    issues: tuple[Issue, ...]
    paid: Mapping[str, Decimal]  # lines paid (ИУ) by payment type: what goes to box B

    @classmethod
    def of(
        cls,
        customs_value: Amount | None,
        statistical_value: Amount | None,
        lines: tuple[CalculatedLine, ...],
        issues: tuple[Issue, ...] = (),
    ) -> ItemCalculation:
        paid: dict[str, Decimal] = {}
        for line in lines:
            if line.feature == PAID:
                paid[line.type_code] = paid.get(line.type_code, Decimal(0)) + line.amount
        return cls(customs_value, statistical_value, lines, issues, paid)


@dataclass(frozen=True)
class Calculation:
    """Payments of a whole declaration: per item, the customs fee, and box B."""

    items: tuple[ItemCalculation, ...]
    fee: CalculatedLine | None  # shown in box 47 of the first item
    totals: Mapping[str, Decimal]  # box B: payment type -> amount
    issues: tuple[Issue, ...] = field(default=())  # header-level: missing rates

    def lines_of(self, index: int) -> tuple[CalculatedLine, ...]:
        """Box 47 of item `index` as filed: the fee goes with the first item."""
        lines = self.items[index].lines
        return (self.fee, *lines) if index == 0 and self.fee is not None else lines

    @property
    def total(self) -> Decimal:
        return sum(self.totals.values(), Decimal(0))
