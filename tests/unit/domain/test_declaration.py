import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from kedendesk.domain.declaration import Declaration, Document, GoodsItem, PaymentLine
from kedendesk.domain.lenient import in_range, parse_decimal


def test_draft_holds_what_the_user_typed_even_when_wrong() -> None:
    item = GoodsItem(gross_mass_kg="12,5 кг", net_mass_kg="", price="1 234,50", packages_count="x")
    assert item.gross_mass_kg == "12,5 кг"  # kept as typed: the checks report it
    assert item.net_mass_kg is None
    assert item.price == Decimal("1234.50")
    assert item.packages_count == "x"


def test_money_and_mass_are_decimal_never_float() -> None:
    declaration = Declaration(exchange_rate=0.1, invoice_total="100.10")
    assert isinstance(declaration.exchange_rate, Decimal)
    assert declaration.exchange_rate == Decimal("0.1")  # not 0.1000000000000000055…
    assert declaration.invoice_total == Decimal("100.10")


def test_decimals_travel_as_strings_with_their_scale() -> None:
    item = GoodsItem(gross_mass_kg=Decimal("10.500"))
    data = item.model_dump(mode="json", by_alias=True)
    assert data["grossMassKg"] == "10.500"


def test_dates_accept_iso_and_dotted_forms_and_keep_bad_text() -> None:
    document = Document(date="25.11.2026", valid_to="2026-12-31", valid_from="завтра")
    assert document.date is not None and str(document.date) == "2026-11-25"
    assert document.valid_from == "завтра"


def test_unknown_fields_are_not_a_declaration() -> None:
    with pytest.raises(ValidationError):
        Declaration.model_validate({"lrn": "A", "colour": "red"})


def test_camel_case_wire_names() -> None:
    declaration = Declaration(lrn="KD-1", items=[GoodsItem(commodity_code="8471300000")])
    data = declaration.model_dump(mode="json", by_alias=True)
    assert data["items"][0]["commodityCode"] == "8471300000"
    assert "totalCustomsValue" in data


def test_sums_skip_values_that_are_not_numbers() -> None:
    declaration = Declaration(
        items=[GoodsItem(price="100.10"), GoodsItem(price="oops"), GoodsItem(price="0.90")]
    )
    assert declaration.sum_of("price") == Decimal("101.00")


def test_renumbering_sets_item_numbers_and_box_5() -> None:
    declaration = Declaration(items=[GoodsItem(number=7), GoodsItem(), GoodsItem(number=1)])
    declaration.renumber_items()
    assert [item.number for item in declaration.items] == [1, 2, 3]
    assert declaration.total_items == 3


def test_box_1_is_printed_as_on_the_form() -> None:
    assert Declaration(direction="ИМ", procedure="40").declaration_type() == "ИМ 40 ЭД"
    assert Declaration(direction="ЭК", procedure="10", electronic=False).declaration_type() == (
        "ЭК 10"
    )


def test_payment_lines_per_item() -> None:
    item = GoodsItem(payments=[PaymentLine(type_code="2010", base="1000", rate="5", amount="50")])
    assert item.payments[0].amount == Decimal("50")


_text = st.text(max_size=12)
_decimal_text = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str), _text
)


@given(
    lrn=_text,
    price=_decimal_text,
    mass=_decimal_text,
    count=st.one_of(st.integers(0, 10**6).map(str), _text),
    date=st.one_of(st.dates().map(lambda d: d.strftime("%d.%m.%Y")), _text),
)
def test_any_typed_values_survive_a_json_round_trip(
    lrn: str, price: str, mass: str, count: str, date: str
) -> None:
    declaration = Declaration(
        lrn=lrn,
        items=[
            GoodsItem(
                price=price,
                gross_mass_kg=mass,
                packages_count=count,
                documents=[Document(date=date)],
            )
        ],
    )
    text = declaration.model_dump_json(by_alias=True)
    again = Declaration.model_validate_json(text)
    assert again == declaration
    assert again.model_dump_json(by_alias=True) == text


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_parse_decimal_keeps_every_decimal(value: Decimal) -> None:
    """Every number a declaration can hold is kept exactly; a larger or finer one is kept as
    the text it was (the checks report it), never rounded."""
    parsed = parse_decimal(str(value))
    assert parsed == (value if in_range(value) else str(value))


@pytest.mark.parametrize(
    "typed",
    ["2026-12-01", "01.12.2026", "1.12.26", "01122026", "01/12/2026", "2026-12-01T09:30:00"],
)
def test_a_date_typed_the_ways_declarants_type_it_is_a_date(typed: str) -> None:
    from kedendesk.domain.declaration import FilledBy

    assert FilledBy(date=typed).date == dt.date(2026, 12, 1)


@pytest.mark.parametrize("typed", ["31.02.2026", "12.5", "1.1.1", "завтра", "99999999"])
def test_what_is_not_a_date_stays_as_typed(typed: str) -> None:
    from kedendesk.domain.declaration import FilledBy

    assert FilledBy(date=typed).date == typed
