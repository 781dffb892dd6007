"""Where the tests find the customs album 5.23.0 (public XSD files the project does not ship):
`$KEDENDESK_ESAD_ALBUM`, else `../shared/reference-sources/customs-album-5.23.0` beside the
repository. Without it a test skips, except in CI (`CI=true`), where that is a failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ALBUM = Path(
    os.environ.get(
        "KEDENDESK_ESAD_ALBUM",
        Path(__file__).resolve().parents[2] / "shared/reference-sources/customs-album-5.23.0",
    )
)


def album() -> Path:
    if (ALBUM / "ESADout_CU.xsd").is_file():
        return ALBUM
    if os.environ.get("CI") == "true":
        pytest.fail(f"the customs album is not at {ALBUM} (set KEDENDESK_ESAD_ALBUM)")
    pytest.skip("the customs album 5.23.0 is not on this machine")
