"""Declarations in the workspace: summary rows for lists and an append-only revision history."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pydantic_core import PydanticSerializationError

from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.domain.lenient import as_decimal, as_text, scrubbed
from kedendesk.domain.lifecycle import Status
from kedendesk.domain.lrn import format_lrn
from kedendesk.store.clock import now_iso
from kedendesk.store.database import Database
from kedendesk.store.search import fold, refresh_search_text, search_text_of_row

DRAFT = Status.DRAFT
SIGNED = Status.SIGNED


class NotFoundError(LookupError):
    pass


_SIGNATURE_COLUMNS = (
    "declaration_id, revision, kind, role, payload, payload_sha256, signature,"
    " idempotency_key, signer, signer_iin, signer_bin, signed_at, signed_by"
)


class FrozenError(RuntimeError):
    """A signed declaration is read-only: a change is a new version."""


class ConflictError(RuntimeError):
    """A save based on a revision that is no longer the latest: another window, process or
    desk saved in between. Nothing was written; the user decides (keep mine, or take theirs)."""

    def __init__(self, declaration_id: int, based_on: int, latest: int) -> None:
        super().__init__(
            f"declaration {declaration_id} was saved elsewhere as revision {latest} "
            f"(this edit was based on revision {based_on})"
        )
        self.declaration_id = declaration_id
        self.based_on = based_on
        self.latest = latest


class StaleRevisionError(RuntimeError):
    """The revision to sign is no longer the latest: something was saved in between."""


@dataclass(frozen=True)
class SignatureRecord:
    """A signed revision: the exact bytes, the CMS, and what the gateway will be sent."""

    declaration_id: int
    revision: int
    kind: str  # DECLARE, WITHDRAW, RESPOND
    role: str  # DECLARANT, CUSTOMS_REPRESENTATIVE
    payload: bytes
    payload_sha256: str
    signature: bytes
    idempotency_key: str
    signer: str
    signer_iin: str
    signer_bin: str
    signed_at: str
    signed_by: str = ""  # the person who signed (the certificate's holder is `signer`)


def storable_json(declaration: Declaration) -> str:
    """The declaration's JSON; a lone surrogate somewhere (a broken paste) is stored as U+FFFD
    rather than failing the save (rule R24 reports it either way)."""
    try:
        return declaration.model_dump_json(by_alias=True)
    except PydanticSerializationError:
        data = scrubbed(declaration.model_dump(mode="python", by_alias=True))
        return Declaration.model_validate(data).model_dump_json(by_alias=True)


@dataclass(frozen=True)
class Snapshot:
    """A declaration frozen for saving: its JSON body and the columns the list shows.

    Taken on the caller's thread (cheap), written on another (the slow part), so the editor
    may go on changing its declaration while the save runs.
    """

    body: str
    lrn: str
    procedure: str
    item_count: int
    invoice_total: str
    invoice_currency: str
    customs_value: str
    declarant_name: str
    hs_chapter: str = ""  # of the item of the largest invoice value (the broker's analytics)
    origin: str = ""  # that item's country of origin
    error_count: int | None = None  # error findings when saved (None: not checked)

    @classmethod
    def of(cls, declaration: Declaration) -> Snapshot:
        main = _main_item(declaration)
        return cls(
            body=storable_json(declaration),
            lrn=declaration.lrn,
            procedure=declaration.declaration_type(),
            item_count=len(declaration.items),
            invoice_total=as_text(declaration.invoice_total),
            invoice_currency=declaration.invoice_currency,
            customs_value=as_text(declaration.total_customs_value),
            declarant_name=declaration.declarant.name,
            hs_chapter=main.commodity_code.strip()[:2] if main else "",
            origin=main.origin_country.strip().upper()[:2] if main else "",
        )


def _main_item(declaration: Declaration) -> GoodsItem | None:
    """The goods item of the largest invoice value (the first one when none has a price)."""
    if not declaration.items:
        return None
    return max(
        declaration.items, key=lambda item: as_decimal(item.price) or Decimal(0), default=None
    )


@dataclass(frozen=True)
class DeclarationRow:
    """One line of the declarations list."""

    id: int
    client_id: int
    client_name: str
    lrn: str
    procedure: str
    status: str
    item_count: int
    invoice_total: str
    invoice_currency: str
    customs_value: str
    declarant_name: str
    revision: int
    updated_at: str
    deleted_at: str | None
    corridor: str | None = None  # GREEN, YELLOW, RED once customs assigned one
    registration_number: str | None = None
    submitted_at: str | None = None


@dataclass(frozen=True)
class RevisionInfo:
    number: int
    saved_at: str
    sha256: str
    author: str = ""  # the desk that saved it ('' before Kedendesk recorded it)


SORT_KEYS = {
    "lrn": "d.lrn",
    "client": "c.name",
    "procedure": "d.procedure",
    "status": "d.status",
    "items": "d.item_count",
    "invoice_total": "CAST(d.invoice_total AS REAL)",  # order only; values stay text
    "customs_value": "CAST(d.customs_value AS REAL)",
    "updated": "d.updated_at",
    "corridor": "d.corridor",
    "registration": "d.registration_number",
    "submitted": "d.submitted_at",
}

_ROW_COLUMNS = (
    "d.id, d.client_id, c.name AS client_name, d.lrn, d.procedure, d.status, d.item_count,"
    " d.invoice_total, d.invoice_currency, d.customs_value, d.declarant_name, d.revision,"
    " d.updated_at, d.deleted_at, d.corridor, d.registration_number, d.submitted_at"
)


def _row(row: sqlite3.Row) -> DeclarationRow:
    return DeclarationRow(*row)


class DeclarationRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- writing -----------------------------------------------------------------------

    def create(self, client_id: int, snapshot: Snapshot) -> int:
        """A new declaration with its first revision."""
        return self.create_many(client_id, [snapshot])[0]

    def create_many(self, client_id: int, snapshots: Sequence[Snapshot]) -> list[int]:
        """Many new declarations in one transaction (bulk import, generated workspaces)."""
        ids: list[int] = []
        now = now_iso()
        with self._db.transaction() as db:
            for snapshot in snapshots:
                (declaration_id,) = db.execute(
                    "INSERT INTO declarations (client_id, lrn, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?) RETURNING id",
                    (client_id, snapshot.lrn, now, now),
                ).fetchone()
                self._append(db, declaration_id, snapshot, now)
                ids.append(declaration_id)
        return ids

    def save(
        self, declaration_id: int, snapshot: Snapshot, based_on: int | None = None
    ) -> RevisionInfo:
        """Append a revision and update the summary, in one transaction. With `based_on`, the
        revision the edit started from: if another save came in between, ConflictError and
        nothing is written (never a silent overwrite)."""
        with self._db.transaction() as db:
            return self._append(db, declaration_id, snapshot, now_iso(), based_on)

    def _append(
        self,
        db: sqlite3.Connection,
        declaration_id: int,
        snapshot: Snapshot,
        now: str,
        based_on: int | None = None,
    ) -> RevisionInfo:
        row = db.execute(
            "SELECT d.revision, c.name, d.status FROM declarations d"
            " JOIN clients c ON c.id = d.client_id WHERE d.id = ?",
            (declaration_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(declaration_id)
        if row[2] != DRAFT:
            raise FrozenError(declaration_id)
        if based_on is not None and row[0] != based_on:
            raise ConflictError(declaration_id, based_on, int(row[0]))
        number = row[0] + 1
        digest = hashlib.sha256(snapshot.body.encode("utf-8")).hexdigest()
        db.execute(
            "INSERT INTO revisions (declaration_id, number, saved_at, body, sha256, author)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (declaration_id, number, now, snapshot.body, digest, self._db.author),
        )
        search = search_text_of_row(
            snapshot.lrn, row[1], snapshot.declarant_name, snapshot.procedure, row[2]
        )
        db.execute(
            "UPDATE declarations SET lrn = ?, procedure = ?, item_count = ?, invoice_total = ?,"
            " invoice_currency = ?, customs_value = ?, declarant_name = ?, revision = ?,"
            " updated_at = ?, search_text = ?, hs_chapter = ?, origin = ?, error_count = ?"
            " WHERE id = ?",
            (
                snapshot.lrn,
                snapshot.procedure,
                snapshot.item_count,
                snapshot.invoice_total,
                snapshot.invoice_currency,
                snapshot.customs_value,
                snapshot.declarant_name,
                number,
                now,
                search,
                snapshot.hs_chapter,
                snapshot.origin,
                snapshot.error_count,
                declaration_id,
            ),
        )
        return RevisionInfo(number, now, digest, self._db.author)

    def sign(self, record: SignatureRecord) -> None:
        """Store a signature and freeze the declaration, if the signed revision is the latest."""
        with self._db.transaction() as db:
            row = db.execute(
                "SELECT revision, status FROM declarations WHERE id = ?", (record.declaration_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(record.declaration_id)
            if row[1] != DRAFT:
                raise FrozenError(record.declaration_id)
            if row[0] != record.revision:
                raise StaleRevisionError(record.declaration_id)
            db.execute(
                "INSERT INTO signatures (declaration_id, revision, kind, role, payload,"
                " payload_sha256, signature, idempotency_key, signer, signer_iin, signer_bin,"
                " signed_at, signed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.declaration_id,
                    record.revision,
                    record.kind,
                    record.role,
                    record.payload,
                    record.payload_sha256,
                    record.signature,
                    record.idempotency_key,
                    record.signer,
                    record.signer_iin,
                    record.signer_bin,
                    record.signed_at,
                    record.signed_by,
                ),
            )
            self._set_status(db, record.declaration_id, SIGNED)

    def reopen(self, declaration_id: int, forget_submission: bool = False) -> int:
        """A signed declaration becomes a draft again ("edit as a new version"): a new
        revision starts from the signed one, which stays in the history with its signature.
        With `forget_submission` (after a refusal) the gateway's id, corridor and number are
        cleared, so the new version is filed as a declaration of its own; the refused one's
        events stay in the timeline. Returns the new revision's number."""
        now = now_iso()
        with self._db.transaction() as db:
            row = db.execute(
                "SELECT r.number, r.body, r.sha256 FROM revisions r JOIN declarations d"
                " ON d.id = r.declaration_id AND d.revision = r.number WHERE d.id = ?",
                (declaration_id,),
            ).fetchone()
            if row is None:
                raise NotFoundError(declaration_id)
            number = int(row[0]) + 1
            db.execute(
                "INSERT INTO revisions (declaration_id, number, saved_at, body, sha256, author)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (declaration_id, number, now, row[1], row[2], self._db.author),
            )
            db.execute(
                "UPDATE declarations SET revision = ? WHERE id = ?", (number, declaration_id)
            )
            if forget_submission:
                db.execute(
                    "UPDATE declarations SET remote_id = NULL, corridor = NULL,"
                    " registration_number = NULL, submitted_at = NULL, remote_version = NULL"
                    " WHERE id = ?",
                    (declaration_id,),
                )
            self._set_status(db, declaration_id, DRAFT)
        return number

    def _set_status(self, db: sqlite3.Connection, declaration_id: int, status: str) -> None:
        db.execute(
            "UPDATE declarations SET status = ?, updated_at = ? WHERE id = ?",
            (status, now_iso(), declaration_id),
        )
        refresh_search_text(db, declaration_id=declaration_id)

    def signature(self, declaration_id: int) -> SignatureRecord | None:
        """The latest signature of a declaration."""
        row = (
            self._db.connection()
            .execute(
                f"SELECT {_SIGNATURE_COLUMNS} FROM signatures WHERE declaration_id = ?"
                " ORDER BY revision DESC LIMIT 1",
                (declaration_id,),
            )
            .fetchone()
        )
        if row is None:
            return None
        return SignatureRecord(*row)

    def move_to_client(self, declaration_id: int, client_id: int) -> None:
        with self._db.transaction() as db:
            db.execute(
                "UPDATE declarations SET client_id = ? WHERE id = ?", (client_id, declaration_id)
            )
            refresh_search_text(db, declaration_id=declaration_id)

    def delete(self, declaration_id: int) -> None:
        """Move to the trash; restore() brings it back."""
        self._set_deleted(declaration_id, now_iso())

    def restore(self, declaration_id: int) -> None:
        self._set_deleted(declaration_id, None)

    def _set_deleted(self, declaration_id: int, when: str | None) -> None:
        with self._db.transaction() as db:
            cursor = db.execute(
                "UPDATE declarations SET deleted_at = ? WHERE id = ?", (when, declaration_id)
            )
            if cursor.rowcount == 0:
                raise NotFoundError(declaration_id)

    def purge(self, declaration_id: int) -> None:
        """Delete for good; only from the trash."""
        with self._db.transaction() as db:
            db.execute(
                "DELETE FROM declarations WHERE id = ? AND deleted_at IS NOT NULL",
                (declaration_id,),
            )

    def next_lrn(self, prefix: str, year: int | None = None) -> str:
        """The next LRN of this workspace for a prefix and year: PREFIX-YYYY-NNNNNN."""
        year = year or dt.date.today().year
        with self._db.transaction() as db:
            row = db.execute(
                "INSERT INTO lrn_counters (prefix, year, next) VALUES (?, ?, 2)"
                " ON CONFLICT (prefix, year) DO UPDATE SET next = lrn_counters.next + 1"
                " RETURNING next - 1",
                (prefix, year),
            ).fetchone()
        return format_lrn(prefix, year, int(row[0]))

    # -- reading -----------------------------------------------------------------------

    def load(self, declaration_id: int, revision: int | None = None) -> Declaration:
        return Declaration.model_validate_json(self.load_body(declaration_id, revision))

    def load_body(self, declaration_id: int, revision: int | None = None) -> str:
        db = self._db.connection()
        if revision is None:
            row = db.execute(
                "SELECT body FROM revisions WHERE declaration_id = ? ORDER BY number DESC LIMIT 1",
                (declaration_id,),
            ).fetchone()
        else:
            row = db.execute(
                "SELECT body FROM revisions WHERE declaration_id = ? AND number = ?",
                (declaration_id, revision),
            ).fetchone()
        if row is None:
            raise NotFoundError(declaration_id)
        return str(row[0])

    def remote_version(self, declaration_id: int) -> int | None:
        """The gateway's version of the declaration, as its last event said."""
        row = (
            self._db.connection()
            .execute("SELECT remote_version FROM declarations WHERE id = ?", (declaration_id,))
            .fetchone()
        )
        return None if row is None or row[0] is None else int(row[0])

    def signed_revisions(self, declaration_id: int) -> set[int]:
        rows = self._db.connection().execute(
            "SELECT revision FROM signatures WHERE declaration_id = ?", (declaration_id,)
        )
        return {int(row[0]) for row in rows}

    def changes_since(self, moment: str, limit: int = 500) -> tuple[list[int], str, int, int]:
        """The declarations changed after `moment` (an updated_at), the newest updated_at, how
        many declarations there are and how many are not in the trash: enough for a list to
        update the rows another desk changed in place, or to reload when rows came or went."""
        db = self._db.connection()
        ids = [
            int(row[0])
            for row in db.execute(
                "SELECT id FROM declarations WHERE updated_at > ? ORDER BY updated_at LIMIT ?",
                (moment, limit + 1),
            )
        ]
        newest, total, active = db.execute(
            "SELECT coalesce(max(updated_at), ''), count(*), count(*) - count(deleted_at)"
            " FROM declarations"
        ).fetchone()
        return ids, str(newest), int(total), int(active)

    def revisions(self, declaration_id: int) -> list[RevisionInfo]:
        rows = self._db.connection().execute(
            "SELECT number, saved_at, sha256, author FROM revisions WHERE declaration_id = ?"
            " ORDER BY number",
            (declaration_id,),
        )
        return [RevisionInfo(*row) for row in rows]

    def get(self, declaration_id: int) -> DeclarationRow:
        row = (
            self._db.connection()
            .execute(
                f"SELECT {_ROW_COLUMNS} FROM declarations d"
                " JOIN clients c ON c.id = d.client_id WHERE d.id = ?",
                (declaration_id,),
            )
            .fetchone()
        )
        if row is None:
            raise NotFoundError(declaration_id)
        return _row(row)

    def find_ids(
        self,
        text: str = "",
        sort: str = "updated",
        descending: bool = True,
        deleted: bool = False,
        statuses: Sequence[str] = (),
        corridor: str = "",
        client_id: int | None = None,
        view: str = "",
    ) -> list[int]:
        """Ids of the list in display order; every word of `text` must occur (any case).
        `view` "errors": drafts saved with error findings; "week": released in 7 days."""
        where = ["d.deleted_at IS NOT NULL" if deleted else "d.deleted_at IS NULL"]
        params: list[str | int] = []
        if view == "errors":
            where.append("d.status = 'DRAFT' AND d.error_count > 0")
        elif view == "week":
            since = dt.datetime.now(dt.UTC) - dt.timedelta(days=7)
            where.append("d.released_at >= ?")
            params.append(since.isoformat())
        if client_id is not None:
            where.append("d.client_id = ?")
            params.append(client_id)
        if statuses:
            where.append(f"d.status IN ({','.join('?' * len(statuses))})")
            params += list(statuses)
        if corridor:
            where.append("d.corridor = ?")
            params.append(corridor)
        for word in fold(text).split():
            where.append("instr(d.search_text, ?) > 0")
            params.append(word)
        order = SORT_KEYS[sort] + (" DESC" if descending else " ASC")
        join = " JOIN clients c ON c.id = d.client_id" if sort == "client" else ""
        query = (
            f"SELECT d.id FROM declarations d{join} WHERE {' AND '.join(where)}"
            f" ORDER BY {order}, d.id {'DESC' if descending else 'ASC'}"
        )
        db = self._db.connection()
        if self._db.server:
            return list(db.first_column(query, params))
        return [row[0] for row in db.execute(query, params)]

    def rows(self, ids: Sequence[int]) -> list[DeclarationRow]:
        """The rows for these ids, in the order given (ids not found are left out)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {
            row[0]: _row(row)
            for row in self._db.connection().execute(
                f"SELECT {_ROW_COLUMNS} FROM declarations d"
                f" JOIN clients c ON c.id = d.client_id WHERE d.id IN ({marks})",
                list(ids),
            )
        }
        return [found[i] for i in ids if i in found]
