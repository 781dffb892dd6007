"""The outbox as several desks share it: a desk claims the oldest queued message, a message
being sent cannot be cancelled under it, and a desk that restarts takes back only its own."""

from __future__ import annotations

from kedendesk.domain.declaration import Declaration
from kedendesk.services.workspace import Workspace
from kedendesk.store.declarations import Snapshot
from kedendesk.store.outbox import CANCELLED, QUEUED, SENDING, OutboxRepository


def test_a_claimed_message_is_neither_cancelled_nor_taken_back_by_another_desk(
    workspace: Workspace,
) -> None:
    client = workspace.clients.add("ТОО «Алатау Трейд»")
    outbox = OutboxRepository(workspace.database)
    first, second = (
        outbox.enqueue(
            workspace.declarations.create(client.id, Snapshot.of(Declaration(lrn=lrn))),
            "DECLARE",
            f"key-{lrn}",
            b"{}",
            profile="practice",
        )
        for lrn in ("C-1", "C-2")
    )
    claimed = outbox.claim_next("practice")
    assert claimed is not None and claimed.id == first.id and claimed.state == SENDING
    assert not outbox.cancel(first.id)  # being sent: it stays SENDING
    assert outbox.cancel(second.id)
    assert [(i.id, i.state) for i in outbox.items()] == [
        (first.id, SENDING),
        (second.id, CANCELLED),
    ]
    assert outbox.claim_next("practice") is None

    workspace.database.desk_id = "another desk"  # it restarts: the claim is not its own
    assert outbox.requeue_stale("practice") == 0
    workspace.database.desk_id = claimed_by = _claimer(workspace, first.id)
    assert claimed_by and outbox.requeue_stale("practice") == 1
    assert outbox.items((QUEUED,))[0].id == first.id


def _claimer(workspace: Workspace, item_id: int) -> str:
    row = (
        workspace.database.connection()
        .execute("SELECT claimed_by FROM outbox WHERE id = ?", (item_id,))
        .fetchone()
    )
    return str(row[0])
