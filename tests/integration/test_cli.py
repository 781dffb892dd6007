"""The command line as a user runs it: a real process, a real workspace folder."""

import json
import subprocess
import sys
from pathlib import Path

from kedendesk.services.drafts import DraftService


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kedendesk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("kedendesk ")


def test_schema_is_json_schema_of_the_file() -> None:
    result = _run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["format"]["const"] == "kedendesk.dt"


def test_export_then_import_round_trips(drafts: DraftService, tmp_path: Path) -> None:
    client = drafts.add_client("ТОО «Сәт»", "940140000385")
    declaration_id = drafts.new_declaration(client.id)
    lrn = drafts.row(declaration_id).lrn
    first = tmp_path / "first.json"
    result = _run("export", lrn, str(first))
    assert result.returncode == 0, result.stderr
    result = _run("import", str(first))
    assert result.returncode == 0, result.stderr
    assert "ТОО «Сәт»" in result.stdout
    listing = _run("list", "сәт")
    assert listing.stdout.count(lrn) == 2
    new_id = max(drafts.find_ids())
    second = tmp_path / "second.json"
    assert _run("export", str(new_id), str(second)).returncode == 0
    assert second.read_bytes() == first.read_bytes()


def test_import_of_a_broken_file_names_the_line_and_writes_nothing(
    drafts: DraftService, tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "kedendesk.dt",\n  "declaration": {,}\n}\n', encoding="utf-8")
    result = _run("import", str(path))
    assert result.returncode == 2
    assert "line 3, column 19" in result.stderr
    assert drafts.find_ids() == []


def test_import_of_a_missing_file(tmp_path: Path) -> None:
    result = _run("import", str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert "cannot read" in result.stderr


def test_export_of_an_unknown_declaration(tmp_path: Path) -> None:
    result = _run("export", "NO-SUCH-LRN", str(tmp_path / "x.json"))
    assert result.returncode == 1
    assert "no declaration" in result.stderr
