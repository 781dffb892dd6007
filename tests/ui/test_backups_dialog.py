"""Workspace → Backups…: a backup made while a declaration is open, then restored: the open
declaration is saved and closed first, the list shows the restored workspace. And File →
Export / Import of one declaration as an archive."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kedendesk.services.backups import BackupService
from kedendesk.ui.backups_dialog import BackupsDialog
from tests.ui.conftest import OpenApp, entry, type_text


def test_back_up_and_restore_from_the_dialog(qtbot: QtBot, open_app: OpenApp) -> None:
    app = open_app()
    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    kept = app.drafts.new_declaration(client.id)
    window = app.window
    qtbot.waitUntil(lambda: bool(BackupService(app.workspace).backups()))  # the daily one
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    assert dialog.model.row_at(0).automatic
    daily = dialog.model.rowCount()
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == daily + 1)
    assert dialog.status.text().startswith("Backed up to kedendesk-")
    made_by_hand = next(
        dialog.model.row_at(r)
        for r in range(dialog.model.rowCount())
        if not dialog.model.row_at(r).automatic
    )

    later = app.drafts.new_declaration(client.id)  # after the backup: the restore removes it
    editor = window.open_declaration(kept)
    assert editor is not None
    type_text(entry(editor, "lrn"), "-X")  # typed, not yet saved: saved before the restore
    dialog.restore(made_by_hand.path, confirm=False)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Restored."), timeout=10_000)
    assert window.editors == {}  # closed, after saving
    ids = {
        window.list_page.model.declaration_id(r) for r in range(window.list_page.model.rowCount())
    }
    assert ids == {kept}
    assert later not in ids
    assert "-before-restore" in dialog.status.text()


def test_a_declaration_archive_from_the_file_menu_round_trips(
    qtbot: QtBot, open_app: OpenApp, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    client = app.drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    source = app.drafts.new_declaration(client.id)
    archive = tmp_path / "declaration.zip"
    window = app.window
    window.exchange.export_file(source, archive)
    qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage())
    window.exchange.import_file(archive)
    qtbot.waitUntil(lambda: len(window.editors) == 1)
    (imported,) = window.editors
    assert imported != source
    assert app.drafts.load(imported).declarant.id_number == "940140000385"
