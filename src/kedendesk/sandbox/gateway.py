"""The practice customs gateway's behaviour, without HTTP: accounts and tokens, submission
with its checks in the contract's order, answers to requests and withdrawals. The control
workflow is in `workflow.py`, what an account can read in `reads.py`.
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
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from kedendesk.domain.declaration import MAX_ITEMS, MEDIA_TYPE, Declaration
from kedendesk.domain.lifecycle import Status
from kedendesk.domain.lrn import lrn_problem
from kedendesk.domain.rates import RateTable
from kedendesk.domain.representation import missing_for_representative
from kedendesk.domain.samples import practice_rates
from kedendesk.gateway.contract import ResponsePayload, SignedEnvelope, WithdrawalPayload
from kedendesk.sandbox.authority import issue_demo_keys, load_or_create_authority, trusted_roots
from kedendesk.sandbox.base import NATIVE_CODES, iso
from kedendesk.sandbox.clock import SimClock
from kedendesk.sandbox.config import Account, SandboxConfig
from kedendesk.sandbox.problems import ProblemError
from kedendesk.sandbox.reads import GatewayReads
from kedendesk.sandbox.risk import RiskProfiles, default_profiles
from kedendesk.sandbox.store import SandboxStore
from kedendesk.sandbox.workflow import ControlWorkflow
from kedendesk.signing.cms import verify_detached
from kedendesk.signing.errors import SignatureError

# Scenario prefixes of the LRN (longest first), overriding the risk engine.
SCENARIOS = ("YD", "G", "Y", "R", "X", "E", "W", "N")
_Payload = TypeVar("_Payload", WithdrawalPayload, ResponsePayload)
WITHDRAWABLE = frozenset({Status.REGISTERED, Status.UNDER_CONTROL, Status.AWAITING_DECLARANT})


def scenario_of(lrn: str) -> str:
    upper = lrn.upper()
    for prefix in SCENARIOS:
        if upper.startswith(prefix + "-"):
            return prefix
    return ""


def _usd_rate(day: dt.date) -> Decimal | None:
    """The gateway's own USD rate of a day (its practice rate table)."""
    rate = RateTable(practice_rates(day)).rate_on("USD", day)
    return rate.rate if rate is not None else None


class PracticeGateway(ControlWorkflow, GatewayReads):
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
        self.risk = self.profiles.engine(_usd_rate)
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
                (
                    _token_hash(token),  # a copy of the database hands out no live token
                    client_id,
                    " ".join(granted),
                    time.time() + self.config.token_seconds,
                ),
            )
        return {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": self.config.token_seconds,
            "scope": " ".join(granted),
        }

    def authenticate(self, token: str) -> tuple[Account, set[str]] | None:
        row = self.store.one(
            "SELECT client_id, scopes, expires_at FROM tokens WHERE token = ?",
            (_token_hash(token),),
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
        now = iso(self.now())
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
                "status": Status.SUBMITTED,
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
        problem = lrn_problem(envelope.lrn)
        if problem is not None:  # before any work: an LRN of 100 000 characters, NUL, CRLF
            raise ProblemError(
                "validation-failed",
                "the LRN is 1 to 22 letters, digits and - / _ .",
                errors=[{"pointer": "/lrn", "code": f"lrn-{problem}", "message": problem}],
            )
        signer_ids = self._signers(envelope, payload)
        _at_most_999_items(payload)  # before the costly validation of every item
        try:
            declaration = Declaration.model_validate_json(payload)
        except ValidationError as error:
            raise ProblemError(
                "validation-failed", "the payload is not a declaration", errors=_errors(error)
            ) from error
        declarant = declaration.declarant.id_number.strip()
        self._authorise(account, signer_ids, declarant)
        self._representation(declaration, signer_ids)
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
        due = iso(self.now() + dt.timedelta(seconds=20))
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

    # -- the workflow on the clock ----------------------------------------------------------

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
        signed = self._verify_response(account, envelope_body, row["declarant"], "RESPOND")
        answer = _payload(ResponsePayload, signed)
        sent_hashes = self._document_hashes(account, documents)
        text = data.get("text", "")
        mismatch = [
            name
            for name, same in (
                ("declarationId", answer.declaration_id == declaration_id),
                ("requestId", answer.request_id == request_id),
                ("documents", answer.documents == sent_hashes),
                ("text", answer.text == text),
            )
            if not same
        ]
        if mismatch:  # what came is not what was signed
            raise ProblemError(
                "validation-failed",
                "the answer differs from what was signed: " + ", ".join(mismatch),
                errors=[
                    {"pointer": f"/{m}", "code": "not-as-signed", "message": ""} for m in mismatch
                ],
            )
        if request["status"] != "OPEN":
            return 200, {"requestId": request_id, "status": request["status"]}
        with self.store.transaction() as db:
            db.execute(
                "UPDATE requests SET status = 'ANSWERED', response = ? WHERE id = ?",
                (json.dumps(data, ensure_ascii=False), request_id),
            )
            self._set(
                db,
                declaration_id,
                status=Status.UNDER_CONTROL,
                step="release",
                due_at=self._after(30),
            )
            self._event(
                db,
                declaration_id,
                "request.answered",
                {"requestId": request_id, "documents": documents},
            )
        return 200, {"requestId": request_id, "status": "ANSWERED"}

    def _verify_response(self, account: Account, body: bytes, declarant: str, kind: str) -> bytes:
        """A signed withdrawal or answer: its kind, signature and authorisation; returns the
        signed bytes for the caller to compare field by field."""
        envelope, payload = _open_envelope(body)
        if envelope.kind != kind:  # a DECLARE envelope is no withdrawal
            raise ProblemError("validation-failed", f"kind must be {kind}")
        signer_ids = self._signers(envelope, payload)
        self._authorise(account, signer_ids, declarant)
        return payload

    def _document_hashes(self, account: Account, document_ids: list[str]) -> list[str]:
        hashes = []
        for document_id in document_ids:
            row = self.store.one(
                "SELECT sha256 FROM documents WHERE id = ? AND account = ?",
                (document_id, account.client_id),
            )
            if row is None:
                raise ProblemError("validation-failed", f"no such document: {document_id}")
            hashes.append(str(row["sha256"]))
        return hashes

    def _authorise(self, account: Account, signer_ids: set[str], declarant: str) -> None:
        """Both the account that sends and the key that signed must be the declarant or
        hold its power of attorney: a signed envelope in another account's hands files
        nothing. The refusal names nobody and nothing that exists."""
        day = self.now().date()
        if not self.config.may_act_for({account.bin}, declarant, day):
            raise ProblemError(
                "signer-not-authorised", "this account may not file for the declarant"
            )
        if not self.config.may_act_for(signer_ids, declarant, day):
            raise ProblemError("signer-not-authorised", "the signer may not act for the declarant")

    def _representation(self, declaration: Declaration, signer_ids: set[str]) -> None:
        """A representative's signature counts only with the papers on the declaration, by
        the rule the client's sign dialog applies: each missing paper named on its box."""
        missing = missing_for_representative(declaration, signer_ids, self.now().date())
        if missing:
            raise ProblemError(
                "representation-incomplete",
                "a customs representative signs with box 54's representative section, the "
                "contract in box 44 (11002) and a power of attorney valid today",
                errors=[
                    {"pointer": "/" + m.field.replace(".", "/"), "code": m.code, "message": m.box}
                    for m in missing
                ],
            )

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
        signed = self._verify_response(account, body, row["declarant"], "WITHDRAW")
        withdrawal = _payload(WithdrawalPayload, signed)
        if withdrawal.declaration_id != declaration_id or withdrawal.version != row["version"]:
            raise ProblemError(
                "validation-failed",
                "the signed withdrawal is for another declaration or version",
                errors=[{"pointer": "/payload", "code": "target-mismatch", "message": ""}],
            )
        if row["status"] not in WITHDRAWABLE:
            raise ProblemError(
                "invalid-state", f"a {row['status']} declaration cannot be withdrawn"
            )
        with self.store.transaction() as db:
            self._set(
                db,
                declaration_id,
                status=Status.WITHDRAWN,
                step=None,
                due_at=None,
                decision=json.dumps({"code": NATIVE_CODES["withdrawn"]}),
            )
            self._event(db, declaration_id, "declaration.withdrawn", {}, NATIVE_CODES["withdrawn"])
        return self.state(account, declaration_id)

    # -- reading ------------------------------------------------------------------------------

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


def _at_most_999_items(payload: bytes) -> None:
    try:
        data = json.loads(payload)
    except ValueError as error:
        raise ProblemError("validation-failed", "the payload is not JSON") from error
    items = data.get("items") if isinstance(data, dict) else None
    if isinstance(items, list) and len(items) > MAX_ITEMS:
        raise ProblemError(
            "validation-failed",
            f"a declaration has at most {MAX_ITEMS} goods items",
            errors=[{"pointer": "/items", "code": "too-many", "message": str(len(items))}],
        )


def _payload(model: type[_Payload], signed: bytes) -> _Payload:
    try:
        return model.model_validate_json(signed)
    except ValidationError as error:
        raise ProblemError(
            "validation-failed", "the signed payload is not of its kind", errors=_errors(error)
        ) from error


def _token_hash(token: str) -> str:
    """Tokens are kept as their SHA-256 (random 256-bit tokens need no slow hash)."""
    return hashlib.sha256(token.encode()).hexdigest()


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
