"""The LRN: the declarant's own reference for a declaration, at most 22 characters."""

from __future__ import annotations

from kedendesk.domain.declaration import MAX_LRN_LENGTH

DEFAULT_PREFIX = "KD"
MAX_PREFIX_LENGTH = MAX_LRN_LENGTH - len("-2026-000000")


def format_lrn(prefix: str, year: int, serial: int) -> str:
    """PREFIX-YYYY-NNNNNN, e.g. KD-2026-000123; the prefix is cut so the LRN fits 22 characters."""
    return f"{prefix[:MAX_PREFIX_LENGTH]}-{year:04d}-{serial:06d}"
