"""What other desks changed in a shared workspace: each write transaction moves the
workspace's change clock; a desk that sees it move by more than its own writes shows the
changes: the rows another desk changed are updated in place (and their open tabs follow), the
list reloads when declarations came or went, the client lists when clients changed. Polled
about once a second off the GUI thread. A team server tells the desks instead: each write
transaction notifies (PostgreSQL NOTIFY), and a listening thread (`Listener`) looks at once;
the poll stays as the safety net of a lost notification."""

from __future__ import annotations

import logging
import threading

from kedendesk.services.events import ClientsChanged, DeclarationsChanged
from kedendesk.services.workspace import Workspace
from kedendesk.store import postgres

log = logging.getLogger(__name__)

POLL_MS = 1000
TEAM_POLL_MS = 10_000  # on a team server notifications come at once; the poll is a net
RELISTEN_SECONDS = 2.0  # after the server went away, how often the listener tries again
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


class Listener:
    """A thread that hears the team server's notifications of other desks' commits and
    makes `changes` look at once (a one-desk workspace has none: `start` does nothing)."""

    def __init__(self, workspace: Workspace, changes: ExternalChanges) -> None:
        self._ws = workspace
        self._changes = changes
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="team-changes", daemon=True)
        self.heard = 0  # notifications received (a test's and the log's measure)

    def start(self) -> None:
        if self._ws.shared:
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _listen(self) -> None:
        database = self._ws.database
        while not self._stop.is_set():
            try:
                session = postgres.listen(database.url, database.password)
            except postgres.Error as error:
                log.info("not hearing the team server: %s", error)
                self._stop.wait(RELISTEN_SECONDS)
                continue
            try:
                while not self._stop.is_set():
                    heard = sum(1 for _ in session.notifies(timeout=0.5))
                    if heard:
                        self.heard += heard
                        self._changes.poll()
            except Exception as error:  # the server went away, or a read failed: listen anew
                log.warning("the team server's notifications stopped: %s", error)
                self._stop.wait(RELISTEN_SECONDS)
            finally:
                session.close()
