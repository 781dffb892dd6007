"""The payment summary for the client: a PDF from the Payments tab, read back with pdftotext:
the LRN, the declarant, each payment line with its amount and explanation, box B's total."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.ui.editor.payments_page import grouped
from tests.ui.conftest import OpenApp


def _text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None, "poppler-utils is installed by .ci/run"
    result = subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_payment_summary_pdf_says_each_payment_and_box_b(
    qtbot: QtBot, open_app: OpenApp, tmp_path: Path, language: str
) -> None:
    today = dt.date.today()
    app = open_app(language)
    CheckingService(app.workspace).put_rates(practice_rates(today))
    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration = practice_declaration("KD-PAY-0001", today)
    app.checking.apply_calculation(declaration)
    declaration_id = app.drafts.create(client.id, declaration)
    editor = app.window.open_declaration(declaration_id)
    assert editor is not None
    editor.reference_changed()
    pdf = tmp_path / "payments.pdf"
    editor.payment_summary(pdf)
    qtbot.waitUntil(lambda: str(pdf) in editor.status_label.text(), timeout=20_000)
    text = " ".join(_text(pdf).split())
    assert "KD-PAY-0001" in text
    assert "ТОО «Алатау Трейд» (940140000385)" in text
    calculation = editor.result.calculation
    for code, amount in calculation.totals.items():
        assert code in text and grouped(amount).replace("\u00a0", " ") in text
    assert grouped(calculation.total).replace("\u00a0", " ") in text
    duty = calculation.items[0].lines[0]
    assert grouped(duty.amount).replace("\u00a0", " ") in text
    assert "USD" in text  # the exchange rate of the declaration date is named
