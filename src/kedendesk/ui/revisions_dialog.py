"""A declaration's history: every saved revision, which were signed, and an earlier one
restored as a new revision (the ones after it stay in the history)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.drafts import DraftService, RevisionInfo
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP, moment_text
from kedendesk.ui.table_model import RIGHT, ReadOnlyTableModel, read_only_view

CONTEXT = "RevisionsModel"


class RevisionsModel(ReadOnlyTableModel[tuple[RevisionInfo, str, int, bool]]):
    context = CONTEXT
    columns = (
        QT_TRANSLATE_NOOP("RevisionsModel", "Revision"),
        QT_TRANSLATE_NOOP("RevisionsModel", "Saved"),
        QT_TRANSLATE_NOOP("RevisionsModel", "LRN"),
        QT_TRANSLATE_NOOP("RevisionsModel", "Items"),
        QT_TRANSLATE_NOOP("RevisionsModel", "Signed"),
        QT_TRANSLATE_NOOP("RevisionsModel", "Saved by"),
    )

    def cell(self, row: tuple[RevisionInfo, str, int, bool], column: int, role: int) -> object:
        info, lrn, items, signed = row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(info.number)
        if column == 1:
            moment = dt.datetime.fromisoformat(info.saved_at)
            shown = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
            return moment_text(shown)
        if column == 2:
            return lrn
        if column == 3:
            return str(items)
        if column == 5:
            return info.author
        return self.tr("signed") if signed else ""


class RevisionsDialog(QDialog):
    """After exec(), `restored` is the new revision when the user restored one."""

    def __init__(
        self, drafts: DraftService, declaration_id: int, editable: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsDialog")
        self._drafts = drafts
        self._id = declaration_id
        self.restored: RevisionInfo | None = None
        self.model = RevisionsModel()
        self.model.setParent(self)
        signed = drafts.signed_revisions(declaration_id)
        rows = []
        for info in reversed(drafts.revisions(declaration_id)):
            declaration = drafts.load(declaration_id, info.number)
            rows.append((info, declaration.lrn, len(declaration.items), info.number in signed))
        self.model.set_rows(rows)
        self.view = read_only_view(self.model, "revisionsTable", 2)
        self.view.selectRow(0)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreRevision")
        self.restore_button.setEnabled(editable)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Revisions"))
        self.restore_button.setText(self.tr("Restore as a new revision"))
        self.hint.setText(
            self.tr(
                "Every save is kept. Restoring an earlier revision makes it the newest; the "
                "revisions after it stay here."
            )
            if editable
            else self.tr("A signed or sent declaration: make a new version to restore one.")
        )
        self.resize(620, 420)

    def restore_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        info = self.model.row_at(index.row())[0]
        self.restored = self._drafts.restore_revision(self._id, info.number)
        self.accept()
