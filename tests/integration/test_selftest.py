"""`kedendesk selftest`, as the bundle's smoke test runs it: the whole loop on a throwaway
workspace, in processes of its own (the app, the practice gateway, the signing helper)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_selftest_signs_sends_and_sees_the_release() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "kedendesk", "selftest"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    steps = [line for line in done.stdout.splitlines() if line.startswith("selftest:")]
    assert steps[-1] == "selftest: released by the practice gateway"
    assert any("signed revision" in step for step in steps)
