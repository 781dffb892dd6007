"""Backups of the workspace: Workspace → Back up now / Restore, and a daily automatic backup
kept for a number of days.

A backup is one ZIP file: the database as SQLite's online backup API copies it (consistent
while the app goes on saving: it copies page by page and starts again when a page changed
under it) and the attachments folder. Restore copies a backup's database back into the open
one the same way, after a backup of what is there now, and brings back attachments that are
missing; nothing of the present workspace is lost without a backup of it.

A team workspace's backup is the same file: the server's tables copied, as of one moment, into
an SQLite database (`store.copy`), its attachments in it; restoring one replaces the team's
data on the server, after a backup of it. The daily automatic backup is one desk's habit: on
a team server it is the administrator's (pg_dump), and no desk makes one."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kedendesk.services.events import ClientsChanged, DeclarationsChanged
from kedendesk.services.workspace import Workspace
from kedendesk.store import Database, WorkspaceError
from kedendesk.store.copy import copy_database
from kedendesk.store.workspace import DATABASE_NAME

log = logging.getLogger(__name__)

BACKUPS = "backups"
ATTACHMENTS = "attachments"
DATABASE_ENTRY = "workspace.sqlite"
AUTOMATIC = "auto"
KEEP_SETTING = "backups.keep-days"
DEFAULT_KEEP_DAYS = 14
PAGES_PER_STEP = 256  # the online backup copies this many pages, then lets writers in


class BackupError(Exception):
    """A file that is not a Kedendesk backup, or a damaged one: nothing was restored."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime
    automatic: bool

    @property
    def size(self) -> int:
        return self.path.stat().st_size


class BackupService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self.folder = workspace.directory / BACKUPS

    # -- making -----------------------------------------------------------------------------

    def back_up_now(self, target: Path | None = None, automatic: bool = False) -> Path:
        """A backup ZIP (in the backups folder unless `target` names another file)."""
        now = dt.datetime.now().astimezone()
        if target is None:
            self.folder.mkdir(exist_ok=True)
            kind = f"-{AUTOMATIC}" if automatic else ""
            target = self.folder / f"kedendesk-{now:%Y%m%d-%H%M%S}{kind}.zip"
            serial = 1
            while target.exists():  # two in one second: neither replaces the other
                serial += 1
                target = self.folder / f"kedendesk-{now:%Y%m%d-%H%M%S}{kind}-{serial}.zip"
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / DATABASE_ENTRY
            if self._ws.shared:
                _copy_of_server(self._ws.database, Path(scratch))
            destination = sqlite3.connect(copy)
            try:
                if not self._ws.shared:
                    self._ws.database.connection().backup(destination, pages=PAGES_PER_STEP)
                _check(destination, "the copy just made")
            finally:
                destination.close()
            partial = target.with_name(target.name + ".partial")
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.write(copy, DATABASE_ENTRY)
                attachments = self._ws.directory / ATTACHMENTS
                if attachments.is_dir():
                    for file in sorted(attachments.iterdir()):
                        if file.is_file():
                            archive.write(file, f"{ATTACHMENTS}/{file.name}")
            partial.replace(target)  # a backup is there whole, or not at all
        log.info("workspace backed up to %s", target)
        return target

    def backups(self) -> list[BackupFile]:
        """The backups in the backups folder, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob("kedendesk-*.zip"):
            stamp = path.stem.removeprefix("kedendesk-")[:15]
            try:
                made = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S").astimezone()
            except ValueError:
                continue
            automatic = f"-{AUTOMATIC}" in path.stem.removeprefix("kedendesk-")[15:]
            found.append(BackupFile(path, made, automatic))
        return sorted(found, key=lambda b: b.made_at, reverse=True)

    def keep_days(self) -> int:
        value = self._ws.settings.get(KEEP_SETTING, DEFAULT_KEEP_DAYS)
        return max(1, int(value)) if str(value).isdigit() else DEFAULT_KEEP_DAYS

    def set_keep_days(self, days: int) -> None:
        self._ws.settings.set(KEEP_SETTING, max(1, days))

    def daily(self, now: dt.datetime | None = None) -> Path | None:
        """The automatic backup: one a day (when the newest is a day old), and automatic
        backups older than the days kept removed. Returns the backup made, if one was."""
        now = now or dt.datetime.now().astimezone()
        if self._ws.shared:
            return None  # the team server's backups are its administrator's (pg_dump)
        automatic = [b for b in self.backups() if b.automatic]
        made = None
        if not automatic or now - automatic[0].made_at >= dt.timedelta(days=1):
            made = self.back_up_now(automatic=True)
        limit = now - dt.timedelta(days=self.keep_days())
        for old in automatic:
            if old.made_at < limit:
                old.path.unlink(missing_ok=True)
                log.info("automatic backup %s removed (older than %s days)", old.path.name, limit)
        return made

    # -- restoring --------------------------------------------------------------------------

    def restore(self, path: Path) -> Path:
        """The workspace as the backup has it (a backup of an older version is brought up to
        this one first). What is there now is backed up first; the path of that backup is
        returned. A file that is not a sound backup restores nothing."""
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            attachments = _unpack(path, folder / DATABASE_NAME, folder / ATTACHMENTS)
            try:
                source = Database.open(folder)  # checks the version, migrates an older one
            except WorkspaceError as error:
                raise BackupError(f"{path.name} cannot be restored: {error}") from error
            try:
                _check(source.connection(), path.name)
                self.folder.mkdir(exist_ok=True)
                stamp = dt.datetime.now().astimezone()
                safety = self.back_up_now(
                    self.folder / f"kedendesk-{stamp:%Y%m%d-%H%M%S}-before-restore.zip"
                )
                if self._ws.shared:
                    copy_database(source, self._ws.database)
                else:
                    source.connection().backup(self._ws.database.connection(), pages=PAGES_PER_STEP)
            finally:
                source.close()
            kept = self._ws.directory / ATTACHMENTS
            for file in attachments:
                kept.mkdir(exist_ok=True)
                if not (kept / file.name).exists():
                    shutil.copyfile(file, kept / file.name)
        if not self._ws.shared:
            _check(self._ws.database.connection(), "the restored workspace")
        log.info("workspace restored from %s (what was there is in %s)", path, safety)
        self._ws.events.publish(ClientsChanged())
        self._ws.events.publish(DeclarationsChanged())
        return safety


def _unpack(path: Path, database: Path, attachments: Path) -> list[Path]:
    """The backup's database and attachments, into scratch files; BackupError otherwise."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if DATABASE_ENTRY not in names:
                raise BackupError(f"{path.name} is not a Kedendesk backup (no {DATABASE_ENTRY})")
            database.write_bytes(archive.read(DATABASE_ENTRY))
            attachments.mkdir()
            files = []
            for name in names:
                folder, _, file = name.partition("/")
                if folder != ATTACHMENTS or not file or "/" in file or file.startswith("."):
                    continue  # only plain files of the attachments folder, never a path out
                target = attachments / file
                target.write_bytes(archive.read(name))
                files.append(target)
            return files
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise BackupError(f"{path.name} cannot be read as a backup: {error}") from error


def _copy_of_server(server: Database, folder: Path) -> None:
    """The team database, as of one moment, as the backup's SQLite file in `folder`."""
    target = Database(folder / DATABASE_ENTRY)
    try:
        copy_database(server, target)
        target.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        target.close()


def _check(db: sqlite3.Connection, what: str) -> None:
    try:
        result = db.execute("PRAGMA integrity_check").fetchone()[0]
        db.execute("SELECT count(*) FROM declarations").fetchone()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{what} is not a sound workspace: {error}") from error
    if result != "ok":
        raise BackupError(f"{what} fails SQLite's integrity check: {result}")
