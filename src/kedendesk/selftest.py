"""`kedendesk selftest`: this installation's whole loop on a throwaway workspace, the way the
bundle's smoke test runs it: the window opens (offscreen without a screen), the practice
gateway starts in its own process, the demo declaration is signed in the signing helper
process and sent, and its release is seen. Prints each step; exit code 0 when all went."""

from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

RELEASE_TIMEOUT = 120.0  # seconds
TIME_SCALE = 3600.0  # a simulated hour per second: the release comes in seconds


def _say(step: str) -> None:
    print(f"selftest: {step}", flush=True)


def run(timeout: float = RELEASE_TIMEOUT) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kedendesk.domain.lifecycle import Status
    from kedendesk.practice_gateway import PracticeProcess, process_starter
    from kedendesk.services.demo import seed_demo
    from kedendesk.services.gateway_worker import start_following
    from kedendesk.services.workspace import Workspace
    from kedendesk.ui.app import Application, qt_application

    app = qt_application()
    started: list[PracticeProcess] = []
    with tempfile.TemporaryDirectory(prefix="kedendesk-selftest-") as scratch:
        folder = Path(scratch) / "workspace"
        workspace = Workspace.open(folder)
        application = Application(
            workspace, "en", process_starter(folder.parent / "gw", started, TIME_SCALE)
        )
        worker = None
        try:
            seed_demo(application.drafts, application.checking)
            application.window.list_page.model.reload()
            application.window.show()
            app.processEvents()
            rows = application.window.list_page.model.rowCount()
            _say(f"window open, {rows} declaration(s) listed")
            worker = start_following(
                application.profiles,
                application.signing,
                application.submission,
                workspace.events,
            )
            if worker is None:
                raise RuntimeError("no gateway profile")
            _say("practice gateway up")
            (declaration_id,) = application.drafts.find_ids("")
            key = application.signing.keys()[0]
            record = application.signing.sign_isolated(declaration_id, key.id, "demo")
            _say(f"signed revision {record.revision} by {record.signer}")
            application.submission.submit(declaration_id)
            worker.wake()
            _say("sent")
            deadline = time.monotonic() + timeout
            status = ""
            while time.monotonic() < deadline:
                app.processEvents()
                status = application.drafts.row(declaration_id).status
                if status == Status.RELEASED:
                    _say("released by the practice gateway")
                    return 0
                time.sleep(0.2)
            _say(f"not released within {timeout:.0f} s (status {status})")
            return 1
        except Exception as error:  # the whole point is to say what broke
            log.exception("selftest failed")
            _say(f"failed: {type(error).__name__}: {error}")
            return 1
        finally:
            if worker is not None:
                worker.stop()
            application.window.close()
            application.shutdown()
            for process in started:
                process.stop()
