"""Exchange rates of the national currency by date: what the payments convert with.

A rate is KZT for one unit of a currency, set for a date. The official rate stays in force until
the next one is set (weekends and holidays carry the last rate), but never longer than
`MAX_CARRY_DAYS`: a declaration whose date has no rate gets a finding, not a guess.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

NATIONAL_CURRENCY = "KZT"
MAX_CARRY_DAYS = 7


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    currency: str  # ISO 4217 alpha-3
    date: dt.date  # the day the rate was set
    rate: Decimal  # KZT for one unit of the currency
    source: str = ""  # where it came from: "manual", a file name, the gateway


class RateBook(Protocol):
    def rate_on(self, currency: str, day: dt.date) -> ExchangeRate | None:
        """The rate in force on the day, or None when there is none."""
        ...


class RateTable:
    """Rates in memory, answering "the rate in force on a day" by bisection."""

    def __init__(self, rates: Iterable[ExchangeRate] = ()) -> None:
        by_currency: dict[str, list[ExchangeRate]] = {}
        for rate in rates:
            by_currency.setdefault(rate.currency, []).append(rate)
        self._rates = {c: sorted(rs, key=lambda r: r.date) for c, rs in by_currency.items()}
        self._dates = {c: [r.date for r in rs] for c, rs in self._rates.items()}

    def rate_on(self, currency: str, day: dt.date) -> ExchangeRate | None:
        if currency == NATIONAL_CURRENCY:
            return ExchangeRate(NATIONAL_CURRENCY, day, Decimal(1), "national currency")
        dates = self._dates.get(currency)
        if not dates:
            return None
        position = bisect.bisect_right(dates, day) - 1
        if position < 0:
            return None
        rate = self._rates[currency][position]
        if (day - rate.date).days > MAX_CARRY_DAYS:
            return None
        return rate

    def __len__(self) -> int:
        return sum(len(rs) for rs in self._rates.values())
