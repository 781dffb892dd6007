"""Signing a declaration in a workspace: refused with errors, frozen once signed, the password
kept in the keyring only when asked, and the envelope as the gateway contract has it."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import stat
import uuid
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from kedendesk.domain.samples import BROKER_BIN, filed_by_broker
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService
from kedendesk.services.secrets import KeyringUnavailableError, SecretStore
from kedendesk.services.signing import (
    KeyProblem,
    KeyUnusableError,
    SigningRefusedError,
    SigningService,
)
from kedendesk.services.workspace import Workspace
from kedendesk.signing.canonical import canonical_bytes
from kedendesk.signing.cms import verify_detached
from kedendesk.signing.test_ca import TestAuthority
from kedendesk.store.declarations import FrozenError, Snapshot, StaleRevisionError
from tests.keys import ahmetova_key

DAY = dt.date(2026, 11, 20)
PASSWORD = "Құпия-сөз-2026"


@pytest.fixture(scope="module")
def authority() -> TestAuthority:
    return TestAuthority.create()


@pytest.fixture
def key_file(authority: TestAuthority, tmp_path: Path) -> Path:
    return ahmetova_key(authority, tmp_path / "keys" / "RSA256_ahmetova.p12", PASSWORD)


@pytest.fixture
def checking(workspace: Workspace) -> CheckingService:
    service = CheckingService(workspace)
    service.put_rates(practice_rates(DAY))
    return service


@pytest.fixture
def signing(workspace: Workspace, checking: CheckingService) -> SigningService:
    return SigningService(workspace, checking)


@pytest.fixture
def complete(drafts: DraftService, checking: CheckingService) -> int:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration = practice_declaration("KD-2026-000001", DAY)
    checking.apply_calculation(declaration)
    return drafts.create(client.id, declaration)


def test_signing_freezes_the_exact_bytes(
    signing: SigningService,
    drafts: DraftService,
    key_file: Path,
    complete: int,
    authority: TestAuthority,
) -> None:
    key = signing.add_key(key_file, PASSWORD)
    assert key.info.owner == "АХМЕТОВА АЙГҮЛ" and key.path == key_file.resolve()
    assert not key.password_remembered
    record = signing.sign(complete, key.id, PASSWORD)

    assert record.payload == canonical_bytes(drafts.load(complete))
    assert record.payload_sha256 == hashlib.sha256(record.payload).hexdigest()
    assert record.role == "DECLARANT"  # the key's BIN is the declarant's
    uuid.UUID(record.idempotency_key)
    verified = verify_detached(record.payload, record.signature, [authority.certificate])
    assert verified.signer.iin == "900215400123"
    assert drafts.row(complete).status == "SIGNED"
    with pytest.raises(FrozenError):
        drafts.save(complete, Snapshot.of(drafts.load(complete)))
    with pytest.raises(SigningRefusedError) as again:
        signing.sign(complete, key.id, PASSWORD)
    assert again.value.reason == "not-a-draft"


def test_the_envelope_has_the_contract_shape(
    signing: SigningService, key_file: Path, complete: int
) -> None:
    key = signing.add_key(key_file, PASSWORD)
    record = signing.sign(complete, key.id, PASSWORD)
    envelope = json.loads(signing.envelope(complete).model_dump_json(by_alias=True))
    assert envelope == {
        "kind": "DECLARE",
        "lrn": "KD-2026-000001",
        "payload": {
            "mediaType": "application/vnd.kedendesk.dt+json;v=1",
            "data": base64.b64encode(record.payload).decode(),
            "sha256": record.payload_sha256,
        },
        "signatures": [
            {
                "format": "CMS_DETACHED",
                "value": base64.b64encode(record.signature).decode(),
                "role": "DECLARANT",
            }
        ],
    }


def test_a_declaration_with_errors_cannot_be_signed(
    signing: SigningService, drafts: DraftService, key_file: Path, complete: int
) -> None:
    declaration = drafts.load(complete)
    declaration.declarant.id_number = "940140000386"
    drafts.save(complete, Snapshot.of(declaration))
    key = signing.add_key(key_file, PASSWORD)
    with pytest.raises(SigningRefusedError) as refused:
        signing.sign(complete, key.id, PASSWORD)
    assert (refused.value.reason, refused.value.errors) == ("errors", 1)
    assert drafts.row(complete).status == "DRAFT"
    assert signing.signature(complete) is None


def test_a_wrong_password_signs_nothing(
    signing: SigningService, drafts: DraftService, key_file: Path, complete: int
) -> None:
    key = signing.add_key(key_file, PASSWORD)
    with pytest.raises(KeyUnusableError) as raised:
        signing.sign(complete, key.id, "not it")
    assert raised.value.problem is KeyProblem.WRONG_PASSWORD
    assert drafts.row(complete).status == "DRAFT"


def test_an_expired_key_cannot_sign(
    signing: SigningService, authority: TestAuthority, tmp_path: Path, complete: int
) -> None:
    now = dt.datetime.now(dt.UTC)
    path = tmp_path / "old.p12"
    path.write_bytes(
        authority.issue_pkcs12(
            PASSWORD,
            "ОЛД",
            "900215400123",
            "940140000385",
            valid_from=now - dt.timedelta(days=500),
            valid_to=now - dt.timedelta(days=2),
        )
    )
    key = signing.add_key(path, PASSWORD)  # it may be kept, to look at
    with pytest.raises(KeyUnusableError) as raised:
        signing.sign(complete, key.id, PASSWORD)
    assert raised.value.problem is KeyProblem.EXPIRED


def test_a_remembered_password_lives_in_the_keyring_only(
    signing: SigningService, key_file: Path, complete: int, memory_keyring: object
) -> None:
    key = signing.add_key(key_file, PASSWORD, remember=True)
    assert signing.key(key.id).password_remembered
    assert PASSWORD in memory_keyring.secrets.values()  # type: ignore[attr-defined]
    signing.sign(complete, key.id)  # no password typed: the keyring has it
    signing.remove_key(key.id)
    assert PASSWORD not in memory_keyring.secrets.values()  # type: ignore[attr-defined]


def test_without_a_keyring_the_app_is_told_and_nothing_falls_back_to_a_file(
    signing: SigningService, key_file: Path, complete: int
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert not SecretStore().available()
    with pytest.raises(KeyringUnavailableError):
        signing.add_key(key_file, PASSWORD, remember=True)
    (key,) = signing.keys()  # the key itself is kept; only the password is not
    assert not key.password_remembered
    with pytest.raises(KeyUnusableError):
        signing.sign(complete, key.id)  # the app asks for the password instead
    signing.sign(complete, key.id, PASSWORD)


def test_a_key_is_copied_into_the_workspace_only_when_asked(
    signing: SigningService, key_file: Path, workspace: Workspace
) -> None:
    kept = signing.add_key(key_file, PASSWORD)
    assert not kept.imported and not (workspace.directory / "keys").exists()
    imported = signing.add_key(key_file, PASSWORD, import_copy=True)
    assert imported.id == kept.id and imported.imported
    assert imported.path.parent == workspace.directory / "keys"
    assert stat.S_IMODE(imported.path.stat().st_mode) == 0o600
    signing.remove_key(imported.id)
    assert not imported.path.exists() and key_file.exists()


def test_edit_as_a_new_version_keeps_the_signed_revision(
    signing: SigningService, drafts: DraftService, key_file: Path, complete: int
) -> None:
    key = signing.add_key(key_file, PASSWORD)
    record = signing.sign(complete, key.id, PASSWORD)
    signing.edit_as_new_version(complete)
    declaration = drafts.load(complete)
    declaration.items[0].description = 'Ноутбуки 15"'
    info = drafts.save(complete, Snapshot.of(declaration))
    assert info.number == record.revision + 2  # the reopened copy, then the edit
    assert signing.signature(complete) == record
    assert drafts.row(complete).status == "DRAFT"


def test_a_stale_revision_is_not_signed(workspace: Workspace, complete: int) -> None:
    from kedendesk.store.declarations import SignatureRecord

    record = SignatureRecord(
        complete, 0, "DECLARE", "DECLARANT", b"x", "", b"s", "k", "", "", "", ""
    )
    with pytest.raises(StaleRevisionError):
        workspace.declarations.sign(record)


def test_signing_teaches_the_clients_product_catalogue(
    signing: SigningService, drafts: DraftService, key_file: Path, complete: int
) -> None:
    from kedendesk.services.catalogue import CatalogueService

    key = signing.add_key(key_file, PASSWORD)
    signing.sign(complete, key.id, PASSWORD)
    client_id = drafts.row(complete).client_id
    products = CatalogueService(drafts.workspace).products(client_id)
    declaration = drafts.load(complete)
    assert {p.commodity_code for p in products} == {i.commodity_code for i in declaration.items}
    assert all(p.source.startswith(declaration.lrn) for p in products)


def test_a_brokers_key_signs_for_a_client_only_with_the_papers(
    signing: SigningService,
    drafts: DraftService,
    checking: CheckingService,
    authority: TestAuthority,
    tmp_path: Path,
    complete: int,
) -> None:
    """The broker's key (another company's BIN than box 14) signs as the customs
    representative: refused while box 54 and box 44 lack its papers, naming each, and the
    signature kept in the right role once they are there."""
    broker_file = tmp_path / "RSA256_zhumabayev.p12"
    broker_file.write_bytes(
        authority.issue_pkcs12(PASSWORD, "ЖҰМАБАЕВ АЙДОС", "880101300123", BROKER_BIN)
    )
    key = signing.add_key(broker_file, PASSWORD)
    with pytest.raises(SigningRefusedError) as refused:
        signing.sign(complete, key.id, PASSWORD)
    assert refused.value.reason == "representation"
    assert set(refused.value.missing) == {
        "representative-missing",
        "register-entry-missing",
        "contract-missing",
        "power-of-attorney-missing",
    }
    assert drafts.row(complete).status == "DRAFT"

    declaration = filed_by_broker(drafts.load(complete))
    checking.apply_calculation(declaration)
    drafts.save(complete, Snapshot.of(declaration))
    record = signing.sign(complete, key.id, PASSWORD)
    assert (record.role, record.signer_bin) == ("CUSTOMS_REPRESENTATIVE", BROKER_BIN)
    client = drafts.client(drafts.row(complete).client_id)
    assert client is not None  # the supplier of what was signed joins the client's card
    assert client.card.suppliers == [" ".join(declaration.consignor.name.split())]
