"""The outbox and the feed in the workspace: what waits to be sent, and what customs said.

Each event is stored with the feed's new cursor in one transaction; an event already stored
is ignored, so a feed delivered twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from kedendesk.domain.lifecycle import Status, moves_forward
from kedendesk.store.clock import now_iso
from kedendesk.store.database import Database
from kedendesk.store.search import refresh_search_text

STALE_CLAIM = dt.timedelta(minutes=15)  # a send takes seconds: a claim this old was abandoned
QUEUED, SENDING, ACCEPTED, FAILED, CANCELLED = (
    "QUEUED",
    "SENDING",
    "ACCEPTED",
    "FAILED",
    "CANCELLED",
)


@dataclass(frozen=True)
class OutboxItem:
    id: int
    declaration_id: int
    kind: str  # DECLARE, WITHDRAW, RESPOND
    idempotency_key: str
    body: bytes
    target: str  # what a WITHDRAW or RESPOND addresses: "remote id" or "remote id/request id"
    state: str
    attempts: int
    last_error: str
    problem: str  # the gateway's problem document (JSON) when it refused
    profile: str = ""  # the gateway profile it was queued for: it is only ever sent there
    author: str = ""  # who queued it (the person, and their desk)
    sent_by: str = ""  # whose desk sent it (claimed it last)


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        row["id"],
        row["declaration_id"],
        row["kind"],
        row["idempotency_key"],
        row["body"],
        row["target"],
        row["state"],
        row["attempts"],
        row["last_error"],
        row["problem"],
        row["profile"],
        row["author"],
        row["sent_by"],
    )


@dataclass(frozen=True)
class StoredEvent:
    """One event of a declaration's timeline, as stored: what happened, the status it led
    to, and customs' own code for it."""

    id: str
    seq: int
    type: str  # declaration.registered, corridor.assigned …
    occurred_at: str
    status: str
    registration_number: str | None
    data: dict[str, Any]  # the event's own details (corridor, request, errors …)
    native_code: str  # the national system's code, e.g. "10" for a release

    @classmethod
    def of(cls, row: sqlite3.Row) -> StoredEvent:
        body = json.loads(row["body"])
        native = body.get("native") or {}
        return cls(
            row["id"],
            row["seq"],
            row["type"],
            row["occurred_at"],
            str(body.get("status") or ""),
            body.get("registrationNumber"),
            dict(body.get("data") or {}),
            str(native.get("code") or "") if isinstance(native, dict) else "",
        )


@dataclass(frozen=True)
class CustomsRequestRow:
    id: str
    declaration_id: int
    kind: str
    status: str
    text: str  # the documents asked for, as codes: "03011, 04999"
    opened_at: str
    due_at: str = ""  # by when, as customs set it ("" when it did not say)


@dataclass(frozen=True)
class InboxRow:
    """A customs request with the declaration and client it concerns (the inbox)."""

    request: CustomsRequestRow
    lrn: str
    client_id: int
    client_name: str


def _request(r: sqlite3.Row) -> CustomsRequestRow:
    return CustomsRequestRow(
        r["id"], r["declaration_id"], r["kind"], r["status"], r["text"], r["opened_at"], r["due_at"]
    )


class OutboxRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- outbox -----------------------------------------------------------------------------

    def enqueue(
        self,
        declaration_id: int,
        kind: str,
        idempotency_key: str,
        body: bytes,
        target: str = "",
        profile: str = "",
    ) -> OutboxItem:
        now = now_iso()
        with self._db.transaction() as db:
            db.execute(
                "INSERT INTO outbox (declaration_id, kind, idempotency_key, body, target, state,"
                " created_at, updated_at, profile, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                # Sent again after a refusal or a cancel: the same envelope, queued again, for
                # the profile it is queued for now.
                " ON CONFLICT (idempotency_key) DO UPDATE SET state = excluded.state,"
                " updated_at = excluded.updated_at, profile = excluded.profile,"
                " author = excluded.author"
                " WHERE outbox.state IN (?, ?)",
                (
                    declaration_id,
                    kind,
                    idempotency_key,
                    body,
                    target,
                    QUEUED,
                    now,
                    now,
                    profile,
                    self._db.author,
                    FAILED,
                    CANCELLED,
                ),
            )
            if kind == "DECLARE":
                db.execute(
                    "UPDATE declarations SET status = 'QUEUED', updated_at = ? WHERE id = ?",
                    (now, declaration_id),
                )
                refresh_search_text(db, declaration_id=declaration_id)
            row = db.execute(
                "SELECT * FROM outbox WHERE idempotency_key = ?", (idempotency_key,)
            ).fetchone()
        return _item(row)

    def items(
        self, states: tuple[str, ...] | None = None, profile: str | None = None
    ) -> list[OutboxItem]:
        """Items in queue order; with `profile`, only those queued for that profile."""
        where: list[str] = []
        params: list[Any] = []
        if states:
            where.append(f"state IN ({', '.join('?' for _ in states)})")
            params += states
        if profile is not None:
            where.append("profile = ?")
            params.append(profile)
        sql = "SELECT * FROM outbox" + (f" WHERE {' AND '.join(where)}" if where else "")
        rows = self._db.connection().execute(sql + " ORDER BY id", params)
        return [_item(row) for row in rows]

    def of_declaration(self, declaration_id: int) -> list[OutboxItem]:
        rows = self._db.connection().execute(
            "SELECT * FROM outbox WHERE declaration_id = ? ORDER BY id", (declaration_id,)
        )
        return [_item(row) for row in rows]

    def claim_next(self, profile: str) -> OutboxItem | None:
        """The oldest message queued for `profile`, claimed by this desk (SENDING), or None.
        On a team server the desks draining at once each take a different one: a row another
        desk is claiming is skipped, not waited for (`FOR UPDATE SKIP LOCKED`)."""
        now = now_iso()
        skip_locked = " FOR UPDATE SKIP LOCKED" if self._db.server else ""
        with self._db.transaction(exclusive=False) as db:
            row = db.execute(
                "UPDATE outbox SET state = ?, attempts = attempts + 1, updated_at = ?,"
                " claimed_by = ?, claimed_at = ?, sent_by = ? WHERE id = (SELECT id FROM outbox"
                " WHERE state = ? AND profile = ? ORDER BY id LIMIT 1" + skip_locked + ")"
                " RETURNING *",
                (SENDING, now, self._db.desk_id, now, self._db.author, QUEUED, profile),
            ).fetchone()
        return None if row is None else _item(row)

    def requeue_stale(self, profile: str | None = None) -> int:
        """After a crash, what this desk was sending goes back to the queue (its key makes a
        repeat safe), and what another desk claimed long ago and never settled; with
        `profile`, only that profile's items. What another desk is sending now stays its."""
        stale = (dt.datetime.now(dt.UTC) - STALE_CLAIM).isoformat(timespec="microseconds")
        sql = (
            "UPDATE outbox SET state = ?, updated_at = ? WHERE state = ?"
            " AND (claimed_by IN ('', ?) OR claimed_at IS NULL OR claimed_at < ?)"
        )
        params: list[Any] = [QUEUED, now_iso(), SENDING, self._db.desk_id, stale]
        if profile is not None:
            sql += " AND profile = ?"
            params.append(profile)
        with self._db.transaction() as db:
            cursor = db.execute(sql, params)
        return int(cursor.rowcount)

    def settle(
        self,
        item: OutboxItem,
        state: str,
        *,
        error: str = "",
        problem: str = "",
        remote_id: str | None = None,
        status: str | None = None,
    ) -> None:
        """The answer for an item, and what it means for its declaration, in one transaction."""
        now = now_iso()
        with self._db.transaction() as db:
            db.execute(
                "UPDATE outbox SET state = ?, last_error = ?, problem = ?, updated_at = ?"
                " WHERE id = ?",
                (state, error, problem, now, item.id),
            )
            if remote_id is not None:
                db.execute(
                    "UPDATE declarations SET remote_id = ?, submitted_at = COALESCE(submitted_at,"
                    " ?) WHERE id = ?",
                    (remote_id, now, item.declaration_id),
                )
            if status is not None:
                # A submission the gateway refused goes back to SIGNED: the one step back.
                _move(db, item.declaration_id, status, now, back=state == FAILED)
            if remote_id is not None:
                # Events the feed brought before this answer (it won the race, or the first
                # answer was lost) belong to this declaration: attach and apply them in order.
                _attach_orphans(db, item.declaration_id, remote_id)
            refresh_search_text(db, declaration_id=item.declaration_id)

    def retry(self, item_id: int) -> None:
        with self._db.transaction() as db:
            db.execute(
                "UPDATE outbox SET state = ?, problem = '', last_error = '', updated_at = ?"
                " WHERE id = ? AND state = ?",
                (QUEUED, now_iso(), item_id, FAILED),
            )

    def cancel(self, item_id: int) -> bool:
        """Only a queued item can be cancelled; a declaration goes back to SIGNED."""
        now = now_iso()
        with self._db.transaction() as db:
            # One conditional write: on a team server a desk may be claiming it this moment
            # (claims run beside other writers); the update waits for it and then sees SENDING.
            row = db.execute(
                "UPDATE outbox SET state = ?, updated_at = ? WHERE id = ? AND state = ?"
                " RETURNING declaration_id, kind",
                (CANCELLED, now, item_id, QUEUED),
            ).fetchone()
            if row is None:
                return False
            if row["kind"] == "DECLARE":
                db.execute(
                    "UPDATE declarations SET status = 'SIGNED', updated_at = ? WHERE id = ?",
                    (now, row["declaration_id"]),
                )
                refresh_search_text(db, declaration_id=row["declaration_id"])
        return True

    # -- feed -------------------------------------------------------------------------------

    def cursor(self, profile: str) -> int:
        row = (
            self._db.connection()
            .execute("SELECT cursor FROM feed_cursors WHERE profile = ?", (profile,))
            .fetchone()
        )
        return int(row[0]) if row else 0

    def apply_events(
        self, profile: str, events: list[dict[str, Any]], cursor: int
    ) -> list[tuple[int, dict[str, Any]]]:
        """Store new events, update their declarations, and move the cursor: one transaction.
        Returns the events applied (with the local declaration id), not those seen before."""
        changed: set[int] = set()
        applied: list[tuple[int, dict[str, Any]]] = []
        with self._db.transaction() as db:
            for event in events:
                if db.execute(
                    "SELECT 1 FROM gateway_events WHERE id = ?", (event["id"],)
                ).fetchone():
                    continue  # delivered again: already applied
                remote = str(event["declarationId"])
                local = _local_of(db, remote, str(event.get("lrn") or ""))
                db.execute(
                    "INSERT INTO gateway_events (id, profile, seq, declaration_id, type,"
                    " occurred_at, body, remote_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        event["id"],
                        profile,
                        event["seq"],
                        local,
                        event["type"],
                        event["occurredAt"],
                        json.dumps(event, ensure_ascii=False),
                        remote,
                    ),
                )
                if local is not None:
                    _apply(db, local, event)
                    changed.add(local)
                    applied.append((local, event))
            db.execute(
                "INSERT INTO feed_cursors (profile, cursor) VALUES (?, ?)"
                " ON CONFLICT (profile) DO UPDATE SET cursor = excluded.cursor",
                (profile, cursor),
            )
            for local in changed:
                refresh_search_text(db, declaration_id=local)
        return applied

    def resync(self, profile: str, states: list[dict[str, Any]], cursor: int) -> list[int]:
        """After `410 cursor-expired`: take the gateway's current state of each declaration."""
        changed = []
        with self._db.transaction() as db:
            for state in states:
                row = db.execute(
                    "SELECT id FROM declarations WHERE remote_id = ?", (state["id"],)
                ).fetchone()
                if row is None:
                    continue
                db.execute(
                    "UPDATE declarations SET status = ?, corridor = ?, registration_number = ?,"
                    " remote_version = ? WHERE id = ?",
                    (
                        state["status"],
                        state.get("corridor"),
                        state.get("registrationNumber"),
                        state.get("version"),
                        row[0],
                    ),
                )
                refresh_search_text(db, declaration_id=row[0])
                changed.append(int(row[0]))
            db.execute(
                "INSERT INTO feed_cursors (profile, cursor) VALUES (?, ?)"
                " ON CONFLICT (profile) DO UPDATE SET cursor = excluded.cursor",
                (profile, cursor),
            )
        return changed

    def timeline(self, declaration_id: int) -> list[StoredEvent]:
        rows = self._db.connection().execute(
            "SELECT id, seq, type, occurred_at, body FROM gateway_events"
            " WHERE declaration_id = ? ORDER BY seq",
            (declaration_id,),
        )
        return [StoredEvent.of(r) for r in rows]

    def requests(self, declaration_id: int) -> list[CustomsRequestRow]:
        rows = self._db.connection().execute(
            "SELECT * FROM customs_requests WHERE declaration_id = ? ORDER BY opened_at",
            (declaration_id,),
        )
        return [_request(r) for r in rows]

    def inbox(self, open_only: bool = True) -> list[InboxRow]:
        """Customs requests across every client, the soonest deadline first."""
        where = "WHERE r.status = 'OPEN'" if open_only else ""
        rows = self._db.connection().execute(
            "SELECT r.*, d.lrn, d.client_id, c.name AS client_name FROM customs_requests r"
            " JOIN declarations d ON d.id = r.declaration_id"
            " JOIN clients c ON c.id = d.client_id"
            f" {where} ORDER BY r.due_at = '', r.due_at, r.opened_at"
        )
        return [InboxRow(_request(r), r["lrn"], r["client_id"], r["client_name"]) for r in rows]


def _local_of(db: sqlite3.Connection, remote: str, lrn: str) -> int | None:
    """The local declaration an event names: by the gateway's id, else (the submit answer not
    yet stored) the one declaration sent with that LRN that has no gateway id yet."""
    row = db.execute("SELECT id FROM declarations WHERE remote_id = ?", (remote,)).fetchone()
    if row is not None:
        return int(row[0])
    if not lrn:
        return None
    rows = db.execute(
        "SELECT id FROM declarations WHERE lrn = ? AND remote_id IS NULL AND status IN (?, ?)"
        " AND deleted_at IS NULL",
        (lrn, Status.QUEUED, Status.SUBMITTED),
    ).fetchall()
    if len(rows) != 1:
        return None  # none, or ambiguous: it waits until the submit answer names it
    local = int(rows[0][0])
    db.execute(
        "UPDATE declarations SET remote_id = ?, submitted_at = COALESCE(submitted_at, ?)"
        " WHERE id = ?",
        (remote, now_iso(), local),
    )
    _attach_orphans(db, local, remote)
    return local


def _attach_orphans(db: sqlite3.Connection, local: int, remote: str) -> None:
    orphans = db.execute(
        "SELECT body FROM gateway_events WHERE remote_id = ? AND declaration_id IS NULL"
        " ORDER BY seq",
        (remote,),
    ).fetchall()
    if not orphans:
        return
    db.execute(
        "UPDATE gateway_events SET declaration_id = ? WHERE remote_id = ?"
        " AND declaration_id IS NULL",
        (local, remote),
    )
    for (body,) in orphans:
        _apply(db, local, json.loads(body))


def _move(db: sqlite3.Connection, local: int, status: str, now: str, back: bool = False) -> None:
    """A new status, only forward (a late answer or event never moves a declaration back),
    unless `back` says this is the step back of a refused submission."""
    row = db.execute("SELECT status FROM declarations WHERE id = ?", (local,)).fetchone()
    if row is not None and (back or moves_forward(str(row[0]), status)):
        db.execute(
            "UPDATE declarations SET status = ?, updated_at = ? WHERE id = ?", (status, now, local)
        )


def _apply(db: sqlite3.Connection, local: int, event: dict[str, Any]) -> None:
    """The declaration's state after an event, following the contract's status model."""
    data = event.get("data") or {}
    now = now_iso()
    _move(db, local, str(event["status"]), now)
    kind = event["type"]
    occurred = str(event.get("occurredAt") or "")
    db.execute(
        "UPDATE declarations SET registration_number = COALESCE(?, registration_number),"
        " remote_version = COALESCE(?, remote_version), corridor = COALESCE(?, corridor),"
        " updated_at = ?,"
        # the gateway's own times, for the analytics: its first word, and the release
        " acknowledged_at = CASE WHEN acknowledged_at IS NULL OR acknowledged_at > ?"
        "  THEN ? ELSE acknowledged_at END,"
        " released_at = CASE WHEN ? THEN COALESCE(released_at, ?) ELSE released_at END"
        " WHERE id = ?",
        (
            event.get("registrationNumber"),
            event.get("declarationVersion"),
            data.get("corridor"),
            now,
            occurred,
            occurred or None,
            kind == "declaration.released",
            occurred or None,
            local,
        ),
    )
    if kind == "request.opened":
        db.execute(
            "INSERT INTO customs_requests (id, declaration_id, kind, status, text, opened_at,"
            " due_at) VALUES (?, ?, ?, 'OPEN', ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (
                data["requestId"],
                local,
                data.get("kind", ""),
                ", ".join(str(d) for d in data.get("documents", [])),
                event["occurredAt"],
                str(data.get("dueAt") or ""),
            ),
        )
    elif kind in ("request.answered", "request.closed"):
        status = "ANSWERED" if kind == "request.answered" else "CLOSED"
        db.execute(
            "UPDATE customs_requests SET status = ? WHERE id = ?", (status, data.get("requestId"))
        )
