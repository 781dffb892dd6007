"""Copying a whole workspace database into another, across engines: a one-desk SQLite file to
a team server and back (`kedendesk workspace copy`), and a team server's backup into an
SQLite file.

Both databases are at the same schema version (each is opened, and so migrated, first). The
source is read in one snapshot (a read transaction: SQLite's WAL, PostgreSQL's repeatable
read), so a copy made while desks save is one consistent moment. The target's rows are
replaced in one transaction: it has what the source had, or what it had before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Integer

from kedendesk.store.database import Database
from kedendesk.store.schema import metadata

BATCH = 500


class CopyError(RuntimeError):
    """The databases cannot be copied (different schema versions); nothing was written."""


@contextmanager
def snapshot(database: Database) -> Iterator[Any]:
    """A connection that reads the database as of one moment until the block ends."""
    db = database.connection()
    db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" if database.server else "BEGIN")
    try:
        yield db
    finally:
        db.execute("COMMIT")


def copy_database(source: Database, target: Database) -> dict[str, int]:
    """Every table's rows from `source` into `target` (what was in `target` is replaced);
    returns the rows copied per table."""
    if source.schema_version() != target.schema_version():
        raise CopyError(
            f"{source.where} is at schema {source.schema_version()}, {target.where} at "
            f"{target.schema_version()}: open both with this Kedendesk first"
        )
    tables = metadata.sorted_tables  # parents before children
    counts: dict[str, int] = {}
    with snapshot(source) as reading, target.transaction() as writing:
        for table in reversed(tables):
            writing.execute(f"DELETE FROM {table.name}")
        for table in tables:
            names = [column.name for column in table.columns]
            insert = (
                f"INSERT INTO {table.name} ({', '.join(names)})"
                f" VALUES ({', '.join('?' for _ in names)})"
            )
            rows = reading.execute(f"SELECT {', '.join(names)} FROM {table.name}").fetchall()
            for start in range(0, len(rows), BATCH):
                writing.executemany(insert, [tuple(row) for row in rows[start : start + BATCH]])
            counts[table.name] = len(rows)
            if target.server and _numbered(table):
                # The server numbers new rows from a sequence: past the highest copied id.
                writing.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
                    f" COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                )
    return counts


def _numbered(table: Any) -> bool:
    """Whether the server numbers the table's rows (an `id` key it makes a SERIAL)."""
    key = list(table.primary_key.columns)
    return (
        [c.name for c in key] == ["id"]
        and isinstance(key[0].type, Integer)
        and key[0].autoincrement is not False
    )
