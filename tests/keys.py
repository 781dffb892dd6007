"""The declarant's key the tests sign with: «АХМЕТОВА АЙГҮЛ» of ТОО «Алатау Трейд»,
issued by a test CA into a .p12 file."""

from __future__ import annotations

from pathlib import Path

from kedendesk.signing.test_ca import TestAuthority

IIN, BIN = "900215400123", "940140000385"


def ahmetova_key(authority: TestAuthority, path: Path, password: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        authority.issue_pkcs12(
            password, "АХМЕТОВА АЙГҮЛ", IIN, BIN, organisation="ТОО «Алатау Трейд»"
        )
    )
    return path
