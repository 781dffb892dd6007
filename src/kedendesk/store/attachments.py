"""Files sent with answers to customs, kept in the database by their SHA-256 (on a team
server every desk reads them there; a desk keeps its own copy in the attachments folder)."""

from __future__ import annotations

from kedendesk.store.clock import now_iso
from kedendesk.store.database import Database


class AttachmentRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def keep(self, digest: str, content: bytes) -> None:
        with self._db.transaction() as db:
            db.execute(
                "INSERT INTO attachments (digest, content, added_at) VALUES (?, ?, ?)"
                " ON CONFLICT (digest) DO NOTHING",
                (digest, content, now_iso()),
            )

    def content(self, digest: str) -> bytes | None:
        row = (
            self._db.connection()
            .execute("SELECT content FROM attachments WHERE digest = ?", (digest,))
            .fetchone()
        )
        return None if row is None else bytes(row[0])

    def digests(self) -> list[str]:
        rows = self._db.connection().execute("SELECT digest FROM attachments ORDER BY digest")
        return [row[0] for row in rows]
