"""Entry point: no subcommand opens the desktop app; subcommands do headless work."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kedendesk import __version__
from kedendesk.people_cli import add_commands as add_people_commands

if TYPE_CHECKING:
    from kedendesk.services.checking import CheckingService
    from kedendesk.services.drafts import DraftService
    from kedendesk.services.workspace import Workspace

EXIT_OK, EXIT_ERROR, EXIT_UNREADABLE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kedendesk", description="Customs declarations workbench (Kazakhstan, EAEU)."
    )
    parser.add_argument("--version", action="version", version=f"kedendesk {__version__}")
    parser.add_argument(
        "--workspace",
        metavar="DIR|URL",
        help="workspace folder or team server (postgresql://…); default: $KEDENDESK_WORKSPACE,"
        " else the one opened last, else the user data folder",
    )
    parser.add_argument(
        "--language",
        choices=("en", "ru", "kk", "pseudo"),
        help="interface language (pseudo: every string stretched, to find layouts that break)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("schema", help="print the JSON Schema of the declaration file")
    export = commands.add_parser(
        "export", help="write a declaration to a JSON or EAEU XML (ESADout_CU) file"
    )
    export.add_argument("declaration", help="declaration id or LRN")
    export.add_argument("file", type=Path)
    export.add_argument(
        "--format",
        choices=("json", "esad"),
        help="json (Kedendesk) or esad (EAEU XML, album 5.23.0); default: by the file's suffix",
    )
    imp = commands.add_parser(
        "import", help="add a declaration from a JSON or EAEU XML (ESADout_CU) file"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--yes",
        action="store_true",
        help="import an XML file even when some of its elements have no box (listed)",
    )
    imp.add_argument("--client", type=int, help="client id (default: by the declarant's BIN)")
    checking = commands.add_parser(
        "check", help="check a declaration file and calculate its payments (exit 1: errors)"
    )
    checking.add_argument("file", type=Path)
    checking.add_argument("--format", choices=("text", "json"), default="text")
    rates = commands.add_parser("rates", help="exchange rates of the workspace")
    rates_commands = rates.add_subparsers(dest="rates_command", metavar="ACTION", required=True)
    rates_commands.add_parser("list", help="print the rates")
    rates_import = rates_commands.add_parser("import", help="add rates from a CSV or XLSX file")
    rates_import.add_argument("file", type=Path)
    tariff = commands.add_parser("tariff", help="the customs tariff the checks use")
    tariff_commands = tariff.add_subparsers(dest="tariff_command", metavar="ACTION", required=True)
    tariff_commands.add_parser("show", help="print the active tariff's version and source")
    tariff_import = tariff_commands.add_parser(
        "import", help="load a tariff from CSV or XLSX and make it active"
    )
    tariff_import.add_argument("file", type=Path)
    tariff_import.add_argument("--version", dest="tariff_version", required=True)
    tariff_import.add_argument("--effective", required=True, help="effective date, YYYY-MM-DD")
    tariff_commands.add_parser("practice", help="use the shipped practice tariff (the demo's)")
    tariff_commands.add_parser(
        "official", help="use the shipped EAEU Common Customs Tariff (the default)"
    )
    sandbox = commands.add_parser("sandbox", help="the practice customs gateway")
    sandbox_commands = sandbox.add_subparsers(
        dest="sandbox_command", metavar="ACTION", required=True
    )
    serve = sandbox_commands.add_parser("serve", help="run it standalone (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--data", type=Path, help="its data folder (default: user data folder)")
    serve.add_argument("--time-scale", type=float, help="simulated seconds per real second")
    serve.add_argument("--config", type=Path, help="accounts and powers of attorney (JSON)")
    issue = sandbox_commands.add_parser("issue-key", help="issue a test key from its CA")
    issue.add_argument("--name", required=True)
    issue.add_argument("--iin", required=True)
    issue.add_argument("--bin", default="")
    issue.add_argument("--organisation", default="")
    issue.add_argument("--out", type=Path, required=True)
    issue.add_argument("--data", type=Path, help="the sandbox data folder whose CA signs it")
    issue.add_argument(
        "--password", help="the key file's password (default: $KEDENDESK_KEY_PASSWORD, or asked)"
    )
    invoice = commands.add_parser(
        "import-invoice",
        help="read a supplier's invoice (XLSX, CSV): preview, and add its goods items with --into",
    )
    invoice.add_argument("file", type=Path)
    invoice.add_argument("--into", metavar="DECLARATION", help="the draft to add the items to")
    invoice.add_argument("--supplier", default="", help="box 2's name: its saved column mapping")
    moving = commands.add_parser("workspace", help="move a workspace to a team server and back")
    moving_commands = moving.add_subparsers(dest="workspace_command", required=True)
    copy = moving_commands.add_parser(
        "copy",
        help="copy every declaration, client and attachment into a new workspace",
        description="SOURCE and TARGET are each a workspace folder or a postgresql:// URL "
        "(the password from $PGPASSWORD, ~/.pgpass or the keyring). The target must be "
        "new: an empty folder, or a database made with createdb.",
    )
    copy.add_argument("source", help="workspace folder or postgresql:// URL")
    copy.add_argument("target", help="workspace folder or postgresql:// URL")
    add_people_commands(commands)
    commands.add_parser(
        "selftest",
        help="run the whole loop once on a throwaway workspace (window, practice gateway,"
        " signing, sending, release) and say what broke",
    )
    listing = commands.add_parser("list", help="list the declarations of the workspace")
    listing.add_argument("filter", nargs="?", default="", help="text to look for")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from kedendesk.ui.app import run_app  # Qt only when the app opens

        started: list[Any] = []
        try:
            return run_app(
                workspace=args.workspace,
                language=args.language,
                practice=_practice_starter(args.workspace, started),
            )
        finally:
            for server in started:
                server.stop()
    if args.command == "sandbox":
        return _sandbox_command(args)
    if args.command == "workspace":
        return _copy_workspace(args)
    if args.command == "selftest":
        from kedendesk.selftest import run as selftest

        return selftest()
    if args.command == "people":
        from kedendesk.people_cli import run

        return run(args)
    if args.command == "schema":
        from kedendesk.exchange.json_file import json_schema

        print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    return _workspace_command(args)


def _practice_starter(workspace: str | None, started: list[Any]) -> Callable[[], Any]:
    """The practice gateway for the Practice profile, started when first needed; its data
    sits beside the workspace (never inside it)."""
    from kedendesk.practice_gateway import process_starter
    from kedendesk.store import resolve_workspace_dir

    folder = resolve_workspace_dir(workspace)
    return process_starter(folder.parent / f"{folder.name}-practice-gateway", started)


def _sandbox_data(folder: Path | None) -> Path:
    if folder is not None:
        return folder
    from platformdirs import user_data_dir

    return Path(user_data_dir("Kedendesk", appauthor=False)) / "sandbox"


def _sandbox_command(args: argparse.Namespace) -> int:
    import getpass
    import os

    from kedendesk.sandbox.config import SandboxConfig

    data = _sandbox_data(args.data)
    if args.sandbox_command == "serve":
        from kedendesk.sandbox.server import serve

        try:
            config = SandboxConfig.load(args.config) if args.config else SandboxConfig()
        except (OSError, ValueError) as error:
            return _fail(f"cannot read {args.config}: {error}", EXIT_UNREADABLE)
        print(f"practice gateway on http://{args.host}:{args.port}, data in {data}")
        serve(data, config, args.host, args.port, args.time_scale)
        return EXIT_OK
    from kedendesk.domain.identifiers import id_problem
    from kedendesk.sandbox.authority import load_or_create_authority

    for label, number in (("IIN", args.iin), ("BIN", args.bin)):
        if number and id_problem(number) is not None:
            return _fail(f"{label} {number} is not valid ({id_problem(number)})")
    password = (
        args.password
        or os.environ.get("KEDENDESK_KEY_PASSWORD")
        or getpass.getpass("Password for the key file: ")
    )
    authority = load_or_create_authority(data / "ca")
    args.out.write_bytes(
        authority.issue_pkcs12(
            password, args.name, args.iin, args.bin, organisation=args.organisation
        )
    )
    print(f"issued {args.out} for {args.name} (IIN {args.iin}) by the CA in {data / 'ca'}")
    return EXIT_OK


def _copy_workspace(args: argparse.Namespace) -> int:
    from kedendesk.services.moving import copy_workspace
    from kedendesk.services.workspace import WorkspaceError

    try:
        result = copy_workspace(args.source, args.target)
    except WorkspaceError as error:
        return _fail(str(error))
    print(
        f"copied {result.declarations} declarations ({result.revisions} revisions),"
        f" {result.clients} clients and {result.attachments} attachments to {args.target}"
    )
    return EXIT_OK


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"kedendesk: {message}", file=sys.stderr)
    return code


def _workspace_command(args: argparse.Namespace) -> int:
    from kedendesk.services.drafts import DraftService, ExchangeError, NotFoundError
    from kedendesk.services.workspace import Workspace, WorkspaceError

    try:
        workspace = Workspace.open(args.workspace)
    except WorkspaceError as error:
        return _fail(str(error))
    drafts = DraftService(workspace)
    try:
        if args.command in ("check", "rates", "tariff"):
            return _reference_command(args, workspace)
        if args.command == "import-invoice":
            return _import_invoice(args, workspace, drafts)
        if args.command == "import" and args.file.suffix.lower() == ".xml":
            return _import_esad(args, drafts)
        if args.command == "export" and _esad_format(args):
            return _export_esad(args, drafts)
        if args.command == "import":
            try:
                new_id = drafts.import_json(args.file, args.client)
            except (OSError, UnicodeDecodeError) as error:
                return _fail(f"cannot read {args.file}: {error}", EXIT_UNREADABLE)
            except ExchangeError as error:
                lines = "\n".join(f"  {problem}" for problem in error.problems)
                return _fail(f"{args.file} is not a declaration:\n{lines}", EXIT_UNREADABLE)
            row = drafts.row(new_id)
            print(f"imported {row.lrn} as declaration {new_id} for {row.client_name}")
        elif args.command == "export":
            declaration_id = _find(drafts, args.declaration)
            if declaration_id is None:
                return _fail(f"no declaration {args.declaration!r} in {workspace.directory}")
            try:
                drafts.export_json(declaration_id, args.file)
            except OSError as error:
                return _fail(f"cannot write {args.file}: {error}")
            print(f"exported declaration {declaration_id} to {args.file}")
        elif args.command == "list":
            for row in drafts.rows(drafts.find_ids(args.filter)):
                print(
                    f"{row.id:>6}  {row.lrn:<22}  {row.procedure:<10}  {row.item_count:>3}  "
                    f"{row.invoice_total:>14} {row.invoice_currency:<3}  {row.client_name}"
                )
        return EXIT_OK
    except NotFoundError as error:
        return _fail(f"not found: {error}")
    finally:
        workspace.close()


def _esad_format(args: argparse.Namespace) -> bool:
    if args.format is not None:
        return bool(args.format == "esad")
    return bool(args.file.suffix.lower() == ".xml")


def _export_esad(args: argparse.Namespace, drafts: DraftService) -> int:
    from kedendesk.services.esad import EsadExportRefusedError, EsadInvalidError, EsadService

    declaration_id = _find(drafts, args.declaration)
    if declaration_id is None:
        return _fail(f"no declaration {args.declaration!r} in {drafts.workspace.directory}")
    try:
        omitted = EsadService(drafts).export(declaration_id, args.file)
    except EsadExportRefusedError as error:
        lines = "\n".join(
            f"  box {f.box}{f' item {f.item}' if f.item else ''}: {f.field} {f.code} "
            + " ".join(f"{k}={v}" for k, v in f.params)
            for f in error.findings
        )
        return _fail(f"{args.file} not written, values do not fit the album:\n{lines}")
    except EsadInvalidError as error:
        lines = "\n".join(f"  {problem}" for problem in error.problems)
        return _fail(f"{args.file} not written, the album refuses it:\n{lines}")
    except OSError as error:
        return _fail(f"cannot write {args.file}: {error}")
    print(f"exported declaration {declaration_id} to {args.file} (EAEU XML, album 5.23.0)")
    if omitted:
        print("not in the XML (the album has no element for them): " + ", ".join(omitted))
    return EXIT_OK


def _import_esad(args: argparse.Namespace, drafts: DraftService) -> int:
    from kedendesk.exchange.problems import ExchangeError
    from kedendesk.services.esad import EsadService

    service = EsadService(drafts)
    try:
        read = service.read(args.file)
    except OSError as error:
        return _fail(f"cannot read {args.file}: {error}", EXIT_UNREADABLE)
    except ExchangeError as error:
        lines = "\n".join(f"  {problem}" for problem in error.problems)
        return _fail(f"{args.file} is not a declaration:\n{lines}", EXIT_UNREADABLE)
    for unknown in read.unknown:
        print(f"no box for {unknown.path} (line {unknown.line}, {unknown.count}x)")
    if read.unknown and not args.yes:
        return _fail(
            f"nothing imported: {len(read.unknown)} element(s) of {args.file} have no box; "
            "run again with --yes to import the rest"
        )
    new_id = service.add(read, args.client)
    row = drafts.row(new_id)
    print(f"imported {row.lrn} (album {read.album}) as declaration {new_id} for {row.client_name}")
    return EXIT_OK


def _import_invoice(args: argparse.Namespace, workspace: Workspace, drafts: DraftService) -> int:
    from kedendesk.services.checking import CheckingService
    from kedendesk.services.drafts import ExchangeError
    from kedendesk.services.invoice_import import InvoiceImportService

    service = InvoiceImportService(workspace, drafts, CheckingService(workspace))
    try:
        preview = service.preview(args.file, args.supplier)
    except ExchangeError as error:
        lines = "\n".join(f"  {problem}" for problem in error.problems)
        return _fail(f"{args.file} is not an invoice:\n{lines}", EXIT_UNREADABLE)
    reading = preview.reading
    columns = ", ".join(f"{name}={reading.headers[c]!r}" for name, c in reading.mapping.items())
    print(f"{args.file}: sheet {reading.sheet}, header on row {reading.header_row}: {columns}")
    print(
        f"{len(preview.lines)} lines -> {len(preview.items)} goods items, "
        f"total {preview.total} (invoice currency)"
    )
    for item in preview.items:
        print(
            f"  {item.commodity_code or '(no code)':<10}  {item.origin_country:<2}  "
            f"{item.price!s:>12}  {len(item.goods_lines)} line(s)  {item.description[:50]}"
        )
    for difference in preview.differences:
        print(
            f"difference  {difference.where}: {difference.what} {difference.field} "
            f"stated {difference.stated}, computed {difference.computed}"
        )
    for problem in preview.problems:
        print(f"problem  {problem}")
    if preview.problems:
        return _fail("nothing was added: the file has problems", EXIT_ERROR)
    if args.into:
        declaration_id = _find(drafts, args.into)
        if declaration_id is None:
            return _fail(f"no declaration {args.into!r} in {workspace.directory}")
        added = service.apply(declaration_id, preview)
        if args.supplier:
            service.remember_mapping(args.supplier, reading)
        print(f"added {added} goods items to declaration {declaration_id}")
    return EXIT_OK


def _reference_command(args: argparse.Namespace, workspace: Workspace) -> int:
    import datetime as dt

    from kedendesk.services.checking import CheckingService
    from kedendesk.services.drafts import ExchangeError

    checking = CheckingService(workspace)
    try:
        if args.command == "check":
            return _check(args.file, args.format, checking)
        if args.command == "rates" and args.rates_command == "import":
            count = checking.import_rates(args.file)
            print(f"added {count} exchange rates from {args.file}")
        elif args.command == "rates":
            for rate in checking.rates():
                print(f"{rate.date.isoformat()}  {rate.currency}  {rate.rate:>14}  {rate.source}")
        elif args.tariff_command == "import":
            effective = dt.date.fromisoformat(args.effective)
            tariff = checking.import_tariff(args.file, args.tariff_version, effective)
            print(f"tariff {tariff.version}: {len(tariff)} commodity codes, now active")
        elif args.tariff_command == "practice":
            checking.use_practice_tariff()
            print(f"using the practice tariff {checking.tariff().version}")
        elif args.tariff_command == "official":
            checking.use_official_tariff()
            print(f"using the official tariff {checking.tariff().version}")
        else:
            tariff = checking.tariff()
            print(
                f"{tariff.version} ({tariff.effective_date}): {len(tariff)} codes; {tariff.source}"
            )
    except (OSError, ValueError) as error:
        if isinstance(error, ExchangeError):
            lines = "\n".join(f"  {problem}" for problem in error.problems)
            return _fail(f"{args.file} cannot be read:\n{lines}", EXIT_UNREADABLE)
        return _fail(str(error), EXIT_UNREADABLE)
    return EXIT_OK


def _check(path: Path, output: str, checking: CheckingService) -> int:
    from kedendesk.check_command import as_json, print_text
    from kedendesk.exchange.json_file import loads
    from kedendesk.exchange.problems import ExchangeError

    try:
        declaration = loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return _fail(f"cannot read {path}: {error}", EXIT_UNREADABLE)
    except ExchangeError as error:
        lines = "\n".join(f"  {problem}" for problem in error.problems)
        return _fail(f"{path} is not a declaration:\n{lines}", EXIT_UNREADABLE)
    context = checking.context()
    result = checking.check(declaration)
    if output == "json":
        print(json.dumps(as_json(declaration, result, context), ensure_ascii=False, indent=2))
    else:
        print_text(declaration, result, context)
    return EXIT_ERROR if result.errors else EXIT_OK


def _find(drafts: DraftService, key: str) -> int | None:
    """A declaration by id, else by exact LRN."""
    from kedendesk.services.drafts import NotFoundError

    if key.isdigit():
        try:
            drafts.row(int(key))
        except NotFoundError:
            pass
        else:
            return int(key)
    matches = [row.id for row in drafts.rows(drafts.find_ids(key)) if row.lrn == key]
    return matches[0] if matches else None
