"""Builds the project's tariff pack from the EEC's ТН ВЭД ЕАЭС / ЕТТ group PDFs.

    python -m kedendesk.tools.tariff_pack ../shared/reference-sources/eec-ett-2022 \\
        -o resources/tariff/ett-2022.json

Each group PDF is read with `pdftotext -layout` (poppler-utils), its rows parsed
(`ett_layout`), the dash depths turned into the heading tree and the printed rates into the
project's rate texts (`ett_rates`). The pack keeps every ten-digit code with its own text, its
place in the tree, the supplementary unit code, the rate as printed and as the calculation
reads it, the note it refers to, and each group's date. The PDFs are inputs, not part of the
project; the pack is facts with their source.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kedendesk.tools.ett_layout import NO_UNIT, UNIT_CODES, Row, rows
from kedendesk.tools.ett_rates import PrintedRateError, rate_text

EDITION = dt.date(2022, 1, 1)  # EEC Council Decision No. 80 of 14.09.2021, "2022 edition"
_GROUP_FILE = re.compile(r"^ru\.(\d{2})_2022(?:_(\d{2})\.(\d{2})\.(\d{4}))?\.pdf$")
_PLAIN = re.compile(r"\d+(?:,\d+)?")
SOURCE = (
    "ТН ВЭД ЕАЭС and Единый таможенный тариф ЕАЭС (EEC Council Decision No. 80 of 14.09.2021, "
    "2022 edition, consolidated), one PDF per group as published by the Eurasian Economic "
    "Commission; built by kedendesk.tools.tariff_pack. Import duty rates and supplementary "
    "units as printed; note markers kept (see the EEC notes to the ЕТТ). VAT is the standard "
    "treatment and no excise is set: both are national and not part of the ЕТТ."
)


class PackError(RuntimeError):
    """The PDFs cannot be turned into a pack: names the file and row."""


@dataclass(frozen=True)
class Group:
    number: str
    as_of: dt.date
    path: Path


def groups(folder: Path) -> list[Group]:
    found = []
    for path in sorted(folder.glob("ru.*.pdf")):
        match = _GROUP_FILE.match(path.name)
        if match is None:
            continue
        number, day, month, year = match.groups()
        as_of = dt.date(int(year), int(month), int(day)) if year else EDITION
        found.append(Group(number, as_of, path))
    if not found:
        raise PackError(f"no group PDFs (ru.NN_2022*.pdf) in {folder}")
    return found


def layout_text(path: Path) -> str:
    try:
        done = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
        )
    except FileNotFoundError as error:
        raise PackError("pdftotext not found: install poppler-utils") from error
    except subprocess.CalledProcessError as error:
        raise PackError(f"pdftotext failed on {path}: {error.stderr.strip()}") from error
    return done.stdout


def plain_rate_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each rate is printed alone, without a note: what splits a glued note."""
    counts: Counter[str] = Counter()
    for text in texts:
        for row in rows(text):
            if _PLAIN.fullmatch(row.rate):
                counts[row.rate] += 1
    return counts


def build(
    group_texts: Mapping[Group, str], names: Mapping[str, Mapping[str, str]] | None = None
) -> dict[str, Any]:
    """The pack of the given groups' layout texts; `names` adds other languages by code."""
    counts = plain_rate_counts(group_texts.values())
    headings: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    group_dates = []
    for group, text in sorted(group_texts.items(), key=lambda item: item[0].number):
        group_dates.append(
            {"group": group.number, "asOf": group.as_of.isoformat(), "file": group.path.name}
        )
        stack: list[tuple[int, int]] = []  # (depth, heading index) of the open headings
        for row in rows(text, counts):
            depth = -1 if len(row.code) == 4 else row.depth
            while stack and stack[-1][0] >= depth:
                stack.pop()
            while row.code and stack and not _within(headings, stack, row.code):
                stack.pop()  # a heading of another code: a page began inside a subdivision
            if row.code and not stack and len(row.code) > 4:
                # "1206 00 Семена подсолнечника…": the heading printed at six digits.
                heading = {"code": row.code[:4], "names": {"ru": row.text}, "parent": -1}
                headings.append(heading)
                stack.append((-2, len(headings) - 1))
            parent = stack[-1][1] if stack else -1
            if len(row.code) == 10:
                lines.append(_line(group, row, parent, names or {}))
                continue
            headings.append({"code": row.code, "names": {"ru": row.text}, "parent": parent})
            stack.append((depth, len(headings) - 1))
    _check_unique(lines)
    return {
        "pack": "tariff",
        "title": "ТН ВЭД ЕАЭС / ЕТТ ЕАЭС (2022 edition, consolidated)",
        "version": "ett-2022-" + max(g["asOf"] for g in group_dates),
        "effectiveDate": max(g["asOf"] for g in group_dates),
        "source": SOURCE,
        "practice": False,
        "groups": group_dates,
        "measures": [],
        "headings": headings,
        "lines": lines,
    }


def _within(headings: list[dict[str, Any]], stack: list[tuple[int, int]], code: str) -> bool:
    """Whether a coded row belongs under the open headings (their codes are its prefixes)."""
    coded = [headings[index]["code"] for _, index in stack if headings[index]["code"]]
    return all(code.startswith(prefix) for prefix in coded)


def _line(
    group: Group, row: Row, parent: int, names: Mapping[str, Mapping[str, str]]
) -> dict[str, Any]:
    where = f"{group.path.name}, page {row.page}, line {row.line} ({row.code})"
    try:
        duty = rate_text(row.rate)
    except PrintedRateError as error:
        raise PackError(f"{where}: rate {error.args[0]!r} is not a rate this tool reads") from error
    unit = "" if row.unit in ("", NO_UNIT) else UNIT_CODES.get(row.unit)
    if unit is None:
        raise PackError(f"{where}: unit {row.unit!r} is not in the table of units")
    line: dict[str, Any] = {
        "code": row.code,
        "names": {"ru": row.text, **names.get(row.code, {})},
        "parent": parent,
        "duty": duty if duty is not None else "",
        "dutyText": row.rate,
    }
    if duty is None:
        line["dutyManual"] = True
    if row.note:
        line["note"] = row.note
    if unit:
        line["unit"] = unit
    if row.changed:
        line["changed"] = True
    return line


def _check_unique(lines: list[dict[str, Any]]) -> None:
    seen: set[str] = set()
    for line in lines:
        if line["code"] in seen:
            raise PackError(f"code {line['code']} printed twice")
        seen.add(line["code"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kedendesk.tools.tariff_pack")
    parser.add_argument("folder", type=Path, help="the folder of ru.NN_2022*.pdf group files")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument(
        "--names", type=Path, help="a tariff pack whose English and Kazakh names to carry over"
    )
    args = parser.parse_args(argv)
    try:
        found = groups(args.folder)
        texts = {group: layout_text(group.path) for group in found}
        names: dict[str, dict[str, str]] = {}
        if args.names:
            for raw in json.loads(args.names.read_text(encoding="utf-8"))["lines"]:
                names[raw["code"]] = {k: v for k, v in raw["names"].items() if k != "ru"}
        pack = build(texts, names)
    except PackError as error:
        print(f"tariff_pack: {error}", file=sys.stderr)
        return 1
    args.output.write_text(
        json.dumps(pack, ensure_ascii=False, separators=(",", ":"), indent=None) + "\n",
        encoding="utf-8",
    )
    print(
        f"{len(pack['lines'])} codes, {len(pack['headings'])} headings, "
        f"{len(pack['groups'])} groups -> {args.output}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
