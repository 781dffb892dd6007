"""Kazakh, Russian and English ship together: complete, in step with the code, placeholders kept."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("kk", "ru", "en")
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{[a-z_]+\}")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language: str) -> None:
    messages = _messages(ROOT / "translations" / f"kedendesk_{language}.ts")
    assert len(messages) > 100
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), f"{context}: {source!r} has an empty translation"
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), (
                f"{context}: {source!r} -> {form!r}"
            )


def test_translation_sources_are_in_step_with_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    sources = sorted(str(p) for p in (ROOT / "src" / "kedendesk" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = {(c, s) for c, s, _ in _messages(fresh)}
    for language in LANGUAGES:
        shipped = {
            (c, s) for c, s, _ in _messages(ROOT / "translations" / f"kedendesk_{language}.ts")
        }
        assert in_code - shipped == set(), f"run `make update-translations` ({language})"
        assert shipped - in_code == set(), f"strings no longer in the code ({language})"


def test_the_built_translations_load() -> None:
    for language in ("kk", "ru"):
        assert (ROOT / "translations" / f"kedendesk_{language}.qm").exists(), (
            "`make test` builds the .qm files; run it through make"
        )
