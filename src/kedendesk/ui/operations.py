"""The one way to run background work: run a callable on a pool, get the result on the GUI thread.

Signals and slots cross threads as queued calls, so callbacks always run on the GUI thread and
may touch widgets. Serial work (workspace writes) runs in submission order on its own thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from kedendesk.diagnostics import report_unhandled

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; receives a worker's outcome as a queued call."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        done: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._done = done
        self.dropped = False  # the app shut down first: nobody is left to tell
        self.succeeded.connect(self._deliver_success, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_failure, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        self._done(self)
        if self.dropped:
            log.debug("a result arrived after shutdown; dropped")
            return
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, error: object) -> None:
        self._done(self)
        assert isinstance(error, BaseException)
        if self.dropped:  # logged by the task already
            return
        if self._on_failure is not None:
            self._on_failure(error)
        else:  # nobody asked to hear of it: the user still must
            report_unhandled("background work", error)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the GUI, never lost in a thread
            log.warning("background work failed", exc_info=True)
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class Operations(QObject):
    """Background work for the UI.

    Signals: none; each call takes its own success and failure callbacks.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._pending: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        serial: bool = False,
    ) -> None:
        relay = _Relay(on_success, on_failure, self._pending.discard)
        self._pending.add(relay)
        (self._serial if serial else self._pool).start(_Task(work, relay))

    def wait_serial(self) -> None:
        """Block until queued workspace writes are done (used when closing)."""
        self._serial.waitForDone()

    def shutdown(self) -> None:
        """Wait for the work running; results still on their way to the GUI thread are
        dropped, since the windows and the workspace they were for are closing."""
        self._serial.waitForDone()
        self._pool.waitForDone()
        for relay in self._pending:
            relay.dropped = True
