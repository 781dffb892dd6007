"""From a supplier's 999-line invoice to a checked declaration (issue: invoice to declaration).

Prints: reading the XLSX with calamine and with openpyxl side by side; the whole path — read,
merge into goods items by the EAEU rule, fill from the ЕТТ, add to a declaration, apply the
calculation and check. Aim: the whole path <= 1 s.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from kedendesk.exchange.invoice_file import sheets
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService
from kedendesk.services.invoice_import import InvoiceImportService
from kedendesk.services.workspace import Workspace

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "invoice-999-lines.xlsx"
DAY = dt.date(2026, 11, 20)


def _ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    calamine, openpyxl = [], []
    for _ in range(5):
        start = time.perf_counter()
        sheets(SAMPLE)
        calamine.append(time.perf_counter() - start)
        start = time.perf_counter()
        sheets(SAMPLE, formulas=True)
        openpyxl.append(time.perf_counter() - start)
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder))
        drafts, checking = DraftService(workspace), CheckingService(workspace)
        checking.put_rates(practice_rates(DAY))
        service = InvoiceImportService(workspace, drafts, checking)
        checking.tariff().build_index()  # loaded once per session, as the app does at start
        whole = []
        items = 0
        for _ in range(3):
            start = time.perf_counter()
            preview = service.preview(SAMPLE)
            declaration = practice_declaration("BENCH-INVOICE", DAY)
            declaration.items = [item.model_copy(deep=True) for item in preview.items]
            declaration.renumber_items()
            result = checking.apply_calculation(declaration)
            whole.append(time.perf_counter() - start)
            items = len(declaration.items)
        workspace.close()
    print(f"invoice of 999 lines ({SAMPLE.name}) -> {items} goods items")
    print(f"  read with calamine:         {_ms(calamine):8.1f} ms median of 5")
    print(f"  read with openpyxl:         {_ms(openpyxl):8.1f} ms (values and formulas)")
    print(
        f"  read, merge, fill, check:   {_ms(whole):8.1f} ms median of 3 (aim <= 1000 ms); "
        f"{len(result.findings)} findings"
    )


if __name__ == "__main__":
    main()
