"""The local workspace: one SQLite database per workspace, migrations and repositories."""

from kedendesk.store.database import Database, WorkspaceError, WorkspaceTooNewError
from kedendesk.store.workspace import default_workspace_dir, resolve_workspace_dir

__all__ = [
    "Database",
    "WorkspaceError",
    "WorkspaceTooNewError",
    "default_workspace_dir",
    "resolve_workspace_dir",
]
