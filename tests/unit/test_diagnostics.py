"""Failures are seen: what escapes a thread is in the log file with its trace, and reported."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from kedendesk.diagnostics import LOG_NAME, on_unhandled, report_unhandled, setup_logging


def test_an_exception_in_a_thread_is_logged_and_reported(tmp_path: Path) -> None:
    folder = setup_logging(tmp_path / "log")
    seen: list[tuple[str, str]] = []
    stop = on_unhandled(lambda where, error: seen.append((where, str(error))))
    try:
        thread = threading.Thread(target=lambda: 1 / 0, name="sandbox-clock")
        thread.start()
        thread.join()
        report_unhandled("background work", ValueError("the workspace is read-only"))
    finally:
        stop()
    for handler in logging.getLogger("kedendesk").handlers:
        handler.flush()
    text = (folder / LOG_NAME).read_text(encoding="utf-8")
    assert "unhandled exception in thread sandbox-clock" in text
    assert "ZeroDivisionError" in text and "Traceback" in text
    assert "background work failed" in text and "the workspace is read-only" in text
    assert seen == [
        ("sandbox-clock", "division by zero"),
        ("background work", "the workspace is read-only"),
    ]
    assert (folder / "crash.log").exists()  # faulthandler writes fatal errors there


def test_a_log_folder_that_cannot_be_made_does_not_stop_the_app(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    setup_logging(blocked / "log")  # logs to the terminal instead, and says so
    logging.getLogger("kedendesk.test").warning("still logging")
    assert not (blocked / "log").exists()
