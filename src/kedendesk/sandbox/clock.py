"""Simulated time: real time scaled (one simulated minute per real second by default), plus
whatever a test fast-forwards. It continues across restarts from where it was."""

from __future__ import annotations

import datetime as dt
import threading
import time


class SimClock:
    """`origin_sim` was the simulated time at the real (wall clock) moment `origin_wall`."""

    def __init__(
        self,
        scale: float,
        origin_sim: dt.datetime | None = None,
        origin_wall: float | None = None,
        skipped: dt.timedelta = dt.timedelta(0),
    ) -> None:
        self.scale = scale
        self.origin_sim = origin_sim or dt.datetime.now(dt.UTC).replace(microsecond=0)
        self.origin_wall = origin_wall if origin_wall is not None else time.time()
        self.skipped = skipped
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            elapsed = max(0.0, time.time() - self.origin_wall) * self.scale
            return self.origin_sim + dt.timedelta(seconds=elapsed) + self.skipped

    def advance(self, by: dt.timedelta) -> None:
        """Jump ahead (tests: a whole simulated day in an instant)."""
        with self._lock:
            self.skipped += by
