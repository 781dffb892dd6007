"""Rows of a table from CSV or XLSX, each with the line number a user sees in the file."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from kedendesk.exchange.problems import ExchangeError, FileProblem

Row = dict[str, str]


def cell_text(value: object) -> str:
    """A spreadsheet cell as text: dates in ISO form, floats through their repr, never binary."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(Decimal(repr(value)))  # never through binary arithmetic
    return str(value).strip()


def _header(cells: list[str]) -> list[str]:
    return [cell.strip().casefold().replace(" ", "_") for cell in cells]


def read_rows(path: Path) -> Iterator[tuple[int, Row]]:
    """(line number, {column: text}) for each data row; the first row names the columns."""
    if path.suffix.casefold() in (".xlsx", ".xlsm"):
        yield from _xlsx_rows(path)
    else:
        yield from _csv_rows(path)


def _csv_rows(path: Path) -> Iterator[tuple[int, Row]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExchangeError([FileProblem(f"not UTF-8 text: {error.reason}")]) from error
    except OSError as error:
        raise ExchangeError([FileProblem(str(error))]) from error
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(text.splitlines(), dialect)
    header: list[str] | None = None
    for line, cells in enumerate(reader, start=1):
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = _header(cells)
            continue
        yield line, {name: cell.strip() for name, cell in zip(header, cells, strict=False)}


def _xlsx_rows(path: Path) -> Iterator[tuple[int, Row]]:
    from openpyxl import load_workbook  # ~80 ms: only when a spreadsheet is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ExchangeError([FileProblem(f"not a readable XLSX workbook: {error}")]) from error
    try:
        sheet = workbook.worksheets[0]
        header: list[str] | None = None
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            if not any(cells):
                continue
            if header is None:
                header = _header(cells)
                continue
            yield line, dict(zip(header, cells, strict=False))
    finally:
        workbook.close()
