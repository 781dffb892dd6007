"""The open workspace: its database and repositories, built once and passed to services."""

from __future__ import annotations

import getpass
import platform
from dataclasses import dataclass
from pathlib import Path

from kedendesk.services.events import EventBus
from kedendesk.store import Database, WorkspaceError, WorkspaceTooNewError, resolve_workspace_dir
from kedendesk.store.clients import ClientRepository
from kedendesk.store.declarations import DeclarationRepository
from kedendesk.store.lock import LockHolder, WorkspaceLock
from kedendesk.store.settings import SettingsRepository

__all__ = ["LockHolder", "Workspace", "WorkspaceError", "WorkspaceTooNewError"]


@dataclass
class Workspace:
    directory: Path
    database: Database
    clients: ClientRepository
    declarations: DeclarationRepository
    settings: SettingsRepository
    events: EventBus
    lock: WorkspaceLock

    @classmethod
    def open(cls, directory: str | Path | None = None) -> Workspace:
        """Open (creating or migrating) a workspace; raises store.WorkspaceError for the user."""
        path = resolve_workspace_dir(directory)
        database = Database.open(path)
        workspace = cls(
            directory=path,
            database=database,
            clients=ClientRepository(database),
            declarations=DeclarationRepository(database),
            settings=SettingsRepository(database),
            events=EventBus(),
            lock=WorkspaceLock(path),
        )
        database.author = desk_name(workspace)  # written with each revision and message sent
        return workspace

    def claim(self) -> LockHolder | None:
        """Mark the workspace as open here; returns who else has it open, if anyone (the app
        tells the user; saves stay safe through revision conflicts either way)."""
        return self.lock.acquire()

    def close(self) -> None:
        self.lock.release()
        self.database.close()


DESK_NAME_SETTING = "desk.name"


def desk_name(workspace: Workspace) -> str:
    """Who this desk is, as the other desks and the history show it: the person's name set for
    it (setting `desk.name`), and the user and computer."""
    named = str(workspace.settings.get(DESK_NAME_SETTING, "") or "").strip()
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment
        user = "?"
    machine = f"{user}@{platform.node() or 'desk'}"
    return f"{named} ({machine})" if named else machine
