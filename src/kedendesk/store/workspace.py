"""Where a workspace lives: --workspace, then $KEDENDESK_WORKSPACE, then the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "KEDENDESK_WORKSPACE"
DATABASE_NAME = "workspace.sqlite3"


def default_workspace_dir() -> Path:
    return Path(platformdirs.user_data_dir("Kedendesk", appauthor=False)) / "workspace"


def resolve_workspace_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_workspace_dir()
