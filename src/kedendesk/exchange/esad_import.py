"""Reading an EAEU XML DT (`ESADout_CU` of albums 5.10 to 5.23, alone or in an `ED_Container`)
into a declaration, with the elements the model has no box for listed by path.

Nothing here writes: `read` returns the declaration and what it left aside, and the caller
asks the user before a draft is made. A file that is not such a declaration is refused with the
line and the element (`ExchangeError`). The parser resolves no entities, loads no DTD and reads
no network; a file with a DOCTYPE is refused, like one over `MAX_BYTES`.

Elements are matched by local name in any `urn:customs.ru:` namespace, so the sub-schema
versions of older albums (5.14's `cat_ru` 5.10.0) read with the same code; where an album
renamed an element (`TransportMeans` before `RUTransportMeans`) both names are read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from lxml import etree

from kedendesk.domain.declaration import Declaration
from kedendesk.domain.reference import currencies
from kedendesk.exchange.esad_album import (
    CONTAINER_BASE,
    CUSTOMS_PREFIX,
    NEWEST_READ,
    OLDEST_READ,
    ROOT_BASE,
    base_and_version,
    readable,
)
from kedendesk.exchange.esad_export import SPECIAL_ORIGIN_NAMES, TRANSIT
from kedendesk.exchange.problems import ExchangeError, FileProblem

CONTAINER_READ = ("DocumentID", "ContainerDoc")  # the container's own id; its documents
MAX_BYTES = 32 * 1024 * 1024  # a DT of 999 items is about 3 MB
_REGISTRATION = re.compile(
    r"(?:ND=|\"SIGMA-SOFT\.ESAD\.GN\"\s*:\s*\")((?:\d{5}|\d{8})/\d{6}/\d{7})"
)
_PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": False,
}


@dataclass(frozen=True)
class Unknown:
    """An element of the file no box reads: its path below ESADout_CU, first line, count."""

    path: str
    line: int
    count: int


@dataclass
class EsadFile:
    declaration: Declaration
    album: str  # the root namespace's version, "5.23.0"
    unknown: list[Unknown] = field(default_factory=list)


def _local(element: etree._Element) -> str:
    tag = str(element.tag)
    return tag[tag.index("}") + 1 :] if tag.startswith("{") else tag


def _refuse(message: str, element: etree._Element | None = None) -> ExchangeError:
    if element is None:
        return ExchangeError([FileProblem(message)])
    return ExchangeError([FileProblem(message, element.sourceline, field=_local(element))])


class _Reader:
    """Reads child elements by local name and remembers each one it read."""

    def __init__(self) -> None:
        self.read: set[etree._Element] = set()
        self._children: dict[etree._Element, dict[str, list[etree._Element]]] = {}

    def _index(self, parent: etree._Element) -> dict[str, list[etree._Element]]:
        """The parent's customs elements by local name, built once (a DT has 30 000)."""
        index = self._children.get(parent)
        if index is None:
            index = {}
            for element in parent:
                tag = element.tag
                if not isinstance(tag, str) or not tag.startswith("{" + CUSTOMS_PREFIX):
                    continue
                index.setdefault(tag[tag.index("}") + 1 :], []).append(element)
            self._children[parent] = index
        return index

    def child(self, parent: etree._Element | None, *names: str) -> etree._Element | None:
        if parent is None:
            return None
        index = self._index(parent)
        for name in names:
            found = index.get(name)
            if found:
                self.read.add(found[0])
                return found[0]
        return None

    def children(self, parent: etree._Element | None, *names: str) -> list[etree._Element]:
        if parent is None:
            return []
        index = self._index(parent)
        found = [e for name in names for e in index.get(name, ())]
        if len(names) > 1:
            found.sort(key=lambda e: e.getparent().index(e))
        self.read.update(found)
        return found

    def known(self, parent: etree._Element | None, *names: str) -> None:
        """Elements the album has and no box needs (a country's name beside its code, the
        sheet number of the printed form): read, so they are not listed as unknown."""
        self.children(parent, *names)

    def text(self, parent: etree._Element | None, *path: str) -> str:
        element = parent
        for name in path:
            element = self.child(element, name)
        if element is None or element.text is None:
            return ""
        return str(element.text).strip()

    def texts(self, parent: etree._Element | None, name: str) -> list[str]:
        return [
            (e.text or "").strip() for e in self.children(parent, name) if (e.text or "").strip()
        ]

    def date(self, parent: etree._Element | None, *path: str) -> dt.date | str | None:
        value = self.text(parent, *path)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return value  # kept as typed; the checks name it

    def flag(self, parent: etree._Element | None, *path: str) -> bool | None:
        value = self.text(parent, *path).lower()
        if value in ("1", "true"):
            return True
        if value in ("0", "false"):
            return False
        return None

    def unknown(self, root: etree._Element) -> list[Unknown]:
        """The topmost elements below `root` that nothing read, grouped by path."""
        counts: Counter[str] = Counter()
        lines: dict[str, int] = {}

        def walk(element: etree._Element, path: str) -> None:
            for child in element:
                if not isinstance(child.tag, str):
                    continue  # comments, processing instructions
                where = f"{path}/{_local(child)}" if path else _local(child)
                if child in self.read:
                    walk(child, where)
                    continue
                counts[where] += 1
                lines.setdefault(where, child.sourceline or 0)

        walk(root, "")
        return [Unknown(path, lines[path], count) for path, count in counts.items()]


@cache
def _numeric_to_alpha(numeric: str) -> str:
    """ISO 4217 "398" → "KZT" (the album writes payment currencies by number)."""
    for entry in currencies():
        if entry.attributes.get("numeric") == numeric:
            return entry.code
    return numeric


class _Declaration:
    """The declaration's boxes, from one ESADout_CU element."""

    def __init__(self, r: _Reader) -> None:
        self.r = r
        self.national = ""

    def currency(self, parent: etree._Element, name: str) -> str:
        value = self.r.text(parent, name)
        alpha = _numeric_to_alpha(value) if value.isdigit() else value
        return "" if alpha == (self.national or "KZT") else alpha

    def party(self, node: etree._Element | None) -> dict[str, Any]:
        r = self.r
        if node is None:
            return {}
        party: dict[str, Any] = {"name": r.text(node, "OrganizationName")}
        other: list[dict[str, str]] = []
        rk = r.child(node, "RKOrganizationFeatures")
        rf = r.child(node, "RFOrganizationFeatures")
        rb = r.child(node, "RBOrganizationFeatures")
        kg = r.child(node, "KGOrganizationFeatures")
        ra = r.child(node, "RAOrganizationFeatures")
        if rk is not None:
            party["id_number"] = r.text(rk, "BIN") or r.text(rk, "IIN")
        elif rf is not None:
            party["id_number"] = r.text(rf, "INN")
            for kind in ("OGRN", "KPP"):
                if value := r.text(rf, kind):
                    other.append({"kind": kind, "value": value, "country_code": "RU"})
        elif rb is not None:
            party["id_number"] = r.text(rb, "UNP")
        elif kg is not None:
            party["id_number"] = r.text(kg, "KGINN")
        elif ra is not None:
            party["id_number"] = r.text(ra, "UNN")
        if other:
            party["other_ids"] = other
        address = r.child(node, "SubjectAddressDetails", "Address")  # "Address" before 5.11
        if address is not None:
            party["country_code"] = r.text(address, "CountryCode")
            r.known(address, "CounryName")
            party["address"] = r.text(address, "AddressText")
            party["address_details"] = {
                "postal_code": r.text(address, "PostalCode"),
                "region": r.text(address, "Region"),
                "district": r.text(address, "District"),
                "city": r.text(address, "City"),
                "street_house": r.text(address, "StreetHouse"),
                "room": r.text(address, "Room"),
            }
        if not party.get("country_code"):
            party["country_code"] = r.text(node, "CountryA2Code")
        party["phone"] = r.text(node, "CommunicationDetails", "Phone")
        return party

    def transport(self, node: etree._Element | None) -> tuple[dict[str, Any], str]:
        r = self.r
        if node is None:
            return {}, ""
        mode = r.text(node, "TransportModeCode")
        means = r.children(node, "RUTransportMeans", "TransportMeans")
        identifiers = [r.text(m, "TransportIdentifier") for m in means]
        for vehicle in means:
            r.known(vehicle, "TransportMeansNationalityCode")
        count = r.text(node, "TransportMeansQuantity")
        return {
            "count": count or None,
            "identifiers": ", ".join(i for i in identifiers if i),
            "country_code": r.text(node, "TransportNationalityCode"),
        }, mode

    def read(self, root: etree._Element) -> dict[str, Any]:
        r = self.r
        d: dict[str, Any] = {}
        r.known(root, "DocumentID", "RecipientCountryCode")
        header = r.child(root, "EECEDocHeaderAddInfo")
        r.known(header, "EDocCode", "EDocDateTime", "LanguageCode")
        d["direction"] = r.text(root, "CustomsProcedure")
        d["procedure"] = r.text(root, "CustomsModeCode")
        if d["direction"] == TRANSIT:  # a transit declaration: ИМ or ЭК is its direction
            d["procedure"] = TRANSIT
            d["direction"] = r.text(root, "TransitDirectionCode")
        d["electronic"] = r.text(root, "ElectronicDocumentSign") == "ЭД"
        d["reference_number"] = r.text(root, "DeclarationKind")
        place = r.text(root, "ExecutionPlace")
        d["lrn"] = r.text(root, "RegNumberDoc")
        shipment = r.child(root, "ESADout_CUGoodsShipment")
        if shipment is None:
            raise _refuse("ESADout_CU has no ESADout_CUGoodsShipment", root)
        self.shipment(shipment, d)
        d["filled_by"] = self.filled_by(r.child(root, "FilledPerson"), place)
        d["representative"] = self.representative(r.child(root, "CUESADCustomsRepresentative"))
        return d

    def shipment(self, node: etree._Element, d: dict[str, Any]) -> None:
        r = self.r
        origin_name = r.text(node, "OriginCountryName")
        origin = r.text(node, "OriginCountryCode")
        special = {name: code for code, name in SPECIAL_ORIGIN_NAMES.items()}
        d["origin_country"] = origin or special.get(origin_name.upper(), "")
        d["total_items"] = r.text(node, "TotalGoodsNumber") or None
        d["total_packages"] = r.text(node, "TotalPackageNumber") or None
        d["forms_total"] = r.text(node, "TotalSheetNumber") or None
        d["total_customs_value"] = r.text(node, "TotalCustCost") or None
        national = r.text(node, "CustCostCurrencyCode")
        self.national = "" if national in ("", "KZT") else national
        d["national_currency"] = self.national
        consignee = r.child(node, "ESADout_CUConsignee")
        financial = r.child(node, "ESADout_CUFinancialAdjustingResponsiblePerson")
        d["consignor"] = self.party(r.child(node, "ESADout_CUConsignor"))
        d["consignee_same_as_declarant"] = bool(r.flag(consignee, "EqualIndicator"))
        d["consignee"] = {} if d["consignee_same_as_declarant"] else self.party(consignee)
        d["financial_party_same_as_declarant"] = bool(r.flag(financial, "DeclarantEqualFlag"))
        if not d["financial_party_same_as_declarant"]:
            d["financial_party"] = self.party(financial)
        d["declarant"] = self.party(r.child(node, "ESADout_CUDeclarant"))
        location = r.child(node, "ESADout_CUGoodsLocation")
        if location is not None:
            r.known(location, "CustomsCountryCode")
            d["goods_location"] = {
                "type_code": r.text(location, "InformationTypeCode"),
                "customs_office": r.text(location, "CustomsOffice"),
                "warehouse_licence": r.text(location, "GoodsLocationWarehouse", "PrDocumentNumber"),
                "address": r.text(location, "Address", "AddressText"),
            }
            warehouse = r.child(location, "GoodsLocationWarehouse")
            if warehouse is not None:
                # A real file names the licence's date and type too: the box keeps the number.
                r.known(warehouse, "PrDocumentDate", "PrDocumentName", "PresentedDocumentModeCode")
            address = r.child(location, "Address")
            if address is not None and not d["goods_location"]["address"]:
                parts = [
                    r.text(address, name)
                    for name in ("PostalCode", "Region", "District", "City", "StreetHouse")
                ]
                r.known(address, "CountryCode", "CounryName")
                d["goods_location"]["address"] = ", ".join(p for p in parts if p)
        self.consignment(r.child(node, "ESADout_CUConsigment"), d)
        terms = r.child(node, "ESADout_CUMainContractTerms")
        d["invoice_currency"] = r.text(terms, "ContractCurrencyCode")
        d["exchange_rate"] = r.text(terms, "ContractCurrencyRate") or None
        d["invoice_total"] = r.text(terms, "TotalInvoiceAmount") or None
        d["trading_country"] = r.text(terms, "TradeCountryCode")
        d["transaction_feature"] = r.text(terms, "DealFeatureCode")
        d["transaction_nature"] = r.text(terms, "DealNatureCode")
        delivery = r.child(terms, "CUESADDeliveryTerms")
        d["delivery_place"] = r.text(delivery, "DeliveryPlace")
        d["delivery_terms"] = r.text(delivery, "DeliveryTermsStringCode")
        d["items"] = [self.goods(goods) for goods in r.children(node, "ESADout_CUGoods")]
        payments = r.child(node, "ESADout_CUPayments")
        d["payment_totals"] = []
        for payment in r.children(payments, "ESADout_CUCustomsPayment"):
            d["payment_totals"].append(
                {
                    "type_code": r.text(payment, "PaymentModeCode"),
                    "amount": r.text(payment, "PaymentAmount") or None,
                    "currency": self.currency(payment, "PaymentCurrencyCode"),
                }
            )
            # The payer of a box B line is the declarant's own number: known, no box of its own.
            for name in ("RKOrganizationFeatures", "RFOrganizationFeatures"):
                r.known(r.child(payment, name), "BIN", "IIN", "INN", "KPP")

    def consignment(self, node: etree._Element | None, d: dict[str, Any]) -> None:
        r = self.r
        if node is None:
            return
        d["container"] = r.flag(node, "ContainerIndicator")
        d["dispatch_country"] = r.text(node, "DispatchCountryCode")
        d["destination_country"] = r.text(node, "DestinationCountryCode")
        r.known(node, "DispatchCountryName", "DestinationCountryName")
        office = r.child(node, "BorderCustomsOffice", "PPBorderCustoms")
        if office is not None:
            d["customs_office"] = r.text(office, "Code")
            d["customs_office_name"] = r.text(office, "OfficeName")
            r.known(office, "CustomsCountryCode")
        departure, d["inland_transport_mode"] = self.transport(
            r.child(node, "ESADout_CUDepartureArrivalTransport")
        )
        border, d["border_transport_mode"] = self.transport(
            r.child(node, "ESADout_CUBorderTransport")
        )
        d["departure_transport"] = departure
        d["border_transport"] = border

    def goods(self, node: etree._Element) -> dict[str, Any]:
        r = self.r
        item: dict[str, Any] = {"number": r.text(node, "GoodsNumeric") or None}
        item["description"] = "\n".join(r.texts(node, "GoodsDescription"))
        item["gross_mass_kg"] = r.text(node, "GrossWeightQuantity") or None
        item["net_mass_kg"] = r.text(node, "NetWeightQuantity") or None
        item["price"] = r.text(node, "InvoicedCost") or None
        item["customs_value"] = r.text(node, "CustomsCost") or None
        item["statistical_value"] = r.text(node, "StatisticalCost") or None
        item["commodity_code"] = r.text(node, "GoodsTNVEDCode")
        item["origin_country"] = r.text(node, "OriginCountryCode")
        r.known(node, "OriginCountryName")
        item["valuation_method"] = r.text(node, "CustomsCostCorrectMethod")
        r.known(node, "AdditionalSheetCount")  # the sheet of the printed form: derived
        self.group(node, item)
        preference = r.child(node, "Preferencii")
        if preference is not None:
            item["preference"] = {
                "fees": r.text(preference, "CustomsTax"),
                "duty": r.text(preference, "CustomsDuty"),
                "excise": r.text(preference, "Excise"),
                "vat": r.text(preference, "Rate"),
            }
        item["documents"] = [
            self.document(document) for document in r.children(node, "ESADout_CUPresentedDocument")
        ]
        previous = r.children(node, "ESADout_CUPrecedingDocument")
        item["previous_document"] = "; ".join(self.previous(p) for p in previous)
        item["payments"] = [
            self.payment(line) for line in r.children(node, "ESADout_CUCustomsPaymentCalculation")
        ]
        supplementary = r.child(node, "SupplementaryGoodsQuantity")
        if supplementary is not None:
            item["supplementary_quantity"] = r.text(supplementary, "GoodsQuantity") or None
            item["supplementary_unit"] = r.text(supplementary, "MeasureUnitQualifierCode")
            r.known(supplementary, "MeasureUnitQualifierName")
        self.packaging(r.child(node, "ESADGoodsPackaging"), item)
        numbers: list[str] = []
        for container in r.children(node, "ESADContainer"):
            r.known(container, "ContainerQuantity", "ContainerKind")
            for number in r.children(container, "ContainerNumber"):
                numbers.append(r.text(number, "ContainerIdentificaror"))
                r.known(number, "FullIndicator")
        if numbers:
            item["container_numbers"] = numbers
            item["containers"] = ", ".join(numbers)
        procedure = r.child(node, "ESADCustomsProcedure")
        if procedure is not None:
            item["procedure"] = r.text(procedure, "MainCustomsModeCode")
            item["previous_procedure"] = r.text(procedure, "PrecedingCustomsModeCode")
            item["movement_feature"] = r.text(procedure, "GoodsTransferFeature")
        self.vehicles(node, item)
        return item

    def group(self, node: etree._Element, item: dict[str, Any]) -> None:
        """Box 31's groups: one description without line numbers is the item's manufacturer,
        trademark and model; numbered ones are its goods lines."""
        r = self.r
        infos: list[etree._Element] = []
        for group in r.children(node, "GoodsGroupDescription"):
            r.known(group, "GoodsDescription")
            infos.extend(r.children(group, "GoodsGroupInformation"))
        lines = []
        for info in infos:
            quantity = r.child(info, "GoodsGroupQuantity")
            line = {
                "description": "\n".join(r.texts(info, "InfoDescription")),
                "manufacturer": r.text(info, "Manufacturer"),
                "trademark": r.text(info, "TradeMark"),
                "model": r.text(info, "GoodsModel"),
                "article": r.text(info, "GoodsMarking"),
                "serial": r.text(info, "SerialNumber"),
                "quantity": r.text(quantity, "GoodsQuantity") or None,
                "unit": r.text(quantity, "MeasureUnitQualifierCode"),
            }
            r.known(quantity, "MeasureUnitQualifierName")
            numbered = r.child(info, "LineNum") is not None
            lines.append((numbered, line))
        if len(lines) == 1 and not lines[0][0]:
            only = lines[0][1]
            for name in ("manufacturer", "trademark", "model"):
                item[name] = only[name]
            return
        item["goods_lines"] = [line for _, line in lines]

    def vehicles(self, node: etree._Element, item: dict[str, Any]) -> None:
        """A vehicle's year and engine, on the goods line of its number (or a line of its own)."""
        r = self.r
        lines: list[dict[str, Any]] = item.setdefault("goods_lines", [])
        for number, car in enumerate(r.children(node, "GoodsAutomobile"), start=1):
            written = r.text(car, "RecNumber")
            position = int(written) if written.isdigit() and int(written) > 0 else number
            if position > len(lines):  # a vehicle of its own (a number past the lines: next)
                lines.append({})
                position = len(lines)
            line = lines[position - 1]
            model, mark, vin = r.text(car, "Model"), r.text(car, "Mark"), r.text(car, "VINID")
            line["model"] = line.get("model") or model
            line["trademark"] = line.get("trademark") or mark
            line["year"] = r.text(car, "OfftakeYear") or None
            volume = r.child(car, "EngineVolumeQuanity")
            line["engine_cm3"] = r.text(volume, "MeasuredAmount") or None
            r.known(volume, "MeasureUnitQualifierCode", "MeasureUnitQualifierName")
            line["serial"] = line.get("serial") or vin

    def document(self, node: etree._Element) -> dict[str, Any]:
        r = self.r
        presenting = r.child(node, "DocumentPresentingDetails")
        # The archive's own ids of an electronic document come with its id: known, no box.
        r.known(r.child(node, "RFG44PresentedDocId"), "ElectronicArchID", "DocumentModeID")
        return {
            "name": r.text(node, "PrDocumentName"),
            "number": r.text(node, "PrDocumentNumber"),
            "date": r.date(node, "PrDocumentDate"),
            "type_code": r.text(node, "PresentedDocumentModeCode"),
            "valid_from": r.date(node, "DocumentBeginActionsDate"),
            "valid_to": r.date(node, "DocumentEndActionsDate"),
            "payment_type": r.text(node, "CustomsPaymentModeCodeType"),
            "country_code": r.text(node, "CountryCode"),
            "electronic_id": r.text(node, "RFG44PresentedDocId", "ElectronicDocumentID"),
            "presentation_code": r.text(presenting, "DocPresentKindCode"),
            "presentation_date": r.date(presenting, "DocPresentDate"),
        }

    def previous(self, node: etree._Element) -> str:
        r = self.r
        office = r.text(node, "PrecedingDocumentCustomsCode")
        date = r.date(node, "PrecedingDocumentDate")
        number = r.text(node, "PrecedingDocumentNumber")
        if office and isinstance(date, dt.date) and number:
            return f"{office}/{date:%d%m%y}/{number}"
        return r.text(node, "OtherPrDocumentNumber")

    def payment(self, node: etree._Element) -> dict[str, Any]:
        r = self.r
        line: dict[str, Any] = {
            "type_code": r.text(node, "PaymentModeCode"),
            "amount": r.text(node, "PaymentAmount") or None,
            "currency": self.currency(node, "PaymentCurrencyCode"),
            "base": r.text(node, "TaxBase") or None,
            "base_unit": r.text(node, "TaxBaseTNVEDQualifierCode"),
            "rate": r.text(node, "Rate") or None,
            "rate_type": r.text(node, "RateTypeCode"),
            "rate_currency": self.currency(node, "RateCurrencyCode"),
            "rate_unit": r.text(node, "RateTNVEDQualifierCode"),
            "rate2": r.text(node, "Rate2") or None,
            "rate2_type": r.text(node, "RateTypeCode2"),
            "rate2_currency": self.currency(node, "RateCurrencyCode2"),
            "rate2_unit": r.text(node, "RateTNVEDQualifierCode2"),
            "feature": r.text(node, "PaymentCode"),
        }
        # The base currency is the national one; the date of the rates is the declaration's.
        r.known(node, "TaxBaseCurrencyCode", "RateUseDate", "ComparisonResult")
        if r.child(node, "ComparisonOperationsSign") is not None:
            line["rate_comparison"] = "max"
        elif r.text(node, "OperationsSign") == "+":
            line["rate_comparison"] = "sum"
        if line["rate_currency"] == "" and r.text(node, "RateCurrencyCode"):
            line["rate_currency"] = self.national or "KZT"
        if line["rate2_currency"] == "" and r.text(node, "RateCurrencyCode2"):
            line["rate2_currency"] = self.national or "KZT"
        return line

    def packaging(self, node: etree._Element | None, item: dict[str, Any]) -> None:
        r = self.r
        if node is None:
            return
        item["packages_count"] = r.text(node, "PakageQuantity") or None
        r.known(node, "PakageTypeCode")  # with or without packaging: follows from the kinds
        packages: list[dict[str, Any]] = []
        infos = r.children(node, "PackagePalleteInformation", "PackingInformation")
        kinds = [r.text(info, "InfoKindCode") or "0" for info in infos]
        for info, kind in zip(infos, kinds, strict=True):
            code = r.text(info, "PalleteCode") or r.text(info, "PackingCode")  # the older name
            count = r.text(info, "PalleteQuantity") or r.text(info, "PakingQuantity") or None
            if kind == "3" and packages:
                packages[-1].update(pallet_code=code, pallet_count=count)
            elif kind == "3":
                packages.append({"pallet_code": code, "pallet_count": count})
            else:
                packages.append({"kind_code": code, "count": count})
        if len(packages) == 1 and kinds == ["0"]:
            item["package_kind"] = packages[0]["kind_code"]
            return
        item["packaging"] = packages
        item["package_kind"] = packages[0].get("kind_code", "") if packages else ""

    def filled_by(self, node: etree._Element | None, place: str) -> dict[str, Any]:
        r = self.r
        person: dict[str, Any] = {"place": place}
        if node is None:
            return person
        # Before 5.11 the person's names, contact and date sit in FilledPerson itself.
        details = r.child(node, "SigningDetails")
        signing = details if details is not None else node
        names = [r.text(signing, n) for n in ("PersonSurname", "PersonName", "PersonMiddleName")]
        person["name"] = " ".join(n for n in names if n)
        person["position"] = r.text(signing, "PersonPost")
        person["phone"] = r.text(signing, "CommunicationDetails", "Phone") or r.text(
            signing, "Contact", "Phone"
        )
        person["date"] = r.date(signing, "SigningDate") or r.date(signing, "IssueDate")
        identity = r.child(node, "SignatoryPersonIdentityDetails", "IdentityCard")
        if identity is not None:
            person["identity_document"] = r.text(identity, "FullIdentityCardName")
            person["identity"] = {
                "kind_code": r.text(identity, "IdentityCardCode"),
                "name": r.text(identity, "IdentityCardName"),
                "series": r.text(identity, "IdentityCardSeries"),
                "number": r.text(identity, "IdentityCardNumber"),
                "issued": r.date(identity, "IdentityCardDate"),
                "issuer": r.text(identity, "OrganizationName"),
            }
        power = r.child(node, "PowerOfAttorneyDetails", "AuthoritesDocument")
        if power is not None:
            person["power_of_attorney"] = {
                "name": r.text(power, "PrDocumentName"),
                "number": r.text(power, "PrDocumentNumber"),
                "date": r.date(power, "PrDocumentDate"),
                "valid_to": r.date(power, "DocValidityDate")
                or r.date(power, "ComplationAuthorityDate"),
            }
            r.known(power, "DocKindCode", "DocStartDate")
        return person

    def representative(self, node: etree._Element | None) -> dict[str, Any]:
        r = self.r
        if node is None:
            return {}
        registry = r.child(node, "BrokerRegistryDocDetails")
        r.known(registry, "DocKindCode", "CountryA2Code")
        contract = r.child(node, "RepresentativeContractDetails")
        r.known(contract, "PrDocumentName", "DocKindCode")
        return {
            "register_entry": r.text(registry, "RegistrationNumberId"),
            "contract_number": r.text(contract, "PrDocumentNumber"),
            "contract_date": r.date(contract, "PrDocumentDate"),
        }


def _parse(data: bytes) -> etree._ElementTree:
    if len(data) > MAX_BYTES:
        raise _refuse(
            f"the file has {len(data) // (1024 * 1024)} MB; a declaration is at most "
            f"{MAX_BYTES // (1024 * 1024)} MB"
        )
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    try:
        tree = etree.ElementTree(etree.fromstring(data, parser))
    except etree.XMLSyntaxError as error:
        line, column = error.position
        raise ExchangeError([FileProblem(str(error.msg), line, column)]) from None
    if tree.docinfo.doctype:
        raise _refuse("the file declares a DTD; a declaration has none", tree.getroot())
    return tree


def _other_documents(root: etree._Element) -> list[Unknown]:
    """The container's documents besides the declaration (an inventory, a DTS) and what the
    container says of itself beyond its id (a full-set flag): not read."""
    if _local(root) != "ED_Container":
        return []
    others: Counter[str] = Counter()
    lines: dict[str, int] = {}
    for element in root:
        if isinstance(element.tag, str) and _local(element) not in CONTAINER_READ:
            path = f"ED_Container/{_local(element)}"
            others[path] += 1
            lines.setdefault(path, element.sourceline or 0)
    for body in root.iter(f"{{{etree.QName(root).namespace}}}DocBody"):
        for document in body:
            if isinstance(document.tag, str) and _local(document) != "ESADout_CU":
                path = f"ED_Container/ContainerDoc/DocBody/{_local(document)}"
                others[path] += 1
                lines.setdefault(path, document.sourceline or 0)
    return [Unknown(path, lines[path], count) for path, count in others.items()]


def _declaration_root(tree: etree._ElementTree) -> etree._Element:
    root = tree.getroot()
    namespace = etree.QName(root).namespace or ""
    base, version = base_and_version(namespace)
    name = _local(root)
    oldest, newest = (".".join(map(str, v)) for v in (OLDEST_READ, NEWEST_READ))
    if name == "ED_Container" and base == CONTAINER_BASE:
        found = list(root.iter("{*}ESADout_CU"))
        if not found:
            raise _refuse("the container holds no ESADout_CU declaration", root)
        if len(found) > 1:
            raise _refuse(f"the container holds {len(found)} declarations; one is read", found[1])
        root = found[0]
        namespace = etree.QName(root).namespace or ""
        base, version = base_and_version(namespace)
        name = "ESADout_CU"
    if name != "ESADout_CU" or base != ROOT_BASE:
        raise _refuse(
            f"not an EAEU XML declaration: the root is {name} in {namespace or 'no namespace'}",
            root,
        )
    if not readable(version):
        raise _refuse(
            f"album {version or '(no version)'} is not one Kedendesk reads ({oldest} to {newest})",
            root,
        )
    return root


def _registration(tree: etree._ElementTree) -> str:
    """Box A from the comment a declarant's software leaves (`ND=…`, SIGMA-SOFT's `GN`)."""
    root = tree.getroot()
    for comment in [*root.itersiblings(preceding=True), *root.itersiblings()]:
        if isinstance(comment, etree._Comment):
            match = _REGISTRATION.search(comment.text or "")
            if match:
                return match.group(1)
    return ""


def read(data: bytes) -> EsadFile:
    """The declaration in an EAEU XML file and the elements nothing read; raises ExchangeError
    naming the line and element of what makes it not a declaration."""
    tree = _parse(data)
    root = _declaration_root(tree)
    reader = _Reader()
    fields = _Declaration(reader).read(root)
    fields["registration_number"] = _registration(tree)
    try:
        declaration = Declaration.model_validate(_scrub(fields))
    except ValueError as error:
        raise _refuse(f"the declaration cannot be read: {error}", root) from None
    _, version = base_and_version(etree.QName(root).namespace or "")
    unknown = reader.unknown(root) + _other_documents(tree.getroot())
    return EsadFile(declaration, version, unknown)


def _scrub(value: Any) -> Any:
    """Drop what the file did not say (empty texts, None, empty parts), so defaults stay."""
    if isinstance(value, dict):
        cleaned = {k: _scrub(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v not in ("", None, {}, [])}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value
