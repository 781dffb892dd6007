"""Edit leases: which desk edits a declaration now. One holder at a time; a lease not renewed
for its time lapses, so a desk that crashed or lost the network frees the declaration."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kedendesk.store.database import Database


@dataclass(frozen=True)
class Lease:
    declaration_id: int
    holder: str  # one running app (a session id), not a person: two windows are two desks
    holder_name: str  # who, as others see it: "Айгүль (aigul@desk-2)"
    since: dt.datetime
    renewed_at: dt.datetime


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


class LeaseRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def take(
        self, declaration_id: int, holder: str, name: str, now: dt.datetime, lasts: dt.timedelta
    ) -> Lease:
        """Take or renew the lease; returns the lease in force after it: ours, or another
        desk's that has not lapsed (then nothing changed)."""
        with self._db.transaction() as db:
            row = db.execute(
                "SELECT holder, holder_name, since, renewed_at FROM edit_leases"
                " WHERE declaration_id = ?",
                (declaration_id,),
            ).fetchone()
            if row is not None and row["holder"] != holder:
                renewed = _moment(row["renewed_at"])
                if now - renewed < lasts:
                    return Lease(
                        declaration_id,
                        row["holder"],
                        row["holder_name"],
                        _moment(row["since"]),
                        renewed,
                    )
            since = _moment(row["since"]) if row is not None and row["holder"] == holder else now
            db.execute(
                "INSERT INTO edit_leases (declaration_id, holder, holder_name, since, renewed_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (declaration_id) DO UPDATE SET"
                " holder = excluded.holder, holder_name = excluded.holder_name,"
                " since = excluded.since, renewed_at = excluded.renewed_at",
                (declaration_id, holder, name, since.isoformat(), now.isoformat()),
            )
        return Lease(declaration_id, holder, name, since, now)

    def release(self, declaration_id: int, holder: str) -> None:
        with self._db.transaction() as db:
            db.execute(
                "DELETE FROM edit_leases WHERE declaration_id = ? AND holder = ?",
                (declaration_id, holder),
            )
