"""What other desks changed in a shared workspace: each write transaction moves the
workspace's change clock; a desk that sees it move by more than its own writes reloads what it
shows (the list in place, the open declarations' state). Polled about once a second off the
GUI thread; a team server will tell the desks instead (LISTEN/NOTIFY)."""

from __future__ import annotations

import threading

from kedendesk.services.events import ClientsChanged, DeclarationsChanged
from kedendesk.services.workspace import Workspace

POLL_MS = 1000


class ExternalChanges:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._lock = threading.Lock()
        self._seen = (workspace.database.change_seq(), workspace.database.own_commits)

    def poll(self) -> bool:
        """Whether another desk wrote since the last poll; if so, the events that make the
        window show it are published."""
        database = self._ws.database
        with self._lock:
            own = database.own_commits
            seq = database.change_seq()
            last_seq, last_own = self._seen
            self._seen = (seq, own)
        if seq - last_seq <= own - last_own:
            return False
        self._ws.events.publish(ClientsChanged())
        self._ws.events.publish(DeclarationsChanged())
        return True
