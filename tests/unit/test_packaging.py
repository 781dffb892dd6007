"""The bundle ships the Qt the app uses and no more: the spec's list of Qt modules is the
app's imports, every module PySide6 ships is decided (kept or left out), and the bundle
check refuses an unplanned Qt library or a bundle over its size budget."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402


def _spec_list(name: str) -> set[str]:
    tree = ast.parse((ROOT / "packaging" / "kedendesk.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return {str(ast.literal_eval(element)) for element in node.value.elts}  # type: ignore[attr-defined]
    raise AssertionError(f"{name} not in the spec")


def test_the_spec_ships_the_qt_modules_the_app_imports() -> None:
    imported = set()
    for path in (ROOT / "src" / "kedendesk").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported == _spec_list("QT_MODULES")


def test_every_module_pyside6_ships_is_kept_or_left_out() -> None:
    decided = _spec_list("QT_MODULES") | _spec_list("QT_UNUSED")
    shipped = {name for name in PySide6.__all__ if name.startswith("Qt")}
    assert shipped - decided == set(), "a new PySide6 module: keep it or leave it out"


def test_the_bundle_check_refuses_an_unplanned_qt_library_and_a_big_bundle(
    tmp_path: Path,
) -> None:
    lib = tmp_path / "_internal" / "PySide6" / "Qt" / "lib"
    lib.mkdir(parents=True)
    for name in ("libQt6Core.so.6", "libQt6Widgets.so.6", "Qt6Gui.dll"):
        (lib / name).write_bytes(b"\0" * 1024)
    assert bundle.qt_libraries(tmp_path) == {"Core", "Widgets", "Gui"}
    assert bundle.problems(tmp_path) == []
    (lib / "libQt6Quick.so.6").write_bytes(b"\0" * 2 * 1024 * 1024)
    found = bundle.problems(tmp_path, budget_mb=1)
    assert found == [
        "the bundle is 2 MB unpacked, over the budget of 1 MB",
        "Qt libraries not meant to ship: Quick",
    ]


def test_the_release_workflow_builds_with_the_same_scripts() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for script in ("packaging/build.py", "packaging/smoke.py", "packaging/finish.py"):
        assert script in workflow and (ROOT / script).is_file()
    assert "kedendesk.iss" in workflow and (ROOT / "packaging" / "kedendesk.iss").is_file()
