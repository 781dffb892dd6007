"""Each client's product catalogue: learnt from what it signed, used when an invoice comes.

A product is a supplier's article (or, without one, its normalised description); what it was
declared as is its commodity code, origin, box 41 unit, manufacturer and preference. Signing
a declaration teaches the catalogue every goods line of it; an import fills the lines it
knows and marks the rest as new. Entries can be corrected or removed.
"""

from __future__ import annotations

from dataclasses import replace

from kedendesk.domain.declaration import Declaration
from kedendesk.domain.goods_merge import SourceLine, match_key
from kedendesk.services.workspace import Workspace
from kedendesk.store.products import Product, ProductRepository

__all__ = ["CatalogueService", "Product", "product_key", "supplier_key"]


def supplier_key(name: str) -> str:
    return match_key(name)


def product_key(article: str, description: str) -> str:
    return match_key(article) or match_key(description)


class CatalogueService:
    def __init__(self, workspace: Workspace) -> None:
        self._products = ProductRepository(workspace.database)

    def products(self, client_id: int) -> list[Product]:
        return self._products.of_client(client_id)

    def learn(self, client_id: int, declaration: Declaration) -> int:
        """Every goods line (or item, where it has none) of a declaration: what it was."""
        supplier = supplier_key(declaration.consignor.name)
        found = []
        for item in declaration.items:
            lines = item.goods_lines or []
            keys = [(g.article, g.description or item.description) for g in lines] or [
                ("", item.description)
            ]
            for article, description in keys:
                key = product_key(article, description)
                if not key or not item.commodity_code.strip():
                    continue
                found.append(
                    Product(
                        client_id,
                        supplier,
                        key,
                        description,
                        item.commodity_code.strip(),
                        item.origin_country.strip().upper(),
                        item.supplementary_unit.strip(),
                        item.manufacturer,
                        item.preference.text(),
                        f"{declaration.lrn}, item {item.number}",
                    )
                )
        return self._products.put_many(found)

    def correct(self, product: Product) -> None:
        self._products.put_many([replace(product, source="edited")])

    def remove(self, product: Product) -> None:
        self._products.remove(product.client_id, product.supplier, product.product)

    def fill(
        self, client_id: int, supplier: str, lines: list[SourceLine]
    ) -> tuple[list[SourceLine], list[SourceLine]]:
        """The lines with what the catalogue knows filled in (never over what the invoice
        says), and the lines of products it does not know."""
        known = {p.product: p for p in self._products.of_client(client_id, supplier_key(supplier))}
        filled, new = [], []
        for line in lines:
            product = known.get(product_key(line.article, line.description))
            if product is None:
                new.append(line)
                filled.append(line)
                continue
            filled.append(
                replace(
                    line,
                    code=line.code or product.commodity_code,
                    origin=line.origin or product.origin_country,
                    manufacturer=line.manufacturer or product.manufacturer,
                    preference=line.preference or product.preference,
                )
            )
        return filled, new
