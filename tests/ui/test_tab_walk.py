"""Tab walks every tab of the header in box order, as the form shows the boxes: never onto a
button, never onto a read-only box, never skipping one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from kedendesk.services.drafts import DraftService
from kedendesk.ui.editor.editor_page import EditorPage
from tests.ui.conftest import OpenApp, box_owner, takes_tab


def _new_declaration(qtbot: QtBot, open_app: OpenApp, drafts: DraftService) -> EditorPage:
    """A new declaration by Ctrl+N, its editor open."""
    drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    window = open_app().window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (editor,) = window.editors.values()
    return editor


def test_tab_walks_each_header_tab_in_box_order(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    editor = _new_declaration(qtbot, open_app, drafts)
    boxes = editor.binder.widgets
    walked_tabs, walked_boxes = 0, 0
    for index in range(editor.tabs.count()):
        page = editor.tabs.widget(index)
        expected = [
            path for path, box in boxes.items() if page.isAncestorOf(box) and takes_tab(box)
        ]
        if not expected:
            continue
        walked_tabs += 1
        editor.tabs.setCurrentIndex(index)
        editor.binder.focus(expected[0])
        walked = [box_owner(QApplication.focusWidget(), boxes)]
        for _step in expected[1:]:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            assert not isinstance(focused, QAbstractButton) or box_owner(focused, boxes), (
                f"Tab stopped on the button {focused.text()!r} after {walked[-1]}"
            )
            walked.append(box_owner(focused, boxes))
        assert walked == expected, (editor.tabs.tabText(index), walked, expected)
        walked_boxes += len(walked)
    assert walked_tabs == 6 and walked_boxes > 60


def test_tab_walks_a_goods_item_in_box_order(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    editor = _new_declaration(qtbot, open_app, drafts)
    editor.tabs.setCurrentWidget(editor.items)
    qtbot.keyClick(
        editor.items,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    boxes = editor.items.binder.widgets
    expected = [path for path, box in boxes.items() if takes_tab(box)]
    editor.items.binder.focus(expected[0])
    walked = [box_owner(QApplication.focusWidget(), boxes)]
    for _step in range(len(expected) * 3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert not isinstance(focused, QAbstractButton), (
            f"Tab stopped on the button {focused.text()!r} after {walked[-1]}"
        )
        owner = box_owner(focused, boxes)
        if owner is not None and owner != walked[-1]:
            walked.append(owner)
        if len(walked) == len(expected):
            break
    assert walked == expected
