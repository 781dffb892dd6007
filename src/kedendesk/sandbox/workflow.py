"""Customs control on the simulated clock: registration with the checks and the risk engine,
then the corridor's steps, each run at its own due moment, each leaving events in the feed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
import uuid
from typing import Any

from kedendesk.domain.checks import Severity, check
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import Declaration
from kedendesk.domain.lifecycle import Status
from kedendesk.domain.rates import RateTable
from kedendesk.domain.samples import practice_rates
from kedendesk.domain.tariff import official_tariff, payment_rates, shipped_tariffs
from kedendesk.gateway.contract import SignedEnvelope
from kedendesk.sandbox.base import GATEWAY, NATIVE_CODES, GatewayBase, iso, parse

CORRECTION_SHARE = 0.15  # red-corridor declarations released only after a correction


log = logging.getLogger(__name__)


REQUEST_MINUTES = 4 * 60  # a documents request is answered within four hours of it


class ControlWorkflow(GatewayBase):
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
            "occurredAt": iso(self._when()),
            "recordedAt": iso(dt.datetime.now(dt.UTC)),
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
        columns["updated_at"] = iso(self._when())
        assignments = ", ".join(f"{name} = ?" for name in columns)
        db.execute(
            f"UPDATE declarations SET {assignments} WHERE id = ?",
            (*columns.values(), declaration_id),
        )

    def _refuse_broken(self, declaration_id: str) -> None:
        error = {
            "pointer": "",
            "code": "not-processable",
            "message": "the gateway could not"
            " process this declaration; check its values and file a new version",
        }
        with self.store.transaction() as db:
            self._set(db, declaration_id, status=Status.REJECTED, step=None, due_at=None)
            self._event(db, declaration_id, "declaration.rejected", {"errors": [error]}, "82")

    def tick(self) -> int:
        """Run every step that fell due in simulated time, each at its own due moment (so a
        jump of hours plays the whole control through in order); returns how many ran."""
        ran = 0
        with self._tick_lock:
            now = iso(self.now())
            while True:
                due = self.store.read(
                    "SELECT id, due_at FROM declarations WHERE step IS NOT NULL AND due_at <= ?"
                    " ORDER BY due_at, id LIMIT 500",
                    (now,),
                )
                if not due:
                    return ran
                for row in due:
                    self._moment = parse(row["due_at"])
                    try:
                        with self.store.transaction() as db:
                            self._step(db, row["id"])
                    except Exception:
                        # One declaration a step cannot handle must not stop the clock for
                        # every account: it is refused, logged, and the others go on.
                        log.exception("control step failed for declaration %s", row["id"])
                        self._refuse_broken(row["id"])
                    finally:
                        self._moment = None
                    ran += 1

    def _when(self) -> dt.datetime:
        """The moment a step happens: its due time while the clock catches up, else now."""
        return self._moment or self.now()

    def _after(self, minutes: float) -> str:
        return iso(self._when() + dt.timedelta(minutes=minutes))

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
                    status=Status.RELEASE_REFUSED,
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
                    iso(self.now()),
                ),
            )
            self._set(db, declaration_id, status=Status.AWAITING_DECLARANT, step=None, due_at=None)
            self._event(
                db,
                declaration_id,
                "request.opened",
                {
                    "requestId": request_id,
                    "kind": "DOCUMENTS",
                    "documents": ["03011", "04999"],
                    "dueAt": self._after(REQUEST_MINUTES),
                },
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
            self._set(db, declaration_id, status=Status.REJECTED, step=None, due_at=None)
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
        corridor, fired = self.risk.assess(declaration, int(history), self.rng)
        corridor = {
            "G": "GREEN",
            "Y": "YELLOW",
            "YD": "YELLOW",
            "R": "RED",
            "X": "YELLOW",
            "W": "YELLOW",
            "N": "GREEN",
        }.get(scenario, corridor)
        self._set(db, declaration_id, status=Status.REGISTERED, registration_number=number)
        self._event(db, declaration_id, "declaration.registered", {"registeredAt": iso(now)})
        if scenario == "N":
            self._set(db, declaration_id, step=None, due_at=None)
            return
        release_by = iso(now + dt.timedelta(hours=4))
        self._set(
            db,
            declaration_id,
            status=Status.UNDER_CONTROL,
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
        tariffs = shipped_tariffs()
        named = declaration.tariff_version
        tariff = tariffs.get(named) or official_tariff()
        context = Context(tariff, payment_rates(), RateTable(practice_rates(day)), today)
        errors = [
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
        if errors and named and named not in tariffs:
            # Checked against another tariff than the declarant's: say so, beside the errors.
            mismatch = {"named": named, "checked": tariff.version}
            errors.insert(
                0,
                {
                    "pointer": "/tariffVersion",
                    "code": "tariff-version-unknown",
                    "rule": "GW",
                    "box": "",
                    "message": json.dumps(mismatch, ensure_ascii=False),
                },
            )
        return errors

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
            status=Status.RELEASED,
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
        content = f"{text}\n{row['registration_number']}\n{iso(self._when())}\n".encode()
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


def _pointer(item: int | None, field: str) -> str:
    path = "/" + field.replace(".", "/")
    return f"/items/{item - 1}{path}" if item else path
