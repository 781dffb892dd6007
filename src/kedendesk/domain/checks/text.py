"""Rule R24: every text box holds storable, printable text of a sane length, and number boxes
that no other rule reads hold numbers.

A control character, an unreadable one (U+FFFD, left where a broken character was) or a
megabyte pasted into a box is reported on that box; the declaration keeps what was typed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from pydantic import BaseModel

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


def _walk(model: BaseModel, prefix: str) -> Iterator[tuple[str, str]]:
    """(path, text) of every text field of a model and its parts, lists included."""
    for name, value in model.__dict__.items():
        if isinstance(value, str):
            if value:
                yield prefix + name, value
        elif isinstance(value, BaseModel):
            yield from _walk(value, f"{prefix}{name}.")
        elif isinstance(value, list):
            for number, part in enumerate(value):
                if isinstance(part, BaseModel):
                    yield from _walk(part, f"{prefix}{name}.{number}.")


def _hits(model: BaseModel, boxes: dict[str, str], skip: str = "") -> Iterator[Hit]:
    for path, value in _walk(model, ""):
        head = path.split(".", 1)[0]
        if head == skip:
            continue
        found = _problem(value, path in MULTILINE)
        if found is not None:
            code, params = found
            yield hit(boxes.get(head, ""), path, code, **params)


def _unread_number(box: str, field: str, value: object) -> Iterator[Hit]:
    """A number box no other rule reads (box 3, 18/21 counts, 39) still says when it holds
    text that is not a usable number."""
    if isinstance(value, str) and value.strip():
        yield hit(box, field, number_problem(value), value=value)


def header_text(d: Declaration, facts: Facts) -> Iterator[Hit]:
    problem = lrn_problem(d.lrn)
    if problem is not None:
        yield hit("7", "lrn", f"lrn-{problem}", value=d.lrn[:40], limit=MAX_LRN_LENGTH)
    yield from _hits(d, HEADER_BOXES, skip="items")
    yield from _unread_number("3", "forms_sheet", d.forms_sheet)
    yield from _unread_number("3", "forms_total", d.forms_total)
    yield from _unread_number("18", "departure_transport.count", d.departure_transport.count)
    yield from _unread_number("21", "border_transport.count", d.border_transport.count)


def item_text(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    yield from _hits(item, ITEM_BOXES)
    yield from _unread_number("39", "quota_quantity", item.quota_quantity)


RULES = (
    Rule(
        "R24",
        Severity.ERROR,
        "all text boxes",
        "Text without control or unreadable characters; at most 1 000 characters in a box "
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
