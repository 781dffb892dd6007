"""Tariffs and exchange rates from CSV and XLSX: what a user loads, and how bad lines are named."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from kedendesk.exchange.problems import ExchangeError
from kedendesk.exchange.rates_file import read_rates
from kedendesk.exchange.tariff_file import read_tariff

EFFECTIVE = dt.date(2026, 1, 1)
TARIFF_ROWS = [
    ["code", "description_ru", "description_en", "duty", "excise", "vat", "unit", "measures"],
    ["8471 30 000 0", "Ноутбуки", "Laptops", "0%", "", "standard", "796", "CONF"],
    ["2204219800", "Вино", "Wine", "12,5% но не менее 0,3 евро/л", "380 KZT/l", "", "112", ""],
    ["3004900002", "Лекарства", "Medicaments", "0", "", "reduced", "", ""],
]


def _csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    path.write_text("\n".join(delimiter.join(row) for row in rows) + "\n", encoding="utf-8")
    return path


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_tariff_reads_from_csv_and_xlsx(tmp_path: Path, kind: str) -> None:
    rows = [list(r) for r in TARIFF_ROWS]
    if kind == "csv":
        path = _csv(tmp_path / "tariff.csv", rows, ";")
    else:
        path = _xlsx(tmp_path / "tariff.xlsx", rows)
    tariff = read_tariff(path, "ETT-2026-11", EFFECTIVE)
    assert (tariff.version, tariff.effective_date, len(tariff)) == ("ETT-2026-11", EFFECTIVE, 3)
    assert not tariff.practice
    laptops = tariff.get("8471300000")
    assert laptops is not None
    assert (laptops.name("ru"), laptops.unit, laptops.measures) == ("Ноутбуки", "796", ("CONF",))
    wine = tariff.get("2204219800")
    assert wine is not None and wine.excise is not None
    assert wine.duty.text() == "12.5% but not less than 0.3 EUR/l"
    assert wine.excise.specific == Decimal(380) and wine.vat == "standard"
    assert tariff.get("3004900002").vat == "reduced"  # type: ignore[union-attr]


def test_a_bad_tariff_names_every_bad_line_and_imports_nothing(tmp_path: Path) -> None:
    rows = [
        TARIFF_ROWS[0],
        ["12345", "Short", "", "5%", "", "", "", ""],
        ["0808108006", "Яблоки", "", "a lot", "", "", "", ""],
        ["0808108006", "Яблоки", "", "5%", "", "", "", ""],
        ["0808108006", "Яблоки", "", "5%", "", "", "", ""],
        ["0901210001", "Кофе", "", "5%", "", "sometimes", "", ""],
    ]
    with pytest.raises(ExchangeError) as raised:
        read_tariff(_csv(tmp_path / "bad.csv", rows), "v", EFFECTIVE)
    messages = [str(problem) for problem in raised.value.problems]
    assert messages == [
        "line 2, code: not a 10-digit code: '12345'",
        "line 3, duty: not a rate: 'a lot'",
        "line 5: code 0808108006 already on line 4",
        "line 6, vat: unknown VAT treatment 'sometimes'",
    ]


def test_a_tariff_without_the_columns_says_which(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="code and duty"):
        read_tariff(_csv(tmp_path / "x.csv", [["a", "b"], ["1", "2"]]), "v", EFFECTIVE)


def test_a_spreadsheet_that_is_not_one(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(ExchangeError, match="XLSX"):
        read_tariff(path, "v", EFFECTIVE)


def test_rates_read_with_russian_headers_and_decimal_commas(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "rates.csv",
        [
            ["Дата", "Валюта", "Курс"],
            ["20.11.2026", "usd", "512,34"],
            ["2026-11-20", "EUR", "590.1"],
        ],
        ";",
    )
    rates = read_rates(path)
    assert [(r.currency, r.date, r.rate) for r in rates] == [
        ("USD", dt.date(2026, 11, 20), Decimal("512.34")),
        ("EUR", dt.date(2026, 11, 20), Decimal("590.1")),
    ]
    assert rates[0].source == "rates.csv"


def test_rates_from_xlsx_keep_decimals_exact(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "rates.xlsx",
        [["date", "currency", "rate"], [dt.datetime(2026, 11, 20), "CNY", 71.2]],
    )
    (rate,) = read_rates(path)
    assert (rate.date, rate.rate) == (dt.date(2026, 11, 20), Decimal("71.2"))


def test_bad_rates_name_their_lines(tmp_path: Path) -> None:
    rows = [
        ["date", "currency", "rate"],
        ["2026-11-20", "USD", "0"],
        ["завтра", "USD", "1"],
        ["2026-11-20", "ABC", "1"],
    ]
    with pytest.raises(ExchangeError) as raised:
        read_rates(_csv(tmp_path / "r.csv", rows))
    assert [p.line for p in raised.value.problems] == [2, 3, 4]
