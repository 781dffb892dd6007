"""UI fixtures: the real application on an offscreen platform, one workspace per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from kedendesk.practice_gateway import starter
from kedendesk.sandbox.server import SandboxServer
from kedendesk.services.workspace import Workspace
from kedendesk.ui.app import Application
from kedendesk.ui.editor.code_field import CodeField
from kedendesk.ui.editor.editor_page import EditorPage


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user, any script: qtbot.keyClicks aborts the process on non-ASCII text."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(widget, event)


def entry(editor: EditorPage, path: str) -> QLineEdit:
    """The line edit of a box of the editor (header or current item; a code field's entry)."""
    widget = box_widget(editor, path)
    assert isinstance(widget, QLineEdit)
    return widget


def box_widget(editor: EditorPage, path: str) -> QLineEdit | QPlainTextEdit:
    """The text entry of a box, one line or several."""
    widget = editor.binder.widgets.get(path) or editor.items.binder.widgets[path]
    if isinstance(widget, CodeField):
        return widget.line_edit
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    return widget


def box_owner(widget: QWidget | None, boxes: dict[str, QWidget]) -> str | None:
    """The box a focused widget belongs to (a code field's entry, a combo's line edit)."""
    while widget is not None:
        for path, box in boxes.items():
            if box is widget:
                return path
        widget = widget.parentWidget()
    return None


def takes_tab(box: QWidget) -> bool:
    target = box.focusProxy() or box
    return box.isEnabled() and bool(target.focusPolicy() & Qt.FocusPolicy.TabFocus)


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


class Started:
    """The practice gateway the app started (on first need), for a test to drive."""

    def __init__(self, servers: list[SandboxServer]) -> None:
        self._servers = servers

    def __getattr__(self, name: str) -> object:
        return getattr(self._servers[0], name)


@pytest.fixture
def practice_app(
    qtbot: QtBot, isolated_folders: Path, tmp_path: Path
) -> Iterator[tuple[Application, Started]]:
    """The app on the Practice profile, its practice gateway on a loopback port."""
    servers: list[SandboxServer] = []
    start = starter(tmp_path / "practice-gateway", servers, time_scale=60)
    application = Application(Workspace.open(isolated_folders), "en", start)
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    yield application, Started(servers)
    if application.window.isVisible():
        application.window.close()
    application.shutdown()
    for server in servers:
        server.stop()
