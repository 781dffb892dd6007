"""Opening a workspace database: version check, backup, migrations, per-thread connections.

One desk's workspace is an SQLite file; a team's is a database on a PostgreSQL server (a
`postgresql://` URL). The repositories see the same connection either way (`execute` with `?`
placeholders, rows by column name): `store/postgres.py` adapts psycopg to it. Writes are one at
a time on both engines (SQLite's BEGIN IMMEDIATE; on the server an advisory lock taken when a
transaction begins), so a repository's read-then-write inside a transaction sees the latest
committed state on either.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kedendesk.store import postgres
from kedendesk.store.migrations import MIGRATIONS
from kedendesk.store.workspace import DATABASE_NAME

Migration = Callable[[sqlite3.Connection], None]
CHANGE_CLOCK_VERSION = 10
FIRST_SERVER_VERSION = 12  # team databases start here; later steps run on both engines
log = logging.getLogger(__name__)


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


class ServerUnreachableError(WorkspaceError):
    """The team server does not answer (down, network lost); nothing was written."""


class NotPermittedError(WorkspaceError):
    """The signed-in person's role on the team server does not allow this; nothing written."""


_SCHEMA_TABLE = "kedendesk_schema"  # on the server: the schema version (SQLite: user_version)


class Database:
    """One workspace database: an SQLite file (`path`) or a team server (`url`). Each thread
    gets its own connection (SQLite's rule; on the server, one session per thread)."""

    def __init__(
        self,
        target: Path | str,
        migrations: Sequence[Migration] = MIGRATIONS,
        password: str | None = None,
    ) -> None:
        self.server = postgres.is_server_url(target)
        self.url = str(target) if self.server else ""
        self.path = Path(target) if not self.server else Path()
        self.password = password
        self._migrations = tuple(migrations)
        self._local = threading.local()
        # Every connection with the thread it belongs to, so those of finished threads (a
        # pool retires its threads) are closed instead of piling up.
        self._all: list[tuple[threading.Thread, Any]] = []
        self._lock = threading.Lock()
        self._closed = False
        self._clock = False  # the change clock exists (after the migrations that make it)
        self.own_commits = 0  # write transactions of this process: see `change_seq`
        self.author = ""  # who this desk is, written with each revision and outbox message
        self.desk_id = ""  # this desk, for the outbox messages it claims (stable across runs)
        self._check_version()
        self._migrate()
        self._clock = self.schema_version() >= CHANGE_CLOCK_VERSION

    @property
    def engine(self) -> str:
        return "postgresql" if self.server else "sqlite"

    @property
    def where(self) -> str:
        """The database as the user may be shown it (a server URL without its password)."""
        return postgres.without_password(self.url) if self.server else str(self.path)

    @classmethod
    def open(
        cls,
        workspace_dir: Path,
        migrations: Sequence[Migration] = MIGRATIONS,
        server: str | None = None,
        password: str | None = None,
    ) -> Database:
        """The workspace in `workspace_dir` (its SQLite file), or, with `server`, the team
        database at that URL (the folder then keeps only what stays on this desk)."""
        try:
            workspace_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise WorkspaceError(
                f"Cannot create the workspace folder {workspace_dir}: {error}"
            ) from error
        if server:
            return cls(server, migrations, password)
        try:
            return cls(workspace_dir / DATABASE_NAME, migrations)
        except sqlite3.Error as error:  # locked for longer than the busy timeout, disk errors
            raise WorkspaceError(
                f"Cannot open the workspace database in {workspace_dir}: {error}"
            ) from error

    @property
    def latest_version(self) -> int:
        return len(self._migrations)

    def _raw_connect(self) -> Any:
        if self.server:
            try:
                return postgres.connect(self.url, self.password)
            except postgres.Error as error:
                raise ServerUnreachableError(
                    f"Cannot reach the team server {self.where}: {str(error).strip()}"
                ) from error
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
            found = self._read_version(probe)
        except postgres.NotPermitted as error:  # signed in as someone the team did not add
            login = probe.execute("SELECT current_user").fetchone()[0]
            raise WorkspaceError(
                f"{login} has no role on the team database {self.where}: ask its "
                "administrator to add you (Workspace → People…, or `kedendesk people add`)."
            ) from error
        except (sqlite3.DatabaseError, postgres.Error) as error:
            raise WorkspaceError(
                f"{self.where} is not a Kedendesk workspace database: {error}"
            ) from error
        finally:
            probe.close()
        if found > self.latest_version:
            raise WorkspaceTooNewError(Path(self.where), found, self.latest_version)

    def _read_version(self, db: Any) -> int:
        if not self.server:
            return int(db.execute("PRAGMA user_version").fetchone()[0])
        if db.execute("SELECT to_regclass(?)", (_SCHEMA_TABLE,)).fetchone()[0] is None:
            return 0
        return int(db.execute(f"SELECT version FROM {_SCHEMA_TABLE}").fetchone()[0])

    def connection(self) -> Any:
        """This thread's connection (a `sqlite3.Connection`, or on a team server the psycopg
        connection shaped like one); a server connection that broke is made again."""
        if self._closed:
            raise WorkspaceError("the workspace is closed")
        db = getattr(self._local, "db", None)
        if db is not None and self.server and db.broken:
            self._forget(db)
            db = None
        if db is None:
            db = self._raw_connect()
            if not self.server:
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

    def _forget(self, db: Any) -> None:
        self._local.db = None
        with self._lock:
            self._all = [(t, other) for t, other in self._all if other is not db]
        try:
            db.close()
        except Exception as error:  # a broken session may not even close cleanly
            log.info("closing a broken connection: %s", error)

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
    def transaction(self, exclusive: bool = True) -> Iterator[Any]:
        """One write transaction: all of it is committed, or none of it. Writers go one at a
        time; on a team server `exclusive=False` lets a transaction that locks only its own
        rows (the outbox claim, `FOR UPDATE SKIP LOCKED`) run beside the others."""
        db = self.connection()
        try:
            if self.server:
                db.execute("BEGIN")
                if exclusive:
                    db.execute("SELECT pg_advisory_xact_lock(?)", (postgres.WRITE_LOCK,))
            else:
                db.execute("BEGIN IMMEDIATE")
        except postgres.OperationalError as error:
            self._forget(db)
            raise self._unreachable(error) from error
        try:
            yield db
            if self._clock:
                db.execute("UPDATE change_clock SET seq = seq + 1 WHERE id = 1")
            if self.server:
                db.execute("SELECT pg_notify(?, '')", (postgres.NOTIFY_CHANNEL,))
        except BaseException as error:
            self._rollback(db)
            if isinstance(error, postgres.OperationalError):
                raise self._unreachable(error) from error
            if isinstance(error, postgres.NotPermitted):
                raise NotPermittedError(
                    f"Your role on the team server does not allow this: {str(error).strip()}"
                ) from error
            raise
        try:
            db.execute("COMMIT")
        except postgres.OperationalError as error:  # committed or not: the server cannot say
            self._forget(db)
            raise self._unreachable(error) from error
        if self._clock:
            with self._lock:
                self.own_commits += 1

    def _unreachable(self, error: Exception) -> ServerUnreachableError:
        return ServerUnreachableError(f"The team server {self.where} did not answer: {error}")

    def _rollback(self, db: Any) -> None:
        try:
            db.execute("ROLLBACK")
        except postgres.Error as error:  # the session is gone: so is its transaction
            log.info("rollback on a lost connection: %s", error)
            self._forget(db)

    def change_seq(self) -> int:
        """How many write transactions the workspace has seen (all desks): compared with
        `own_commits`, whether another desk wrote (0 before the clock exists)."""
        if not self._clock:
            return 0
        return int(self.connection().execute("SELECT seq FROM change_clock").fetchone()[0])

    def schema_version(self) -> int:
        return self._read_version(self.connection())

    def _migrate(self) -> None:
        """Bring the schema up to date; safe when several processes open one workspace at
        once: each step re-reads the version inside its write transaction, so a step another
        process already made is skipped, not made twice."""
        if self.server:
            self._build_on_server()
            return
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

    def _build_on_server(self) -> None:
        """A new team database gets the described schema (`schema.py`) at the latest version
        in one transaction, with its people's roles (`store/people.py`); one at an older
        version since FIRST_SERVER_VERSION gets the later migration steps (written in the SQL
        both engines speak). Only the database's owner may do either."""
        from kedendesk.store import people
        from kedendesk.store.schema import ddl_for_postgresql

        current = self.schema_version()
        if current == self.latest_version:
            return
        if 0 < current < FIRST_SERVER_VERSION:
            raise WorkspaceError(
                f"The team database {self.where} is at schema {current}, older than any team "
                "database Kedendesk made; it cannot be upgraded."
            )
        try:
            with self.transaction() as db:
                current = self._read_version(db)  # another desk may have built it meanwhile
                if current == self.latest_version:
                    return
                if current == 0:
                    for statement in ddl_for_postgresql():
                        db.execute(statement)
                    db.execute(f"CREATE TABLE {_SCHEMA_TABLE} (version integer NOT NULL)")
                    db.execute(f"INSERT INTO {_SCHEMA_TABLE} VALUES (?)", (self.latest_version,))
                else:
                    for number in range(current + 1, self.latest_version + 1):
                        self._migrations[number - 1](db)
                    db.execute(f"UPDATE {_SCHEMA_TABLE} SET version = ?", (self.latest_version,))
                people.install(db)
        except NotPermittedError as error:
            step = "building" if current == 0 else "upgrading"
            raise WorkspaceError(
                f"The team database {self.where} needs {step} to schema {self.latest_version},"
                f" which only its owner may do: sign in as the owner once. ({error})"
            ) from error
        self._clock = True

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
