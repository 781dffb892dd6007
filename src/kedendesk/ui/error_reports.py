"""What escapes a slot or a thread is logged (kedendesk.diagnostics) and shown: a dialog that
names the log folder, and the app goes on where it can."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from kedendesk.diagnostics import log_dir, on_unhandled


class ErrorReports(QObject):
    """Signals: reported(where, message) on the GUI thread, for each error that escaped."""

    reported = Signal(str, str)
    _arrived = Signal(str, str)

    def __init__(self, window: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.folder = folder or log_dir()
        self.shown = 0
        self._arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._stop = on_unhandled(lambda where, error: self._arrived.emit(where, _words(error)))

    @Slot(str, str)
    def _show(self, where: str, message: str) -> None:
        self.reported.emit(where, message)
        self.shown += 1
        if self._window is None or not self._window.isVisible():
            return
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr(
                "An operation failed: %1\n\nYour work is kept; you can go on. The details are in "
                "the log folder:\n%2"
            )
            .replace("%1", message)
            .replace("%2", str(self.folder))
        )
        open_button = box.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setModal(False)
        box.buttonClicked.connect(
            lambda button: open_log_folder(self.folder) if button is open_button else None
        )
        box.show()

    def detach(self) -> None:
        self._stop()


def _words(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def open_log_folder(folder: Path | None = None) -> bool:
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
