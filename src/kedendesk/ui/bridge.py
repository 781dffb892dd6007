"""Re-emits the core's plain events as Qt signals on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kedendesk.services.events import (
    ClientsChanged,
    CustomsEvent,
    DeclarationsChanged,
    DraftSaved,
    EventBus,
    GatewayStatusChanged,
    ReferenceChanged,
)


class EventBridge(QObject):
    """Signals: draft_saved(declaration_id, revision), declarations_changed(ids: a tuple of
    the declarations concerned, empty when declarations were added or removed), clients_changed(),
    reference_changed() (rates, tariff or rounding: checks run again),
    gateway_status_changed(reachable, detail), customs_event(CustomsEvent)."""

    draft_saved = Signal(int, int)
    declarations_changed = Signal(object)
    clients_changed = Signal()
    reference_changed = Signal()
    gateway_status_changed = Signal(bool, str)
    customs_event = Signal(object)
    _arrived = Signal(object)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Events may be published on a worker thread: hop to this object's (the GUI) thread.
        self._arrived.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] = bus.subscribe(self._arrived.emit)
        self._detached = False

    @Slot(object)
    def _dispatch(self, event: object) -> None:
        if self._detached:  # queued before the window closed: nobody is left to show it
            return
        if isinstance(event, DraftSaved):
            self.draft_saved.emit(event.declaration_id, event.revision)
        elif isinstance(event, DeclarationsChanged):
            self.declarations_changed.emit(event.ids)
        elif isinstance(event, ClientsChanged):
            self.clients_changed.emit()
        elif isinstance(event, ReferenceChanged):
            self.reference_changed.emit()
        elif isinstance(event, GatewayStatusChanged):
            self.gateway_status_changed.emit(event.reachable, event.detail)
        elif isinstance(event, CustomsEvent):
            self.customs_event.emit(event)

    def detach(self) -> None:
        self._detached = True
        self._unsubscribe()
