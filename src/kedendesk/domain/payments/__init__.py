"""Payments of a declaration: customs value, duty, excise, VAT, the customs fee, box B."""

from kedendesk.domain.payments.apply import apply_calculation
from kedendesk.domain.payments.calculate import calculate, round_to
from kedendesk.domain.payments.lines import (
    PAID,
    Amount,
    CalculatedLine,
    Calculation,
    Explanation,
    Issue,
    ItemCalculation,
)

__all__ = [
    "PAID",
    "Amount",
    "CalculatedLine",
    "Calculation",
    "Explanation",
    "Issue",
    "ItemCalculation",
    "apply_calculation",
    "calculate",
    "round_to",
]
