"""What's this? on every box label of the editor says what the box means, in the interface
language; Help → What's this? (Shift+F1) enters Qt's What's-this mode."""

from __future__ import annotations

from PySide6.QtWidgets import QWhatsThis
from pytestqt.qtbot import QtBot

from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import seed_demo
from kedendesk.ui.editor.box_meanings import MEANINGS
from tests.ui.conftest import OpenApp


def test_every_box_label_says_what_the_box_means(qtbot: QtBot, open_app: OpenApp) -> None:
    app = open_app("ru")
    seed_demo(app.drafts, CheckingService(app.workspace))
    editor = app.window.open_declaration(app.drafts.find_ids("")[0])
    assert editor is not None
    binders = (
        [editor.binder, editor.items.binder] if hasattr(editor.items, "binder") else [editor.binder]
    )
    boxed = [
        (path, binder.labels[path], spec.box)
        for binder in binders
        for path, spec in binder.specs.items()
        if spec.box
    ]
    assert len(boxed) > 40
    for path, label, box in boxed:
        assert box in MEANINGS, f"box {box} ({path}) has no meaning"
        assert label.whatsThis().startswith(f"Графа {box}:"), path
        assert label.buddy().whatsThis() == label.whatsThis()
    commodity = next(label for path, label, box in boxed if box == "33")
    assert "ТН ВЭД" in commodity.whatsThis()
    app.window.switch_language("kk")
    qtbot.waitUntil(lambda: "СЭҚ ТН" in commodity.whatsThis())


def test_help_enters_whats_this_mode(qtbot: QtBot, open_app: OpenApp) -> None:
    app = open_app("en")
    assert app.window.whats_this_action in app.window.help_menu.actions()
    app.window.whats_this_action.trigger()
    assert QWhatsThis.inWhatsThisMode()
    QWhatsThis.leaveWhatsThisMode()
