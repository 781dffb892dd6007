"""`kedendesk people …`: the administrator's commands for a team workspace's people and for
which teams see a client (the same work as Workspace → People… in the app)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

ROLE_HELP = "preparer (create, edit, check), declarant (also sign and send), administrator"


def add_commands(commands: Any) -> None:
    people = commands.add_parser(
        "people",
        help="the people of a team workspace and their roles",
        description="Run on a team workspace (--workspace postgresql://… or the one opened "
        "last), signed in as its owner or an administrator.",
    )
    actions = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="everyone with a role, their role and teams")
    add = actions.add_parser("add", help="a new person: a login on the server with a role")
    add.add_argument("login", help="small Latin letters, digits and _")
    add.add_argument(
        "--role", required=True, choices=("preparer", "declarant", "administrator"), help=ROLE_HELP
    )
    add.add_argument("--name", default="", help="as the others see it (Айгүль Серікова)")
    add.add_argument(
        "--team",
        action="append",
        default=[],
        help="a team whose clients they see (repeat for more; none: all clients)",
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of asking",
    )
    change = actions.add_parser("change", help="set a person's role, name and teams")
    change.add_argument("login")
    change.add_argument(
        "--role", required=True, choices=("preparer", "declarant", "administrator"), help=ROLE_HELP
    )
    change.add_argument("--name", default="")
    change.add_argument("--team", action="append", default=[])
    remove = actions.add_parser("remove", help="a person no longer signs in here")
    remove.add_argument("login")
    client = actions.add_parser("client-teams", help="show or set which teams see a client")
    client.add_argument("client", type=int, help="the client's number")
    client.add_argument("team", nargs="*", help="the teams that see it from now on")
    client.add_argument("--everyone", action="store_true", help="no teams: everyone sees it")


def run(args: argparse.Namespace) -> int:
    from kedendesk.services.people import PeopleError, PeopleService
    from kedendesk.services.workspace import Workspace, WorkspaceError

    try:
        workspace = Workspace.open(args.workspace)
    except WorkspaceError as error:
        return _fail(str(error))
    people = PeopleService(workspace)
    try:
        if args.people_command == "list":
            for person in people.people():
                teams = ", ".join(person.teams) or "all clients"
                print(f"{person.login:<24} {person.role:<14} {person.name:<28} {teams}")
        elif args.people_command == "add":
            password = _password(args.password_stdin)
            people.add(args.login, args.role, args.name, password, args.team)
            print(f"added {args.login} as {args.role}; they sign in to {workspace.where}")
        elif args.people_command == "change":
            people.change(args.login, args.role, args.name, args.team)
            print(f"{args.login} is {args.role} now")
        elif args.people_command == "remove":
            people.remove(args.login)
            print(f"{args.login} removed")
        else:
            if args.team or args.everyone:
                people.set_client_teams(args.client, [] if args.everyone else args.team)
            teams = ", ".join(people.client_teams(args.client)) or "everyone"
            print(f"client {args.client} is seen by: {teams}")
        return 0
    except (PeopleError, WorkspaceError) as error:
        return _fail(str(error))
    finally:
        workspace.close()


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password for the new person: ")
    if first != getpass.getpass("Again: "):
        raise SystemExit("kedendesk: the passwords differ; nothing was changed")
    return first


def _fail(message: str) -> int:
    print(f"kedendesk: {message}", file=sys.stderr)
    return 1
