"""The team workspace's connection to a PostgreSQL server (psycopg 3), shaped like the SQLite
connection the repositories use: `execute(sql, params)` with `?` placeholders, rows read by
column name or position, `executemany`, `rowcount`.

The repositories' SQL is the subset both engines speak (ON CONFLICT … DO UPDATE, RETURNING,
COALESCE, the folded search column); this module only turns SQLite's `?` placeholders into
psycopg's `%s` and gives the server the two SQLite functions the store calls (`instr`,
`julianday`), so no statement is written twice. The schema itself is the SQLAlchemy
description in `schema.py`, rendered for PostgreSQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql as pgsql
from psycopg.rows import RowMaker, scalar_row

Error = psycopg.Error  # what a failed statement or connection raises
OperationalError = psycopg.OperationalError  # the server went away or cannot be reached
NotPermitted = psycopg.errors.InsufficientPrivilege  # the person's role does not allow it
NOTIFY_CHANNEL = "kedendesk_changes"  # each write transaction tells the other desks
WRITE_LOCK = 0x4B44_0001  # advisory lock: one writer at a time, as SQLite's BEGIN IMMEDIATE
CONNECT_TIMEOUT = 5  # seconds before a server that does not answer is "unreachable"

# SQLite functions the store's SQL calls, defined once on the server (same results: `instr`
# is 1-based and 0 when absent; `julianday` of an ISO 8601 text is days since noon, 4714 BC).
COMPATIBILITY = (
    "CREATE OR REPLACE FUNCTION instr(haystack text, needle text) RETURNS integer"
    " LANGUAGE sql IMMUTABLE STRICT AS 'SELECT strpos(haystack, needle)'",
    "CREATE OR REPLACE FUNCTION julianday(moment text) RETURNS double precision"
    " LANGUAGE sql IMMUTABLE STRICT AS"
    " 'SELECT extract(epoch FROM moment::timestamptz)::double precision / 86400 + 2440587.5'",
)

_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|\?|%")


@lru_cache(maxsize=1024)
def to_psycopg(statement: str) -> str:
    """SQLite's `?` placeholders as psycopg's `%s`; a literal `%` doubled (quoted text kept)."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        return token.replace("%", "%%")

    return _PLACEHOLDER.sub(replace, statement)


class Row(tuple[Any, ...]):
    """A result row read by position or by column name, like `sqlite3.Row`."""

    __slots__ = ()
    _names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: psycopg.Cursor[Any]) -> RowMaker[Row]:
    names = {column.name: i for i, column in enumerate(cursor.description or ())}
    cls = type("Row", (Row,), {"__slots__": (), "_names": names})

    def make(values: Sequence[Any]) -> Row:
        row: Row = cls(values)
        return row

    return make


class Cursor:
    """What `Connection.execute` returns: iterate it or fetch; `rowcount` after a write."""

    def __init__(self, cursor: psycopg.Cursor[Row]) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self) -> Row | None:
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Row]:
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Iterator[Row]:
        return iter(self.fetchall())


class Connection:
    """One psycopg connection in autocommit mode; `Database.transaction` opens and ends the
    transactions explicitly, as it does on SQLite."""

    def __init__(self, raw: psycopg.Connection[Row]) -> None:
        self.raw = raw

    def execute(self, statement: str, params: Sequence[Any] | None = ()) -> Cursor:
        cursor = self.raw.cursor()
        cursor.execute(to_psycopg(statement), tuple(params or ()))
        return Cursor(cursor)

    def executemany(self, statement: str, rows: Iterable[Sequence[Any]]) -> Cursor:
        cursor = self.raw.cursor()
        cursor.executemany(to_psycopg(statement), [tuple(row) for row in rows])
        return Cursor(cursor)

    def first_column(self, statement: str, params: Sequence[Any] = ()) -> list[Any]:
        """The first column of every row, as plain values: a list of 100 000 ids without a
        named row made for each (a third of the list's first-rows time on a server)."""
        cursor = self.raw.cursor(row_factory=scalar_row)
        cursor.execute(to_psycopg(statement), tuple(params))
        return cursor.fetchall()

    def close(self) -> None:
        self.raw.close()

    @property
    def broken(self) -> bool:
        return self.raw.closed or self.raw.broken


def _options(password: str | None) -> dict[str, Any]:
    options: dict[str, Any] = {
        "autocommit": True,
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": "Kedendesk",
    }
    if password:
        options["password"] = password
    return options


def connect(url: str, password: str | None = None) -> Connection:
    """A connection to the team server; psycopg.OperationalError when it cannot be reached."""
    return Connection(psycopg.connect(url, row_factory=_row_factory, **_options(password)))


def listen(url: str, password: str | None = None) -> psycopg.Connection[Any]:
    """A connection that hears the other desks' commits (`notifies()` on it)."""
    raw = psycopg.connect(url, **_options(password))
    raw.execute(pgsql.SQL("LISTEN {}").format(pgsql.Identifier(NOTIFY_CHANNEL)))
    return raw


def without_password(url: str) -> str:
    """The URL as it may be shown and kept in settings: any password in it removed."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        credentials, _, host = netloc.rpartition("@")
        user = credentials.split(":", 1)[0]
        netloc = f"{user}@{host}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"], safe="/")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))
