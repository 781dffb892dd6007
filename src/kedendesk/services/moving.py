"""Moving a workspace between one desk and a team server: `kedendesk workspace copy SOURCE
TARGET`, each a workspace folder or a `postgresql://` URL.

Every table is copied as of one moment of the source (`store.copy`), into a target that holds
no declarations or clients yet (nothing there is overwritten by accident); the attachments go
with them: a desk's attachments folder into the server's attachments table, and back.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from kedendesk.services.workspace import Workspace, WorkspaceError
from kedendesk.store.attachments import AttachmentRepository
from kedendesk.store.copy import CopyError, copy_database

log = logging.getLogger(__name__)
ATTACHMENTS = "attachments"


@dataclass(frozen=True)
class CopyResult:
    declarations: int
    clients: int
    revisions: int
    attachments: int


def copy_workspace(source: str | Path, target: str | Path) -> CopyResult:
    """Copy the workspace at `source` to `target`; WorkspaceError (for the user) when either
    cannot be opened, they are the same, or the target already has work in it."""
    if str(source) == str(target):
        raise WorkspaceError("the source and the target are the same workspace")
    origin = Workspace.open(source)
    try:
        destination = Workspace.open(target)
    except BaseException:
        origin.close()
        raise
    try:
        if destination.where == origin.where:
            raise WorkspaceError("the source and the target are the same workspace")
        found = destination.declarations.changes_since("~")
        if destination.clients.all() or found[2]:
            raise WorkspaceError(
                f"{destination.where} already has clients or declarations: copy into a new "
                "workspace (an empty folder, or a database made with createdb)"
            )
        try:
            counts = copy_database(origin.database, destination.database)
        except CopyError as error:
            raise WorkspaceError(str(error)) from error
        files = _copy_attachments(origin, destination)
    finally:
        destination.close()
        origin.close()
    log.info("workspace %s copied to %s: %s", source, target, counts)
    return CopyResult(
        counts.get("declarations", 0), counts.get("clients", 0), counts.get("revisions", 0), files
    )


def _copy_attachments(origin: Workspace, destination: Workspace) -> int:
    """The files of the origin's attachments folder, into the server's table (to a team
    server) and the target's folder; a team server's table into the target folder."""
    files: dict[str, bytes] = {}
    folder = origin.directory / ATTACHMENTS
    if folder.is_dir():
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            content = path.read_bytes()
            if hashlib.sha256(content).hexdigest() == path.name:  # not a half-written copy
                files[path.name] = content
    table = AttachmentRepository(origin.database)
    for digest in table.digests():
        stored = table.content(digest) if digest not in files else None
        if stored is not None:
            files[digest] = stored
    kept = destination.directory / ATTACHMENTS
    kept.mkdir(exist_ok=True)
    into = AttachmentRepository(destination.database)
    for digest, content in files.items():
        (kept / digest).write_bytes(content)
        if destination.shared:
            into.keep(digest, content)
    return len(files)
