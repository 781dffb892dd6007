"""No text cut off: the list, and every tab of a declaration with goods items, in each
language and the pseudo-locale (every string ~40 % longer), at 1366×768 and 1440×900; and a
code box's completion popup as wide as its longest choice."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import seed_demo
from kedendesk.ui.editor.code_field import CodeField
from kedendesk.ui.i18n import pseudo_text
from tests.ui.conftest import OpenApp
from tests.ui.fit import clipped

SCREENS = ((1366, 768), (1440, 900))


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["en", "ru", "kk", "pseudo"])
def test_nothing_is_cut_off(
    qtbot: QtBot, open_app: OpenApp, language: str, size: tuple[int, int]
) -> None:
    app = open_app(language)
    seed_demo(app.drafts, CheckingService(app.workspace))
    window = app.window
    window.list_page.model.reload()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    assert clipped(window) == []
    editor = window.open_declaration(app.drafts.find_ids("")[0])
    assert editor is not None
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        qtbot.wait(20)  # a layout pass
        assert clipped(window) == [], editor.tabs.tabText(tab)


def test_the_pseudo_locale_stretches_and_keeps_what_code_needs() -> None:
    text = pseudo_text("Sign the declaration %1 with <b>your</b> key (&Sign)")
    assert text.startswith("[") and "%1" in text and "<b>" in text and "&" in text
    assert len(text) > 1.3 * len("Sign the declaration %1 with <b>your</b> key (&Sign)")
    assert "Šîĝñ" in text


def test_a_code_box_popup_is_as_wide_as_its_choices(qtbot: QtBot, open_app: OpenApp) -> None:
    open_app("ru")
    field = CodeField("procedures")
    qtbot.addWidget(field)
    popup = field.completer.popup()
    assert popup is not None
    widest = max(
        popup.fontMetrics().horizontalAdvance(choice)
        for choice in field.completer.model().stringList()  # type: ignore[attr-defined]
    )
    assert popup.minimumWidth() >= min(widest, 700)
    assert popup.minimumWidth() > field.line_edit.maximumWidth()
