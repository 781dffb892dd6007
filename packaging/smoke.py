"""The bundle's smoke test: it starts on a fresh user folder (no workspace, no settings),
offscreen, and runs `kedendesk selftest` — the window opens, the practice gateway comes up,
the demo declaration is signed and sent, and its release is seen."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle


def program() -> Path:
    folder = bundle.bundle_folder()
    return folder / ("kedendesk.exe" if sys.platform == "win32" else "kedendesk")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="kedendesk-smoke-") as home:
        env = {
            **os.environ,
            "HOME": home,
            "USERPROFILE": home,
            "APPDATA": str(Path(home) / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(Path(home) / "AppData" / "Local"),
            "XDG_DATA_HOME": str(Path(home) / "data"),
            "XDG_CONFIG_HOME": str(Path(home) / "config"),
            "XDG_CACHE_HOME": str(Path(home) / "cache"),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "KEDENDESK_NBK_URL": "off",
        }
        env.pop("KEDENDESK_WORKSPACE", None)
        version = subprocess.run(
            [str(program()), "--version"], env=env, capture_output=True, text=True, check=True
        )
        print(f"smoke: {version.stdout.strip()}")
        done = subprocess.run([str(program()), "selftest"], env=env, timeout=300, check=False)
        print("smoke: passed" if done.returncode == 0 else "smoke: FAILED")
        return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
