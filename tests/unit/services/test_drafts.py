import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from kedendesk.domain.client_card import ClientCard, Contract, Power
from kedendesk.domain.declaration import GoodsItem
from kedendesk.services.drafts import DraftService, ExchangeError
from kedendesk.services.events import DeclarationsChanged, DraftSaved, Event
from kedendesk.services.workspace import Workspace


def test_new_declaration_is_an_import_draft_for_the_client(drafts: DraftService) -> None:
    client = drafts.add_client("ТОО «Нұр Сауда»", "940140000385", "Алматы, Абай 1")
    declaration_id = drafts.new_declaration(client.id)
    declaration = drafts.load(declaration_id)
    assert declaration.lrn.startswith("KD-")
    assert declaration.declaration_type() == "ИМ 40 ЭД"
    assert declaration.declarant.name == "ТОО «Нұр Сауда»"
    assert declaration.declarant.id_number == "940140000385"
    assert drafts.row(declaration_id).client_name == "ТОО «Нұр Сауда»"


def test_lrn_prefix_is_a_workspace_setting(drafts: DraftService, workspace: Workspace) -> None:
    workspace.settings.set("lrn.prefix", "ACME")
    client = drafts.add_client("C")
    assert drafts.load(drafts.new_declaration(client.id)).lrn.startswith("ACME-")


def test_saves_publish_events(drafts: DraftService, workspace: Workspace) -> None:
    seen: list[Event] = []
    workspace.events.subscribe(seen.append)
    client = drafts.add_client("C")
    declaration_id = drafts.new_declaration(client.id)
    declaration = drafts.load(declaration_id)
    declaration.items.append(GoodsItem(description="x"))
    info = drafts.save(declaration_id, drafts.snapshot(declaration))
    assert DraftSaved(declaration_id, info.number) in seen
    assert DeclarationsChanged() in seen


def test_duplicate_copies_content_with_a_new_lrn(drafts: DraftService) -> None:
    client = drafts.add_client("C")
    source_id = drafts.new_declaration(client.id)
    source = drafts.load(source_id)
    source.items.append(GoodsItem(description="Шұжық", commodity_code="1601009100"))
    drafts.save(source_id, drafts.snapshot(source))
    copy_id = drafts.duplicate(source_id)
    copy = drafts.load(copy_id)
    assert copy.lrn != source.lrn
    assert copy.items == source.items
    assert drafts.row(copy_id).client_id == client.id


def test_export_import_round_trip_picks_client_by_bin(drafts: DraftService, tmp_path: Path) -> None:
    client = drafts.add_client("ТОО «Нұр Сауда»", "940140000385")
    declaration_id = drafts.new_declaration(client.id)
    exported = tmp_path / "dt.json"
    drafts.export_json(declaration_id, exported)
    new_id = drafts.import_json(exported)
    assert new_id != declaration_id
    assert drafts.row(new_id).client_id == client.id
    again = tmp_path / "again.json"
    drafts.export_json(new_id, again)
    assert again.read_bytes() == exported.read_bytes()


def test_import_creates_a_client_for_an_unknown_declarant(
    drafts: DraftService, tmp_path: Path
) -> None:
    client = drafts.add_client("A", "940140000385")
    declaration_id = drafts.new_declaration(client.id)
    declaration = drafts.load(declaration_id)
    declaration.declarant.name = "ТОО «Жаңа»"
    declaration.declarant.id_number = "990140004654"
    path = tmp_path / "dt.json"
    from kedendesk.exchange.json_file import dumps

    path.write_text(dumps(declaration), encoding="utf-8")
    new_id = drafts.import_json(path)
    assert drafts.row(new_id).client_name == "ТОО «Жаңа»"
    assert len(drafts.clients()) == 2


def test_a_broken_file_changes_nothing(drafts: DraftService, tmp_path: Path) -> None:
    client = drafts.add_client("C")
    drafts.new_declaration(client.id)
    before = drafts.find_ids()
    path = tmp_path / "broken.json"
    data = {"format": "kedendesk.dt", "formatVersion": 1, "declaration": {"items": {"a": 1}}}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"declaration\.items"):
        drafts.import_json(path)
    assert drafts.find_ids() == before
    assert len(drafts.clients()) == 1


def test_delete_and_restore_many(drafts: DraftService) -> None:
    client = drafts.add_client("C")
    ids = [drafts.new_declaration(client.id) for _ in range(3)]
    drafts.delete(ids[:2])
    assert drafts.find_ids() == [ids[2]]
    assert set(drafts.find_ids(trash=True)) == set(ids[:2])
    drafts.restore([ids[0]])
    assert set(drafts.find_ids()) == {ids[0], ids[2]}


def test_a_client_card_is_kept_archived_clients_leave_the_pickers(drafts: DraftService) -> None:
    card = ClientCard(
        legal_form="ТОО",
        contract=Contract(number="ДОГ-17", date="10.01.2026", valid_to="31.12.2027"),
        powers=[Power(number="ДОВ-1", date="01.01.2026", valid_to="31.12.2027", person="Жұмабаев")],
        suppliers=["Shenzhen Keyou Electronics"],
    )
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385", "Алматы", card)
    kept = drafts.client(client.id)
    assert kept is not None and kept.card == card
    assert kept.card.contract.valid_to == dt.date(2027, 12, 31)
    declaration_id = drafts.new_declaration(client.id)
    drafts.archive_client(client.id)
    assert [c.id for c in drafts.active_clients()] == []
    assert drafts.row(declaration_id).client_id == client.id  # its declaration still there
    drafts.archive_client(client.id, archived=False)
    assert [c.id for c in drafts.active_clients()] == [client.id]
    assert dataclasses.asdict(drafts.client(client.id))["archived"] is False  # type: ignore[arg-type]


def test_an_expiring_paper_is_announced_once_at_each_alert(drafts: DraftService) -> None:
    today = dt.date(2026, 12, 1)
    card = ClientCard(powers=[Power(number="ДОВ-1", valid_to=today + dt.timedelta(days=10))])
    drafts.add_client("ТОО «Алатау Трейд»", "940140000385", card=card)
    first = drafts.papers_to_announce(today)
    assert [(e.number, e.days_left) for _c, e in first] == [("ДОВ-1", 10)]
    assert drafts.papers_to_announce(today + dt.timedelta(days=1)) == []  # still the 30-day alert
    assert [e.days_left for _c, e in drafts.papers_to_announce(today + dt.timedelta(days=3))] == [7]
    assert [e.days_left for _c, e in drafts.papers_to_announce(today + dt.timedelta(days=11))] == [
        -1
    ]


def test_a_template_and_a_copy_for_another_client_leave_the_first_filing_behind(
    drafts: DraftService,
) -> None:
    from kedendesk.domain.client_card import OurCompany
    from kedendesk.domain.samples import filed_by_broker
    from kedendesk.services.demo import practice_declaration

    alatau = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    other = drafts.add_client(
        "ТОО «Сарыарқа»",
        "990140004654",
        "Астана",
        ClientCard(contract=Contract(number="ДОГ-2026/40", date="02.02.2026")),
    )
    drafts.set_our_company(OurCompany(name="ТОО «Кеден Брокер»", bin="120240000123"))
    filed = filed_by_broker(practice_declaration("KD-2026-000500", dt.date(2026, 11, 20)))
    filed.registration_number = "55205/201126/0000042"
    source = drafts.create(alatau.id, filed)

    drafts.save_as_template(source, "Электроника из Шэньчжэня")
    drafts.save_as_template(source, "Электроника из Шэньчжэня")  # the same name replaces it
    (template,) = drafts.templates(alatau.id)
    fresh = drafts.load(drafts.new_from_template(template.id))
    assert fresh.lrn not in ("", "KD-2026-000500")
    assert (fresh.registration_number, fresh.filled_by.date, fresh.exchange_rate) == (
        "",
        None,
        None,
    )
    assert [i.description for i in fresh.items] == [i.description for i in filed.items]
    assert all(i.payments == [] for i in fresh.items)  # they fill again for the new date

    copy_id = drafts.copy_to_client(source, other.id)
    copy = drafts.load(copy_id)
    assert drafts.row(copy_id).client_id == other.id
    assert (copy.declarant.name, copy.declarant.id_number) == ("ТОО «Сарыарқа»", "990140004654")
    assert copy.representative.contract_number == "ДОГ-2026/40"  # its own contract, not the first
    assert copy.filled_by.power_of_attorney.number == ""  # the first client's power stays behind
    contracts = {d.number for item in copy.items for d in item.documents if d.type_code == "11002"}
    assert contracts == {"ДОГ-2026/40"}
    assert drafts.load(source).registration_number == "55205/201126/0000042"  # untouched
