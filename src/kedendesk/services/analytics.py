"""The broker's own history, summed up (advisory: what happened to these declarations, not a
guess at customs' risk profiles): per client, commodity chapter, origin or month, the share of
each corridor, the time from submission to release (median and 90th percentile), documents
requests and refusals; and the billing report (declarations and goods items per client and
month). Both export to XLSX."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Literal

from kedendesk.domain.lifecycle import Status
from kedendesk.services.workspace import Workspace

Dimension = Literal["client", "chapter", "origin", "month"]
DIMENSIONS: tuple[Dimension, ...] = ("client", "chapter", "origin", "month")
REFUSED = (Status.REJECTED, Status.RELEASE_REFUSED)
TENTH = Decimal("0.1")
SUMMARY_HEADERS = (
    "By",
    "Declarations",
    "Green %",
    "Yellow %",
    "Red %",
    "Minutes to release: median",
    "90th percentile",
    "Documents asked",
    "Refused",
)
BILLING_HEADERS = ("Client", "Month", "Declarations", "Goods items")


@dataclass(frozen=True)
class Fact:
    """One submitted declaration as the analytics see it."""

    declaration_id: int
    client: str
    chapter: str  # "84"
    origin: str  # "CN"
    month: str  # "2026-11", of its submission
    corridor: str  # "" until customs assigned one
    status: str
    minutes_to_release: int | None  # from the gateway's acknowledgement to the release
    requests: int  # documents requests customs opened
    item_count: int

    def key(self, by: Dimension) -> str:
        return {"client": self.client, "chapter": self.chapter, "origin": self.origin}.get(
            by, self.month
        )


@dataclass(frozen=True)
class Summary:
    key: str
    declarations: int
    green: int
    yellow: int
    red: int
    released: int
    median_minutes: int | None
    p90_minutes: int | None
    with_requests: int  # declarations customs asked documents for
    refused: int

    def share(self, count: int) -> Decimal:
        """A count as a percentage of the declarations, to a tenth."""
        if not self.declarations:
            return Decimal(0)
        return (Decimal(count) * 100 / self.declarations).quantize(TENTH, ROUND_HALF_UP)


@dataclass(frozen=True)
class BillingRow:
    client: str
    month: str
    declarations: int
    goods_items: int


def percentile(values: Sequence[int], share: int) -> int | None:
    """The nearest-rank percentile (50: the median, its lower middle for an even count; 90:
    the 90th): always a value that occurred, in whole minutes."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-share * len(ordered) // 100))  # ceil(share/100 * n)
    return ordered[rank - 1]


def summarise(facts: Iterable[Fact], by: Dimension) -> list[Summary]:
    """One summary per value of the dimension, most declarations first."""
    groups: dict[str, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(fact.key(by) or "—", []).append(fact)
    summaries = []
    for key, group in groups.items():
        times = [f.minutes_to_release for f in group if f.minutes_to_release is not None]
        corridors = [f.corridor for f in group]
        summaries.append(
            Summary(
                key=key,
                declarations=len(group),
                green=corridors.count("GREEN"),
                yellow=corridors.count("YELLOW"),
                red=corridors.count("RED"),
                released=len(times),
                median_minutes=percentile(times, 50),
                p90_minutes=percentile(times, 90),
                with_requests=sum(1 for f in group if f.requests),
                refused=sum(1 for f in group if f.status in REFUSED),
            )
        )
    return sorted(summaries, key=lambda s: (-s.declarations, s.key))


class AnalyticsService:
    def __init__(self, workspace: Workspace) -> None:
        self._db = workspace.database

    def facts(self, client_id: int | None = None) -> list[Fact]:
        """Every declaration that reached the gateway (in the trash or not), one query."""
        where = "WHERE d.submitted_at IS NOT NULL"
        params: tuple[object, ...] = ()
        if client_id is not None:
            where += " AND d.client_id = ?"
            params = (client_id,)
        rows = self._db.connection().execute(
            "WITH times AS ("
            "  SELECT declaration_id, min(occurred_at) AS first_at,"
            "    min(CASE WHEN type = 'declaration.released' THEN occurred_at END) AS released_at"
            "  FROM gateway_events WHERE declaration_id IS NOT NULL GROUP BY declaration_id),"
            " asked AS (SELECT declaration_id, count(*) AS n FROM customs_requests"
            "  GROUP BY declaration_id)"
            " SELECT d.id, c.name, d.hs_chapter, d.origin,"
            "  substr(coalesce(t.first_at, d.submitted_at), 1, 7), coalesce(d.corridor, ''),"
            "  d.status,"
            "  CAST(round((julianday(t.released_at) - julianday(t.first_at)) * 1440) AS INTEGER),"
            "  coalesce(a.n, 0), d.item_count"
            " FROM declarations d JOIN clients c ON c.id = d.client_id"
            " LEFT JOIN times t ON t.declaration_id = d.id"
            f" LEFT JOIN asked a ON a.declaration_id = d.id {where}",
            params,
        )
        return [Fact(*row) for row in rows]

    def summary(self, by: Dimension, client_id: int | None = None) -> list[Summary]:
        return summarise(self.facts(client_id), by)

    def billing(self) -> list[BillingRow]:
        """Declarations submitted and their goods items, per client and month."""
        rows = self._db.connection().execute(
            "SELECT c.name, substr(d.submitted_at, 1, 7) AS month, count(*), sum(d.item_count)"
            " FROM declarations d JOIN clients c ON c.id = d.client_id"
            " WHERE d.submitted_at IS NOT NULL GROUP BY c.name, month ORDER BY month, c.name"
        )
        return [BillingRow(*row) for row in rows]

    def export_summary(
        self,
        summaries: Sequence[Summary],
        path: Path,
        headers: Sequence[str] = SUMMARY_HEADERS,
    ) -> None:
        """The table as shown, to XLSX (shares as percentages, times in minutes)."""
        body: list[list[object]] = [
            [
                s.key,
                s.declarations,
                s.share(s.green),
                s.share(s.yellow),
                s.share(s.red),
                s.median_minutes,
                s.p90_minutes,
                s.with_requests,
                s.refused,
            ]
            for s in summaries
        ]
        _write_xlsx(path, "Analytics", list(headers), body)

    def export_billing(self, path: Path, headers: Sequence[str] = BILLING_HEADERS) -> int:
        rows = self.billing()
        body: list[list[object]] = [
            [r.client, r.month, r.declarations, r.goods_items] for r in rows
        ]
        _write_xlsx(path, "Billing", list(headers), body)
        return len(rows)


def _write_xlsx(path: Path, sheet_title: str, headers: list[str], rows: list[list[object]]) -> None:
    from openpyxl import Workbook  # imported when a file is written, not at start

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
