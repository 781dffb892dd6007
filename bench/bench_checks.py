"""Checks and payments benchmarks (issue: local checks and payment calculation).

Prints: a full check with payment calculation of a 999-item declaration, the re-check after
editing one item, and the ratio full / incremental. Aims: full <= 50 ms, incremental <= 5 ms.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from decimal import Decimal

from kedendesk.domain.checks import CheckSession, check
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import Declaration
from kedendesk.domain.payments import apply_calculation
from kedendesk.domain.rates import RateTable
from kedendesk.services.demo import practice_declaration, practice_rates

DAY = dt.date(2026, 11, 20)
ITEMS = 999


def declaration_of(items: int, context: Context) -> Declaration:
    """The complete practice declaration, its three items repeated to `items`."""
    declaration = practice_declaration("BENCH-CHECK", DAY)
    template = declaration.items
    declaration.items = [template[n % 3].model_copy(deep=True) for n in range(items)]
    declaration.renumber_items()
    declaration.invoice_total = declaration.sum_of("price")
    declaration.total_packages = sum(int(i.packages_count or 0) for i in declaration.items)
    apply_calculation(declaration, check(declaration, context).calculation)
    return declaration


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    context = Context.practice(RateTable(practice_rates(DAY)), today=DAY)
    declaration = declaration_of(ITEMS, context)
    session = CheckSession(context)
    result = session.check(declaration)
    full_times = []
    for _ in range(50):
        start = time.perf_counter()
        result = session.check(declaration)
        full_times.append(time.perf_counter() - start)
    incremental_times = []
    for round_ in range(300):
        index = (round_ * 37) % ITEMS
        item = declaration.items[index]
        item.price = Decimal(str(item.price)) + Decimal("0.01")  # a user typing in box 42
        start = time.perf_counter()
        session.item_changed(declaration, index)
        incremental_times.append(time.perf_counter() - start)
    full, incremental = _median_ms(full_times), _median_ms(incremental_times)
    print(f"checks and payments, {ITEMS} goods items ({len(result.findings)} findings on entry)")
    best = min(full_times) * 1000
    print(f"  full check + payments:      {full:8.2f} ms median, best {best:.2f} (aim <= 50 ms)")
    print(f"  re-check after one item:    {incremental:8.2f} ms median (aim <= 5 ms)")
    print(f"  ratio full / incremental:   {full / incremental:8.1f} x")


if __name__ == "__main__":
    main()
