"""A declaration with customs: its status, every event with its time and native code, the
customs requests to answer, and what waits in the outbox."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.signing import KeyUnusableError, SigningService
from kedendesk.services.submission import (
    CustomsRequestRow,
    OutboxItem,
    StoredEvent,
    SubmissionService,
)
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP, moment_text
from kedendesk.ui.key_problems import key_problem_text
from kedendesk.ui.list_model import corridor_text, status_text
from kedendesk.ui.operations import Operations
from kedendesk.ui.table_model import ReadOnlyTableModel, read_only_view

CONTEXT = "TimelineModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("TimelineModel", "Time"),
    QT_TRANSLATE_NOOP("TimelineModel", "What happened"),
    QT_TRANSLATE_NOOP("TimelineModel", "Status"),
    QT_TRANSLATE_NOOP("TimelineModel", "Native code"),
)
EVENT_NAMES = {
    "submission.acknowledged": QT_TRANSLATE_NOOP("Events", "Received by the gateway"),
    "declaration.rejected": QT_TRANSLATE_NOOP("Events", "Registration refused"),
    "declaration.registered": QT_TRANSLATE_NOOP("Events", "Registered"),
    "corridor.assigned": QT_TRANSLATE_NOOP("Events", "Corridor assigned: %1"),
    "request.opened": QT_TRANSLATE_NOOP("Events", "Customs asks for documents"),
    "request.answered": QT_TRANSLATE_NOOP("Events", "Your answer was received"),
    "request.closed": QT_TRANSLATE_NOOP("Events", "Request closed"),
    "inspection.scheduled": QT_TRANSLATE_NOOP("Events", "Inspection scheduled: %1"),
    "inspection.completed": QT_TRANSLATE_NOOP("Events", "Inspection completed"),
    "declaration.released": QT_TRANSLATE_NOOP("Events", "Goods released"),
    "declaration.release_refused": QT_TRANSLATE_NOOP("Events", "Release refused"),
    "declaration.release_suspended": QT_TRANSLATE_NOOP("Events", "Release suspended"),
    "declaration.corrected": QT_TRANSLATE_NOOP("Events", "Customs corrected the declaration"),
    "declaration.withdrawn": QT_TRANSLATE_NOOP("Events", "Withdrawn at your request"),
    "withdrawal.denied": QT_TRANSLATE_NOOP("Events", "Withdrawal refused"),
    "release_deadline.extended": QT_TRANSLATE_NOOP("Events", "Release deadline extended"),
    "payment.required": QT_TRANSLATE_NOOP("Events", "Payment required"),
    "payment.confirmed": QT_TRANSLATE_NOOP("Events", "Payment confirmed"),
}
OUTBOX_STATES = {
    "QUEUED": QT_TRANSLATE_NOOP("Events", "waiting to be sent"),
    "SENDING": QT_TRANSLATE_NOOP("Events", "sending"),
    "ACCEPTED": QT_TRANSLATE_NOOP("Events", "accepted by the gateway"),
    "FAILED": QT_TRANSLATE_NOOP("Events", "refused by the gateway"),
    "CANCELLED": QT_TRANSLATE_NOOP("Events", "cancelled"),
}


def event_text(event_type: str, data: dict[str, object]) -> str:
    template = EVENT_NAMES.get(event_type)
    if template is None:
        return event_type
    detail = corridor_text(str(data.get("corridor") or "")) or str(data.get("place") or "")
    return QCoreApplication.translate("Events", template).replace("%1", detail)


def local_time(moment: str) -> str:
    when = dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))
    shown = QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000)).toLocalTime()
    return moment_text(shown)


class TimelineModel(ReadOnlyTableModel[StoredEvent]):
    context = CONTEXT
    columns = COLUMNS

    def cell(self, event: StoredEvent, column: int, role: int) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            local_time(event.occurred_at),
            event_text(event.type, event.data),
            status_text(event.status),
            event.native_code,
        )
        return values[column]


class AnswerDialog(QDialog):
    """Files and a text for a customs request, signed with the user's key."""

    def __init__(
        self,
        signing: SigningService,
        submission: SubmissionService,
        declaration_id: int,
        request: CustomsRequestRow,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answerDialog")
        self._signing, self._submission = signing, submission
        self._operations = operations
        self._declaration_id, self._request = declaration_id, request
        self.files: list[Path] = []
        self.asked = QLabel()
        self.asked.setWordWrap(True)
        self.file_list = QListWidget()
        self.add_file = QPushButton()
        self.add_file.clicked.connect(self._choose)
        self.text = QPlainTextEdit()
        self.key_combo = QComboBox()
        for key in signing.keys():  # noqa: SIM118  (a method, not a dict)
            self.key_combo.addItem(f"{key.info.owner} ({key.path.name})", key.id)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.asked)
        self.files_label, self.text_label = QLabel(), QLabel()
        self.key_label, self.password_label = QLabel(), QLabel()
        form.addRow(self.files_label, self.file_list)
        form.addRow("", self.add_file)
        form.addRow(self.text_label, self.text)
        form.addRow(self.key_label, self.key_combo)
        form.addRow(self.password_label, self.password)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.setWindowTitle(self.tr("Answer customs"))
        self.asked.setText(
            self.tr("Customs asks for: %1").replace("%1", request.text or request.kind)
        )
        self.files_label.setText(self.tr("Files"))
        self.add_file.setText(self.tr("Attach a file…"))
        self.text_label.setText(self.tr("Text"))
        self.key_label.setText(self.tr("Key"))
        self.password_label.setText(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("empty: the remembered password"))

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for name in names:
            self.attach(Path(name))

    def attach(self, path: Path) -> None:
        self.files.append(path)
        self.file_list.addItem(path.name)

    def send(self) -> None:
        """Hash the files, sign and queue the answer: off the GUI thread, the dialog busy."""
        key_id = self.key_combo.currentData()
        if key_id is None:
            self.problem.setText(self.tr("No signing key: add one under Workspace → Keys."))
            return
        files, text = list(self.files), self.text.toPlainText()
        password = self.password.text() or None
        self.buttons.setEnabled(False)
        self.problem.setText(self.tr("Signing…"))
        self._operations.run(
            lambda: self._submission.respond(
                self._declaration_id, self._request.id, files, text, int(key_id), password
            ),
            lambda _item: self.accept(),
            self._refused,
        )

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, KeyUnusableError):
            self.problem.setText(key_problem_text(error))
        else:
            self.problem.setText(
                self.tr("Not sent: %1").replace("%1", f"{type(error).__name__}: {error}")
            )

    def reject(self) -> None:
        if self.buttons.isEnabled():
            super().reject()


class TimelinePage(QWidget):
    """Signals: queued() after something was put in the outbox (the worker sends it)."""

    queued = Signal()

    def __init__(
        self,
        signing: SigningService,
        submission: SubmissionService,
        declaration_id: int,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._signing, self._submission = signing, submission
        self._operations = operations
        self._declaration_id = declaration_id
        self.summary = QLabel()
        self.summary.setObjectName("gatewaySummary")
        self.summary.setWordWrap(True)
        self.model = TimelineModel()
        self.model.setParent(self)
        self.view = read_only_view(self.model, "timelineTable", 1)
        self.requests_box = QGroupBox()
        self.requests_layout = QVBoxLayout(self.requests_box)
        self.outbox_box = QGroupBox()
        self.outbox_layout = QVBoxLayout(self.outbox_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.requests_box)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.outbox_box)
        self.retranslate()

    def refresh(self) -> None:
        self.model.set_rows(self._submission.timeline(self._declaration_id))
        self._fill_requests(self._submission.requests(self._declaration_id))
        self._fill_outbox(self._submission.items(self._declaration_id))

    def _clear(self, layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _fill_requests(self, requests: list[CustomsRequestRow]) -> None:
        self._clear(self.requests_layout)
        open_requests = [r for r in requests if r.status == "OPEN"]
        self.requests_box.setVisible(bool(open_requests))
        for request in open_requests:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(
                self.tr("Customs asks for documents: %1 (since %2)")
                .replace("%1", request.text or request.kind)
                .replace("%2", local_time(request.opened_at))
            )
            label.setWordWrap(True)
            button = QPushButton(self.tr("Answer…"))
            button.setObjectName("answerRequest")
            button.clicked.connect(lambda _checked=False, r=request: self.answer(r))
            line.addWidget(label, 1)
            line.addWidget(button)
            self.requests_layout.addWidget(row)

    def _fill_outbox(self, items: list[OutboxItem]) -> None:
        self._clear(self.outbox_layout)
        shown = [i for i in items if i.state != "ACCEPTED"]
        self.outbox_box.setVisible(bool(shown))
        for item in shown:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            state = QCoreApplication.translate("Events", OUTBOX_STATES.get(item.state, item.state))
            text = f"{item.kind}: {state}"
            if item.author:
                text += " " + self.tr("(queued by %1)").replace("%1", item.author)
            if item.sent_by and item.state != "QUEUED":
                text += " " + self.tr("(sent by %1)").replace("%1", item.sent_by)
            if item.state == "FAILED" and item.problem:
                text += f" — {item.last_error}"
            label = QLabel(text)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            if item.state == "FAILED":
                retry = QPushButton(self.tr("Send again"))
                retry.clicked.connect(lambda _c=False, i=item.id: self._retry(i))
                line.addWidget(retry)
            if item.state == "QUEUED":
                cancel = QPushButton(self.tr("Cancel"))
                cancel.clicked.connect(lambda _c=False, i=item.id: self._cancel(i))
                line.addWidget(cancel)
            self.outbox_layout.addWidget(row)

    def _retry(self, item_id: int) -> None:
        self._submission.retry(item_id)
        self.queued.emit()

    def _cancel(self, item_id: int) -> None:
        self._submission.cancel(item_id)

    def answer(self, request: CustomsRequestRow) -> None:
        dialog = AnswerDialog(
            self._signing, self._submission, self._declaration_id, request, self._operations, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.queued.emit()

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)

    def retranslate(self) -> None:
        self.requests_box.setTitle(self.tr("Customs requests"))
        self.outbox_box.setTitle(self.tr("Outbox"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
