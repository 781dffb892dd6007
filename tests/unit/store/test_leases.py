"""Edit leases between desks: one holder at a time, renewals keep it, a lapsed lease is taken
over, a release frees it; the holder's name is what the other desks see."""

from __future__ import annotations

import datetime as dt

from kedendesk.domain.declaration import Declaration
from kedendesk.services.drafts import DraftService
from kedendesk.services.leases import LASTS, EditLeases
from kedendesk.services.workspace import Workspace

T0 = dt.datetime(2026, 12, 1, 10, 2, tzinfo=dt.UTC)


def test_one_desk_edits_the_other_reads_until_it_closes_or_lapses(
    workspace: Workspace, drafts: DraftService
) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.create(client.id, Declaration(lrn="KD-LEASE-1"))
    aigul = EditLeases(workspace, name="Айгүль (aigul@desk-2)")
    bolat = EditLeases(workspace, name="Болат (bolat@desk-3)")
    first = aigul.take(declaration_id, T0)
    assert aigul.ours(first) and first.since == T0
    seen = bolat.take(declaration_id, T0 + dt.timedelta(seconds=40))
    assert not bolat.ours(seen) and seen.holder_name == "Айгүль (aigul@desk-2)"
    renewed = aigul.take(declaration_id, T0 + dt.timedelta(seconds=90))
    assert aigul.ours(renewed) and renewed.since == T0  # since stays: editing since 10:02
    still = bolat.take(declaration_id, T0 + dt.timedelta(seconds=90) + LASTS / 2)
    assert not bolat.ours(still)
    lapsed = bolat.take(declaration_id, T0 + dt.timedelta(seconds=91) + LASTS)
    assert bolat.ours(lapsed)  # Айгүль's desk stopped renewing: Болат may edit
    assert not aigul.ours(aigul.take(declaration_id, T0 + dt.timedelta(seconds=92) + LASTS))
    bolat.release(declaration_id)
    assert aigul.ours(aigul.take(declaration_id, T0 + dt.timedelta(seconds=93) + LASTS))


def test_a_release_by_another_desk_does_not_free_ours(
    workspace: Workspace, drafts: DraftService
) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.create(client.id, Declaration(lrn="KD-LEASE-2"))
    aigul, bolat = EditLeases(workspace, "Айгүль"), EditLeases(workspace, "Болат")
    aigul.take(declaration_id, T0)
    bolat.release(declaration_id)
    assert not bolat.ours(bolat.take(declaration_id, T0 + dt.timedelta(seconds=1)))


def test_each_revision_and_message_sent_names_the_desk_that_made_it(
    isolated_folders, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Who did it: the desk's person (setting desk.name), user and computer."""
    from kedendesk.services.workspace import DESK_NAME_SETTING, desk_name
    from kedendesk.store.outbox import OutboxRepository

    first = Workspace.open(isolated_folders)
    first.settings.set(DESK_NAME_SETTING, "Айгүль")
    first.close()
    workspace = Workspace.open(isolated_folders)
    try:
        drafts = DraftService(workspace)
        assert desk_name(workspace).startswith("Айгүль (")
        client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
        declaration_id = drafts.create(client.id, Declaration(lrn="KD-WHO"))
        (revision,) = workspace.declarations.revisions(declaration_id)
        assert revision.author == desk_name(workspace)
        item = OutboxRepository(workspace.database).enqueue(
            declaration_id, "DECLARE", "key-who", b"{}", profile="Practice"
        )
        assert item.author == desk_name(workspace)
    finally:
        workspace.close()
