"""Several desks on one team server (separate processes on one PostgreSQL database, each with
its own sessions): two editing one declaration make a conflict and lose nothing, a save is
heard within a second, every declaration is sent once however many desks drain together, one desk
follows the feed and another takes over when it is killed, and a workspace moves from one desk
to the server and back with everything in it."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kedendesk.cli import main
from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.sandbox.server import SandboxServer
from kedendesk.services.changes import ExternalChanges, Listener
from kedendesk.services.drafts import DraftService
from kedendesk.services.events import DeclarationsChanged
from kedendesk.services.workspace import Workspace
from kedendesk.store.follower import FollowerLock
from kedendesk.store.outbox import OutboxRepository
from tests.conftest import on_engine
from tests.integration.conftest import Loop

DESK = """
import sys, time
from kedendesk.gateway.client import GatewayClient
from kedendesk.services.checking import CheckingService
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.services.workspace import Workspace

folder, url, role = sys.argv[1], sys.argv[2], sys.argv[3]
ws = Workspace.open(folder)
submission = SubmissionService(ws, SigningService(ws, CheckingService(ws)), "practice")
client = GatewayClient(url, "demo-declarant", lambda: "demo-declarant-secret")
print("ready", flush=True)
if role == "send":
    sent = 0
    while True:
        result = submission.drain(client)
        sent += result.sent
        if all(i.state != "QUEUED" for i in submission.items()):
            break
    print("sent", sent, flush=True)
else:  # follow the feed while this desk holds the follower lock, as the gateway worker does
    lock = submission.follower()
    while True:
        if lock.held():
            print("following", flush=True)
            submission.follow(client, wait=0.5)
        else:
            time.sleep(0.2)
"""


@pytest.fixture
def team(isolated_folders: Path, request: pytest.FixtureRequest) -> Path:
    return on_engine("postgresql", isolated_folders, request)


def _desk(folder: Path, url: str, role: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", DESK, str(folder), url, role],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )


def test_ten_desks_sending_together_send_each_declaration_once(team: Path, tmp_path: Path) -> None:
    workspace = Workspace.open(team)
    with SandboxServer(tmp_path / "sandbox") as server:
        loop = Loop(workspace, server, tmp_path / "sandbox")
        ids = [loop.draft_and_sign(f"T-2026-{n:06d}") for n in range(1, 501)]
        for declaration_id in ids:
            loop.submission.submit(declaration_id)
        desks = [_desk(team, server.url, "send") for _ in range(10)]
        outputs = [desk.communicate(timeout=300)[0] for desk in desks]
        assert all(desk.returncode == 0 for desk in desks), outputs
        sent = [int(out.split("sent")[-1]) for out in outputs]
        assert sum(sent) == 500
        assert sum(1 for n in sent if n) > 1, "the desks shared the queue"
        items = OutboxRepository(workspace.database).items()
        assert len(items) == 500 and {i.state for i in items} == {"ACCEPTED"}
        assert {i.attempts for i in items} == {1}, "no message was claimed twice"
        on_gateway = loop.client.declarations()
        assert len(on_gateway) == 500
        assert len({d.lrn for d in on_gateway}) == 500
        assert {loop.drafts.row(i).status for i in ids} == {"SUBMITTED"}
        loop.client.close()
    workspace.close()


def test_another_desk_follows_the_feed_when_the_follower_is_killed(
    team: Path, tmp_path: Path
) -> None:
    workspace = Workspace.open(team)
    with SandboxServer(tmp_path / "sandbox") as server:
        loop = Loop(workspace, server, tmp_path / "sandbox")
        ids = [loop.draft_and_sign(f"F-2026-{n:06d}") for n in range(1, 21)]
        for declaration_id in ids:
            loop.submission.submit(declaration_id)
        loop.submission.drain(loop.client)
        first = _desk(team, server.url, "follow")
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready"
        assert first.stdout.readline().strip() == "following"
        second = _desk(team, server.url, "follow")
        assert second.stdout is not None
        assert second.stdout.readline().strip() == "ready"
        assert not FollowerLock(workspace.database, "practice").held(), "one follower only"
        server.gateway.advance(dt.timedelta(minutes=30))
        first.send_signal(signal.SIGKILL)  # the follower dies: its session and lock go
        first.wait()
        assert second.stdout.readline().strip() == "following"  # took over
        theirs = _gateway_events(loop)  # what customs said, all of it, after the half hour
        assert len(theirs) > 2 * len(ids)
        deadline = time.monotonic() + 30
        while _local_events(loop, ids) != theirs:
            assert time.monotonic() < deadline, len(theirs - _local_events(loop, ids))
            time.sleep(0.2)
        for desk in (first, second):
            desk.kill()
            desk.wait()
            assert desk.stdout is not None
            desk.stdout.close()
        for declaration_id in ids:
            mine = [e.id for e in loop.submission.timeline(declaration_id)]
            assert len(mine) == len(set(mine)), "an event applied twice"
        loop.client.close()
    workspace.close()


def _gateway_events(loop: Loop) -> set[str]:
    found: set[str] = set()
    after = 0
    while True:
        page = loop.client.events(after)
        found |= {e.id for e in page.events}
        if not page.has_more:
            return found
        after = page.next


def _local_events(loop: Loop, ids: list[int]) -> set[str]:
    return {e.id for i in ids for e in loop.submission.timeline(i)}


def test_a_workspace_moves_to_the_team_server_and_back(
    isolated_folders: Path, tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = Workspace.open(isolated_folders)
    with SandboxServer(tmp_path / "sandbox") as server:
        loop = Loop(desk, server, tmp_path / "sandbox")
        signed = loop.draft_and_sign("M-2026-000001")
        draft = loop.drafts.create(loop.client_id, loop.drafts.load(signed).model_copy())
        paper = tmp_path / "contract.pdf"
        paper.write_bytes(b"%PDF-1.4 the contract")
        digest = loop.submission.keep_attachment(paper)
        loop.client.close()
    before = {i: loop.drafts.load(i).model_dump() for i in (signed, draft)}
    revisions = {i: desk.declarations.revisions(i) for i in (signed, draft)}
    desk.close()

    assert main(["workspace", "copy", str(isolated_folders), postgres_url]) == 0
    assert "2 declarations" in capsys.readouterr().out
    team = Workspace.open(postgres_url)
    assert team.shared
    for declaration_id, body in before.items():
        assert team.declarations.load(declaration_id).model_dump() == body
        assert team.declarations.revisions(declaration_id) == revisions[declaration_id]
    assert team.declarations.rows([signed])[0].status == "SIGNED"
    new_client = team.clients.add("ТОО «Новый»")  # the server numbers on after the copied ids
    assert new_client.id > loop.client_id
    team.close()
    assert main(["workspace", "copy", str(isolated_folders), postgres_url]) == 1  # not empty

    back = tmp_path / "back"
    assert main(["workspace", "copy", postgres_url, str(back)]) == 0
    again = Workspace.open(back)
    assert not again.shared
    for declaration_id, body in before.items():
        assert again.declarations.load(declaration_id).model_dump() == body
    assert (back / "attachments" / digest).read_bytes() == b"%PDF-1.4 the contract"
    again.close()


SAVER = """
import sys
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace

ws = Workspace.open(sys.argv[1])
drafts = DraftService(ws)
declaration = drafts.load(int(sys.argv[2]))
declaration.items[0].description = "changed on the other desk"
drafts.save(int(sys.argv[2]), drafts.snapshot(declaration))
print("saved", flush=True)
ws.close()
"""


def test_another_desks_save_is_heard_within_a_second(team: Path) -> None:
    workspace = Workspace.open(team)
    drafts = DraftService(workspace)
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.create(
        client.id, Declaration(lrn="N-1", items=[GoodsItem(description="first")])
    )
    heard: list[tuple[float, object]] = []
    workspace.events.subscribe(lambda event: heard.append((time.monotonic(), event)))
    changes = ExternalChanges(workspace)
    listener = Listener(workspace, changes)  # no poll runs here: only a notification tells
    listener.start()
    try:
        time.sleep(0.3)  # listening
        other = subprocess.run(
            [sys.executable, "-c", SAVER, str(team), str(declaration_id)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        saved_at = time.monotonic()
        assert other.stdout.strip() == "saved", other.stderr
        deadline = saved_at + 1.0
        while not any(isinstance(e, DeclarationsChanged) for _, e in heard):
            assert time.monotonic() < deadline, "not heard within a second"
            time.sleep(0.02)
        (event,) = [e for _, e in heard if isinstance(e, DeclarationsChanged)]
        assert event.ids == (declaration_id,)  # the row updates in place
        assert listener.heard >= 1
        assert drafts.load(declaration_id).items[0].description == "changed on the other desk"
    finally:
        listener.stop()
        workspace.close()


EDITOR = """
import sys
from kedendesk.services.drafts import ConflictError, DraftService
from kedendesk.services.workspace import Workspace

folder, text = sys.argv[1], sys.argv[4]
declaration_id, based_on = int(sys.argv[2]), int(sys.argv[3])
ws = Workspace.open(folder)
drafts = DraftService(ws)
declaration = drafts.load(declaration_id, based_on)
declaration.delivery_place = text
try:
    print("saved", drafts.save(declaration_id, drafts.snapshot(declaration), based_on).number)
except ConflictError:  # the user keeps theirs: a new revision on top, the other one kept
    print("conflict", drafts.save(declaration_id, drafts.snapshot(declaration)).number)
ws.close()
"""


def test_two_desks_editing_one_declaration_make_a_conflict_and_lose_nothing(team: Path) -> None:
    workspace = Workspace.open(team)
    drafts = DraftService(workspace)
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.create(client.id, Declaration(lrn="E-1"))
    based_on = drafts.row(declaration_id).revision
    outcomes = [
        subprocess.run(
            [sys.executable, "-c", EDITOR, str(team), str(declaration_id), str(based_on), text],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        ).stdout.split()
        for text in ("Хоргос", "Достык")  # both desks edited the same revision
    ]
    assert [o[0] for o in outcomes] == ["saved", "conflict"]  # the second is told, then keeps its
    places = [drafts.load(declaration_id, int(number)).delivery_place for _, number in outcomes]
    assert places == ["Хоргос", "Достык"]  # both in the history: nothing lost
    workspace.close()
