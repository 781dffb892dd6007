"""UI fixtures: the real application on an offscreen platform, one workspace per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kedendesk.sandbox.authority import demo_key_path
from kedendesk.sandbox.config import DEMO_PASSWORD
from kedendesk.sandbox.server import SandboxServer
from kedendesk.services.profiles import PracticeEndpoint
from kedendesk.services.workspace import Workspace
from kedendesk.ui.app import Application


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user, any script: qtbot.keyClicks aborts the process on non-ASCII text."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(widget, event)


OpenApp = Callable[..., Application]


@pytest.fixture
def open_app(qtbot: QtBot, isolated_folders: Path) -> Iterator[OpenApp]:
    """Open the app on the test's workspace; may be called again after closing (a restart)."""
    opened: list[Application] = []

    def _open(language: str | None = "en") -> Application:
        application = Application(Workspace.open(isolated_folders), language)
        qtbot.addWidget(application.window)
        application.window.show()
        qtbot.waitExposed(application.window)
        opened.append(application)
        return application

    yield _open
    for application in opened:
        if application.window.isVisible():
            application.window.close()
        application.shutdown()


def close_app(application: Application) -> None:
    assert application.window.close()
    application.shutdown()


@pytest.fixture
def practice_app(
    qtbot: QtBot, isolated_folders: Path, tmp_path: Path
) -> Iterator[tuple[Application, SandboxServer]]:
    """The app on the Practice profile, its practice gateway on a loopback port."""
    server = SandboxServer(tmp_path / "practice-gateway", time_scale=60)

    def start() -> PracticeEndpoint:
        server.start()
        return PracticeEndpoint(
            server.url,
            "demo-declarant",
            "demo-declarant-secret",
            demo_key_path(tmp_path / "practice-gateway", "demo-declarant"),
            DEMO_PASSWORD,
        )

    application = Application(Workspace.open(isolated_folders), "en", start)
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    yield application, server
    if application.window.isVisible():
        application.window.close()
    application.shutdown()
    if server.url:
        server.stop()
