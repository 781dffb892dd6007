"""Checking in a workspace: its rates, its tariff, its rounding, applying the calculation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates, seed_demo
from kedendesk.services.drafts import DraftService
from kedendesk.services.events import ReferenceChanged
from kedendesk.services.workspace import Workspace

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def checking(workspace: Workspace) -> CheckingService:
    return CheckingService(workspace)


def test_a_declaration_without_rates_in_the_workspace_gets_findings(
    checking: CheckingService,
) -> None:
    declaration = practice_declaration("KD-1", DAY)
    codes = {f.code for f in checking.check(declaration).findings if f.rule == "P01"}
    assert codes == {"exchange-rate-missing"}


def test_applying_the_calculation_makes_the_declaration_pass(checking: CheckingService) -> None:
    checking.put_rates(practice_rates(DAY))
    declaration = practice_declaration("KD-1", DAY)
    assert checking.check(declaration).errors > 0  # boxes 45–47 and B still empty
    result = checking.apply_calculation(declaration)
    assert result.findings == ()
    assert declaration.items[0].payments[0].type_code == "1010"
    assert sum(Decimal(str(t.amount)) for t in declaration.payment_totals) == (
        result.calculation.total
    )


def test_rates_are_kept_in_the_workspace_and_announced(
    workspace: Workspace, checking: CheckingService, tmp_path: Path
) -> None:
    events: list[object] = []
    workspace.events.subscribe(events.append)
    path = tmp_path / "rates.csv"
    path.write_text("date,currency,rate\n2026-11-20,USD,512.34\n", encoding="utf-8")
    assert checking.import_rates(path) == 1
    checking.set_rate("eur", DAY, Decimal("590.10"))
    assert [(r.currency, str(r.rate)) for r in checking.rates()] == [
        ("EUR", "590.10"),
        ("USD", "512.34"),
    ]
    assert events == [ReferenceChanged(), ReferenceChanged()]
    again = Workspace.open(workspace.directory)
    assert len(CheckingService(again).rates()) == 2
    again.close()
    checking.remove_rate("EUR", DAY)
    assert [r.currency for r in checking.rates()] == ["USD"]


def test_an_imported_tariff_becomes_the_active_one(
    checking: CheckingService, tmp_path: Path
) -> None:
    assert not checking.tariff().practice  # the shipped ЕТТ pack is every workspace's default
    assert checking.official_tariff_active()
    assert len(checking.tariff()) > 13_000
    path = tmp_path / "ett.csv"
    path.write_text("code,description,duty\n0808108006,Яблоки,5%\n", encoding="utf-8")
    checking.import_tariff(path, "ETT-2026-11", DAY)
    assert checking.tariff().version == "ETT-2026-11"
    assert checking.context().tariff.get("0808108006").duty.percent == 5  # type: ignore[union-attr]
    checking.use_practice_tariff()
    assert checking.tariff().practice
    checking.use_official_tariff()
    assert checking.official_tariff_active()


def test_the_rounding_step_is_a_setting(checking: CheckingService) -> None:
    checking.put_rates(practice_rates(DAY))
    checking.set_kzt_step(Decimal(1))
    calculation = checking.check(practice_declaration("KD-1", DAY)).calculation
    assert all(amount == amount.to_integral_value() for amount in calculation.totals.values())
    with pytest.raises(ValueError):
        checking.set_kzt_step(Decimal("0.5"))


def test_the_demo_declaration_is_complete(drafts: DraftService, workspace: Workspace) -> None:
    checking = CheckingService(workspace)
    if workspace.shared:  # a team server starts empty: its real work starts there
        assert not seed_demo(drafts, checking)
        assert drafts.find_ids() == [] and drafts.clients() == []
        return
    assert seed_demo(drafts, checking)
    (declaration_id,) = drafts.find_ids()
    result = checking.check(drafts.load(declaration_id))
    assert result.findings == ()
    assert result.calculation.total > 0


def test_a_draft_saved_before_box_36_had_four_codes_opens_with_them(
    drafts: DraftService, workspace: Workspace
) -> None:
    """Box 36 was one text until 2026-12: a stored draft's «ОО ОО - ОО» (and the printed
    «ОООО-ОО») is read into the four codes and computes full duty and VAT."""
    import dataclasses
    import json as json_module

    checking = CheckingService(workspace)
    checking.use_practice_tariff()
    checking.put_rates(practice_rates(DAY))
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.create(client.id, practice_declaration("KD-OLD-1", DAY))
    snapshot = DraftService.snapshot(drafts.load(declaration_id))
    old = json_module.loads(snapshot.body)
    for item, text in zip(old["items"], ("ОО ОО - ОО", "ОООО-ОО", "ОО ОО - ОО"), strict=True):
        item["preference"] = text  # the shape drafts had
    body = json_module.dumps(old, ensure_ascii=False)
    workspace.declarations.save(declaration_id, dataclasses.replace(snapshot, body=body))
    loaded = drafts.load(declaration_id)
    assert [i.preference.text() for i in loaded.items] == ["ОО ОО - ОО"] * 3
    result = checking.apply_calculation(loaded)
    assert not [f for f in result.findings if f.rule in ("R19", "R19U")]
    duties = [line.amount for line in loaded.items[1].payments if line.type_code == "2010"]
    assert duties and duties[0] > 0  # «ОО» is no preference: the duty is due
