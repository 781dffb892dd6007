"""What a calculation produces: amounts that explain themselves, per item and for box B."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from kedendesk.domain.rates import ExchangeRate

PAID = "ИУ"  # payment feature: calculated and paid


@dataclass(frozen=True, slots=True)
class Explanation:
    """How an amount came about: a formula code, its named inputs, the rates and packs used.

    The formula code and the input names are stable; the UI turns them into words.
    """

    formula: str  # e.g. "duty.combined"
    values: tuple[tuple[str, str], ...]  # (name, value as text), in the formula's order
    rates: tuple[ExchangeRate, ...] = ()
    sources: tuple[str, ...] = ()  # "tariff practice-2026.1", "payment-rates 2026.1"

    def value(self, name: str) -> str:
        return dict(self.values).get(name, "")


@dataclass(frozen=True, slots=True)
class Amount:
    """A calculated box value (45, 46) with its explanation."""

    value: Decimal
    explanation: Explanation


@dataclass(frozen=True, slots=True)
class CalculatedLine:
    """One calculated line of box 47."""

    type_code: str  # 1010, 2010, 4010, 5060
    base: Decimal  # KZT, or a quantity for a specific rate
    rate: Decimal
    rate_type: str  # % ad valorem, * specific, S fixed
    amount: Decimal  # KZT, rounded to the step
    explanation: Explanation
    feature: str = PAID


@dataclass(frozen=True, slots=True)
class Issue:
    """Something the calculation could not do; the checks turn it into a finding."""

    code: str  # message code, e.g. "exchange-rate-missing"
    box: str  # the box to look at
    field: str  # model path of that box
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ItemCalculation:
    customs_value: Amount | None  # box 45
    statistical_value: Amount | None  # box 46
    lines: tuple[CalculatedLine, ...]  # box 47, without the customs fee
    issues: tuple[Issue, ...] = ()

    def total_by_type(self) -> dict[str, Decimal]:
        totals: dict[str, Decimal] = {}
        for line in self.lines:
            if line.feature == PAID:
                totals[line.type_code] = totals.get(line.type_code, Decimal(0)) + line.amount
        return totals


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
