"""A declaration and its attachments as one file (File → Export / Import, a .zip): to hand a
declaration to a colleague or another workspace with the documents that were sent with it.

The archive holds `declaration.json` (the exchange format of File → Export a declaration, as JSON),
`manifest.json` (what it is, the declaration's status and customs' events, the attachments
with their names) and `attachments/<sha-256>`. Import checks everything before it writes:
a file that is not such an archive, or an attachment whose content is not its hash, is a
message and nothing is added."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zipfile
from pathlib import Path

from kedendesk.exchange import json_file
from kedendesk.exchange.problems import ExchangeError, FileProblem
from kedendesk.services.drafts import DraftService
from kedendesk.store.outbox import OutboxRepository

FORMAT = "kedendesk-declaration-archive"
VERSION = 1
ATTACHMENTS = "attachments"
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # one attachment or the declaration: more is not ours
DIGEST = re.compile(r"[0-9a-f]{64}")


def export_archive(drafts: DraftService, declaration_id: int, path: Path) -> int:
    """Write the archive; returns the number of attachments in it."""
    workspace = drafts.workspace
    row = drafts.row(declaration_id)
    outbox = OutboxRepository(workspace.database)
    attachments: dict[str, str] = {}
    for item in outbox.of_declaration(declaration_id):
        if item.kind != "RESPOND":
            continue
        body = json.loads(item.body)
        for digest, name in zip(body.get("documents", []), body.get("files", []), strict=False):
            attachments.setdefault(str(digest), str(name))
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "lrn": row.lrn,
        "status": row.status,
        "registrationNumber": row.registration_number or "",
        "exportedAt": dt.datetime.now(dt.UTC).isoformat(),
        "attachments": [{"sha256": d, "name": n} for d, n in attachments.items()],
        "events": [
            {"type": e.type, "occurredAt": e.occurred_at, "status": e.status, "data": e.data}
            for e in outbox.timeline(declaration_id)
        ],
    }
    folder = workspace.directory / ATTACHMENTS
    partial = path.with_name(path.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("declaration.json", json_file.dumps(drafts.load(declaration_id)))
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        for digest in attachments:
            if (folder / digest).is_file():
                archive.write(folder / digest, f"{ATTACHMENTS}/{digest}")
    partial.replace(path)
    return len(attachments)


def import_archive(drafts: DraftService, path: Path, client_id: int | None = None) -> int:
    """A new draft from the archive, its attachments kept in this workspace; raises
    ExchangeError naming what is wrong (nothing written then)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for required in ("manifest.json", "declaration.json"):
                if required not in names:
                    raise _problem(f"not a declaration archive: no {required}")
            manifest = _json(archive, "manifest.json")
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise _problem("manifest.json: not a Kedendesk declaration archive")
            if int(manifest.get("version", 0)) > VERSION:
                raise _problem(
                    f"manifest.json: made by a newer Kedendesk (version {manifest.get('version')})"
                )
            declaration = json_file.loads(_read(archive, "declaration.json").decode("utf-8"))
            files: dict[str, bytes] = {}
            for entry in manifest.get("attachments", []):
                digest = str(entry.get("sha256", "")) if isinstance(entry, dict) else ""
                name = f"{ATTACHMENTS}/{digest}"
                if not DIGEST.fullmatch(digest) or name not in names:
                    raise _problem(
                        f"manifest.json: attachment {digest or '?'} is not in the archive"
                    )
                content = _read(archive, name)
                if hashlib.sha256(content).hexdigest() != digest:
                    raise _problem(f"{name}: its content is not the file it names")
                files[digest] = content
    except (zipfile.BadZipFile, OSError, EOFError, UnicodeDecodeError, ValueError) as error:
        if isinstance(error, ExchangeError):
            raise
        raise _problem(f"cannot be read as an archive: {error}") from error
    folder = drafts.workspace.directory / ATTACHMENTS
    for digest, content in files.items():
        folder.mkdir(exist_ok=True)
        if not (folder / digest).exists():
            (folder / digest).write_bytes(content)
    return drafts.import_declaration(declaration, client_id)


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    if archive.getinfo(name).file_size > MAX_ENTRY_BYTES:
        raise _problem(f"{name}: larger than a declaration archive holds")
    return archive.read(name)


def _json(archive: zipfile.ZipFile, name: str) -> object:
    try:
        return json.loads(_read(archive, name))
    except json.JSONDecodeError as error:
        raise ExchangeError([FileProblem(error.msg, error.lineno, error.colno, name)]) from error


def _problem(message: str) -> ExchangeError:
    return ExchangeError([FileProblem(message)])
