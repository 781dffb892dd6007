"""Payment features of box 47 (ИУ calculated and paid, УН conditionally accrued, …) and what
each means for box B and for the VAT base, as the payment-features pack says."""

from __future__ import annotations

from functools import cache

from kedendesk.domain.reference import code_list


@cache
def _flags(feature: str) -> tuple[bool, bool]:
    entry = code_list("payment-features").get(feature)
    if entry is None:  # unknown: counted like a paid line; R18 names the code
        return True, True
    return bool(entry.attributes.get("inBoxB", True)), bool(entry.attributes.get("inVatBase", True))


def in_box_b(feature: str) -> bool:
    """Whether a line with this feature counts in box B (a line with none counts as paid)."""
    return _flags(feature.strip() or "ИУ")[0]


def in_vat_base(feature: str) -> bool:
    """Whether a duty or excise line with this feature adds to the VAT base."""
    return _flags(feature.strip() or "ИУ")[1]
