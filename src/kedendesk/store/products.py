"""The product catalogue of each client: what a supplier's product was declared as."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kedendesk.store.clock import now_iso
from kedendesk.store.database import Database


@dataclass(frozen=True)
class Product:
    client_id: int
    supplier: str  # normalised name of box 2
    product: str  # normalised article, else normalised description
    description: str
    commodity_code: str
    origin_country: str
    unit: str
    manufacturer: str
    preference: str
    source: str  # "LRN KD-2026-000012, item 3" or "edited"


class ProductRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def put_many(self, products: Iterable[Product]) -> int:
        rows = [
            (
                p.client_id,
                p.supplier,
                p.product,
                p.description,
                p.commodity_code,
                p.origin_country,
                p.unit,
                p.manufacturer,
                p.preference,
                p.source,
                now_iso(),
            )
            for p in products
        ]
        with self._db.transaction() as db:
            db.executemany(
                "INSERT INTO products (client_id, supplier, product, description, commodity_code,"
                " origin_country, unit, manufacturer, preference, source, learned_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (client_id, supplier, product) DO UPDATE SET"
                " description = excluded.description, commodity_code = excluded.commodity_code,"
                " origin_country = excluded.origin_country, unit = excluded.unit,"
                " manufacturer = excluded.manufacturer, preference = excluded.preference,"
                " source = excluded.source, learned_at = excluded.learned_at",
                rows,
            )
        return len(rows)

    def of_client(self, client_id: int, supplier: str | None = None) -> list[Product]:
        query = (
            "SELECT client_id, supplier, product, description, commodity_code, origin_country,"
            " unit, manufacturer, preference, source FROM products WHERE client_id = ?"
        )
        args: tuple[object, ...] = (client_id,)
        if supplier is not None:
            query += " AND supplier = ?"
            args = (client_id, supplier)
        rows = self._db.connection().execute(query + " ORDER BY supplier, product", args)
        return [Product(*row) for row in rows.fetchall()]

    def remove(self, client_id: int, supplier: str, product: str) -> None:
        with self._db.transaction() as db:
            db.execute(
                "DELETE FROM products WHERE client_id = ? AND supplier = ? AND product = ?",
                (client_id, supplier, product),
            )
