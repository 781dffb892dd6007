"""What a built bundle holds, for `make package` and the release workflow: its size unpacked
and the Qt modules in it, checked against the budget and the list the spec means to ship."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUDGET_MB = 200  # unpacked
# The Qt libraries a bundle may hold: the modules the app imports and what they and the
# platform plugins it keeps need (DBus for input methods, OpenGL, Network and Wayland for the
# xcb and Wayland plugins). A new one here is a decision, not an accident.
QT_LIBRARIES = {
    "Core",
    "Gui",
    "Widgets",
    "PrintSupport",
    "DBus",
    "OpenGL",
    "Network",
    "WaylandClient",
    "WlShellIntegration",
    "XcbQpa",
}
_QT = re.compile(r"(?:lib)?Qt6?([A-Z]\w*?)(?:\.so[.\d]*|\.dll|\.\d+\.dylib|\.framework)$")


def bundle_folder() -> Path:
    return DIST / "kedendesk"


def size_mb(folder: Path) -> float:
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    total = sum(path.stat().st_size for path in files)
    return total / 1024 / 1024


def qt_libraries(folder: Path) -> set[str]:
    """The Qt libraries in a bundle ("Core", "Gui" …), whatever the platform names them."""
    found = set()
    for path in folder.rglob("*"):
        match = _QT.match(path.name)
        if match:
            found.add(match.group(1))
    return found


def problems(folder: Path, budget_mb: float = BUDGET_MB) -> list[str]:
    found = []
    size = size_mb(folder)
    if size > budget_mb:
        found.append(f"the bundle is {size:.0f} MB unpacked, over the budget of {budget_mb} MB")
    extra = qt_libraries(folder) - QT_LIBRARIES
    if extra:
        found.append(f"Qt libraries not meant to ship: {', '.join(sorted(extra))}")
    return found


def main() -> int:
    folder = bundle_folder()
    print(f"bundle: {folder} — {size_mb(folder):.1f} MB unpacked (budget {BUDGET_MB} MB)")
    print(f"Qt libraries: {', '.join(sorted(qt_libraries(folder)))}")
    found = problems(folder)
    for problem in found:
        print(f"bundle: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
