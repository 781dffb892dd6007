"""Build the one-folder bundle on this platform: the translations compiled (when a .qm is
missing or older than its .ts), PyInstaller with packaging/kedendesk.spec, then its size and
Qt libraries checked (packaging/bundle.py). Used by `make package` and the release workflow."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle

ROOT = bundle.ROOT


def translations() -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    translations()
    shutil.rmtree(bundle.bundle_folder(), ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(bundle.DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "kedendesk.spec"),
        ],
        check=True,
    )
    return bundle.main()


if __name__ == "__main__":
    raise SystemExit(main())
