"""Reads the EEC's ТН ВЭД ЕАЭС / ЕТТ group PDFs, as `pdftotext -layout` prints them, into rows.

One printed table row becomes one `Row`: the code (4, 6, 8, 9 or 10 digits, or none for a
dash-only subdivision), the dash depth, the description (wrapped lines joined), the
supplementary unit and the import duty rate exactly as printed (wrapped lines joined, the
note marker split off). The columns move from page to page, so each page's header says where
the unit column is. What the rate text means is `ett_rates`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

# The unit symbols of the tariff's table of supplementary units, and their codes.
UNIT_CODES = {
    "кг": "166",
    "г": "163",
    "г Д/И": "306",
    "м2": "055",
    "кг N": "861",
    "кг KOH": "859",
    "кг NaOH": "863",
    "кг K2O": "852",
    "кг H2O2": "841",
    "кг P2O5": "865",
    "кг 90% с/в": "845",
    "кг U": "867",
    "м3": "113",
    "Ки": "305",
    "л": "112",
    "л 100% спирта": "831",
    "м": "006",
    "кар": "162",
    "пар": "715",
    "100 шт": "797",
    "1000 м3": "114",
    "1000 шт": "798",
    "шт": "796",
    "шт, м": "796",  # 3702 31: pieces, and metres as a second unit
    "шт (колод)": "796",  # 9504 40: packs of playing cards
    "1000 кВт·ч": "246",
    "1000 кВт.ч": "246",
    "1000 л": "130",
}
NO_UNIT = "–"

_CODE = re.compile(r"^(?P<plus>\+)?\s*(?P<code>\d{4}(?: \d{2}(?: \d{2,3}(?: \d)?)?)?)(?=\s|$)")
_SEGMENT = re.compile(r"\S+(?: \S+)*")
_DASHES = re.compile(r"^((?:[–-]\s*)+)")
_HEADER_END = "в долларах США)"
# A rate with a note marker glued to it: "563С)" is rate 5 with note 63С; "12,567С)" 12,5 / 67С.
_GLUED_NOTE = re.compile(r"^(?P<digits>\d+(?:,\d+)?)(?:[СC]\))$")
_NATIONAL_NOTE = re.compile(r"(?<=[^\s\d(])\d{1,2}\)")  # "судов5)": footnote 5 of the text


@dataclass
class Row:
    code: str  # digits only, "" for a subdivision printed without a code
    depth: int  # number of dashes before the text; 0 for a heading
    text: str
    unit: str = ""  # symbol as printed ("шт", "–"); "" where the row has no unit column
    rate: str = ""  # the rate as printed, wrapped lines joined, note marker split off
    note: str = ""  # the EEC note the rate refers to ("63С"), "" for none
    changed: bool = False  # "+": the code existed before with other coverage
    page: int = 0
    line: int = 0


@dataclass(frozen=True)
class Segment:
    start: int
    text: str


def segments(line: str) -> list[Segment]:
    """The runs of text separated by two spaces or more, with their columns."""
    return [Segment(m.start(), m.group()) for m in _SEGMENT.finditer(line)]


def split_note(rate: str, rate_counts: Mapping[str, int]) -> tuple[str, str]:
    """Split "1263С)" into ("12", "63С"): notes are numbered 1С–130С; of the possible splits,
    the one whose rate the tariff prints most often on its own is taken."""
    match = _GLUED_NOTE.match(rate.strip())
    if match is None:
        return rate, ""
    digits = match.group("digits")
    candidates = []
    for cut in range(1, len(digits)):
        head, tail = digits[:cut], digits[cut:]
        if head.endswith(",") or tail.startswith(("0", ",")) or not tail.isdigit():
            continue
        if int(tail) > 130 or (len(head) > 1 and head[0] == "0" and head[1] != ","):
            continue
        candidates.append((rate_counts.get(head, 0), -len(head), head))
    if not candidates:
        return rate, ""
    head = max(candidates)[2]
    return head, digits[len(head) :] + "С"


def _header_unit_column(page: list[str]) -> tuple[int, int] | None:
    """Where the unit column starts on this page, and the line after the header."""
    unit_at = None
    for n, line in enumerate(page):
        if unit_at is None and "Доп." in line:
            unit_at = line.index("Доп.")
        if _HEADER_END in line and unit_at is not None:
            return unit_at, n + 1
    return None


def _glued_unit(text: str) -> tuple[str, str]:
    """ "шт 1,7 евро за 1000 шт" -> ("шт", "1,7 евро за 1000 шт"): a unit printed next to
    its rate with one space."""
    for symbol in [*sorted(UNIT_CODES, key=len, reverse=True), NO_UNIT]:
        if text == symbol:
            return symbol, ""
        if text.startswith(symbol + " ") and text[len(symbol) + 1 : len(symbol) + 2].isdigit():
            return symbol, text[len(symbol) + 1 :]
    return text, ""


def _strip_dashes(text: str) -> tuple[int, str]:
    match = _DASHES.match(text)
    if match is None:
        return 0, text
    return match.group(1).count("–") + match.group(1).count("-"), text[match.end() :].strip()


def rows(text: str, rate_counts: Mapping[str, int] | None = None) -> Iterator[Row]:
    """Every table row of one group's layout text (pages separated by form feeds).

    `rate_counts` (how often each plain rate is printed on its own) lets glued note markers be
    split; without it the rates stay as printed."""
    for page_number, page_text in enumerate(text.split("\f"), start=1):
        yield from _page_rows(page_text.splitlines(), page_number, rate_counts)


def _page_rows(
    page: list[str], page_number: int, rate_counts: Mapping[str, int] | None
) -> Iterator[Row]:
    header = _header_unit_column(page)
    if header is None:
        return
    unit_at, first = header
    left_of_unit = unit_at - 5
    rate_from = unit_at + 5
    current: Row | None = None
    text_at = -1  # where the current row's first text line starts
    for n in range(first, len(page)):
        line = page[n]
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        match = _CODE.match(line.lstrip()) if indent <= 8 else None
        parts = segments(line)
        if match is not None:
            if current is not None:
                yield _finish(current, rate_counts)
            code_end = indent + match.end()
            rest = [s for s in parts if s.start >= code_end]
            text_parts = [s for s in rest if s.start < left_of_unit]
            column_parts = [s for s in rest if s.start >= left_of_unit]
            description = " ".join(s.text for s in text_parts)
            depth, description = _strip_dashes(description)
            current = Row(
                code=match.group("code").replace(" ", ""),
                depth=depth,
                text=description,
                changed=bool(match.group("plus")),
                page=page_number,
                line=n + 1,
            )
            text_at = text_parts[0].start if text_parts else -1
            if column_parts:
                _code_line_columns(current, [s.text for s in column_parts])
            continue
        text_parts = [s for s in parts if s.start < left_of_unit]
        column_parts = [s for s in parts if s.start >= left_of_unit]
        starts_node = bool(text_parts) and text_parts[0].text.startswith(("–", "- "))
        if starts_node and (current is None or text_parts[0].start <= max(text_at, 0) + 1):
            if current is not None:
                yield _finish(current, rate_counts)
            depth, description = _strip_dashes(" ".join(s.text for s in text_parts))
            current = Row("", depth, description, page=page_number, line=n + 1)
            text_at = text_parts[0].start
            continue
        if current is None:
            continue
        if text_parts:
            last = text_parts[-1]
            word_at = last.start + len(last.text) - len("спирта")
            unit_word = current.unit.endswith("100%") and last.text.endswith(" спирта")
            if unit_word and word_at >= left_of_unit:
                current.unit += " спирта"  # the unit's last word, one space off the text
                text_parts[-1] = Segment(last.start, last.text[: -len(" спирта")])
            current.text = _join(current.text, " ".join(s.text for s in text_parts))
        for part in column_parts:
            if (part.start < rate_from or part.text == "спирта") and current.unit != NO_UNIT:
                tail, glued_rate = _unit_tail(part.text)
                if tail:
                    current.unit = _normal_unit(f"{current.unit} {tail}")
                    if glued_rate:
                        current.rate = _join(current.rate, glued_rate)
                    continue
            current.rate = _join(current.rate, part.text)
    if current is not None:
        yield _finish(current, rate_counts)


def _code_line_columns(row: Row, texts: list[str]) -> None:
    """The unit and rate cells of a code line (a unit may be glued to the description or to
    the rate by a single space)."""
    unit, glued_rate = _glued_unit(_normal_unit(texts[0]))
    if unit == texts[0] and not _is_unit(unit):
        unit, glued_rate = "", ""
        rate_texts = texts
        row.text, unit = _peel_unit(row.text)
    else:
        rate_texts = ([glued_rate] if glued_rate else []) + texts[1:]
    row.unit = unit
    row.rate = " ".join(rate_texts)


def _is_unit(text: str) -> bool:
    return text == NO_UNIT or text in UNIT_CODES or text in ("1000", "100", "кг с/в")


def _peel_unit(description: str) -> tuple[str, str]:
    """ "урана, обедненного ураном-235 кг U" -> (the text, "кг U")."""
    for symbol in [*sorted(UNIT_CODES, key=len, reverse=True), NO_UNIT, "1000"]:
        if description.endswith(" " + symbol):
            return description[: -len(symbol) - 1].rstrip(), symbol
    return description, ""


_TAILS = ("шт", "100%", "90%", "спирта", "с/в", "м3", "кВт·ч", "кВт.ч", "л", "(колод)", "2", "3")


def _unit_tail(text: str) -> tuple[str, str]:
    """A unit's second line ("шт" under "1000", "спирта"), and a rate glued to it."""
    if re.fullmatch(r"[A-Z][A-Za-z0-9 ]*", text):
        return text, ""  # the formula of "кг K2O", printed with its subscripts apart
    for tail in _TAILS:
        if text == tail:
            return tail, ""
        if text.startswith(tail + " ") and text[len(tail) + 1 : len(tail) + 2].isdigit():
            return tail, text[len(tail) + 1 :]
    return "", ""


def _normal_unit(text: str) -> str:
    text = " ".join(text.split())
    for printed, unit in (("м 2", "м2"), ("м 3", "м3"), ("K2 O", "K2O"), ("H2 O2", "H2O2")):
        text = text.replace(printed, unit)
    return text.replace("кг с/в", "кг 90% с/в").replace("кг 90% 90% с/в", "кг 90% с/в")


def _join(first: str, second: str) -> str:
    if not first:
        return second
    if first.endswith("-") and not first.endswith(" -"):
        return first + second  # a word hyphenated at the line end
    return f"{first} {second}"


_TRAILING_NOTE = re.compile(r"(?<=[^\d\s,])(\d{1,3})[СC]\)$")
_SPACED_NOTE = re.compile(r"^(\d+(?:,\d+)?) (\d{1,3})[СC]\)$")


def _finish(row: Row, rate_counts: Mapping[str, int] | None) -> Row:
    row.text = _NATIONAL_NOTE.sub("", row.text).strip()
    rate = " ".join(row.rate.split())
    if rate_counts is not None:
        spaced = _SPACED_NOTE.match(rate)
        trailing = _TRAILING_NOTE.search(rate)
        if spaced:
            rate, row.note = spaced.group(1), spaced.group(2) + "С"
        elif trailing:
            rate, row.note = rate[: trailing.start()].rstrip(), trailing.group(1) + "С"
        else:
            rate, row.note = split_note(rate, rate_counts)
    row.rate = rate
    return row
