"""Every test here that uses the workspace runs twice: on SQLite (one desk) and on a real
PostgreSQL server (a team workspace)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ENGINES, on_engine


@pytest.fixture(params=ENGINES)
def isolated_folders(isolated_folders: Path, request: pytest.FixtureRequest) -> Path:
    return on_engine(request.param, isolated_folders, request)
