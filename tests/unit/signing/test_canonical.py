"""The fast canonical JSON writes exactly what RFC 8785 (the `rfc8785` package) writes."""

from __future__ import annotations

import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from kedendesk.domain.declaration import Declaration, GoodsItem, Party
from kedendesk.signing.canonical import canonical_bytes, canonical_json

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(JSON)
def test_any_json_is_written_as_rfc8785_writes_it(data: object) -> None:
    assert canonical_json(data) == rfc8785.dumps(data)


def test_a_declaration_with_kazakh_text_and_control_characters() -> None:
    declaration = Declaration(
        lrn="KD-2026-000001",
        declarant=Party(name='ТОО «Әлем Сауда» "Ltd"\n\t\\', id_number="940140000385"),
        items=[GoodsItem(description="Қысқы етік 😀 \u2028", price="12.50", number=1)],
    )
    expected = rfc8785.dumps(declaration.model_dump(mode="json", by_alias=True))
    assert canonical_bytes(declaration) == expected


def test_floats_and_big_integers_take_the_full_algorithm() -> None:
    for data in ({"a": 1.5}, {"b": 10**15}, {"é": 1}):
        assert canonical_json(data) == rfc8785.dumps(data)
