"""Clients: the companies a workspace files for (a declarant has one, a broker many)."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field

from pydantic import ValidationError

from kedendesk.domain.client_card import ClientCard
from kedendesk.store.clock import now_iso
from kedendesk.store.database import Database
from kedendesk.store.search import refresh_search_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Client:
    id: int
    name: str
    id_number: str  # BIN or IIN
    address: str
    card: ClientCard = field(default_factory=ClientCard)
    archived: bool = False


def _card(text: str, client_id: int) -> ClientCard:
    try:
        return ClientCard.model_validate_json(text or "{}")
    except ValidationError:  # a card a newer version wrote, or damaged: the client still opens
        log.warning("client %s: its card could not be read; shown empty", client_id, exc_info=True)
        return ClientCard()


def _client(row: sqlite3.Row) -> Client:
    return Client(
        row["id"],
        row["name"],
        row["id_number"],
        row["address"],
        _card(row["card"], row["id"]),
        bool(row["archived"]),
    )


class ClientRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(
        self, name: str, id_number: str = "", address: str = "", card: ClientCard | None = None
    ) -> Client:
        card = card or ClientCard()
        with self._db.transaction() as db:
            (client_id,) = db.execute(
                "INSERT INTO clients (name, id_number, address, created_at, card)"
                " VALUES (?, ?, ?, ?, ?) RETURNING id",
                (name, id_number, address, now_iso(), card.model_dump_json()),
            ).fetchone()
        return Client(client_id, name, id_number, address, card)

    def update(self, client: Client) -> None:
        with self._db.transaction() as db:
            db.execute(
                "UPDATE clients SET name = ?, id_number = ?, address = ?, card = ?, archived = ?"
                " WHERE id = ?",
                (
                    client.name,
                    client.id_number,
                    client.address,
                    client.card.model_dump_json(),
                    int(client.archived),
                    client.id,
                ),
            )
            # The list filter searches client names: keep the folded text in step.
            refresh_search_text(db, client_id=client.id)

    def remember_supplier(self, client_id: int, name: str) -> bool:
        """Box 2 of a signed declaration joins the card's suppliers, once; True if it was new."""
        name = " ".join(name.split())
        client = self.get(client_id)
        if client is None or not name:
            return False
        known = {" ".join(s.split()).casefold() for s in client.card.suppliers}
        if name.casefold() in known:
            return False
        card = client.card.model_copy(update={"suppliers": [*client.card.suppliers, name]})
        with self._db.transaction() as db:  # the card only: anyone who works may (people.py)
            db.execute(
                "UPDATE clients SET card = ? WHERE id = ?", (card.model_dump_json(), client_id)
            )
        return True

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
