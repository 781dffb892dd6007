"""F1 opens the user guide in the interface language; the guide in each language has the same
sections, and every link of its contents leads to one of them."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kedendesk.ui.help_dialog import HelpDialog, guide_path
from tests.ui.conftest import OpenApp

LANGUAGES = ("en", "ru", "kk")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_guide_has_the_same_sections_and_its_links_lead_somewhere(language: str) -> None:
    text = guide_path(language).read_text(encoding="utf-8")
    assert guide_path(language).name == f"guide-{language}.html"
    anchors = re.findall(r'<a name="([\w-]+)">', text)
    links = re.findall(r'<a href="#([\w-]+)">', text)
    assert anchors and set(links) == set(anchors)
    english = re.findall(r'<a name="([\w-]+)">', guide_path("en").read_text(encoding="utf-8"))
    assert anchors == english
    assert "F1" in text and "Ctrl+Shift+S" in text


def test_f1_opens_the_guide_in_the_interface_language(qtbot: QtBot, open_app: OpenApp) -> None:
    app = open_app("ru")
    app.window.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(app.window.isActiveWindow)
    qtbot.keyClick(app.window, Qt.Key.Key_F1)
    guide = app.window.findChild(HelpDialog)
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert "Порядок работы" in guide.browser.toPlainText()
    assert guide.windowTitle() == "Руководство пользователя"
    app.window.switch_language("kk")
    qtbot.waitUntil(lambda: "Жұмыс тәртібі" in guide.browser.toPlainText())
    app.window.switch_language("en")
    qtbot.waitUntil(lambda: "The flow" in guide.browser.toPlainText())
    assert app.window.show_guide() is guide  # one window, brought forward


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guides_pictures_are_there(language: str) -> None:
    text = guide_path(language).read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', text)
    assert len(pictures) == 2
    for picture in pictures:
        assert (guide_path(language).parent / picture).is_file(), picture
        assert f"-{language}.png" in picture  # in the guide's own language
