"""People and roles on a team server, each signed in as their own PostgreSQL role: a preparer
prepares but cannot sign or send (the desk says so, and the server refuses it anyway); a
declarant signs and queues; a person in a team does not see another team's clients or their
declarations; every revision and signature names who made it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService
from kedendesk.services.people import PeopleError, PeopleService
from kedendesk.services.signing import SigningRefusedError, SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.services.workspace import Workspace, WorkspaceError
from kedendesk.signing.test_ca import TestAuthority
from kedendesk.store import NotPermittedError
from kedendesk.store.declarations import Snapshot
from tests.keys import ahmetova_key

DAY = dt.date(2026, 11, 20)
PASSWORD = "Құпия-сөз-2026"
STAFF_PASSWORD = "staff-Пароль-1"


def as_person(url: str, login: str) -> str:
    """The team database's URL signed in as `login` instead of the owner."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"{login}@{host}", parts.path, parts.query, parts.fragment))


class Office:
    """A brokerage's team database: the owner (an administrator) has made three clients, one
    for each of two teams and one for everyone, with a declaration each, and three people."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.owner = Workspace.open(url)
        self.prefix = self.owner.database.connection().execute("SELECT current_database()")
        self.prefix = str(self.prefix.fetchone()[0])
        drafts = DraftService(self.owner)
        self.north = drafts.add_client("ТОО «Солтүстік»", "940140000385").id
        self.south = drafts.add_client("ТОО «Оңтүстік»", "000740001307").id
        self.everyone = drafts.add_client("ТОО «Алатау Трейд»", "940140000385").id
        self.declarations = {
            client: drafts.create(client, practice_declaration(f"KD-2026-00000{n}", DAY))
            for n, client in enumerate((self.north, self.south, self.everyone), start=1)
        }
        people = PeopleService(self.owner)
        people.set_client_teams(self.north, ["north"])
        people.set_client_teams(self.south, ["south"])
        self.preparer = self.login("aigul")
        self.declarant = self.login("bolat")
        self.head = self.login("dana")
        people.add(self.preparer, "preparer", "Айгүль", STAFF_PASSWORD, ["north"])
        people.add(self.declarant, "declarant", "Болат", STAFF_PASSWORD, ["north"])
        people.add(self.head, "declarant", "Дана", STAFF_PASSWORD)
        self.opened: list[Workspace] = [self.owner]

    def login(self, name: str) -> str:
        return f"{self.prefix}_{name}"

    def desk(self, login: str) -> Workspace:
        workspace = Workspace.open(as_person(self.url, login), STAFF_PASSWORD)
        self.opened.append(workspace)
        return workspace

    def close(self) -> None:
        for workspace in self.opened:
            workspace.close()


@pytest.fixture
def office(postgres_url: str) -> Iterator[Office]:
    made = Office(postgres_url)
    yield made
    made.close()


@pytest.fixture(scope="module")
def authority() -> TestAuthority:
    return TestAuthority.create()


def _key(authority: TestAuthority, folder: Path) -> Path:
    return ahmetova_key(authority, folder / "RSA256_ahmetova.p12", PASSWORD)


def _signing(workspace: Workspace) -> SigningService:
    checking = CheckingService(workspace)
    checking.put_rates(practice_rates(DAY))
    return SigningService(workspace, checking)


def _complete(workspace: Workspace, declaration_id: int) -> None:
    """Fill in the payments, as the editor does before signing."""
    drafts = DraftService(workspace)
    checking = CheckingService(workspace)
    checking.put_rates(practice_rates(DAY))  # the rates are everyone's to fetch
    declaration = drafts.load(declaration_id)
    checking.apply_calculation(declaration)
    drafts.save(declaration_id, Snapshot.of(declaration))


def test_each_person_signs_in_with_their_role(office: Office) -> None:
    assert office.owner.person.role == "administrator" and office.owner.person.can_manage
    aigul = office.desk(office.preparer).person
    assert (aigul.role, aigul.name, aigul.teams) == ("preparer", "Айгүль", ("north",))
    assert not aigul.can_sign and not aigul.can_manage and not aigul.sees_all
    bolat = office.desk(office.declarant).person
    assert bolat.can_sign and not bolat.can_manage
    dana = office.desk(office.head).person
    assert dana.can_sign and dana.sees_all
    listed = {p.login: p.role for p in PeopleService(office.owner).people()}
    assert listed == {
        office.preparer: "preparer",
        office.declarant: "declarant",
        office.head: "declarant",
    }


def test_a_person_in_a_team_does_not_see_another_teams_clients(office: Office) -> None:
    desk = office.desk(office.preparer)
    drafts = DraftService(desk)
    seen = {client.id for client in drafts.clients()}
    assert seen == {office.north, office.everyone}
    listed = {row.client_name for row in drafts.rows(drafts.find_ids(""))}
    assert listed == {"ТОО «Солтүстік»", "ТОО «Алатау Трейд»"}
    hidden = office.declarations[office.south]
    assert hidden not in drafts.find_ids("")
    with pytest.raises(LookupError):
        drafts.load(hidden)
    # Someone in no team, and the administrator, see every client.
    everyone = {c.id for c in DraftService(office.desk(office.head)).clients()}
    assert everyone == {office.north, office.south, office.everyone}


def test_a_preparer_prepares_but_cannot_sign_or_send(
    office: Office, authority: TestAuthority, tmp_path: Path
) -> None:
    desk = office.desk(office.preparer)
    drafts = DraftService(desk)
    made = drafts.create(office.north, practice_declaration("KD-2026-000009", DAY))
    _complete(desk, made)
    assert drafts.row(made).status == "DRAFT"
    signing = _signing(desk)
    with pytest.raises(SigningRefusedError) as refused:
        signing.sign(made, 1, PASSWORD)
    assert refused.value.reason == "not-permitted"
    with pytest.raises(SigningRefusedError):
        SubmissionService(desk, signing, "Practice").submit(made)
    # The server refuses it too, whatever a desk (or a script) tries.
    with pytest.raises(NotPermittedError), desk.database.transaction() as db:
        db.execute(
            "INSERT INTO outbox (declaration_id, kind, idempotency_key, body, state,"
            " created_at, updated_at) VALUES (?, 'DECLARE', 'x', ?, 'QUEUED', '', '')",
            (made, b"{}"),
        )
    with pytest.raises(NotPermittedError):
        DraftService(desk).add_client("ТОО «Жаңа»", "940140000385")
    assert not SubmissionService(desk, signing, "Practice").may_send


def test_a_declarant_signs_and_queues_what_a_preparer_made(
    office: Office, authority: TestAuthority, tmp_path: Path
) -> None:
    preparer = office.desk(office.preparer)
    made = DraftService(preparer).create(office.north, practice_declaration("KD-2026-000010", DAY))
    _complete(preparer, made)
    desk = office.desk(office.declarant)
    signing = _signing(desk)
    key = signing.add_key(_key(authority, tmp_path), PASSWORD)
    try:  # as the app signs: in the helper process, which signs in as the same person
        record = signing.sign_isolated(made, key.id, PASSWORD)
    finally:
        signing.close()
    item = SubmissionService(desk, signing, "Practice").submit(made)
    assert record.signed_by == f"Болат ({office.declarant})"
    assert signing.signature(made).signed_by == record.signed_by  # type: ignore[union-attr]
    assert item.author == record.signed_by
    history = DraftService(office.owner).revisions(made)
    assert history[0].author == f"Айгүль ({office.preparer})"


def test_people_are_the_administrators_to_change(office: Office) -> None:
    bolat = PeopleService(office.desk(office.declarant))
    with pytest.raises(NotPermittedError):
        bolat.change(office.preparer, "administrator", "Айгүль")
    people = PeopleService(office.owner)
    people.change(office.preparer, "declarant", "Айгүль Серікова", [])
    again = office.desk(office.preparer).person
    assert (again.role, again.name, again.teams) == ("declarant", "Айгүль Серікова", ())
    with pytest.raises(PeopleError):
        people.add("Not A Login", "preparer")
    with pytest.raises(PeopleError):
        people.add(office.login("erlan"), "boss")
    people.remove(office.head)
    with pytest.raises(WorkspaceError):
        office.desk(office.head)


def test_a_login_without_a_role_is_told_so(office: Office) -> None:
    stranger = office.login("stranger")
    office.owner.database.connection().execute(
        f"CREATE ROLE \"{stranger}\" LOGIN PASSWORD '{STAFF_PASSWORD}'"
    )
    with pytest.raises(WorkspaceError, match="no role on the team database"):
        office.desk(stranger)


def test_the_administrator_manages_people_on_the_command_line(
    office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from kedendesk.cli import main

    erlan = office.login("erlan")
    monkeypatch.setattr("sys.stdin", io.StringIO("Ерлан-2026\n"))
    base = ["--workspace", office.url, "people"]
    assert (
        main(
            [
                *base,
                "add",
                erlan,
                "--role",
                "preparer",
                "--name",
                "Ерлан",
                "--team",
                "south",
                "--password-stdin",
            ]
        )
        == 0
    )
    assert main([*base, "list"]) == 0
    listed = capsys.readouterr().out
    assert erlan in listed and "Ерлан" in listed and "south" in listed
    assert main([*base, "client-teams", str(office.everyone), "south"]) == 0
    assert "seen by: south" in capsys.readouterr().out
    seen = {c.id for c in DraftService(office.desk(office.preparer)).clients()}
    assert office.everyone not in seen  # now the south team's only
    erlan_desk = Workspace.open(as_person(office.url, erlan), "Ерлан-2026")
    office.opened.append(erlan_desk)
    assert {c.id for c in DraftService(erlan_desk).clients()} == {office.south, office.everyone}
    with pytest.raises(SystemExit):  # argparse says which roles there are
        main([*base, "change", erlan, "--role", "boss"])
    assert main([*base, "add", "Not A Login", "--role", "preparer", "--password-stdin"]) == 1
    assert "small Latin letters" in capsys.readouterr().err
