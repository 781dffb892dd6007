"""Declaration templates: a client's usual declaration kept under a name, to start from."""

from __future__ import annotations

from dataclasses import dataclass

from kedendesk.store.clock import now_iso
from kedendesk.store.database import Database


@dataclass(frozen=True)
class TemplateRow:
    id: int
    client_id: int
    name: str
    body: str  # the declaration's JSON, as a template keeps it
    created_at: str


class TemplateRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, client_id: int, name: str, body: str) -> TemplateRow:
        created = now_iso()
        with self._db.transaction() as db:
            cursor = db.execute(
                "INSERT INTO templates (client_id, name, body, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (client_id, name) DO UPDATE SET body = excluded.body,"
                " created_at = excluded.created_at RETURNING id",
                (client_id, name, body, created),
            )
            (template_id,) = cursor.fetchone()
        return TemplateRow(template_id, client_id, name, body, created)

    def of_client(self, client_id: int) -> list[TemplateRow]:
        rows = self._db.connection().execute(
            "SELECT id, client_id, name, body, created_at FROM templates WHERE client_id = ?"
            " ORDER BY name",
            (client_id,),
        )
        return [TemplateRow(*row) for row in rows]

    def get(self, template_id: int) -> TemplateRow | None:
        row = (
            self._db.connection()
            .execute(
                "SELECT id, client_id, name, body, created_at FROM templates WHERE id = ?",
                (template_id,),
            )
            .fetchone()
        )
        return None if row is None else TemplateRow(*row)

    def remove(self, template_id: int) -> None:
        with self._db.transaction() as db:
            db.execute("DELETE FROM templates WHERE id = ?", (template_id,))
