"""Every test: offscreen Qt, its own workspace and data folders, an in-memory keyring."""

from __future__ import annotations

import json
import os

# Before anything imports Qt: without a platform and display Qt aborts the whole process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from kedendesk.diagnostics import stop_logging
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The one fake allowed: the OS keyring is the edge a test cannot reach."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the user's real data, config or workspace folders."""
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    workspace_dir = tmp_path / "workspace"
    monkeypatch.setenv("KEDENDESK_WORKSPACE", str(workspace_dir))
    # No test reaches the National Bank: the feed's tests run a loopback server of their own.
    monkeypatch.setenv("KEDENDESK_NBK_URL", "off")
    return workspace_dir


@pytest.fixture
def workspace(isolated_folders: Path) -> Iterator[Workspace]:
    ws = Workspace.open(isolated_folders)
    yield ws
    ws.close()


@pytest.fixture
def drafts(workspace: Workspace) -> DraftService:
    return DraftService(workspace)


@pytest.fixture(autouse=True)
def no_log_files_left_open() -> Iterator[None]:
    """A test that turned file logging on leaves no log or crash file open after it."""
    yield
    stop_logging()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A real PostgreSQL server for the session (tests/postgres.py says which)."""
    from tests.postgres import NoServerError, server, wait_until_up

    try:
        with server() as url:
            wait_until_up(url)
            yield url
    except NoServerError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI: {error}")
        pytest.skip(f"no PostgreSQL here: {error}")


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the test server for one test, dropped after it."""
    import uuid

    import psycopg

    name = f"kd_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base, _, query = postgres_server.partition("?")
    yield f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        # The database's group and team roles (store/people.py names them after it).
        for (role,) in admin.execute(
            "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (f"{name}_",)
        ).fetchall():
            admin.execute(f'DROP ROLE "{role}"')


ENGINES = ("sqlite", "postgresql")


def on_engine(engine: str, folder: Path, request: pytest.FixtureRequest) -> Path:
    """The workspace folder `folder`, on `engine`: for PostgreSQL it names a fresh database on
    the test server (team.json), so everything that opens the workspace there, this process
    or another, reaches the server."""
    if engine == "postgresql":
        from kedendesk.services.workspace import TEAM_FILE

        folder.mkdir(parents=True, exist_ok=True)
        url = request.getfixturevalue("postgres_url")
        (folder / TEAM_FILE).write_text(json.dumps({"server": url}), encoding="utf-8")
    return folder
