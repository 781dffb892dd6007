"""The declaration on the DT form: written from the editor as a PDF and to a printer, read back
with pdftotext: the LRN, the parties, the codes, the masses and the payments on the sheet the
form puts them; a 999-item declaration has the 334 sheets the form requires (item 1 on the main
sheet, three on each additional one)."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from kedendesk.domain.samples import filed_by_broker, sample_declaration
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.ui.declaration_form import sheet_count, write_pdf
from tests.ui.conftest import OpenApp


def _pages(pdf: Path) -> list[str]:
    tool = shutil.which("pdftotext")
    assert tool is not None, "poppler-utils is installed by .ci/run"
    text = subprocess.run(
        [tool, "-layout", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def _open_broker_declaration(open_app: OpenApp):  # type: ignore[no-untyped-def]
    today = dt.date.today()
    app = open_app("kk")
    CheckingService(app.workspace).put_rates(practice_rates(today))
    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration = filed_by_broker(practice_declaration("KD-FORM-0001", today))
    declaration.registration_number = "55205/011226/0000417"
    app.checking.apply_calculation(declaration)
    editor = app.window.open_declaration(app.drafts.create(client.id, declaration))
    assert editor is not None
    return app, editor


def test_the_form_pdf_puts_each_box_on_its_sheet(
    qtbot: QtBot, open_app: OpenApp, tmp_path: Path
) -> None:
    _app, editor = _open_broker_declaration(open_app)
    d = editor.declaration
    pdf = tmp_path / "dt.pdf"
    editor.form_pdf(pdf)
    qtbot.waitUntil(lambda: str(pdf) in editor.status_label.text(), timeout=20_000)
    main, additional = _pages(pdf)
    for text in (
        "55205/011226/0000417",  # box A
        "ИМ 40 ЭД",  # box 1
        "1 2",  # box 3: sheet 1 of 2
        "940140000385",
        "ТОО «Алатау Трейд»",
        "Shenzhen Bright Electronics",
        "СМ. ГРАФУ 14 ДТ",  # boxes 8 and 9: the declarant
        "USD 58450.00",
        d.items[0].commodity_code,
        "233.280",  # box 35 of item 1
        "216.000",  # box 38
        "0005/1",  # box 54: the representative's register entry
        "Жұмабаев Айдос",
        "KD-FORM-0001",
    ):
        assert text in main, text
    for line in d.items[0].payments:
        assert str(line.amount) in main
    for total in d.payment_totals:
        assert f"{total.type_code}-{total.amount}" in main  # box B
    for item in d.items[1:]:
        assert item.commodity_code not in main
        assert item.commodity_code in additional
        assert str(item.gross_mass_kg) in additional
    assert "2 2" in additional  # box 3: sheet 2 of 2
    assert d.items[0].commodity_code not in additional


def test_the_form_goes_to_the_printer(qtbot: QtBot, open_app: OpenApp, tmp_path: Path) -> None:
    """A real QPrinter (writing its PDF output, as a print to file does) from a worker."""
    _app, editor = _open_broker_declaration(open_app)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    editor.print_form(printer)
    qtbot.waitUntil(lambda: "2" in editor.status_label.text() and printed.exists(), timeout=20_000)
    qtbot.waitUntil(lambda: len(_pages(printed)) == 2, timeout=20_000)
    assert "KD-FORM-0001" in _pages(printed)[0]


def test_999_items_take_the_334_sheets_of_the_form(qtbot: QtBot, tmp_path: Path) -> None:
    declaration = sample_declaration("KD-FORM-999", random.Random(5), items=999)
    pdf = tmp_path / "dt-999.pdf"
    assert sheet_count(999) == 334 and sheet_count(1) == 1 and sheet_count(4) == 2
    assert write_pdf(declaration, pdf) == 334
    pages = _pages(pdf)
    assert len(pages) == 334
    last = pages[-1]
    assert "334 334" in last
    for item in declaration.items[-2:]:  # items 998 and 999 share the last sheet
        assert item.commodity_code in last and str(item.net_mass_kg) in last


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)  # qtbot only provides the QApplication
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "consignor.name",
                "declarant.address",
                "delivery_place",
                "items.0.description",
                "items.0.containers",
                "items.0.previous_document",
                "filled_by.name",
                "registration_number",
            ]
        ),
        st.text(max_size=3000),
        max_size=5,
    ),
    st.integers(min_value=0, max_value=8),
)
def test_the_form_prints_whatever_the_boxes_hold(
    qtbot: QtBot, tmp_path_factory: pytest.TempPathFactory, typed: dict[str, str], items: int
) -> None:
    """Texts of any length and script, any number of items: the sheets the form requires,
    never a crash (a long text is cut in its box)."""
    declaration = sample_declaration("KD-FORM-ANY", random.Random(items), items=max(1, items))
    if items == 0:
        declaration.items = []
    for path, value in typed.items():
        *parents, name = path.split(".")
        target: Any = declaration
        for part in parents:
            if part.isdigit():
                if not target:
                    break
                target = target[int(part)]
            else:
                target = getattr(target, part)
        else:
            setattr(target, name, value)
    pdf = tmp_path_factory.mktemp("form") / "dt.pdf"
    assert write_pdf(declaration, pdf) == sheet_count(len(declaration.items))
    assert len(_pages(pdf)) == sheet_count(len(declaration.items))
