"""No typed value can break anything: absurd numbers and text become findings on their box.

Out-of-range numbers, exponents, NaN/Infinity text, megabyte strings, control characters and
lone surrogates go through the model, the checks and the payments, the exchange file and the
workspace; nothing raises, and the value is reported where it was typed.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kedendesk.domain.checks import check
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.domain.lenient import parse_decimal
from kedendesk.exchange import json_file
from kedendesk.store.declarations import Snapshot

NUMERIC_ITEM_FIELDS = (
    "gross_mass_kg",
    "net_mass_kg",
    "price",
    "freight_cost",
    "insurance_cost",
    "other_additions",
    "deductions",
    "customs_value",
    "statistical_value",
    "supplementary_quantity",
    "quota_quantity",
    "packages_count",
    "number",
)
TEXT_ITEM_FIELDS = ("description", "manufacturer", "commodity_code", "origin_country", "preference")
NUMERIC_HEADER_FIELDS = (
    "exchange_rate",
    "invoice_total",
    "total_customs_value",
    "total_items",
    "total_packages",
    "forms_sheet",
)

ABSURD_NUMBERS = st.one_of(
    st.sampled_from(
        [
            "9" * 24,
            "1" + "0" * 39,
            "1e999999",
            "-1E+999999999",
            "1e-999999",
            "NaN",
            "Infinity",
            "-inf",
            "sNaN",
            "0." + "0" * 40 + "1",
            "12,5e3",
            "1 234 567 890 123 456,78",
            " ",
        ]
    ),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
)
ABSURD_TEXT = st.one_of(
    st.sampled_from(["\x00", "a\r\nb", "\ud800", "x\udfffy", "\u202eRTL", "\x1b[31m", "Я" * 5000]),
    st.text(max_size=40),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    item_values=st.dictionaries(st.sampled_from(NUMERIC_ITEM_FIELDS), ABSURD_NUMBERS),
    header_values=st.dictionaries(st.sampled_from(NUMERIC_HEADER_FIELDS), ABSURD_NUMBERS),
    texts=st.dictionaries(st.sampled_from(TEXT_ITEM_FIELDS), ABSURD_TEXT),
)
def test_absurd_values_check_save_and_round_trip(
    clean: Declaration,
    context: Context,
    item_values: dict[str, object],
    header_values: dict[str, object],
    texts: dict[str, str],
) -> None:
    declaration = clean.model_copy(deep=True)
    item = declaration.items[0]
    for name, value in {**item_values, **texts}.items():
        setattr(item, name, value)
    for name, value in header_values.items():
        setattr(declaration, name, value)

    result = check(declaration, context)  # never raises
    assert result.calculation.total is not None
    snapshot = Snapshot.of(declaration)  # what autosave writes
    snapshot.body.encode("utf-8")  # storable as UTF-8
    again = json_file.loads(json_file.dumps(declaration))  # export, then import
    assert again.model_dump() == Declaration.model_validate_json(snapshot.body).model_dump()
    check(again, context)
    for name, value in item_values.items():
        kept = getattr(item, name)
        if isinstance(kept, str) and kept.strip():  # kept as typed: then it is a finding
            assert any(f.item == 1 and f.field == name for f in result.findings), (name, value)
    for name, value in header_values.items():
        kept = getattr(declaration, name)
        if isinstance(kept, str) and kept.strip():
            assert any(f.item is None and f.field == name for f in result.findings), (name, value)


def test_a_24_digit_price_stays_as_typed_and_is_a_finding(
    clean: Declaration, context: Context
) -> None:
    clean.items[0].price = "9" * 24
    assert clean.items[0].price == "9" * 24
    finding = next(f for f in check(clean, context).findings if f.field == "price")
    assert (finding.box, finding.code) == ("42", "number-out-of-range")


def test_numbers_a_declaration_can_hold_are_still_numbers() -> None:
    assert parse_decimal("123 456 789 012,345") == Decimal("123456789012.345")
    assert parse_decimal("0,0001") == Decimal("0.0001")
    assert parse_decimal("1e999999") == "1e999999"
    assert parse_decimal("NaN") == "NaN"


def test_a_lone_surrogate_is_a_finding_and_is_stored_as_a_replacement_character(
    clean: Declaration, context: Context
) -> None:
    clean.items[0].manufacturer = "Foshan \ud83d Lighting"
    stored = Declaration.model_validate_json(Snapshot.of(clean).body)
    assert stored.items[0].manufacturer == "Foshan \ufffd Lighting"
    finding = next(f for f in check(clean, context).findings if f.field == "manufacturer")
    assert (finding.box, finding.code, finding.param("position")) == (
        "31",
        "text-control-character",
        "8",
    )


def test_an_absurd_item_from_a_file_loads(context: Context) -> None:
    item = GoodsItem.model_validate({"price": 10**5000, "grossMassKg": 1e308, "number": 10**40})
    assert isinstance(item.price, str) and isinstance(item.number, str)
