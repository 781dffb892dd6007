"""Workspace → Analytics and billing… on a generated history: the table is the service's
summary, by client and by chapter; the chart draws every group shown; both exports read back."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from kedendesk.services.analytics import AnalyticsService
from kedendesk.ui.analytics_dialog import AnalyticsDialog
from tests.ui.conftest import OpenApp
from tests.unit.services.test_analytics import _history


def test_the_analytics_page_shows_and_exports_the_history(
    qtbot: QtBot, open_app: OpenApp, tmp_path: Path
) -> None:
    app = open_app()
    truth = _history(app.workspace, app.drafts)
    dialog = app.window.show_analytics()
    assert isinstance(dialog, AnalyticsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)  # five clients
    expected = {s.key: s for s in AnalyticsService(app.workspace).summary("client")}
    for row in range(5):
        key = dialog.model.index(row, 0).data()
        assert dialog.model.index(row, 1).data() == str(expected[key].declarations)
        assert dialog.model.index(row, 2).data() == str(expected[key].share(expected[key].green))
    assert dialog.status.text() == "300 declarations submitted"
    assert len(dialog.chart.summaries) == 5

    dialog.by_combo.setCurrentIndex(dialog.by_combo.findData("chapter"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)
    keys = {dialog.model.index(r, 0).data() for r in range(4)}
    assert keys == {t["chapter"] for t in truth}

    table = tmp_path / "analytics.xlsx"
    dialog.export(table)
    qtbot.waitUntil(lambda: "Written to" in dialog.status.text())
    rows = list(load_workbook(table).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][0] == "Commodity chapter" and len(rows) == 5
    billing = tmp_path / "billing.xlsx"
    dialog.status.clear()
    dialog.export_billing(billing)
    qtbot.waitUntil(lambda: "Written to" in dialog.status.text())
    rows = list(load_workbook(billing).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert sum(int(r[2]) for r in rows[1:]) == 300  # type: ignore[arg-type]
    dialog.grab()  # the chart paints without error
