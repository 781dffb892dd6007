"""Working on one workspace from several desks: the edit lease of each open declaration.

A desk that opens a declaration takes its lease and renews it while the tab is open; another
desk opening it meanwhile reads it and is told who edits it since when, until the lease is
released (the tab closed) or lapses (`LASTS` without renewal: the desk died or lost the
network). Each running app is its own holder, so two windows on one computer are two desks.
"""

from __future__ import annotations

import datetime as dt
import uuid

from kedendesk.services.workspace import Workspace, desk_name
from kedendesk.store.leases import Lease, LeaseRepository

__all__ = ["LASTS", "RENEW_EVERY", "EditLeases", "Lease", "desk_name"]

LASTS = dt.timedelta(minutes=2)
RENEW_EVERY = dt.timedelta(seconds=30)  # four renewals fit in a lease


class EditLeases:
    def __init__(self, workspace: Workspace, name: str | None = None) -> None:
        self._leases = LeaseRepository(workspace.database)
        self.holder = uuid.uuid4().hex
        self.name = name or desk_name(workspace)

    def take(self, declaration_id: int, now: dt.datetime | None = None) -> Lease:
        """Ours (taken or renewed), or the other desk's lease in force."""
        return self._leases.take(
            declaration_id, self.holder, self.name, now or dt.datetime.now(dt.UTC), LASTS
        )

    def ours(self, lease: Lease) -> bool:
        return lease.holder == self.holder

    def release(self, declaration_id: int) -> None:
        self._leases.release(declaration_id, self.holder)
