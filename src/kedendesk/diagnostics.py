"""Failures are seen: module loggers to a rotating file in the user log folder, a crash file
for faulthandler, and hooks that log whatever escapes a thread.

Loggers say what happened and to which declaration (by id or LRN); they never carry a
password, token, secret or a declaration's payload. The UI adds a dialog on top of the hooks.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

import platformdirs

LOG_NAME = "kedendesk.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
LOG_DIR_ENV = "KEDENDESK_LOG_DIR"

ExceptionReport = Callable[[str, BaseException], None]
_crash_file: IO[str] | None = None
_reports: list[ExceptionReport] = []


def log_dir() -> Path:
    """$KEDENDESK_LOG_DIR, else the platform's user log folder for Kedendesk."""
    explicit = os.environ.get(LOG_DIR_ENV)
    if explicit:
        return Path(explicit).expanduser()
    return Path(platformdirs.user_log_dir("Kedendesk", appauthor=False))


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to `folder`/kedendesk.log (rotated), write fatal errors to crash.log, and log what
    escapes any thread. Safe to call again (tests, a second window): handlers are replaced."""
    global _crash_file
    folder = folder or log_dir()
    stop_logging()
    root = logging.getLogger("kedendesk")
    root.setLevel(level)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        crash = (folder / CRASH_NAME).open("a", encoding="utf-8")
    except OSError as error:  # a read-only or full disk must not stop the app from starting
        fallback = logging.StreamHandler()
        fallback._kedendesk = True  # type: ignore[attr-defined]
        root.addHandler(fallback)
        root.warning("no log file in %s (%s): logging to the terminal", folder, error)
    else:
        handler._kedendesk = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
        _crash_file = crash
        faulthandler.enable(_crash_file, all_threads=True)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return folder


def stop_logging() -> None:
    """Close the log and crash files (at exit, and between tests)."""
    global _crash_file
    root = logging.getLogger("kedendesk")
    for handler in list(root.handlers):
        if getattr(handler, "_kedendesk", False):
            root.removeHandler(handler)
            handler.close()
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None


def on_unhandled(report: ExceptionReport) -> Callable[[], None]:
    """Also tell `report(where, error)` about every exception that escapes (the UI shows a
    dialog); returns the way to stop."""
    _reports.append(report)
    return lambda: _reports.remove(report) if report in _reports else None


def report_unhandled(where: str, error: BaseException) -> None:
    """An error no caller handles (background work without a failure callback): logged, and
    shown by whoever listens."""
    logging.getLogger("kedendesk.unhandled").error(
        "%s failed", where, exc_info=(type(error), error, error.__traceback__)
    )
    _tell(where, error)


def _tell(where: str, error: BaseException) -> None:
    for report in list(_reports):
        try:
            report(where, error)
        except Exception:  # a broken reporter must not hide the original error
            logging.getLogger(__name__).exception("reporting an unhandled error failed")


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    logging.getLogger("kedendesk.unhandled").critical(
        "unhandled exception", exc_info=(kind, error, trace)
    )
    _tell("main", error)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or isinstance(args.exc_value, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "?"
    logging.getLogger("kedendesk.unhandled").critical(
        "unhandled exception in thread %s",
        name,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )
    _tell(name, args.exc_value)
