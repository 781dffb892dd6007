"""Validating an EAEU XML declaration against the customs album on the user's disk.

The album's XSD files are public but not the project's: the app never ships them. Where the user
has them (Settings → the album folder), an export is validated with `xmlschema`, which reads
these schemas in pure Python (about a second to load `ESADout_CU.xsd` and its imports; loaded
once per folder). A problem names the line and the element path, as a reader would look.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import xmlschema
from lxml import etree

from kedendesk.exchange.esad_album import ROOT_BASE, base_and_version

ROOT_SCHEMA = "ESADout_CU.xsd"
SHOWN = 20  # problems named; a file with more has the same few causes


class AlbumMissingError(OSError):
    """The folder does not hold the album's ESADout_CU.xsd (or it cannot be read)."""


@dataclass(frozen=True)
class SchemaProblem:
    line: int | None
    path: str
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}, {self.path}" if self.line else self.path
        return f"{where}: {self.reason}"


_lock = threading.Lock()
_loaded: dict[Path, xmlschema.XMLSchema] = {}


def album_schema(folder: Path) -> xmlschema.XMLSchema:
    """The album's ESADout_CU schema in `folder`, loaded once; AlbumMissingError if absent."""
    folder = folder.resolve()
    with _lock:
        schema = _loaded.get(folder)
        if schema is not None:
            return schema
        path = folder / ROOT_SCHEMA
        if not path.is_file():
            raise AlbumMissingError(f"{folder} holds no {ROOT_SCHEMA}")
        try:
            schema = xmlschema.XMLSchema(str(path))
        except (xmlschema.XMLSchemaException, OSError, etree.LxmlError) as error:
            raise AlbumMissingError(f"{path}: {error}") from error
        _loaded[folder] = schema
        return schema


def album_version(folder: Path) -> str:
    """The album version the folder's ESADout_CU.xsd is of ("5.23.0")."""
    return base_and_version(album_schema(folder).target_namespace)[1]


def problems(xml: bytes, folder: Path) -> list[SchemaProblem]:
    """What in the file's ESADout_CU the album in `folder` does not allow (empty: valid)."""
    schema = album_schema(folder)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(xml, parser)
    declaration = next(
        (
            e
            for e in root.iter()
            if isinstance(e.tag, str)
            and etree.QName(e).localname == "ESADout_CU"
            and base_and_version(etree.QName(e).namespace or "")[0] == ROOT_BASE
        ),
        None,
    )
    if declaration is None:
        return [SchemaProblem(None, "/", "the file holds no ESADout_CU declaration")]
    found = []
    for error in schema.iter_errors(declaration):
        element = error.elem if isinstance(error.elem, etree._Element) else None
        line = element.sourceline if element is not None else None
        found.append(SchemaProblem(line, error.path or "/", str(error.reason or error.message)))
        if len(found) >= SHOWN:
            break
    return found
