"""Which boxes the editor shows, grouped the way a declarant works through a DT."""

from __future__ import annotations

from kedendesk.ui.editor.fields import FieldSpec, Kind
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP

GROUPS = "Groups"  # translation context of the group box titles
CONSIGNOR = QT_TRANSLATE_NOOP("Groups", "2  Consignor / exporter")
DECLARANT = QT_TRANSLATE_NOOP("Groups", "14  Declarant")
CONSIGNEE = QT_TRANSLATE_NOOP("Groups", "8  Consignee")
FINANCIAL_PARTY = QT_TRANSLATE_NOOP("Groups", "9  Responsible for financial settlement")
REPRESENTATIVE_GROUP = QT_TRANSLATE_NOOP("Groups", "Customs representative")
FILLED_BY_GROUP = QT_TRANSLATE_NOOP("Groups", "54  Place, date, who filled it in")
ITEM_GOODS_GROUP = QT_TRANSLATE_NOOP("Groups", "Goods (box 31)")
ITEM_CLASSIFICATION_GROUP = QT_TRANSLATE_NOOP("Groups", "Classification and procedure")
ITEM_QUANTITIES_GROUP = QT_TRANSLATE_NOOP("Groups", "Quantities and value")
DATE_HINT = QT_TRANSLATE_NOOP("Fields", "dd.mm.yyyy")
SAME_AS_DECLARANT = QT_TRANSLATE_NOOP("Fields", "Same as box 14")


def party(box: str) -> list[FieldSpec]:
    """Boxes 2, 8, 9, 14: the same parts of a party."""
    return [
        FieldSpec("name", box, QT_TRANSLATE_NOOP("Fields", "Name")),
        FieldSpec("id_number", box, QT_TRANSLATE_NOOP("Fields", "BIN / IIN"), max_length=20),
        FieldSpec(
            "country_code", box, QT_TRANSLATE_NOOP("Fields", "Country"), Kind.CODE, "countries"
        ),
        FieldSpec("address", box, QT_TRANSLATE_NOOP("Fields", "Address")),
        FieldSpec("phone", box, QT_TRANSLATE_NOOP("Fields", "Phone")),
    ]


GENERAL = [
    FieldSpec("lrn", "", QT_TRANSLATE_NOOP("Fields", "LRN (your reference)"), max_length=22),
    FieldSpec(
        "registration_number",
        "A",
        QT_TRANSLATE_NOOP("Fields", "Registration number (given by customs)"),
        max_length=40,
    ),
    FieldSpec("direction", "1", QT_TRANSLATE_NOOP("Fields", "Direction"), Kind.CODE, "directions"),
    FieldSpec(
        "procedure", "1", QT_TRANSLATE_NOOP("Fields", "Customs procedure"), Kind.CODE, "procedures"
    ),
    FieldSpec("electronic", "1", QT_TRANSLATE_NOOP("Fields", "Electronic declaration"), Kind.CHECK),
    FieldSpec("forms_sheet", "3", QT_TRANSLATE_NOOP("Fields", "Form sheet"), Kind.NUMBER),
    FieldSpec("forms_total", "3", QT_TRANSLATE_NOOP("Fields", "Forms in total"), Kind.NUMBER),
    FieldSpec("total_items", "5", QT_TRANSLATE_NOOP("Fields", "Total items"), Kind.NUMBER),
    FieldSpec("total_packages", "6", QT_TRANSLATE_NOOP("Fields", "Total packages"), Kind.NUMBER),
    FieldSpec("reference_number", "7", QT_TRANSLATE_NOOP("Fields", "Reference number")),
    FieldSpec(
        "total_customs_value",
        "12",
        QT_TRANSLATE_NOOP("Fields", "Total customs value, KZT"),
        Kind.NUMBER,
    ),
    FieldSpec(
        "national_currency",
        "12",
        QT_TRANSLATE_NOOP("Fields", "Currency of boxes 12, 45, 47, B (empty: KZT)"),
        Kind.CODE,
        "currencies",
    ),
]

COUNTRIES_AND_TRANSPORT = [
    FieldSpec(
        "trading_country",
        "11",
        QT_TRANSLATE_NOOP("Fields", "Trading country"),
        Kind.CODE,
        "countries",
    ),
    FieldSpec(
        "dispatch_country",
        "15a",
        QT_TRANSLATE_NOOP("Fields", "Country of dispatch"),
        Kind.CODE,
        "countries",
    ),
    FieldSpec(
        "origin_country",
        "16",
        QT_TRANSLATE_NOOP("Fields", "Country of origin"),
        Kind.CODE,
        "countries",
    ),
    FieldSpec(
        "destination_country",
        "17a",
        QT_TRANSLATE_NOOP("Fields", "Country of destination"),
        Kind.CODE,
        "countries",
    ),
    FieldSpec(
        "departure_transport.count",
        "18",
        QT_TRANSLATE_NOOP("Fields", "Means of transport: number"),
        Kind.NUMBER,
    ),
    FieldSpec(
        "departure_transport.identifiers",
        "18",
        QT_TRANSLATE_NOOP("Fields", "Means of transport: plates, vessel, wagons"),
    ),
    FieldSpec(
        "departure_transport.country_code",
        "18",
        QT_TRANSLATE_NOOP("Fields", "Means of transport: country of registration"),
        Kind.CODE,
        "countries",
    ),
    FieldSpec("container", "19", QT_TRANSLATE_NOOP("Fields", "Container"), Kind.CHECK),
    FieldSpec(
        "border_transport.identifiers",
        "21",
        QT_TRANSLATE_NOOP("Fields", "Active means of transport at the border"),
    ),
    FieldSpec(
        "border_transport.country_code",
        "21",
        QT_TRANSLATE_NOOP("Fields", "Its country of registration"),
        Kind.CODE,
        "countries",
    ),
    FieldSpec(
        "border_transport_mode",
        "25",
        QT_TRANSLATE_NOOP("Fields", "Mode of transport at the border"),
        Kind.CODE,
        "transport-modes",
    ),
    FieldSpec(
        "inland_transport_mode",
        "26",
        QT_TRANSLATE_NOOP("Fields", "Inland mode of transport"),
        Kind.CODE,
        "transport-modes",
    ),
    FieldSpec(
        "customs_office",
        "29",
        QT_TRANSLATE_NOOP("Fields", "Customs office of entry/exit"),
        max_length=8,
    ),
    FieldSpec("customs_office_name", "29", QT_TRANSLATE_NOOP("Fields", "Customs office name")),
]

TERMS_AND_CURRENCY = [
    FieldSpec(
        "delivery_terms",
        "20",
        QT_TRANSLATE_NOOP("Fields", "Delivery terms"),
        Kind.CODE,
        "delivery-terms",
    ),
    FieldSpec("delivery_place", "20", QT_TRANSLATE_NOOP("Fields", "Named place")),
    FieldSpec(
        "invoice_currency",
        "22",
        QT_TRANSLATE_NOOP("Fields", "Invoice currency"),
        Kind.CODE,
        "currencies",
    ),
    FieldSpec(
        "invoice_total", "22", QT_TRANSLATE_NOOP("Fields", "Total invoiced amount"), Kind.NUMBER
    ),
    FieldSpec(
        "exchange_rate", "23", QT_TRANSLATE_NOOP("Fields", "Exchange rate, KZT"), Kind.NUMBER
    ),
    FieldSpec(
        "transaction_nature",
        "24",
        QT_TRANSLATE_NOOP("Fields", "Nature of transaction"),
        max_length=3,
    ),
    FieldSpec(
        "transaction_feature",
        "24",
        QT_TRANSLATE_NOOP("Fields", "Transaction feature"),
        max_length=2,
    ),
]

LOCATION = [
    FieldSpec(
        "goods_location.type_code",
        "30",
        QT_TRANSLATE_NOOP("Fields", "Type of location"),
        Kind.CODE,
        "goods-location-types",
    ),
    FieldSpec(
        "goods_location.customs_office",
        "30",
        QT_TRANSLATE_NOOP("Fields", "Customs office"),
        max_length=8,
    ),
    FieldSpec(
        "goods_location.warehouse_licence",
        "30",
        QT_TRANSLATE_NOOP("Fields", "Warehouse licence or register entry"),
    ),
    FieldSpec("goods_location.address", "30", QT_TRANSLATE_NOOP("Fields", "Address")),
]

REPRESENTATIVE = [
    FieldSpec("representative.name", "", QT_TRANSLATE_NOOP("Fields", "Customs representative")),
    FieldSpec("representative.bin", "", QT_TRANSLATE_NOOP("Fields", "BIN"), max_length=12),
    FieldSpec(
        "representative.register_entry",
        "",
        QT_TRANSLATE_NOOP("Fields", "Entry in the register of customs representatives"),
    ),
    FieldSpec(
        "representative.contract_number",
        "",
        QT_TRANSLATE_NOOP("Fields", "Contract with the declarant: number"),
    ),
    FieldSpec(
        "representative.contract_date",
        "",
        QT_TRANSLATE_NOOP("Fields", "Contract with the declarant: date"),
        Kind.DATE,
        placeholder=DATE_HINT,
    ),
]

FILLED_BY = [
    FieldSpec("filled_by.name", "54", QT_TRANSLATE_NOOP("Fields", "Filled in by")),
    FieldSpec(
        "filled_by.identity_document", "54", QT_TRANSLATE_NOOP("Fields", "Identity document")
    ),
    FieldSpec(
        "filled_by.identity.kind_code",
        "54",
        QT_TRANSLATE_NOOP("Fields", "Identity document: kind code"),
        max_length=10,
    ),
    FieldSpec(
        "filled_by.identity.series", "54", QT_TRANSLATE_NOOP("Fields", "Series"), max_length=10
    ),
    FieldSpec(
        "filled_by.identity.number", "54", QT_TRANSLATE_NOOP("Fields", "Number"), max_length=20
    ),
    FieldSpec(
        "filled_by.identity.issued",
        "54",
        QT_TRANSLATE_NOOP("Fields", "Issued on"),
        Kind.DATE,
        placeholder=DATE_HINT,
    ),
    FieldSpec("filled_by.identity.issuer", "54", QT_TRANSLATE_NOOP("Fields", "Issued by")),
    FieldSpec(
        "filled_by.power_of_attorney.name",
        "54",
        QT_TRANSLATE_NOOP("Fields", "Power of attorney (or order)"),
    ),
    FieldSpec(
        "filled_by.power_of_attorney.number",
        "54",
        QT_TRANSLATE_NOOP("Fields", "Power of attorney: number"),
    ),
    FieldSpec(
        "filled_by.power_of_attorney.date",
        "54",
        QT_TRANSLATE_NOOP("Fields", "Power of attorney: date"),
        Kind.DATE,
        placeholder=DATE_HINT,
    ),
    FieldSpec(
        "filled_by.power_of_attorney.valid_to",
        "54",
        QT_TRANSLATE_NOOP("Fields", "Power of attorney: valid to"),
        Kind.DATE,
        placeholder=DATE_HINT,
    ),
    FieldSpec("filled_by.position", "54", QT_TRANSLATE_NOOP("Fields", "Position")),
    FieldSpec("filled_by.phone", "54", QT_TRANSLATE_NOOP("Fields", "Phone")),
    FieldSpec("filled_by.place", "54", QT_TRANSLATE_NOOP("Fields", "Place")),
    FieldSpec(
        "filled_by.date",
        "54",
        QT_TRANSLATE_NOOP("Fields", "Date"),
        Kind.DATE,
        placeholder=DATE_HINT,
    ),
]

ITEM_GOODS = [
    FieldSpec("description", "31", QT_TRANSLATE_NOOP("Fields", "Description"), Kind.MULTILINE),
    FieldSpec("manufacturer", "31", QT_TRANSLATE_NOOP("Fields", "Manufacturer")),
    FieldSpec("trademark", "31", QT_TRANSLATE_NOOP("Fields", "Trademark")),
    FieldSpec("model", "31", QT_TRANSLATE_NOOP("Fields", "Model")),
    FieldSpec("packages_count", "31", QT_TRANSLATE_NOOP("Fields", "Packages"), Kind.NUMBER),
    FieldSpec("package_kind", "31", QT_TRANSLATE_NOOP("Fields", "Kind of packages")),
    FieldSpec("containers", "31", QT_TRANSLATE_NOOP("Fields", "Container numbers")),
]

ITEM_CLASSIFICATION = [
    FieldSpec("commodity_code", "33", QT_TRANSLATE_NOOP("Fields", "Commodity code"), max_length=10),
    FieldSpec(
        "origin_country",
        "34",
        QT_TRANSLATE_NOOP("Fields", "Country of origin"),
        Kind.CODE,
        "countries",
    ),
    FieldSpec(
        "preference.fees",
        "36",
        QT_TRANSLATE_NOOP("Fields", "Preference: customs fees"),
        Kind.CODE,
        "preferences",
    ),
    FieldSpec(
        "preference.duty",
        "36",
        QT_TRANSLATE_NOOP("Fields", "Preference: import duty"),
        Kind.CODE,
        "preferences",
    ),
    FieldSpec(
        "preference.excise",
        "36",
        QT_TRANSLATE_NOOP("Fields", "Preference: excise"),
        Kind.CODE,
        "preferences",
    ),
    FieldSpec(
        "preference.vat",
        "36",
        QT_TRANSLATE_NOOP("Fields", "Preference: VAT"),
        Kind.CODE,
        "preferences",
    ),
    FieldSpec("procedure", "37", QT_TRANSLATE_NOOP("Fields", "Procedure"), Kind.CODE, "procedures"),
    FieldSpec(
        "previous_procedure",
        "37",
        QT_TRANSLATE_NOOP("Fields", "Previous procedure"),
        Kind.CODE,
        "procedures",
    ),
    FieldSpec(
        "movement_feature", "37", QT_TRANSLATE_NOOP("Fields", "Movement feature"), max_length=3
    ),
    FieldSpec("previous_document", "40", QT_TRANSLATE_NOOP("Fields", "Previous document")),
    FieldSpec(
        "valuation_method",
        "43",
        QT_TRANSLATE_NOOP("Fields", "Valuation method"),
        Kind.CODE,
        "valuation-methods",
    ),
]

ITEM_QUANTITIES = [
    FieldSpec("gross_mass_kg", "35", QT_TRANSLATE_NOOP("Fields", "Gross mass, kg"), Kind.NUMBER),
    FieldSpec("net_mass_kg", "38", QT_TRANSLATE_NOOP("Fields", "Net mass, kg"), Kind.NUMBER),
    FieldSpec("quota_quantity", "39", QT_TRANSLATE_NOOP("Fields", "Quota quantity"), Kind.NUMBER),
    FieldSpec("quota_unit", "39", QT_TRANSLATE_NOOP("Fields", "Quota unit"), Kind.CODE, "units"),
    FieldSpec(
        "supplementary_quantity",
        "41",
        QT_TRANSLATE_NOOP("Fields", "Supplementary units"),
        Kind.NUMBER,
    ),
    FieldSpec("supplementary_unit", "41", QT_TRANSLATE_NOOP("Fields", "Unit"), Kind.CODE, "units"),
    FieldSpec("price", "42", QT_TRANSLATE_NOOP("Fields", "Item price"), Kind.NUMBER),
    FieldSpec(
        "freight_cost",
        "45",
        QT_TRANSLATE_NOOP("Fields", "+ Transport to the border (not in the price)"),
        Kind.NUMBER,
    ),
    FieldSpec(
        "insurance_cost",
        "45",
        QT_TRANSLATE_NOOP("Fields", "+ Insurance to the border"),
        Kind.NUMBER,
    ),
    FieldSpec(
        "other_additions",
        "45",
        QT_TRANSLATE_NOOP("Fields", "+ Commissions, packing, royalties"),
        Kind.NUMBER,
    ),
    FieldSpec(
        "deductions",
        "45",
        QT_TRANSLATE_NOOP("Fields", "− Costs after arrival (in the price)"),
        Kind.NUMBER,
    ),
    FieldSpec(
        "customs_value", "45", QT_TRANSLATE_NOOP("Fields", "Customs value, KZT"), Kind.NUMBER
    ),
    FieldSpec(
        "statistical_value",
        "46",
        QT_TRANSLATE_NOOP("Fields", "Statistical value, USD"),
        Kind.NUMBER,
    ),
]
