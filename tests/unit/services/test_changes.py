"""Another desk's writes are seen; this desk's own are not taken for another's."""

from __future__ import annotations

from pathlib import Path

from kedendesk.domain.declaration import Declaration
from kedendesk.services.changes import ExternalChanges
from kedendesk.services.drafts import DraftService
from kedendesk.services.events import ClientsChanged, DeclarationsChanged
from kedendesk.services.workspace import Workspace


def test_a_desk_sees_the_other_desks_writes_and_not_its_own(isolated_folders: Path) -> None:
    here, there = Workspace.open(isolated_folders), Workspace.open(isolated_folders)
    try:
        seen: list[object] = []
        here.events.subscribe(seen.append)
        changes = ExternalChanges(here)
        mine, theirs = DraftService(here), DraftService(there)
        client = mine.add_client("ТОО «Алатау Трейд»", "940140000385")
        mine.create(client.id, Declaration(lrn="KD-HERE"))
        seen.clear()
        assert not changes.poll() and seen == []
        theirs.create(client.id, Declaration(lrn="KD-THERE"))
        assert changes.poll()
        assert any(isinstance(e, DeclarationsChanged) and e.ids == () for e in seen)
        assert not changes.poll()  # nothing new since
        mine.create(client.id, Declaration(lrn="KD-HERE-2"))
        theirs_id = theirs.create(client.id, Declaration(lrn="KD-THERE-2"))
        assert changes.poll()  # one of the two was theirs
        # A save there of a declaration already listed here: that row, in place.
        seen.clear()
        declaration = theirs.load(theirs_id)
        declaration.delivery_place = "Хоргос"
        theirs.save(theirs_id, theirs.snapshot(declaration))
        assert changes.poll()
        assert DeclarationsChanged((theirs_id,)) in seen
        assert DeclarationsChanged() not in seen
        assert not any(isinstance(e, ClientsChanged) for e in seen)  # no client changed
        seen.clear()
        theirs.add_client("ТОО «Жаңа клиент»", "990140004654")
        assert changes.poll()
        assert any(isinstance(e, ClientsChanged) for e in seen)
    finally:
        here.close()
        there.close()
