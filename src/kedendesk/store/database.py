"""Opening a workspace database: version check, backup, migrations, per-thread connections."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from kedendesk.store.migrations import MIGRATIONS
from kedendesk.store.workspace import DATABASE_NAME

Migration = Callable[[sqlite3.Connection], None]
CHANGE_CLOCK_VERSION = 10


class WorkspaceError(RuntimeError):
    """The workspace cannot be opened; the message is for the user."""


class WorkspaceTooNewError(WorkspaceError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"The workspace {path} was written by a newer Kedendesk (schema {found}); "
            f"this version understands schema {supported} at most. It was left untouched: "
            "update Kedendesk to open it."
        )
        self.found = found
        self.supported = supported


class Database:
    """One workspace database. Each thread gets its own connection (SQLite's rule)."""

    def __init__(self, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> None:
        self.path = path
        self._migrations = tuple(migrations)
        self._local = threading.local()
        # Every connection with the thread it belongs to, so those of finished threads (a
        # pool retires its threads) are closed instead of piling up.
        self._all: list[tuple[threading.Thread, sqlite3.Connection]] = []
        self._lock = threading.Lock()
        self._closed = False
        self._clock = False  # the change clock exists (after the migrations that make it)
        self.own_commits = 0  # write transactions of this process: see `change_seq`
        self.author = ""  # who this desk is, written with each revision and outbox message
        self._check_version()
        self._migrate()
        self._clock = self.schema_version() >= CHANGE_CLOCK_VERSION

    @classmethod
    def open(cls, workspace_dir: Path, migrations: Sequence[Migration] = MIGRATIONS) -> Database:
        try:
            workspace_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise WorkspaceError(
                f"Cannot create the workspace folder {workspace_dir}: {error}"
            ) from error
        try:
            return cls(workspace_dir / DATABASE_NAME, migrations)
        except sqlite3.Error as error:  # locked for longer than the busy timeout, disk errors
            raise WorkspaceError(
                f"Cannot open the workspace database in {workspace_dir}: {error}"
            ) from error

    @property
    def latest_version(self) -> int:
        return len(self._migrations)

    def _raw_connect(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA busy_timeout = 10000")
        except sqlite3.Error as error:
            raise WorkspaceError(
                f"Cannot open the workspace database {self.path}: {error}"
            ) from error
        return db

    def _check_version(self) -> None:
        # Read the version before anything writes to the file (setting WAL writes the header).
        probe = self._raw_connect()
        try:
            found = int(probe.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as error:
            raise WorkspaceError(
                f"{self.path} is not a Kedendesk workspace database: {error}"
            ) from error
        finally:
            probe.close()
        if found > self.latest_version:
            raise WorkspaceTooNewError(self.path, found, self.latest_version)

    def connection(self) -> sqlite3.Connection:
        if self._closed:
            raise WorkspaceError("the workspace is closed")
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = self._raw_connect()
            self._wal(db)
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            db.row_factory = sqlite3.Row
            self._local.db = db
            with self._lock:
                alive = []
                for thread, other in self._all:
                    if thread.is_alive():
                        alive.append((thread, other))
                    else:
                        other.close()
                alive.append((threading.current_thread(), db))
                self._all = alive
        return db

    def open_connections(self) -> int:
        with self._lock:
            return len(self._all)

    @staticmethod
    def _wal(db: sqlite3.Connection) -> None:
        """WAL mode; switching a new file to it needs a moment alone with it, which another
        process creating the same workspace may hold: wait for it rather than fail."""
        for attempt in range(50):
            try:
                db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == 49:
                    raise
                time.sleep(0.1)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is committed, or none of it."""
        db = self.connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            if self._clock:
                db.execute("UPDATE change_clock SET seq = seq + 1 WHERE id = 1")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        if self._clock:
            with self._lock:
                self.own_commits += 1

    def change_seq(self) -> int:
        """How many write transactions the workspace has seen (all desks): compared with
        `own_commits`, whether another desk wrote (0 before the clock exists)."""
        if not self._clock:
            return 0
        return int(self.connection().execute("SELECT seq FROM change_clock").fetchone()[0])

    def schema_version(self) -> int:
        return int(self.connection().execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Bring the schema up to date; safe when several processes open one workspace at
        once: each step re-reads the version inside its write transaction, so a step another
        process already made is skipped, not made twice."""
        current = self.schema_version()
        if current == self.latest_version:
            return
        if current > 0:
            self._backup(self.path.with_name(f"{self.path.name}.before-v{self.latest_version}"))
        for number in range(current + 1, self.latest_version + 1):
            with self.transaction() as db:
                if int(db.execute("PRAGMA user_version").fetchone()[0]) >= number:
                    continue  # another process made this step while we waited for the lock
                self._migrations[number - 1](db)
                db.execute(f"PRAGMA user_version = {number}")

    def _backup(self, target: Path) -> None:
        destination = sqlite3.connect(target)
        try:
            self.connection().backup(destination)
        finally:
            destination.close()

    def close(self) -> None:
        with self._lock:
            for _thread, db in self._all:
                db.close()
            self._all.clear()
        self._closed = True
