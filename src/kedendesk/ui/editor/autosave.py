"""Autosave: a save about a second after the last edit, written off the GUI thread, in order."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from kedendesk.domain.declaration import Declaration
from kedendesk.services.drafts import DraftService, RevisionInfo, Snapshot
from kedendesk.ui.operations import Operations

DELAY_MS = 800


class Autosaver(QObject):
    """Signals: saving(), saved(RevisionInfo), save_failed(str)."""

    saving = Signal()
    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self,
        drafts: DraftService,
        operations: Operations,
        declaration_id: int,
        declaration: Declaration,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self._operations = operations
        self._id = declaration_id
        self._declaration = declaration
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.dirty = False
        self._write_failed = False

    def schedule(self) -> None:
        """Called on every edit: the save waits until typing pauses."""
        self.dirty = True
        self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        if not self.dirty:
            return
        self.dirty = False
        # The snapshot is taken here, on the GUI thread, so later edits cannot race the write.
        snapshot = self._drafts.snapshot(self._declaration)
        self.saving.emit()
        self._operations.run(
            lambda: self._write(snapshot), self.saved.emit, self._failed, serial=True
        )

    def _write(self, snapshot: Snapshot) -> RevisionInfo:
        # Runs on the writer thread. The flag is set here, not in the queued failure callback,
        # so flush() sees a failed write at once.
        try:
            info = self._drafts.save(self._id, snapshot)
        except Exception:
            self._write_failed = True
            raise
        self._write_failed = False
        return info

    def flush(self) -> None:
        """Save what is pending now, on this thread; raises if the workspace cannot take it.

        Used when closing the editor or the app, so a failure can stop the close.
        """
        self._timer.stop()
        self._operations.wait_serial()
        if self.dirty or self._write_failed:
            info = self._drafts.save(self._id, self._drafts.snapshot(self._declaration))
            self.dirty = self._write_failed = False
            self.saved.emit(info)

    def _failed(self, error: BaseException) -> None:
        self.dirty = True  # keep the edits; the next change or flush tries again
        self.save_failed.emit(str(error))
