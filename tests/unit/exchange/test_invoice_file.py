"""Supplier invoices from spreadsheets: headers in four languages, encodings, numbers written
every way, the TOTAL row, broken and hostile files named, nothing guessed."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from kedendesk.exchange.invoice_file import (
    find_header,
    invoice_number,
    propose_mapping,
    read_invoice,
)
from kedendesk.exchange.problems import ExchangeError

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "resources" / "samples"


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            ["No.", "Description of goods", "Q'TY", "Unit Price (USD)", "Amount (USD)",
             "N.W. (kg)"],
            {"description": 1, "quantity": 2, "unit_price": 3, "amount": 4, "net": 5},
        ),
        (
            ["№", "Наименование товара", "Кол-во", "Цена", "Сумма", "Вес брутто", "Мест"],
            {"description": 1, "quantity": 2, "unit_price": 3, "amount": 4, "gross": 5,
             "packages": 6},
        ),
        (
            ["Тауардың атауы", "Саны", "Бағасы", "Құны", "Шығарылған елі"],
            {"description": 0, "quantity": 1, "unit_price": 2, "amount": 3, "origin": 4},
        ),
        (
            ["品名", "数量", "单价", "金额", "毛重", "净重", "箱数"],
            {"description": 0, "quantity": 1, "unit_price": 2, "amount": 3, "gross": 4, "net": 5,
             "packages": 6},
        ),
        (
            ["ART. NO.", "DESCRIPTION", "HS CODE", "MADE IN", "QTY", "G.W.", "CTNS", "BRAND"],
            {"article": 0, "description": 1, "code": 2, "origin": 3, "quantity": 4, "gross": 5,
             "packages": 6, "trademark": 7},
        ),
    ],
)  # fmt: skip
def test_header_cells_in_four_languages_map_to_fields(
    cells: list[str], expected: dict[str, int]
) -> None:
    assert propose_mapping(cells) == expected


def test_the_header_is_found_under_the_title_block() -> None:
    rows = [
        ["SHENZHEN KEYOU ELECTRONICS CO., LTD."],
        ["COMMERCIAL INVOICE", "", "Date: 2026-11-18"],
        [],
        ["Description", "Qty", "Amount"],
        ["Keyboard", "10", "48.00"],
    ]
    assert find_header(rows) == (3, {"description": 0, "quantity": 1, "amount": 2})
    assert find_header([["Invoice"], ["Buyer", "Seller"]]) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1 234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("12,5", "12.5"),
        ("1'000", "1000"),
        ("1\u00a0200", "1200"),
        ("USD 48.00", "48.00"),
        ("1,234,567", "1234567"),
    ],
)
def test_numbers_as_invoices_write_them(text: str, number: str) -> None:
    assert invoice_number(text) == Decimal(number)


@pytest.mark.parametrize("text", ["", "abc", "12-5", "1e5", "NaN", "1" * 40, "--1"])
def test_what_is_not_a_number_is_none(text: str) -> None:
    assert invoice_number(text) is None


def test_the_sample_xlsx_invoice_is_read_with_its_total_row() -> None:
    reading = read_invoice(SAMPLES / "invoice-shenzhen-keyou.xlsx")
    assert (reading.sheet, reading.header_row) == ("Invoice", 7)
    assert len(reading.lines) == 10 and not reading.problems
    assert reading.lines[0].text("article") == "KB-104"
    assert reading.stated_totals["amount"] == reading.total("amount")


def _csv(path: Path, encoding: str, text: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


CSV = "Наименование;Кол-во;Сумма\r\nЛампа светодиодная;1 200;744,00\r\nКабель USB;800;384,00\r\n"


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8", "utf-8-sig", "utf-16"])
def test_a_csv_in_any_of_its_encodings_reads_the_same(tmp_path: Path, encoding: str) -> None:
    reading = read_invoice(_csv(tmp_path / "invoice.csv", encoding, CSV))
    assert [line.text("description") for line in reading.lines] == [
        "Лампа светодиодная",
        "Кабель USB",
    ]
    assert reading.total("amount") == Decimal("1128.00")


def test_a_cell_that_is_not_a_number_is_named_by_row_and_column(tmp_path: Path) -> None:
    text = "Description,Qty,Amount\nKeyboard,ten,48.00\nMouse,5,9.50\n"
    reading = read_invoice(_csv(tmp_path / "invoice.csv", "utf-8", text))
    (problem,) = reading.problems
    assert (problem.line, problem.column, problem.field) == (2, 2, "quantity")
    assert "“ten” is not a number" in str(problem)
    assert "quantity" not in reading.lines[0].numbers  # never a zero in its place


def test_a_formula_with_no_saved_value_is_named(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Description", "Qty", "Price", "Amount"])
    sheet.append(["Keyboard", 10, 4.8, "=B2*C2"])  # openpyxl saves no cached value
    path = tmp_path / "formulas.xlsx"
    workbook.save(path)
    reading = read_invoice(path)
    (problem,) = reading.problems
    assert (problem.line, problem.field) == (2, "amount")
    assert "=B2*C2" in str(problem)


@pytest.mark.parametrize("damage", ["truncated", "not-a-zip", "zip-without-workbook", "empty"])
def test_a_broken_workbook_is_a_message_not_a_crash(tmp_path: Path, damage: str) -> None:
    good = SAMPLES / "invoice-shenzhen-keyou.xlsx"
    path = tmp_path / "broken.xlsx"
    if damage == "truncated":
        path.write_bytes(good.read_bytes()[:2000])
    elif damage == "not-a-zip":
        path.write_bytes(b"<html>this is not a workbook</html>")
    elif damage == "zip-without-workbook":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "nothing here")
    else:
        path.write_bytes(b"")
    with pytest.raises(ExchangeError) as raised:
        read_invoice(path)
    assert str(raised.value)


def test_a_sheet_without_an_invoice_table_says_so(tmp_path: Path) -> None:
    path = _csv(tmp_path / "notes.csv", "utf-8", "Dear buyer,\nplease find attached\n")
    with pytest.raises(ExchangeError, match="no sheet has a header row"):
        read_invoice(path)


def test_a_million_rows_are_refused_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("Description,Qty,Amount\n")
        for n in range(1_000_001):
            out.write(f"item {n},1,1.00\n")
    with pytest.raises(ExchangeError, match="more than 100000 rows"):
        read_invoice(path)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=2000))
def test_any_bytes_as_a_csv_are_read_or_refused_with_a_message(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        reading = read_invoice(path)
    except ExchangeError as error:
        assert str(error)
    else:
        assert all(str(problem) for problem in reading.problems)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=0, max_value=6000), st.binary(min_size=1, max_size=64))
def test_a_workbook_damaged_anywhere_is_refused_with_a_message(
    tmp_path: Path, where: int, garbage: bytes
) -> None:
    good = (SAMPLES / "invoice-shenzhen-keyou.xlsx").read_bytes()
    where = min(where, len(good) - 1)
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(good[:where] + garbage + good[where + len(garbage) :])
    try:
        read_invoice(path)
    except ExchangeError as error:
        assert str(error)
