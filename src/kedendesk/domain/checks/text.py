"""Rule R24: every text box holds storable, printable text of a sane length, and number boxes
that no other rule reads hold numbers.

A control character, an unreadable one (U+FFFD, left where a broken character was) or a
megabyte pasted into a box is reported on that box; the declaration keeps what was typed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from kedendesk.domain.checks.facts import Facts
from kedendesk.domain.checks.findings import Hit, Rule, Severity, hit
from kedendesk.domain.declaration import MAX_LRN_LENGTH, Declaration, GoodsItem
from kedendesk.domain.lenient import number_problem
from kedendesk.domain.lrn import lrn_problem

MAX_TEXT = 1000  # one box; the album's own limits (names 150, lines 250) are checked apart
MAX_MULTILINE_TEXT = 64_000  # box 31 over all its lines
MULTILINE = frozenset({"description"})
REPLACEMENT = "\ufffd"

# The box of each header part and field that has one (LRN and internal flags have none).
HEADER_BOXES = {
    "consignor": "2",
    "consignee": "8",
    "financial_party": "9",
    "declarant": "14",
    "reference_number": "7",
    "trading_country": "11",
    "dispatch_country": "15a",
    "origin_country": "16",
    "destination_country": "17a",
    "departure_transport": "18",
    "delivery_terms": "20",
    "delivery_place": "20",
    "border_transport": "21",
    "invoice_currency": "22",
    "transaction_nature": "24",
    "transaction_feature": "24",
    "border_transport_mode": "25",
    "inland_transport_mode": "26",
    "customs_office": "29",
    "customs_office_name": "29",
    "goods_location": "30",
    "representative": "54",
    "filled_by": "54",
    "direction": "1",
    "payment_totals": "B",
    "procedure": "1",
}
ITEM_BOXES = {
    "description": "31",
    "manufacturer": "31",
    "trademark": "31",
    "model": "31",
    "package_kind": "31",
    "containers": "31",
    "commodity_code": "33",
    "origin_country": "34",
    "preference": "36",
    "procedure": "37",
    "previous_procedure": "37",
    "movement_feature": "37",
    "quota_unit": "39",
    "previous_document": "40",
    "supplementary_unit": "41",
    "valuation_method": "43",
    "documents": "44",
    "payments": "47",
}


def _problem(value: str, multiline: bool) -> tuple[str, dict[str, object]] | None:
    limit = MAX_MULTILINE_TEXT if multiline else MAX_TEXT
    if len(value) > limit:
        return "text-too-long", {"length": len(value), "limit": limit}
    if value.isprintable() and REPLACEMENT not in value:
        return None
    for position, char in enumerate(value, start=1):
        if char == REPLACEMENT or (
            unicodedata.category(char) in ("Cc", "Cs") and not (multiline and char in "\n\t")
        ):
            return "text-control-character", {"position": position}
    return None  # other non-printables (no-break spaces, direction marks) are kept as they are


# The free-text boxes. Codes, numbers and dates have rules of their own (a control character
# in a code is an unknown code); walking only these keeps R24 cheap on 999 items.
PARTY_TEXT = (
    "name",
    "id_number",
    "address",
    "phone",
    "address_details.postal_code",
    "address_details.region",
    "address_details.district",
    "address_details.city",
    "address_details.street_house",
    "address_details.room",
)
HEADER_TEXT = (
    *(
        f"{party}.{field}"
        for party in ("consignor", "consignee", "financial_party", "declarant")
        for field in PARTY_TEXT
    ),
    "reference_number",
    "delivery_place",
    "customs_office_name",
    "departure_transport.identifiers",
    "border_transport.identifiers",
    "goods_location.customs_office",
    "goods_location.warehouse_licence",
    "goods_location.address",
    "representative.name",
    "representative.register_entry",
    "representative.contract_number",
    "filled_by.name",
    "filled_by.identity_document",
    "filled_by.phone",
    "filled_by.position",
    "filled_by.place",
    "filled_by.identity.name",
    "filled_by.identity.series",
    "filled_by.identity.number",
    "filled_by.identity.issuer",
    "filled_by.power_of_attorney.name",
    "filled_by.power_of_attorney.number",
    "registration_number",
)
ITEM_TEXT = (
    "description",
    "manufacturer",
    "trademark",
    "model",
    "package_kind",
    "containers",
    "previous_document",
)


def _suspect(value: object) -> bool:
    return (
        value.__class__ is str
        and bool(value)
        and (len(value) > MAX_TEXT or not value.isprintable() or REPLACEMENT in value)
    )


def _report(path: str, value: str, box: str) -> Iterator[Hit]:
    found = _problem(value, path in MULTILINE)
    if found is not None:
        code, params = found
        yield hit(box, path, code, **params)


def _unread_number(box: str, field: str, value: object) -> Iterator[Hit]:
    """A number box no other rule reads (box 3, 18/21 counts, 39) still says when it holds
    text that is not a usable number."""
    if isinstance(value, str) and value.strip():
        yield hit(box, field, number_problem(value), value=value)


GOODS_LINE_TEXT = ("description", "manufacturer", "trademark", "model", "article", "serial")


def header_text(d: Declaration, facts: Facts) -> Iterator[Hit]:
    problem = lrn_problem(d.lrn)
    if problem is not None:
        yield hit("7", "lrn", f"lrn-{problem}", value=d.lrn[:40], limit=MAX_LRN_LENGTH)
    for path in HEADER_TEXT:
        head, *parts = path.split(".")
        value = getattr(d, head)
        for part in parts:
            value = getattr(value, part)
        if _suspect(value):
            yield from _report(path, value, HEADER_BOXES.get(head, ""))
    yield from _unread_number("3", "forms_sheet", d.forms_sheet)
    yield from _unread_number("3", "forms_total", d.forms_total)
    yield from _unread_number("18", "departure_transport.count", d.departure_transport.count)
    yield from _unread_number("21", "border_transport.count", d.border_transport.count)


def item_text(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    for name in ITEM_TEXT:
        value = getattr(item, name)
        if _suspect(value):
            yield from _report(name, value, ITEM_BOXES[name])
    for number, document in enumerate(item.documents):
        for name in ("number", "name"):
            value = getattr(document, name)
            if _suspect(value):
                yield from _report(f"documents.{number}.{name}", value, "44")
    for number, line in enumerate(item.goods_lines):
        for name in GOODS_LINE_TEXT:
            value = getattr(line, name)
            if _suspect(value):
                yield from _report(f"goods_lines.{number}.{name}", value, "31")
    yield from _unread_number("39", "quota_quantity", item.quota_quantity)


RULES = (
    Rule(
        "R24",
        Severity.ERROR,
        "all text boxes",
        "Free text without control or unreadable characters; at most 1 000 characters in a box "
        "(64 000 in box 31); boxes 3, 18, 21 and 39 hold numbers; the LRN is 1 to 22 letters, "
        "digits and - / _ .",
        (
            "text-control-character",
            "text-too-long",
            "not-a-number",
            "number-out-of-range",
            "lrn-required",
            "lrn-too-long",
            "lrn-characters",
        ),
        header=header_text,
        item=item_text,
    ),
)
