"""Who is signed in to the workspace and what they may do; the administrator's work on the
team's people and on which teams see a client (the rights themselves: `store/people.py`)."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kedendesk.store import people as roles
from kedendesk.store.database import Database
from kedendesk.store.people import (
    ADMINISTRATOR,
    DECLARANT,
    PREPARER,
    ROLES,
    PeopleError,
    Person,
)

if TYPE_CHECKING:
    from kedendesk.services.workspace import Workspace

__all__ = [
    "ADMINISTRATOR",
    "DECLARANT",
    "PREPARER",
    "ROLES",
    "PeopleError",
    "PeopleService",
    "Person",
    "os_user",
    "signed_in",
]
log = logging.getLogger(__name__)


def os_user() -> str:
    """This computer's user name ("?" when the environment has none)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


def signed_in(database: Database, name: str = "") -> Person:
    """The person at this desk: on a team server the role they signed in as (raises
    PeopleError when it has no Kedendesk role there), named as the administrator named them,
    else as the desk names its person (`name`); on one desk's own workspace its user, who
    may do everything."""
    if not database.server:
        return Person(os_user(), name, ADMINISTRATOR)
    person = roles.whoami(database.connection())
    if not person.name and name:
        person = replace(person, name=name)
    if not person.role:
        raise PeopleError(
            f"{person.login} has no role on the team database {database.where}: ask its "
            "administrator to add you (Workspace → People…, or `kedendesk people add`)."
        )
    return person


class PeopleService:
    """The team's people; changing them is the administrator's (the server refuses others)."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    @property
    def person(self) -> Person:
        return self._ws.person

    def _server(self) -> Database:
        if not self._ws.shared:
            raise PeopleError("People and roles are kept on a team server; this is one desk's own.")
        return self._ws.database

    def people(self) -> list[Person]:
        return roles.people(self._server().connection())

    def teams(self) -> list[str]:
        """Every team on this database: those people are in, and those clients are placed in."""
        db = self._server().connection()
        named = {team for person in roles.people(db) for team in person.teams}
        placed = {str(row[0]) for row in db.execute("SELECT DISTINCT team FROM client_teams")}
        return sorted(named | placed)

    def add(
        self,
        login: str,
        role: str,
        name: str = "",
        password: str = "",
        teams: Iterable[str] = (),
    ) -> Person:
        with self._server().transaction() as db:
            person = roles.add_person(db, login, role, name, password, teams)
        log.info("%s added %s as %s", self.person.login, login, role)
        return person

    def change(self, login: str, role: str, name: str, teams: Iterable[str] = ()) -> None:
        """Set a person's role, shown name and teams at once."""
        teams = list(teams)
        with self._server().transaction() as db:
            roles.set_role(db, login, role)
            roles.set_name(db, login, name)
            roles.set_teams(db, login, teams)
        log.info("%s made %s %s in teams %s", self.person.login, login, role, teams)

    def remove(self, login: str) -> None:
        if login == self.person.login:
            raise PeopleError("You cannot remove yourself: another administrator can.")
        with self._server().transaction() as db:
            roles.remove_person(db, login)
        log.info("%s removed %s", self.person.login, login)

    def client_teams(self, client_id: int) -> tuple[str, ...]:
        if not self._ws.shared:
            return ()
        return roles.client_teams(self._ws.database.connection(), client_id)

    def set_client_teams(self, client_id: int, teams: Iterable[str]) -> None:
        with self._server().transaction() as db:
            roles.set_client_teams(db, client_id, teams)
