"""Reference data: versioned code lists from `resources/reference`, countries and currencies.

Each pack carries a version, an effective date and its source, so what a check or calculation
used can be recorded. Packs are loaded once and cached.
"""

from __future__ import annotations

import datetime as dt
import gettext
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import pycountry

LANGUAGES = ("en", "ru", "kk")

PACKS = (
    "directions",
    "procedures",
    "transport-modes",
    "delivery-terms",
    "valuation-methods",
    "payment-types",
    "payment-features",
    "document-types",
    "goods-location-types",
    "units",
    "preferences",
    "preference-countries",
)
# Classifiers taken whole from the EEC's Russian text: every entry has its official Russian
# name; English and Kazakh names where the project has written them (the rest show Russian).
RUSSIAN_FIRST = frozenset({"document-types"})


class ReferenceDataError(RuntimeError):
    """A reference pack is missing or malformed: an installation problem, not user input."""


def resources_dir() -> Path:
    """The `resources/` folder: beside `src/` in a checkout, inside the package when installed."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package.parents[1] / "resources", package / "_resources"):
        if candidate.is_dir():
            return candidate
    raise ReferenceDataError(f"resources folder not found near {package}")


@dataclass(frozen=True)
class CodeEntry:
    code: str
    names: Mapping[str, str]
    attributes: Mapping[str, Any] = field(default_factory=dict)

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names.get("ru") or self.names.get("en") or ""

    def matches(self, needle: str) -> bool:
        """Case-insensitive (Cyrillic and Kazakh too) match on the code or any name."""
        if needle in self.code.casefold():
            return True
        return any(needle in name.casefold() for name in self.names.values())


@dataclass(frozen=True)
class CodeList:
    name: str
    title: str
    version: str
    effective_date: dt.date
    source: str
    entries: tuple[CodeEntry, ...]

    @cached_property
    def _by_code(self) -> dict[str, CodeEntry]:
        return {entry.code: entry for entry in self.entries}

    def __iter__(self) -> Iterator[CodeEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> CodeEntry | None:
        return self._by_code.get(code)

    def search(self, text: str, limit: int | None = None) -> list[CodeEntry]:
        """Entries whose code or name contains the text; exact and leading code matches first."""
        needle = text.strip().casefold()
        if not needle:
            return list(self.entries[:limit])

        def rank(entry: CodeEntry) -> int:
            code = entry.code.casefold()
            if code == needle:
                return 0
            if code.startswith(needle):
                return 1
            if any(n.casefold().startswith(needle) for n in entry.names.values()):
                return 2
            return 3

        found = sorted((e for e in self.entries if e.matches(needle)), key=rank)
        return found[:limit]


def _read_pack_file(name: str) -> dict[str, Any]:
    path = resources_dir() / "reference" / f"{name}.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ReferenceDataError(f"cannot read reference pack {path}: {error}") from error
    return data


def _entries(raw: Iterable[Mapping[str, Any]]) -> tuple[CodeEntry, ...]:
    return tuple(
        CodeEntry(
            code=str(e["code"]),
            names=dict(e["names"]),
            attributes={k: v for k, v in e.items() if k not in ("code", "names")},
        )
        for e in raw
    )


@cache
def code_list(name: str) -> CodeList:
    """A reference pack by name (see PACKS)."""
    data = _read_pack_file(name)
    try:
        return CodeList(
            name=data["pack"],
            title=data["title"],
            version=data["version"],
            effective_date=dt.date.fromisoformat(data["effectiveDate"]),
            source=data["source"],
            entries=_entries(data["entries"]),
        )
    except (KeyError, ValueError, TypeError) as error:
        raise ReferenceDataError(f"reference pack {name!r} is malformed: {error!r}") from error


def _translator(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, [language], fallback=True)


# Box 34 and box 16 accept these beside ISO 3166 codes.
_SPECIAL_COUNTRIES = (
    CodeEntry("EU", {"en": "European Union", "ru": "Европейский союз", "kk": "Еуропалық одақ"}),
    CodeEntry("00", {"en": "Unknown", "ru": "Неизвестно", "kk": "Белгісіз"}),
)


@cache
def countries() -> CodeList:
    """ISO 3166-1 alpha-2 countries with English, Russian and Kazakh names, plus EU and 00."""
    translators = {lang: _translator("iso3166-1", lang) for lang in ("ru", "kk")}
    entries = [
        CodeEntry(
            c.alpha_2,
            {
                "en": c.name,
                "ru": translators["ru"].gettext(c.name),
                "kk": translators["kk"].gettext(c.name),
            },
            {"alpha3": c.alpha_3, "numeric": c.numeric},
        )
        for c in pycountry.countries
    ]
    special = [CodeEntry(e.code, e.names, {"special": True}) for e in _SPECIAL_COUNTRIES]
    return CodeList(
        name="countries",
        title="Countries (ISO 3166-1)",
        version=f"pycountry {_pycountry_version()}",
        effective_date=dt.date(2026, 1, 1),
        source="ISO 3166-1 via pycountry (iso-codes), names translated by the iso-codes project",
        entries=tuple(entries + special),
    )


@cache
def currencies() -> CodeList:
    """ISO 4217 currencies; Kazakh names from a small pack where iso-codes has none."""
    ru = _translator("iso4217", "ru")
    kazakh = code_list("currency-names-kk")
    entries = []
    for c in pycountry.currencies:
        kk_entry = kazakh.get(c.alpha_3)
        names = {"en": c.name, "ru": ru.gettext(c.name)}
        if kk_entry is not None:
            names["kk"] = kk_entry.names["kk"]
        entries.append(CodeEntry(c.alpha_3, names, {"numeric": c.numeric}))
    return CodeList(
        name="currencies",
        title="Currencies (ISO 4217)",
        version=f"pycountry {_pycountry_version()}",
        effective_date=dt.date(2026, 1, 1),
        source="ISO 4217 via pycountry (iso-codes); Kazakh names: " + kazakh.source,
        entries=tuple(entries),
    )


def _pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def lookup(list_name: str) -> CodeList:
    """Any code list by name: a pack, "countries" or "currencies"."""
    if list_name == "countries":
        return countries()
    if list_name == "currencies":
        return currencies()
    return code_list(list_name)
