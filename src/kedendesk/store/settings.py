"""Workspace settings: small JSON values by key (window layout, language, LRN prefix …)."""

from __future__ import annotations

import json
from typing import Any

from kedendesk.store.database import Database


class SettingsRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, key: str, default: Any = None) -> Any:
        row = (
            self._db.connection()
            .execute("SELECT value FROM settings WHERE key = ?", (key,))
            .fetchone()
        )
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        with self._db.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
