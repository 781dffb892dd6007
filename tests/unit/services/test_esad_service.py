"""EAEU XML in and out of a workspace: an export that does not fit the album writes nothing,
one the user's album refuses is not kept, an import writes only when asked and fills box 54's
representative from the workspace's own company; the album folder is remembered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kedendesk.domain.client_card import OurCompany
from kedendesk.domain.samples import filed_by_broker
from kedendesk.exchange.esad_schema import AlbumMissingError
from kedendesk.exchange.problems import ExchangeError
from kedendesk.services.demo import practice_declaration
from kedendesk.services.drafts import DraftService
from kedendesk.services.esad import EsadExportRefusedError, EsadInvalidError, EsadService
from tests.album import album as _album

DAY = dt.date(2026, 11, 20)


def _broker_draft(drafts: DraftService) -> int:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    return drafts.create(client.id, filed_by_broker(practice_declaration("KD-X-0001", DAY)))


def test_an_export_validated_by_the_album_is_written_and_imports_back(
    drafts: DraftService, tmp_path: Path
) -> None:
    service = EsadService(drafts)
    assert service.set_album_folder(_album()) == "5.23.0"
    assert service.album_folder() == _album()
    declaration_id = _broker_draft(drafts)
    path = tmp_path / "dt.xml"
    omitted = service.export(declaration_id, path, today=DAY)
    assert "representative.name" in omitted and "items[0].freight_cost" in omitted
    read = service.read(path)
    assert read.unknown == []
    drafts.set_our_company(
        OurCompany(name="ТОО «Кеден Брокер»", bin="990140004654", register_entry="0005/1")
    )
    count = len(drafts.find_ids())
    new_id = service.add(read)
    assert len(drafts.find_ids()) == count + 1
    again = drafts.load(new_id)
    assert again.representative.name == "ТОО «Кеден Брокер»"
    assert again.representative.bin == "990140004654"
    assert again.items[0].commodity_code == "8471300000"


def test_an_export_that_does_not_fit_writes_no_file(drafts: DraftService, tmp_path: Path) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration = practice_declaration("KD-X-0002", DAY)
    declaration.consignor.name = "S" * 200
    declaration_id = drafts.create(client.id, declaration)
    path = tmp_path / "dt.xml"
    with pytest.raises(EsadExportRefusedError) as refused:
        EsadService(drafts).export(declaration_id, path)
    assert [(f.box, f.field) for f in refused.value.findings] == [("2", "consignor.name")]
    assert not path.exists() and not list(tmp_path.glob("dt.xml*"))


def test_an_album_that_refuses_the_file_keeps_it_from_being_written(
    drafts: DraftService, tmp_path: Path
) -> None:
    """A folder with an album whose rules the export breaks: nothing is kept."""
    strict = tmp_path / "album"
    strict.mkdir()
    source = _album() / "ESADout_CU.xsd"
    text = source.read_text(encoding="utf-8-sig")
    for name in sorted(p.name for p in _album().glob("*.xsd")):
        (strict / name).write_bytes((_album() / name).read_bytes())
    # The same album, except that box 1's "ЭД" may no longer appear: a file of ours has it.
    (strict / "ESADout_CU.xsd").write_text(
        text.replace(
            '<xs:element name="ElectronicDocumentSign" type="clt_ru:Code2Type" minOccurs="0">',
            '<xs:element name="ElectronicDocumentSign" type="clt_ru:Code2Type" minOccurs="0"'
            ' maxOccurs="0">',
        ),
        encoding="utf-8",
    )
    service = EsadService(drafts)
    service.set_album_folder(strict)
    path = tmp_path / "dt.xml"
    with pytest.raises(EsadInvalidError) as invalid:
        service.export(_broker_draft(drafts), path, today=DAY)
    assert "ElectronicDocumentSign" in str(invalid.value)
    assert not path.exists()


def test_a_folder_without_the_album_is_refused_and_not_remembered(
    drafts: DraftService, tmp_path: Path
) -> None:
    service = EsadService(drafts)
    with pytest.raises(AlbumMissingError):
        service.set_album_folder(tmp_path)
    assert service.album_folder() is None


def test_a_50_mb_file_is_refused_before_it_is_read(drafts: DraftService, tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    with big.open("wb") as file:
        file.truncate(50 * 1024 * 1024)
    count = len(drafts.find_ids())
    with pytest.raises(ExchangeError) as refused:
        EsadService(drafts).read(big)
    assert "50 MB" in str(refused.value)
    assert len(drafts.find_ids()) == count
