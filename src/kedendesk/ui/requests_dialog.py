"""Workspace → Customs requests…: what customs asked, across every client, the soonest
deadline first: the client, the declaration, the documents by name, when it was asked and by
when. Enter opens the declaration on its Customs tab, where the request is answered."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.reference import lookup
from kedendesk.services.submission import InboxRow, SubmissionService
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP, current_language
from kedendesk.ui.operations import Operations
from kedendesk.ui.table_model import ReadOnlyTableModel, read_only_view

STATUS_NAMES = {
    "OPEN": QT_TRANSLATE_NOOP("RequestsModel", "open"),
    "ANSWERED": QT_TRANSLATE_NOOP("RequestsModel", "answered"),
    "CLOSED": QT_TRANSLATE_NOOP("RequestsModel", "closed"),
}


def document_names(codes: str) -> str:
    """ "03011, 04999" as a declarant reads it: each code with its name in the current
    language (a code the pack does not know stays a code)."""
    names = []
    documents = lookup("document-types")
    for code in (c.strip() for c in codes.split(",")):
        if not code:
            continue
        entry = documents.get(code)
        names.append(f"{code} {entry.name(current_language())}" if entry else code)
    return "; ".join(names)


def moment_text(moment: str) -> str:
    """An ISO instant as local date and time, "05.12.2026 14:30"; "" when not given."""
    if not moment:
        return ""
    try:
        when = dt.datetime.fromisoformat(moment)
    except ValueError:
        return moment
    return when.astimezone().strftime("%d.%m.%Y %H:%M")


class RequestsModel(ReadOnlyTableModel[InboxRow]):
    context = "RequestsModel"
    columns = (
        QT_TRANSLATE_NOOP("RequestsModel", "Client"),
        QT_TRANSLATE_NOOP("RequestsModel", "LRN"),
        QT_TRANSLATE_NOOP("RequestsModel", "Customs asks for"),
        QT_TRANSLATE_NOOP("RequestsModel", "Asked"),
        QT_TRANSLATE_NOOP("RequestsModel", "Due by"),
        QT_TRANSLATE_NOOP("RequestsModel", "Status"),
    )

    def cell(self, row: InboxRow, column: int, role: int) -> object:
        request = row.request
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 5:
                return self.tr(STATUS_NAMES.get(request.status, request.status))
            return (
                row.client_name,
                row.lrn,
                document_names(request.text),
                moment_text(request.opened_at),
                moment_text(request.due_at),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return document_names(request.text).replace("; ", "\n")
        return None


class RequestsDialog(QDialog):
    """Signals: open_requested(declaration_id) when the user opens a request's declaration."""

    open_requested = Signal(int)

    def __init__(
        self,
        submission: SubmissionService,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requestsDialog")
        self._submission = submission
        self._operations = operations
        self.model = RequestsModel()
        self.model.setParent(self)
        self.view = read_only_view(self.model, "requests", 2)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        self.answered = QCheckBox(self.tr("Show answered and closed requests too"))
        self.answered.toggled.connect(lambda _on: self.load())
        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.answered)
        row.addStretch(1)
        row.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Customs requests"))
        self.resize(1100, 460)
        self.load()

    def load(self) -> None:
        open_only = not self.answered.isChecked()
        self.status.setText(self.tr("Reading…"))
        self._operations.run(
            lambda: self._submission.inbox(open_only), self._loaded, self._failed, serial=True
        )

    def _loaded(self, rows: list[InboxRow]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        opened = sum(1 for r in rows if r.request.status == "OPEN")
        self.status.setText(self.tr("%n open request(s)", "", opened))
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Could not read the requests: %1").replace("%1", str(error)))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).request.declaration_id)
            self.accept()
