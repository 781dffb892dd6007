"""The findings of the checks under the editor: what is wrong, where; a click goes there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.checks import CheckResult, Finding, Severity
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.messages import finding_text, severity_text
from kedendesk.ui.table_model import ReadOnlyTableModel, read_only_view

COLUMNS = (
    QT_TRANSLATE_NOOP("FindingsModel", "Severity"),
    QT_TRANSLATE_NOOP("FindingsModel", "Box"),
    QT_TRANSLATE_NOOP("FindingsModel", "Item"),
    QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
    QT_TRANSLATE_NOOP("FindingsModel", "Rule"),
)
COLOURS = {Severity.ERROR: "#b3261e", Severity.WARNING: "#8a5a00", Severity.INFO: "#3c4043"}
_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class FindingsModel(ReadOnlyTableModel[Finding]):
    """Findings, errors first; texts are made in the current language when shown."""

    context = "FindingsModel"
    columns = COLUMNS

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        ordered = sorted(findings, key=lambda f: _ORDER[f.severity])
        if ordered != self._rows:
            self.set_rows(ordered)

    def finding(self, row: int) -> Finding:
        return self.row_at(row)

    def cell(self, finding: Finding, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                severity_text(finding.severity),
                finding.box,
                "" if finding.item is None else str(finding.item),
                finding_text(finding),
                finding.rule,
            )
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(QColor(COLOURS[finding.severity]))
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return finding_text(finding)
        return None


class FindingsPanel(QWidget):
    """Signals: finding_chosen(Finding) when the user clicks or presses Enter on a finding."""

    finding_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel()
        self.model.setParent(self)
        self.view = read_only_view(self.model, "findingsTable", 3)
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        self.summary = QLabel()
        self.summary.setObjectName("findingsSummary")
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self._result: CheckResult | None = None

    def show_result(self, result: CheckResult) -> None:
        self._result = result
        self.model.set_findings(result.findings)
        self._summarise()

    def _summarise(self) -> None:
        result = self._result
        if result is None:
            return
        if not result.findings:
            self.summary.setText(self.tr("No findings: the checks pass."))
            self.summary.setStyleSheet("color: #1e7d32;")
            return
        self.summary.setStyleSheet("color: #b3261e;" if result.errors else "color: #8a5a00;")
        self.summary.setText(
            self.tr("%1 error(s), %2 warning(s): click one to go to its box")
            .replace("%1", str(result.errors))
            .replace("%2", str(result.warnings))
        )

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.finding_chosen.emit(self.model.finding(index.row()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._summarise()
        super().changeEvent(event)
