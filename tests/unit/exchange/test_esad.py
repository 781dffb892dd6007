"""The EAEU XML declaration (ESADout_CU in ED_Container): declarations of every shape go out and
come back the same, box by box; the file's elements sit where the album puts them (read with
ElementTree, not with the project's reader); the album itself accepts every export; real
public files read into the right boxes; what is not a declaration is refused by line."""

from __future__ import annotations

import copy
import datetime as dt
import os
import random
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kedendesk.domain.checks import check
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import (
    Address,
    Declaration,
    Document,
    GoodsItem,
    GoodsLine,
    IdentityCard,
    Package,
    Party,
    PartyId,
    PaymentLine,
    PaymentTotal,
)
from kedendesk.domain.payments import apply_calculation
from kedendesk.domain.rates import RateTable
from kedendesk.domain.samples import filed_by_broker, sample_declaration
from kedendesk.exchange import esad_schema
from kedendesk.exchange.esad_export import export
from kedendesk.exchange.esad_import import read
from kedendesk.exchange.problems import ExchangeError
from kedendesk.services.demo import practice_declaration, practice_rates
from tests.album import album

DAY = dt.date(2026, 11, 20)
REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real"
NS = {
    "c": "urn:customs.ru:Information:ExchangeDocuments:ED_Container:5.22.0",
    "e": "urn:customs.ru:Information:CustomsDocuments:ESADout_CU:5.23.0",
    "cat_ru": "urn:customs.ru:CommonAggregateTypes:5.22.0",
    "catESAD_cu": "urn:customs.ru:CUESADCommonAggregateTypesCust:5.22.0",
    "RUScat_ru": "urn:customs.ru:RUSCommonAggregateTypes:5.22.0",
    "RUDECLcat": "urn:customs.ru:RUDeclCommonAggregateTypesCust:5.23.0",
}
# What the album has no element for (the README says so too): the build-up of box 45, a quota,
# the representative's name and BIN (its register entry and contract are carried), the tariff
# checked against, how costs were spread, the sheet number of box 3.
NOT_CARRIED_ITEM = (
    "freight_cost",
    "insurance_cost",
    "other_additions",
    "deductions",
    "quota_quantity",
    "quota_unit",
)


def calculated(declaration: Declaration) -> Declaration:
    context = Context.practice(RateTable(practice_rates(DAY)), today=DAY)
    apply_calculation(declaration, check(declaration, context).calculation)
    return declaration


def carried(declaration: Declaration) -> dict[str, Any]:
    """The declaration as the album carries it."""
    data = declaration.model_dump(mode="json")
    empty = GoodsItem().model_dump(mode="json")
    for item in data["items"]:
        for name in NOT_CARRIED_ITEM:
            item[name] = empty[name]
    data["representative"]["name"] = data["representative"]["bin"] = ""
    data["tariff_version"] = ""
    data["cost_spreads"] = []
    data["forms_sheet"] = None
    if data["filled_by"]["name"] and data["filled_by"]["date"] is None:
        data["filled_by"]["date"] = DAY.isoformat()  # the album needs it: the day of export
    return data


def put(declaration: Declaration, path: str, value: object) -> None:
    """Set a box by its model path: `items.0.documents.1.number`."""
    *parents, name = path.split(".")
    target: Any = declaration
    for part in parents:
        target = target[int(part)] if part.isdigit() else getattr(target, part)
    setattr(target, name, value)


def _broker() -> Declaration:
    return calculated(filed_by_broker(practice_declaration("KD-REP-0001", DAY)))


def _export_kind() -> Declaration:
    """An export (ЭК 10) from Kazakhstan with every part the album carries filled."""
    d = practice_declaration("KD-EXP-0001", DAY)
    d.direction, d.procedure = "ЭК", "10"
    d.registration_number = "55205/201126/0000417"
    d.reference_number = "ЭД2"
    d.consignor = d.declarant.model_copy(deep=True)
    d.consignor.address_details = Address(
        postal_code="050000",
        region="Алматы",
        district="Медеуский район",
        city="Алматы",
        street_house="пр. Абая, 150",
        room="офис 12",
    )
    d.consignor.phone = "+7 727 250 00 00"
    d.consignee_same_as_declarant = False
    d.consignee = Party(
        name="ООО «Волга Импорт»",
        id_number="7707083893",
        country_code="RU",
        address="Москва, ул. Тверская, 7",
        other_ids=[
            PartyId(kind="OGRN", value="1027700132195", country_code="RU"),
            PartyId(kind="KPP", value="773601001", country_code="RU"),
        ],
    )
    d.financial_party_same_as_declarant = True
    d.destination_country, d.dispatch_country, d.trading_country = "RU", "KZ", "RU"
    d.container = True
    d.goods_location.warehouse_licence = "55205/0017"
    d.goods_location.address = "Алматы, ул. Складская, 3"
    d.filled_by.identity = IdentityCard(
        kind_code="KZ01001",
        name="удостоверение",
        number="041234567",
        issued=dt.date(2019, 4, 2),
        issuer="МВД РК",
    )
    d.filled_by.identity_document = "удостоверение 041234567 от 02.04.2019"
    item = d.items[0]
    item.previous_document = "55205/011126/0000112"
    item.container_numbers = ["MSKU1234565", "TGHU7654321"]
    item.containers = "MSKU1234565, TGHU7654321"
    item.packaging = [
        Package(kind_code="CT", count=100, pallet_code="PX", pallet_count=4),
        Package(kind_code="BX", count=20),
    ]
    item.package_kind, item.packages_count = "CT", 120
    item.goods_lines = [
        GoodsLine(
            description='Ноутбук 14"\nцвет серый',
            manufacturer="Lenovo",
            trademark="ThinkPad",
            model="T14 Gen 5",
            article="21ML0032RT",
            serial="PF4XK21",
            quantity=Decimal("100"),
            unit="796",
        ),
        GoodsLine(
            description="Автомобиль легковой",
            trademark="TOYOTA",
            model="CAMRY",
            serial="4T4BF1FK4ER348942",
            quantity=Decimal("1"),
            unit="796",
            year=2013,
            engine_cm3=Decimal("2500"),
        ),
    ]
    item.documents.append(
        Document(
            type_code="07011",
            name="ДОКУМЕНТЫ ПО ЛЬГОТАМ",
            number="130 (П.3)",
            date=dt.date(2009, 11, 27),
            valid_from=dt.date(2010, 1, 1),
            valid_to=dt.date(2030, 12, 31),
            country_code="KZ",
            presentation_code="1",
            presentation_date=dt.date(2026, 12, 15),
            electronic_id="2ec49d2b-e4ad-46df-8cd7-7b7a58fb7145",
            payment_type="2010",
        )
    )
    return calculated(d)


def _combined_and_excise() -> Declaration:
    """Box 47 lines of every kind: a fixed fee (rate type S), a combined duty "not less than"
    and one "plus", an excise per litre in tenge, VAT; box B in tenge; a Russian DT in roubles."""
    d = sample_declaration("KD-EXC-0001", random.Random(7), items=2)
    d.items[0].payments = [
        PaymentLine(
            type_code="1010",
            base=Decimal("20000"),
            rate=Decimal("20000"),
            rate_type="S",
            amount=Decimal("20000.00"),
            feature="ИУ",
        ),
        PaymentLine(
            type_code="2010",
            base=Decimal("4182183.97"),
            rate=Decimal("4"),
            rate_type="%",
            rate2=Decimal("0.015"),
            rate2_type="*",
            rate2_currency="EUR",
            rate2_unit="166",
            rate_comparison="max",
            amount=Decimal("167287.36"),
            feature="ИУ",
        ),
        PaymentLine(
            type_code="3010",
            base=Decimal("1250.5"),
            base_unit="112",
            rate=Decimal("164"),
            rate_type="*",
            rate_currency="KZT",
            rate_unit="112",
            amount=Decimal("205082.00"),
            feature="ИУ",
        ),
    ]
    d.items[1].payments = [
        PaymentLine(
            type_code="2010",
            base=Decimal("100000"),
            rate=Decimal("5"),
            rate_type="%",
            rate2=Decimal("0.2"),
            rate2_type="*",
            rate2_currency="EUR",
            rate2_unit="166",
            rate_comparison="sum",
            amount=Decimal("5900.00"),
            feature="УН",
        ),
        PaymentLine(
            type_code="5060",
            base=Decimal("105900"),
            rate=Decimal("16"),
            rate_type="%",
            amount=Decimal("16944.00"),
            feature="ИУ",
        ),
    ]
    d.payment_totals = [
        PaymentTotal(type_code="1010", amount=Decimal("20000.00")),
        PaymentTotal(type_code="2010", amount=Decimal("173187.36")),
        PaymentTotal(type_code="3010", amount=Decimal("205082.00")),
        PaymentTotal(type_code="5060", amount=Decimal("16944.00"), currency="USD"),
    ]
    return d


def _in_roubles() -> Declaration:
    d = _combined_and_excise()
    d.lrn = "KD-RUB-0001"
    d.national_currency = "RUB"
    d.items[0].payments[2].rate_currency = "RUB"
    return d


SHAPES = {
    "demo": lambda: calculated(practice_declaration("KD-DEMO-0001", DAY)),
    "one item": lambda: sample_declaration("KD-ONE-0001", random.Random(1), items=1),
    "999 items": lambda: sample_declaration("KD-999-0001", random.Random(2), items=999),
    "excise and combined duty": _combined_and_excise,
    "roubles": _in_roubles,
    "representative": _broker,
    "export": _export_kind,
}


@pytest.mark.parametrize("shape", SHAPES)
def test_a_declaration_comes_back_from_xml_box_by_box(shape: str) -> None:
    declaration = SHAPES[shape]()
    written = export(declaration, today=DAY)
    assert written.findings == []
    again = read(written.xml)
    assert again.unknown == []  # everything the export writes, the import reads
    assert again.album == "5.23.0"
    expected, actual = carried(declaration), again.declaration.model_dump(mode="json")
    for name in expected.keys() - {"items"}:
        assert actual[name] == expected[name], name
    assert len(actual["items"]) == len(expected["items"])
    for number, (want, got) in enumerate(zip(expected["items"], actual["items"], strict=True)):
        assert got == want, f"item {number + 1}"


@pytest.mark.parametrize("shape", SHAPES)
def test_the_album_accepts_every_export(shape: str) -> None:
    written = export(SHAPES[shape](), today=DAY)
    assert esad_schema.problems(written.xml, album()) == []


def test_the_album_refuses_what_it_does_not_allow() -> None:
    """The validation can fail: an element out of the album's order is named."""
    xml = export(_broker(), today=DAY).xml
    broken = xml.replace(
        b"</RecipientCountryCode>", b"</RecipientCountryCode><SealQuantity>1</SealQuantity>"
    )
    problems = esad_schema.problems(broken, album())
    assert problems and "SealQuantity" in problems[0].reason


def _tree(declaration: Declaration) -> ET.Element:
    return ET.fromstring(export(declaration, today=DAY).xml)


def test_the_boxes_are_where_the_album_puts_them() -> None:
    d = _broker()
    root = _tree(d)
    assert root.tag == f"{{{NS['c']}}}ED_Container"
    assert root.get("DocumentModeID") == "1006058E"
    esad = root.find("c:ContainerDoc/c:DocBody/e:ESADout_CU", NS)
    assert esad is not None and esad.get("DocumentModeID") == "1006107E"
    assert esad.findtext("e:CustomsProcedure", namespaces=NS) == "ИМ"
    assert esad.findtext("e:CustomsModeCode", namespaces=NS) == "40"
    assert esad.findtext("e:ElectronicDocumentSign", namespaces=NS) == "ЭД"
    assert esad.findtext("e:RecipientCountryCode", namespaces=NS) == "KZ"
    shipment = esad.find("e:ESADout_CUGoodsShipment", NS)
    assert shipment is not None
    declarant = "e:ESADout_CUDeclarant/cat_ru:RKOrganizationFeatures/cat_ru:BIN"
    assert shipment.findtext(declarant, namespaces=NS) == "940140000385"
    address = shipment.find("e:ESADout_CUDeclarant/RUScat_ru:SubjectAddressDetails", NS)
    assert address is not None
    assert address.findtext("RUScat_ru:CounryName", namespaces=NS) == "КАЗАХСТАН"  # sic
    terms = shipment.find("e:ESADout_CUMainContractTerms", NS)
    assert terms is not None
    assert terms.findtext("catESAD_cu:ContractCurrencyCode", namespaces=NS) == "USD"
    assert terms.findtext("catESAD_cu:ContractCurrencyRate", namespaces=NS) == str(d.exchange_rate)
    assert terms.findtext("catESAD_cu:TotalInvoiceAmount", namespaces=NS) == str(d.invoice_total)
    assert (
        terms.findtext(
            "catESAD_cu:CUESADDeliveryTerms/cat_ru:DeliveryTermsStringCode", namespaces=NS
        )
        == "FCA"
    )
    goods = shipment.findall("e:ESADout_CUGoods", NS)
    assert len(goods) == len(d.items)
    first = goods[0]
    assert first.findtext("catESAD_cu:GoodsTNVEDCode", namespaces=NS) == d.items[0].commodity_code
    assert first.findtext("catESAD_cu:GrossWeightQuantity", namespaces=NS) == "233.280"
    assert first.findtext("catESAD_cu:CustomsCost", namespaces=NS) == str(d.items[0].customs_value)
    assert first.findtext("e:ESADGoodsPackaging/catESAD_cu:PakageQuantity", namespaces=NS) == "120"
    vat = [
        line
        for line in first.findall("e:ESADout_CUCustomsPaymentCalculation", NS)
        if line.findtext("catESAD_cu:PaymentModeCode", namespaces=NS) == "5060"
    ]
    (line,) = vat
    assert line.findtext("catESAD_cu:PaymentCurrencyCode", namespaces=NS) == "398"
    assert line.findtext("catESAD_cu:Rate", namespaces=NS) == "16"
    fee = first.find("e:ESADout_CUCustomsPaymentCalculation", NS)
    assert fee is not None and fee.findtext("catESAD_cu:RateTypeCode", namespaces=NS) == "S"
    representative = esad.find("e:CUESADCustomsRepresentative", NS)
    assert representative is not None
    assert (
        representative.findtext(
            "RUDECLcat:BrokerRegistryDocDetails/RUDECLcat:RegistrationNumberId", namespaces=NS
        )
        == "0005/1"
    )
    signing = esad.find("e:FilledPerson/RUDECLcat:SigningDetails", NS)
    assert signing is not None
    assert signing.findtext("cat_ru:PersonSurname", namespaces=NS) == "Жұмабаев"
    assert signing.findtext("cat_ru:PersonName", namespaces=NS) == "Айдос"
    totals = shipment.findall("e:ESADout_CUPayments/e:ESADout_CUCustomsPayment", NS)
    assert [t.findtext("catESAD_cu:PaymentModeCode", namespaces=NS) for t in totals] == [
        t.type_code for t in d.payment_totals
    ]


def test_containers_and_previous_documents_use_the_albums_spelling() -> None:
    goods = _tree(_export_kind()).find(".//e:ESADout_CUGoods", NS)
    assert goods is not None
    numbers = goods.findall(
        "e:ESADContainer/catESAD_cu:ContainerNumber/catESAD_cu:ContainerIdentificaror", NS
    )
    assert [n.text for n in numbers] == ["MSKU1234565", "TGHU7654321"]
    previous = goods.find("e:ESADout_CUPrecedingDocument", NS)
    assert previous is not None
    assert previous.findtext("catESAD_cu:PrecedingDocumentCustomsCode", namespaces=NS) == "55205"
    assert previous.findtext("catESAD_cu:PrecedingDocumentDate", namespaces=NS) == "2026-11-01"
    assert previous.findtext("catESAD_cu:PrecedingDocumentNumber", namespaces=NS) == "0000112"
    car = goods.find("e:GoodsAutomobile", NS)
    assert car is not None and car.findtext("catESAD_cu:OfftakeYear", namespaces=NS) == "2013"


def test_a_value_that_does_not_fit_the_album_is_a_finding_and_no_file() -> None:
    d = _broker()
    d.declarant.name = "Т" * 151
    d.items[0].net_mass_kg = Decimal("216.0000001")
    d.items[1].description = "\n".join(f"строка {n}" for n in range(5))
    d.items[2].documents[0].number = "N" * 51
    written = export(d, today=DAY)
    assert written.xml == b""
    found = {(f.box, f.item, f.field, f.code) for f in written.findings}
    assert ("14", None, "declarant.name", "album-too-long") in found
    assert ("38", 1, "net_mass_kg", "album-too-precise") in found
    assert ("31", 2, "description", "album-too-many-lines") in found
    assert ("44", 3, "documents.0.number", "album-too-long") in found
    limits = {f.field: f.param("limit") for f in written.findings if f.code == "album-too-long"}
    assert limits == {"declarant.name": "150", "documents.0.number": "50"}


def test_the_real_2019_import_declaration_reads_into_its_boxes() -> None:
    """fractalV/ConverterApp test.xml: bananas from Ecuador into Vladivostok, album 5.14.0."""
    found = read((REAL / "fractalv-converterapp-test.xml").read_bytes())
    assert found.album == "5.14.0"
    d = found.declaration
    (item,) = d.items
    assert item.commodity_code == "0803901000"
    assert (d.invoice_total, d.invoice_currency) == (Decimal("63676.80"), "USD")
    assert d.exchange_rate == Decimal("65.6783")
    assert item.customs_value == Decimal("4182183.97")
    assert d.total_customs_value == Decimal("4182183.97")
    assert (item.gross_mass_kg, item.net_mass_kg) == (Decimal("90288"), Decimal("83808"))
    assert d.delivery_terms == "CFR" and d.delivery_place == "ВЛАДИВОСТОК"
    assert d.national_currency == "RUB"
    assert d.registration_number == "00000000/140219/0000063"
    assert d.declarant.id_number == "2543123721"
    assert {i.kind: i.value for i in d.declarant.other_ids} == {
        "OGRN": "1182536009809",
        "KPP": "254301001",
    }
    assert d.consignee_same_as_declarant and d.financial_party_same_as_declarant
    assert item.preference.text() == "ОО ГГ - ОО"
    assert item.container_numbers == ["MNBU3318180", "MNBU3065246", "MNBU3273018", "MNBU0245223"]
    assert (item.package_kind, item.packages_count) == ("BX", 4320)
    duty = [p for p in item.payments if p.type_code == "2010"]
    assert [(p.rate, p.rate2, p.rate2_currency, p.rate2_unit, p.rate_comparison) for p in duty] == [
        (Decimal("4.00"), Decimal("0.015"), "EUR", "166", "max"),
        (Decimal("3.00"), Decimal("0.01125"), "EUR", "166", "max"),
    ]
    assert [(t.type_code, t.amount) for t in d.payment_totals] == [
        ("1010", Decimal("5625.00")),
        ("2010", Decimal("125465.52")),
        ("5010", Decimal("861529.90")),
    ]
    assert d.filled_by.name == "ДЕРКАЧЕВ ИГОРЬ ВАЛЕНТИНОВИЧ"
    assert len(item.documents) == 18
    unknown = {u.path for u in found.unknown}
    assert "ESADout_CUGoodsShipment/ESADout_CUGoods/GoodsGroupDescription/GroupNum" in unknown
    assert "ED_Container/FullSetIndicator" in unknown
    assert (
        "ESADout_CUGoodsShipment/ESADout_CUConsigment/ESADout_CUBorderTransport/TransportMeans/"
        "TransportKindCode"
    ) in unknown


def test_the_real_2024_transit_declaration_matches_its_hand_translation() -> None:
    """RuslanAkhmetov/ReneLogAsel: the XML and the JSON translated from it by hand agree on
    every box both hold."""
    found = read((REAL / "ED_Container20240523142745505.xml").read_bytes())
    by_hand = Declaration.model_validate_json(
        (REAL / "td-10803040-230524-0910129.json").read_text(encoding="utf-8")
    )
    d = found.declaration
    assert d.registration_number == by_hand.registration_number
    assert (d.direction, d.procedure) == (by_hand.direction, by_hand.procedure)
    for party in ("consignor", "consignee", "declarant"):
        mine, theirs = getattr(d, party), getattr(by_hand, party)
        assert (mine.name, mine.country_code, mine.address_details) == (
            theirs.name,
            theirs.country_code,
            theirs.address_details,
        )
    assert d.filled_by.identity == by_hand.filled_by.identity
    assert d.filled_by.power_of_attorney == by_hand.filled_by.power_of_attorney
    assert d.filled_by.name == by_hand.filled_by.name
    (item,) = d.items
    (hand_item,) = by_hand.items
    for name in ("commodity_code", "gross_mass_kg", "price", "supplementary_quantity"):
        assert getattr(item, name) == getattr(hand_item, name), name
    assert item.documents == hand_item.documents
    (car,) = item.goods_lines
    assert (car.serial, car.year, car.engine_cm3) == ("4T4BF1FK4ER348942", 2013, Decimal(2500))
    unknown = {u.path for u in found.unknown}
    assert "ED_Container/ContainerDoc/DocBody/Inventory" in unknown
    assert "ESADout_CUGoodsShipment/TDGuarantee" in unknown
    assert (
        esad_schema.problems((REAL / "ED_Container20240523142745505.xml").read_bytes(), album())
        == []
    )


def _refusal(data: bytes) -> ExchangeError:
    with pytest.raises(ExchangeError) as caught:
        read(data)
    return caught.value


def test_broken_xml_is_refused_with_its_line_and_column() -> None:
    xml = export(_broker(), today=DAY).xml.replace(b"</CustomsModeCode>", b"</CustomsMode>", 1)
    (problem,) = _refusal(xml).problems
    assert problem.line is not None and problem.line > 1 and problem.column is not None


def test_a_file_that_is_not_a_declaration_is_refused_naming_its_root() -> None:
    (problem,) = _refusal(b"<?xml version='1.0'?>\n<Invoice xmlns='urn:x'><A/></Invoice>").problems
    assert problem.field == "Invoice" and problem.line == 2
    assert "not an EAEU XML declaration" in problem.message


@pytest.mark.parametrize("version", ["6.1.0", "5.9.0", "5.24.0"])
def test_an_album_version_kedendesk_does_not_read_is_refused(version: str) -> None:
    xml = export(_broker(), today=DAY).xml.replace(
        b"ESADout_CU:5.23.0", f"ESADout_CU:{version}".encode()
    )
    (problem,) = _refusal(xml).problems
    assert f"album {version}" in problem.message and "5.10 to 5.23" in problem.message
    assert problem.field == "ESADout_CU"


def test_a_container_without_a_declaration_is_refused() -> None:
    text = (REAL / "ED_Container20240523142745505.xml").read_text(encoding="utf-8")
    start, end = (
        text.index("<ContainerDoc>"),
        text.index("</ContainerDoc>") + len("</ContainerDoc>"),
    )
    (problem,) = _refusal((text[:start] + text[end:]).encode()).problems
    assert "no ESADout_CU" in problem.message


def test_entities_and_doctypes_are_refused_not_expanded() -> None:
    bomb = (
        b"<?xml version='1.0'?>\n"
        b"<!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>]>\n"
        b"<ESADout_CU xmlns='urn:customs.ru:Information:CustomsDocuments:ESADout_CU:5.23.0'>"
        b"&b;</ESADout_CU>"
    )
    (problem,) = _refusal(bomb).problems
    assert "DTD" in problem.message


def test_a_file_larger_than_a_declaration_is_refused_before_parsing() -> None:
    (problem,) = _refusal(b" " * (33 * 1024 * 1024)).problems
    assert "MB" in problem.message


def test_the_declaration_is_not_changed_by_exporting_it() -> None:
    d = _export_kind()
    before = copy.deepcopy(d.model_dump())
    export(d, today=DAY)
    assert d.model_dump() == before


_TEXTS = re.compile(r">([^<>]+)<")


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["fractalv-converterapp-test.xml", "ED_Container20240523142745505.xml"]),
    st.lists(
        st.tuples(
            st.integers(min_value=0),
            st.one_of(
                st.sampled_from(["", "abc", "-1", "99999999999", "1e400", "2019-13-45", "NaN"]),
                st.text(
                    st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&"),
                    max_size=300,
                ),
            ),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_whatever_a_real_file_holds_in_its_elements_it_reads_or_is_refused(
    name: str, changes: list[tuple[int, str]]
) -> None:
    """A peer's file with any text in any element: a declaration (the checks name the bad
    values) or a refusal naming the place, never a crash."""
    text = (REAL / name).read_text(encoding="utf-8")
    for where, garbage in changes:
        spans = [m.span(1) for m in _TEXTS.finditer(text)]
        start, end = spans[where % len(spans)]
        text = text[:start] + garbage + text[end:]
    try:
        read(text.encode("utf-8"))
    except ExchangeError as error:
        assert error.problems


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(
        [
            "declarant.name",
            "consignor.address",
            "items.0.description",
            "items.0.documents.0.number",
            "filled_by.name",
            "delivery_terms",
            "items.0.commodity_code",
            "lrn",
        ]
    ),
    st.text(max_size=400),
)
def test_whatever_a_user_typed_the_export_writes_or_names_on_its_box(path: str, typed: str) -> None:
    """Any text in any box: a file, or findings on boxes and no file; never a crash."""
    declaration = _broker()
    put(declaration, path, typed)
    written = export(declaration, today=DAY)
    assert bool(written.xml) != bool(written.findings)
    if written.xml:
        read(written.xml)


def test_numbers_too_large_or_below_zero_for_the_album_are_findings() -> None:
    d = _broker()
    d.total_packages = 123_456_789  # 8 digits at most
    d.items[0].gross_mass_kg = Decimal("-5")
    d.exchange_rate = Decimal("12345678.5")  # 7 digits before the point at most
    d.departure_transport.count = 0  # one vehicle at least
    d.items[1].goods_lines = [GoodsLine(description="Автомобиль", year=0)]
    found = {(f.field, f.code) for f in export(d, today=DAY).findings}
    assert found == {
        ("total_packages", "album-too-large"),
        ("gross_mass_kg", "not-positive"),
        ("exchange_rate", "album-too-large"),
        ("departure_transport.count", "album-at-least"),
        ("goods_lines.0.year", "album-format"),
    }


_FIELDS = {
    "declarant.name": st.text(max_size=200),
    "declarant.id_number": st.from_regex(r"[0-9]{0,14}", fullmatch=True),
    "declarant.address_details.postal_code": st.text(max_size=12),
    "consignor.country_code": st.sampled_from(["", "CN", "RU", "BY", "KG", "AM", "cn", "C1"]),
    "consignor.id_number": st.from_regex(r"[0-9]{0,15}", fullmatch=True),
    "consignor.phone": st.text(max_size=30),
    "reference_number": st.text(max_size=4),
    "delivery_terms": st.text(max_size=4),
    "delivery_place": st.text(max_size=60),
    "exchange_rate": st.decimals(allow_nan=False, allow_infinity=False, places=5),
    "invoice_total": st.decimals(allow_nan=False, allow_infinity=False, places=3),
    "total_packages": st.integers(min_value=-5, max_value=10**10),
    "customs_office": st.from_regex(r"[0-9]{0,9}", fullmatch=True),
    "customs_office_name": st.text(max_size=60),
    "goods_location.type_code": st.text(max_size=3),
    "departure_transport.count": st.integers(min_value=-1, max_value=10**6),
    "departure_transport.identifiers": st.text(max_size=90),
    "filled_by.name": st.text(max_size=40),
    "filled_by.phone": st.text(max_size=30),
    "filled_by.identity.kind_code": st.text(max_size=8),
    "representative.register_entry": st.text(max_size=30),
    "items.0.description": st.text(max_size=1200),
    "items.0.gross_mass_kg": st.decimals(allow_nan=False, allow_infinity=False, places=7),
    "items.0.net_mass_kg": st.decimals(allow_nan=False, allow_infinity=False, places=3),
    "items.0.commodity_code": st.from_regex(r"[0-9]{0,11}", fullmatch=True),
    "items.0.origin_country": st.text(max_size=3),
    "items.0.valuation_method": st.text(max_size=2),
    "items.0.supplementary_unit": st.text(max_size=4),
    "items.0.previous_document": st.text(max_size=60),
    "items.0.containers": st.text(max_size=60),
    "items.0.package_kind": st.text(max_size=3),
    "items.0.packages_count": st.integers(min_value=-2, max_value=10**9),
    "items.0.procedure": st.text(max_size=3),
    "items.0.documents.0.type_code": st.text(max_size=6),
    "items.0.documents.0.name": st.text(max_size=260),
    "items.0.documents.0.country_code": st.text(max_size=3),
    "items.0.payments.0.rate": st.decimals(allow_nan=False, allow_infinity=False, places=7),
    "items.0.payments.0.rate_type": st.text(max_size=2),
    "items.0.payments.0.feature": st.text(max_size=3),
    "items.0.payments.0.amount": st.decimals(allow_nan=False, allow_infinity=False, places=3),
    "payment_totals.0.type_code": st.text(max_size=5),
    "payment_totals.0.amount": st.decimals(allow_nan=False, allow_infinity=False, places=3),
    "payment_totals.0.currency": st.text(max_size=4),
    "consignee_same_as_declarant": st.booleans(),
    "consignee.country_code": st.sampled_from(["", "RU", "KZ", "BY", "XX"]),
    "consignee.id_number": st.from_regex(r"[0-9]{0,14}", fullmatch=True),
    "consignee.name": st.text(max_size=160),
    "filled_by.position": st.text(max_size=260),
    "filled_by.place": st.text(max_size=40),
    "items.0.documents.0.number": st.text(max_size=60),
    "items.0.documents.0.presentation_code": st.text(max_size=2),
    "items.0.documents.0.payment_type": st.text(max_size=5),
    "items.0.preference.fees": st.text(max_size=3),
    "items.0.preference.excise": st.text(max_size=2),
    "items.0.payments.0.rate_currency": st.text(max_size=4),
    "items.0.payments.0.base_unit": st.text(max_size=4),
    "items.0.payments.0.base": st.decimals(allow_nan=False, allow_infinity=False, places=7),
    "items.0.payments.0.type_code": st.text(max_size=5),
    "items.0.supplementary_quantity": st.decimals(allow_nan=False, allow_infinity=False),
    "items.0.model": st.text(max_size=60),
    "items.0.manufacturer": st.text(max_size=160),
    "goods_location.customs_office": st.text(max_size=9),
    "goods_location.warehouse_licence": st.text(max_size=60),
    "border_transport_mode": st.text(max_size=3),
    "inland_transport_mode": st.text(max_size=3),
    "trading_country": st.text(max_size=3),
    "dispatch_country": st.text(max_size=3),
    "transaction_nature": st.text(max_size=4),
    "transaction_feature": st.text(max_size=3),
    "invoice_currency": st.text(max_size=4),
    "container": st.one_of(st.none(), st.booleans()),
    "lrn": st.text(max_size=60),
    "national_currency": st.text(max_size=4),
    "items.0.goods_lines": st.lists(
        st.builds(
            GoodsLine,
            description=st.text(max_size=300),
            article=st.text(max_size=60),
            serial=st.text(max_size=60),
            quantity=st.one_of(st.none(), st.decimals(allow_nan=False, allow_infinity=False)),
            unit=st.text(max_size=5),
            year=st.one_of(st.none(), st.integers(min_value=-5, max_value=12000)),
            engine_cm3=st.one_of(st.none(), st.decimals(allow_nan=False, allow_infinity=False)),
        ),
        max_size=3,
    ),
    "items.0.packaging": st.lists(
        st.builds(
            Package,
            kind_code=st.text(max_size=3),
            count=st.one_of(st.none(), st.integers(min_value=-1, max_value=10**9)),
            pallet_code=st.text(max_size=3),
            pallet_count=st.one_of(st.none(), st.integers(min_value=-1, max_value=10**9)),
        ),
        max_size=3,
    ),
}


@settings(max_examples=int(os.environ.get("ESAD_EXAMPLES", "120")), deadline=None)
@given(st.data())
def test_an_export_without_findings_is_one_the_album_accepts(data: st.DataObject) -> None:
    """The contract of the facets: whatever the boxes hold, either a finding names the box or
    the file validates against the album itself."""
    folder = album()
    declaration = _broker()
    for path in data.draw(st.lists(st.sampled_from(sorted(_FIELDS)), min_size=1, max_size=6)):
        put(declaration, path, data.draw(_FIELDS[path], label=path))
    written = export(declaration, today=DAY)
    if written.findings:
        assert written.xml == b""
        return
    assert esad_schema.problems(written.xml, folder) == []


_WORDS = st.text(
    st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Zs"), blacklist_characters="\ufffe\uffff"
    ),
    min_size=1,
    max_size=20,
)
_PLAIN = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)
_ROUND_TRIP = {
    "declarant.name": _PLAIN,
    "consignor.name": _PLAIN,
    "consignor.address": _PLAIN,
    "consignor.phone": _WORDS.filter(lambda t: len(t) <= 24),
    "delivery_place": _PLAIN,
    "customs_office_name": _WORDS,
    "filled_by.position": _PLAIN,
    "items.0.description": st.lists(_PLAIN, min_size=1, max_size=4).map("\n".join),
    "items.0.gross_mass_kg": st.decimals(min_value=0, max_value=10**9, places=6),
    "items.0.price": st.decimals(min_value=0, max_value=10**12, places=2),
    "items.0.documents.0.number": _WORDS,
    "items.0.documents.0.name": _PLAIN,
    "items.0.previous_document": _WORDS,
    "items.0.payments.0.amount": st.decimals(min_value=-(10**9), max_value=10**12, places=2),
    "items.0.payments.0.base": st.decimals(min_value=0, max_value=10**12, places=6),
    "representative.contract_number": _WORDS,
}


@settings(max_examples=int(os.environ.get("ESAD_EXAMPLES", "100")), deadline=None)
@given(st.data())
def test_any_plain_values_come_back_the_same(data: st.DataObject) -> None:
    declaration = _broker()
    for path in data.draw(st.lists(st.sampled_from(sorted(_ROUND_TRIP)), min_size=1, max_size=5)):
        put(declaration, path, data.draw(_ROUND_TRIP[path], label=path))
    written = export(declaration, today=DAY)
    if written.findings:
        return
    assert read(written.xml).declaration.model_dump(mode="json") == carried(declaration)


ALBUM_5_10 = """<?xml version="1.0" encoding="UTF-8"?>
<ESADout_CU:ESADout_CU xmlns:catESAD_cu="urn:customs.ru:CUESADCommonAggregateTypesCust:5.10.0"
 xmlns:cat_ru="urn:customs.ru:CommonAggregateTypes:5.10.0"
 xmlns:ESADout_CU="urn:customs.ru:Information:CustomsDocuments:ESADout_CU:5.10.0"
 DocumentModeID="1006107E">
 <ESADout_CU:CustomsProcedure>ИМ</ESADout_CU:CustomsProcedure>
 <ESADout_CU:CustomsModeCode>40</ESADout_CU:CustomsModeCode>
 <ESADout_CU:ESADout_CUGoodsShipment>
  <ESADout_CU:ESADout_CUDeclarant>
   <cat_ru:OrganizationName>ТОО «Алатау Трейд»</cat_ru:OrganizationName>
   <cat_ru:RKOrganizationFeatures><cat_ru:BIN>940140000385</cat_ru:BIN></cat_ru:RKOrganizationFeatures>
   <cat_ru:Address>
    <cat_ru:CountryCode>KZ</cat_ru:CountryCode>
    <cat_ru:CounryName>КАЗАХСТАН</cat_ru:CounryName>
    <cat_ru:City>АЛМАТЫ</cat_ru:City>
    <cat_ru:StreetHouse>ПР. АБАЯ, 150</cat_ru:StreetHouse>
   </cat_ru:Address>
  </ESADout_CU:ESADout_CUDeclarant>
  <ESADout_CU:ESADout_CUGoods>
   <catESAD_cu:GoodsNumeric>1</catESAD_cu:GoodsNumeric>
   <catESAD_cu:GoodsDescription>КЛАВИАТУРЫ</catESAD_cu:GoodsDescription>
   <catESAD_cu:GoodsTNVEDCode>8471607000</catESAD_cu:GoodsTNVEDCode>
   <ESADout_CU:ESADGoodsPackaging>
    <catESAD_cu:PakageQuantity>20</catESAD_cu:PakageQuantity>
    <catESAD_cu:PakageTypeCode>1</catESAD_cu:PakageTypeCode>
    <catESAD_cu:PackingInformation>
     <catESAD_cu:PackingCode>CT</catESAD_cu:PackingCode>
     <catESAD_cu:PakingQuantity>20</catESAD_cu:PakingQuantity>
    </catESAD_cu:PackingInformation>
   </ESADout_CU:ESADGoodsPackaging>
  </ESADout_CU:ESADout_CUGoods>
 </ESADout_CU:ESADout_CUGoodsShipment>
 <ESADout_CU:FilledPerson>
  <cat_ru:PersonSurname>ЖҰМАБАЕВ</cat_ru:PersonSurname>
  <cat_ru:PersonName>АЙДОС</cat_ru:PersonName>
  <cat_ru:PersonPost>ДЕКЛАРАНТ</cat_ru:PersonPost>
  <catESAD_cu:Contact><cat_ru:Phone>+7 727 250 00 00</cat_ru:Phone></catESAD_cu:Contact>
  <cat_ru:IssueDate>2018-03-01</cat_ru:IssueDate>
 </ESADout_CU:FilledPerson>
</ESADout_CU:ESADout_CU>
"""


def test_an_album_5_10_file_reads_its_older_element_names() -> None:
    """Before 5.11 a party's address is `cat_ru:Address`, packages `PackingInformation`, and
    box 54's person sits in FilledPerson itself; the root may carry a prefix."""
    found = read(ALBUM_5_10.encode("utf-8"))
    assert found.album == "5.10.0" and found.unknown == []
    d = found.declaration
    assert (d.declarant.id_number, d.declarant.country_code) == ("940140000385", "KZ")
    assert d.declarant.address_details.city == "АЛМАТЫ"
    (item,) = d.items
    assert (item.package_kind, item.packages_count) == ("CT", 20)
    assert d.filled_by.name == "ЖҰМАБАЕВ АЙДОС"
    assert (d.filled_by.phone, d.filled_by.date) == ("+7 727 250 00 00", dt.date(2018, 3, 1))
