"""The real tariff (issue: real declarations on the real nomenclature and tariff).

Prints: loading the ЕТТ pack and building its word index; the nomenclature search per
keystroke over the whole tariff (words typed letter by letter, and codes); the full check of
a 999-item declaration against the ЕТТ beside the same check against the practice tariff, in
the same run. Aims: full check <= 50 ms, a keystroke's search <= 50 ms.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from bench.bench_checks import ITEMS, declaration_of
from kedendesk.domain.checks import CheckSession
from kedendesk.domain.context import Context
from kedendesk.domain.rates import RateTable
from kedendesk.domain.tariff import Tariff, official_tariff, payment_rates
from kedendesk.services.demo import practice_rates

DAY = dt.date(2026, 11, 20)
TYPED = ("клавиатура", "наушники", "кабель медный", "power bank", "8544 42 900", "лампы")


def _ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _full_check(context: Context) -> list[float]:
    declaration = declaration_of(ITEMS, context)
    session = CheckSession(context)
    session.check(declaration)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        session.check(declaration)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    start = time.perf_counter()
    tariff = Tariff.from_json(official_tariff().to_json())  # a fresh copy: nothing cached
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    tariff.build_index()
    indexed = time.perf_counter() - start
    keystrokes = []
    for text in TYPED:
        for end in range(1, len(text) + 1):
            start = time.perf_counter()
            tariff.search(text[:end], 500)
            keystrokes.append(time.perf_counter() - start)
    rates = RateTable(practice_rates(DAY))
    official = _full_check(Context(official_tariff(), payment_rates(), rates, DAY))
    practice = _full_check(Context.practice(rates, today=DAY))
    print(f"the ЕТТ pack: {len(tariff)} codes, {len(tariff.headings)} headings")
    print(f"  load the pack:              {loaded * 1000:8.1f} ms")
    print(f"  build the word index:       {indexed * 1000:8.1f} ms (once, off the GUI thread)")
    print(
        f"  search per keystroke:       {_ms(keystrokes):8.2f} ms median, "
        f"worst {max(keystrokes) * 1000:.2f} over {len(keystrokes)} (aim <= 50 ms)"
    )
    print(f"  full check, {ITEMS} items, ЕТТ:  {_ms(official):8.2f} ms median (aim <= 50 ms)")
    print(f"  same, practice tariff:      {_ms(practice):8.2f} ms median (same run)")


if __name__ == "__main__":
    main()
