"""Undo and redo for every edit of a declaration: boxes, goods items added or removed, rows of
box 31, 44 and 47, an import, a spread of costs.

The editor's declaration is snapshotted (the same JSON body the autosave writes) a moment
after each edit settles; Ctrl+Z puts the previous state back into the same declaration object
the form and tables show, Ctrl+Y the next one. At most `LIMIT` states are kept.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kedendesk.domain.declaration import Declaration
from kedendesk.services.drafts import DraftService

LIMIT = 50
SETTLE_MS = 400


class UndoHistory(QObject):
    def __init__(self, declaration: Callable[[], Declaration], parent: QObject | None = None):
        super().__init__(parent)
        self._declaration = declaration
        self._states: list[str] = [self._body()]
        self._position = 0  # the state shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.take)

    def _body(self) -> str:
        return DraftService.snapshot(self._declaration()).body

    def edited(self) -> None:
        """An edit happened: remember the state once the typing settles."""
        self._timer.start()

    def take(self) -> None:
        self._timer.stop()
        body = self._body()
        if body == self._states[self._position]:
            return
        del self._states[self._position + 1 :]  # a new edit ends what could be redone
        self._states.append(body)
        if len(self._states) > LIMIT:
            del self._states[0]
        self._position = len(self._states) - 1

    def can_undo(self) -> bool:
        return self._position > 0 or self._timer.isActive()

    def can_redo(self) -> bool:
        return self._position < len(self._states) - 1

    def undo(self) -> Declaration | None:
        """The state before the last edit, or None when there is none."""
        if self._timer.isActive():
            self.take()
        if self._position == 0:
            return None
        self._position -= 1
        return Declaration.model_validate_json(self._states[self._position])

    def redo(self) -> Declaration | None:
        if not self.can_redo():
            return None
        self._position += 1
        return Declaration.model_validate_json(self._states[self._position])
