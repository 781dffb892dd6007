"""A declaration with its attachments as one file: exported from one workspace, imported
into another with the documents that were sent to customs; broken archives refused with the
reason and nothing added."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from kedendesk.domain.declaration import Declaration, GoodsItem, Party
from kedendesk.exchange.problems import ExchangeError
from kedendesk.services.archive import export_archive, import_archive
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace
from kedendesk.store.outbox import OutboxRepository

CONTRACT = b"%PDF-1.4 the foreign-trade contract"


def _with_an_answer(workspace: Workspace, drafts: DraftService) -> int:
    """A declaration whose answer to customs carried a contract (as respond() keeps it)."""
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.create(
        client.id,
        Declaration(
            lrn="KD-ARC-1",
            declarant=Party(name="ТОО «Алатау Трейд»", id_number="940140000385"),
            items=[GoodsItem(number=1, description="Клавиатуры")],
        ),
    )
    digest = hashlib.sha256(CONTRACT).hexdigest()
    folder = workspace.directory / "attachments"
    folder.mkdir(exist_ok=True)
    (folder / digest).write_bytes(CONTRACT)
    body = json.dumps(
        {"envelope": {}, "documents": [digest], "text": "", "files": ["contract.pdf"]}
    )
    OutboxRepository(workspace.database).enqueue(
        declaration_id, "RESPOND", "answer-1", body.encode(), "D-1/R-1", profile="Practice"
    )
    return declaration_id


def test_an_archive_carries_the_declaration_and_its_attachments(
    workspace: Workspace, drafts: DraftService, tmp_path: Path
) -> None:
    declaration_id = _with_an_answer(workspace, drafts)
    archive = tmp_path / "KD-ARC-1.zip"
    assert export_archive(drafts, declaration_id, archive) == 1

    other = Workspace.open(tmp_path / "other")
    try:
        their_drafts = DraftService(other)
        imported = import_archive(their_drafts, archive)
        declaration = their_drafts.load(imported)
        assert (declaration.lrn, declaration.items[0].description) == ("KD-ARC-1", "Клавиатуры")
        assert their_drafts.row(imported).client_name == "ТОО «Алатау Трейд»"
        digest = hashlib.sha256(CONTRACT).hexdigest()
        assert (other.directory / "attachments" / digest).read_bytes() == CONTRACT
    finally:
        other.close()
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read("manifest.json"))
    assert manifest["attachments"] == [{"sha256": digest, "name": "contract.pdf"}]


def _rewritten(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            if name in change:
                if change[name] is not None:
                    new.writestr(name, change[name])  # type: ignore[arg-type]
            else:
                new.writestr(name, old.read(name))
    return target


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("not-zip", "cannot be read as an archive"),
        ("no-manifest", "no manifest.json"),
        ("wrong-content", "its content is not the file it names"),
        ("missing-file", "is not in the archive"),
        ("bad-declaration", "declaration"),
    ],
)
def test_a_broken_archive_adds_nothing(
    workspace: Workspace, drafts: DraftService, tmp_path: Path, damage: str, message: str
) -> None:
    declaration_id = _with_an_answer(workspace, drafts)
    good = tmp_path / "good.zip"
    export_archive(drafts, declaration_id, good)
    digest = hashlib.sha256(CONTRACT).hexdigest()
    bad = tmp_path / "bad.zip"
    if damage == "not-zip":
        bad.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    elif damage == "no-manifest":
        _rewritten(good, bad, {"manifest.json": None})
    elif damage == "wrong-content":
        _rewritten(good, bad, {f"attachments/{digest}": b"something else"})
    elif damage == "missing-file":
        _rewritten(good, bad, {f"attachments/{digest}": None})
    else:
        _rewritten(good, bad, {"declaration.json": b'{"lrn": [1, 2]}'})
    before = drafts.find_ids()
    with pytest.raises(ExchangeError, match=message):
        import_archive(drafts, bad)
    assert drafts.find_ids() == before
