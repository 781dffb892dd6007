"""The workspace's store: one SQLite database per desk or a team's PostgreSQL database,
migrations and repositories."""

from kedendesk.store.database import (
    Database,
    NotPermittedError,
    ServerUnreachableError,
    WorkspaceError,
    WorkspaceTooNewError,
)
from kedendesk.store.workspace import default_workspace_dir, resolve_workspace_dir

__all__ = [
    "Database",
    "NotPermittedError",
    "ServerUnreachableError",
    "WorkspaceError",
    "WorkspaceTooNewError",
    "default_workspace_dir",
    "resolve_workspace_dir",
]
