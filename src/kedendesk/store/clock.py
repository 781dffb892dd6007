"""Timestamps as stored: ISO 8601 UTC with microseconds, so text order is time order."""

from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
