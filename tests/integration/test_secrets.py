"""Secrets stay in the keyring: after a full flow with known secrets, no file in the workspace,
data, config, cache, home or log folders holds them, in any common encoding; the log holds
no declaration payload either."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from kedendesk.diagnostics import LOG_NAME, setup_logging
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService
from kedendesk.services.secrets import SecretStore
from kedendesk.services.signing import SigningService
from kedendesk.services.workspace import Workspace
from kedendesk.signing.test_ca import TestAuthority
from tests.conftest import MemoryKeyring

KEY_PASSWORD = "Known-Key-Password-3141-Құпия"
CLIENT_SECRET = "known-client-secret-2718-281828"
DAY = dt.date(2026, 11, 20)


def _encodings(secret: str) -> list[bytes]:
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def test_no_file_holds_a_secret_after_a_full_flow(
    tmp_path: Path, isolated_folders: Path, memory_keyring: MemoryKeyring
) -> None:
    log_folder = setup_logging(tmp_path / "home" / "log", level=logging.DEBUG)
    workspace = Workspace.open(isolated_folders)
    drafts = DraftService(workspace)
    checking = CheckingService(workspace)
    signing = SigningService(workspace, checking)
    secrets = SecretStore()

    checking.put_rates(practice_rates(DAY))
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration = practice_declaration("KD-2026-000001", DAY)
    checking.apply_calculation(declaration)
    declaration_id = drafts.create(client.id, declaration)

    key_file = tmp_path / "RSA256_demo.p12"
    key_file.write_bytes(
        TestAuthority.create().issue_pkcs12(
            KEY_PASSWORD, "АХМЕТОВА АЙГҮЛ", "900215400123", "940140000385"
        )
    )
    key = signing.add_key(key_file, KEY_PASSWORD, remember=True, import_copy=True)
    signing.sign(declaration_id, key.id)  # with the remembered password
    signing.edit_as_new_version(declaration_id)
    signing.sign(declaration_id, key.id, KEY_PASSWORD, remember=True)
    secrets.set("gateway:practice:client-secret", CLIENT_SECRET)
    workspace.settings.set("gateway.profile", {"name": "Practice", "clientId": "demo"})
    drafts.export_json(declaration_id, isolated_folders / "exported.json")

    payload = signing.signature(declaration_id)
    assert payload is not None
    workspace.close()
    for handler in logging.getLogger("kedendesk").handlers:
        handler.flush()
    log_text = (log_folder / LOG_NAME).read_bytes()
    assert log_text, "the flow logged what it did"
    assert payload.payload[:200] not in log_text, "a declaration payload is in the log"

    assert memory_keyring.secrets  # the secrets were kept, where they belong
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "workspace.sqlite3" for p in files)
    assert any(p.parent.name == "keys" and p.suffix == ".p12" for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in (KEY_PASSWORD, CLIENT_SECRET):
            for encoded in _encodings(secret):
                assert encoded not in data, f"{secret!r} found in {path}"
