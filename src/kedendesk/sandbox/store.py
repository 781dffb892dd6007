"""The practice gateway's own SQLite database (never the client's workspace): declarations,
the event feed with its sequence numbers, requests, documents, tokens, idempotency keys."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS tokens (
        token TEXT PRIMARY KEY, client_id TEXT NOT NULL, scopes TEXT NOT NULL,
        expires_at REAL NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS declarations (
        id TEXT PRIMARY KEY, account TEXT NOT NULL, declarant TEXT NOT NULL, lrn TEXT NOT NULL,
        status TEXT NOT NULL, corridor TEXT, registration_number TEXT, version INTEGER NOT NULL,
        scenario TEXT NOT NULL, step TEXT, due_at TEXT, release_by TEXT, decision TEXT,
        submitted_at TEXT NOT NULL, updated_at TEXT NOT NULL, payload_sha256 TEXT NOT NULL,
        profiles TEXT NOT NULL DEFAULT '[]',
        UNIQUE (declarant, lrn))""",
    """CREATE TABLE IF NOT EXISTS versions (
        declaration_id TEXT NOT NULL, number INTEGER NOT NULL, envelope TEXT NOT NULL,
        received_at TEXT NOT NULL, PRIMARY KEY (declaration_id, number))""",
    """CREATE TABLE IF NOT EXISTS idempotency (
        account TEXT NOT NULL, key TEXT NOT NULL, body_sha256 TEXT NOT NULL,
        status INTEGER NOT NULL, response TEXT NOT NULL, PRIMARY KEY (account, key))""",
    """CREATE TABLE IF NOT EXISTS events (
        account TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL UNIQUE,
        declaration_id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (account, seq))""",
    "CREATE INDEX IF NOT EXISTS events_declaration ON events (declaration_id, seq)",
    """CREATE TABLE IF NOT EXISTS requests (
        id TEXT PRIMARY KEY, declaration_id TEXT NOT NULL, kind TEXT NOT NULL,
        status TEXT NOT NULL, text TEXT NOT NULL, opened_at TEXT NOT NULL,
        response TEXT)""",
    """CREATE TABLE IF NOT EXISTS documents (
        id TEXT PRIMARY KEY, account TEXT NOT NULL, sha256 TEXT NOT NULL, filename TEXT NOT NULL,
        media_type TEXT NOT NULL, size INTEGER NOT NULL, content BLOB NOT NULL,
        issued INTEGER NOT NULL DEFAULT 0, declaration_id TEXT)""",
    """CREATE TABLE IF NOT EXISTS counters (
        office TEXT NOT NULL, year INTEGER NOT NULL, next INTEGER NOT NULL,
        PRIMARY KEY (office, year))""",
    "CREATE INDEX IF NOT EXISTS declarations_due ON declarations (due_at)",
)


class SandboxStore:
    """One connection guarded by a lock: the gateway's writes are small and serialised."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._lock = threading.RLock()
        self.events_added = threading.Condition(self._lock)
        with self.transaction() as db:
            for statement in SCHEMA:
                db.execute(statement)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def read(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        rows = self.read(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- meta ---------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- events -------------------------------------------------------------------------

    def append_event(
        self,
        db: sqlite3.Connection,
        account: str,
        declaration_id: str,
        body: dict[str, Any],
        retention: int,
    ) -> int:
        """Give the event the account's next sequence number, inside the caller's transaction;
        events beyond the retention window are dropped."""
        row = db.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM events WHERE account = ?", (account,)
        ).fetchone()
        seq = int(row[0]) + 1
        body = {"id": str(uuid.uuid4()), "seq": seq, **body}
        db.execute(
            "INSERT INTO events (account, seq, id, declaration_id, body) VALUES (?, ?, ?, ?, ?)",
            (account, seq, body["id"], declaration_id, json.dumps(body, ensure_ascii=False)),
        )
        db.execute("DELETE FROM events WHERE account = ? AND seq <= ?", (account, seq - retention))
        self.events_added.notify_all()
        return seq

    def next_serial(self, db: sqlite3.Connection, office: str, year: int) -> int:
        row = db.execute(
            "SELECT next FROM counters WHERE office = ? AND year = ?", (office, year)
        ).fetchone()
        number = int(row[0]) if row else 1
        db.execute(
            "INSERT INTO counters (office, year, next) VALUES (?, ?, ?)"
            " ON CONFLICT (office, year) DO UPDATE SET next = excluded.next",
            (office, year, number + 1),
        )
        return number
