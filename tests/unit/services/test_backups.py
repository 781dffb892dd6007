"""Backups of a real workspace: made while drafts are being saved, restored with nothing
lost (what was there before the restore is itself backed up), broken files refused with
nothing changed, the daily automatic backup and its clean-up."""

from __future__ import annotations

import datetime as dt
import threading
import zipfile
from pathlib import Path

import pytest

from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.services.backups import BackupError, BackupService
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace


def _revisions(workspace: Workspace) -> int:
    return int(
        workspace.database.connection().execute("SELECT count(*) FROM revisions").fetchone()[0]
    )


def test_a_backup_made_during_saves_restores_whole(
    workspace: Workspace, drafts: DraftService
) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    ids = [
        drafts.create(client.id, Declaration(lrn=f"KD-B-{n}", items=[GoodsItem(description="x")]))
        for n in range(50)
    ]
    (workspace.directory / "attachments").mkdir()
    (workspace.directory / "attachments" / "ab12").write_bytes(b"%PDF-1.4 a contract")
    stop = threading.Event()

    def keep_saving() -> None:  # the autosave of an editor that is being typed in
        round_ = 0
        while not stop.is_set():
            round_ += 1
            for declaration_id in ids[:10]:
                declaration = drafts.load(declaration_id)
                declaration.items[0].description = f"round {round_}"
                drafts.save(declaration_id, drafts.snapshot(declaration))

    saver = threading.Thread(target=keep_saving)
    saver.start()
    try:
        backup = BackupService(workspace).back_up_now()
    finally:
        stop.set()
        saver.join()
    with zipfile.ZipFile(backup) as archive:
        assert set(archive.namelist()) == {"workspace.sqlite", "attachments/ab12"}
    saved_after_all = _revisions(workspace)

    drafts.delete(ids[:25])  # lost since the backup (the trash emptied too)
    drafts.purge(ids[:25])
    (workspace.directory / "attachments" / "ab12").unlink()
    safety = BackupService(workspace).restore(backup)

    if not workspace.shared:
        connection = workspace.database.connection()
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(drafts.find_ids()) == 50
    for declaration_id in ids:
        assert drafts.load(declaration_id).lrn.startswith("KD-B-")  # every body reads
    assert (workspace.directory / "attachments" / "ab12").read_bytes() == b"%PDF-1.4 a contract"

    BackupService(workspace).restore(safety)  # what was there before the restore: not lost
    assert len(drafts.find_ids()) == 25
    assert _revisions(workspace) < saved_after_all  # the purged ones' revisions went with them
    assert safety.name.endswith("-before-restore.zip")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a zip at all", "cannot be read as a backup"),
        (None, "is not a Kedendesk backup"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "cannot be restored"),
    ],
)
def test_a_file_that_is_not_a_backup_restores_nothing(
    workspace: Workspace, drafts: DraftService, tmp_path: Path, content: bytes | None, message: str
) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    drafts.create(client.id, Declaration(lrn="KD-KEEP"))
    broken = tmp_path / "backup.zip"
    if content is None:
        with zipfile.ZipFile(broken, "w") as archive:
            archive.writestr("readme.txt", "hello")
    elif content.startswith(b"SQLite"):
        with zipfile.ZipFile(broken, "w") as archive:
            archive.writestr("workspace.sqlite", content)
    else:
        broken.write_bytes(content)
    with pytest.raises(BackupError, match=message):
        BackupService(workspace).restore(broken)
    assert [drafts.row(i).lrn for i in drafts.find_ids()] == ["KD-KEEP"]


def test_the_daily_backup_is_made_once_a_day_and_old_ones_go(workspace: Workspace) -> None:
    service = BackupService(workspace)
    service.set_keep_days(3)
    now = dt.datetime.now().astimezone()
    if workspace.shared:  # a team server's backups are its administrator's: no desk makes one
        assert service.daily(now) is None
        assert service.backups() == []
        return
    first = service.daily(now)
    assert first is not None and first.name.endswith("-auto.zip")
    assert service.daily(now + dt.timedelta(hours=5)) is None  # one a day
    old = service.folder / f"kedendesk-{now - dt.timedelta(days=10):%Y%m%d-%H%M%S}-auto.zip"
    old.write_bytes(first.read_bytes())
    mine = service.folder / f"kedendesk-{now - dt.timedelta(days=10):%Y%m%d-%H%M%S}.zip"
    mine.write_bytes(first.read_bytes())  # made by hand: never removed by the clean-up
    later = now + dt.timedelta(days=1, minutes=1)
    assert service.daily(later) is not None
    assert not old.exists() and mine.exists() and first.exists()
    assert len([b for b in service.backups() if b.automatic]) == 2
