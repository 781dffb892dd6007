"""Every event finds its declaration and every answer is settled, however the network lost
what: the feed winning the race against the sender, a lost 202, a lost withdrawal answer, a
profile switch with items still queued."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kedendesk.gateway.client import GatewayClient
from kedendesk.sandbox.server import SandboxServer
from kedendesk.services.workspace import Workspace
from kedendesk.store.outbox import OutboxRepository
from tests.integration.conftest import Loop


def _send_behind_the_outbox(loop: Loop, declaration_id: int) -> str:
    """The gateway receives the submission, but its answer never reaches the workspace (a
    dropped connection, a crash right after sending): the local record has no remote id."""
    (item,) = loop.submission.items(declaration_id)
    return loop.client.submit(item.body, item.idempotency_key).declaration_id


def test_events_before_the_submit_answer_are_attached_and_complete(loop: Loop) -> None:
    declaration_id = loop.draft_and_sign("G-2026-000001")
    loop.submission.submit(declaration_id)
    remote = _send_behind_the_outbox(loop, declaration_id)
    loop.server.gateway.advance(dt.timedelta(hours=1))
    loop.submission.follow(loop.client)  # the feed thread wins the race
    assert loop.status(declaration_id) == ("RELEASED", "GREEN")
    loop.submission.drain(loop.client)  # the repeat, with the same key: the same answer
    row = loop.drafts.row(declaration_id)
    assert row.status == "RELEASED", "a late submit answer moved the declaration back"
    assert row.registration_number
    timeline = [e.type for e in loop.submission.timeline(declaration_id)]
    assert timeline[0] == "submission.acknowledged" and timeline[-1] == "declaration.released"
    assert loop.client.declaration(remote).status == "RELEASED"


def test_events_nobody_could_place_wait_for_the_id(loop: Loop, workspace: Workspace) -> None:
    """Two local declarations with one LRN (two clients): the feed cannot tell which, so its
    events wait, and the submit answer attaches them to the right one, in order."""
    first = loop.draft_and_sign("G-2026-000002")
    other_client = loop.drafts.add_client("ТОО «Другой»", "990140004654").id
    twin = loop.drafts.duplicate(first)
    loop.drafts.move_to_client(twin, other_client)
    with workspace.database.transaction() as db:
        db.execute(
            "UPDATE declarations SET lrn = 'G-2026-000002', status = 'QUEUED' WHERE id = ?", (twin,)
        )
    loop.submission.submit(first)
    _send_behind_the_outbox(loop, first)
    loop.server.gateway.advance(dt.timedelta(hours=1))
    loop.submission.follow(loop.client)
    assert loop.status(first)[0] == "QUEUED"  # not guessed
    loop.submission.drain(loop.client)
    assert loop.status(first) == ("RELEASED", "GREEN")
    assert loop.drafts.row(twin).status == "QUEUED"
    assert [e.type for e in loop.submission.timeline(first)][-1] == "declaration.released"


def test_a_withdrawal_whose_answer_was_lost_is_settled_as_done(loop: Loop) -> None:
    declaration_id = loop.draft_and_sign("W-2026-000001")
    loop.submission.submit(declaration_id)
    loop.run(dt.timedelta(minutes=10))
    assert loop.status(declaration_id)[0] == "UNDER_CONTROL"
    item = loop.submission.withdraw(declaration_id, loop.key.id, "demo")
    state = loop.client.declaration(item.target)
    loop.client.withdraw(item.target, state.version, item.body)  # its answer is lost
    loop.run()  # the repeat meets invalid-state: customs already withdrew it
    (settled,) = [i for i in loop.submission.items(declaration_id) if i.kind == "WITHDRAW"]
    assert (settled.state, settled.last_error) == ("ACCEPTED", "")
    assert loop.status(declaration_id)[0] == "WITHDRAWN"


def test_an_item_is_only_sent_to_the_profile_it_was_queued_for(
    loop: Loop, workspace: Workspace, tmp_path: Path
) -> None:
    declaration_id = loop.draft_and_sign("G-2026-000003")
    loop.submission.submit(declaration_id)  # queued while "practice" is current
    with SandboxServer(tmp_path / "another") as other:
        elsewhere = GatewayClient(other.url, "demo-declarant", lambda: "demo-declarant-secret")
        loop.submission.profile = "Real customs"
        result = loop.submission.drain(elsewhere)
        assert (result.sent, result.failed) == (0, 0)
        assert elsewhere.declarations() == []
        elsewhere.close()
    (item,) = OutboxRepository(workspace.database).items(profile="practice")
    assert item.state == "QUEUED"
    assert loop.submission.drain(loop.client, "practice").sent == 1


def test_a_refused_declaration_shows_why_and_is_filed_again_as_a_new_version(loop: Loop) -> None:
    declaration_id = loop.draft_and_sign("E-2026-000001")
    loop.submission.submit(declaration_id)
    loop.run(dt.timedelta(minutes=5))
    assert loop.status(declaration_id)[0] == "REJECTED"
    (reason,) = loop.submission.refusal_findings(declaration_id)
    assert (reason.rule, reason.field, reason.item, reason.code) == (
        "GW",
        "lrn",
        None,
        "scenario-E",
    )

    proposed = loop.signing.edit_as_new_version(declaration_id)
    assert proposed == "E-2026-000001-2"  # the gateway keeps the refused LRN
    row = loop.drafts.row(declaration_id)
    assert (row.status, row.lrn, row.registration_number) == ("DRAFT", proposed, None)
    assert loop.submission.refusal_findings(declaration_id) == []
    declaration = loop.drafts.load(declaration_id)
    declaration.lrn = "G-2026-000009"  # the declarant corrects what customs refused
    loop.drafts.save(declaration_id, loop.drafts.snapshot(declaration))
    loop.signing.sign(declaration_id, loop.key.id, "demo")
    loop.submission.submit(declaration_id)
    loop.run(dt.timedelta(hours=1))
    assert loop.status(declaration_id) == ("RELEASED", "GREEN")
    types = [e.type for e in loop.submission.timeline(declaration_id)]
    assert "declaration.rejected" in types and types[-1] == "declaration.released"
