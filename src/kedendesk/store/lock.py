"""Who else has this workspace open: a lock file naming the process and host that hold it.

The lock is advisory: it lets the app tell the user that another Kedendesk has the workspace
open. What keeps data safe is that every save names its base revision (a stale save is a
conflict), the same rule a team workspace on a server follows, where desks see each other's
leases instead of a file. A lock left by a process that died is recovered.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

LOCK_NAME = "workspace.lock"


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    since: str  # ISO 8601, UTC

    def is_this_process(self) -> bool:
        return self.pid == os.getpid() and self.host == socket.gethostname()


def _alive(pid: int) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows: ask for the process, do not signal it
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, alive
    return True


class WorkspaceLock:
    def __init__(self, directory: Path) -> None:
        self.path = directory / LOCK_NAME
        self.held = False

    def holder(self) -> LockHolder | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockHolder(int(data["pid"]), str(data["host"]), str(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # no lock, or a damaged one: nobody holds it

    def acquire(self) -> LockHolder | None:
        """Take the lock; returns the other holder when a live process elsewhere has it (the
        lock is then not taken). A stale lock (its process gone from this host) is replaced."""
        other = self.holder()
        if other is not None and not other.is_this_process():
            stale = other.host == socket.gethostname() and not _alive(other.pid)
            if not stale:
                return other
        mine = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        temporary = self.path.with_name(f"{LOCK_NAME}.{os.getpid()}")
        temporary.write_text(json.dumps(mine), encoding="utf-8")
        os.replace(temporary, self.path)  # atomic: a reader sees the old lock or the new
        self.held = True
        return None

    def take_over(self) -> None:
        """The user chose to work here although another process has the workspace open."""
        self.path.unlink(missing_ok=True)
        self.acquire()

    def release(self) -> None:
        if self.held:
            holder = self.holder()
            if holder is not None and holder.is_this_process():
                self.path.unlink(missing_ok=True)
            self.held = False
