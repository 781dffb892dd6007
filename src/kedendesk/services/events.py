"""Plain events the core publishes; the UI bridge re-emits them as Qt signals."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DraftSaved:
    declaration_id: int
    revision: int


@dataclass(frozen=True)
class DeclarationsChanged:
    """Declarations changed. With `ids`, those declarations' state (status, outbox, events):
    lists update those rows in place and only their editors reload. Without, declarations
    were added, removed, restored or moved: lists reload."""

    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ClientsChanged:
    pass


@dataclass(frozen=True)
class ReferenceChanged:
    """Exchange rates, the tariff or the rounding step changed: checks should run again."""


@dataclass(frozen=True)
class GatewayStatusChanged:
    """Whether the gateway of the current profile answers; `detail` says why not."""

    reachable: bool
    detail: str = ""


@dataclass(frozen=True)
class CustomsEvent:
    """Something customs did, as the feed reported it (for notifications)."""

    declaration_id: int
    type: str  # corridor.assigned, request.opened, declaration.released …
    lrn: str
    data: dict[str, Any]


Event = (
    DraftSaved
    | DeclarationsChanged
    | ClientsChanged
    | ReferenceChanged
    | GatewayStatusChanged
    | CustomsEvent
)
Subscriber = Callable[[Event], None]


class EventBus:
    """Synchronous publish/subscribe; subscribers run on the publishing thread."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, event: Event) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            subscriber(event)
