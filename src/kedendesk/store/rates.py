"""Exchange rates and imported tariffs kept in the workspace."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from decimal import Decimal

from kedendesk.domain.rates import ExchangeRate, RateTable
from kedendesk.domain.tariff import Tariff
from kedendesk.store.clock import now_iso
from kedendesk.store.database import Database


class RateRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def put_many(self, rates: Iterable[ExchangeRate]) -> int:
        """Add or replace rates (one per currency and date), all in one transaction."""
        rows = [(r.currency, r.date.isoformat(), str(r.rate), r.source) for r in rates]
        with self._db.transaction() as db:
            db.executemany(
                "INSERT INTO exchange_rates (currency, date, rate, source) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (currency, date) DO UPDATE"
                " SET rate = excluded.rate, source = excluded.source",
                rows,
            )
        return len(rows)

    def remove(self, currency: str, date: dt.date) -> None:
        with self._db.transaction() as db:
            db.execute(
                "DELETE FROM exchange_rates WHERE currency = ? AND date = ?",
                (currency, date.isoformat()),
            )

    def all(self) -> list[ExchangeRate]:
        rows = self._db.connection().execute(
            "SELECT currency, date, rate, source FROM exchange_rates ORDER BY date DESC, currency"
        )
        return [
            ExchangeRate(row[0], dt.date.fromisoformat(row[1]), Decimal(row[2]), row[3])
            for row in rows
        ]

    def table(self) -> RateTable:
        return RateTable(self.all())


class TariffRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def put(self, tariff: Tariff) -> None:
        body = json.dumps(tariff.to_json(), ensure_ascii=False)
        with self._db.transaction() as db:
            db.execute(
                "INSERT INTO tariffs (version, imported_at, body) VALUES (?, ?, ?)"
                " ON CONFLICT (version) DO UPDATE"
                " SET imported_at = excluded.imported_at, body = excluded.body",
                (tariff.version, now_iso(), body),
            )

    def get(self, version: str) -> Tariff | None:
        row = (
            self._db.connection()
            .execute("SELECT body FROM tariffs WHERE version = ?", (version,))
            .fetchone()
        )
        return None if row is None else Tariff.from_json(json.loads(row[0]))

    def versions(self) -> list[str]:
        rows = self._db.connection().execute("SELECT version FROM tariffs ORDER BY imported_at")
        return [row[0] for row in rows]
