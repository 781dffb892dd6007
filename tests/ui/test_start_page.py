"""An empty workspace shows the next steps instead of an empty table; a filter that finds
nothing still shows the (empty) table; the first declaration brings the list back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kedendesk.domain.declaration import Declaration
from kedendesk.ui.first_run_dialog import FirstRunDialog
from kedendesk.ui.help_dialog import HelpDialog
from tests.ui.conftest import OpenApp


def test_an_empty_workspace_shows_the_next_steps(qtbot: QtBot, open_app: OpenApp) -> None:
    app = open_app("ru")
    page = app.window.list_page
    assert page.stack.currentWidget() is page.start
    assert page.start.title.text() == "Деклараций пока нет"
    captions = [button.text() for button, _text in page.start.buttons]
    assert captions[0] == "Первые шаги…" and "Ctrl+N" in captions[2]
    guide, _ = page.start.buttons[4]
    qtbot.mouseClick(guide, Qt.MouseButton.LeftButton)
    assert app.window.findChild(HelpDialog) is not None
    first, _ = page.start.buttons[0]
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    wizards = app.window.findChildren(FirstRunDialog)
    assert wizards and wizards[-1].isVisible()
    wizards[-1].close()

    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    app.drafts.create(client.id, Declaration(lrn="KD-FIRST"))
    page.model.reload()
    assert page.stack.currentWidget() is page.view
    page.filter_edit.setText("ничего такого нет")
    page.apply_filter()
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.view  # nothing found is not an empty workspace
