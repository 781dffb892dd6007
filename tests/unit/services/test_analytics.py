"""The broker's analytics on a generated history of 300 submitted declarations over five
clients: every figure equals a direct count over the same history; the billing report and
both XLSX files read back."""

from __future__ import annotations

import datetime as dt
import random
import statistics
from pathlib import Path

from openpyxl import load_workbook

from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.services.analytics import AnalyticsService, percentile
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace
from kedendesk.store.outbox import OutboxRepository

START = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)
CHAPTERS = {"8471": "CN", "6403": "VN", "0808": "PL", "8517": "CN"}


def _history(workspace: Workspace, drafts: DraftService) -> list[dict[str, object]]:
    """Declarations as the gateway's events left them (applied by the outbox as when they
    arrive): corridor, documents requests, release or refusal and its time; what each was,
    kept for the direct count."""
    rng = random.Random(11)
    outbox = OutboxRepository(workspace.database)
    clients = [drafts.add_client(f"ТОО «Клиент {n}»", "940140000385") for n in range(5)]
    truth = []
    for number in range(300):
        client = rng.choice(clients)
        heading = rng.choice(list(CHAPTERS))
        declaration = Declaration(
            lrn=f"KD-H-{number:04d}",
            items=[
                GoodsItem(
                    commodity_code=f"{heading}000000", origin_country=CHAPTERS[heading], price="10"
                ),
                GoodsItem(commodity_code="3926909709", origin_country="DE", price="1"),  # small
            ],
        )
        declaration_id = drafts.create(client.id, declaration)
        corridor = rng.choices(["GREEN", "YELLOW", "RED"], [78, 20, 2])[0]
        submitted = START + dt.timedelta(days=rng.randrange(90), minutes=rng.randrange(600))
        refused = rng.random() < 0.05
        minutes = {"GREEN": 3, "YELLOW": 150, "RED": 600}[corridor] + rng.randrange(60)
        asked = corridor != "GREEN" and rng.random() < 0.4
        remote = f"D-{number}"
        with workspace.database.transaction() as db:  # the gateway accepted it, as settle() does
            db.execute(
                "UPDATE declarations SET status = 'SUBMITTED', remote_id = ?, submitted_at = ?"
                " WHERE id = ?",
                (remote, submitted.isoformat(), declaration_id),
            )
        events = [
            ("submission.acknowledged", "SUBMITTED", submitted, {}),
            ("corridor.assigned", "REGISTERED", submitted, {"corridor": corridor}),
        ]
        if asked:
            opened = {"requestId": f"q-{number}", "kind": "DOCUMENTS", "documents": ["03011"]}
            events.append(("request.opened", "AWAITING_DECLARANT", submitted, opened))
        end = submitted + dt.timedelta(minutes=minutes)
        if refused:
            events.append(("declaration.release_refused", "RELEASE_REFUSED", end, {}))
        else:
            events.append(("declaration.released", "RELEASED", end, {}))
        outbox.apply_events(
            "Practice",
            [
                {
                    "id": f"e-{number}-{seq}",
                    "seq": number * 10 + seq,
                    "declarationId": remote,
                    "lrn": declaration.lrn,
                    "type": kind,
                    "status": status,
                    "occurredAt": when.isoformat(),
                    "data": data,
                }
                for seq, (kind, status, when, data) in enumerate(events)
            ],
            number * 10 + len(events),
        )
        truth.append(
            {
                "client": client.name,
                "chapter": heading[:2],
                "origin": CHAPTERS[heading],
                "month": submitted.strftime("%Y-%m"),
                "corridor": corridor,
                "minutes": None if refused else minutes,
                "asked": asked,
                "refused": refused,
            }
        )
    drafts.create(clients[0].id, Declaration(lrn="KD-H-DRAFT"))  # never submitted: not counted
    return truth


def test_the_analytics_agree_with_a_direct_count(
    workspace: Workspace, drafts: DraftService, tmp_path: Path
) -> None:
    truth = _history(workspace, drafts)
    analytics = AnalyticsService(workspace)
    for by in ("client", "chapter", "origin", "month"):
        summaries = {s.key: s for s in analytics.summary(by)}  # type: ignore[arg-type]
        keys = {str(t[by]) for t in truth}
        assert set(summaries) == keys
        for key in keys:
            group = [t for t in truth if t[by] == key]
            times = sorted(int(t["minutes"]) for t in group if t["minutes"] is not None)  # type: ignore[call-overload]
            s = summaries[key]
            assert s.declarations == len(group)
            assert (s.green, s.yellow, s.red) == tuple(
                sum(t["corridor"] == c for t in group) for c in ("GREEN", "YELLOW", "RED")
            )
            assert s.median_minutes == (statistics.median_low(times) if times else None)
            rank = -(-9 * len(times) // 10)  # the 90th percentile by nearest rank, counted here
            assert s.p90_minutes == (times[rank - 1] if times else None)
            assert s.with_requests == sum(bool(t["asked"]) for t in group)
            assert s.refused == sum(bool(t["refused"]) for t in group)
    total = sum(s.declarations for s in analytics.summary("client"))
    assert total == 300  # the draft never sent is not in it

    path = tmp_path / "analytics.xlsx"
    analytics.export_summary(analytics.summary("chapter"), path)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][0] == "By" and len(rows) == 1 + 4
    chapters = {row[0]: row for row in rows[1:]}
    assert chapters["84"][1] == sum(t["chapter"] == "84" for t in truth)


def test_the_nearest_rank_percentile() -> None:
    assert percentile([], 90) is None
    assert percentile([5], 90) == 5
    assert percentile(list(range(1, 11)), 90) == 9
    assert percentile(list(range(1, 11)), 50) == 5
    assert percentile([1, 2, 3, 100], 90) == 100


def test_the_billing_report_counts_declarations_and_items_per_client_and_month(
    workspace: Workspace, drafts: DraftService, tmp_path: Path
) -> None:
    truth = _history(workspace, drafts)
    analytics = AnalyticsService(workspace)
    billing = {(r.client, r.month): r for r in analytics.billing()}
    for (client, month), row in billing.items():
        group = [t for t in truth if t["client"] == client and t["month"] == month]
        assert (row.declarations, row.goods_items) == (len(group), 2 * len(group))
    assert sum(r.declarations for r in billing.values()) == 300
    path = tmp_path / "billing.xlsx"
    assert analytics.export_billing(path) == len(billing)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0] == ("Client", "Month", "Declarations", "Goods items")
    assert sum(int(r[2]) for r in rows[1:]) == 300  # type: ignore[arg-type]
    assert AnalyticsService(workspace).summary("client", client_id=10_000) == []
