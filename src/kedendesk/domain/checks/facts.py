"""What the rules share: facts about the header (computed once) and running totals of the items.

Totals are sums of per-item contributions, so a change to one item updates them by taking the
old contribution out and putting the new one in, and the totals rules need not visit every item.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from kedendesk.domain.context import Context, declaration_date
from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.domain.lenient import as_decimal
from kedendesk.domain.payments.calculate import Basis, basis, calculate_item
from kedendesk.domain.payments.features import in_box_b
from kedendesk.domain.payments.lines import ItemCalculation

REPRESENTATIVE_CONTRACT = "11002"
FEE = "1010"


@dataclass(frozen=True)
class Facts:
    context: Context
    date: dt.date  # the declaration's date (box 54, else today)
    basis: Basis  # the payments' shared part: rates in force, the customs fee

    @classmethod
    def of(cls, declaration: Declaration, context: Context) -> Facts:
        return cls(
            context=context,
            date=declaration_date(declaration, context.today),
            basis=basis(declaration, context),
        )


class Contribution(NamedTuple):
    """What one item adds to the totals, and its calculated payments."""

    packages: int | None
    price: Decimal | None
    customs_value: Decimal | None
    freight: bool
    paid: dict[str, Decimal]  # declared box 47 lines that count in box B, by payment type
    fee_lines: int
    representative_contract: bool
    calculation: ItemCalculation

    @classmethod
    def of(cls, item: GoodsItem, facts: Facts) -> Contribution:
        paid: dict[str, Decimal] = {}
        fee_lines = 0
        for line in item.payments:
            code = line.type_code.strip()
            if code == FEE:
                fee_lines += 1
            amount = as_decimal(line.amount)
            if amount is not None and in_box_b(line.feature):
                paid[code] = paid.get(code, Decimal(0)) + amount
        contract = False
        for document in item.documents:
            if document.type_code.strip() == REPRESENTATIVE_CONTRACT:
                contract = True
        packages = item.packages_count
        return cls(
            packages if isinstance(packages, int) and packages >= 0 else None,
            as_decimal(item.price),
            as_decimal(item.customs_value),
            bool(as_decimal(item.freight_cost)),
            paid,
            fee_lines,
            contract,
            calculate_item(item, facts.basis),
        )


class Sums:
    """Amounts by payment type that can take a contribution out again exactly."""

    __slots__ = ("_counts", "_values")

    def __init__(self) -> None:
        self._values: dict[str, Decimal] = {}
        self._counts: dict[str, int] = {}

    def add(self, source: Mapping[str, Decimal], sign: int) -> None:
        for key, value in source.items():
            self._values[key] = self._values.get(key, Decimal(0)) + sign * value
            self._counts[key] = self._counts.get(key, 0) + sign

    def as_dict(self) -> dict[str, Decimal]:
        """Types some item still contributes to, in code order."""
        return {k: self._values[k] for k in sorted(self._values) if self._counts[k] > 0}


@dataclass
class Totals:
    """Sums over the items; `add` with sign -1 takes an item's contribution out again."""

    items: int = 0
    packages: int = 0
    packages_stated: int = 0
    price: Decimal = Decimal(0)
    prices_stated: int = 0
    customs_value: Decimal = Decimal(0)
    with_freight: int = 0
    paid: Sums = field(default_factory=Sums)
    fee_lines: int = 0
    representative_contracts: int = 0
    calculated: Sums = field(default_factory=Sums)  # box B without the fee

    def add(self, c: Contribution, sign: int = 1) -> None:
        self.items += sign
        if c.packages is not None:
            self.packages += sign * c.packages
            self.packages_stated += sign
        if c.price is not None:
            self.price += sign * c.price
            self.prices_stated += sign
        if c.customs_value is not None:
            self.customs_value += sign * c.customs_value
        self.with_freight += sign * c.freight
        self.paid.add(c.paid, sign)
        self.fee_lines += sign * c.fee_lines
        self.representative_contracts += sign * c.representative_contract
        self.calculated.add(c.calculation.paid, sign)
