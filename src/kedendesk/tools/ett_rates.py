"""The import duty rates of the ЕТТ ЕАЭС as printed, turned into the project's rate texts.

"10, но не менее 0,2 евро за 1 кг" becomes "10% but not less than 0.2 EUR/kg", "10 плюс 0,1
евро за 1 кг" "10% plus 0.1 EUR/kg", "1,75 евро за 1 кг" "1.75 EUR/kg", "5" "5%". A rate the
calculation cannot take (the lower of two alternatives for some vehicles) is returned as None:
the pack keeps its printed text and the calculation asks the user, never guesses.
"""

from __future__ import annotations

import re

_NUMBER = r"(\d+(?:,\d+)?)"
_CURRENCIES = {"евро": "EUR", "доллар": "USD", "доллара": "USD", "долларов": "USD"}
_UNITS = {
    "кг": "kg",
    "л": "l",
    "пару": "pair",
    "шт": "pcs",
    "1000 шт": "1000pcs",
    "1000 кг": "t",
    "м2": "m2",
    "м3": "m3",
    "см3 объема двигателя": "cm3",
    "см³ объема двигателя": "cm3",
}
_SPECIFIC = re.compile(
    _NUMBER
    + r" (евро|доллара?|долларов)(?: США)?"
    + r" за (?:1 )?(1000 шт|1000 кг|см[3³] объема двигателя|\S+)$"
)
_AD_VALOREM = re.compile(_NUMBER + r"$")
_NOT_LESS = re.compile(_NUMBER + r", но не менее (.+)$")
_PLUS = re.compile(_NUMBER + r" плюс (.+)$")


class PrintedRateError(ValueError):
    """A rate text in a form this tool does not know: the tool stops and names the row."""


def _decimal(text: str) -> str:
    return text.replace(",", ".")


def _specific(text: str) -> str | None:
    match = _SPECIFIC.match(text)
    if match is None:
        return None
    amount, currency, unit = match.groups()
    unit_text = _UNITS.get(unit)
    if unit_text is None:
        return None
    return f"{_decimal(amount)} {_CURRENCIES[currency]}/{unit_text}"


def rate_text(printed: str) -> str | None:
    """The project's text for a printed rate; None for a rate kind the calculation lacks.
    Raises PrintedRateError for a text that is no rate at all."""
    text = " ".join(printed.replace("\u00a0", " ").split())
    if not text or text in ("–", "-"):
        return "0%"
    if _AD_VALOREM.match(text):
        return f"{_decimal(text)}%"
    if ", либо " in text:
        return None  # "x, либо y, но не менее z …, в зависимости от того, какая … ниже"
    for pattern, joiner in ((_NOT_LESS, "but not less than"), (_PLUS, "plus")):
        match = pattern.match(text)
        if match is not None:
            specific = _specific(match.group(2))
            if specific is None:
                raise PrintedRateError(printed)
            return f"{_decimal(match.group(1))}% {joiner} {specific}"
    specific = _specific(text)
    if specific is None:
        raise PrintedRateError(printed)
    return specific
