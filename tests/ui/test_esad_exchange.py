"""EAEU XML from the window: File → Export writes the file or lists the values that do not fit
by box; File → Import shows what the file holds and the elements no box reads, and adds a draft
only on Yes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kedendesk.services.demo import practice_declaration
from kedendesk.services.drafts import DraftService
from kedendesk.ui.esad_import_dialog import EsadImportDialog
from tests.ui.conftest import OpenApp

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
DAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize("answer", ["cancel", "import"])
def test_an_xml_import_shows_the_unknown_elements_and_asks(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService, answer: str
) -> None:
    window = open_app("ru").window
    asked: list[EsadImportDialog] = []
    window.exchange.esad.confirming.connect(asked.append)
    window.import_file(REAL / "fractalv-converterapp-test.xml")
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    (dialog,) = asked
    qtbot.waitUntil(dialog.isVisible)
    summary = dialog.summary.text()
    assert "5.14.0" in summary and "МАНЗАНО" in summary and "00000000/140219/0000063" in summary
    assert "5" in dialog.question.text()  # four elements of the DT, one of its container
    assert any(path.endswith("GoodsGroupDescription/GroupNum") for path in dialog.unknown_paths())
    assert drafts.find_ids() == []  # nothing before the answer
    key = Qt.Key.Key_Return if answer == "import" else Qt.Key.Key_Escape  # Return: the default
    qtbot.keyClick(dialog, key)
    if answer == "cancel":
        qtbot.waitUntil(lambda: "ничего" in window.statusBar().currentMessage().lower())
        assert drafts.find_ids() == []
        return
    qtbot.waitUntil(lambda: len(window.editors) == 1, timeout=10_000)
    (editor,) = window.editors.values()
    assert editor.declaration.items[0].commodity_code == "0803901000"


def test_an_export_that_does_not_fit_lists_the_boxes_and_writes_nothing(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService, tmp_path: Path, monkeypatch
) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration = practice_declaration("KD-XML-UI-1", DAY)
    declaration.declarant.name = "Ж" * 160
    declaration_id = drafts.create(client.id, declaration)
    window = open_app("ru").window
    shown: list[str] = []
    monkeypatch.setattr(
        "kedendesk.ui.esad_exchange.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    path = tmp_path / "dt.xml"
    window.exchange.export_file(declaration_id, path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Графа 14" in shown[0] and "150" in shown[0] and "160" in shown[0]
    assert not path.exists()


def test_an_export_that_fits_is_written_and_named_in_the_status_bar(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService, tmp_path: Path
) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.create(client.id, practice_declaration("KD-XML-UI-2", DAY))
    window = open_app("kk").window
    path = tmp_path / "dt.xml"
    window.exchange.export_file(declaration_id, path)
    qtbot.waitUntil(lambda: str(path) in window.statusBar().currentMessage(), timeout=10_000)
    assert b"<RegNumberDoc>KD-XML-UI-2</RegNumberDoc>" in path.read_bytes()
