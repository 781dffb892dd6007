"""The practice customs gateway's behaviour, without HTTP: accounts and tokens, submission
with its checks in the contract's order, the control workflow on a simulated clock, the feed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import secrets
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kedendesk.domain.checks import Severity, check
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import MEDIA_TYPE, Declaration
from kedendesk.domain.rates import RateTable
from kedendesk.domain.samples import practice_rates
from kedendesk.gateway.contract import SignedEnvelope
from kedendesk.sandbox.authority import issue_demo_keys, load_or_create_authority, trusted_roots
from kedendesk.sandbox.clock import SimClock
from kedendesk.sandbox.config import Account, SandboxConfig
from kedendesk.sandbox.problems import ProblemError
from kedendesk.sandbox.risk import RiskProfiles, default_profiles
from kedendesk.sandbox.store import SandboxStore
from kedendesk.signing.cms import verify_detached
from kedendesk.signing.errors import SignatureError

GATEWAY = "sandbox"
MINUTE = dt.timedelta(minutes=1)
# Scenario prefixes of the LRN (longest first), overriding the risk engine.
SCENARIOS = ("YD", "G", "Y", "R", "X", "E", "W", "N")
WITHDRAWABLE = frozenset({"REGISTERED", "UNDER_CONTROL", "AWAITING_DECLARANT"})
CORRECTION_SHARE = 0.15  # red-corridor declarations released only after a correction
NATIVE_CODES = {"released": "10", "withdrawn": "81", "refused": "90", "extended": "70"}


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(moment: str) -> dt.datetime:
    return dt.datetime.strptime(moment, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


def scenario_of(lrn: str) -> str:
    upper = lrn.upper()
    for prefix in SCENARIOS:
        if upper.startswith(prefix + "-"):
            return prefix
    return ""


class PracticeGateway:
    """Everything the sandbox does, for the HTTP layer to call; one per data folder."""

    def __init__(
        self,
        data_dir: Path,
        config: SandboxConfig | None = None,
        profiles: RiskProfiles | None = None,
        time_scale: float | None = None,
    ) -> None:
        self.config = config or SandboxConfig()
        if time_scale is not None:
            self.config = self.config.model_copy(update={"time_scale": time_scale})
        self.data_dir = data_dir
        self.store = SandboxStore(data_dir / "sandbox.sqlite3")
        self.authority = load_or_create_authority(data_dir / "ca")
        issue_demo_keys(self.authority, self.config, data_dir)
        self.roots = trusted_roots(self.authority)
        self.profiles = profiles or default_profiles()
        self.rng = random.Random(self.config.seed)
        self.clock = self._clock()
        self._tick_lock = threading.Lock()
        self._moment: dt.datetime | None = None
        self.unavailable_for: int = 0  # seconds of Retry-After while "down for maintenance"

    # -- clock ----------------------------------------------------------------------------

    def _clock(self) -> SimClock:
        origin = self.store.meta("clock.origin")
        if origin is None:
            clock = SimClock(self.config.time_scale)
            self._save_clock(clock)
            return clock
        # Simulated time stands still while the gateway is stopped: it resumes where it was.
        sim, _wall, skipped = json.loads(origin)
        return SimClock(
            self.config.time_scale,
            dt.datetime.fromisoformat(sim),
            time.time(),
            dt.timedelta(seconds=float(skipped)),
        )

    def _save_clock(self, clock: SimClock) -> None:
        # The clock continues across restarts: the same origin, the same skips.
        now_sim, now_wall = clock.now(), time.time()
        value = json.dumps([now_sim.isoformat(), now_wall, 0.0])
        self.store.set_meta("clock.origin", value)
        clock.origin_sim, clock.origin_wall, clock.skipped = now_sim, now_wall, dt.timedelta(0)

    def advance(self, by: dt.timedelta) -> None:
        """Fast-forward simulated time and run what fell due (tests, demos)."""
        self.clock.advance(by)
        self._save_clock(self.clock)
        self.tick()

    def now(self) -> dt.datetime:
        return self.clock.now()

    # -- accounts -------------------------------------------------------------------------

    def issue_token(self, client_id: str, secret: str, scope: str = "") -> dict[str, Any] | None:
        account = self.config.account(client_id)
        if account is None or not secrets.compare_digest(account.client_secret, secret):
            return None
        wanted = scope.split() if scope else account.scopes
        granted = [s for s in wanted if s in account.scopes]
        token = secrets.token_urlsafe(32)
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO tokens (token, client_id, scopes, expires_at) VALUES (?, ?, ?, ?)",
                (token, client_id, " ".join(granted), time.time() + self.config.token_seconds),
            )
        return {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": self.config.token_seconds,
            "scope": " ".join(granted),
        }

    def authenticate(self, token: str) -> tuple[Account, set[str]] | None:
        row = self.store.one(
            "SELECT client_id, scopes, expires_at FROM tokens WHERE token = ?", (token,)
        )
        if row is None or row["expires_at"] < time.time():
            return None
        account = self.config.account(row["client_id"])
        return None if account is None else (account, set(row["scopes"].split()))

    # -- submission -----------------------------------------------------------------------

    def submit(
        self, account: Account, idempotency_key: str | None, body: bytes
    ) -> tuple[int, dict[str, Any]]:
        """POST /declarations: the original answer for a repeated key, else a new filing."""
        if not idempotency_key:
            raise ProblemError("idempotency-key-missing")
        body_hash = hashlib.sha256(body).hexdigest()
        previous = self.store.one(
            "SELECT body_sha256, status, response FROM idempotency WHERE account = ? AND key = ?",
            (account.client_id, idempotency_key),
        )
        if previous is not None:
            if previous["body_sha256"] != body_hash:
                raise ProblemError("idempotency-key-reused")
            return int(previous["status"]), json.loads(previous["response"])
        envelope, declaration, payload = self._verified(account, body, "DECLARE")
        declarant = declaration.declarant.id_number.strip()
        payload_hash = hashlib.sha256(payload).hexdigest()
        now = _iso(self.now())
        with self.store.transaction() as db:
            existing = db.execute(
                "SELECT id, payload_sha256 FROM declarations WHERE declarant = ? AND lrn = ?",
                (declarant, declaration.lrn),
            ).fetchone()
            if existing is not None and existing["payload_sha256"] != payload_hash:
                raise ProblemError(
                    "lrn-conflict",
                    f"LRN {declaration.lrn} was filed for {declarant} with other content",
                )
            if existing is not None:
                declaration_id = existing["id"]
                submission_id = declaration_id
            else:
                declaration_id = str(uuid.uuid4())
                submission_id = str(uuid.uuid4())
                self._file(db, account, declaration_id, declaration, envelope, payload_hash, now)
            response = {
                "declarationId": declaration_id,
                "submissionId": submission_id,
                "status": "SUBMITTED",
            }
            db.execute(
                "INSERT INTO idempotency (account, key, body_sha256, status, response)"
                " VALUES (?, ?, ?, ?, ?)",
                (account.client_id, idempotency_key, body_hash, 202, json.dumps(response)),
            )
        return 202, response

    def _verified(
        self, account: Account, body: bytes, kind: str
    ) -> tuple[SignedEnvelope, Declaration, bytes]:
        """The contract's order: digest, signature, chain, authorisation, LRN and kind."""
        envelope, payload = _open_envelope(body)
        if envelope.kind != kind:
            raise ProblemError("validation-failed", f"kind must be {kind}")
        signer_ids = self._signers(envelope, payload)
        try:
            declaration = Declaration.model_validate_json(payload)
        except ValidationError as error:
            raise ProblemError(
                "validation-failed", "the payload is not a declaration", errors=_errors(error)
            ) from error
        declarant = declaration.declarant.id_number.strip()
        if not self.config.may_act_for(signer_ids, declarant, self.now().date()):
            raise ProblemError(
                "signer-not-authorised",
                f"signer {sorted(signer_ids)} may not act for declarant {declarant or '(none)'}",
            )
        if envelope.lrn != declaration.lrn:
            raise ProblemError(
                "validation-failed",
                "the envelope's LRN is not the payload's",
                errors=[{"pointer": "/lrn", "code": "lrn-mismatch", "message": envelope.lrn}],
            )
        if envelope.payload.media_type != MEDIA_TYPE:
            raise ProblemError("validation-failed", f"media type must be {MEDIA_TYPE}")
        return envelope, declaration, payload

    def _file(
        self,
        db: sqlite3.Connection,
        account: Account,
        declaration_id: str,
        declaration: Declaration,
        envelope: SignedEnvelope,
        payload_hash: str,
        now: str,
    ) -> None:
        due = _iso(self.now() + dt.timedelta(seconds=20))
        db.execute(
            "INSERT INTO declarations (id, account, declarant, lrn, status, version, scenario,"
            " step, due_at, submitted_at, updated_at, payload_sha256)"
            " VALUES (?, ?, ?, ?, 'SUBMITTED', 1, ?, 'register', ?, ?, ?, ?)",
            (
                declaration_id,
                account.client_id,
                declaration.declarant.id_number.strip(),
                declaration.lrn,
                scenario_of(declaration.lrn),
                due,
                now,
                now,
                payload_hash,
            ),
        )
        db.execute(
            "INSERT INTO versions (declaration_id, number, envelope, received_at)"
            " VALUES (?, 1, ?, ?)",
            (declaration_id, envelope.model_dump_json(by_alias=True), now),
        )
        self._event(db, declaration_id, "submission.acknowledged", {})

    # -- events ---------------------------------------------------------------------------

    def _event(
        self,
        db: sqlite3.Connection,
        declaration_id: str,
        kind: str,
        data: dict[str, Any],
        code: str | None = None,
    ) -> None:
        row = db.execute("SELECT * FROM declarations WHERE id = ?", (declaration_id,)).fetchone()
        body = {
            "type": kind,
            "occurredAt": _iso(self._when()),
            "recordedAt": _iso(dt.datetime.now(dt.UTC)),
            "declarationId": declaration_id,
            "lrn": row["lrn"],
            "registrationNumber": row["registration_number"],
            "declarationVersion": row["version"],
            "status": row["status"],
            "data": data,
            "native": {"gateway": GATEWAY, "messageType": None, "code": code},
        }
        self.store.append_event(
            db, row["account"], declaration_id, body, self.config.feed_retention
        )

    def _set(self, db: sqlite3.Connection, declaration_id: str, **columns: Any) -> None:
        columns["updated_at"] = _iso(self._when())
        assignments = ", ".join(f"{name} = ?" for name in columns)
        db.execute(
            f"UPDATE declarations SET {assignments} WHERE id = ?",
            (*columns.values(), declaration_id),
        )

    # -- the workflow on the clock ----------------------------------------------------------

    def tick(self) -> int:
        """Run every step that fell due in simulated time, each at its own due moment (so a
        jump of hours plays the whole control through in order); returns how many ran."""
        ran = 0
        with self._tick_lock:
            now = _iso(self.now())
            while True:
                due = self.store.read(
                    "SELECT id, due_at FROM declarations WHERE step IS NOT NULL AND due_at <= ?"
                    " ORDER BY due_at, id LIMIT 500",
                    (now,),
                )
                if not due:
                    return ran
                for row in due:
                    self._moment = _parse(row["due_at"])
                    try:
                        with self.store.transaction() as db:
                            self._step(db, row["id"])
                    finally:
                        self._moment = None
                    ran += 1

    def _when(self) -> dt.datetime:
        """The moment a step happens: its due time while the clock catches up, else now."""
        return self._moment or self.now()

    def _after(self, minutes: float) -> str:
        return _iso(self._when() + dt.timedelta(minutes=minutes))

    def _step(self, db: sqlite3.Connection, declaration_id: str) -> None:
        row = db.execute("SELECT * FROM declarations WHERE id = ?", (declaration_id,)).fetchone()
        step, scenario = row["step"], row["scenario"]
        if step == "register":
            self._register(db, row)
        elif step == "release":
            if scenario == "X":
                self._set(
                    db,
                    declaration_id,
                    status="RELEASE_REFUSED",
                    step=None,
                    due_at=None,
                    decision=json.dumps({"code": NATIVE_CODES["refused"]}),
                )
                self._event(
                    db,
                    declaration_id,
                    "declaration.release_refused",
                    {"reason": "documents do not confirm the declared value"},
                    NATIVE_CODES["refused"],
                )
            else:
                self._release(db, declaration_id)
        elif step == "request":
            request_id = str(uuid.uuid4())
            db.execute(
                "INSERT INTO requests (id, declaration_id, kind, status, text, opened_at)"
                " VALUES (?, ?, 'DOCUMENTS', 'OPEN', ?, ?)",
                (
                    request_id,
                    declaration_id,
                    "Submit the foreign-trade contract (03011) and the payment documents.",
                    _iso(self.now()),
                ),
            )
            self._set(db, declaration_id, status="AWAITING_DECLARANT", step=None, due_at=None)
            self._event(
                db,
                declaration_id,
                "request.opened",
                {"requestId": request_id, "kind": "DOCUMENTS", "documents": ["03011", "04999"]},
                NATIVE_CODES["extended"],
            )
        elif step == "inspect-schedule":
            place = "СВХ «Хоргос», рампа 3"
            at = self._after(90)
            self._set(db, declaration_id, step="inspect", due_at=self._after(150))
            self._event(db, declaration_id, "inspection.scheduled", {"place": place, "at": at})
        elif step == "inspect":
            self._inspected(db, row)

    def _inspected(self, db: sqlite3.Connection, row: sqlite3.Row) -> None:
        """The inspection's result; some goods differ from the declaration, customs corrects
        it (a new version) and releases after."""
        declaration_id = row["id"]
        corrected = row["scenario"] in ("", "R") and self.rng.random() < CORRECTION_SHARE
        text = (
            "Акт таможенного досмотра: выявлено расхождение в количестве."
            if corrected
            else "Акт таможенного досмотра: расхождений не выявлено."
        )
        act = self._issue_document(db, declaration_id, "inspection-act", text)
        result = "DISCREPANCIES" if corrected else "NO_DISCREPANCIES"
        self._event(
            db, declaration_id, "inspection.completed", {"result": result, "documentId": act}
        )
        if corrected:
            self._set(db, declaration_id, version=row["version"] + 1)
            self._event(
                db,
                declaration_id,
                "declaration.corrected",
                {"reason": "the quantity found at inspection differs"},
            )
        self._set(db, declaration_id, step="release", due_at=self._after(30))

    def _register(self, db: sqlite3.Connection, row: sqlite3.Row) -> None:
        declaration_id, scenario = row["id"], row["scenario"]
        envelope = db.execute(
            "SELECT envelope FROM versions WHERE declaration_id = ? AND number = 1",
            (declaration_id,),
        ).fetchone()[0]
        payload = SignedEnvelope.model_validate_json(envelope).payload.raw()
        declaration = Declaration.model_validate_json(payload)
        errors = self._format_logical_errors(declaration)
        if scenario == "E" and not errors:
            errors = [{"pointer": "/lrn", "code": "scenario-E", "message": "registration refused"}]
        if errors:
            self._set(db, declaration_id, status="REJECTED", step=None, due_at=None)
            self._event(db, declaration_id, "declaration.rejected", {"errors": errors}, "82")
            return
        now = self._when()
        serial = self.store.next_serial(db, self.config.office, now.year)
        number = f"{self.config.office}/{now:%d%m%y}/{serial:07d}"
        history = db.execute(
            "SELECT COUNT(*) FROM declarations WHERE declarant = ? AND registration_number"
            " IS NOT NULL",
            (row["declarant"],),
        ).fetchone()[0]
        corridor, fired = self.profiles.assess(declaration, int(history), self.rng)
        corridor = {
            "G": "GREEN",
            "Y": "YELLOW",
            "YD": "YELLOW",
            "R": "RED",
            "X": "YELLOW",
            "W": "YELLOW",
            "N": "GREEN",
        }.get(scenario, corridor)
        self._set(db, declaration_id, status="REGISTERED", registration_number=number)
        self._event(db, declaration_id, "declaration.registered", {"registeredAt": _iso(now)})
        if scenario == "N":
            self._set(db, declaration_id, step=None, due_at=None)
            return
        release_by = _iso(now + dt.timedelta(hours=4))
        self._set(
            db,
            declaration_id,
            status="UNDER_CONTROL",
            corridor=corridor,
            release_by=release_by,
            profiles=json.dumps(fired),
        )
        self._event(
            db,
            declaration_id,
            "corridor.assigned",
            {"corridor": corridor, "releaseBy": release_by, "profiles": fired},
        )
        if scenario == "W":
            self._set(db, declaration_id, step=None, due_at=None)  # waits for a withdrawal
        elif corridor == "GREEN":
            self._set(db, declaration_id, step="release", due_at=self._after(2))
        elif corridor == "RED":
            self._set(db, declaration_id, step="inspect-schedule", due_at=self._after(15))
        elif scenario == "YD" or (scenario == "" and self.rng.random() < 0.3):
            self._set(db, declaration_id, step="request", due_at=self._after(20))
        else:
            self._set(
                db, declaration_id, step="release", due_at=self._after(self.rng.uniform(30, 220))
            )

    def _format_logical_errors(self, declaration: Declaration) -> list[dict[str, Any]]:
        today = self._when().date()
        day = (
            declaration.filled_by.date if isinstance(declaration.filled_by.date, dt.date) else today
        )
        # Practice rates around the declaration's own date: simulated time runs ahead.
        context = Context.practice(RateTable(practice_rates(day)), today=today)
        return [
            {
                "pointer": _pointer(f.item, f.field),
                "code": f.code,
                "rule": f.rule,
                "box": f.box,
                "message": json.dumps(dict(f.params), ensure_ascii=False),
            }
            for f in check(declaration, context).findings
            if f.severity is Severity.ERROR
        ]

    def release_now(self, declaration_id: str) -> None:
        """The customs officer's decision, taken now: release (demos, the bench)."""
        with self.store.transaction() as db:
            self._release(db, declaration_id)

    def _release(self, db: sqlite3.Connection, declaration_id: str) -> None:
        notice = self._issue_document(
            db, declaration_id, "release-notice", "Уведомление о выпуске товаров."
        )
        decision = {"code": NATIVE_CODES["released"], "releaseType": "FULL", "items": []}
        self._set(
            db,
            declaration_id,
            status="RELEASED",
            step=None,
            due_at=None,
            decision=json.dumps(decision),
        )
        self._event(
            db,
            declaration_id,
            "declaration.released",
            {"releaseType": "FULL", "documentId": notice},
            NATIVE_CODES["released"],
        )

    def _issue_document(
        self, db: sqlite3.Connection, declaration_id: str, kind: str, text: str
    ) -> str:
        row = db.execute(
            "SELECT account, registration_number FROM declarations WHERE id = ?", (declaration_id,)
        ).fetchone()
        content = f"{text}\n{row['registration_number']}\n{_iso(self._when())}\n".encode()
        document_id = str(uuid.uuid4())
        db.execute(
            "INSERT INTO documents (id, account, sha256, filename, media_type, size, content,"
            " issued, declaration_id) VALUES (?, ?, ?, ?, 'text/plain; charset=utf-8', ?, ?, 1, ?)",
            (
                document_id,
                row["account"],
                hashlib.sha256(content).hexdigest(),
                f"{kind}.txt",
                len(content),
                content,
                declaration_id,
            ),
        )
        return document_id

    # -- requests, withdrawals ---------------------------------------------------------------

    def respond(
        self,
        account: Account,
        declaration_id: str,
        request_id: str,
        body: bytes,
        idempotency_key: str | None,
    ) -> tuple[int, dict[str, Any]]:
        row = self.declaration_row(account, declaration_id)
        request = self.store.one(
            "SELECT * FROM requests WHERE id = ? AND declaration_id = ?",
            (request_id, declaration_id),
        )
        if request is None:
            raise ProblemError("not-found")
        if not idempotency_key:
            raise ProblemError("idempotency-key-missing")
        try:
            data = json.loads(body)
            envelope_body = json.dumps(data["envelope"]).encode()
            documents = [str(d) for d in data.get("documents", [])]
        except (ValueError, KeyError, TypeError) as error:
            raise ProblemError(
                "validation-failed", "expected {envelope, documents, text}"
            ) from error
        self._verify_response(account, envelope_body, row["declarant"])
        if request["status"] != "OPEN":
            return 200, {"requestId": request_id, "status": request["status"]}
        with self.store.transaction() as db:
            db.execute(
                "UPDATE requests SET status = 'ANSWERED', response = ? WHERE id = ?",
                (json.dumps(data, ensure_ascii=False), request_id),
            )
            self._set(
                db, declaration_id, status="UNDER_CONTROL", step="release", due_at=self._after(30)
            )
            self._event(
                db,
                declaration_id,
                "request.answered",
                {"requestId": request_id, "documents": documents},
            )
        return 200, {"requestId": request_id, "status": "ANSWERED"}

    def _verify_response(self, account: Account, body: bytes, declarant: str) -> None:
        envelope, payload = _open_envelope(body)
        signer_ids = self._signers(envelope, payload)
        if not self.config.may_act_for(signer_ids, declarant, self.now().date()):
            raise ProblemError("signer-not-authorised")

    def _signers(self, envelope: SignedEnvelope, payload: bytes) -> set[str]:
        """Digest, then each CMS signature over the bytes, chained to the sandbox's CA; the
        IIN and BIN of every signer."""
        if hashlib.sha256(payload).hexdigest() != envelope.payload.sha256.lower():
            raise ProblemError("signature-invalid", "payload.sha256 does not match the bytes")
        signer_ids: set[str] = set()
        for signature in envelope.signatures:
            try:
                verified = verify_detached(payload, signature.raw(), self.roots, self.now())
            except (SignatureError, ValueError) as error:
                raise ProblemError("signature-invalid", str(error)) from error
            signer_ids |= {verified.signer.bin, verified.signer.iin} - {""}
        return signer_ids

    def withdraw(
        self, account: Account, declaration_id: str, if_match: str | None, body: bytes
    ) -> dict[str, Any]:
        row = self.declaration_row(account, declaration_id)
        if if_match is None:
            raise ProblemError("precondition-required")
        if if_match.strip('"') != str(row["version"]):
            raise ProblemError("version-mismatch", f"current version is {row['version']}")
        self._verify_response(account, body, row["declarant"])
        if row["status"] not in WITHDRAWABLE:
            raise ProblemError(
                "invalid-state", f"a {row['status']} declaration cannot be withdrawn"
            )
        with self.store.transaction() as db:
            self._set(
                db,
                declaration_id,
                status="WITHDRAWN",
                step=None,
                due_at=None,
                decision=json.dumps({"code": NATIVE_CODES["withdrawn"]}),
            )
            self._event(db, declaration_id, "declaration.withdrawn", {}, NATIVE_CODES["withdrawn"])
        return self.state(account, declaration_id)

    # -- reading ------------------------------------------------------------------------------

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

    # -- documents ----------------------------------------------------------------------------

    def upload(
        self, account: Account, filename: str, media_type: str, content: bytes
    ) -> dict[str, Any]:
        if len(content) > self.config.max_document_bytes:
            raise ProblemError(
                "validation-failed",
                f"a document may have at most {self.config.max_document_bytes} bytes",
                errors=[{"pointer": "/file", "code": "too-large", "message": str(len(content))}],
            )
        document_id = str(uuid.uuid4())
        digest = hashlib.sha256(content).hexdigest()
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO documents (id, account, sha256, filename, media_type, size, content)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    document_id,
                    account.client_id,
                    digest,
                    filename,
                    media_type,
                    len(content),
                    content,
                ),
            )
        return {"id": document_id, "sha256": digest, "size": len(content), "filename": filename}

    def document(self, account: Account, document_id: str) -> sqlite3.Row:
        row = self.store.one(
            "SELECT * FROM documents WHERE id = ? AND account = ?", (document_id, account.client_id)
        )
        if row is None:
            raise ProblemError("not-found")
        return row

    def meta(self) -> dict[str, Any]:
        from kedendesk.domain.tariff import payment_rates, practice_tariff

        return {
            "gateway": self.config.gateway,
            "apiVersion": "1",
            "signatureFormats": ["CMS_DETACHED"],
            "signatureAlgorithms": ["RSA-SHA256", "ECDSA-SHA256"],
            "referenceData": {
                "tariff": practice_tariff().version,
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
            "simulatedTime": _iso(self.now()),
        }

    def close(self) -> None:
        self._save_clock(self.clock)
        self.store.close()


def _open_envelope(body: bytes) -> tuple[SignedEnvelope, bytes]:
    try:
        envelope = SignedEnvelope.model_validate_json(body)
        return envelope, envelope.payload.raw()
    except (ValidationError, ValueError) as error:
        raise ProblemError(
            "validation-failed", "not a signed envelope", errors=_errors(error)
        ) from error


def _pointer(item: int | None, field: str) -> str:
    path = "/" + field.replace(".", "/")
    return f"/items/{item - 1}{path}" if item else path


def _errors(error: Exception) -> list[dict[str, Any]]:
    if isinstance(error, ValidationError):
        return [
            {
                "pointer": "/" + "/".join(str(p) for p in e["loc"]),
                "code": e["type"],
                "message": e["msg"],
            }
            for e in error.errors()[:50]
        ]
    return [{"pointer": "", "code": "invalid", "message": str(error)}]


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
