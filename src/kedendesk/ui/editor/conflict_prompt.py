"""Asking the user what to do when a declaration was saved elsewhere meanwhile: keep mine
(a new revision on top of the other) or take the other. Nothing is lost either way."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

MINE, THEIRS = "mine", "theirs"


class ConflictPrompt(QObject):
    """Signals: chosen(str) with "mine" or "theirs" after the non-blocking question."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.box: QMessageBox | None = None  # the open question, while one is open

    def _build(self, lrn: str) -> tuple[QMessageBox, QPushButton]:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Saved elsewhere"))
        box.setText(
            self.tr(
                "Declaration %1 was saved in another window or on another desk while you "
                "edited it. Keep your version as a new revision (the other stays in the "
                "history), or take the other one?"
            ).replace("%1", lrn)
        )
        mine = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Take the other"), QMessageBox.ButtonRole.RejectRole)
        return box, mine

    def ask(self, lrn: str) -> None:
        """Ask without blocking (an autosave met the conflict); the answer comes as chosen."""
        if self.box is not None:
            return
        box, mine = self._build(lrn)
        self.box = box

        def answered(button: object) -> None:
            self.box = None
            self.chosen.emit(MINE if button is mine else THEIRS)

        box.buttonClicked.connect(answered)
        box.open()

    def ask_now(self, lrn: str) -> str:
        """Ask and wait (closing the editor must know the answer first)."""
        box, mine = self._build(lrn)
        box.exec()
        return MINE if box.clickedButton() is mine else THEIRS
