"""The customs tariff: commodity codes with duty, excise, VAT treatment, units and measures.

A tariff is versioned data with an effective date (a shipped practice pack, or the official
schedule a user imported). `PaymentRates` holds what the law sets for every code alike: VAT
rates and the customs fee, each by the date from which it applies.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kedendesk.domain.lenient import in_range
from kedendesk.domain.reference import ReferenceDataError, resources_dir

if TYPE_CHECKING:
    from kedendesk.domain.tariff_search import TariffIndex

VAT_TREATMENTS = ("standard", "reduced", "exempt")
UNIT_SYMBOLS = {
    "kg": "166",
    "кг": "166",
    "t": "168",
    "т": "168",
    "g": "163",
    "г": "163",
    "pcs": "796",
    "шт": "796",
    "1000pcs": "798",
    "m": "006",
    "м": "006",
    "m2": "055",
    "м2": "055",
    "l": "112",
    "л": "112",
    "m3": "113",
    "м3": "113",
    "kw": "214",
    "квт": "214",
    "pair": "715",
    "пару": "715",
    "пар": "715",
    "cm3": "111",
    "см3": "111",
}
_UNIT_TEXT = {"166": "kg", "168": "t", "163": "g", "796": "pcs", "798": "1000pcs", "006": "m"}
_UNIT_TEXT |= {"055": "m2", "112": "l", "113": "m3", "214": "kW", "715": "pair", "111": "cm3"}
_CURRENCY_ALIASES = {"евро": "EUR", "€": "EUR", "долл": "USD", "$": "USD", "тенге": "KZT"}
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_PERCENT = re.compile(_NUMBER + r"\s*%")
_SPECIFIC = re.compile(
    _NUMBER + r"\s*([A-Za-zА-Яа-я€$]{1,5})\s*(?:/|per|за)\s*(?:1\s+)?([\wА-Яа-я]+)"
)
_PLUS = re.compile(r"%\s*(?:plus|плюс|\+)\s*\d")


class RateTextError(ValueError):
    """A rate written in a form the tariff does not know; args[0] is the text."""


@dataclass(frozen=True, slots=True)
class Rate:
    """A duty or excise rate: ad valorem, specific, or both: "x % but not less than y" (the
    larger of the two) or "x % plus y" (their sum, `additive`)."""

    percent: Decimal | None = None
    specific: Decimal | None = None  # amount per unit, in `currency`
    currency: str = ""
    unit: str = ""  # unit code of the specific part, e.g. 166 kg
    additive: bool = False

    @property
    def kind(self) -> str:
        if self.percent is not None and self.specific is not None:
            return "additive" if self.additive else "combined"
        if self.specific is not None:
            return "specific"
        if self.percent:
            return "ad-valorem"
        return "free"

    def __str__(self) -> str:
        return self.text()

    def text(self) -> str:
        """The rate as the tariff prints it: "3% but not less than 0.01125 EUR/kg"."""
        specific = ""
        if self.specific is not None:
            unit = _UNIT_TEXT.get(self.unit, self.unit)
            specific = f"{self.specific} {self.currency}/{unit}"
        if self.percent is not None and specific:
            joiner = "plus" if self.additive else "but not less than"
            return f"{self.percent}% {joiner} {specific}"
        if specific:
            return specific
        return f"{self.percent or 0}%"

    @classmethod
    def parse(cls, text: str) -> Rate:
        """Read a rate as tariffs write it, in English or Russian; raise RateTextError."""
        cleaned = " ".join(str(text).split()).casefold()
        if cleaned in ("", "free", "0", "беспошлинно", "-"):
            return cls(percent=Decimal(0))
        percent_match = _PERCENT.search(cleaned)
        specific_match = _SPECIFIC.search(cleaned)
        if percent_match is None and specific_match is None:
            raise RateTextError(text)
        percent = _decimal(percent_match.group(1)) if percent_match else None
        if specific_match is None:
            return cls(percent=percent)
        amount, currency, unit = specific_match.groups()
        currency = _CURRENCY_ALIASES.get(currency, currency.upper())
        unit_code = UNIT_SYMBOLS.get(unit, unit if unit.isdigit() else "")
        if len(currency) != 3 or not unit_code:
            raise RateTextError(text)
        additive = percent is not None and _PLUS.search(cleaned) is not None
        return cls(percent, _decimal(amount), currency, unit_code, additive)


def _decimal(text: str) -> Decimal:
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation as error:  # the patterns only let digits through
        raise RateTextError(text) from error
    if not in_range(number):  # a rate no tariff has, which the calculations cannot take
        raise RateTextError(text)
    return number


@dataclass(frozen=True, slots=True)
class Measure:
    """A non-tariff measure (licence, permit, certificate) and the documents that satisfy it."""

    code: str
    names: Mapping[str, str]
    documents: tuple[str, ...]  # box 44 document type codes, any one of which will do

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names.get("en") or self.code


@dataclass(frozen=True, slots=True)
class TariffLine:
    code: str  # 10 digits
    names: Mapping[str, str]
    duty: Rate
    excise: Rate | None = None
    vat: str = "standard"  # one of VAT_TREATMENTS
    unit: str = ""  # supplementary unit code the code requires in box 41, "" for none
    measures: tuple[str, ...] = ()
    parent: int = -1  # index of the heading it sits under (Tariff.headings), -1 for none
    published: str = ""  # the duty rate as the official tariff prints it
    note: str = ""  # the tariff note the rate refers to ("63С")
    manual: bool = False  # a rate kind the calculation cannot take: the user computes it

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names.get("ru") or self.names.get("en") or ""


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading, subheading or dash subdivision of the nomenclature above ten-digit codes."""

    code: str  # 4 to 9 digits, "" for a subdivision printed without a code
    names: Mapping[str, str]
    parent: int = -1

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names.get("ru") or self.names.get("en") or ""


@dataclass(frozen=True)
class Tariff:
    title: str
    version: str
    effective_date: dt.date
    source: str
    lines: tuple[TariffLine, ...]
    measures: Mapping[str, Measure] = field(default_factory=dict)
    practice: bool = False  # rates made up for practice, not the official schedule
    headings: tuple[Heading, ...] = ()

    @cached_property
    def _by_code(self) -> dict[str, TariffLine]:
        return {line.code: line for line in self.lines}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self.lines)

    def get(self, code: str) -> TariffLine | None:
        return self._by_code.get(code)

    @cached_property
    def _codes(self) -> list[str]:
        return sorted(self._by_code)

    def nearest(self, code: str, limit: int = 3) -> tuple[str, list[TariffLine]]:
        """For a code the tariff lacks: the longest prefix (8, 6 or 4 digits) it has lines
        under, and the first of them: the hint beside "not in the tariff"."""
        codes = self._codes
        for digits in (8, 6, 4):
            prefix = code[:digits]
            start = bisect.bisect_left(codes, prefix)
            found = [c for c in codes[start : start + limit] if c.startswith(prefix)]
            if found:
                return prefix, [self._by_code[c] for c in found]
        return "", []

    def path(self, line: TariffLine | Heading) -> list[Heading]:
        """The headings above a line, the four-digit heading first."""
        found: list[Heading] = []
        index = line.parent
        while 0 <= index < len(self.headings) and len(found) < len(self.headings):
            heading = self.headings[index]
            found.append(heading)
            index = heading.parent
        return found[::-1]

    def full_name(self, line: TariffLine, language: str = "en") -> str:
        """The line's text under its headings, as the nomenclature reads: "Провода
        изолированные…: – прочие: – – прочие"."""
        parts = [heading.name(language) for heading in self.path(line)]
        parts.append(line.name(language))
        return " — ".join(part.rstrip(":") for part in parts if part)

    @cached_property
    def index(self) -> TariffIndex:
        from kedendesk.domain.tariff_search import TariffIndex

        return TariffIndex(self)

    def index_ready(self) -> bool:
        return "index" in self.__dict__

    def build_index(self) -> TariffIndex:
        """Build the word index now (about a second for the ЕТТ: call it off the GUI thread)."""
        return self.index

    def search(self, text: str, limit: int | None = None) -> list[TariffLine]:
        """Lines whose code starts with the typed digits, or whose text (with its headings')
        holds every word typed, by word stem: "кабель" finds "кабели", "лампа" "лампы"."""
        if not text.strip():
            return list(self.lines[:limit])
        return self.index.search(text, limit)

    def to_json(self) -> dict[str, Any]:
        return {
            "pack": "tariff",
            "title": self.title,
            "version": self.version,
            "effectiveDate": self.effective_date.isoformat(),
            "source": self.source,
            "practice": self.practice,
            "measures": [
                {"code": m.code, "names": dict(m.names), "documents": list(m.documents)}
                for m in self.measures.values()
            ],
            "headings": [
                {"code": h.code, "names": dict(h.names), "parent": h.parent} for h in self.headings
            ],
            "lines": [_line_to_json(line) for line in self.lines],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Tariff:
        try:
            measures = {
                str(m["code"]): Measure(str(m["code"]), dict(m["names"]), tuple(m["documents"]))
                for m in data.get("measures", ())
            }
            return cls(
                title=str(data["title"]),
                version=str(data["version"]),
                effective_date=dt.date.fromisoformat(data["effectiveDate"]),
                source=str(data["source"]),
                practice=bool(data.get("practice", False)),
                measures=measures,
                headings=tuple(
                    Heading(str(h["code"]), dict(h["names"]), int(h.get("parent", -1)))
                    for h in data.get("headings", ())
                ),
                lines=tuple(_line_from_json(raw) for raw in data["lines"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ReferenceDataError(f"tariff pack is malformed: {error!r}") from error


def _line_to_json(line: TariffLine) -> dict[str, Any]:
    raw: dict[str, Any] = {"code": line.code, "names": dict(line.names), "duty": line.duty.text()}
    if line.excise is not None:
        raw["excise"] = line.excise.text()
    raw["vat"] = line.vat
    if line.unit:
        raw["unit"] = line.unit
    if line.measures:
        raw["measures"] = list(line.measures)
    if line.parent >= 0:
        raw["parent"] = line.parent
    if line.published:
        raw["dutyText"] = line.published
    if line.note:
        raw["note"] = line.note
    if line.manual:
        raw["dutyManual"] = True
    return raw


def _line_from_json(raw: Mapping[str, Any]) -> TariffLine:
    vat = str(raw.get("vat", "standard"))
    if vat not in VAT_TREATMENTS:
        raise ValueError(f"unknown VAT treatment {vat!r} for {raw.get('code')}")
    excise = raw.get("excise")
    manual = bool(raw.get("dutyManual", False))
    return TariffLine(
        code=str(raw["code"]),
        names=dict(raw["names"]),
        duty=Rate() if manual else _rate(str(raw["duty"])),
        excise=_rate(str(excise)) if excise else None,
        vat=vat,
        unit=str(raw.get("unit", "")),
        measures=tuple(str(m) for m in raw.get("measures", ())),
        parent=int(raw.get("parent", -1)),
        published=str(raw.get("dutyText", "")),
        note=str(raw.get("note", "")),
        manual=manual,
    )


@cache
def _rate(text: str) -> Rate:
    """Rates repeat (13 000 codes, a few hundred rates): each text is read once."""
    return Rate.parse(text)


def load_tariff(path: Path) -> Tariff:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ReferenceDataError(f"cannot read tariff {path}: {error}") from error
    return Tariff.from_json(data)


@cache
def practice_tariff() -> Tariff:
    """The tariff shipped for the demo: real codes, rates for practice only."""
    return load_tariff(resources_dir() / "tariff" / "practice.json")


OFFICIAL_TARIFF_FILE = "ett-2022.json"


@cache
def official_tariff() -> Tariff:
    """The EAEU nomenclature and Common Customs Tariff, built from the EEC's publication by
    `kedendesk.tools.tariff_pack`: the default tariff of every workspace."""
    return load_tariff(resources_dir() / "tariff" / OFFICIAL_TARIFF_FILE)


def shipped_tariffs() -> dict[str, Tariff]:
    """The tariffs that ship with the app (and the practice gateway), by version."""
    return {t.version: t for t in (official_tariff(), practice_tariff())}


@dataclass(frozen=True, slots=True)
class Dated:
    since: dt.date
    value: Decimal


def _in_force(values: Iterable[Dated], day: dt.date) -> Decimal | None:
    found: Decimal | None = None
    for entry in values:  # sorted by date
        if entry.since <= day:
            found = entry.value
    return found


@dataclass(frozen=True)
class PaymentRates:
    """What the law sets for every commodity alike: VAT rates and the customs fee, by date."""

    version: str
    source: str
    vat: Mapping[str, tuple[Dated, ...]]  # treatment -> percent since a date
    customs_fee: tuple[Dated, ...]  # KZT per declaration since a date

    def vat_percent(self, treatment: str, day: dt.date) -> Decimal | None:
        return _in_force(self.vat.get(treatment, ()), day)

    def customs_fee_on(self, day: dt.date) -> Decimal | None:
        return _in_force(self.customs_fee, day)


def _dated(raw: Iterable[Mapping[str, str]], key: str) -> tuple[Dated, ...]:
    values = [Dated(dt.date.fromisoformat(r["from"]), Decimal(r[key])) for r in raw]
    return tuple(sorted(values, key=lambda d: d.since))


@cache
def payment_rates() -> PaymentRates:
    path = resources_dir() / "reference" / "payment-rates.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return PaymentRates(
            version=data["version"],
            source=data["source"],
            vat={name: _dated(values, "percent") for name, values in data["vat"].items()},
            customs_fee=_dated(data["customsFee"], "amount"),
        )
    except (OSError, KeyError, ValueError, TypeError) as error:
        raise ReferenceDataError(f"cannot read {path}: {error!r}") from error
