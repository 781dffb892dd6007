"""What other desks changed in a shared workspace: each write transaction moves the
workspace's change clock; a desk that sees it move by more than its own writes shows the
changes: the rows another desk changed are updated in place (and their open tabs follow), the
list reloads when declarations came or went, the client lists when clients changed. Polled
about once a second off the GUI thread; a team server will tell the desks instead
(LISTEN/NOTIFY)."""

from __future__ import annotations

import threading

from kedendesk.services.events import ClientsChanged, DeclarationsChanged
from kedendesk.services.workspace import Workspace

POLL_MS = 1000
IN_PLACE = 500  # more changed rows than this: the list reloads instead


class ExternalChanges:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._lock = threading.Lock()
        self._seen = (workspace.database.change_seq(), workspace.database.own_commits)
        _ids, self._newest, *self._counts = workspace.declarations.changes_since("~")
        self._clients = workspace.clients.all()

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
            ids, newest, *counts = self._ws.declarations.changes_since(self._newest, IN_PLACE)
            self._newest = max(self._newest, newest)
            came_or_went = counts != self._counts
            self._counts = counts
            clients = self._ws.clients.all()
            clients_changed, self._clients = clients != self._clients, clients
        if clients_changed:  # the windows read their client lists again (on the GUI thread)
            self._ws.events.publish(ClientsChanged())
        if came_or_went or len(ids) > IN_PLACE:
            self._ws.events.publish(DeclarationsChanged())
        elif ids:
            self._ws.events.publish(DeclarationsChanged(tuple(ids)))
        return True
