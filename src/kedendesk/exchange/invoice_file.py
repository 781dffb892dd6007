"""Supplier invoices and packing lists from spreadsheets: find the header row, propose which
column is which, read the lines.

Suppliers put a title, addresses and a logo above the table, name the columns in Russian,
Kazakh, English or the English of Chinese exporters ("Q'TY", "N.W.", "CTNS"), write numbers
with commas or spaces, and add a TOTAL row. `read_invoice` finds the row whose cells name the
most known columns, maps them (or takes a mapping the user saved), and reads every line after
it; each problem names its sheet, row and column, and nothing is guessed: a cell that is not a
number stays a problem, not a zero.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kedendesk.domain.lenient import in_range
from kedendesk.exchange.problems import ExchangeError, FileProblem
from kedendesk.exchange.table_file import cell_text

MAX_ROWS = 100_000  # far above any invoice; a bigger sheet is refused, not read for minutes
HEADER_SEARCH = 40  # rows scanned for the header
NUMERIC = frozenset({"quantity", "unit_price", "amount", "gross", "net", "packages"})
FIELDS: dict[str, tuple[str, ...]] = {
    "description": (
        "description", "description of goods", "goods description", "goods", "commodity",
        "product", "product name", "name of goods", "item description", "name",
        "наименование", "наименование товара", "описание", "описание товара", "товар",
        "атауы", "тауар", "тауардың атауы", "品名", "货物名称",
    ),
    "article": (
        "article", "art", "art no", "article no", "item no", "item", "sku", "part no",
        "артикул", "арт", "код поставщика", "артикулы",
    ),
    "code": (
        "hs code", "hs", "hs code 10", "customs code", "tariff code", "тн вэд", "код тн вэд",
        "код тнвэд", "тнвэд", "тн сыэ", "тн сыэ коды", "hs编码",
    ),
    "origin": (
        "origin", "country of origin", "made in", "coo", "страна происхождения",
        "происхождение", "страна", "шығарылған елі", "шыққан елі", "原产地",
    ),
    "quantity": (
        "quantity", "qty", "q'ty", "qnty", "pcs", "quantity pcs", "количество", "кол-во",
        "кол", "саны", "数量",
    ),
    "unit": (
        "unit", "units", "uom", "unit of measure", "ед", "ед изм", "единица",
        "единица измерения", "өлшем бірлігі", "бірлік", "单位",
    ),
    "unit_price": (
        "unit price", "price", "price per unit", "u/price", "u price", "unit value", "цена",
        "цена за единицу", "цена за ед", "бағасы", "бірлік бағасы", "单价",
    ),
    "amount": (
        "amount", "total amount", "total price", "total value", "value", "total", "сумма",
        "стоимость", "общая стоимость", "сомасы", "құны", "жалпы құны", "金额", "总价",
    ),
    "gross": (
        "gross weight", "g.w", "gw", "gross", "g w", "gross wt", "вес брутто", "брутто",
        "брутто салмағы", "毛重",
    ),
    "net": (
        "net weight", "n.w", "nw", "net", "n w", "net wt", "вес нетто", "нетто",
        "нетто салмағы", "净重",
    ),
    "packages": (
        "packages", "cartons", "ctns", "ctn", "number of packages", "no of packages", "pkgs",
        "places", "мест", "кол-во мест", "количество мест", "грузовых мест", "орын саны",
        "орын", "箱数", "件数",
    ),
    "manufacturer": (
        "manufacturer", "producer", "maker", "factory", "производитель", "изготовитель",
        "өндіруші", "生产商",
    ),
    "trademark": (
        "trademark", "brand", "trade mark", "товарный знак", "марка", "бренд",
        "тауар белгісі", "品牌",
    ),
    "model": ("model", "model no", "type", "модель", "модель товара", "型号"),
}  # fmt: skip
TOTAL_WORDS = ("total", "итого", "всего", "барлығы", "жиыны", "合计", "总计")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_WORD = re.compile(r"[^\w.'/-]+")


def normal_header(text: str) -> str:
    """A header cell for matching: lower case, units in brackets dropped, punctuation spaced."""
    cleaned = _BRACKETS.sub(" ", text.casefold().replace("ё", "е"))
    cleaned = _NOT_WORD.sub(" ", cleaned).replace(".", ". ").strip(" .:")
    return " ".join(word.strip(".") for word in cleaned.split() if word.strip("."))


_SYNONYMS = {normal_header(word): name for name, words in FIELDS.items() for word in words}


@dataclass(frozen=True)
class InvoiceLine:
    """One line of an invoice or packing list, as the file has it (numbers read)."""

    sheet: str
    row: int
    values: Mapping[str, str]  # field -> text
    numbers: Mapping[str, Decimal]  # numeric fields that were numbers

    def text(self, name: str) -> str:
        return self.values.get(name, "")


@dataclass
class InvoiceReading:
    """What a file says, before anything is written: lines, the mapping used, problems."""

    path: Path
    sheet: str
    header_row: int
    mapping: dict[str, int]  # field -> column (0-based)
    headers: list[str]
    lines: list[InvoiceLine] = field(default_factory=list)
    stated_totals: dict[str, Decimal] = field(default_factory=dict)  # the TOTAL row
    problems: list[FileProblem] = field(default_factory=list)

    def total(self, name: str) -> Decimal:
        return sum((line.numbers.get(name, Decimal(0)) for line in self.lines), Decimal(0))


# -- cells -------------------------------------------------------------------------------


def invoice_number(text: str) -> Decimal | None:
    """ "1 234,56", "1,234.56", "1.234,56", "12,5", "1'000" -> Decimal; None if not a number.
    One comma alone is a decimal comma (Russian and Kazakh invoices write 12,5 kg)."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace("'", "").replace("’", "")
    for sign in ("$", "€", "¥", "₸", "usd", "eur", "cny", "rmb", "kzt", "руб", "тг"):
        cleaned = cleaned.casefold().replace(sign, "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        cleaned = cleaned.replace(thousands, "").replace(decimal_mark, ".")
    elif cleaned.count(",") > 1:
        cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        return None
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None
    return number if in_range(number) else None


# -- files -------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """CSV text: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1251."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ExchangeError([FileProblem(f"not UTF-16 text: {error.reason}")]) from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Windows-1251 leaves one byte (0x98) unassigned: it becomes U+FFFD, named by R24.
        return data.decode("cp1251", errors="replace")


def sheets(path: Path, formulas: bool = False) -> list[tuple[str, list[list[str]]]]:
    """Every sheet's rows as text cells; raises ExchangeError naming what cannot be read.
    XLSX is read by calamine (about 30 times faster than openpyxl on a 999-line invoice);
    `formulas` reads it with openpyxl instead, which tells a formula with no saved value from
    an empty cell."""
    if path.suffix.casefold() in (".xlsx", ".xlsm"):
        return _xlsx_sheets(path) if formulas else _calamine_sheets(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExchangeError([FileProblem(str(error))]) from error
    text = decode(data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:8192], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    rows = []
    for number, cells in enumerate(csv.reader(text.splitlines(), dialect), start=1):
        if number > MAX_ROWS:
            raise ExchangeError([FileProblem(f"more than {MAX_ROWS} rows: not an invoice")])
        rows.append([cell.strip() for cell in cells])
    return [(path.stem, rows)]


FORMULA = "\x00formula:"  # a cell whose formula has no value saved with it


def _calamine_sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        found = []
        for name in workbook.sheet_names:
            rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            if len(rows) > MAX_ROWS:
                raise ExchangeError([FileProblem(f"sheet {name}: more than {MAX_ROWS} rows")])
            found.append((name, [[cell_text(v) for v in row] for row in rows]))
    except (CalamineError, OSError, ValueError, TypeError) as error:
        raise ExchangeError([FileProblem(f"not a readable XLSX workbook: {error}")]) from error
    return found


def _xlsx_sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    from openpyxl import load_workbook  # ~80 ms: only when a spreadsheet is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        values = load_workbook(path, read_only=True, data_only=True)
        formulas = load_workbook(path, read_only=True, data_only=False)
    except (OSError, InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ExchangeError([FileProblem(f"not a readable XLSX workbook: {error}")]) from error
    found = []
    try:
        for sheet, written in zip(values.worksheets, formulas.worksheets, strict=True):
            rows = []
            pairs = zip(
                sheet.iter_rows(values_only=True), written.iter_rows(values_only=True), strict=False
            )
            for number, (cached, source) in enumerate(pairs, start=1):
                if number > MAX_ROWS:
                    raise ExchangeError(
                        [FileProblem(f"sheet {sheet.title}: more than {MAX_ROWS} rows")]
                    )
                cells = [cell_text(v) for v in cached]
                for column, formula in enumerate(source):
                    if isinstance(formula, str) and formula.startswith("=") and not cells[column]:
                        cells[column] = FORMULA + formula
                rows.append(cells)
            found.append((sheet.title, rows))
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError, IndexError) as error:
        raise ExchangeError([FileProblem(f"the workbook is damaged: {error}")]) from error
    finally:
        values.close()
        formulas.close()
    return found


# -- the header and the mapping ------------------------------------------------------------


def propose_mapping(cells: Iterable[str]) -> dict[str, int]:
    """Which column is which field, from the header cells (first match of a field wins)."""
    mapping: dict[str, int] = {}
    for column, cell in enumerate(cells):
        name = _SYNONYMS.get(normal_header(cell))
        if name is None:
            key = normal_header(cell)
            name = next((n for w, n in _SYNONYMS.items() if len(w) > 3 and key.startswith(w)), None)
        if name is not None and name not in mapping:
            mapping[name] = column
    return mapping


def find_header(rows: list[list[str]]) -> tuple[int, dict[str, int]] | None:
    """The row (0-based) that names the most columns, with at least a description or an
    article and a quantity or an amount."""
    best: tuple[int, int, dict[str, int]] | None = None
    for index, cells in enumerate(rows[:HEADER_SEARCH]):
        mapping = propose_mapping(cells)
        usable = ("description" in mapping or "article" in mapping) and (
            "quantity" in mapping or "amount" in mapping or "net" in mapping
        )
        if usable and (best is None or len(mapping) > best[1]):
            best = (index, len(mapping), mapping)
    return (best[0], best[2]) if best else None


def _is_total(cells: list[str], mapping: Mapping[str, int]) -> bool:
    described = [cells[c] for n, c in mapping.items() if n in ("description", "article")]
    first = next((cell for cell in cells if cell), "")
    words = " ".join([*described, first]).casefold()
    return any(word in words for word in TOTAL_WORDS) and not (
        mapping.get("code") is not None and _at(cells, mapping["code"]).isdigit()
    )


def _at(cells: list[str], column: int) -> str:
    return cells[column] if column < len(cells) else ""


def read_invoice(
    path: Path,
    mapping: Mapping[str, int] | None = None,
    saved: Callable[[list[str]], Mapping[str, int] | None] | None = None,
) -> InvoiceReading:
    """The first sheet with an invoice table. The columns are `mapping` (field -> column) when
    given, else what `saved` finds for the header cells (the mapping the user kept for this
    supplier), else the proposal. Raises ExchangeError when no sheet has a table."""
    found = sheets(path)
    for name, rows in found:
        header = find_header(rows)
        if header is None:
            continue
        index, proposed = header
        kept = saved(rows[index]) if saved is not None and not mapping else None
        used = dict(mapping or kept or proposed)
        reading = InvoiceReading(path, name, index + 1, used, rows[index])
        _read_lines(reading, rows[index + 1 :], index + 2)
        if _has_gaps(reading) and path.suffix.casefold() in (".xlsx", ".xlsm"):
            # An empty number cell may be a formula with no saved value: read it again,
            # slowly, with openpyxl, which can tell.
            exact = dict(sheets(path, formulas=True))[name]
            reading = InvoiceReading(path, name, index + 1, used, exact[index])
            _read_lines(reading, exact[index + 1 :], index + 2)
        return reading
    raise ExchangeError(
        [
            FileProblem(
                "no sheet has a header row naming the goods and their quantity or amount "
                f"(sheets: {', '.join(name for name, _ in found) or 'none'})"
            )
        ]
    )


def _has_gaps(reading: InvoiceReading) -> bool:
    numeric = NUMERIC & reading.mapping.keys()
    return any(not line.values.get(name) for line in reading.lines for name in numeric)


def _read_lines(reading: InvoiceReading, rows: list[list[str]], first_row: int) -> None:
    mapping = reading.mapping
    for offset, cells in enumerate(rows):
        row = first_row + offset
        if not any(cells):
            continue
        if _is_total(cells, mapping):
            for name in NUMERIC:
                if name in mapping:
                    number = invoice_number(_at(cells, mapping[name]))
                    if number is not None:
                        reading.stated_totals[name] = number
            continue
        values = {name: _at(cells, column) for name, column in mapping.items()}
        for name, text in list(values.items()):
            if text.startswith(FORMULA):
                reading.problems.append(
                    FileProblem(
                        f"sheet {reading.sheet}: the formula {text[len(FORMULA) :]} has no value "
                        "saved with it (open and save the file in Excel or LibreOffice)",
                        row,
                        mapping[name] + 1,
                        name,
                    )
                )
                values[name] = ""
        if not any(values.get(n) for n in ("description", "article", "code")):
            continue  # a note, a signature line, a stamp
        numbers = {}
        for name in NUMERIC & values.keys():
            text = values[name]
            if not text:
                continue
            number = invoice_number(text)
            if number is None or number < 0:
                reading.problems.append(
                    FileProblem(
                        f"sheet {reading.sheet}: “{text}” is not a number",
                        row,
                        mapping[name] + 1,
                        name,
                    )
                )
            else:
                numbers[name] = number
        reading.lines.append(InvoiceLine(reading.sheet, row, values, numbers))
