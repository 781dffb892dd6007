"""An invoice into goods items: the EAEU merge rule, the tariff's units, reconciliation, the
mapping remembered per supplier, nothing written before apply."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kedendesk.domain.goods_merge import SourceLine, merge
from kedendesk.services.checking import CheckingService
from kedendesk.services.drafts import DraftService
from kedendesk.services.invoice_import import InvoiceImportService
from kedendesk.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "resources" / "samples"


def _service(workspace: Workspace, drafts: DraftService) -> InvoiceImportService:
    return InvoiceImportService(workspace, drafts, CheckingService(workspace))


def test_lines_of_one_code_origin_and_preference_make_one_item() -> None:
    lines = [
        SourceLine("r1", "Keyboard black", "8471606000", "CN", "KB-1", Decimal(10), "796",
                   amount=Decimal("48.00"), net=Decimal(5)),
        SourceLine("r2", "Keyboard white", "8471 60 600 0", "cn", "KB-2", Decimal(5), "796",
                   amount=Decimal("25.00"), net=Decimal("2.5")),
        SourceLine("r3", "Keyboard", "8471606000", "VN", "KB-3", Decimal(1), "796",
                   amount=Decimal("4.80")),
        SourceLine("r4", "Unclassified gadget", "", "CN", amount=Decimal("1.00")),
        SourceLine("r5", "Unclassified gadget", "", "CN", amount=Decimal("1.00")),
    ]  # fmt: skip
    items = merge(lines)
    assert [(i.commodity_code, i.origin_country, len(i.goods_lines)) for i in items] == [
        ("8471606000", "CN", 2),
        ("8471606000", "VN", 1),
        ("", "CN", 1),  # no code: each stays alone until it is classified
        ("", "CN", 1),
    ]
    assert items[0].price == Decimal("73.00") and items[0].net_mass_kg == Decimal("7.5")
    assert [g.article for g in items[0].goods_lines] == ["KB-1", "KB-2"]


def test_a_different_preference_is_another_item() -> None:
    base = {"description": "Lamp", "code": "8539520009", "origin": "IN", "amount": Decimal(1)}
    items = merge([SourceLine("r1", **base), SourceLine("r2", preference="ОО ГГ - ОО", **base)])  # type: ignore[arg-type]
    assert len(items) == 2


def test_the_sample_invoice_previews_reconciles_and_writes_only_on_apply(
    workspace: Workspace, drafts: DraftService
) -> None:
    service = _service(workspace, drafts)
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.new_declaration(client.id)
    revision = drafts.row(declaration_id).revision
    preview = service.preview(SAMPLES / "invoice-shenzhen-keyou.xlsx")
    assert (len(preview.lines), len(preview.items)) == (10, 8)
    assert preview.differences == [] and preview.problems == []
    keyboards = preview.items[0]
    assert keyboards.supplementary_unit == "796"  # from the ЕТТ
    assert keyboards.supplementary_quantity == sum(
        g.quantity
        for g in keyboards.goods_lines  # type: ignore[misc]
    )
    assert drafts.row(declaration_id).revision == revision  # nothing written yet
    assert service.apply(declaration_id, preview) == 8
    saved = drafts.load(declaration_id)
    assert [item.number for item in saved.items] == list(range(1, 9))
    assert saved.invoice_total == preview.total
    assert saved.items[0].goods_lines[0].article == "KB-104"


def test_totals_that_do_not_add_up_are_shown(
    workspace: Workspace, drafts: DraftService, tmp_path: Path
) -> None:
    path = tmp_path / "invoice.csv"
    path.write_text(
        "Description,Qty,Unit price,Amount,G.W.,N.W.\n"
        "Keyboard,10,4.80,50.00,6,5\n"
        "Mouse,5,1.90,9.50,1,2\n"
        "TOTAL,,,70.00,,\n",
        encoding="utf-8",
    )
    preview = _service(workspace, drafts).preview(path)
    found = {(d.what, d.where, d.stated, d.computed) for d in preview.differences}
    assert ("line-amount", "sheet invoice, row 2", Decimal("50.00"), Decimal("48.00")) in found
    assert ("net-above-gross", "sheet invoice, row 3", Decimal(2), Decimal(1)) in found
    assert ("invoice-total", "the TOTAL row", Decimal("70.00"), Decimal("59.50")) in found


def test_a_mapping_saved_for_a_supplier_is_applied_next_time(
    workspace: Workspace, drafts: DraftService, tmp_path: Path
) -> None:
    """The supplier calls its value column "Wert": not a header the app knows. Once mapped,
    the next invoice of that supplier reads it without asking."""
    path = tmp_path / "invoice.csv"
    path.write_text("Description,Qty,Wert\nKeyboard,10,48.00\n", encoding="utf-8")
    service = _service(workspace, drafts)
    first = service.preview(path, "Keyou Electronics")
    assert "amount" not in first.reading.mapping
    first.reading.mapping["amount"] = 2  # what the user picks in the mapping dialog
    service.remember_mapping("Keyou Electronics", first.reading)
    again = service.preview(path, "KEYOU ELECTRONICS")
    assert again.reading.mapping["amount"] == 2
    assert again.total == Decimal("48.00")
    assert "amount" not in service.preview(path, "Another supplier").reading.mapping


def test_a_packing_list_is_matched_by_article_never_by_row(
    workspace: Workspace, drafts: DraftService
) -> None:
    """The sample packing list (Russian headers, lines in reverse order) agrees with the
    invoice line by line."""
    service = _service(workspace, drafts)
    preview = service.preview(
        SAMPLES / "invoice-shenzhen-keyou.xlsx",
        packing=SAMPLES / "packing-shenzhen-keyou.xlsx",
    )
    assert preview.differences == []
    assert len(preview.items) == 8


def test_what_the_papers_disagree_on_is_shown(
    workspace: Workspace, drafts: DraftService, tmp_path: Path
) -> None:
    invoice = tmp_path / "invoice.csv"
    invoice.write_text(
        "Art,Description,Qty,Amount\n"
        "C-500,Cup 500 ml,10,5.00\n"
        "C-250,Cup 250 ml,10,4.00\n"
        ",Lid,10,1.00\n",
        encoding="utf-8",
    )
    packing = tmp_path / "packing.csv"
    packing.write_text(
        "Артикул;Наименование;Мест;Брутто;Нетто\n"
        ";Cup 250 ml;1;2,5;2,0\n"  # no article: matched by its whole name
        "C 500;Cup 500 ml;1;3,0;2,5\n"  # "C 500" is C-500: spaces and dashes aside
        ";Cup 750 ml;1;4,0;3,5\n",  # on no invoice line: never taken for a 500 ml cup
        encoding="utf-8",
    )
    preview = _service(workspace, drafts).preview(invoice, packing=packing)
    by_line = {line.description: line for line in preview.lines}
    assert (by_line["Cup 500 ml"].gross, by_line["Cup 500 ml"].packages) == (Decimal(3), 1)
    assert by_line["Cup 250 ml"].net == Decimal(2)
    assert by_line["Lid"].gross is None
    kinds = sorted(d.what for d in preview.differences)
    assert kinds == ["invoice-missing", "packing-missing"]


def test_the_catalogue_learns_from_a_signed_declaration_and_fills_the_next_invoice(
    workspace: Workspace, drafts: DraftService, tmp_path: Path
) -> None:
    """The client's supplier sends an invoice without HS codes: what its products were
    declared as last time fills them; a product never declared is marked new."""
    from kedendesk.services.catalogue import CatalogueService

    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    service = _service(workspace, drafts)
    first = service.preview(SAMPLES / "invoice-shenzhen-keyou.xlsx")
    declared = drafts.load(drafts.new_declaration(client.id))
    declared.consignor.name = "Shenzhen Keyou Electronics"
    declared.items = [item.model_copy(deep=True) for item in first.items]
    declared.renumber_items()
    assert CatalogueService(workspace).learn(client.id, declared) == 10

    without_codes = tmp_path / "next.csv"
    without_codes.write_text(
        "Art. No.,Description,Qty,Amount\nKB-104,Wired keyboard,100,480.00\nNEW-1,Gadget,1,1.00\n",
        encoding="utf-8",
    )
    preview = service.preview(without_codes, "SHENZHEN KEYOU ELECTRONICS", client_id=client.id)
    keyboard, gadget = preview.lines
    assert (keyboard.code, keyboard.origin) == ("8471606000", "CN")
    assert gadget.code == "" and preview.new_products == [gadget]
    other = drafts.add_client("ТОО «Другой»", "990140004654")
    assert (
        service.preview(without_codes, "Shenzhen Keyou Electronics", client_id=other.id)
        .lines[0]
        .code
        == ""
    )


def test_a_mapping_is_remembered_per_supplier_and_client(
    workspace: Workspace, drafts: DraftService, tmp_path: Path
) -> None:
    path = tmp_path / "invoice.csv"
    path.write_text("Description,Qty,Wert,Preis\nKeyboard,10,48.00,4.80\n", encoding="utf-8")
    service = _service(workspace, drafts)
    one = drafts.add_client("ТОО «Один»", "940140000385")
    two = drafts.add_client("ТОО «Два»", "990140004654")
    for client, column in ((one.id, 2), (two.id, 3)):
        reading = service.preview(path, "Keyou", client_id=client).reading
        reading.mapping["amount"] = column
        service.remember_mapping("Keyou", reading, client)
    assert service.preview(path, "Keyou", client_id=one.id).total == Decimal("48.00")
    assert service.preview(path, "Keyou", client_id=two.id).total == Decimal("4.80")


def test_packages_and_masses_the_invoice_and_packing_list_disagree_on_are_named(
    workspace: Workspace, drafts: DraftService, tmp_path: Path
) -> None:
    invoice = tmp_path / "invoice.csv"
    invoice.write_text(
        "Art,Description,Qty,Amount,CTNS,G.W.\nKB-1,Keyboard,10,48.00,2,12\n", encoding="utf-8"
    )
    packing = tmp_path / "packing.csv"
    packing.write_text(
        "Артикул;Наименование;Кол-во;Мест;Брутто\nKB-1;Keyboard;10;3;12,5\n", encoding="utf-8"
    )
    preview = _service(workspace, drafts).preview(invoice, packing=packing)
    found = {(d.field, d.stated, d.computed, d.where) for d in preview.differences}
    assert found == {
        (
            "packages",
            Decimal(2),
            Decimal(3),
            "sheet invoice, row 2 / packing.csv sheet packing, row 2",
        ),
        (
            "gross",
            Decimal(12),
            Decimal("12.5"),
            "sheet invoice, row 2 / packing.csv sheet packing, row 2",
        ),
    }
