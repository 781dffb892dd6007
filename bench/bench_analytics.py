"""The broker's analytics and bulk check (issue: the customs representative's cockpit).

Prints: the analytics of 100 000 submitted declarations over 500 clients, by client and by
commodity chapter (aim <= 500 ms), and the billing report; then a bulk check of 200
declarations in the background with the longest stall of the GUI thread meanwhile (aim <=
50 ms).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.services.analytics import AnalyticsService
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace
from kedendesk.store.declarations import Snapshot

COUNT = int(os.environ.get("KEDENDESK_BENCH_LIST_SIZE", "100000"))
CLIENTS = 500
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def generate(workspace: Workspace) -> None:
    """Declarations as customs left them: corridor, release, events, requests (written as the
    outbox writes them when the events arrive, in bulk: the benchmark is of the reading)."""
    drafts = DraftService(workspace)
    rng = random.Random(5)
    clients = [drafts.add_client(f"ТОО «Клиент {n}»", "940140000385") for n in range(CLIENTS)]
    headings = ("8471", "6403", "0808", "8517", "3926", "9403", "8708")
    per_client = COUNT // CLIENTS
    for client in clients:
        snapshots = []
        for number in range(per_client):
            heading = rng.choice(headings)
            snapshots.append(
                Snapshot.of(
                    Declaration(
                        lrn=f"KD-{client.id}-{number}",
                        items=[GoodsItem(commodity_code=f"{heading}000000", origin_country="CN")],
                    )
                )
            )
        ids = workspace.declarations.create_many(client.id, snapshots)
        updates, events, requests = [], [], []
        for declaration_id in ids:
            corridor = rng.choices(["GREEN", "YELLOW", "RED"], [78, 20, 2])[0]
            submitted = START + dt.timedelta(minutes=rng.randrange(330 * 24 * 60))
            released = submitted + dt.timedelta(minutes=rng.randrange(3, 600))
            updates.append(
                (
                    "RELEASED",
                    corridor,
                    submitted.isoformat(),
                    submitted.isoformat(),
                    released.isoformat(),
                    declaration_id,
                )
            )
            events.append(
                (
                    f"a{declaration_id}",
                    declaration_id * 2,
                    declaration_id,
                    "submission.acknowledged",
                    submitted.isoformat(),
                )
            )
            events.append(
                (
                    f"r{declaration_id}",
                    declaration_id * 2 + 1,
                    declaration_id,
                    "declaration.released",
                    released.isoformat(),
                )
            )
            if corridor != "GREEN" and rng.random() < 0.3:
                requests.append((f"q{declaration_id}", declaration_id, submitted.isoformat()))
        with workspace.database.transaction() as db:
            db.executemany(
                "UPDATE declarations SET status = ?, corridor = ?, submitted_at = ?,"
                " acknowledged_at = ?, released_at = ? WHERE id = ?",
                updates,
            )
            db.executemany(
                "INSERT INTO gateway_events (id, profile, seq, declaration_id, type, occurred_at,"
                " body) VALUES (?, 'Practice', ?, ?, ?, ?, '{}')",
                events,
            )
            db.executemany(
                "INSERT INTO customs_requests (id, declaration_id, kind, status, text, opened_at)"
                " VALUES (?, ?, 'DOCUMENTS', 'ANSWERED', '03011', ?)",
                requests,
            )  # fmt: skip


def bench_analytics(workspace: Workspace) -> None:
    analytics = AnalyticsService(workspace)
    for by in ("client", "chapter"):
        times = []
        for _ in range(3):
            start = time.perf_counter()
            summaries = analytics.summary(by)  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
        print(
            f"  analytics by {by:<8} {_ms(statistics.median(times))}   aim <= 500 ms"
            f"   ({len(summaries)} groups, median of 3)"
        )
    start = time.perf_counter()
    rows = analytics.billing()
    print(f"  billing report         {_ms(time.perf_counter() - start)}   ({len(rows)} rows)")


def bench_bulk_check(workspace: Workspace) -> None:
    """200 declarations checked by the bulk service on a worker thread, the GUI thread's
    longest stall measured by a 10 ms timer meanwhile."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from kedendesk.services.bulk import BulkService
    from kedendesk.services.checking import CheckingService
    from kedendesk.services.demo import practice_declaration, practice_rates
    from kedendesk.services.signing import SigningService
    from kedendesk.services.submission import SubmissionService
    from kedendesk.ui.operations import Operations

    app = QApplication.instance() or QApplication([])
    drafts = DraftService(workspace)
    checking = CheckingService(workspace)
    today = dt.date.today()
    checking.put_rates(practice_rates(today))
    client = drafts.add_client("ТОО «Пакет»", "940140000385")
    template = practice_declaration("KD-BULK", today)
    ids = [drafts.create(client.id, template) for _ in range(200)]
    checking.check(template)  # the tariff loaded, as the app has it loaded in the background
    signing = SigningService(workspace, checking)
    bulk = BulkService(drafts, checking, signing, SubmissionService(workspace, signing, "Practice"))
    operations = Operations()
    done: list[object] = []
    clock = QElapsedTimer()
    gaps: list[int] = []
    ticker = QTimer()
    ticker.setInterval(10)

    def tick() -> None:
        gaps.append(clock.restart())

    ticker.timeout.connect(tick)
    clock.start()
    ticker.start()
    start = time.perf_counter()
    operations.run(lambda: bulk.check(ids, lambda d, t: True), done.append)
    while not done:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - start
    ticker.stop()
    operations.shutdown()
    print(
        f"  bulk check of 200      {_ms(elapsed)}   GUI thread's longest stall"
        f" {max(gaps) - 10 if gaps else 0} ms (aim <= 50 ms)"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder))
        start = time.perf_counter()
        generate(workspace)
        print(
            f"the broker's cockpit, {COUNT} submitted declarations over {CLIENTS} clients"
            f" (generated in {time.perf_counter() - start:.1f} s):"
        )
        bench_analytics(workspace)
        bench_bulk_check(workspace)
        workspace.close()


if __name__ == "__main__":
    main()
