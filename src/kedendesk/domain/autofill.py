"""Boxes the app fills itself from what the declaration already says, never over a value the
user typed: a new goods item's procedure and valuation method, box 23 from the official rate
of the declaration date, box 41's unit from the tariff, and costs to the border spread over
the items by gross mass or by value."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_DOWN, Decimal

from kedendesk.domain.context import Context, declaration_date
from kedendesk.domain.declaration import CostSpread, Declaration, GoodsItem
from kedendesk.domain.lenient import as_decimal
from kedendesk.domain.payments.apply import box_47, box_b
from kedendesk.domain.payments.lines import Calculation
from kedendesk.domain.representation import contract_document
from kedendesk.domain.tariff import Tariff

CENT = Decimal("0.01")
COSTS = {"freight": "freight_cost", "insurance": "insurance_cost", "other": "other_additions"}
BASES = ("gross", "value")


def new_item(declaration: Declaration) -> GoodsItem:
    """A goods item as box 1 and the usual first valuation method make it; a representative's
    item lists its contract with the declarant in box 44."""
    item = GoodsItem(
        procedure=declaration.procedure.strip(),
        previous_procedure="00",
        movement_feature="000",
        valuation_method="1",
    )
    contract_document(declaration, item)
    return item


def fill_exchange_rate(declaration: Declaration, context: Context) -> bool:
    """Box 23 from the rate in force on the declaration date, when it is empty."""
    currency = declaration.invoice_currency.strip().upper()
    if declaration.exchange_rate is not None or not currency:
        return False
    rate = context.rates.rate_on(currency, declaration_date(declaration, context.today))
    if rate is None:
        return False
    declaration.exchange_rate = rate.rate
    return True


def fill_totals(declaration: Declaration, previous: dict[str, object]) -> list[str]:
    """Box 6 (packages), box 22 (invoice total) and box 12 (customs value) as the items add up,
    while the user has not typed another value: a box is replaced only when empty or still
    what was filled before (`previous`, kept by the caller). Returns the boxes changed."""
    changed = []
    packages = [i.packages_count for i in declaration.items if isinstance(i.packages_count, int)]
    sums: dict[str, object] = {
        "total_packages": sum(packages) if packages else None,
        "invoice_total": _sum(as_decimal(i.price) for i in declaration.items),
        "total_customs_value": _sum(as_decimal(i.customs_value) for i in declaration.items),
    }
    for path, value in sums.items():
        current = getattr(declaration, path)
        if value is None or current == value:
            continue
        if current is None or (path in previous and current == previous[path]):
            setattr(declaration, path, value)
            previous[path] = value
            changed.append(path)
    return changed


def fill_calculated(
    declaration: Declaration, calculation: Calculation, previous: dict[object, object]
) -> list[tuple[int | None, str]]:
    """Boxes 45, 46 and 47 of each item and box B as the calculation gives them, by the rule
    of `fill_totals`: a box is replaced only while empty or still what was filled before
    (`previous`, kept by the caller), so a value the user typed stays and the check compares.
    An item the calculation could not finish (a missing rate, no code) is left as it is, and
    box B with it. Returns (item index or None for box B, model path) of each box changed."""
    changed: list[tuple[int | None, str]] = []
    if len(calculation.items) != len(declaration.items):
        return changed
    complete = not calculation.issues
    for index, (item, calculated) in enumerate(
        zip(declaration.items, calculation.items, strict=True)
    ):
        if calculated.issues or calculated.customs_value is None:
            complete = False
            continue
        values: dict[str, object] = {
            "customs_value": calculated.customs_value.value,
            "payments": box_47(calculation, index),
        }
        if calculated.statistical_value is not None:
            values["statistical_value"] = calculated.statistical_value.value
        for path, value in values.items():
            key = (id(item), path)
            current = getattr(item, path)
            if current == value:
                continue
            before = previous.get(key)
            if current in (None, []) or (before is not None and before == (item, current)):
                setattr(item, path, value)
                previous[key] = (item, value)  # the item itself, so a reused id never matches
                changed.append((index, path))
    if complete:
        totals = box_b(calculation)
        current = declaration.payment_totals
        if current != totals and (not current or previous.get("payment_totals") == current):
            declaration.payment_totals = totals
            previous["payment_totals"] = totals
            changed.append((None, "payment_totals"))
    return changed


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def fill_unit(item: GoodsItem, tariff: Tariff) -> bool:
    """Box 41's unit from the tariff line of box 33, when it is empty."""
    line = tariff.get(item.commodity_code.strip())
    if line is None or not line.unit or item.supplementary_unit.strip():
        return False
    item.supplementary_unit = line.unit
    return True


def spread_costs(declaration: Declaration, kind: str, total: Decimal, basis: str) -> list[Decimal]:
    """Share `total` of a cost (freight, insurance, other additions, in the invoice currency)
    over the items in proportion to their gross mass or their price, to the cent; the cents
    left by rounding go to the largest items. Sets each item's cost box; returns the shares.
    Raises ValueError when an item lacks the basis (its gross mass or price)."""
    if kind not in COSTS or basis not in BASES:
        raise ValueError(f"unknown cost {kind!r} or basis {basis!r}")
    weights = []
    for item in declaration.items:
        value = as_decimal(item.gross_mass_kg if basis == "gross" else item.price)
        if value is None or value < 0:
            raise ValueError(f"item {item.number}: no {basis} to spread by")
        weights.append(value)
    whole = sum(weights, Decimal(0))
    if whole <= 0:
        raise ValueError(f"the items' {basis} adds up to zero")
    shares = [(total * w / whole).quantize(CENT, rounding=ROUND_DOWN) for w in weights]
    left = int((total - sum(shares, Decimal(0))) / CENT)
    for index in sorted(range(len(weights)), key=lambda i: weights[i], reverse=True)[:left]:
        shares[index] += CENT
    for item, share in zip(declaration.items, shares, strict=True):
        setattr(item, COSTS[kind], share)
    declaration.cost_spreads = [s for s in declaration.cost_spreads if s.kind != kind]
    declaration.cost_spreads.append(CostSpread(kind=kind, total=total, basis=basis))
    return shares
