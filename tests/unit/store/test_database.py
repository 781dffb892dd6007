import sqlite3
from pathlib import Path

import pytest

from kedendesk.store import Database, WorkspaceError, WorkspaceTooNewError
from kedendesk.store.declarations import DeclarationRepository
from kedendesk.store.migrations import LATEST_VERSION, MIGRATIONS
from kedendesk.store.workspace import DATABASE_NAME, ENV_VAR, resolve_workspace_dir


def test_new_workspace_is_wal_at_latest_schema(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "ws")
    assert db.schema_version() == LATEST_VERSION
    assert db.connection().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_newer_app_migrates_an_older_workspace_and_keeps_its_data(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    old = Database.open(folder, migrations=MIGRATIONS[:1])  # as version 1 of the app left it
    with old.transaction() as db:
        db.execute("INSERT INTO clients (name, created_at) VALUES ('ТОО «Жібек Жолы»', 'x')")
        db.execute(
            "INSERT INTO declarations (client_id, lrn, declarant_name, created_at, updated_at)"
            " VALUES (1, 'OLD-1', 'Жібек', 'x', 'x')"
        )
    old.close()

    new = Database.open(folder)
    assert new.schema_version() == LATEST_VERSION
    repo = DeclarationRepository(new)
    # Migration 2 added case-folded search text for rows written before it existed.
    assert len(repo.find_ids("ЖІБЕК")) == 1
    assert (folder / f"{DATABASE_NAME}.before-v{LATEST_VERSION}").exists()
    new.close()


def test_older_app_refuses_a_newer_workspace_and_leaves_it_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    Database.open(folder).close()
    path = folder / DATABASE_NAME
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    before = path.read_bytes()
    with pytest.raises(WorkspaceTooNewError, match="newer Kedendesk") as raised:
        Database.open(folder)
    assert raised.value.found == LATEST_VERSION + 5
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / DATABASE_NAME).write_text("hello, this is not SQLite" * 100)
    with pytest.raises(WorkspaceError, match="not a Kedendesk workspace"):
        Database.open(folder)


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "ws")
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO clients (name, created_at) VALUES ('a', 'x')")
        raise RuntimeError("boom")
    assert db.connection().execute("SELECT count(*) FROM clients").fetchone()[0] == 0
    db.close()


def test_workspace_folder_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    assert resolve_workspace_dir() == tmp_path / "from-env"
    assert resolve_workspace_dir(tmp_path / "explicit") == tmp_path / "explicit"
    monkeypatch.delenv(ENV_VAR)
    assert resolve_workspace_dir().name == "workspace"
    assert str(tmp_path / "home") in str(resolve_workspace_dir())  # under the user data dir
