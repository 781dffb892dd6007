"""Signing keys known to the workspace: where the .p12 file is, and its public certificate."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kedendesk.store.clock import now_iso
from kedendesk.store.database import Database


@dataclass(frozen=True)
class KeyEntry:
    id: int
    path: str
    imported: bool  # a copy in the workspace's keys folder, made because the user asked
    certificate: bytes  # DER: public, shown without the password
    fingerprint: str  # SHA-256 of the certificate, hex


def _entry(row: sqlite3.Row) -> KeyEntry:
    return KeyEntry(
        row["id"], row["path"], bool(row["imported"]), row["certificate"], row["fingerprint"]
    )


class KeyRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, path: str, certificate: bytes, fingerprint: str, imported: bool) -> KeyEntry:
        """Add a key, or point a known one (same certificate) at its new path."""
        with self._db.transaction() as db:
            db.execute(
                "INSERT INTO signing_keys (path, imported, certificate, fingerprint, added_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO UPDATE"
                " SET path = excluded.path, imported = excluded.imported",
                (path, int(imported), certificate, fingerprint, now_iso()),
            )
            row = db.execute(
                "SELECT * FROM signing_keys WHERE fingerprint = ?", (fingerprint,)
            ).fetchone()
        return _entry(row)

    def remove(self, key_id: int) -> None:
        with self._db.transaction() as db:
            db.execute("DELETE FROM signing_keys WHERE id = ?", (key_id,))

    def get(self, key_id: int) -> KeyEntry | None:
        row = (
            self._db.connection()
            .execute("SELECT * FROM signing_keys WHERE id = ?", (key_id,))
            .fetchone()
        )
        return None if row is None else _entry(row)

    def all(self) -> list[KeyEntry]:
        rows = self._db.connection().execute("SELECT * FROM signing_keys ORDER BY id")
        return [_entry(row) for row in rows]
