"""A declaration as a template, and a declaration moved to another client: what one filing
owns (its LRN, customs' number, the day, the rate and payments of that day, the tariff it was
checked against) is left behind; the goods, parties and documents stay."""

from __future__ import annotations

from kedendesk.domain.declaration import (
    CustomsRepresentative,
    Declaration,
    Party,
    PowerOfAttorney,
)


def template_of(declaration: Declaration) -> Declaration:
    """The declaration without what belongs to one filing; the payments fill again."""
    kept = declaration.model_copy(deep=True)
    kept.lrn = ""
    kept.registration_number = ""
    kept.tariff_version = ""
    kept.filled_by.date = None
    kept.exchange_rate = None  # box 23 fills itself from the rate of the new date
    kept.payment_totals = []
    for item in kept.items:
        item.payments = []
        item.customs_value = None
        item.statistical_value = None
    kept.total_customs_value = None
    return kept


def with_declarant(declaration: Declaration, name: str, id_number: str, address: str) -> None:
    """Box 14 becomes another client (its own papers are applied by the caller); the
    representative section and the power of box 54 were the first client's: they go."""
    declaration.declarant = Party(
        name=name,
        id_number=id_number,
        address=address,
        country_code=declaration.declarant.country_code or "KZ",
    )
    declaration.representative = CustomsRepresentative()
    declaration.filled_by.power_of_attorney = PowerOfAttorney()
    for item in declaration.items:
        item.documents = [d for d in item.documents if d.type_code != "11002"]
