"""The LRN: the declarant's own reference for a declaration, at most 22 characters."""

from __future__ import annotations

import re

from kedendesk.domain.declaration import MAX_LRN_LENGTH

DEFAULT_PREFIX = "KD"
# Letters (Latin, Russian, Kazakh), digits and - / _ . : what a declarant's own numbering
# uses; no spaces, control characters or direction marks, at most 22 characters.
_LRN = re.compile(r"[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі/_.\-]+")


def lrn_problem(lrn: str) -> str | None:
    """Why an LRN cannot be filed ("required", "too-long", "characters"), or None."""
    if not lrn:
        return "required"
    if len(lrn) > MAX_LRN_LENGTH:
        return "too-long"
    if _LRN.fullmatch(lrn) is None:
        return "characters"
    return None


MAX_PREFIX_LENGTH = MAX_LRN_LENGTH - len("-2026-000000")


def format_lrn(prefix: str, year: int, serial: int) -> str:
    """PREFIX-YYYY-NNNNNN, e.g. KD-2026-000123; the prefix is cut so the LRN fits 22 characters."""
    return f"{prefix[:MAX_PREFIX_LENGTH]}-{year:04d}-{serial:06d}"


def next_version_lrn(lrn: str) -> str:
    """The LRN proposed for a new version after a refusal: KD-2026-000123 → KD-2026-000123-2
    → …-3; kept within 22 characters by shortening the base, never the version number."""
    base, dash, number = lrn.rpartition("-")
    if dash and number.isdigit() and len(number) <= 2 and base.count("-") >= 2:
        version, base = int(number) + 1, base
    else:
        version, base = 2, lrn
    suffix = f"-{version}"
    return base[: MAX_LRN_LENGTH - len(suffix)] + suffix
