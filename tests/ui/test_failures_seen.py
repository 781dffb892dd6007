"""Failures are seen and the app keeps running: an error in background work shows a dialog
naming the log folder; a declaration that cannot be opened leaves the app usable."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace
from tests.ui.conftest import OpenApp, close_app


def test_background_work_that_fails_unheard_is_shown(qtbot: QtBot, open_app: OpenApp) -> None:
    app = open_app()

    def broken() -> None:
        raise OSError("disk full")

    with qtbot.waitSignal(app.errors.reported, timeout=5000) as signal:
        app.operations.run(broken)
    assert signal.args == ["background work", "OSError: disk full"]
    assert app.window.isVisible()
    actions = [a.text() for a in app.window.help_menu.actions()]
    assert "Open &log folder" in actions
    close_app(app)


def test_a_damaged_declaration_does_not_stop_the_app_from_starting(
    qtbot: QtBot, open_app: OpenApp, workspace: Workspace, drafts: DraftService
) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    good = drafts.new_declaration(client.id)
    bad = drafts.new_declaration(client.id)
    with workspace.database.transaction() as db:  # as a bug of an old version might leave it
        db.execute(
            "INSERT INTO revisions (declaration_id, number, saved_at, body, sha256)"
            " VALUES (?, 99, '2026-12-01T00:00:00+00:00', '{\"lrn\": [1, 2]}', '-')",
            (bad,),
        )
    workspace.settings.set("ui.open_declarations", [bad, good])
    app = open_app()  # opened again as the last session left it: it starts
    assert good in app.window.editors and bad not in app.window.editors
    assert app.window.list_page.model.row_of(bad) is not None  # still listed
    assert "cannot be opened" in app.window.statusBar().currentMessage()
    close_app(app)


def test_the_editor_opens_a_declaration_full_of_absurd_values(
    qtbot: QtBot, open_app: OpenApp, drafts: DraftService
) -> None:
    """What a file or an old bug may leave: the editor opens it, marks the boxes, and saves."""
    from kedendesk.domain.declaration import Declaration, GoodsItem

    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    absurd = Declaration(
        lrn="ABSURD",
        exchange_rate="1e999999",
        invoice_total="9" * 40,
        delivery_place="А" * 200_000,
        items=[
            GoodsItem(
                price="NaN",
                gross_mass_kg="-Infinity",
                net_mass_kg="1" + "0" * 30,
                description="лампа\x00\ud800",
                packages_count=10**20,
            )
        ],
    )
    declaration_id = drafts.create(client.id, absurd)
    app = open_app()
    editor = app.window.open_declaration(declaration_id)
    assert editor is not None
    fields = {f.field for f in editor.result.findings}
    assert {"exchange_rate", "invoice_total", "delivery_place"} <= fields
    editor.tabs.setCurrentWidget(editor.items)
    assert editor.items.binder.marks["price"] == "error"
    editor.autosaver.schedule()
    editor.flush()  # and it saves
    assert app.drafts.row(declaration_id).revision == 2
    close_app(app)
