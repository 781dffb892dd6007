"""Bulk work with its progress: a bar, the declaration it is at, Cancel between declarations,
and at the end each declaration's result (what went wrong, where it did)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.bulk import BulkResult, Progress
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.operations import Operations
from kedendesk.ui.table_model import ReadOnlyTableModel, read_only_view

CODES = {
    "errors": QT_TRANSLATE_NOOP("BulkModel", "%1 error(s) in the checks: open it to fix them"),
    "not-a-draft": QT_TRANSLATE_NOOP("BulkModel", "not a draft (signed already)"),
    "representation": QT_TRANSLATE_NOOP(
        "BulkModel", "the key signs as representative, and papers are missing: %1"
    ),
    "not-signed": QT_TRANSLATE_NOOP("BulkModel", "not signed yet"),
    "failed": QT_TRANSLATE_NOOP("BulkModel", "failed: %1"),
}


class BulkModel(ReadOnlyTableModel[BulkResult]):
    context = "BulkModel"
    columns = (QT_TRANSLATE_NOOP("BulkModel", "LRN"), QT_TRANSLATE_NOOP("BulkModel", "Result"))

    def cell(self, row: BulkResult, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.lrn
            if row.ok:
                return self.tr("done")
            return self.tr(CODES.get(row.code, "%1")).replace("%1", row.detail or row.code)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and not row.ok:
            return Qt.GlobalColor.darkRed
        return None


class BulkDialog(QDialog):
    """Runs `work(progress)` off the GUI thread once shown; `results` when it ends.

    Signals: advanced(done, total) from the worker (queued to the GUI thread)."""

    advanced = Signal(int, int)

    def __init__(
        self,
        title: str,
        work: Callable[[Progress], list[BulkResult]],
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkDialog")
        self.setWindowTitle(title)
        self._work = work
        self._operations = operations
        self._cancelled = threading.Event()
        self.results: list[BulkResult] | None = None
        self.bar = QProgressBar()
        self.label = QLabel()
        self.model = BulkModel()
        self.model.setParent(self)
        self.view = read_only_view(self.model, "bulkResults", 1)
        self.view.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.advanced.connect(self._advanced)

    def start(self) -> None:
        self.label.setText(self.tr("Starting…"))
        self._operations.run(lambda: self._work(self._progress), self._done, self._failed)

    def _progress(self, done: int, total: int) -> bool:  # on the worker thread
        self.advanced.emit(done, total)
        return not self._cancelled.is_set()

    def _advanced(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.tr("%1 of %2").replace("%1", str(done)).replace("%2", str(total)))

    def cancel(self) -> None:
        """Stops before the next declaration; what was done stays done."""
        self._cancelled.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping after the current declaration…"))

    def _done(self, results: list[BulkResult]) -> None:
        self.results = results
        self.model.set_rows(results)
        self.view.resizeColumnsToContents()
        self.view.setVisible(True)
        failed = sum(1 for r in results if not r.ok)
        text = self.tr("%1 done, %2 not.").replace("%1", str(len(results) - failed))
        text = text.replace("%2", str(failed))
        if self._cancelled.is_set():
            text += " " + self.tr("Cancelled: the rest were not touched.")
        self.label.setText(text)
        self.cancel_button.setEnabled(False)
        self.buttons.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _failed(self, error: BaseException) -> None:
        self.label.setText(self.tr("Stopped: %1").replace("%1", str(error)))
        self.cancel_button.setEnabled(False)
        self.buttons.setEnabled(True)

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the work runs: Cancel stops it first
            super().reject()
