"""Autosave: a save about a second after the last edit, written off the GUI thread, in order.

A save that fails (a full disk, a team server gone away) keeps the edits and tries again every
few seconds by itself; on a team workspace the edit is also kept on this desk (the local
journal), so closing the app or losing power while the server is away loses nothing: the tab
opens with it next time and writes it when the server answers (a conflict if another desk
saved meanwhile)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kedendesk.domain.declaration import Declaration
from kedendesk.services.drafts import ConflictError, DraftService, RevisionInfo, Snapshot
from kedendesk.ui.operations import Operations

log = logging.getLogger(__name__)
DELAY_MS = 800
RETRY_MS = 5000  # after a failed save: try again by itself this often


class Autosaver(QObject):
    """Signals: saving(), saved(RevisionInfo), save_failed(str), conflict(ConflictError) when
    another window or process saved the declaration since this editor's revision."""

    saving = Signal()
    saved = Signal(object)
    save_failed = Signal(str)
    conflict = Signal(object)

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
        self._journaled = False  # an edit is kept on this desk until the server takes it
        # The revision this editor's content is based on; every save names it.
        self.based_on: int | None = drafts.row(declaration_id).revision
        self.in_conflict = False
        self.errors: Callable[[], int | None] = lambda: None  # error findings, when known

    def resume_unsaved(self) -> None:
        """The content is an edit kept on this desk (the journal): save it soon."""
        self._journaled = True
        self.schedule()

    def schedule(self) -> None:
        """Called on every edit: the save waits until typing pauses."""
        self.dirty = True
        if not self.in_conflict:  # until the user resolved it, edits stay in the editor
            self._timer.start(DELAY_MS)

    def save_now(self) -> None:
        self._timer.stop()
        if not self.dirty or self.in_conflict:
            return
        self.dirty = False
        # The snapshot is taken here, on the GUI thread, so later edits cannot race the write.
        snapshot = self._drafts.snapshot(self._declaration, self.errors())
        self.saving.emit()
        self._operations.run(
            lambda: self._write(snapshot), self._written, self._failed, serial=True
        )

    def _write(self, snapshot: Snapshot, force: bool = False) -> RevisionInfo:
        # Runs on the writer thread. The flags are set here, not in the queued callbacks, so
        # flush() sees a failed write and the next write its base at once.
        try:
            info = self._drafts.save(self._id, snapshot, None if force else self.based_on)
        except ConflictError:
            self.in_conflict = True
            raise
        except Exception:
            self._write_failed = True
            self._keep_here(snapshot)
            raise
        self._write_failed = False
        self.based_on = info.number
        if self._journaled:
            self._journaled = False
            self._drafts.forget_unsaved(self._id)
        return info

    def _keep_here(self, snapshot: Snapshot) -> None:
        try:
            self._journaled = self._drafts.keep_unsaved(self._id, snapshot.body, self.based_on)
        except Exception:  # the desk's own disk failed too: the editor still has the edits
            log.exception("the unsaved edit of declaration %s was not kept on this desk", self._id)

    def _written(self, info: RevisionInfo) -> None:
        self.saved.emit(info)

    def keep_mine(self) -> RevisionInfo:
        """Resolve a conflict by saving this editor's content as a new revision on top of the
        other one (which stays in the history)."""
        self.in_conflict = False
        info = self._write(self._drafts.snapshot(self._declaration, self.errors()), force=True)
        self.dirty = False
        self.saved.emit(info)
        return info

    def flush(self) -> None:
        """Save what is pending now, on this thread; raises if the workspace cannot take it.

        Used when closing the editor or the app, so a failure can stop the close.
        """
        self._timer.stop()
        self._operations.wait_serial()
        if self.in_conflict:
            raise ConflictError(self._id, self.based_on or 0, self._drafts.row(self._id).revision)
        if self.dirty or self._write_failed:
            info = self._write(self._drafts.snapshot(self._declaration, self.errors()))
            self.dirty = False
            self.saved.emit(info)

    def _failed(self, error: BaseException) -> None:
        self.dirty = True  # keep the edits; the next change, a flush or the retry saves them
        if isinstance(error, ConflictError):
            self.conflict.emit(error)
            return
        self.save_failed.emit(str(error))
        self._timer.start(RETRY_MS)
