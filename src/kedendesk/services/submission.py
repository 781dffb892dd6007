"""Submit, follow and respond: the outbox drained to the gateway, the feed applied to the
workspace, customs requests answered and withdrawals asked, each signed and queued.

Offline is normal: a call that cannot reach the gateway leaves the item queued; a refusal
with a problem document marks it failed with the gateway's reasons for the user to see.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kedendesk.domain.checks import Finding, Severity
from kedendesk.domain.lifecycle import Status
from kedendesk.gateway.client import (
    GatewayClient,
    GatewayError,
    ProblemError,
)
from kedendesk.gateway.contract import (
    RESPONSE_MEDIA_TYPE,
    WITHDRAWAL_MEDIA_TYPE,
    ResponsePayload,
    WithdrawalPayload,
)
from kedendesk.services.events import (
    CustomsEvent,
    DeclarationsChanged,
    EventBus,
    GatewayStatusChanged,
)
from kedendesk.services.signing import SigningRefusedError, SigningService
from kedendesk.services.workspace import Workspace
from kedendesk.signing.canonical import canonical_json
from kedendesk.store.attachments import AttachmentRepository
from kedendesk.store.follower import FollowerLock
from kedendesk.store.outbox import (
    ACCEPTED,
    FAILED,
    QUEUED,
    CustomsRequestRow,
    InboxRow,
    OutboxItem,
    OutboxRepository,
    StoredEvent,
)

__all__ = [
    "CustomsRequestRow",
    "DrainResult",
    "InboxRow",
    "OutboxItem",
    "StoredEvent",
    "SubmissionService",
]

log = logging.getLogger(__name__)

ATTACHMENTS = "attachments"
ClientFactory = Callable[[], GatewayClient]


GATEWAY_RULE = "GW"


def _finding_of(error: dict[str, Any]) -> Finding:
    """A gateway error (`pointer` into the declaration, `code`, `box`, `message`) as a
    finding: /items/2/price is item 3, field price."""
    parts = [p for p in str(error.get("pointer", "")).split("/") if p]
    item = None
    if len(parts) >= 2 and parts[0] == "items" and parts[1].isdigit():
        item, parts = int(parts[1]) + 1, parts[2:]
    message = str(error.get("message", ""))
    try:
        decoded = json.loads(message)
    except ValueError:
        decoded = None
    params = (
        {str(k): str(v) for k, v in decoded.items()}
        if isinstance(decoded, dict)
        else {"detail": message}
    )
    return Finding(
        GATEWAY_RULE,
        Severity.ERROR,
        str(error.get("box", "")),
        item,
        ".".join(parts),
        str(error.get("code", "refused")),
        tuple(sorted(params.items())),
    )


@dataclass(frozen=True)
class DrainResult:
    sent: int
    failed: int
    offline: bool


class SubmissionService:
    def __init__(self, workspace: Workspace, signing: SigningService, profile: str) -> None:
        self._ws = workspace
        self._signing = signing
        self._outbox = OutboxRepository(workspace.database)
        self._attachments = AttachmentRepository(workspace.database)
        self.profile = profile
        self._events: EventBus = workspace.events

    # -- queueing ---------------------------------------------------------------------------

    def submit(self, declaration_id: int) -> OutboxItem:
        """Queue a signed declaration; it goes out when the gateway is reachable."""
        self._signing.require_signer()
        record = self._signing.signature(declaration_id)
        row = self._ws.declarations.get(declaration_id)
        if record is None or row.status not in (Status.SIGNED, Status.QUEUED):
            raise SigningRefusedError("not-signed")
        body = self._signing.envelope(declaration_id).model_dump_json(by_alias=True).encode()
        item = self._outbox.enqueue(
            declaration_id, "DECLARE", record.idempotency_key, body, profile=self.profile
        )
        log.info(
            "declaration %s queued for %s (outbox item %s)", declaration_id, self.profile, item.id
        )
        self._events.publish(DeclarationsChanged((declaration_id,)))
        return item

    def respond(
        self,
        declaration_id: int,
        request_id: str,
        files: list[Path],
        text: str,
        key_id: int,
        password: str | None = None,
    ) -> OutboxItem:
        """Sign an answer to a customs request, with its files kept by content hash."""
        hashes = [self.keep_attachment(path) for path in files]
        remote = self._remote_id(declaration_id)
        payload = canonical_json(
            ResponsePayload(
                declaration_id=remote, request_id=request_id, documents=hashes, text=text
            ).model_dump(by_alias=True)
        )
        envelope = self._signing.sign_bytes(
            declaration_id, "RESPOND", payload, key_id, password, RESPONSE_MEDIA_TYPE
        )
        body = json.dumps(
            {
                "envelope": json.loads(envelope),
                "documents": hashes,
                "text": text,
                "files": [p.name for p in files],
            },
            ensure_ascii=False,
        ).encode()
        item = self._outbox.enqueue(
            declaration_id,
            "RESPOND",
            str(uuid.uuid4()),
            body,
            f"{remote}/{request_id}",
            profile=self.profile,
        )
        self._events.publish(DeclarationsChanged((declaration_id,)))
        return item

    def withdraw(self, declaration_id: int, key_id: int, password: str | None = None) -> OutboxItem:
        remote = self._remote_id(declaration_id)
        version = self._ws.declarations.remote_version(declaration_id) or 1
        payload = canonical_json(
            WithdrawalPayload(declaration_id=remote, version=version).model_dump(by_alias=True)
        )
        envelope = self._signing.sign_bytes(
            declaration_id, "WITHDRAW", payload, key_id, password, WITHDRAWAL_MEDIA_TYPE
        )
        item = self._outbox.enqueue(
            declaration_id, "WITHDRAW", str(uuid.uuid4()), envelope, remote, profile=self.profile
        )
        self._events.publish(DeclarationsChanged((declaration_id,)))
        return item

    def _remote_id(self, declaration_id: int) -> str:
        row = (
            self._ws.database.connection()
            .execute("SELECT remote_id FROM declarations WHERE id = ?", (declaration_id,))
            .fetchone()
        )
        if row is None or not row[0]:
            raise SigningRefusedError("not-submitted")
        return str(row[0])

    def keep_attachment(self, path: Path) -> str:
        """A copy of the file in the workspace, named by its SHA-256; returns the hash. On a
        team server the file is kept in the database too, for whichever desk sends it."""
        content = path.read_bytes()
        digest = hashlib.sha256(content).hexdigest()
        folder = self._ws.directory / ATTACHMENTS
        folder.mkdir(exist_ok=True)
        target = folder / digest
        if not target.exists():
            shutil.copyfile(path, target)
        if self._ws.shared:
            self._attachments.keep(digest, content)
        return digest

    def attachment(self, digest: str) -> Path:
        """The kept file; on a team server one another desk kept is fetched from the server
        into this desk's folder first."""
        path = self._ws.directory / ATTACHMENTS / digest
        if not path.exists() and self._ws.shared:
            content = self._attachments.content(digest)
            if content is not None:
                path.parent.mkdir(exist_ok=True)
                partial = path.with_name(digest + ".partial")
                partial.write_bytes(content)
                partial.replace(path)
        return path

    def items(self, declaration_id: int | None = None) -> list[OutboxItem]:
        if declaration_id is not None:
            return self._outbox.of_declaration(declaration_id)
        return self._outbox.items()

    def retry(self, item_id: int) -> None:
        self._outbox.retry(item_id)
        self._events.publish(DeclarationsChanged())

    def cancel(self, item_id: int) -> bool:
        cancelled = self._outbox.cancel(item_id)
        self._events.publish(DeclarationsChanged())
        return cancelled

    def timeline(self, declaration_id: int) -> list[StoredEvent]:
        return self._outbox.timeline(declaration_id)

    def refusal_findings(self, declaration_id: int) -> list[Finding]:
        """Why customs refused registration, as findings on their boxes (rule "GW"), while the
        declaration stands refused; empty otherwise."""
        if self._ws.declarations.get(declaration_id).status != Status.REJECTED:
            return []
        refusals = [e for e in self.timeline(declaration_id) if e.type == "declaration.rejected"]
        if not refusals:
            return []
        errors = refusals[-1].data.get("errors") or []
        return [_finding_of(error) for error in errors if isinstance(error, dict)]

    def requests(self, declaration_id: int) -> list[CustomsRequestRow]:
        return self._outbox.requests(declaration_id)

    def inbox(self, open_only: bool = True) -> list[InboxRow]:
        """What customs asked, across every client: the open requests, soonest due first."""
        return self._outbox.inbox(open_only)

    # -- talking to the gateway ------------------------------------------------------------------

    @property
    def may_send(self) -> bool:
        """This desk's person may send (and so drains the outbox): not a preparer."""
        return self._ws.person.can_sign

    def follower(self, profile: str | None = None) -> FollowerLock:
        """Who follows `profile`'s feed among the team's desks (see `store.follower`)."""
        return FollowerLock(
            self._ws.database, profile or self.profile, eligible=self._ws.person.sees_all
        )

    def recover(self, profile: str | None = None) -> int:
        """At start: items left SENDING by a crash go back to the queue."""
        return self._outbox.requeue_stale(profile or self.profile)

    def drain(self, client: GatewayClient, profile: str | None = None) -> DrainResult:
        """Send every item queued for `profile` (the client's gateway), in order; stop at the
        first sign of being offline. Lists are told once, after the drain."""
        sent = failed = 0
        touched: set[int] = set()
        profile = profile or self.profile
        try:
            while (item := self._outbox.claim_next(profile)) is not None:
                touched.add(item.declaration_id)
                try:
                    self._send(client, item)
                    sent += 1
                except ProblemError as error:
                    log.warning("outbox item %s (%s) refused: %s", item.id, item.kind, error)
                    failed += 1
                    self._outbox.settle(
                        item,
                        FAILED,
                        error=str(error),
                        problem=json.dumps(error.problem),
                        status=Status.SIGNED if item.kind == "DECLARE" else None,
                    )
                except GatewayError as error:  # offline, or credentials refused: try later
                    self._outbox.settle(item, QUEUED, error=str(error))
                    self._events.publish(GatewayStatusChanged(False, str(error)))
                    return DrainResult(sent, failed, True)
            return DrainResult(sent, failed, False)
        finally:
            if touched:
                self._events.publish(DeclarationsChanged(tuple(sorted(touched))))

    def _send(self, client: GatewayClient, item: OutboxItem) -> None:
        if item.kind == "DECLARE":
            answer = client.submit(item.body, item.idempotency_key)
            self._outbox.settle(
                item, ACCEPTED, remote_id=answer.declaration_id, status=Status.SUBMITTED
            )
        elif item.kind == "RESPOND":
            remote, request_id = item.target.split("/", 1)
            body = json.loads(item.body)
            uploaded = []
            for digest, name in zip(body["documents"], body.get("files", []), strict=False):
                content = self.attachment(digest).read_bytes()
                uploaded.append(client.upload(name, content, "application/octet-stream").id)
            answer_body = json.dumps(
                {"envelope": body["envelope"], "documents": uploaded, "text": body["text"]},
                ensure_ascii=False,
            ).encode()
            client.respond(remote, request_id, answer_body, item.idempotency_key)
            self._outbox.settle(item, ACCEPTED)
        elif item.kind == "WITHDRAW":
            state = client.declaration(item.target)
            if state.status != Status.WITHDRAWN:
                try:
                    client.withdraw(item.target, state.version, item.body)
                except ProblemError as error:
                    # The first answer was lost and this is the repeat: customs has it.
                    if error.type != "invalid-state" or not self._withdrawn(client, item):
                        raise
            self._outbox.settle(item, ACCEPTED)

    @staticmethod
    def _withdrawn(client: GatewayClient, item: OutboxItem) -> bool:
        return client.declaration(item.target).status == Status.WITHDRAWN

    def follow(
        self, client: GatewayClient, wait: float = 0, profile: str | None = None
    ) -> list[int]:
        """Apply what the feed of `profile` has after its saved cursor; returns changed
        declarations."""
        profile = profile or self.profile
        cursor = self._outbox.cursor(profile)
        try:
            page = client.events(cursor, wait=wait)
        except ProblemError as error:
            if error.type != "cursor-expired":
                raise
            states = [s.model_dump(by_alias=True) for s in client.declarations()]
            changed = self._outbox.resync(profile, states, int(error.problem.get("next", 0)))
            self._events.publish(DeclarationsChanged(tuple(changed)))
            return changed
        events = [e.model_dump(by_alias=True) for e in page.events]
        applied = self._outbox.apply_events(profile, events, page.next)
        for local, event in applied:
            self._events.publish(
                CustomsEvent(local, event["type"], event.get("lrn", ""), event.get("data") or {})
            )
        changed = sorted({local for local, _ in applied})
        if changed:
            self._events.publish(DeclarationsChanged(tuple(changed)))
        return changed
