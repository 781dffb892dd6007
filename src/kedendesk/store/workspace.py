"""Where a workspace lives: --workspace, then $KEDENDESK_WORKSPACE, then the one the user chose
last (Workspace → Open team workspace…, kept in the user config folder), then the user data
folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

ENV_VAR = "KEDENDESK_WORKSPACE"
DATABASE_NAME = "workspace.sqlite3"


def default_workspace_dir() -> Path:
    return Path(platformdirs.user_data_dir("Kedendesk", appauthor=False)) / "workspace"


CHOSEN_FILE = "workspace.json"  # in the user config folder: the workspace the app opens


def _chosen_file() -> Path:
    return Path(platformdirs.user_config_dir("Kedendesk", appauthor=False)) / CHOSEN_FILE


def chosen_workspace() -> Path | None:
    """The workspace folder the user chose to open (None: the default one)."""
    try:
        folder = json.loads(_chosen_file().read_text(encoding="utf-8"))["folder"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Path(folder) if isinstance(folder, str) and folder else None


def choose_workspace(folder: Path | None) -> None:
    """Open `folder` from now on when no workspace is named (None: the default again)."""
    path = _chosen_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"folder": str(folder) if folder else ""}), encoding="utf-8")


def resolve_workspace_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return chosen_workspace() or default_workspace_dir()
