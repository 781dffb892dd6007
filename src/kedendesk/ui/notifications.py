"""Desktop notifications when customs assigns a corridor, asks for something, or decides, and
when a client's contract or power of attorney is about to expire; in the status bar where the
desktop has no notification area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QStyle, QSystemTrayIcon

from kedendesk.domain.client_card import Expiry
from kedendesk.domain.lenient import as_text
from kedendesk.services.drafts import Client
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
CLIENT_TITLE = QT_TRANSLATE_NOOP("Notifications", "Client %1")


class PaperTexts(QObject):
    """Words for a paper that expires (a QObject so that plural forms are found for it)."""

    def expiry(self, expiry: Expiry) -> str:
        """ "Power of attorney 12 expires on 05.12.2026 (in 4 days)." and the like."""
        if expiry.paper == "contract":
            paper = self.tr("The contract %1")
        else:
            paper = self.tr("Power of attorney %1")
        paper = paper.replace("%1", expiry.number)
        if expiry.days_left < 0:
            text = self.tr("%1 expired on %2: declarations under it cannot be signed.")
        else:
            text = self.tr("%1 expires on %2 (in %n day(s)).", "", expiry.days_left)
        return text.replace("%1", paper).replace("%2", as_text(expiry.valid_to))


def expiry_text(expiry: Expiry) -> str:
    return PaperTexts().expiry(expiry)


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
        self.show(title, text)

    def papers_expiring(self, found: list[tuple[Client, Expiry]]) -> None:
        for client, expiry in found:
            title = QCoreApplication.translate("Notifications", CLIENT_TITLE)
            self.show(title.replace("%1", client.name), expiry_text(expiry))

    def show(self, title: str, text: str) -> None:
        """A message in the notification area (where the desktop has one) and the status bar."""
        self.shown.append(f"{title}: {text}")
        if self._tray is not None and self._tray.supportsMessages():
            self._tray.showMessage(title, text)
        self._window.statusBar().showMessage(f"{title}: {text}", 15000)
