"""Window geometry and view states kept in the workspace settings (base64 of Qt's bytes)."""

from __future__ import annotations

import base64
from typing import Any, Protocol

from PySide6.QtCore import QByteArray

PREFIX = "ui.state."


class Settings(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...

    def set(self, key: str, value: Any) -> None: ...


class WindowState:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def get(self, name: str) -> bytes | None:
        value = self._settings.get(PREFIX + name)
        return None if value is None else base64.b64decode(value)

    def put(self, name: str, data: QByteArray) -> None:
        self._settings.set(PREFIX + name, base64.b64encode(data.data()).decode("ascii"))
