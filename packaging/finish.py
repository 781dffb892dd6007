"""The Linux download: the bundle, its .desktop file and icon, packed as
dist/kedendesk-<version>-linux-<machine>.tar.gz (unpack anywhere; `./kedendesk/kedendesk`,
or `./kedendesk/install-desktop-entry` for the menu entry)."""

from __future__ import annotations

import platform
import re
import shutil
import stat
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle

INSTALL = """#!/bin/sh
# Adds Kedendesk to the applications menu of this user (from where this folder is now).
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/256x256/apps"
cp "$here/kedendesk.png" "$HOME/.local/share/icons/hicolor/256x256/apps/kedendesk.png"
sed "s|^Exec=kedendesk|Exec=$here/kedendesk|" "$here/kedendesk.desktop" \\
    > "$HOME/.local/share/applications/kedendesk.desktop"
echo "Kedendesk is in the applications menu."
"""


def version() -> str:
    text = (bundle.ROOT / "src" / "kedendesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    return found.group(1) if found else "0.0.0"


def main() -> int:
    folder = bundle.bundle_folder()
    for name in ("kedendesk.desktop", "kedendesk.png"):
        shutil.copy2(bundle.ROOT / "packaging" / name, folder / name)
    script = folder / "install-desktop-entry"
    script.write_text(INSTALL, encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    target = bundle.DIST / f"kedendesk-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz") as archive:
        archive.add(folder, arcname="kedendesk")
    print(f"package: {target.name} — {target.stat().st_size / 1024 / 1024:.1f} MB packed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
