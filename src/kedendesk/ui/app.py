"""Composition root: builds the workspace, services and the main window, and runs the app."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from kedendesk import __version__
from kedendesk.diagnostics import setup_logging, stop_logging
from kedendesk.domain.reference import resources_dir
from kedendesk.services.backups import BackupService
from kedendesk.services.changes import POLL_MS as CHANGES_POLL_MS
from kedendesk.services.changes import TEAM_POLL_MS, ExternalChanges, Listener
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import seed_demo
from kedendesk.services.drafts import DraftService
from kedendesk.services.events import GatewayStatusChanged
from kedendesk.services.gateway_worker import GatewayWorker, start_following
from kedendesk.services.profiles import PracticeEndpoint, ProfileService
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.services.workspace import (
    LockHolder,
    ServerUnreachableError,
    Workspace,
    WorkspaceError,
    default_workspace_dir,
)
from kedendesk.ui.error_reports import ErrorReports
from kedendesk.ui.i18n import LanguageSwitcher
from kedendesk.ui.main_window import MainWindow
from kedendesk.ui.operations import Operations

log = logging.getLogger(__name__)
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
# While a worker runs Python (signing, checks, imports), every event Qt hands to a Python
# object on the GUI thread waits for the GIL, up to one switch interval each: at Python's
# default of 5 ms, a burst of events stalled the window for most of a second (measured by
# bench/bench_gui_stall.py). 1 ms keeps it answering at a small cost in throughput.
GUI_SWITCH_INTERVAL = 0.001
BACKUP_CHECK_MS = 6 * 60 * 60 * 1000  # a session left open for days still gets its backups


def qt_application() -> QApplication:
    """This process's QApplication (made once), with the bundled font: for a caller outside
    the ui package that shows a window (the selftest)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_font(app)
    return app


def install_font(app: QApplication) -> None:
    """The bundled font, so Kazakh letters look the same on every machine."""
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family:
        app.setFont(QFont(family, 10))


class Application:
    """Everything one running app owns; tests build it the same way.

    `practice` starts the practice gateway when the Practice profile first needs it (the
    entry point passes it in: the UI may not import the sandbox)."""

    def __init__(
        self,
        workspace: Workspace,
        language: str | None = None,
        practice: Callable[[], PracticeEndpoint] | None = None,
    ) -> None:
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)
        self.workspace = workspace
        self.drafts = DraftService(workspace)
        self.checking = CheckingService(workspace)
        self.signing = SigningService(workspace, self.checking)
        self.profiles = ProfileService(workspace, practice)
        profile = self.profiles.current()
        self.submission = SubmissionService(
            workspace, self.signing, profile.name if profile else "none"
        )
        self.worker: GatewayWorker | None = None
        self.operations = Operations()
        self.languages = LanguageSwitcher()
        self.languages.switch(language or workspace.settings.get("ui.language", "en"))
        self.window = MainWindow(
            workspace,
            self.drafts,
            self.checking,
            self.signing,
            self.submission,
            self.profiles,
            self.operations,
            self.languages,
            wake=self.wake,
            switch_profile=self.switch_profile,
        )
        self.errors = ErrorReports(self.window)
        # The daily automatic backup: at start, and every few hours of a long session.
        self._backups = BackupService(workspace)
        self._backup_timer = QTimer(self.window)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.daily_backup)
        self._backup_timer.start()
        self.daily_backup()
        # Other desks on this workspace: their saves reach the list within a second.
        self._changes = ExternalChanges(workspace)
        self._listener = Listener(workspace, self._changes)  # a team server tells at once
        self._listener.start()
        self._changes_timer = QTimer(self.window)
        self._changes_timer.setInterval(TEAM_POLL_MS if workspace.shared else CHANGES_POLL_MS)
        self._changes_timer.timeout.connect(self._look_for_changes)
        self._changes_timer.start()
        self._looking = False
        # The tariff and its word index (a second for the whole ЕТТ) before the user asks.
        self.operations.run(
            lambda: self.checking.tariff().build_index(),
            lambda _index: None,
            lambda error: log.warning("the tariff index was not built: %s", error),
        )

    def _look_for_changes(self) -> None:
        if self._looking:  # the last look has not come back yet (a busy disk)
            return
        self._looking = True

        def done(_changed: object) -> None:
            self._looking = False

        def failed(error: BaseException) -> None:
            self._looking = False
            log.warning("other desks' changes not read: %s", error)

        self.operations.run(self._changes.poll, done, failed)

    def daily_backup(self) -> None:
        self.operations.run(
            self._backups.daily,
            lambda made: log.info("daily backup %s", made.name if made else "not due"),
            lambda error: log.warning("the daily backup failed: %s", error),
        )  # on the pool, not behind the saves: the online backup copes with them

    def connect_gateway(self) -> None:
        """Start following the current profile's gateway, off the GUI thread."""
        self._start(
            lambda: start_following(
                self.profiles, self.signing, self.submission, self.workspace.events
            )
        )

    def _start(self, work: Callable[[], GatewayWorker | None]) -> None:
        def started(worker: GatewayWorker | None) -> None:
            self.worker = worker

        def failed(error: BaseException) -> None:
            log.warning("the gateway worker did not start: %s", error)
            self.workspace.events.publish(GatewayStatusChanged(False, str(error)))

        self.operations.run(work, started, failed, serial=True)

    def switch_profile(self, name: str) -> None:
        """Follow another gateway: the old worker is stopped and joined before the new one
        starts (off the GUI thread); queued items stay bound to the profile they were queued
        for, and each profile keeps its own feed cursor."""
        old, self.worker = self.worker, None
        self.submission.profile = name

        def restart() -> GatewayWorker | None:
            if old is not None:
                old.stop()
            return start_following(
                self.profiles, self.signing, self.submission, self.workspace.events
            )

        self._start(restart)

    def wake(self) -> None:
        if self.worker is not None:
            self.worker.wake()

    def shutdown(self) -> None:
        self.errors.detach()
        self._listener.stop()
        if self.worker is not None:
            self.worker.stop()
        self.operations.shutdown()
        self.signing.close()
        self.languages.uninstall()
        self.workspace.close()


def _open_anyway(other: LockHolder) -> bool:
    """Another Kedendesk has this workspace open: say so; the user may still work here."""
    log.warning("workspace already open by process %s on %s", other.pid, other.host)
    return _ask(
        QCoreApplication.translate(
            "Application",
            "This workspace is open in another Kedendesk (process %1 on %2, since %3).\n\n"
            "You can work in both: a declaration saved in both windows becomes a conflict "
            "you resolve, and nothing is overwritten. Open it here as well?",
        )
        .replace("%1", str(other.pid))
        .replace("%2", other.host)
        .replace("%3", other.since),
        QCoreApplication.translate("Application", "Open here as well"),
        QMessageBox.StandardButton.Cancel,
    )


def _open_own_instead(error: str) -> bool:
    """The team server does not answer at start: say so, and offer this desk's own
    workspace for this session."""
    return _ask(
        QCoreApplication.translate(
            "Application",
            "The team server does not answer:\n%1\n\nNothing on it is lost. Open this desk's "
            "own workspace instead, or quit and try again when the server is back?",
        ).replace("%1", error),
        QCoreApplication.translate("Application", "Open this desk's own workspace"),
        QMessageBox.StandardButton.Close,
    )


def _ask(text: str, accept: str, other: QMessageBox.StandardButton) -> bool:
    """A warning before the window exists: whether the user chose `accept`."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Kedendesk", text)
    chosen = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(other)
    box.exec()
    return box.clickedButton() is chosen


def run_app(
    workspace: str | None = None,
    language: str | None = None,
    practice: Callable[[], PracticeEndpoint] | None = None,
) -> int:
    folder = setup_logging()
    log.info("Kedendesk %s starting; log folder %s", __version__, folder)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Kedendesk")
    app.setOrganizationName("Kedendesk")
    install_font(app)
    try:
        opened = Workspace.open(workspace)
    except ServerUnreachableError as error:  # the team server is away: this desk's own?
        log.error("the team workspace cannot be opened: %s", error)
        if workspace is not None or not _open_own_instead(str(error)):
            return 1
        try:  # for this session; the team workspace stays the one opened at the next start
            opened = Workspace.open(default_workspace_dir())
        except WorkspaceError as own_error:
            QMessageBox.critical(None, "Kedendesk", str(own_error))
            return 1
    except WorkspaceError as error:
        log.error("the workspace cannot be opened: %s", error)
        QMessageBox.critical(None, "Kedendesk", str(error))
        return 1
    other = opened.claim()
    if other is not None and not _open_anyway(other):
        opened.close()
        return 1
    seed_demo(DraftService(opened), CheckingService(opened))
    application = Application(opened, language, practice)
    application.window.show()
    if application.window.first_run().needed():  # shown once; Help → First steps… again
        application.window.show_first_run()
    application.connect_gateway()
    application.operations.run(application.signing.warm_up)
    code = app.exec()
    application.shutdown()
    log.info("Kedendesk stopped")
    stop_logging()
    return code
