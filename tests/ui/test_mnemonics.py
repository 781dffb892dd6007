"""Alt+letter reaches one place: in every language, no two menus of the menu bar and no two
entries of one menu share their underlined letter."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from tests.ui.conftest import OpenApp


def _letter(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else None


def _clashes(actions: list[QAction]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for action in actions:
        letter = _letter(action.text())
        if letter:
            seen.setdefault(letter, []).append(action.text())
    return {letter: texts for letter, texts in seen.items() if len(texts) > 1}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_each_menu_letter_leads_to_one_place(open_app: OpenApp, language: str) -> None:
    bar = open_app(language).window.menuBar()
    assert _clashes(bar.actions()) == {}
    for top in bar.actions():
        menu = top.menu()
        assert menu is not None
        assert _clashes(menu.actions()) == {}, top.text()
