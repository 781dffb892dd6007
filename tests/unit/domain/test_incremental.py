"""Re-checking one changed item gives exactly what a full check gives (a property test)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kedendesk.domain.checks import CheckSession
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import Declaration, Document, PaymentLine

VALUES: dict[str, list[object]] = {
    "price": ["100", "0", "-5", "abc", None, "1234.567", "50400.00"],
    "gross_mass_kg": ["10", "0", "x", None, "233.280"],
    "net_mass_kg": ["9", "0", "тонна", None, "500"],
    "packages_count": [1, 0, "-1", "x", None, 120],
    "commodity_code": ["8471300000", "0808108006", "6109100000", "123", "", "2203000100"],
    "customs_value": ["1000.00", None, "x", "26854813.44"],
    "statistical_value": ["1.00", None],
    "freight_cost": ["0", "12.5", None, "сто"],
    "preference": ["", "- ОО - -", "ОО"],
    "supplementary_unit": ["796", "166", ""],
    "supplementary_quantity": ["216", None, "1.5"],
    "origin_country": ["CN", "XX", ""],
    "valuation_method": ["1", "2", "9"],
    "documents": [
        [],
        [Document(type_code="01401", number="1", date="2026-11-01")],
        [Document(type_code="11002", number="D-1", date="2026-12-31")],
    ],
    "payments": [
        [],
        [PaymentLine(type_code="1010", rate="20000", rate_type="S", amount="20000")],
        [PaymentLine(type_code="2010", base="100", rate="10", rate_type="%", amount="9")],
    ],
}

edits = st.tuples(
    st.integers(min_value=0, max_value=50),
    st.sampled_from(sorted(VALUES)),
    st.integers(min_value=0, max_value=10),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(copies=st.integers(min_value=1, max_value=4), changes=st.lists(edits, max_size=12))
def test_an_item_recheck_equals_a_full_check(
    clean: Declaration, context: Context, copies: int, changes: list[tuple[int, str, int]]
) -> None:
    declaration = clean.model_copy(deep=True)
    declaration.items = [i.model_copy(deep=True) for _ in range(copies) for i in declaration.items]
    declaration.renumber_items()
    session = CheckSession(context)
    session.check(declaration)
    for position, field, choice in changes:
        index = position % len(declaration.items)
        options = VALUES[field]
        value = options[choice % len(options)]
        if isinstance(value, list):
            value = [v.model_copy() for v in value]
        setattr(declaration.items[index], field, value)
        incremental = session.item_changed(declaration, index)
        full = CheckSession(context).check(declaration)
        assert incremental.findings == full.findings
        assert incremental.calculation == full.calculation
        assert [str(v) for v in incremental.calculation.totals.values()] == [
            str(v) for v in full.calculation.totals.values()
        ]


def test_a_header_change_needs_a_full_check(clean: Declaration, context: Context) -> None:
    session = CheckSession(context)
    assert session.check(clean).errors == 0
    clean.declarant.id_number = "123"
    assert session.check(clean).errors == 1
    clean.items.pop()
    # a different number of items: item_changed falls back to a full check by itself
    assert session.item_changed(clean, 0).findings == CheckSession(context).check(clean).findings
