"""The editor tells the truth: frames match the findings, every tab follows a language
switch, text too long for its box is refused with a message (never cut), and the history can
be browsed and an earlier revision restored."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kedendesk.services.drafts import DraftService
from kedendesk.ui.revisions_dialog import RevisionsDialog
from tests.ui.conftest import OpenApp, close_app, entry, type_text

ERROR_RED = QColor("#b3261e")


def _red_frame(widget: QLineEdit) -> bool:
    """Whether the field shows the error frame: red pixels along its left edge."""
    image: QImage = widget.grab().toImage()
    y = image.height() // 2
    return any(image.pixelColor(x, y) == ERROR_RED for x in range(3))


def test_a_frame_comes_with_an_error_and_goes_with_its_fix(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.new_declaration(client.id)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    editor.tabs.setCurrentIndex(1)  # parties: box 14 is there
    field = entry(editor, "declarant.id_number")
    assert not _red_frame(field)
    field.selectAll()
    type_text(field, "940140000386")  # a wrong check digit
    qtbot.waitUntil(lambda: _red_frame(field), timeout=3000)
    assert "check digit" in field.toolTip()
    field.selectAll()
    type_text(field, "940140000385")
    qtbot.waitUntil(lambda: not _red_frame(field), timeout=3000)
    assert field.toolTip() == ""
    close_app(app)


def test_a_language_switch_reaches_background_tabs(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    first = drafts.new_declaration(client.id)
    second = drafts.new_declaration(client.id)
    app = open_app()
    background = app.window.open_declaration(first)
    app.window.open_declaration(second)  # now in front; the first is a background tab
    assert not background.isVisible()
    app.window.switch_language("ru")
    qtbot.waitUntil(lambda: background.timeline.summary.text().startswith("Статус"))
    assert background.tabs.tabText(0) == "Декларация"
    app.window.switch_language("en")
    qtbot.waitUntil(lambda: background.timeline.summary.text().startswith("Status"))
    close_app(app)


def test_a_too_long_lrn_is_refused_with_a_message_not_cut(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    client = drafts.add_client("C")
    declaration_id = drafts.new_declaration(client.id)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    lrn = entry(editor, "lrn")
    before = lrn.text()
    lrn.selectAll()
    QApplication.clipboard().setText("ABCDEFGHIJ-2026-0000001234")  # 26 characters
    with qtbot.waitSignal(editor.input_refused, timeout=2000) as refused:
        lrn.paste()
    assert lrn.text() == before and editor.declaration.lrn == before
    assert "at most 22 characters" in refused.args[0] and "26" in refused.args[0]
    assert "at most 22" in editor.status_label.text()
    close_app(app)


def test_an_earlier_revision_is_restored_as_a_new_one(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    client = drafts.add_client("C")
    declaration_id = drafts.new_declaration(client.id)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    for place in ("Алматы", "Астана"):
        field = entry(editor, "delivery_place")
        field.selectAll()
        type_text(field, place)
        editor.flush()
    assert app.drafts.load(declaration_id).delivery_place == "Астана"

    def restore_second_newest() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RevisionsDialog)
        assert dialog.model.rowCount() == 3
        dialog.view.selectRow(1)  # newest first: "Алматы"
        dialog.restore_selected()

    QTimer.singleShot(0, restore_second_newest)
    editor.show_revisions()
    qtbot.waitUntil(lambda: app.window.editors[declaration_id] is not editor)
    reopened = app.window.editors[declaration_id]
    assert entry(reopened, "delivery_place").text() == "Алматы"
    places = [
        app.drafts.load(declaration_id, r.number).delivery_place
        for r in app.drafts.revisions(declaration_id)
    ]
    assert places[-3:] == ["Алматы", "Астана", "Алматы"]  # nothing in between was lost
    close_app(app)
