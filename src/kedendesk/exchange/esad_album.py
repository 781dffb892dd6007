"""The customs "album of formats" the EAEU XML declaration is written in: which namespace
version each part of an album uses, and which albums a file may come from.

Each album versions its sub-schemas apart (album 5.23.0 writes the root in
`…:ESADout_CU:5.23.0` but the common aggregates in `…:CommonAggregateTypes:5.22.0`), so the
versions are a table per album, read from the album's own XSD headers, not constants. A reader
matches elements by the namespace's name without its version, so files of older albums read
with the same code; the root's version says which album the file claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROOT_BASE = "urn:customs.ru:Information:CustomsDocuments:ESADout_CU"
CONTAINER_BASE = "urn:customs.ru:Information:ExchangeDocuments:ED_Container"
CUSTOMS_PREFIX = "urn:customs.ru:"
DOCUMENT_MODE = "1006107E"  # ESADout_CU: the DT (and the transit declaration)
CONTAINER_MODE = "1006058E"  # ED_Container

# The prefixes of the album, the name of each one's namespace without the version.
BASES = {
    "ESADout_CU": ROOT_BASE,
    "cat_ru": "urn:customs.ru:CommonAggregateTypes",
    "clt_ru": "urn:customs.ru:CommonLeafTypes",
    "catESAD_cu": "urn:customs.ru:CUESADCommonAggregateTypesCust",
    "cltESAD_cu": "urn:customs.ru:CUESADCommonLeafTypes",
    "RUScat_ru": "urn:customs.ru:RUSCommonAggregateTypes",
    "RUSclt_ru": "urn:customs.ru:RUSCommonLeafTypes",
    "RUDECLcat": "urn:customs.ru:RUDeclCommonAggregateTypesCust",
    "ED_Container": CONTAINER_BASE,
}


@dataclass(frozen=True)
class Album:
    version: str
    namespaces: dict[str, str]  # prefix → version of that prefix's namespace

    def uri(self, prefix: str) -> str:
        return f"{BASES[prefix]}:{self.namespaces[prefix]}"


ALBUMS = {
    # From ESADout_CU.xsd and ED_Container.xsd of album 5.23.0.
    "5.23.0": Album(
        "5.23.0",
        {
            "ESADout_CU": "5.23.0",
            "cat_ru": "5.22.0",
            "clt_ru": "5.10.0",
            "catESAD_cu": "5.22.0",
            "cltESAD_cu": "5.17.0",
            "RUScat_ru": "5.22.0",
            "RUSclt_ru": "5.21.0",
            "RUDECLcat": "5.23.0",
            "ED_Container": "5.22.0",
        },
    ),
}
DEFAULT_ALBUM = "5.23.0"

# The albums a file may come from: 5.10 to 5.23, as the root's namespace names it.
OLDEST_READ = (5, 10)
NEWEST_READ = (5, 23)
_VERSION = re.compile(r"(\d+)\.(\d+)(?:\.\d+){0,2}")


def base_and_version(uri: str) -> tuple[str, str]:
    """`urn:…:ESADout_CU:5.23.0` → (`urn:…:ESADout_CU`, `5.23.0`); no version → (uri, "")."""
    base, _, version = uri.rpartition(":")
    if base and _VERSION.fullmatch(version):
        return base, version
    return uri, ""


def readable(version: str) -> bool:
    """Whether a root namespace version is of an album this reader knows (5.10 to 5.23)."""
    match = _VERSION.fullmatch(version)
    if match is None:
        return False
    major_minor = (int(match.group(1)), int(match.group(2)))
    return OLDEST_READ <= major_minor <= NEWEST_READ
