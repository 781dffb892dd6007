"""Field types for drafts: hold what the user typed, typed when it parses, raw when it does not.

A draft must keep a mistyped value (the checks report it); so a number that parses becomes a
Decimal or int, and anything else stays the text the user typed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer


def parse_decimal(value: Any) -> Decimal | str | None:
    """Decimal from text as users type it ("1 234,50" too), else the text itself."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        # JSON numbers arrive as float from some producers: go through repr, never binary.
        return Decimal(repr(value))
    text = str(value).strip()
    if not text:
        return None
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return text
    return number if number.is_finite() else text


def parse_int(value: Any) -> int | str | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    text = str(value).strip()
    if not text:
        return None
    if text.isascii() and (text.isdigit() or (text[0] == "-" and text[1:].isdigit())):
        return int(text)
    return text


def parse_date(value: Any) -> dt.date | str | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return text


def _text_of_decimal(value: Decimal | str | None) -> str | None:
    return None if value is None else str(value)


def _text_of_date(value: dt.date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


# Decimals travel as strings so no reader turns money into binary floats.
LenientDecimal = Annotated[
    Decimal | str | None,
    BeforeValidator(parse_decimal),
    PlainSerializer(_text_of_decimal, return_type=str | None),
]
LenientInt = Annotated[int | str | None, BeforeValidator(parse_int)]
LenientDate = Annotated[
    dt.date | str | None,
    BeforeValidator(parse_date),
    PlainSerializer(_text_of_date, return_type=str | None),
]


def as_decimal(value: Decimal | str | None) -> Decimal | None:
    """The value if it is a number, else None (the checks report the raw text)."""
    return value if isinstance(value, Decimal) else None


def as_text(value: object) -> str:
    """How a lenient value is shown in a text field."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)
