"""One description of the workspace's tables for both engines: the SQLite migrations build
exactly it, and a real PostgreSQL server builds it too; the list's folded search finds Kazakh
and Russian words in any case on both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, insert, inspect, select

from kedendesk.store import schema
from kedendesk.store.database import Database
from kedendesk.store.engine import engine_for
from kedendesk.store.search import fold, search_text_of_row

AFFINITY = {"INTEGER": "integer", "TEXT": "text", "BLOB": "bytes", "BYTEA": "bytes"}


def _shape(engine: Engine) -> dict[str, Any]:
    """What a reader of the database sees of each table (types by kind, not by spelling)."""
    found = inspect(engine)
    shape: dict[str, Any] = {}
    for table in sorted(found.get_table_names()):
        key = found.get_pk_constraint(table)["constrained_columns"]
        columns = {  # a key is never null (SQLite reports its INTEGER PRIMARY KEY as nullable)
            c["name"]: (
                AFFINITY.get(str(c["type"]).upper(), str(c["type"]).lower()),
                c["nullable"] and c["name"] not in key,
            )
            for c in found.get_columns(table)
        }
        shape[table] = {
            "columns": columns,
            "primary key": key,
            "foreign keys": _foreign_keys(engine, found, table),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]))
                for i in found.get_indexes(table)
                if not i["name"].startswith("sqlite_autoindex")
                and "duplicates_constraint" not in i  # PostgreSQL's index behind a UNIQUE
            ),
            "unique": sorted(tuple(u["column_names"]) for u in found.get_unique_constraints(table))
            + sorted(
                (tuple(i["column_names"]) for i in found.get_indexes(table) if i.get("unique")),
            ),
        }
    return shape


def _foreign_keys(engine: Engine, found: Any, table: str) -> list[tuple[Any, ...]]:
    if engine.dialect.name == "sqlite":  # SQLite's own word: the reflection misreads some
        with engine.connect() as db:
            rows = db.exec_driver_sql(f"PRAGMA foreign_key_list({table})").fetchall()
        return sorted(
            ((row[3],), row[2], (row[4],), "" if row[6] == "NO ACTION" else row[6]) for row in rows
        )
    return sorted(
        (
            tuple(k["constrained_columns"]),
            k["referred_table"],
            tuple(k["referred_columns"]),
            (k.get("options") or {}).get("ondelete", "").upper(),
        )
        for k in found.get_foreign_keys(table)
    )


def _described() -> dict[str, Any]:
    engine = engine_for("sqlite://")
    schema.metadata.create_all(engine)
    return _shape(engine)


def test_the_sqlite_migrations_build_the_described_schema(tmp_path: Path) -> None:
    Database.open(tmp_path).close()
    migrated = _shape(engine_for(f"sqlite:///{tmp_path / 'workspace.sqlite3'}"))
    described = _described()
    assert migrated.keys() == described.keys()
    for table in described:
        assert migrated[table] == described[table], table


def test_the_described_schema_builds_on_postgresql(postgres_url: str) -> None:
    engine = engine_for(postgres_url)
    schema.metadata.create_all(engine)
    on_server, described = _shape(engine), _described()
    assert on_server.keys() == described.keys()
    for table in described:
        mine = dict(described[table])
        theirs = dict(on_server[table])
        # PostgreSQL backs a UNIQUE constraint with an index of its own, SQLite does not.
        mine.pop("unique"), theirs.pop("unique")
        assert theirs == mine, table
    engine.dispose()


@pytest.mark.parametrize("engine_kind", ["sqlite", "postgresql"])
def test_the_folded_search_finds_kazakh_and_russian_in_any_case(
    engine_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'w.sqlite3'}"
        if engine_kind == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    engine = engine_for(url)
    schema.metadata.create_all(engine)
    rows = [
        ("KD-1", "ТОО «ҚАЗАҚ ТРЕЙД»", "Өскемен Ltd", "ИМ 40", "DRAFT"),
        ("KD-2", "ТОО «Алатау»", "Иванов И.", "ЭК 10", "RELEASED"),
    ]
    with engine.begin() as db:
        client = db.execute(
            insert(schema.clients)
            .values(name="Клиент", created_at="2026-12-01")
            .returning(schema.clients.c.id)
        ).scalar_one()
        for lrn, client_name, declarant, procedure, status in rows:
            db.execute(
                insert(schema.declarations).values(
                    client_id=client,
                    lrn=lrn,
                    declarant_name=declarant,
                    created_at="2026-12-01",
                    updated_at="2026-12-01",
                    search_text=search_text_of_row(lrn, client_name, declarant, procedure, status),
                )
            )

    def found(needle: str) -> list[str]:
        query = select(schema.declarations.c.lrn).where(
            schema.declarations.c.search_text.contains(fold(needle), autoescape=True)
        )
        with engine.connect() as db:
            return sorted(db.scalars(query))

    assert found("қазақ") == ["KD-1"]
    assert found("ӨСКЕМЕН") == ["KD-1"]
    assert found("алатау") == ["KD-2"]
    assert found("иванов") == ["KD-2"]
    assert found("kd-") == ["KD-1", "KD-2"]
    assert found("100%") == []
    if engine_kind == "postgresql":  # the server folds them too (C.UTF-8): lower() agrees
        with engine.connect() as db:
            assert db.scalar(select(func.lower("ҚАЗАҚ ӨСКЕМЕН ИВАНОВ"))) == "қазақ өскемен иванов"
    engine.dispose()


def test_a_team_database_of_an_older_version_is_upgraded(postgres_url: str) -> None:
    """A team database made by the version before people and roles (schema 12) gets the later
    steps when the owner opens it, and then has exactly the described tables and its roles."""
    Database(postgres_url).close()
    engine = engine_for(postgres_url)
    with engine.begin() as db:  # back to what schema 12 built
        db.exec_driver_sql("DROP TABLE client_teams CASCADE")
        db.exec_driver_sql("ALTER TABLE signatures DROP COLUMN signed_by")
        db.exec_driver_sql("ALTER TABLE outbox DROP COLUMN sent_by")
        db.exec_driver_sql("UPDATE kedendesk_schema SET version = 12")
    upgraded = Database(postgres_url)
    assert upgraded.schema_version() == upgraded.latest_version
    upgraded.close()
    on_server, described = _shape(engine), _described()
    assert on_server.keys() - {"kedendesk_schema"} == described.keys()
    for table in ("client_teams", "signatures", "outbox"):
        assert on_server[table]["columns"] == described[table]["columns"], table
    engine.dispose()
