"""The findings of the checks under the editor: what is wrong, where; a click goes there."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.checks import CheckResult, Finding, Severity
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.messages import finding_text, severity_text

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("FindingsModel", "Severity"),
    QT_TRANSLATE_NOOP("FindingsModel", "Box"),
    QT_TRANSLATE_NOOP("FindingsModel", "Item"),
    QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
    QT_TRANSLATE_NOOP("FindingsModel", "Rule"),
)
COLOURS = {Severity.ERROR: "#b3261e", Severity.WARNING: "#8a5a00", Severity.INFO: "#3c4043"}
_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class FindingsModel(QAbstractTableModel):
    """Findings, errors first; texts are made in the current language when shown."""

    def __init__(self) -> None:
        super().__init__()
        self._findings: list[Finding] = []

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        ordered = sorted(findings, key=lambda f: _ORDER[f.severity])
        if ordered == self._findings:
            return
        self.beginResetModel()
        self._findings = ordered
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FindingsModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        column = index.column()
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

    def retranslate(self) -> None:
        if self._findings:
            last = self.index(len(self._findings) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)


class FindingsPanel(QWidget):
    """Signals: finding_chosen(Finding) when the user clicks or presses Enter on a finding."""

    finding_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel()
        self.model.setParent(self)
        self.view = QTableView()
        self.view.setObjectName("findingsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
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
