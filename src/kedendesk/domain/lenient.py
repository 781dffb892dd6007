"""Field types for drafts: hold what the user typed, typed when it parses, raw when it does not.

A draft must keep a mistyped value (the checks report it); so a number that parses becomes a
Decimal or int, and anything else stays the text the user typed.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer

# No amount, mass, quantity or rate of a DT comes near these; beyond them arithmetic at
# Decimal's default precision would raise (a 24-digit price quantized to tiyn, a rate of
# 1e999999), so such a value stays the text it was and the checks report it on its box.
MAX_INTEGER_DIGITS = 15
MAX_FRACTION_DIGITS = 10
_LIMIT_INT = 10**MAX_INTEGER_DIGITS
_PLAIN_NUMBER = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{0,10})?")


def in_range(number: Decimal) -> bool:
    """Whether a number is one the calculations can take: finite, below 10^15 in size, with
    at most 10 decimals."""
    if not number.is_finite():
        return False
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)  # finite numbers have an int exponent
    # adjusted() is the power of ten of the leading digit: no arithmetic, so 1E+999999999
    # cannot overflow here as abs() would.
    return (number.is_zero() or number.adjusted() < MAX_INTEGER_DIGITS) and (
        -exponent <= MAX_FRACTION_DIGITS
    )


def _int_text(value: int) -> str:
    """A huge JSON integer as text; past Python's 4 300-digit limit, a stand-in that says so."""
    try:
        return str(value)
    except ValueError:
        return f"<a number of about {int(value.bit_length() * 0.30103)} digits>"


def _decimal_or_text(number: Decimal, text: str) -> Decimal | str:
    return number if in_range(number) else text


def parse_decimal(value: Any) -> Decimal | str | None:
    """Decimal from text as users type it ("1 234,50" too), else the text itself."""
    if value is None:
        return value
    if isinstance(value, Decimal):
        return _decimal_or_text(value, str(value))
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return Decimal(value) if abs(value) < _LIMIT_INT else _int_text(value)
    if isinstance(value, float):
        # JSON numbers arrive as float from some producers: go through repr, never binary.
        return _decimal_or_text(Decimal(repr(value)), repr(value))
    text = str(value).strip()
    if not text:
        return None
    if len(text) > 64:  # no number is that long; do not make Decimal parse a megabyte
        return text
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if _PLAIN_NUMBER.fullmatch(cleaned):  # nearly every value: in range by its very shape
        return Decimal(cleaned)
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return text
    return _decimal_or_text(number, text)


def number_problem(raw: object) -> str:
    """The finding code for a value that is not a usable number: a number too large or too
    fine for a declaration, or not a number at all."""
    text = str(raw).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if len(text) <= 64:
        try:
            number = Decimal(text)
        except InvalidOperation:
            return "not-a-number"
        if number.is_finite():
            return "number-out-of-range"
    return "not-a-number"


def parse_int(value: Any) -> int | str | None:
    if value is None:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value if abs(value) < _LIMIT_INT else _int_text(value)
    text = str(value).strip()
    if not text:
        return None
    digits = text[1:] if text[0] == "-" else text
    if text.isascii() and digits.isdigit() and len(digits) <= MAX_INTEGER_DIGITS:
        return int(text)
    return text


# How dates are typed: 2026-12-01, 01.12.2026, 1.12.26, 01/12/2026; 01122026 as eight digits.
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%d-%m-%Y")
_DIGITS_ONLY = ("%d%m%Y", "%Y%m%d")


def parse_date(value: Any) -> dt.date | str | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if len(text) == 10 and text[4] == "-" and text[7] == "-":  # the wire form: C-fast path
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    formats = _DIGITS_ONLY if text.isdigit() and len(text) == 8 else _DATE_FORMATS
    for fmt in formats:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if "T" in text[8:11]:  # an instant from an electronic document: its date
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
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


def storable_text(value: str) -> str:
    """A lone surrogate (from a file or a broken paste) cannot be stored or sent as UTF-8:
    it becomes U+FFFD, which rule R24 reports on its box."""
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


def scrubbed(data: Any) -> Any:
    """`data` (parsed JSON, a model dump) with every text storable (see storable_text)."""
    if isinstance(data, str):
        return storable_text(data)
    if isinstance(data, list):
        return [scrubbed(v) for v in data]
    if isinstance(data, dict):
        return {k: scrubbed(v) for k, v in data.items()}
    return data
