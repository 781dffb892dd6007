"""Workspace settings: small JSON values by key (window layout, language, LRN prefix …).

On a team workspace most settings are the team's (the LRN prefix, the representative's
company, the gateway profiles); those of one desk (its language, window, person, album folder,
the profile it follows, its backups) stay on the desk, in its own local database."""

from __future__ import annotations

import json
from typing import Any

from kedendesk.store.database import Database

DESK_KEYS = ("ui.", "desk.", "esad.", "gateway.current", "backups.")


class SettingsRepository:
    def __init__(self, database: Database, desk: Database | None = None) -> None:
        self._team = database
        self._desk = desk or database

    def _where(self, key: str) -> Database:
        return self._desk if key.startswith(DESK_KEYS) else self._team

    def get(self, key: str, default: Any = None) -> Any:
        row = (
            self._where(key)
            .connection()
            .execute("SELECT value FROM settings WHERE key = ?", (key,))
            .fetchone()
        )
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        with self._where(key).transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
