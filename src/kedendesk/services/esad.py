"""Declarations in and out as EAEU XML files (File → Export / Import, `kedendesk export
--format esad`): the export refuses with findings where a value does not fit the album, and is
validated against the album when the user has it on disk; the import reads without writing,
so the user sees what the file holds and what no box reads before a draft is made."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kedendesk.domain.checks import Finding
from kedendesk.exchange import esad_export, esad_import, esad_schema
from kedendesk.exchange.esad_import import EsadFile
from kedendesk.exchange.esad_schema import SchemaProblem
from kedendesk.exchange.problems import ExchangeError, FileProblem
from kedendesk.services.drafts import DraftService

ALBUM_FOLDER_SETTING = "esad.album-folder"


class EsadExportRefusedError(ValueError):
    """The declaration has values the album cannot hold: findings on their boxes."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(f"{len(findings)} value(s) do not fit the EAEU XML format")
        self.findings = findings


class EsadInvalidError(ValueError):
    """The file written does not validate against the user's album: nothing is kept."""

    def __init__(self, problems: list[SchemaProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


class EsadService:
    def __init__(self, drafts: DraftService) -> None:
        self._drafts = drafts
        self._settings = drafts.workspace.settings

    # -- the album on disk ---------------------------------------------------------------

    def album_folder(self) -> Path | None:
        value = str(self._settings.get(ALBUM_FOLDER_SETTING, "") or "")
        return Path(value) if value else None

    def set_album_folder(self, folder: Path | None) -> str:
        """Remember the folder of the customs album (None forgets it); returns the album's
        version. Raises AlbumMissingError when the folder holds no readable ESADout_CU.xsd."""
        if folder is None:
            self._settings.set(ALBUM_FOLDER_SETTING, "")
            return ""
        version = esad_schema.album_version(folder)
        self._settings.set(ALBUM_FOLDER_SETTING, str(folder))
        return version

    # -- export --------------------------------------------------------------------------

    def export(self, declaration_id: int, path: Path, today: dt.date | None = None) -> list[str]:
        """Write the declaration's ED_Container to `path`; returns the model paths the album
        does not carry. Raises EsadExportRefusedError (nothing written) or EsadInvalidError."""
        result = esad_export.export(self._drafts.load(declaration_id), today=today)
        if result.findings:
            raise EsadExportRefusedError(result.findings)
        folder = self.album_folder()
        if folder is not None:
            found = esad_schema.problems(result.xml, folder)
            if found:
                raise EsadInvalidError(found)
        partial = path.with_name(path.name + ".partial")
        partial.write_bytes(result.xml)
        partial.replace(path)
        return result.omitted

    # -- import --------------------------------------------------------------------------

    def read(self, path: Path) -> EsadFile:
        """What the file holds, nothing written; ExchangeError names what is wrong."""
        size = path.stat().st_size
        if size > esad_import.MAX_BYTES:
            raise ExchangeError(
                [
                    FileProblem(
                        f"the file has {size // (1024 * 1024)} MB; a declaration is at most "
                        f"{esad_import.MAX_BYTES // (1024 * 1024)} MB"
                    )
                ]
            )
        return esad_import.read(path.read_bytes())

    def add(self, read: EsadFile, client_id: int | None = None) -> int:
        """The read declaration as a new draft (the user confirmed). Box 54's representative,
        which the album names by register entry only, is this workspace's company when the
        entry is its own."""
        declaration = read.declaration.model_copy(deep=True)
        ours = self._drafts.our_company()
        representative = declaration.representative
        if (
            ours.register_entry
            and representative.register_entry == ours.register_entry
            and not representative.name
        ):
            representative.name, representative.bin = ours.name, ours.bin
        return self._drafts.import_declaration(declaration, client_id)
