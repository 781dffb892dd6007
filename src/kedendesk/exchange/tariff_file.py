"""A customs tariff from CSV or XLSX, so a user can load the official schedule.

Columns (first row, any order): code, description (or description_en / _ru / _kk), duty,
excise, vat (standard, reduced, exempt), unit (box 41 unit code), measures (codes separated by
";"). Rates are written as tariffs write them: "5%", "0.5 EUR/kg",
"10% but not less than 0.2 EUR/kg".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kedendesk.domain.tariff import (
    VAT_TREATMENTS,
    Measure,
    Rate,
    RateTextError,
    Tariff,
    TariffLine,
    practice_tariff,
)
from kedendesk.exchange.problems import ExchangeError, FileProblem
from kedendesk.exchange.table_file import Row, read_rows

_ALIASES = {
    "код": "code",
    "код_тн_вэд": "code",
    "наименование": "description",
    "пошлина": "duty",
    "акциз": "excise",
    "ндс": "vat",
    "ед_изм": "unit",
    "меры": "measures",
}
_VAT_ALIASES = {
    "": "standard",
    "16": "standard",
    "16%": "standard",
    "5": "reduced",
    "5%": "reduced",
    "0": "exempt",
    "0%": "exempt",
    "освобождено": "exempt",
}


def _names(row: Row) -> dict[str, str]:
    names = {lang: row.get(f"description_{lang}", "") for lang in ("en", "ru", "kk")}
    fallback = row.get("description", "")
    return {lang: text or fallback for lang, text in names.items() if text or fallback}


def _line(line_number: int, row: Row, problems: list[FileProblem]) -> TariffLine | None:
    code = row.get("code", "").replace(" ", "").replace(".", "")
    if len(code) != 10 or not code.isdigit():
        problems.append(FileProblem(f"not a 10-digit code: {code!r}", line_number, field="code"))
        return None
    rates: dict[str, Rate | None] = {}
    for column in ("duty", "excise"):
        text = row.get(column, "")
        try:
            rates[column] = Rate.parse(text) if text or column == "duty" else None
        except RateTextError:
            problems.append(FileProblem(f"not a rate: {text!r}", line_number, field=column))
            return None
    vat = _VAT_ALIASES.get(row.get("vat", "").casefold(), row.get("vat", "").casefold())
    if vat not in VAT_TREATMENTS:
        problems.append(FileProblem(f"unknown VAT treatment {vat!r}", line_number, field="vat"))
        return None
    duty = rates["duty"]
    assert duty is not None
    measures = tuple(m.strip() for m in row.get("measures", "").replace(",", ";").split(";"))
    return TariffLine(
        code=code,
        names=_names(row),
        duty=duty,
        excise=rates["excise"],
        vat=vat,
        unit=row.get("unit", "").strip(),
        measures=tuple(m for m in measures if m),
    )


def read_tariff(path: Path, version: str, effective_date: dt.date) -> Tariff:
    """The whole tariff, or ExchangeError naming every bad line (nothing half-imported)."""
    lines: list[TariffLine] = []
    problems: list[FileProblem] = []
    seen: dict[str, int] = {}
    for line_number, raw in read_rows(path):
        row = {_ALIASES.get(k, k): v for k, v in raw.items()}
        if "code" not in row or "duty" not in row:
            raise ExchangeError([FileProblem("the first row must name columns code and duty", 1)])
        line = _line(line_number, row, problems)
        if line is None:
            continue
        if line.code in seen:
            problems.append(
                FileProblem(f"code {line.code} already on line {seen[line.code]}", line_number)
            )
            continue
        seen[line.code] = line_number
        lines.append(line)
    if problems:
        raise ExchangeError(problems)
    if not lines:
        raise ExchangeError([FileProblem("the file holds no tariff lines")])
    known: dict[str, Measure] = dict(practice_tariff().measures)
    used = {m for line in lines for m in line.measures}
    unknown = sorted(used - set(known))
    if unknown:
        raise ExchangeError([FileProblem(f"unknown measures: {', '.join(unknown)}")])
    return Tariff(
        title=path.stem,
        version=version,
        effective_date=effective_date,
        source=f"imported from {path.name}",
        lines=tuple(sorted(lines, key=lambda line: line.code)),
        measures={code: known[code] for code in sorted(used)},
    )
