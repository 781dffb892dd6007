"""Bulk work on 50 selected declarations: checked, signed with one key and one password asked
once, queued for customs, with progress and each declaration's result; one that cannot be
signed is reported and stops nothing; the list exported to XLSX reads back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.signing.test_ca import TestAuthority
from kedendesk.ui.bulk_dialog import BulkDialog
from tests.ui.conftest import OpenApp, type_text

PASSWORD = "Сәлем-2026"
COUNT = 50


def test_fifty_declarations_checked_signed_and_sent_in_bulk(
    qtbot: QtBot, open_app: OpenApp, tmp_path: Path
) -> None:
    today = dt.date.today()
    app = open_app()
    CheckingService(app.workspace).put_rates(practice_rates(today))
    key_file = tmp_path / "RSA256_ahmetova.p12"
    key_file.write_bytes(
        TestAuthority.create().issue_pkcs12(
            PASSWORD, "АХМЕТОВА АЙГҮЛ", "900215400123", "940140000385"
        )
    )
    app.signing.add_key(key_file, PASSWORD)
    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    template = practice_declaration("KD-BULK", today)
    app.checking.apply_calculation(template)
    ids = []
    for number in range(COUNT):
        declaration = template.model_copy(deep=True)
        declaration.lrn = f"KD-BULK-{number:03d}"
        if number == 17:
            declaration.declarant.id_number = "940140000386"  # a wrong check digit
        ids.append(app.drafts.create(client.id, declaration))
    window = app.window
    page = window.list_page
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT)
    page.view.selectAll()

    checked = window.desk.check_selected()
    assert isinstance(checked, BulkDialog)
    qtbot.waitUntil(lambda: checked.results is not None, timeout=20_000)
    failed = [r for r in checked.results or [] if not r.ok]
    assert [(r.lrn, r.code) for r in failed] == [("KD-BULK-017", "errors")]
    assert checked.bar.value() == checked.bar.maximum() == COUNT
    checked.reject()

    asked: list[str] = []

    def type_password() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(30, type_password)
            return
        asked.append(dialog.labelText())
        line = dialog.findChild(QLineEdit)
        assert line is not None
        type_text(line, PASSWORD)
        qtbot.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(30, type_password)
    signed = window.desk.sign_selected()
    assert isinstance(signed, BulkDialog)
    qtbot.waitUntil(lambda: signed.results is not None, timeout=120_000)
    assert len(asked) == 1 and "50 declaration" in asked[0]  # one password for all
    results = signed.results or []
    assert len(results) == COUNT
    assert [(r.lrn, r.code) for r in results if not r.ok] == [("KD-BULK-017", "errors")]
    row = next(n for n, r in enumerate(results) if r.lrn == "KD-BULK-017")
    assert signed.model.index(row, 1).data().startswith("1 error(s) in the checks")
    assert sum(app.drafts.row(i).status == "SIGNED" for i in ids) == COUNT - 1
    signed.reject()

    sent = window.desk.send_selected()
    assert isinstance(sent, BulkDialog)
    qtbot.waitUntil(lambda: sent.results is not None, timeout=20_000)
    assert [(r.lrn, r.code) for r in sent.results or [] if not r.ok] == [
        ("KD-BULK-017", "not-signed")
    ]
    assert sum(bool(app.submission.items(i)) for i in ids) == COUNT - 1  # queued
    assert "49 done, 1 not." in sent.label.text()
    sent.reject()

    target = tmp_path / "declarations.xlsx"
    window.desk.export_selected(target)
    qtbot.waitUntil(lambda: "written to" in window.statusBar().currentMessage(), timeout=10_000)
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("LRN", "Client", "Procedure", "Status")
    assert len(rows) == COUNT + 1
    assert {row[0] for row in rows[1:]} == {f"KD-BULK-{n:03d}" for n in range(COUNT)}
    assert {row[1] for row in rows[1:]} == {"ТОО «Алатау Трейд»"}


def test_bulk_work_stops_when_cancelled(qtbot: QtBot, open_app: OpenApp) -> None:
    app = open_app()
    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    for _ in range(30):
        app.drafts.new_declaration(client.id)
    window = app.window
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == 30)
    window.list_page.view.selectAll()
    dialog = window.desk.check_selected()
    assert dialog is not None
    dialog.cancel()  # at once: the worker stops before the next declaration
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=10_000)
    assert len(dialog.results or []) < 30
    assert "Cancelled" in dialog.label.text()
