"""The National Bank of Kazakhstan's daily rates feed (`get_rates.cfm?fdate=DD.MM.YYYY`).

    <rates><date>01.12.2026</date>
      <item><fullname>ДОЛЛАР США</fullname><title>USD</title><description>512.34</description>
            <quant>1</quant><index>UP</index><change>1.2</change></item> …</rates>

`description` is KZT for `quant` units (10, 100 or 1 000 for some currencies): the rate of one
unit is description ÷ quant. An answer is taken whole or not at all: a wrong date, a number
that is not one, a broken or hostile document is an `ExchangeError` naming the item.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from kedendesk.domain.lenient import in_range
from kedendesk.domain.rates import ExchangeRate
from kedendesk.exchange.problems import ExchangeError, FileProblem

SOURCE = "National Bank of Kazakhstan"
DATE_FORMAT = "%d.%m.%Y"
MAX_ANSWER_BYTES = 1_000_000  # the real answer is about 10 KB
_CURRENCY = re.compile(r"[A-Z]{3}")


def feed_date(day: dt.date) -> str:
    """The `fdate` parameter: DD.MM.YYYY."""
    return day.strftime(DATE_FORMAT)


def parse_rates(body: bytes, day: dt.date) -> list[ExchangeRate]:
    """The rates of one day's answer; raises ExchangeError."""
    if len(body) > MAX_ANSWER_BYTES:
        raise ExchangeError([FileProblem(f"the answer is {len(body)} bytes, not a rates list")])
    try:
        root = fromstring(body, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError) as error:
        raise ExchangeError([FileProblem(f"not the rates feed's XML: {error}")]) from error
    if root.tag != "rates":
        raise ExchangeError([FileProblem(f"the document is <{root.tag}>, not <rates>")])
    stated = (root.findtext("date") or "").strip()
    if stated != feed_date(day):
        raise ExchangeError(
            [FileProblem(f"the answer is for {stated or 'no date'}, not {feed_date(day)}", None)]
        )
    problems: list[FileProblem] = []
    rates: list[ExchangeRate] = []
    for n, item in enumerate(root.iter("item"), start=1):
        rate = _rate(item, n, day, problems)
        if rate is not None:
            rates.append(rate)
    if problems:
        raise ExchangeError(problems)
    if not rates:
        raise ExchangeError([FileProblem("the answer lists no rates")])
    return rates


def _rate(item: Element, n: int, day: dt.date, problems: list[FileProblem]) -> ExchangeRate | None:
    currency = (item.findtext("title") or "").strip().upper()
    where = f"item {n}" + (f" ({currency})" if currency else "")
    if not _CURRENCY.fullmatch(currency):
        problems.append(FileProblem(f"{where}: “{currency}” is not a currency code"))
        return None
    amount_text = (item.findtext("description") or "").strip().replace(",", ".")
    quant_text = (item.findtext("quant") or "1").strip()
    try:
        amount = Decimal(amount_text)
        quant = int(quant_text)
    except (InvalidOperation, ValueError):
        problems.append(FileProblem(f"{where}: “{amount_text}” per “{quant_text}” is not a rate"))
        return None
    if not amount.is_finite() or amount <= 0 or not in_range(amount) or not 0 < quant <= 10**6:
        problems.append(FileProblem(f"{where}: {amount_text} per {quant_text} is not a rate"))
        return None
    return ExchangeRate(currency, day, amount / quant, SOURCE)
