"""A declaration as the EAEU XML DT: `ESADout_CU` of the customs album, inside `ED_Container`.

Element order, the album's own spellings (`CounryName`, `ESADout_CUConsigment`, `Pakage…`,
`ContainerIdentificaror`) and the facets of each leaf are the contract: importers refuse a file
that deviates with one opaque message. So every value passes through a writer that knows its
element's limit (a name ≤ 150 characters, a document number ≤ 50, an amount with 2 decimals, a
mass with 6; `esad_writer`): a value that does not fit is a finding on its box, and no file is
written while there is one. What the album has no element for (the costs of box 45's build-up,
a quota) is named in `Export.omitted`, so the user knows what the file does not carry.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from lxml import etree
from pydantic import BaseModel

from kedendesk.domain.checks import Finding
from kedendesk.domain.declaration import (
    CustomsRepresentative,
    Declaration,
    Document,
    FilledBy,
    GoodsItem,
    GoodsLine,
    Party,
    PaymentLine,
    TransportMeans,
)
from kedendesk.domain.identifiers import kind_of
from kedendesk.domain.reference import countries, currencies, lookup
from kedendesk.exchange.esad_album import (
    ALBUMS,
    CONTAINER_MODE,
    DEFAULT_ALBUM,
    DOCUMENT_MODE,
)
from kedendesk.exchange.esad_writer import (
    AMOUNT,
    CURRENCY_RATE,
    NOT_XML,
    QUANTITY,
    RATE,
    AlbumWriter,
)

BODY = "@KEDENDESK-DECLARATION@"  # where the declaration goes into its container
NAME = 150  # organisation and person names, manufacturers, trademarks
LINE = 250  # a line of box 31, a document's name
DOC_NUMBER = 50
ADDRESS_PART = 120
ADDRESS_TEXT = 1000
COUNTRY_NAME = 40
OFFICE_NAME = 50
PHONE = 24
TRANSPORT_ID = 40
MAX_DESCRIPTION_LINES = 4
RATE_DIGITS = 12
MAX_ITEMS_DIGITS = 999  # a goods or vehicle number has 3 digits
COUNTRY = re.compile(r"[A-Z]{2}|00|99")
OFFICE = re.compile(r"[0-9]{2}|[0-9]{5}|[0-9]{8}")
COMMODITY = re.compile(r"[0-9]{4}|[0-9]{6}|[0-9]{8}|[0-9]{10}")
PREVIOUS_DT = re.compile(r"(\d{5}|\d{8})/(\d{2})(\d{2})(\d{2})/(\d{7})")
IDENTITY_CODE = re.compile(r"\d{2}|[A-Z]{2}\d{5}")
# The other EAEU states' numbers: the features element, its number element, the number's form.
NATIONAL_IDS = {
    "BY": ("RBOrganizationFeatures", "UNP", r"\d{9}"),
    "KG": ("KGOrganizationFeatures", "KGINN", r"\d{14}"),
    "AM": ("RAOrganizationFeatures", "UNN", r"\d{8}"),
}
TRANSIT = "ТТ"
SPECIAL_ORIGIN_NAMES = {"various": "РАЗНЫЕ", "unknown": "НЕИЗВЕСТНА"}


@dataclass
class Export:
    """The file's bytes, or the findings that keep it from being written."""

    xml: bytes = b""
    findings: list[Finding] = field(default_factory=list)
    omitted: list[str] = field(default_factory=list)  # model paths the album does not carry


def _empty(box: BaseModel) -> bool:
    """Whether a part of the declaration holds nothing (all its values at their defaults)."""
    return not box.model_dump(exclude_defaults=True)


def _country_name(code: str) -> str:
    entry = countries().get(code)
    return entry.name("ru").upper() if entry is not None else ""


def _numeric_currency(alpha: str) -> str:
    entry = currencies().get(alpha)
    return str(entry.attributes.get("numeric", "")) if entry is not None else ""


def _description_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _Declaration:
    """One declaration written into one ESADout_CU element."""

    def __init__(self, w: AlbumWriter, d: Declaration, today: dt.date) -> None:
        self.w = w
        self.d = d
        self.today = today
        self.national = d.national_currency or "KZT"
        self.country = "RU" if self.national == "RUB" else "KZ"

    # -- parts ---------------------------------------------------------------------------

    def party(
        self, parent: etree._Element, name: str, party: Party, path: str, same: bool = False
    ) -> None:
        w = self.w
        node = w.el(parent, name)
        if same:
            flag = "DeclarantEqualFlag" if name.endswith("Person") else "RUDECLcat:EqualIndicator"
            w.el(node, flag).text = "1"
            return
        w.text(node, "cat_ru:OrganizationName", party.name, NAME, f"{path}.name")
        self.features(node, party, path)
        details = party.address_details
        if party.country_code or party.address or not _empty(details):
            address = w.el(node, "RUScat_ru:SubjectAddressDetails")
            w.text(
                address,
                "RUScat_ru:PostalCode",
                details.postal_code,
                9,
                f"{path}.address_details.postal_code",
            )
            if party.country_code:
                w.code(
                    address,
                    "RUScat_ru:CountryCode",
                    party.country_code,
                    f"{path}.country_code",
                    COUNTRY,
                )
                country = _country_name(party.country_code)
                if country and len(country) <= ADDRESS_PART:
                    w.el(address, "RUScat_ru:CounryName").text = country
            for part, tag in (
                ("region", "Region"),
                ("district", "District"),
                ("city", "City"),
                ("street_house", "StreetHouse"),
                ("room", "Room"),
            ):
                w.text(
                    address,
                    f"RUScat_ru:{tag}",
                    getattr(details, part),
                    ADDRESS_PART,
                    f"{path}.address_details.{part}",
                )
            w.text(address, "RUScat_ru:AddressText", party.address, ADDRESS_TEXT, f"{path}.address")
        if party.phone:
            w.text(
                w.el(node, "RUScat_ru:CommunicationDetails"),
                "cat_ru:Phone",
                party.phone,
                PHONE,
                f"{path}.phone",
            )

    def features(self, node: etree._Element, party: Party, path: str) -> None:
        """The party's number in its country's element: BIN or IIN in Kazakhstan, INN, OGRN
        and KPP in Russia, the national number in Belarus, Kyrgyzstan and Armenia."""
        w = self.w
        number = party.id_number.strip()
        others = {i.kind.upper(): i.value for i in party.other_ids if i.value}
        country = party.country_code or ("KZ" if len(number) == 12 and number.isdigit() else "")
        if country == "KZ" and number:
            features = w.el(node, "cat_ru:RKOrganizationFeatures")
            w.code(
                features,
                f"cat_ru:{kind_of(number)}",
                number,
                f"{path}.id_number",
                re.compile(r"\d{12}"),
            )
        elif country == "RU" and (number or others):
            features = w.el(node, "cat_ru:RFOrganizationFeatures")
            for tag, value, field, form in (
                ("OGRN", others.pop("OGRN", ""), "other_ids", r"\d{13}|\d{15}"),
                ("INN", number, "id_number", r"\d{10}|\d{12}"),
                ("KPP", others.pop("KPP", ""), "other_ids", r"\d{9}"),
            ):
                w.code(features, f"cat_ru:{tag}", value, f"{path}.{field}", re.compile(form))
        elif country in NATIONAL_IDS and number:
            features_tag, tag, form = NATIONAL_IDS[country]
            w.code(
                w.el(node, f"cat_ru:{features_tag}"),
                f"cat_ru:{tag}",
                number,
                f"{path}.id_number",
                re.compile(form),
            )
        else:
            w.omit(f"{path}.id_number", number)
        for kind in others:
            w.omit(f"{path}.other_ids", kind)

    def transport(
        self,
        parent: etree._Element,
        name: str,
        means: TransportMeans,
        mode: tuple[str, str],
        path: str,
    ) -> None:
        w = self.w
        if not (means.identifiers or means.country_code or means.count is not None or mode[0]):
            return
        node = w.el(parent, name)
        w.fixed(node, "cat_ru:TransportModeCode", mode[0], 2, mode[1])
        w.code(
            node,
            "cat_ru:TransportNationalityCode",
            means.country_code,
            f"{path}.country_code",
            COUNTRY,
        )
        if isinstance(means.count, int) and means.count < 1:
            w.finding(f"{path}.count", "album-at-least", minimum=1)
        w.number(node, "TransportMeansQuantity", means.count, 0, f"{path}.count", 5)
        identifiers = means.identifiers.strip()
        parts = (
            [identifiers]
            if len(identifiers) <= TRANSPORT_ID
            else re.split(r"\s*[,;/]\s*", identifiers)
        )
        for part in filter(None, parts):
            vehicle = w.el(node, "RUTransportMeans")
            w.text(vehicle, "cat_ru:TransportIdentifier", part, TRANSPORT_ID, f"{path}.identifiers")
            w.code(
                vehicle,
                "cat_ru:TransportMeansNationalityCode",
                means.country_code,
                f"{path}.country_code",
                COUNTRY,
            )

    # -- the declaration -----------------------------------------------------------------

    def write(self, root: etree._Element, document_id: str) -> None:
        w, d = self.w, self.d
        w.box = "1"
        w.el(root, "cat_ru:DocumentID").text = document_id
        header = w.el(root, "EECEDocHeaderAddInfo")
        w.el(header, "RUScat_ru:EDocCode").text = "R.036"
        w.el(header, "RUScat_ru:EDocDateTime").text = f"{self.today.isoformat()}T00:00:00"
        if d.procedure == TRANSIT:  # ТТ in the first part of box 1, ИМ or ЭК after it
            w.el(root, "CustomsProcedure").text = TRANSIT
            w.fixed(root, "TransitDirectionCode", d.direction, 2, "direction")
        else:
            if w.required(d.direction, "direction"):
                w.fixed(root, "CustomsProcedure", d.direction, 2, "direction")
            w.fixed(root, "CustomsModeCode", d.procedure, 2, "procedure")
        if d.electronic:
            w.el(root, "ElectronicDocumentSign").text = "ЭД"
        w.box = "7"
        w.fixed(root, "DeclarationKind", d.reference_number, 3, "reference_number")
        w.el(root, "RecipientCountryCode").text = self.country
        w.box = "54"
        w.text(root, "ExecutionPlace", d.filled_by.place, 35, "filled_by.place")
        w.box = ""
        w.text(root, "RegNumberDoc", d.lrn, DOC_NUMBER, "lrn")
        self.shipment(w.el(root, "ESADout_CUGoodsShipment"))
        w.box, w.item = "54", None
        self.filled_by(root, d.filled_by)
        self.representative(root, d.representative)
        w.omit("tariff_version", d.tariff_version)
        w.omit("cost_spreads", d.cost_spreads)

    def shipment(self, node: etree._Element) -> None:
        w, d = self.w, self.d
        w.box = "16"
        if d.origin_country in SPECIAL_ORIGIN_NAMES:
            w.el(node, "catESAD_cu:OriginCountryName").text = SPECIAL_ORIGIN_NAMES[d.origin_country]
        elif d.origin_country:
            name = _country_name(d.origin_country)
            if name and len(name) <= COUNTRY_NAME:
                w.el(node, "catESAD_cu:OriginCountryName").text = name
            w.code(
                node, "catESAD_cu:OriginCountryCode", d.origin_country, "origin_country", COUNTRY
            )
        w.box = "5"
        w.number(node, "catESAD_cu:TotalGoodsNumber", d.total_items, 0, "total_items", 3)
        w.box = "6"
        w.number(node, "catESAD_cu:TotalPackageNumber", d.total_packages, 0, "total_packages")
        w.box = "3"
        w.number(node, "catESAD_cu:TotalSheetNumber", d.forms_total, 0, "forms_total", 3)
        w.omit("forms_sheet", d.forms_sheet)
        w.box = "12"
        w.number(
            node, "catESAD_cu:TotalCustCost", d.total_customs_value, AMOUNT, "total_customs_value"
        )
        w.fixed(node, "catESAD_cu:CustCostCurrencyCode", self.national, 3, "national_currency")
        w.box = "2"
        if not _empty(d.consignor):
            self.party(node, "ESADout_CUConsignor", d.consignor, "consignor")
        w.box = "8"
        if d.consignee_same_as_declarant or not _empty(d.consignee):
            self.party(
                node, "ESADout_CUConsignee", d.consignee, "consignee", d.consignee_same_as_declarant
            )
        w.box = "9"
        if d.financial_party_same_as_declarant or not _empty(d.financial_party):
            self.party(
                node,
                "ESADout_CUFinancialAdjustingResponsiblePerson",
                d.financial_party,
                "financial_party",
                d.financial_party_same_as_declarant,
            )
        w.box = "14"
        self.party(node, "ESADout_CUDeclarant", d.declarant, "declarant")
        self.location(node)
        self.consignment(node)
        self.contract_terms(node)
        if w.required(d.items, "items"):
            for index, item in enumerate(d.items):
                self.goods(node, index, item)
        w.box, w.item = "B", None
        self.totals(node)

    def location(self, parent: etree._Element) -> None:
        w, place = self.w, self.d.goods_location
        w.box = "30"
        if _empty(place):
            return
        node = w.el(parent, "ESADout_CUGoodsLocation")
        w.fixed(node, "InformationTypeCode", place.type_code, 2, "goods_location.type_code")
        w.code(node, "CustomsOffice", place.customs_office, "goods_location.customs_office", OFFICE)
        w.el(node, "CustomsCountryCode").text = self.country
        if place.warehouse_licence:
            warehouse = w.el(node, "GoodsLocationWarehouse")
            w.text(
                warehouse,
                "cat_ru:PrDocumentNumber",
                place.warehouse_licence,
                DOC_NUMBER,
                "goods_location.warehouse_licence",
            )
        if place.address:
            w.text(
                w.el(node, "Address"),
                "RUScat_ru:AddressText",
                place.address,
                ADDRESS_TEXT,
                "goods_location.address",
            )

    def consignment(self, parent: etree._Element) -> None:
        w, d = self.w, self.d
        node = w.el(parent, "ESADout_CUConsigment")
        w.box = "19"
        if d.container is not None:
            w.el(node, "catESAD_cu:ContainerIndicator").text = "1" if d.container else "0"
        for box, path, code, name_tag in (
            ("15a", "dispatch_country", d.dispatch_country, "DispatchCountryName"),
            ("17a", "destination_country", d.destination_country, "DestinationCountryName"),
        ):
            w.box = box
            tag = name_tag.replace("Name", "Code")
            w.code(node, f"catESAD_cu:{tag}", code, path, COUNTRY)
            country = _country_name(code) if code else ""
            if country and len(country) <= COUNTRY_NAME:
                w.el(node, f"catESAD_cu:{name_tag}").text = country
        w.box = "29"
        if d.customs_office:
            office = w.el(node, "catESAD_cu:BorderCustomsOffice")
            w.code(office, "cat_ru:Code", d.customs_office, "customs_office", OFFICE)
            w.text(
                office,
                "cat_ru:OfficeName",
                d.customs_office_name,
                OFFICE_NAME,
                "customs_office_name",
            )
        elif d.customs_office_name:
            w.required("", "customs_office")
        w.box = "18"
        self.transport(
            node,
            "ESADout_CUDepartureArrivalTransport",
            d.departure_transport,
            (d.inland_transport_mode, "inland_transport_mode"),
            "departure_transport",
        )
        w.box = "21"
        self.transport(
            node,
            "ESADout_CUBorderTransport",
            d.border_transport,
            (d.border_transport_mode, "border_transport_mode"),
            "border_transport",
        )
        if len(node) == 0:
            parent.remove(node)

    def contract_terms(self, parent: etree._Element) -> None:
        w, d = self.w, self.d
        node = w.el(parent, "ESADout_CUMainContractTerms")
        w.box = "22"
        w.fixed(node, "catESAD_cu:ContractCurrencyCode", d.invoice_currency, 3, "invoice_currency")
        w.box = "23"
        w.number(
            node, "catESAD_cu:ContractCurrencyRate", d.exchange_rate, CURRENCY_RATE, "exchange_rate"
        )
        w.box = "22"
        w.number(node, "catESAD_cu:TotalInvoiceAmount", d.invoice_total, AMOUNT, "invoice_total")
        w.box = "11"
        w.code(node, "catESAD_cu:TradeCountryCode", d.trading_country, "trading_country", COUNTRY)
        w.box = "24"
        w.fixed(node, "catESAD_cu:DealFeatureCode", d.transaction_feature, 2, "transaction_feature")
        w.fixed(node, "catESAD_cu:DealNatureCode", d.transaction_nature, 3, "transaction_nature")
        w.box = "20"
        if d.delivery_terms or d.delivery_place:
            terms = w.el(node, "catESAD_cu:CUESADDeliveryTerms")
            w.text(terms, "cat_ru:DeliveryPlace", d.delivery_place, 50, "delivery_place")
            w.code(
                terms,
                "cat_ru:DeliveryTermsStringCode",
                d.delivery_terms,
                "delivery_terms",
                re.compile(r"\D{3}"),
            )
        if len(node) == 0:
            parent.remove(node)

    def goods(self, parent: etree._Element, index: int, item: GoodsItem) -> None:
        w = self.w
        w.item = index + 1
        node = w.el(parent, "ESADout_CUGoods")
        w.box = "32"
        w.number(
            node,
            "catESAD_cu:GoodsNumeric",
            item.number if item.number is not None else index + 1,
            0,
            "number",
            3,
        )
        w.box = "31"
        lines = _description_lines(item.description)
        if len(lines) > MAX_DESCRIPTION_LINES:
            w.finding(
                "description", "album-too-many-lines", lines=len(lines), limit=MAX_DESCRIPTION_LINES
            )
        for text in lines:
            w.text(node, "catESAD_cu:GoodsDescription", text, LINE, "description")
        w.box = "35"
        w.number(
            node, "catESAD_cu:GrossWeightQuantity", item.gross_mass_kg, QUANTITY, "gross_mass_kg"
        )
        w.box = "38"
        w.number(node, "catESAD_cu:NetWeightQuantity", item.net_mass_kg, QUANTITY, "net_mass_kg")
        w.box = "42"
        w.number(node, "catESAD_cu:InvoicedCost", item.price, AMOUNT, "price")
        w.box = "45"
        w.number(node, "catESAD_cu:CustomsCost", item.customs_value, AMOUNT, "customs_value")
        w.box = "46"
        w.number(
            node, "catESAD_cu:StatisticalCost", item.statistical_value, AMOUNT, "statistical_value"
        )
        w.box = "33"
        w.code(node, "catESAD_cu:GoodsTNVEDCode", item.commodity_code, "commodity_code", COMMODITY)
        w.box = "34"
        w.code(node, "catESAD_cu:OriginCountryCode", item.origin_country, "origin_country", COUNTRY)
        name = _country_name(item.origin_country) if item.origin_country else ""
        if name and len(name) <= COUNTRY_NAME:
            w.el(node, "catESAD_cu:OriginCountryName").text = name
        w.box = "43"
        w.fixed(
            node,
            "catESAD_cu:CustomsCostCorrectMethod",
            item.valuation_method,
            1,
            "valuation_method",
        )
        w.box = "3"
        sheet = 1 if index == 0 else 2 + (index - 1) // 3
        w.el(node, "catESAD_cu:AdditionalSheetCount").text = str(sheet)
        w.box = "31"
        self.group(node, item, lines)
        w.box = "36"
        self.preference(node, item)
        w.box = "44"
        for number, document in enumerate(item.documents):
            self.document(node, document, f"documents.{number}")
        w.box = "40"
        self.previous(node, item.previous_document)
        w.box = "47"
        for number, line in enumerate(item.payments):
            self.payment(node, line, f"payments.{number}")
        w.box = "41"
        if item.supplementary_quantity is not None:
            quantity = w.el(node, "SupplementaryGoodsQuantity")
            w.number(
                quantity,
                "cat_ru:GoodsQuantity",
                item.supplementary_quantity,
                QUANTITY,
                "supplementary_quantity",
            )
            unit = lookup("units").get(item.supplementary_unit)
            symbol = str(unit.attributes.get("symbol", "")) if unit else ""
            if symbol and len(symbol) <= 13:
                w.el(quantity, "cat_ru:MeasureUnitQualifierName").text = symbol
            w.fixed(
                quantity,
                "cat_ru:MeasureUnitQualifierCode",
                item.supplementary_unit,
                3,
                "supplementary_unit",
            )
        w.box = "31"
        self.packaging(node, item)
        w.box = "39"
        w.omit(f"items[{index}].quota_quantity", item.quota_quantity)
        w.box = "31"
        self.containers(node, item)
        w.box = "37"
        if item.procedure or item.previous_procedure or item.movement_feature:
            procedure = w.el(node, "ESADCustomsProcedure")
            for tag, path, length in (
                ("MainCustomsModeCode", "procedure", 2),
                ("PrecedingCustomsModeCode", "previous_procedure", 2),
                ("GoodsTransferFeature", "movement_feature", 3),
            ):
                if w.required(getattr(item, path), path):
                    w.fixed(procedure, f"catESAD_cu:{tag}", getattr(item, path), length, path)
        w.box = "31"
        for number, goods_line in enumerate(item.goods_lines, start=1):
            if goods_line.year is not None or goods_line.engine_cm3 is not None:
                self.vehicle(node, number, goods_line)
        for cost in ("freight_cost", "insurance_cost", "other_additions", "deductions"):
            w.omit(f"items[{index}].{cost}", getattr(item, cost))

    def group(self, parent: etree._Element, item: GoodsItem, lines: list[str]) -> None:
        """Box 31's manufacturer, trademark and model, and its goods lines one by one."""
        w = self.w
        single = item.manufacturer or item.trademark or item.model
        if not (item.goods_lines or single):
            return
        group = w.el(parent, "catESAD_cu:GoodsGroupDescription")
        first = NOT_XML.sub("", lines[0])[:LINE].strip() if lines else ""
        w.el(group, "catESAD_cu:GoodsDescription").text = first or "-"
        if not item.goods_lines:
            info = w.el(group, "catESAD_cu:GoodsGroupInformation")
            w.text(info, "catESAD_cu:Manufacturer", item.manufacturer, NAME, "manufacturer")
            w.text(info, "catESAD_cu:TradeMark", item.trademark, NAME, "trademark")
            w.text(info, "catESAD_cu:GoodsModel", item.model, 50, "model")
            return
        for name in ("manufacturer", "trademark", "model"):
            w.omit(f"items[{(w.item or 1) - 1}].{name}", getattr(item, name))
        for number, line in enumerate(item.goods_lines):
            path = f"goods_lines.{number}"
            info = w.el(group, "catESAD_cu:GoodsGroupInformation")
            text = _description_lines(line.description)
            if len(text) > MAX_DESCRIPTION_LINES:
                w.finding(
                    f"{path}.description",
                    "album-too-many-lines",
                    lines=len(text),
                    limit=MAX_DESCRIPTION_LINES,
                )
            for part in text:
                w.text(info, "catESAD_cu:InfoDescription", part, LINE, f"{path}.description")
            w.text(info, "catESAD_cu:Manufacturer", line.manufacturer, NAME, f"{path}.manufacturer")
            w.text(info, "catESAD_cu:TradeMark", line.trademark, NAME, f"{path}.trademark")
            w.text(info, "catESAD_cu:GoodsModel", line.model, 50, f"{path}.model")
            w.text(info, "catESAD_cu:GoodsMarking", line.article, 50, f"{path}.article")
            w.text(info, "catESAD_cu:SerialNumber", line.serial, 50, f"{path}.serial")
            if line.quantity is not None:
                quantity = w.el(info, "catESAD_cu:GoodsGroupQuantity")
                w.number(quantity, "catESAD_cu:GoodsQuantity", line.quantity, 8, f"{path}.quantity")
                w.code(
                    quantity,
                    "catESAD_cu:MeasureUnitQualifierCode",
                    line.unit,
                    f"{path}.unit",
                    re.compile(r"[0-9A-Z]{2,3}|\d{3,4}"),
                )
            w.el(info, "catESAD_cu:LineNum").text = str(number + 1)

    def preference(self, parent: etree._Element, item: GoodsItem) -> None:
        w, p = self.w, item.preference
        if _empty(p):
            return
        if p.typed:
            w.finding("preference", "album-format", value=p.typed)
            return
        node = w.el(parent, "catESAD_cu:Preferencii")
        for tag, name, length in (
            ("CustomsTax", "fees", 2),
            ("CustomsDuty", "duty", 2),
            ("Excise", "excise", 1),
            ("Rate", "vat", 2),
        ):
            value = getattr(p, name)
            if w.required(value, f"preference.{name}"):
                w.fixed(node, f"catESAD_cu:{tag}", value, length, f"preference.{name}")

    def document(self, parent: etree._Element, document: Document, path: str) -> None:
        w = self.w
        node = w.el(parent, "ESADout_CUPresentedDocument")
        w.text(node, "cat_ru:PrDocumentName", document.name, LINE, f"{path}.name")
        w.text(node, "cat_ru:PrDocumentNumber", document.number, DOC_NUMBER, f"{path}.number")
        w.date(node, "cat_ru:PrDocumentDate", document.date, f"{path}.date")
        if w.required(document.type_code, f"{path}.type_code"):
            w.fixed(
                node,
                "catESAD_cu:PresentedDocumentModeCode",
                document.type_code,
                5,
                f"{path}.type_code",
            )
        w.date(
            node, "catESAD_cu:DocumentBeginActionsDate", document.valid_from, f"{path}.valid_from"
        )
        w.date(node, "catESAD_cu:DocumentEndActionsDate", document.valid_to, f"{path}.valid_to")
        w.fixed(
            node,
            "catESAD_cu:CustomsPaymentModeCodeType",
            document.payment_type,
            4,
            f"{path}.payment_type",
        )
        w.code(
            node, "catESAD_cu:CountryCode", document.country_code, f"{path}.country_code", COUNTRY
        )
        if document.electronic_id:
            archive = w.el(node, "catESAD_cu:RFG44PresentedDocId")
            w.text(
                archive,
                "catESAD_cu:ElectronicDocumentID",
                document.electronic_id,
                36,
                f"{path}.electronic_id",
            )
        if document.presentation_code or document.presentation_date:
            presenting = w.el(node, "RUDECLcat:DocumentPresentingDetails")
            w.fixed(
                presenting,
                "RUDECLcat:DocPresentKindCode",
                document.presentation_code,
                1,
                f"{path}.presentation_code",
            )
            w.date(
                presenting,
                "RUDECLcat:DocPresentDate",
                document.presentation_date,
                f"{path}.presentation_date",
            )

    def previous(self, parent: etree._Element, text: str) -> None:
        w = self.w
        text = text.strip()
        if not text:
            return
        node = w.el(parent, "ESADout_CUPrecedingDocument")
        match = PREVIOUS_DT.fullmatch(text)
        if match is None:
            w.text(node, "catESAD_cu:OtherPrDocumentNumber", text, DOC_NUMBER, "previous_document")
            return
        office, day, month, year, number = match.groups()
        try:
            date = dt.date(2000 + int(year), int(month), int(day))
        except ValueError:
            w.finding("previous_document", "album-format", value=text)
            return
        w.el(node, "catESAD_cu:PrecedingDocumentCustomsCode").text = office
        w.el(node, "catESAD_cu:PrecedingDocumentDate").text = date.isoformat()
        w.el(node, "catESAD_cu:PrecedingDocumentNumber").text = number

    def payment(self, parent: etree._Element, line: PaymentLine, path: str) -> None:
        w = self.w
        node = w.el(parent, "ESADout_CUCustomsPaymentCalculation")
        if w.required(line.type_code, f"{path}.type_code"):
            w.fixed(node, "catESAD_cu:PaymentModeCode", line.type_code, 4, f"{path}.type_code")
        w.number(node, "catESAD_cu:PaymentAmount", line.amount, AMOUNT, f"{path}.amount")
        self.currency(
            node,
            "catESAD_cu:PaymentCurrencyCode",
            line.currency or self.national,
            f"{path}.currency",
        )
        w.number(node, "catESAD_cu:TaxBase", line.base, QUANTITY, f"{path}.base")
        if line.base_unit:
            w.fixed(
                node, "catESAD_cu:TaxBaseTNVEDQualifierCode", line.base_unit, 3, f"{path}.base_unit"
            )
        elif line.base is not None:
            self.currency(node, "catESAD_cu:TaxBaseCurrencyCode", self.national, f"{path}.base")
        self.rate(node, "", line.rate, line.rate_type, line.rate_currency, line.rate_unit, path)
        if line.rate_comparison == "max":
            w.el(node, "catESAD_cu:ComparisonOperationsSign").text = "1"
        self.rate(
            node, "2", line.rate2, line.rate2_type, line.rate2_currency, line.rate2_unit, path
        )
        if line.rate_comparison == "sum":
            w.el(node, "catESAD_cu:OperationsSign").text = "+"
        w.fixed(node, "catESAD_cu:PaymentCode", line.feature, 2, f"{path}.feature")

    def rate(
        self,
        node: etree._Element,
        suffix: str,
        rate: Decimal | str | None,
        kind: str,
        currency: str,
        unit: str,
        path: str,
    ) -> None:
        """One part of a rate: `Rate`, `RateTypeCode`… of the first (suffix "") or the second
        ("2"), from the line's `rate`… or `rate2`… fields."""
        w = self.w
        field_suffix = suffix
        w.number(
            node, f"catESAD_cu:Rate{suffix}", rate, RATE, f"{path}.rate{field_suffix}", RATE_DIGITS
        )
        w.fixed(
            node, f"catESAD_cu:RateTypeCode{suffix}", kind, 1, f"{path}.rate{field_suffix}_type"
        )
        if currency:
            self.currency(
                node,
                f"catESAD_cu:RateCurrencyCode{suffix}",
                currency,
                f"{path}.rate{field_suffix}_currency",
            )
        w.fixed(
            node,
            f"catESAD_cu:RateTNVEDQualifierCode{suffix}",
            unit,
            3,
            f"{path}.rate{field_suffix}_unit",
        )

    def currency(self, node: etree._Element, name: str, alpha: str, path: str) -> None:
        numeric = _numeric_currency(alpha)
        if not numeric:
            self.w.finding(path, "unknown-code", value=alpha)
            return
        self.w.el(node, name).text = numeric

    def packaging(self, parent: etree._Element, item: GoodsItem) -> None:
        w = self.w
        infos: list[tuple[str, str, int | str | None, str]] = []
        for number, package in enumerate(item.packaging):
            infos.append(("0", package.kind_code, package.count, f"packaging.{number}.kind_code"))
            if package.pallet_code or package.pallet_count is not None:
                infos.append(
                    (
                        "3",
                        package.pallet_code,
                        package.pallet_count,
                        f"packaging.{number}.pallet_code",
                    )
                )
        if not item.packaging and item.package_kind:
            infos.append(("0", item.package_kind, item.packages_count, "package_kind"))
        elif item.packaging and item.package_kind not in ("", item.packaging[0].kind_code):
            w.omit(f"items[{(w.item or 1) - 1}].package_kind", item.package_kind)
        if not infos and item.packages_count is None:
            return
        node = w.el(parent, "ESADGoodsPackaging")
        w.number(node, "catESAD_cu:PakageQuantity", item.packages_count, 0, "packages_count")
        packed = any(code not in ("", "NE") for kind, code, _, _ in infos if kind == "0")
        w.el(node, "catESAD_cu:PakageTypeCode").text = "1" if packed else "0"
        for kind, code, count, path in infos:
            info = w.el(node, "catESAD_cu:PackagePalleteInformation")
            w.el(info, "catESAD_cu:InfoKindCode").text = kind
            w.fixed(info, "catESAD_cu:PalleteCode", code, 2, path)
            w.number(
                info,
                "catESAD_cu:PalleteQuantity",
                count,
                0,
                path.replace("kind_code", "count").replace("pallet_code", "pallet_count"),
            )

    def containers(self, parent: etree._Element, item: GoodsItem) -> None:
        w = self.w
        numbers = item.container_numbers or [n for n in re.split(r"[\s,;]+", item.containers) if n]
        if not numbers:
            return
        node = w.el(parent, "ESADContainer")
        w.el(node, "catESAD_cu:ContainerQuantity").text = str(len(numbers))
        for number in numbers:
            container = w.el(node, "catESAD_cu:ContainerNumber")
            w.text(container, "catESAD_cu:ContainerIdentificaror", number, 17, "container_numbers")

    def vehicle(self, parent: etree._Element, number: int, line: GoodsLine) -> None:
        w = self.w
        path = f"goods_lines.{number - 1}"
        node = w.el(parent, "GoodsAutomobile")
        if number > MAX_ITEMS_DIGITS:
            w.finding(path, "album-too-large", value=number)
        w.el(node, "catESAD_cu:RecNumber").text = str(number)
        w.text(node, "catESAD_cu:Model", line.model, 100, f"{path}.model")
        w.text(node, "catESAD_cu:Mark", line.trademark, LINE, f"{path}.trademark")
        if isinstance(line.year, int) and 1 <= line.year <= 9999:
            w.el(node, "catESAD_cu:OfftakeYear").text = f"{line.year:04d}"
        elif isinstance(line.year, int):
            w.finding(f"{path}.year", "album-format", value=line.year)
        elif line.year is not None:
            w.finding(f"{path}.year", "not-whole", value=line.year)
        if line.engine_cm3 is not None:
            volume = w.el(node, "catESAD_cu:EngineVolumeQuanity")
            w.number(
                volume, "catESAD_cu:MeasuredAmount", line.engine_cm3, QUANTITY, f"{path}.engine_cm3"
            )
            w.el(volume, "catESAD_cu:MeasureUnitQualifierCode").text = "111"
        w.text(node, "catESAD_cu:VINID", line.serial, 40, f"{path}.serial")

    def totals(self, parent: etree._Element) -> None:
        w, d = self.w, self.d
        if not d.payment_totals:
            return
        node = w.el(parent, "ESADout_CUPayments")
        for number, total in enumerate(d.payment_totals):
            path = f"payment_totals.{number}"
            payment = w.el(node, "ESADout_CUCustomsPayment")
            if w.required(total.type_code, f"{path}.type_code"):
                w.code(
                    payment,
                    "catESAD_cu:PaymentModeCode",
                    total.type_code,
                    f"{path}.type_code",
                    re.compile(r".{1,4}"),
                )
            if w.required(total.amount, f"{path}.amount"):
                w.number(
                    payment, "catESAD_cu:PaymentAmount", total.amount, AMOUNT, f"{path}.amount"
                )
            self.currency(
                payment,
                "catESAD_cu:PaymentCurrencyCode",
                total.currency or self.national,
                f"{path}.currency",
            )
            number_id = d.declarant.id_number.strip()
            if self.country == "KZ" and len(number_id) == 12 and number_id.isdigit():
                features = w.el(payment, "RKOrganizationFeatures")
                w.el(features, f"cat_ru:{kind_of(number_id)}").text = number_id

    def filled_by(self, root: etree._Element, person: FilledBy) -> None:
        w = self.w
        if _empty(person):
            return
        node = w.el(root, "FilledPerson")
        names = person.name.split()
        if len(names) < 2:
            w.finding("filled_by.name", "album-person-name")
        else:
            signing = w.el(node, "RUDECLcat:SigningDetails")
            w.text(signing, "cat_ru:PersonSurname", names[0], NAME, "filled_by.name")
            w.text(signing, "cat_ru:PersonName", names[1], NAME, "filled_by.name")
            w.text(signing, "cat_ru:PersonMiddleName", " ".join(names[2:]), NAME, "filled_by.name")
            w.text(signing, "cat_ru:PersonPost", person.position, LINE, "filled_by.position")
            if person.phone:
                w.text(
                    w.el(signing, "RUScat_ru:CommunicationDetails"),
                    "cat_ru:Phone",
                    person.phone,
                    PHONE,
                    "filled_by.phone",
                )
            when = person.date if isinstance(person.date, dt.date) else self.today
            if isinstance(person.date, str):
                w.finding("filled_by.date", "not-a-date", value=person.date)
            w.el(signing, "RUScat_ru:SigningDate").text = f"{when.isoformat()}T00:00:00"
        card = person.identity
        if person.identity_document or not _empty(card):
            identity = w.el(node, "RUDECLcat:SignatoryPersonIdentityDetails")
            w.code(
                identity,
                "RUScat_ru:IdentityCardCode",
                card.kind_code,
                "filled_by.identity.kind_code",
                IDENTITY_CODE,
            )
            w.text(identity, "RUScat_ru:IdentityCardName", card.name, 40, "filled_by.identity.name")
            w.text(
                identity,
                "RUScat_ru:FullIdentityCardName",
                person.identity_document,
                LINE,
                "filled_by.identity_document",
            )
            w.text(
                identity,
                "RUScat_ru:IdentityCardSeries",
                card.series,
                11,
                "filled_by.identity.series",
            )
            w.text(
                identity,
                "RUScat_ru:IdentityCardNumber",
                card.number,
                25,
                "filled_by.identity.number",
            )
            w.date(identity, "RUScat_ru:IdentityCardDate", card.issued, "filled_by.identity.issued")
            w.text(
                identity,
                "RUScat_ru:OrganizationName",
                card.issuer,
                NAME,
                "filled_by.identity.issuer",
            )
        power = person.power_of_attorney
        if not _empty(power):
            details = w.el(node, "RUDECLcat:PowerOfAttorneyDetails")
            w.text(
                details,
                "cat_ru:PrDocumentName",
                power.name,
                LINE,
                "filled_by.power_of_attorney.name",
            )
            w.text(
                details,
                "cat_ru:PrDocumentNumber",
                power.number,
                DOC_NUMBER,
                "filled_by.power_of_attorney.number",
            )
            w.date(details, "cat_ru:PrDocumentDate", power.date, "filled_by.power_of_attorney.date")
            w.date(
                details,
                "RUScat_ru:DocValidityDate",
                power.valid_to,
                "filled_by.power_of_attorney.valid_to",
            )
            w.el(details, "RUScat_ru:DocKindCode").text = "11003"

    def representative(self, root: etree._Element, rep: CustomsRepresentative) -> None:
        """Box 54's customs representative: its register entry and its contract. The album
        has no element for its name and BIN: the signer's certificate names it."""
        w = self.w
        if _empty(rep):
            return
        node = w.el(root, "CUESADCustomsRepresentative")
        registry = w.el(node, "RUDECLcat:BrokerRegistryDocDetails")
        w.el(registry, "RUDECLcat:DocKindCode").text = "09034"
        w.el(registry, "RUDECLcat:CountryA2Code").text = self.country
        if w.required(rep.register_entry, "representative.register_entry"):
            w.text(
                registry,
                "RUDECLcat:RegistrationNumberId",
                rep.register_entry,
                25,
                "representative.register_entry",
            )
        contract = w.el(node, "RUDECLcat:RepresentativeContractDetails")
        w.el(contract, "cat_ru:PrDocumentName").text = "ДОГОВОР"
        w.text(
            contract,
            "cat_ru:PrDocumentNumber",
            rep.contract_number,
            DOC_NUMBER,
            "representative.contract_number",
        )
        w.date(contract, "cat_ru:PrDocumentDate", rep.contract_date, "representative.contract_date")
        w.el(contract, "RUScat_ru:DocKindCode").text = "11002"
        w.omit("representative.name", rep.name)
        w.omit("representative.bin", rep.bin)


def export(
    declaration: Declaration,
    album: str = DEFAULT_ALBUM,
    today: dt.date | None = None,
    document_ids: Iterable[str] | None = None,
) -> Export:
    """The ED_Container with the declaration in it, or the findings that stop it."""
    chosen = ALBUMS[album]
    w = AlbumWriter(chosen)
    ids = iter(document_ids) if document_ids is not None else None

    def new_id() -> str:
        return next(ids) if ids is not None else str(uuid.uuid4()).upper()

    namespaces: dict[str | None, str] = {None: chosen.uri("ESADout_CU")}
    for prefix in chosen.namespaces:
        if prefix not in ("ESADout_CU", "ED_Container"):
            namespaces[prefix] = chosen.uri(prefix)
    root = etree.Element(w.tag("ESADout_CU:ESADout_CU"), nsmap=namespaces)
    root.set("DocumentModeID", DOCUMENT_MODE)
    container_id = new_id()
    _Declaration(w, declaration, today or dt.date.today()).write(root, new_id())
    if w.findings:
        return Export(findings=w.findings, omitted=w.omitted)
    # The declaration declares every prefix it uses, as real files do, so a reader that takes
    # it out of its container as text still has them: it is written apart and put in.
    container = etree.Element(
        w.tag("ED_Container:ED_Container"),
        nsmap={
            None: chosen.uri("ED_Container"),
            "cat_ru": chosen.uri("cat_ru"),
            "clt_ru": chosen.uri("clt_ru"),
        },
    )
    container.set("DocumentModeID", CONTAINER_MODE)
    w.el(container, "cat_ru:DocumentID").text = container_id
    w.el(w.el(container, "ED_Container:ContainerDoc"), "ED_Container:DocBody").text = BODY
    head, tail = etree.tostring(container, encoding="unicode", pretty_print=True).split(BODY)
    text = head + etree.tostring(root, encoding="unicode", pretty_print=True) + tail
    if declaration.registration_number:
        text += f"<!--ND={declaration.registration_number}-->\n"
    xml = b"<?xml version='1.0' encoding='UTF-8'?>\n" + text.encode("utf-8")
    return Export(xml=xml, omitted=w.omitted)
