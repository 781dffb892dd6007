"""Composition root: builds the workspace, services and the main window, and runs the app."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from kedendesk.domain.reference import resources_dir
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import seed_demo
from kedendesk.services.drafts import DraftService
from kedendesk.services.signing import SigningService
from kedendesk.services.workspace import Workspace, WorkspaceError
from kedendesk.ui.i18n import LanguageSwitcher
from kedendesk.ui.main_window import MainWindow
from kedendesk.ui.operations import Operations

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


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
    """Everything one running app owns; tests build it the same way."""

    def __init__(self, workspace: Workspace, language: str | None = None) -> None:
        self.workspace = workspace
        self.drafts = DraftService(workspace)
        self.checking = CheckingService(workspace)
        self.signing = SigningService(workspace, self.checking)
        self.operations = Operations()
        self.languages = LanguageSwitcher()
        self.languages.switch(language or workspace.settings.get("ui.language", "en"))
        self.window = MainWindow(
            workspace, self.drafts, self.checking, self.signing, self.operations, self.languages
        )

    def shutdown(self) -> None:
        self.operations.shutdown()
        self.languages.uninstall()
        self.workspace.close()


def run_app(workspace: str | None = None, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Kedendesk")
    app.setOrganizationName("Kedendesk")
    install_font(app)
    try:
        opened = Workspace.open(workspace)
    except WorkspaceError as error:
        QMessageBox.critical(None, "Kedendesk", str(error))
        return 1
    seed_demo(DraftService(opened), CheckingService(opened))
    application = Application(opened, language)
    application.window.show()
    code = app.exec()
    application.shutdown()
    return code
