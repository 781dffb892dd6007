"""One feed follower per gateway account across a team's desks.

On a team server the desk that follows a profile's event feed holds a session-level advisory
lock named after the profile; the others try for it now and then and take over when it goes
away (the desk closed, crashed or lost the server: PostgreSQL ends the session and its lock).
Applying an event is idempotent (stored once by its id, with the cursor, in one transaction),
so a moment of overlap changes nothing. A one-desk workspace always follows. Only a desk whose
person sees every client follows (`eligible`): the feed's events are about any client's
declarations, and row-level security would hide some of them from a person in a team.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from kedendesk.store import postgres
from kedendesk.store.database import Database

log = logging.getLogger(__name__)


def lock_key(account: str) -> int:
    """The advisory lock's number for a gateway account (64 bits of its SHA-256)."""
    return int.from_bytes(hashlib.sha256(f"feed:{account}".encode()).digest()[:8], signed=True)


class FollowerLock:
    def __init__(self, database: Database, account: str, eligible: bool = True) -> None:
        self._database = database
        self._eligible = eligible
        self._key = lock_key(account)
        self._session: Any = None  # the connection holding the lock

    def held(self) -> bool:
        """Whether this desk follows the feed now: it holds the lock, or just took it."""
        if not self._database.server:
            return True
        if not self._eligible:
            return False
        if self._session is not None:
            try:
                self._session.execute("SELECT 1")
                return True
            except postgres.Error as error:
                log.info("the feed follower's session was lost: %s", error)
                self._drop()
        try:
            session = postgres.connect(self._database.url, self._database.password)
        except postgres.Error as error:
            log.info("cannot reach the server to follow the feed: %s", error)
            return False
        row = session.execute("SELECT pg_try_advisory_lock(?)", (self._key,)).fetchone()
        taken = bool(row and row[0])
        if taken:
            self._session = session
            log.info("this desk follows the feed now")
            return True
        session.close()
        return False

    def release(self) -> None:
        self._drop()

    def _drop(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            try:
                session.close()  # the session's end releases its lock
            except postgres.Error as error:
                log.info("closing the follower session: %s", error)
