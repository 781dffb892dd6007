"""The trash: deleted declarations, restorable until deleted for good."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.drafts import DraftService
from kedendesk.ui.declarations_page import declaration_table
from kedendesk.ui.list_model import DeclarationListModel


class TrashDialog(QDialog):
    def __init__(self, drafts: DraftService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self.setWindowTitle(self.tr("Trash"))
        self.resize(900, 420)
        self.model = DeclarationListModel(drafts, trash=True)
        self.model.setParent(self)
        self.view = declaration_table(self.model)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.purge_button = QPushButton(self.tr("Delete for good"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self._purge_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def _selected(self) -> list[int]:
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        return [self.model.declaration_id(row) for row in sorted(rows)]

    def restore_selected(self) -> None:
        ids = self._selected()
        if ids:
            self._drafts.restore(ids)
            self.model.reload()

    def _purge_selected(self) -> None:
        ids = self._selected()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete for good"),
            self.tr("Delete %n declaration(s) and all their revisions for good?", "", len(ids)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._drafts.purge(ids)
            self.model.reload()
