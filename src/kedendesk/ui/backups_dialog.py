"""Workspace → Backups…: back up now, restore one (what is there now is backed up first), and
how many days the automatic daily backups are kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.backups import BackupFile, BackupService
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.operations import Operations
from kedendesk.ui.table_model import RIGHT, ReadOnlyTableModel, read_only_view


class BackupsModel(ReadOnlyTableModel[BackupFile]):
    context = "BackupsModel"
    columns = (
        QT_TRANSLATE_NOOP("BackupsModel", "Made"),
        QT_TRANSLATE_NOOP("BackupsModel", "Kind"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
        QT_TRANSLATE_NOOP("BackupsModel", "File"),
    )

    def cell(self, row: BackupFile, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.made_at.strftime("%d.%m.%Y %H:%M:%S")
        if column == 1:
            return self.tr("daily, automatic") if row.automatic else self.tr("made by hand")
        if column == 2:
            return self.tr("%1 KiB").replace(
                "%1", f"{max(1, row.size // 1024):,}".replace(",", " ")
            )
        return row.path.name


class BackupsDialog(QDialog):
    """Signals: restoring() before a restore (the window closes the open declarations),
    restored() after it."""

    restoring = Signal()
    restored = Signal()

    def __init__(
        self, backups: BackupService, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self._backups = backups
        self._operations = operations
        self.model = BackupsModel()
        self.model.setParent(self)
        self.view = read_only_view(self.model, "backups", 3)
        self.now_button = QPushButton(self.tr("&Back up now"))
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore the selected…"))
        self.restore_button.clicked.connect(lambda: self.restore())
        self.other_button = QPushButton(self.tr("Restore from a &file…"))
        self.other_button.clicked.connect(self.restore_from_file)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(backups.keep_days())
        self.keep.setSuffix(self.tr(" days"))
        self.keep.valueChanged.connect(backups.set_keep_days)
        keep_label = QLabel(self.tr("&Keep the daily backups for"))
        keep_label.setBuddy(self.keep)
        self.status = QLabel()
        self.status.setWordWrap(True)
        folder = QLabel(self.tr("In %1").replace("%1", str(backups.folder)))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.now_button, self.restore_button, self.other_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(keep_label)
        buttons.addWidget(self.keep)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(folder)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(860, 420)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self._backups.backups())
        self.view.resizeColumnsToContents()

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        for button in (self.now_button, self.restore_button, self.other_button):
            button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self.status.setText(text)
        for button in (self.now_button, self.restore_button, self.other_button):
            button.setEnabled(True)
        self.refresh()

    def back_up_now(self) -> None:
        self._busy(self.tr("Backing up…"))
        self._operations.run(
            self._backups.back_up_now,
            lambda path: self._idle(self.tr("Backed up to %1.").replace("%1", path.name)),
            self._failed,
            serial=True,
        )

    def restore_from_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), "", self.tr("Kedendesk backups (*.zip)")
        )
        if chosen:
            self.restore(Path(chosen))

    def restore(self, path: Path | None = None, confirm: bool = True) -> None:
        if path is None:
            index = self.view.currentIndex()
            if not index.isValid():
                self.status.setText(self.tr("Choose a backup in the list."))
                return
            path = self.model.row_at(index.row()).path
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore"),
                self.tr(
                    "The workspace becomes what %1 holds. What is there now is backed up first, "
                    "and the open declarations are closed. Restore?"
                ).replace("%1", path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.restoring.emit()
        self._busy(self.tr("Restoring…"))
        target = path
        self._operations.run(
            lambda: self._backups.restore(target),
            self._restored,
            self._failed,
            serial=True,
        )

    def _restored(self, safety: Path) -> None:
        self._idle(self.tr("Restored. What was there before is in %1.").replace("%1", safety.name))
        self.restored.emit()

    def _failed(self, error: BaseException) -> None:
        self._idle(self.tr("Nothing was changed: %1").replace("%1", str(error)))
