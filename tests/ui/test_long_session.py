"""A working day in miniature: thousands of keystrokes through real widgets must not wear the
interpreter down (PySide6 6.12 on Python 3.11 dropped a reference to None on each read of an
unset dynamic property, and the app aborted after about 300 keystrokes)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kedendesk.services.drafts import DraftService
from tests.ui.conftest import OpenApp, box_widget, close_app, type_text

HEADER_FIELDS = ("consignor.name", "delivery_place", "exchange_rate", "invoice_total")
ITEM_FIELDS = ("gross_mass_kg", "net_mass_kg", "price", "commodity_code", "origin_country")


def test_three_thousand_keystrokes_leave_the_interpreter_whole(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    assert sys.version_info[:2] == (3, 11), "None is immortal on 3.12+: the bug would hide"
    client = drafts.add_client("ТОО «Әлем Сауда»", "940140000385")
    declaration_id = drafts.new_declaration(client.id)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    before = sys.getrefcount(None)
    keystrokes = 0
    languages = ("ru", "kk", "en")
    for round_number in range(18):
        editor.tabs.setCurrentIndex(round_number % 6)
        for path in HEADER_FIELDS:
            entry = box_widget(editor, path)
            text = f"{round_number}2 345,67" if path != "consignor.name" else "Өрнек Ltd"
            type_text(entry, text)
            keystrokes += len(text)
        editor.tabs.setCurrentWidget(editor.items)
        editor.items.add_item()
        for path in ITEM_FIELDS:
            text = {"commodity_code": "8539500000", "origin_country": "CN"}.get(path, "12,5")
            entry = box_widget(editor, path)
            if isinstance(entry, QLineEdit):
                entry.clear()
            type_text(entry, text * 3)
            keystrokes += len(text) * 3
        description = box_widget(editor, "description")
        type_text(description, "Лампа светодиодная / LED lamp " * 2)
        keystrokes += 60
        if round_number % 3 == 2:
            editor.items.table.selectRow(0)
            editor.items.remove_items()
        app.window.switch_language(languages[round_number % 3])
        qtbot.wait(20)  # let timers, checks and autosave run between rounds
    assert keystrokes >= 3000
    after = sys.getrefcount(None)
    # Ordinary work moves the count by a few hundred at most; the bug took ~110 per keystroke.
    assert after > before - 1000, (before, after)
    assert editor.declaration.items, "items were added and kept"
    close_app(app)
