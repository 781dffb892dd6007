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
        item.payments = [
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
    declaration.total_customs_value = declaration.sum_of("customs_value")
    declaration.payment_totals = [
        PaymentTotal(type_code=code, amount=amount)
        for code, amount in calculation.totals.items()
        if amount != Decimal(0) or code == "1010"
    ]
