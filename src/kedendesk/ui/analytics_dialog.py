"""Workspace → Analytics…: the broker's own history by client, commodity chapter, origin or
month, as a table and a chart of corridor shares, exported to XLSX; and the billing report.

The chart is painted with QPainter: stacked bars need nothing more, while QtCharts comes only
with PySide6-Addons (a large download the app does not otherwise need) and pyqtgraph brings
NumPy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.analytics import DIMENSIONS, AnalyticsService, Dimension, Summary
from kedendesk.services.drafts import DraftService
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.list_model import CORRIDOR_COLOURS
from kedendesk.ui.operations import Operations
from kedendesk.ui.table_model import RIGHT, ReadOnlyTableModel, read_only_view

DIMENSION_NAMES = {
    "client": QT_TRANSLATE_NOOP("AnalyticsDialog", "Client"),
    "chapter": QT_TRANSLATE_NOOP("AnalyticsDialog", "Commodity chapter"),
    "origin": QT_TRANSLATE_NOOP("AnalyticsDialog", "Origin"),
    "month": QT_TRANSLATE_NOOP("AnalyticsDialog", "Month"),
}
CHART_BARS = 12


class SummaryModel(ReadOnlyTableModel[Summary]):
    context = "SummaryModel"
    columns = (
        QT_TRANSLATE_NOOP("SummaryModel", "By"),
        QT_TRANSLATE_NOOP("SummaryModel", "Declarations"),
        QT_TRANSLATE_NOOP("SummaryModel", "Green %"),
        QT_TRANSLATE_NOOP("SummaryModel", "Yellow %"),
        QT_TRANSLATE_NOOP("SummaryModel", "Red %"),
        QT_TRANSLATE_NOOP("SummaryModel", "To release: median"),
        QT_TRANSLATE_NOOP("SummaryModel", "90th percentile"),
        QT_TRANSLATE_NOOP("SummaryModel", "Documents asked"),
        QT_TRANSLATE_NOOP("SummaryModel", "Refused"),
    )

    first_title = ""  # the dimension's name, shown over the first column

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if section == 0 and self.first_title and role == Qt.ItemDataRole.DisplayRole:
            return self.first_title
        return super().headerData(section, orientation, role)

    def cell(self, row: Summary, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values: tuple[object, ...] = (
            row.key,
            row.declarations,
            row.share(row.green),
            row.share(row.yellow),
            row.share(row.red),
            self._minutes(row.median_minutes),
            self._minutes(row.p90_minutes),
            row.with_requests,
            row.refused,
        )
        return str(values[column])

    def _minutes(self, value: int | None) -> str:
        if value is None:
            return "—"
        hours, minutes = divmod(value, 60)
        if not hours:
            return self.tr("%1 min").replace("%1", str(minutes))
        return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")


class CorridorChart(QWidget):
    """Stacked horizontal bars: each group's green, yellow and red shares, the largest groups
    first (at most CHART_BARS)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("corridorChart")
        self.summaries: list[Summary] = []
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_summaries(self, summaries: list[Summary]) -> None:
        self.summaries = summaries[:CHART_BARS]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = min(self.width() // 3, 240)
        rows = max(len(self.summaries), 1)
        row_height = min(28.0, (self.height() - 8) / rows)
        for index, summary in enumerate(self.summaries):
            top = 4 + index * row_height
            label = metrics.elidedText(summary.key, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, top, label_width - 8, row_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            left = float(label_width)
            width = float(self.width() - label_width - 8)
            for count, corridor in (
                (summary.green, "GREEN"),
                (summary.yellow, "YELLOW"),
                (summary.red, "RED"),
            ):
                if not summary.declarations or not count:
                    continue
                part = width * count / summary.declarations
                painter.fillRect(
                    QRectF(left, top + 3, part, row_height - 6), QColor(CORRIDOR_COLOURS[corridor])
                )
                left += part
        painter.end()


class AnalyticsDialog(QDialog):
    def __init__(
        self,
        analytics: AnalyticsService,
        drafts: DraftService,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("analyticsDialog")
        self._analytics = analytics
        self._operations = operations
        self.by_combo = QComboBox()
        self.by_combo.setObjectName("analyticsBy")
        for dimension in DIMENSIONS:
            self.by_combo.addItem(self.tr(DIMENSION_NAMES[dimension]), dimension)
        self.client_combo = QComboBox()
        self.client_combo.addItem(self.tr("All clients"), None)
        for client in drafts.clients():
            self.client_combo.addItem(client.name, client.id)
        self.by_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.client_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.model = SummaryModel()
        self.model.setParent(self)
        self.view = read_only_view(self.model, "analyticsTable", 0)
        self.chart = CorridorChart()
        self.note = QLabel(
            self.tr(
                "From your own declarations only: what happened, not a forecast of customs' risk "
                "profiles. Times run from the gateway's acknowledgement to the release."
            )
        )
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.export_button = QPushButton(self.tr("&Export the table to XLSX…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.billing_button = QPushButton(self.tr("&Billing report to XLSX…"))
        self.billing_button.clicked.connect(lambda: self.export_billing())
        form = QFormLayout()
        by_label, client_label = QLabel(self.tr("&By")), QLabel(self.tr("C&lient"))
        by_label.setBuddy(self.by_combo)
        client_label.setBuddy(self.client_combo)
        form.addRow(by_label, self.by_combo)
        form.addRow(client_label, self.client_combo)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.chart)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.status, 1)
        buttons_row.addWidget(self.export_button)
        buttons_row.addWidget(self.billing_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(close)
        self.setWindowTitle(self.tr("Analytics of your declarations"))
        self.resize(1100, 680)
        self.load()

    def by(self) -> Dimension:
        value: Dimension = self.by_combo.currentData()
        return value

    def load(self) -> None:
        by, client_id = self.by(), self.client_combo.currentData()
        self.status.setText(self.tr("Counting…"))
        self._operations.run(
            lambda: self._analytics.summary(by, client_id), self._shown, self._failed
        )

    def _shown(self, summaries: list[Summary]) -> None:
        self.model.first_title = self.by_combo.currentText()
        self.model.set_rows(summaries)
        self.view.resizeColumnsToContents()
        self.chart.show_summaries(summaries)
        total = sum(s.declarations for s in summaries)
        self.status.setText(self.tr("%n declaration(s) submitted", "", total))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Not counted: %1").replace("%1", str(error)))

    def _headers(self) -> list[str]:
        headers = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
        headers[5] = self.tr("Minutes to release: median")
        headers[6] = self.tr("90th percentile, minutes")
        return [str(h) for h in headers]

    def export(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to XLSX"), "analytics.xlsx", self.tr("Spreadsheets (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen)
        target, headers = path, self._headers()
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        self._operations.run(
            lambda: self._analytics.export_summary(rows, target, headers),
            lambda _none: self.status.setText(self.tr("Written to %1.").replace("%1", str(target))),
            self._failed,
        )

    def export_billing(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Billing report"), "billing.xlsx", self.tr("Spreadsheets (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen)
        target = path
        headers = [
            self.tr("Client"),
            self.tr("Month"),
            self.tr("Declarations"),
            self.tr("Goods items"),
        ]
        self._operations.run(
            lambda: self._analytics.export_billing(target, headers),
            lambda _rows: self.status.setText(self.tr("Written to %1.").replace("%1", str(target))),
            self._failed,
        )
