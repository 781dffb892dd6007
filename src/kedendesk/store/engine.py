"""An SQLAlchemy engine for a workspace URL: `sqlite:///…/workspace.sqlite3` (one desk) or
`postgresql://…` (a team server, through psycopg 3), set up the way the store relies on:
SQLite in WAL mode with foreign keys enforced and a busy timeout, like `Database` does."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event


def engine_for(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(connection: Any, _record: Any) -> None:
            cursor = connection.cursor()
            for pragma in ("busy_timeout = 10000", "foreign_keys = ON", "journal_mode = WAL"):
                cursor.execute(f"PRAGMA {pragma}")
            cursor.close()

    return engine
