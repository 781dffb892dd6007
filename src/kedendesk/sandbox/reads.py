"""What the practice gateway lets an account read: declarations, timelines, versions as filed,
requests, the event feed (long-polled), documents, and the gateway's own description."""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any

from kedendesk.sandbox.base import GatewayBase, iso
from kedendesk.sandbox.config import Account
from kedendesk.sandbox.problems import ProblemError
from kedendesk.sandbox.store import SandboxStore


class GatewayReads(GatewayBase):
    def declaration_row(self, account: Account, declaration_id: str) -> sqlite3.Row:
        row = self.store.one(
            "SELECT * FROM declarations WHERE id = ? AND account = ?",
            (declaration_id, account.client_id),
        )
        if row is None:
            raise ProblemError("not-found")  # also for another account's declaration
        return row

    def state(self, account: Account, declaration_id: str) -> dict[str, Any]:
        return _state(self.declaration_row(account, declaration_id), self.store)

    def declarations(
        self,
        account: Account,
        status: str | None,
        lrn: str | None,
        registration_number: str | None,
        updated_since: str | None,
        cursor: str | None,
        limit: int,
    ) -> dict[str, Any]:
        sql = "SELECT * FROM declarations WHERE account = ?"
        params: list[Any] = [account.client_id]
        for column, value in (
            ("status", status),
            ("lrn", lrn),
            ("registration_number", registration_number),
        ):
            if value:
                sql += f" AND {column} = ?"
                params.append(value)
        if updated_since:
            sql += " AND updated_at >= ?"
            params.append(updated_since)
        if cursor:
            sql += " AND id > ?"
            params.append(cursor)
        sql += " ORDER BY id LIMIT ?"
        params.append(limit + 1)
        rows = self.store.read(sql, tuple(params))
        items = [_state(row, self.store) for row in rows[:limit]]
        return {"items": items, "next": rows[limit - 1]["id"] if len(rows) > limit else None}

    def timeline(self, account: Account, declaration_id: str) -> list[dict[str, Any]]:
        self.declaration_row(account, declaration_id)
        rows = self.store.read(
            "SELECT body FROM events WHERE declaration_id = ? ORDER BY seq", (declaration_id,)
        )
        return [json.loads(row["body"]) for row in rows]

    def version(self, account: Account, declaration_id: str, number: int) -> dict[str, Any]:
        self.declaration_row(account, declaration_id)
        row = self.store.one(
            "SELECT envelope, received_at FROM versions WHERE declaration_id = ? AND number = ?",
            (declaration_id, number),
        )
        if row is None:
            raise ProblemError("not-found")
        return {
            "number": number,
            "receivedAt": row["received_at"],
            "envelope": json.loads(row["envelope"]),
        }

    def requests(self, account: Account, declaration_id: str) -> list[dict[str, Any]]:
        self.declaration_row(account, declaration_id)
        rows = self.store.read(
            "SELECT * FROM requests WHERE declaration_id = ? ORDER BY opened_at",
            (declaration_id,),
        )
        return [
            {
                "id": r["id"],
                "kind": r["kind"],
                "status": r["status"],
                "text": r["text"],
                "openedAt": r["opened_at"],
            }
            for r in rows
        ]

    def events(self, account: Account, after: int, limit: int, wait: float) -> dict[str, Any]:
        """The feed from a cursor; waits up to `wait` real seconds for something new."""
        deadline = time.monotonic() + max(0.0, min(wait, self.config.max_wait_seconds))
        while True:
            oldest = self.store.one(
                "SELECT MIN(seq) AS low, MAX(seq) AS high FROM events WHERE account = ?",
                (account.client_id,),
            )
            low = oldest["low"] if oldest is not None else None
            high = int(oldest["high"] or 0) if oldest is not None else 0
            if low is not None and after < int(low) - 1:
                raise ProblemError("cursor-expired", extra={"next": high})
            rows = self.store.read(
                "SELECT body FROM events WHERE account = ? AND seq > ? ORDER BY seq LIMIT ?",
                (account.client_id, after, limit + 1),
            )
            if rows or time.monotonic() >= deadline:
                events = [json.loads(r["body"]) for r in rows[:limit]]
                next_seq = events[-1]["seq"] if events else max(after, 0)
                return {"events": events, "next": next_seq, "hasMore": len(rows) > limit}
            with self.store.events_added:
                self.store.events_added.wait(min(0.5, deadline - time.monotonic()))

    def document(self, account: Account, document_id: str) -> sqlite3.Row:
        row = self.store.one(
            "SELECT * FROM documents WHERE id = ? AND account = ?", (document_id, account.client_id)
        )
        if row is None:
            raise ProblemError("not-found")
        return row

    def meta(self) -> dict[str, Any]:
        from kedendesk.domain.tariff import official_tariff, payment_rates, shipped_tariffs

        return {
            "gateway": self.config.gateway,
            "apiVersion": "1",
            "signatureFormats": ["CMS_DETACHED"],
            "signatureAlgorithms": ["RSA-SHA256", "ECDSA-SHA256"],
            "referenceData": {
                "tariff": official_tariff().version,
                "tariffs": sorted(shipped_tariffs()),
                "paymentRates": payment_rates().version,
                "riskProfiles": self.profiles.version,
            },
            "limits": {
                "maxItems": 999,
                "maxDocumentBytes": self.config.max_document_bytes,
                "maxWaitSeconds": self.config.max_wait_seconds,
            },
            "feedRetention": {"events": self.config.feed_retention},
            "timeScale": self.config.time_scale,
            "simulatedTime": iso(self.now()),
        }


def _state(row: sqlite3.Row, store: SandboxStore) -> dict[str, Any]:
    open_requests = store.one(
        "SELECT COUNT(*) AS n FROM requests WHERE declaration_id = ? AND status = 'OPEN'",
        (row["id"],),
    )
    return {
        "id": row["id"],
        "lrn": row["lrn"],
        "declarant": row["declarant"],
        "status": row["status"],
        "corridor": row["corridor"],
        "registrationNumber": row["registration_number"],
        "version": row["version"],
        "submittedAt": row["submitted_at"],
        "updatedAt": row["updated_at"],
        "releaseBy": row["release_by"],
        "decision": json.loads(row["decision"]) if row["decision"] else None,
        "openRequests": int(open_requests["n"]) if open_requests else 0,
    }
