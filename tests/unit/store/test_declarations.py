import sqlite3

import psycopg
import pytest

from kedendesk.domain.declaration import Declaration, GoodsItem, Party
from kedendesk.services.workspace import Workspace
from kedendesk.store.declarations import NotFoundError, Snapshot


def _declaration(lrn: str, declarant: str = "", items: int = 1) -> Declaration:
    return Declaration(
        lrn=lrn,
        direction="ИМ",
        procedure="40",
        declarant=Party(name=declarant),
        invoice_currency="USD",
        invoice_total="150.00",
        total_customs_value="76851.00",
        items=[GoodsItem(description=f"item {i}") for i in range(items)],
    )


def test_each_save_appends_a_revision_and_updates_the_summary(workspace: Workspace) -> None:
    client = workspace.clients.add("ТОО «Алатау»", "940140000385")
    repo = workspace.declarations
    declaration_id = repo.create(client.id, Snapshot.of(_declaration("A-1", items=1)))
    second = repo.save(declaration_id, Snapshot.of(_declaration("A-1", items=3)))
    assert second.number == 2
    assert [r.number for r in repo.revisions(declaration_id)] == [1, 2]
    assert len(repo.load(declaration_id).items) == 3
    assert len(repo.load(declaration_id, revision=1).items) == 1
    row = repo.get(declaration_id)
    assert (row.lrn, row.item_count, row.procedure, row.client_name) == (
        "A-1",
        3,
        "ИМ 40 ЭД",
        "ТОО «Алатау»",
    )
    assert (row.invoice_total, row.invoice_currency, row.customs_value) == (
        "150.00",
        "USD",
        "76851.00",
    )


def test_revisions_cannot_be_rewritten(workspace: Workspace) -> None:
    client = workspace.clients.add("C")
    declaration_id = workspace.declarations.create(client.id, Snapshot.of(_declaration("A")))
    with pytest.raises((sqlite3.IntegrityError, psycopg.Error), match="append-only"):
        workspace.database.connection().execute(
            "UPDATE revisions SET body = '{}' WHERE declaration_id = ?", (declaration_id,)
        )


def test_filter_finds_cyrillic_and_kazakh_in_any_case(workspace: Workspace) -> None:
    client = workspace.clients.add("ТОО «Өскемен Импорт»")
    other = workspace.clients.add("Acme LLP")
    repo = workspace.declarations
    a = repo.create(client.id, Snapshot.of(_declaration("KD-2026-000001", "Ерлан Құдайбергенов")))
    b = repo.create(other.id, Snapshot.of(_declaration("KD-2026-000002", "John Smith")))
    assert repo.find_ids("өскемен") == [a]
    assert repo.find_ids("ӨСКЕМЕН") == [a]
    assert repo.find_ids("құдайберг") == [a]
    assert repo.find_ids("ҚҰДАЙБЕРГ") == [a]
    assert repo.find_ids("acme") == [b]
    assert repo.find_ids("kd-2026 000002") == [b]  # every word must occur
    assert set(repo.find_ids("")) == {a, b}
    assert repo.find_ids("nothing like this") == []


def test_renamed_client_is_found_by_its_new_name(workspace: Workspace) -> None:
    client = workspace.clients.add("Old name")
    declaration_id = workspace.declarations.create(client.id, Snapshot.of(_declaration("A")))
    workspace.clients.update(type(client)(client.id, "Жаңа Атау", "", ""))
    assert workspace.declarations.find_ids("жаңа") == [declaration_id]


def test_sorting(workspace: Workspace) -> None:
    client = workspace.clients.add("C")
    repo = workspace.declarations
    ids = [repo.create(client.id, Snapshot.of(_declaration(lrn))) for lrn in ("B", "C", "A")]
    assert repo.find_ids(sort="lrn", descending=False) == [ids[2], ids[0], ids[1]]
    assert repo.find_ids(sort="updated", descending=True) == ids[::-1]
    assert [r.lrn for r in repo.rows([ids[1], ids[0]])] == ["C", "B"]


def test_trash_restore_and_purge(workspace: Workspace) -> None:
    client = workspace.clients.add("C")
    repo = workspace.declarations
    keep = repo.create(client.id, Snapshot.of(_declaration("KEEP")))
    gone = repo.create(client.id, Snapshot.of(_declaration("GONE")))
    repo.delete(gone)
    assert repo.find_ids() == [keep]
    assert repo.find_ids(deleted=True) == [gone]
    repo.restore(gone)
    assert set(repo.find_ids()) == {keep, gone}
    repo.purge(keep)  # not in the trash: purge does nothing
    assert keep in repo.find_ids()
    repo.delete(gone)
    repo.purge(gone)
    assert repo.find_ids(deleted=True) == []
    with pytest.raises(NotFoundError):
        repo.load(gone)


def test_lrns_count_per_prefix_and_year(workspace: Workspace) -> None:
    repo = workspace.declarations
    assert repo.next_lrn("KD", 2026) == "KD-2026-000001"
    assert repo.next_lrn("KD", 2026) == "KD-2026-000002"
    assert repo.next_lrn("ACME", 2026) == "ACME-2026-000001"
    assert repo.next_lrn("KD", 2027) == "KD-2027-000001"
    assert len(repo.next_lrn("AVERYLONGPREFIXINDEED", 2026)) <= 22


def test_settings_round_trip(workspace: Workspace) -> None:
    workspace.settings.set("ui.language", "kk")
    workspace.settings.set("ui.columns", [1, 2, 3])
    assert workspace.settings.get("ui.language") == "kk"
    assert workspace.settings.get("ui.columns") == [1, 2, 3]
    assert workspace.settings.get("missing", "default") == "default"
