"""Lines of an invoice merged into goods items, as the EAEU rule forms items (Decision 257:
one item for goods of one commodity code, one origin, one preference, one procedure and one
valuation method). Each source line stays inside its item as a goods line (box 31 lists them
with manufacturer, trademark, model, article and quantity)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from kedendesk.domain.declaration import GoodsItem, GoodsLine, Preference

CENT = Decimal("0.01")
GRAM = Decimal("0.001")


@dataclass(frozen=True)
class SourceLine:
    """One invoice line, its numbers read, where it came from."""

    source: str  # "invoice.xlsx, sheet 1, row 14"
    description: str
    code: str = ""
    origin: str = ""
    article: str = ""
    quantity: Decimal | None = None
    unit: str = ""
    unit_price: Decimal | None = None
    amount: Decimal | None = None
    gross: Decimal | None = None
    net: Decimal | None = None
    packages: int | None = None
    manufacturer: str = ""
    trademark: str = ""
    model: str = ""
    preference: str = ""

    def value(self) -> Decimal | None:
        """The line's amount, or quantity × unit price where the amount is not given."""
        if self.amount is not None:
            return self.amount
        if self.quantity is not None and self.unit_price is not None:
            return (self.quantity * self.unit_price).quantize(CENT)
        return None


def match_key(text: str) -> str:
    """An article or a name as two papers write it: case, spaces, dashes and dots aside.
    Never fuzzy: "cup 500 ml" and "cup 250 ml" stay two goods."""
    return "".join(ch for ch in text.casefold().replace("ё", "е") if ch.isalnum())


def merge_key(line: SourceLine, procedure: str, method: str) -> tuple[str, ...] | None:
    """What two lines share to be one goods item; None for a line with no commodity code
    (it stays an item of its own until it is classified)."""
    code = line.code.replace(" ", "").replace(".", "")
    if not code:
        return None
    preference = Preference.from_text(line.preference).text() if line.preference else ""
    return (code, line.origin.strip().upper(), preference, procedure, method)


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def merge(lines: list[SourceLine], procedure: str = "40", method: str = "1") -> list[GoodsItem]:
    """Goods items from invoice lines, in the order their first line appears."""
    groups: dict[tuple[str, ...] | int, list[SourceLine]] = {}
    for number, line in enumerate(lines):
        key = merge_key(line, procedure, method)
        groups.setdefault(key if key is not None else number, []).append(line)
    items = []
    for group in groups.values():
        first = group[0]
        packages = [line.packages for line in group if line.packages is not None]
        price = _sum(line.value() for line in group)
        gross, net = _sum(line.gross for line in group), _sum(line.net for line in group)
        items.append(
            GoodsItem(
                description="; ".join(dict.fromkeys(line.description for line in group)),
                manufacturer=first.manufacturer if _same(group, "manufacturer") else "",
                trademark=first.trademark if _same(group, "trademark") else "",
                model=first.model if len(group) == 1 else "",
                packages_count=sum(packages) if packages else None,
                commodity_code=first.code.replace(" ", "").replace(".", ""),
                origin_country=first.origin.strip().upper(),
                preference=first.preference,
                procedure=procedure,
                previous_procedure="00",
                movement_feature="000",
                valuation_method=method,
                gross_mass_kg=gross.quantize(GRAM) if gross is not None else None,
                net_mass_kg=net.quantize(GRAM) if net is not None else None,
                price=price.quantize(CENT) if price is not None else None,
                goods_lines=[
                    GoodsLine(
                        description=line.description,
                        manufacturer=line.manufacturer,
                        trademark=line.trademark,
                        model=line.model,
                        article=line.article,
                        quantity=line.quantity,
                        unit=line.unit,
                    )
                    for line in group
                ],
            )
        )
    return items


def _same(group: list[SourceLine], name: str) -> bool:
    return len({getattr(line, name) for line in group}) == 1
