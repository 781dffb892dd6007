"""The open workspace: its database and repositories, built once and passed to services.

A workspace is a folder. One desk's keeps everything in its SQLite file. A team workspace's
folder names the team server (`team.json`, the URL without its password) and keeps only what
belongs to this desk: its own settings and the keys folder; the declarations, clients and the
outbox are on the server, shared by every desk that opens the same URL.
"""

from __future__ import annotations

import hashlib
import json
import platform
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kedendesk.services.events import EventBus
from kedendesk.services.people import PeopleError, Person, os_user, signed_in
from kedendesk.services.secrets import KeyringUnavailableError, SecretStore
from kedendesk.store import (
    Database,
    ServerUnreachableError,
    WorkspaceError,
    WorkspaceTooNewError,
    default_workspace_dir,
    resolve_workspace_dir,
)
from kedendesk.store.clients import ClientRepository
from kedendesk.store.declarations import DeclarationRepository
from kedendesk.store.lock import LockHolder, WorkspaceLock
from kedendesk.store.postgres import is_server_url, without_password
from kedendesk.store.settings import SettingsRepository
from kedendesk.store.workspace import choose_workspace

__all__ = [
    "LockHolder",
    "ServerUnreachableError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceTooNewError",
    "choose_workspace",
    "default_workspace_dir",
    "is_server_url",
    "team_folder",
]

NOBODY = Person("")  # before `_assemble` names the person
TEAM_FILE = "team.json"  # in a team workspace's folder: which server it is
TEAM_SECRET = "team-server:"  # keyring entry of a server's password: this + URL without it


@dataclass
class Workspace:
    directory: Path
    database: Database
    clients: ClientRepository
    declarations: DeclarationRepository
    settings: SettingsRepository
    events: EventBus
    lock: WorkspaceLock
    desk: Database | None = None  # a team workspace: this desk's own database (its settings)
    person: Person = NOBODY  # who is signed in, and what they may do (set when opened)

    @property
    def shared(self) -> bool:
        """On a team server (several desks), not in one desk's file."""
        return self.database.server

    @property
    def where(self) -> str:
        """What the user is shown: the folder, or the team server's URL without a password."""
        return self.database.where if self.shared else str(self.directory)

    @classmethod
    def open(cls, directory: str | Path | None = None, password: str | None = None) -> Workspace:
        """Open (creating or migrating) a workspace: a folder, or a `postgresql://` URL (a team
        workspace, see `open_team`); raises store.WorkspaceError for the user."""
        if is_server_url(directory):
            return cls.open_team(str(directory), password)
        path = resolve_workspace_dir(directory)
        server = team_server(path)
        if server is None:
            return cls._assemble(path, Database.open(path), None)
        if password is None:
            password = SecretStore().get(TEAM_SECRET + server)
        desk = Database.open(path)
        try:
            database = Database.open(path, server=server, password=password)
        except BaseException:
            desk.close()
            raise
        return cls._assemble(path, database, desk)

    @classmethod
    def open_team(
        cls,
        url: str,
        password: str | None = None,
        remember: bool = False,
        folder: Path | None = None,
    ) -> Workspace:
        """The team workspace on the server at `url`: its desk folder (made the first time,
        under the user's data folder unless given) names the server; the password, when
        given and `remember`, goes to the keyring, never to a file."""
        url, in_url = _split_password(url)
        password = password or in_url
        folder = folder or team_folder(url)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / TEAM_FILE).write_text(json.dumps({"server": url}), encoding="utf-8")
        if password and remember:
            try:
                SecretStore().set(TEAM_SECRET + url, password)
            except KeyringUnavailableError as error:
                raise WorkspaceError(
                    f"This system has no keyring to remember the password: {error}"
                ) from error
        return cls.open(folder, password)

    @classmethod
    def _assemble(cls, path: Path, database: Database, desk: Database | None) -> Workspace:
        workspace = cls(
            directory=path,
            database=database,
            clients=ClientRepository(database),
            declarations=DeclarationRepository(database),
            settings=SettingsRepository(database, desk),
            events=EventBus(),
            lock=WorkspaceLock(path),
            desk=desk,
        )
        named = str(workspace.settings.get(DESK_NAME_SETTING, "") or "").strip()
        try:
            workspace.person = signed_in(database, named)
        except PeopleError as error:
            workspace.close()
            raise WorkspaceError(str(error)) from error
        database.author = desk_name(workspace)  # written with each revision and message sent
        database.desk_id = desk_id(workspace)
        return workspace

    def claim(self) -> LockHolder | None:
        """Mark the workspace as open here; returns who else has it open, if anyone (the app
        tells the user; saves stay safe through revision conflicts either way)."""
        return self.lock.acquire()

    def close(self) -> None:
        self.lock.release()
        self.database.close()
        if self.desk is not None:
            self.desk.close()


def team_server(folder: Path) -> str | None:
    """The team server a workspace folder opens (its `team.json`), or None for a desk's own."""
    try:
        server = json.loads((folder / TEAM_FILE).read_text(encoding="utf-8"))["server"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise WorkspaceError(
            f"{folder / TEAM_FILE} does not name a team server: {error}"
        ) from error
    if not is_server_url(server):
        raise WorkspaceError(f"{folder / TEAM_FILE} names {server!r}, not a postgresql:// URL")
    return str(server)


def team_folder(url: str) -> Path:
    """This desk's folder for a team server: readable, and one per server and database."""
    parts = urlsplit(url)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{parts.hostname or 'local'}-{parts.path.strip('/')}")
    digest = hashlib.sha256(without_password(url).encode()).hexdigest()[:8]
    return default_workspace_dir().parent / "teams" / f"{name.strip('-')}-{digest}"


def _split_password(url: str) -> tuple[str, str | None]:
    password = urlsplit(url).password
    return without_password(url), unquote(password) if password else None


DESK_NAME_SETTING = "desk.name"
DESK_ID_SETTING = "desk.id"


def desk_id(workspace: Workspace) -> str:
    """This desk's identity among a team's desks: made once, kept in its own settings."""
    known = workspace.settings.get(DESK_ID_SETTING)
    if isinstance(known, str) and known:
        return known
    made = uuid.uuid4().hex
    workspace.settings.set(DESK_ID_SETTING, made)
    return made


def desk_name(workspace: Workspace) -> str:
    """Who this desk is, as the other desks and the history show it: on a team server the
    person signed in (their name and login); on one desk's own, the person's name set for it
    (setting `desk.name`), and the user and computer."""
    if workspace.shared:
        return workspace.person.label
    named = str(workspace.settings.get(DESK_NAME_SETTING, "") or "").strip()
    machine = f"{os_user()}@{platform.node() or 'desk'}"
    return f"{named} ({machine})" if named else machine
