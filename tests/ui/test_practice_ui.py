"""The green path in the app on the Practice profile: sign, send, and watch customs decide."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kedendesk.sandbox.server import SandboxServer
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.ui.app import Application


def test_the_green_path_on_the_practice_profile(
    qtbot: QtBot, practice_app: tuple[Application, SandboxServer]
) -> None:
    app, server = practice_app
    window = app.window
    app.connect_gateway()
    qtbot.waitUntil(
        lambda: window.gateway_label.text() == "Gateway Practice: online", timeout=20000
    )
    day = server.gateway.now().date()
    app.checking.put_rates(practice_rates(day))
    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration = practice_declaration("G-2026-000042", day)
    app.checking.apply_calculation(declaration)
    declaration_id = app.drafts.create(client.id, declaration)
    (key,) = app.signing.keys()  # the practice gateway's demo key, ready on first start
    assert key.info.bin == "940140000385"
    editor = window.open_declaration(declaration_id)
    app.signing.sign(declaration_id, key.id)  # its password is remembered for practice
    editor.gateway_changed()
    assert editor.submit_button.isVisible()

    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    page = window.list_page
    qtbot.waitUntil(lambda: app.drafts.row(declaration_id).status == "SUBMITTED", timeout=10000)
    server.gateway.advance(dt.timedelta(minutes=10))
    qtbot.waitUntil(lambda: app.drafts.row(declaration_id).status == "RELEASED", timeout=15000)
    qtbot.waitUntil(lambda: page.model.index(0, 3).data() == "Released")
    assert page.model.index(0, 4).data() == "Green"
    assert page.model.index(0, 5).data().startswith("55205/")
    editor.tabs.setCurrentWidget(editor.timeline)
    qtbot.waitUntil(lambda: editor.timeline.model.rowCount() >= 4)
    texts = [
        editor.timeline.model.index(r, 1).data() for r in range(editor.timeline.model.rowCount())
    ]
    assert texts[-1] == "Goods released"
    assert "Corridor assigned: Green" in texts
    assert editor.timeline.model.index(editor.timeline.model.rowCount() - 1, 3).data() == "10"
    assert any("Goods released" in text for text in window.notifications.shown)


def test_a_real_gateway_profile_keeps_its_secret_in_the_keyring(
    qtbot: QtBot, practice_app: tuple[Application, SandboxServer], memory_keyring: object
) -> None:
    from kedendesk.ui.profiles_dialog import ProfilesDialog

    app, server = practice_app
    window = app.window
    app.connect_gateway()
    qtbot.waitUntil(
        lambda: window.gateway_label.text() == "Gateway Practice: online", timeout=20000
    )
    dialog = ProfilesDialog(app.profiles, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Broker gateway")
    dialog.url.setText(server.url)
    dialog.client_id.setText("demo-broker")
    dialog.secret.setText("demo-broker-secret")
    dialog.add()
    assert "keyring" in dialog.status.text()
    assert "demo-broker-secret" in memory_keyring.secrets.values()  # type: ignore[attr-defined]
    assert "demo-broker-secret" not in str(app.workspace.settings.get("gateway.profiles"))
    dialog.profile_chosen.connect(window._profile_chosen)
    dialog.list.setCurrentRow(1)
    dialog.use_selected()
    qtbot.waitUntil(
        lambda: window.gateway_label.text() == "Gateway Broker gateway: online", timeout=20000
    )
    assert app.profiles.current().name == "Broker gateway"  # type: ignore[union-attr]


def test_answering_a_documents_request_in_the_app(
    qtbot: QtBot, practice_app: tuple[Application, SandboxServer], tmp_path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kedendesk.ui.editor.timeline_page import AnswerDialog

    app, server = practice_app
    window = app.window
    app.connect_gateway()
    qtbot.waitUntil(lambda: app.worker is not None and app.worker.reachable is True, timeout=20000)
    day = server.gateway.now().date()
    app.checking.put_rates(practice_rates(day))
    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration = practice_declaration("YD-2026-000077", day)
    app.checking.apply_calculation(declaration)
    declaration_id = app.drafts.create(client.id, declaration)
    (key,) = app.signing.keys()
    app.signing.sign(declaration_id, key.id)
    editor = window.open_declaration(declaration_id)
    editor.gateway_changed()
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.drafts.row(declaration_id).status == "SUBMITTED", timeout=10000)
    server.gateway.advance(dt.timedelta(hours=1))
    qtbot.waitUntil(
        lambda: app.drafts.row(declaration_id).status == "AWAITING_DECLARANT", timeout=10000
    )
    editor.tabs.setCurrentWidget(editor.timeline)
    qtbot.waitUntil(lambda: editor.timeline.requests_box.isVisibleTo(editor.timeline))
    contract = tmp_path / "contract.pdf"
    contract.write_bytes(b"%PDF-1.4 contract")

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AnswerDialog)
        dialog.attach(contract)
        dialog.text.setPlainText("Договор во вложении")
        dialog.send()

    QTimer.singleShot(0, answer)
    button = editor.timeline.findChild(type(editor.submit_button), "answerRequest")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.drafts.row(declaration_id).status == "UNDER_CONTROL", timeout=10000)
    server.gateway.advance(dt.timedelta(hours=1))
    qtbot.waitUntil(lambda: app.drafts.row(declaration_id).status == "RELEASED", timeout=10000)
    assert any("documents" in text for text in window.notifications.shown)


def test_the_requests_inbox_lists_what_customs_asked_across_clients(
    qtbot: QtBot, practice_app: tuple[Application, SandboxServer]
) -> None:
    """Two clients' declarations in yellow with a documents request each: Workspace →
    Customs requests… (Ctrl+Shift+R) lists both with the documents by name and the deadline;
    Enter opens the declaration on its Customs tab."""
    from PySide6.QtWidgets import QApplication

    from kedendesk.ui.requests_dialog import RequestsDialog

    app, server = practice_app
    window = app.window
    app.connect_gateway()
    qtbot.waitUntil(lambda: app.worker is not None and app.worker.reachable is True, timeout=20000)
    day = server.gateway.now().date()
    app.checking.put_rates(practice_rates(day))
    (key,) = app.signing.keys()
    ids = []
    for number, name in ((78, "ТОО «Алатау Трейд»"), (79, "ТОО «Алатау Трейд», филиал в Астане")):
        client = app.drafts.add_client(name, "940140000385")
        declaration = practice_declaration(f"YD-2026-0000{number}", day)
        app.checking.apply_calculation(declaration)
        declaration_id = app.drafts.create(client.id, declaration)
        app.signing.sign(declaration_id, key.id)
        app.submission.submit(declaration_id)
        ids.append(declaration_id)
    app.worker.wake()  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: all(app.drafts.row(i).status == "SUBMITTED" for i in ids), timeout=10000
    )
    server.gateway.advance(dt.timedelta(hours=1))
    qtbot.waitUntil(
        lambda: all(app.drafts.row(i).status == "AWAITING_DECLARANT" for i in ids), timeout=10000
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RequestsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RequestsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    rows = [[dialog.model.index(r, c).data() for c in range(6)] for r in range(2)]
    assert {row[0] for row in rows} == {
        "ТОО «Алатау Трейд»",
        "ТОО «Алатау Трейд», филиал в Астане",
    }
    assert all(row[2].startswith("03011 Foreign-trade contract; 04999 ") for row in rows), rows
    assert all(row[4] and row[5] == "open" for row in rows)  # a deadline for each
    assert dialog.status.text() == "2 open requests"
    first = dialog.model.row_at(0).request.declaration_id
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first in window.editors)
    editor = window.editors[first]
    assert window.tabs.currentWidget() is editor
    assert editor.tabs.currentWidget() is editor.timeline
