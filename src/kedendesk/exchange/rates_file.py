"""Exchange rates from a CSV or XLSX file: columns date, currency, rate (KZT per unit)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kedendesk.domain.lenient import in_range, parse_date
from kedendesk.domain.rates import ExchangeRate
from kedendesk.domain.reference import currencies
from kedendesk.exchange.problems import ExchangeError, FileProblem
from kedendesk.exchange.table_file import read_rows

COLUMNS = ("date", "currency", "rate")
_ALIASES = {"дата": "date", "валюта": "currency", "курс": "rate", "күні": "date"}


def read_rates(path: Path) -> list[ExchangeRate]:
    """Every rate in the file, or ExchangeError naming each bad line (nothing half-read)."""
    rates: list[ExchangeRate] = []
    problems: list[FileProblem] = []
    for line, raw in read_rows(path):
        row = {_ALIASES.get(k, k): v for k, v in raw.items()}
        missing = [c for c in COLUMNS if c not in row]
        if missing:
            raise ExchangeError([FileProblem(f"missing columns: {', '.join(missing)}", line=1)])
        date = parse_date(row["date"])
        currency = row["currency"].upper()
        if not isinstance(date, dt.date):
            problems.append(FileProblem(f"not a date: {row['date']!r}", line, field="date"))
            continue
        if currency not in currencies():
            problems.append(FileProblem(f"unknown currency {currency!r}", line, field="currency"))
            continue
        try:
            rate = Decimal(row["rate"].replace(",", ".").replace(" ", ""))
        except InvalidOperation:
            rate = Decimal(0)
        if not in_range(rate) or rate <= 0:
            problems.append(FileProblem(f"not a rate: {row['rate']!r}", line, field="rate"))
            continue
        rates.append(ExchangeRate(currency, date, rate, path.name))
    if problems:
        raise ExchangeError(problems)
    if not rates:
        raise ExchangeError([FileProblem("the file holds no rates")])
    return rates
