"""Write a calculation into the declaration: boxes 45, 46, 47 per item, box 12 and box B."""

from __future__ import annotations

from decimal import Decimal

from kedendesk.domain.declaration import Declaration, PaymentLine, PaymentTotal
from kedendesk.domain.payments.lines import Calculation


def apply_calculation(declaration: Declaration, calculation: Calculation) -> None:
    """Replace what the calculation covers; leave an item alone where it could not calculate."""
    for index, (item, calculated) in enumerate(
        zip(declaration.items, calculation.items, strict=True)
    ):
        if calculated.customs_value is not None:
            item.customs_value = calculated.customs_value.value
        if calculated.statistical_value is not None:
            item.statistical_value = calculated.statistical_value.value
        item.payments = box_47(calculation, index)
    declaration.total_customs_value = declaration.sum_of("customs_value")
    declaration.payment_totals = box_b(calculation)


def box_47(calculation: Calculation, index: int) -> list[PaymentLine]:
    """Box 47 of item `index` as the calculation fills it."""
    return [
        PaymentLine(
            type_code=line.type_code,
            base=line.base,
            rate=line.rate,
            rate_type=line.rate_type,
            rate_currency=line.currency,
            rate_unit=line.unit,
            amount=line.amount,
            feature=line.feature,
        )
        for line in calculation.lines_of(index)
    ]


def box_b(calculation: Calculation) -> list[PaymentTotal]:
    """Box B as the calculation fills it: every payment type due, and the fee always."""
    return [
        PaymentTotal(type_code=code, amount=amount)
        for code, amount in calculation.totals.items()
        if amount != Decimal(0) or code == "1010"
    ]
