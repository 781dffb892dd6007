"""What checks and payments need beside the declaration: tariff, law rates, exchange rates, day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from kedendesk.domain.declaration import Declaration
from kedendesk.domain.rates import RateBook, RateTable
from kedendesk.domain.tariff import PaymentRates, Tariff, payment_rates, practice_tariff

KZT_STEPS = (Decimal("0.01"), Decimal("1"))


@dataclass(frozen=True)
class Context:
    tariff: Tariff
    payment_rates: PaymentRates
    rates: RateBook
    today: dt.date
    kzt_step: Decimal = Decimal("0.01")  # rounding step of each KZT payment line
    sources: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        sources = (
            f"tariff {self.tariff.version}",
            f"payment-rates {self.payment_rates.version}",
        )
        object.__setattr__(self, "sources", sources)

    @classmethod
    def practice(cls, rates: RateBook | None = None, today: dt.date | None = None) -> Context:
        """The shipped practice tariff and law rates, with the given exchange rates."""
        return cls(
            tariff=practice_tariff(),
            payment_rates=payment_rates(),
            rates=rates if rates is not None else RateTable(),
            today=today or dt.date.today(),
        )


def declaration_date(declaration: Declaration, today: dt.date) -> dt.date:
    """The date the declaration speaks for: box 54's date, else the day it would be filed."""
    filled = declaration.filled_by.date
    return filled if isinstance(filled, dt.date) else today
