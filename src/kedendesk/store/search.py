"""Case-insensitive search text for Cyrillic and Kazakh: SQLite's lower() folds ASCII only."""

from __future__ import annotations

import sqlite3


def fold(text: str) -> str:
    return text.casefold()


def search_text_of_row(lrn: str, client: str, declarant: str, procedure: str, status: str) -> str:
    """What the declarations list filter looks in, folded once when the row is written."""
    return fold("\x1f".join((lrn, client, declarant, procedure, status)))


def refresh_search_text(
    db: sqlite3.Connection, *, client_id: int | None = None, declaration_id: int | None = None
) -> None:
    """Recompute the folded text of the declarations of one client, one declaration, or all."""
    query = (
        "SELECT d.id, d.lrn, c.name, d.declarant_name, d.procedure, d.status"
        " FROM declarations d JOIN clients c ON c.id = d.client_id"
    )
    params: tuple[int, ...] = ()
    if client_id is not None:
        query += " WHERE d.client_id = ?"
        params = (client_id,)
    elif declaration_id is not None:
        query += " WHERE d.id = ?"
        params = (declaration_id,)
    rows = db.execute(query, params).fetchall()
    db.executemany(
        "UPDATE declarations SET search_text = ? WHERE id = ?",
        [(search_text_of_row(*row[1:]), row[0]) for row in rows],
    )
