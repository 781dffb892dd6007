"""The core loop through the services against the practice gateway over loopback: draft,
check, sign, submit, follow the events, answer a request, and see the decision."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kedendesk.domain.samples import filed_by_broker
from kedendesk.gateway.client import GatewayClient
from kedendesk.sandbox.config import DEMO_PASSWORD
from kedendesk.services.demo import practice_declaration
from kedendesk.services.workspace import Workspace
from tests.integration.conftest import Loop

DAY = dt.timedelta(days=1)


def test_yellow_with_a_documents_request_then_release(loop: Loop, tmp_path: Path) -> None:
    declaration_id = loop.draft_and_sign("YD-2026-000001")
    loop.submission.submit(declaration_id)
    assert loop.status(declaration_id) == ("QUEUED", None)
    loop.run()
    assert loop.status(declaration_id)[0] == "SUBMITTED"
    loop.run(dt.timedelta(minutes=5))
    assert loop.status(declaration_id) == ("UNDER_CONTROL", "YELLOW")
    registration = loop.drafts.row(declaration_id)
    assert (loop.drafts.row(declaration_id).registration_number or "").startswith("55205/")
    assert registration.status == "UNDER_CONTROL"
    loop.run(dt.timedelta(hours=1))
    assert loop.status(declaration_id)[0] == "AWAITING_DECLARANT"
    (request,) = loop.submission.requests(declaration_id)
    assert (request.kind, request.status) == ("DOCUMENTS", "OPEN")

    contract = tmp_path / "contract.pdf"
    contract.write_bytes(b"%PDF-1.4 the contract")
    loop.submission.respond(
        declaration_id, request.id, [contract], "Договор прилагаем", loop.key.id, DEMO_PASSWORD
    )
    loop.run()
    loop.run(dt.timedelta(hours=1))
    assert loop.status(declaration_id) == ("RELEASED", "YELLOW")
    types = [event.type for event in loop.submission.timeline(declaration_id)]
    assert types == [
        "submission.acknowledged",
        "declaration.registered",
        "corridor.assigned",
        "request.opened",
        "request.answered",
        "declaration.released",
    ]
    assert loop.submission.requests(declaration_id)[0].status == "ANSWERED"
    stored = loop.submission.attachment(loop.submission.keep_attachment(contract))
    assert stored.read_bytes() == b"%PDF-1.4 the contract"


@pytest.mark.parametrize(
    ("lrn", "status", "corridor", "last"),
    [
        ("R-2026-000001", "RELEASED", "RED", "declaration.released"),
        ("X-2026-000001", "RELEASE_REFUSED", "YELLOW", "declaration.release_refused"),
        ("G-2026-000001", "RELEASED", "GREEN", "declaration.released"),
    ],
)
def test_red_refused_and_green_paths(
    loop: Loop, lrn: str, status: str, corridor: str, last: str
) -> None:
    declaration_id = loop.draft_and_sign(lrn)
    loop.submission.submit(declaration_id)
    loop.run(DAY)
    assert loop.status(declaration_id) == (status, corridor)
    assert loop.submission.timeline(declaration_id)[-1].type == last


def test_a_withdrawal_goes_through_the_outbox(loop: Loop) -> None:
    declaration_id = loop.draft_and_sign("W-2026-000001")
    loop.submission.submit(declaration_id)
    loop.run(dt.timedelta(minutes=5))
    loop.submission.withdraw(declaration_id, loop.key.id, DEMO_PASSWORD)
    loop.run()
    loop.run()
    assert loop.status(declaration_id)[0] == "WITHDRAWN"


def test_offline_keeps_the_queue_and_a_refusal_says_why(loop: Loop) -> None:
    declaration_id = loop.draft_and_sign("G-2026-000002")
    loop.submission.submit(declaration_id)
    offline = GatewayClient(
        "http://127.0.0.1:9", "demo-declarant", lambda: "x", max_retries=1, backoff=0.01
    )
    result = loop.submission.drain(offline)
    offline.close()
    assert result.offline and result.sent == 0
    (item,) = loop.submission.items(declaration_id)
    assert item.state == "QUEUED" and "Connection refused" in item.last_error
    assert loop.drafts.row(declaration_id).status == "QUEUED"
    loop.run()
    assert loop.drafts.row(declaration_id).status == "SUBMITTED"
    assert loop.submission.items(declaration_id)[0].state == "ACCEPTED"


def test_a_refused_submission_is_marked_failed_with_the_reasons(loop: Loop) -> None:
    declaration = practice_declaration("G-2026-000003", loop.today())
    declaration.declarant.id_number = "990140004654"  # a company that never authorised us
    declaration.declarant.name = "ТОО «Чужая»"
    filed_by_broker(declaration)  # papers that claim we represent it: the gateway knows better
    declaration.representative.bin = "940140000385"  # our key's company
    loop.checking.apply_calculation(declaration)
    declaration_id = loop.drafts.create(loop.client_id, declaration)
    loop.signing.sign(declaration_id, loop.key.id, DEMO_PASSWORD)
    loop.submission.submit(declaration_id)
    result = loop.submission.drain(loop.client)
    assert (result.sent, result.failed) == (0, 1)
    (item,) = loop.submission.items(declaration_id)
    assert item.state == "FAILED"
    assert '"signer-not-authorised"' in item.problem
    assert loop.drafts.row(declaration_id).status == "SIGNED"  # not lost: fix and resend
    loop.submission.retry(item.id)
    assert loop.submission.items(declaration_id)[0].state == "QUEUED"
    assert loop.submission.cancel(item.id)
    assert loop.submission.items(declaration_id)[0].state == "CANCELLED"
    assert loop.drafts.row(declaration_id).status == "SIGNED"
    again = loop.submission.submit(declaration_id)  # the same envelope, the same key
    assert (again.id, again.state) == (item.id, "QUEUED")


def test_an_event_delivered_again_changes_nothing(loop: Loop, workspace: Workspace) -> None:
    declaration_id = loop.draft_and_sign("G-2026-000004")
    loop.submission.submit(declaration_id)
    loop.run(DAY)
    before = loop.submission.timeline(declaration_id)
    with workspace.database.transaction() as db:  # as if the cursor had not been saved
        db.execute("UPDATE feed_cursors SET cursor = 0")
    assert loop.submission.follow(loop.client) == []
    assert loop.submission.timeline(declaration_id) == before
    assert loop.status(declaration_id) == ("RELEASED", "GREEN")
