"""Clients: the companies a workspace files for (a declarant has one, a broker many)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kedendesk.store.clock import now_iso
from kedendesk.store.database import Database
from kedendesk.store.search import refresh_search_text


@dataclass(frozen=True)
class Client:
    id: int
    name: str
    id_number: str  # BIN or IIN
    address: str


def _client(row: sqlite3.Row) -> Client:
    return Client(row["id"], row["name"], row["id_number"], row["address"])


class ClientRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, name: str, id_number: str = "", address: str = "") -> Client:
        with self._db.transaction() as db:
            cursor = db.execute(
                "INSERT INTO clients (name, id_number, address, created_at) VALUES (?, ?, ?, ?)",
                (name, id_number, address, now_iso()),
            )
        assert cursor.lastrowid is not None
        return Client(cursor.lastrowid, name, id_number, address)

    def update(self, client: Client) -> None:
        with self._db.transaction() as db:
            db.execute(
                "UPDATE clients SET name = ?, id_number = ?, address = ? WHERE id = ?",
                (client.name, client.id_number, client.address, client.id),
            )
            # The list filter searches client names: keep the folded text in step.
            refresh_search_text(db, client_id=client.id)

    def get(self, client_id: int) -> Client | None:
        row = (
            self._db.connection()
            .execute("SELECT * FROM clients WHERE id = ?", (client_id,))
            .fetchone()
        )
        return None if row is None else _client(row)

    def all(self) -> list[Client]:
        rows = self._db.connection().execute("SELECT * FROM clients ORDER BY name, id")
        return [_client(row) for row in rows]
