"""The broker's own history, summed up (advisory: what happened to these declarations, not a
guess at customs' risk profiles): per client, commodity chapter, origin or month, the share of
each corridor, the time from submission to release (median and 90th percentile), documents
requests and refusals; and the billing report (declarations and goods items per client and
month). Both export to XLSX."""

from __future__ import annotations

from collections.abc import Sequence
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
KEYS: dict[str, str] = {  # the SQL of each dimension's value
    "client": "d.client_id",
    "chapter": "d.hs_chapter",
    "origin": "d.origin",
    "month": "substr(coalesce(d.acknowledged_at, d.submitted_at), 1, 7)",
}


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


class AnalyticsService:
    def __init__(self, workspace: Workspace) -> None:
        self._db = workspace.database

    def summary(self, by: Dimension, client_id: int | None = None) -> list[Summary]:
        """One summary per value of the dimension, most declarations first, counted by the
        database over every declaration that reached the gateway (trash included)."""
        key = KEYS[by]
        where = "d.submitted_at IS NOT NULL"
        params: tuple[object, ...] = ()
        if client_id is not None:
            where += " AND d.client_id = ?"
            params = (client_id,)
        rows = (
            self._db.connection()
            .execute(
                f"WITH base AS (SELECT {key} AS k, d.corridor AS corridor, d.status AS status,"
                "  CAST(round((julianday(d.released_at) - julianday(d.acknowledged_at)) * 1440)"
                "   AS INTEGER) AS minutes,"
                "  EXISTS (SELECT 1 FROM customs_requests r WHERE r.declaration_id = d.id) AS asked"
                f"  FROM declarations d WHERE {where}),"
                " counts AS (SELECT k, count(*) AS n,"
                "  count(*) FILTER (WHERE corridor = 'GREEN') AS green,"
                "  count(*) FILTER (WHERE corridor = 'YELLOW') AS yellow,"
                "  count(*) FILTER (WHERE corridor = 'RED') AS red,"
                "  count(minutes) AS released, count(*) FILTER (WHERE asked) AS asked,"
                "  count(*) FILTER (WHERE status IN ('REJECTED', 'RELEASE_REFUSED')) AS refused"
                "  FROM base GROUP BY k),"
                " ranked AS (SELECT k, minutes,"
                "  row_number() OVER (PARTITION BY k ORDER BY minutes) AS rank,"
                "  count(*) OVER (PARTITION BY k) AS total FROM base WHERE minutes IS NOT NULL),"
                # the nearest rank: ceil(total * p / 100), as `percentile`
                " percentiles AS (SELECT k,"
                "  max(CASE WHEN rank = (total * 50 + 99) / 100 THEN minutes END) AS p50,"
                "  max(CASE WHEN rank = (total * 90 + 99) / 100 THEN minutes END) AS p90"
                "  FROM ranked GROUP BY k)"
                " SELECT c.k, c.n, c.green, c.yellow, c.red, c.released, p.p50, p.p90, c.asked,"
                "  c.refused FROM counts c LEFT JOIN percentiles p ON p.k IS NOT DISTINCT FROM c.k",
                params,
            )
            .fetchall()
        )
        names = self._client_names() if by == "client" else {}
        summaries = [
            Summary(
                key=names.get(k, str(k)) if by == "client" else (k or "—"),
                declarations=int(n),
                green=int(green or 0),
                yellow=int(yellow or 0),
                red=int(red or 0),
                released=int(released or 0),
                median_minutes=None if p50 is None else int(p50),
                p90_minutes=None if p90 is None else int(p90),
                with_requests=int(asked or 0),
                refused=int(refused or 0),
            )
            for k, n, green, yellow, red, released, p50, p90, asked, refused in rows
        ]
        return sorted(summaries, key=lambda s: (-s.declarations, s.key))

    def _client_names(self) -> dict[object, str]:
        rows = self._db.connection().execute("SELECT id, name FROM clients")
        return {row[0]: row[1] for row in rows}

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
