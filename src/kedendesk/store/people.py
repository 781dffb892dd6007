"""The people of a team database and what each may do: PostgreSQL roles, enforced by the server.

Each person signs in to the server as their own PostgreSQL login role. Three group roles per
team database carry the rights (`<database>_preparer` creates, edits and checks declarations;
`<database>_declarant` also signs and sends; `<database>_administrator` also manages people,
clients and their papers), granted table by table, so a desk, a script or `psql` gets the same
answer. Teams are roles too (`<database>_team_<name>`): a client placed in teams is seen only
by their members and by people in no team (row-level security on clients and on everything
that belongs to a client); a client in no team is seen by all. The database's owner (who built
it) is an administrator. On a one-desk SQLite workspace there is one person, who may do all.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from psycopg import sql as pgsql

from kedendesk.store import postgres

log = logging.getLogger(__name__)

PREPARER, DECLARANT, ADMINISTRATOR = "preparer", "declarant", "administrator"
ROLES = (PREPARER, DECLARANT, ADMINISTRATOR)  # each includes the rights of the one before
NAME = re.compile(r"[a-z_][a-z0-9_]{0,39}")  # a login or a team: safe on every server

# Rights table by table; each role has those of the roles before it.
_WRITE = "SELECT, INSERT, UPDATE, DELETE"
GRANTS: dict[str, tuple[tuple[str, str], ...]] = {
    PREPARER: (
        (
            "SELECT",
            "clients, client_teams, signatures, signing_keys, outbox, gateway_events,"
            " feed_cursors, customs_requests, kedendesk_schema",
        ),
        (
            _WRITE,
            "declarations, revisions, lrn_counters, edit_leases, products, templates,"
            " attachments, exchange_rates, tariffs, settings",
        ),
        ("SELECT, UPDATE", "change_clock"),
        # A client's card learns the suppliers of its declarations as people work; adding,
        # renaming and archiving clients and their papers is the administrator's.
        ("UPDATE (card)", "clients"),
    ),
    DECLARANT: (
        (
            _WRITE,
            "signatures, signing_keys, outbox, gateway_events, feed_cursors, customs_requests",
        ),
    ),
    ADMINISTRATOR: ((_WRITE, "clients, client_teams"),),
}
# What belongs to a client, and so is seen only by those who see the client.
_BY_CLIENT = ("declarations", "products", "templates")
_BY_DECLARATION = ("revisions", "signatures", "outbox", "gateway_events", "customs_requests")


class PeopleError(RuntimeError):
    """A person or team cannot be added or changed; the message is for the user."""


@dataclass(frozen=True)
class Person:
    """Who is signed in, and what they may do."""

    login: str
    name: str = ""  # as the others see it (the role's comment), else the login
    role: str = ADMINISTRATOR
    teams: tuple[str, ...] = field(default=())

    @property
    def label(self) -> str:
        """How revisions, signatures and the timeline name the person."""
        if self.name and self.name != self.login:
            return f"{self.name} ({self.login})"
        return self.login

    @property
    def can_sign(self) -> bool:
        """May sign and send declarations (a declarant or an administrator)."""
        return self.role in (DECLARANT, ADMINISTRATOR)

    @property
    def can_manage(self) -> bool:
        """May manage people, clients and their papers."""
        return self.role == ADMINISTRATOR

    @property
    def sees_all(self) -> bool:
        """Sees every client (an administrator, or a person in no team)."""
        return self.role == ADMINISTRATOR or not self.teams


def prefix_of(db: Any) -> str:
    """What this database's role names start with (its name, cut to leave room)."""
    return str(db.execute("SELECT current_database()").fetchone()[0])[:40]


def group_role(prefix: str, role: str) -> str:
    return f"{prefix}_{role}"


def team_role(prefix: str, team: str) -> str:
    return f"{prefix}_team_{team}"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(db: Any, value: str) -> str:
    return pgsql.Literal(value).as_string(db.raw)


def install(db: Any) -> bool:
    """Make the group roles, their rights and the row-level security of a team database, in
    the caller's transaction (again after each schema change: every statement can be repeated).
    False when the builder may not create roles: then only the owner works with it."""
    db.execute("SAVEPOINT people")
    try:
        _install(db)
    except postgres.Error as error:
        db.execute("ROLLBACK TO SAVEPOINT people")
        log.warning("no people and roles on this team database: %s", str(error).strip())
        return False
    db.execute("RELEASE SAVEPOINT people")
    return True


def _ensure_role(db: Any, name: str) -> None:
    """A group role (NOLOGIN), made when missing."""
    if not db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone():
        db.execute(f"CREATE ROLE {_ident(name)} NOLOGIN")


def _install(db: Any) -> None:
    prefix = prefix_of(db)
    before = None
    for role in ROLES:
        name = group_role(prefix, role)
        _ensure_role(db, name)
        if before is not None:
            db.execute(f"GRANT {_ident(before)} TO {_ident(name)}")
        for rights, tables in GRANTS[role]:
            db.execute(f"GRANT {rights} ON {tables} TO {_ident(name)}")
        before = name
    preparer = _ident(group_role(prefix, PREPARER))
    db.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {preparer}")
    administrator = _literal(db, group_role(prefix, ADMINISTRATOR))
    teams = _literal(db, team_role(prefix, ""))
    db.execute(
        "CREATE OR REPLACE FUNCTION kedendesk_sees_all() RETURNS boolean LANGUAGE sql STABLE AS"
        " $$SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
        f"{administrator} AND pg_has_role(current_user, oid, 'MEMBER'))"
        " OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE starts_with(rolname, "
        f"{teams}) AND pg_has_role(current_user, oid, 'MEMBER'))$$"
    )
    db.execute(
        "CREATE OR REPLACE FUNCTION kedendesk_my_teams() RETURNS SETOF text LANGUAGE sql STABLE"
        f" AS $$SELECT substr(rolname, length({teams}) + 1) FROM pg_roles WHERE starts_with("
        f"rolname, {teams}) AND pg_has_role(current_user, oid, 'MEMBER')$$"
    )
    _policy(
        db,
        "clients",
        "NOT EXISTS (SELECT 1 FROM client_teams t WHERE t.client_id = clients.id)"
        " OR EXISTS (SELECT 1 FROM client_teams t WHERE t.client_id = clients.id"
        " AND t.team IN (SELECT kedendesk_my_teams()))",
    )
    for table in _BY_CLIENT:
        _policy(db, table, "client_id IN (SELECT id FROM clients)")
    for table in _BY_DECLARATION:
        _policy(db, table, "declaration_id IN (SELECT id FROM declarations)")


def _policy(db: Any, table: str, seen: str) -> None:
    # `(SELECT kedendesk_sees_all())` is worked out once per statement, not once per row.
    db.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    db.execute(f"DROP POLICY IF EXISTS seen_by_team ON {table}")
    db.execute(
        f"CREATE POLICY seen_by_team ON {table} USING ((SELECT kedendesk_sees_all()) OR {seen})"
    )


def whoami(db: Any) -> Person:
    """The person this session is signed in as (the owner and superusers: administrators)."""
    login = str(db.execute("SELECT current_user").fetchone()[0])
    row = db.execute(
        "SELECT shobj_description(oid, 'pg_authid'), rolsuper FROM pg_roles"
        " WHERE rolname = current_user"
    ).fetchone()
    name = str(row[0] or "") if row else ""
    owner = db.execute(
        "SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class"
        " WHERE oid = to_regclass('kedendesk_schema')"
    ).fetchone()
    if (row and row[1]) or (owner and owner[0]):
        return Person(login, name, ADMINISTRATOR)
    prefix = prefix_of(db)
    who = "current_user"
    return Person(login, name, _role_of(db, prefix, who), _teams_of(db, prefix, who))


def _role_of(db: Any, prefix: str, who: str) -> str:
    """The highest of ROLES that `who` (SQL: current_user, or a quoted login) holds, or ""."""
    held = {
        str(r[0])
        for r in db.execute(
            f"SELECT rolname FROM pg_roles WHERE rolname = ANY(?) AND pg_has_role({who}, oid,"
            " 'MEMBER')",
            ([group_role(prefix, role) for role in ROLES],),
        )
    }
    for role in reversed(ROLES):
        if group_role(prefix, role) in held:
            return role
    return ""


def _teams_of(db: Any, prefix: str, who: str) -> tuple[str, ...]:
    start = team_role(prefix, "")
    rows = db.execute(
        f"SELECT rolname FROM pg_roles WHERE starts_with(rolname, ?) AND pg_has_role({who}, oid,"
        " 'MEMBER') ORDER BY rolname",
        (start,),
    )
    return tuple(str(r[0])[len(start) :] for r in rows)


def people(db: Any) -> list[Person]:
    """Everyone with a role on this team database, by login."""
    prefix = prefix_of(db)
    groups = [group_role(prefix, role) for role in ROLES]
    rows = db.execute(
        "SELECT DISTINCT m.rolname, shobj_description(m.oid, 'pg_authid') FROM pg_roles m"
        " JOIN pg_auth_members a ON a.member = m.oid JOIN pg_roles g ON g.oid = a.roleid"
        " WHERE g.rolname = ANY(?) AND m.rolcanlogin ORDER BY m.rolname",
        (groups,),
    ).fetchall()
    found = []
    for login, name in rows:
        who = _literal(db, str(login))
        role, teams = _role_of(db, prefix, who), _teams_of(db, prefix, who)
        found.append(Person(str(login), str(name or ""), role, teams))
    return found


def _checked(name: str, what: str) -> str:
    if not NAME.fullmatch(name):
        raise PeopleError(
            f"{what} {name!r}: use small Latin letters, digits and _ (up to 40, not a digit first)"
        )
    return name


def add_person(
    db: Any, login: str, role: str, name: str = "", password: str = "", teams: Iterable[str] = ()
) -> Person:
    """A new login role with one of ROLES (needs CREATEROLE: the administrator's session)."""
    _checked(login, "Login")
    teams = list(teams)
    if db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (login,)).fetchone():
        raise PeopleError(f"Login {login!r} exists already on this server")
    secret = f" PASSWORD {_literal(db, password)}" if password else ""
    db.execute(f"CREATE ROLE {_ident(login)} LOGIN{secret}")
    set_role(db, login, role)
    set_name(db, login, name)
    set_teams(db, login, teams)
    return Person(login, name, role, tuple(sorted(set(teams))))


def set_role(db: Any, login: str, role: str) -> None:
    if role not in ROLES:
        raise PeopleError(f"Role {role!r}: one of {', '.join(ROLES)}")
    prefix = prefix_of(db)
    for other in ROLES:
        db.execute(f"REVOKE {_ident(group_role(prefix, other))} FROM {_ident(login)}")
    db.execute(f"GRANT {_ident(group_role(prefix, role))} TO {_ident(login)}")
    if role == ADMINISTRATOR:  # adds people: makes login roles, gives them the group roles
        db.execute(f"ALTER ROLE {_ident(login)} CREATEROLE")
        for other in ROLES:
            group = _ident(group_role(prefix, other))
            db.execute(f"GRANT {group} TO {_ident(login)} WITH ADMIN OPTION")
    else:
        db.execute(f"ALTER ROLE {_ident(login)} NOCREATEROLE")


def set_name(db: Any, login: str, name: str) -> None:
    shown = " ".join(name.split())[:80]
    db.execute(f"COMMENT ON ROLE {_ident(login)} IS {_literal(db, shown) if shown else 'NULL'}")


def set_teams(db: Any, login: str, teams: Iterable[str]) -> None:
    """Place a person in exactly these teams (made when new); none: sees every client."""
    wanted = {_checked(team, "Team") for team in teams}
    prefix = prefix_of(db)
    for team in set(_teams_of(db, prefix, _literal(db, login))) - wanted:
        db.execute(f"REVOKE {_ident(team_role(prefix, team))} FROM {_ident(login)}")
    for team in wanted:
        role = team_role(prefix, team)
        _ensure_role(db, role)
        db.execute(f"GRANT {_ident(role)} TO {_ident(login)}")


def remove_person(db: Any, login: str) -> None:
    """The person no longer signs in here (their login role is dropped; what they did stays
    in the history under their name)."""
    known = db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (login,)).fetchone()
    if not known or not _role_of(db, prefix_of(db), _literal(db, login)):
        raise PeopleError(f"{login!r} is not one of this team database's people")
    db.execute(f"DROP ROLE {_ident(login)}")


def client_teams(db: Any, client_id: int) -> tuple[str, ...]:
    rows = db.execute(
        "SELECT team FROM client_teams WHERE client_id = ? ORDER BY team", (client_id,)
    )
    return tuple(str(r[0]) for r in rows)


def set_client_teams(db: Any, client_id: int, teams: Iterable[str]) -> None:
    """Which teams see a client (none: everyone sees it)."""
    wanted = sorted({_checked(team, "Team") for team in teams})
    db.execute("DELETE FROM client_teams WHERE client_id = ?", (client_id,))
    db.executemany(
        "INSERT INTO client_teams (client_id, team) VALUES (?, ?)",
        [(client_id, team) for team in wanted],
    )
