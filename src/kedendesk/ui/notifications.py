"""Desktop notifications when customs assigns a corridor, asks for something, or decides;
in the status bar where the desktop has no notification area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QStyle, QSystemTrayIcon

from kedendesk.services.events import CustomsEvent
from kedendesk.ui.editor.timeline_page import event_text
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP

NOTIFIED = frozenset(
    {
        "corridor.assigned",
        "request.opened",
        "inspection.scheduled",
        "declaration.released",
        "declaration.release_refused",
        "declaration.rejected",
    }
)
TITLE = QT_TRANSLATE_NOOP("Notifications", "Declaration %1")


class Notifications(QObject):
    """Signals: none. `shown` keeps the texts shown (what a test or the user can look back on)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.shown: list[str] = []
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.show()

    def customs_event(self, event: CustomsEvent) -> None:
        if event.type not in NOTIFIED:
            return
        title = QCoreApplication.translate("Notifications", TITLE).replace("%1", event.lrn)
        text = event_text(event.type, event.data)
        self.shown.append(f"{title}: {text}")
        if self._tray is not None and self._tray.supportsMessages():
            self._tray.showMessage(title, text)
        self._window.statusBar().showMessage(f"{title}: {text}", 15000)
