"""Signing declarations: keys by path, the password in the keyring only if asked, a check
before signing, and a frozen declaration with its exact payload, signature and idempotency key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from kedendesk.domain.declaration import MEDIA_TYPE, Declaration
from kedendesk.domain.lifecycle import Action, Status, allowed
from kedendesk.domain.lrn import next_version_lrn
from kedendesk.domain.representation import (
    Missing,
    contract_expired,
    missing_for_representative,
    role_of,
)
from kedendesk.gateway.contract import Kind, Role, SignedEnvelope
from kedendesk.services.catalogue import CatalogueService
from kedendesk.services.checking import CheckingService
from kedendesk.services.events import DeclarationsChanged
from kedendesk.services.secrets import SecretStore
from kedendesk.services.signing_process import SigningProcess
from kedendesk.services.workspace import Workspace
from kedendesk.signing.canonical import canonical_bytes, sha256_hex
from kedendesk.signing.certificates import CertificateInfo
from kedendesk.signing.cms import verify_detached
from kedendesk.signing.errors import KeyProblem, KeyUnusableError, SignatureError
from kedendesk.signing.keys import LoadedKey, load_pkcs12
from kedendesk.signing.signer import SoftwareSigner
from kedendesk.store.declarations import DRAFT, SignatureRecord, Snapshot
from kedendesk.store.keys import KeyEntry, KeyRepository

__all__ = [
    "KeyProblem",
    "KeyUnusableError",
    "SignatureError",
    "SignatureRecord",
    "SigningKey",
    "SigningRefusedError",
    "SigningService",
]

log = logging.getLogger(__name__)

KEYS_FOLDER = "keys"


class SigningRefusedError(RuntimeError):
    """The declaration cannot be signed as it is: it has error findings, is not a draft, or
    the signer is a representative without the papers (`missing`: their message codes)."""

    def __init__(self, reason: str, errors: int = 0, missing: tuple[str, ...] = ()) -> None:
        super().__init__(f"{reason}: {', '.join(missing)}" if missing else reason)
        self.reason = reason  # "errors", "not-a-draft", "representation", "not-permitted"
        self.errors = errors
        self.missing = missing

    def __reduce__(
        self,
    ) -> tuple[type[SigningRefusedError], tuple[str, int, tuple[str, ...]]]:
        return (type(self), (self.reason, self.errors, self.missing))


@dataclass(frozen=True)
class SigningKey:
    """A key the workspace knows: where its file is, and what its certificate says."""

    id: int
    path: Path
    imported: bool
    info: CertificateInfo
    fingerprint: str
    password_remembered: bool

    @property
    def available(self) -> bool:
        return self.path.is_file()


def _secret_name(fingerprint: str) -> str:
    return f"key-password:{fingerprint}"


def signer_ids(signer: CertificateInfo) -> set[str]:
    return {signer.bin.strip(), signer.iin.strip()} - {""}


def _role(declaration: Declaration, signer: CertificateInfo) -> Role:
    """The signer acts as the declarant (same BIN/IIN) or as its customs representative."""
    return role_of(declaration, signer_ids(signer))


class SigningService:
    def __init__(
        self, workspace: Workspace, checking: CheckingService, secrets: SecretStore | None = None
    ) -> None:
        self._ws = workspace
        self._checking = checking
        self._keys = KeyRepository(workspace.database)
        self._secrets = secrets or SecretStore()
        self._helper: SigningProcess | None = None

    # -- keys -------------------------------------------------------------------------------

    def _key(self, entry: KeyEntry) -> SigningKey:
        certificate = x509.load_der_x509_certificate(entry.certificate)
        return SigningKey(
            id=entry.id,
            path=Path(entry.path),
            imported=entry.imported,
            info=CertificateInfo.of(certificate),
            fingerprint=entry.fingerprint,
            password_remembered=self._secrets.get(_secret_name(entry.fingerprint)) is not None,
        )

    def keys(self) -> list[SigningKey]:
        return [self._key(entry) for entry in self._keys.all()]

    def key(self, key_id: int) -> SigningKey:
        entry = self._keys.get(key_id)
        if entry is None:
            raise LookupError(key_id)
        return self._key(entry)

    def add_key(
        self, path: Path, password: str, *, remember: bool = False, import_copy: bool = False
    ) -> SigningKey:
        """Open a .p12 with its password (to read and check its certificate) and remember
        where it is; a copy goes into the workspace only when asked. Raises KeyUnusableError,
        or KeyringUnavailableError when "remember" cannot be honoured (the key is added)."""
        loaded = load_pkcs12(path, password)
        certificate = loaded.certificate.public_bytes(serialization.Encoding.DER)
        fingerprint = hashlib.sha256(certificate).hexdigest()
        stored = path.resolve()
        if import_copy:
            folder = self._ws.directory / KEYS_FOLDER
            folder.mkdir(mode=0o700, exist_ok=True)
            stored = folder / f"{fingerprint[:16]}.p12"
            shutil.copyfile(path, stored)
            os.chmod(stored, 0o600)
        entry = self._keys.add(str(stored), certificate, fingerprint, import_copy)
        if remember:
            self._secrets.set(_secret_name(fingerprint), password)
        return self._key(entry)

    def remove_key(self, key_id: int) -> None:
        """Forget a key, its remembered password, and the copy if the workspace made one."""
        entry = self._keys.get(key_id)
        if entry is None:
            return
        self._secrets.delete(_secret_name(entry.fingerprint))
        if entry.imported:
            Path(entry.path).unlink(missing_ok=True)
        self._keys.remove(key_id)

    def remembered_password(self, key_id: int) -> str | None:
        return self._secrets.get(_secret_name(self.key(key_id).fingerprint))

    def forget_password(self, key_id: int) -> None:
        self._secrets.delete(_secret_name(self.key(key_id).fingerprint))

    def _load(self, key: SigningKey, password: str | None) -> LoadedKey:
        secret = password if password is not None else self.remembered_password(key.id)
        if secret is None:
            raise KeyUnusableError(KeyProblem.WRONG_PASSWORD, "no password given")
        loaded = load_pkcs12(key.path, secret)
        loaded.info.check_usable(dt.datetime.now(dt.UTC))
        return loaded

    # -- signing ----------------------------------------------------------------------------

    def sign(
        self,
        declaration_id: int,
        key_id: int,
        password: str | None = None,
        *,
        remember: bool = False,
    ) -> SignatureRecord:
        """Sign the latest revision and freeze the declaration.

        Refused while the checks find errors. The payload is the canonical JSON of the saved
        revision; the signature is verified before it is stored, with its idempotency key.
        """
        self.require_signer()
        row = self._ws.declarations.get(declaration_id)
        if row.status != DRAFT:
            raise SigningRefusedError("not-a-draft")
        declaration = self._ws.declarations.load(declaration_id)
        errors = self._checking.check(declaration).errors
        if errors:
            raise SigningRefusedError("errors", errors)
        key = self.key(key_id)
        today = dt.date.today()
        missing = missing_for_representative(declaration, signer_ids(key.info), today)
        client = self._ws.clients.get(row.client_id)
        if (
            not missing
            and role_of(declaration, signer_ids(key.info)) == "CUSTOMS_REPRESENTATIVE"
            and client is not None
            and contract_expired(client.card.contract.valid_to, today)
        ):  # the client's card knows the contract ended, though the declaration does not say
            missing = (Missing("contract-expired", "54", "representative.contract_number"),)
        if missing:  # a representative's key, without the papers that let it sign for them
            raise SigningRefusedError("representation", missing=tuple(m.code for m in missing))
        loaded = self._load(key, password)
        if remember and password is not None:
            # Before anything is signed: no keyring means the user is told and decides.
            self._secrets.set(_secret_name(key.fingerprint), password)
        version = self._checking.tariff().version
        if declaration.tariff_version != version:
            # The payload names the tariff it was checked against, so the gateway checks the
            # same one: saved as a revision first, so what is signed is what is kept.
            declaration.tariff_version = version
            row = self._ws.declarations.get(declaration_id)
            self._ws.declarations.save(declaration_id, Snapshot.of(declaration), row.revision)
            row = self._ws.declarations.get(declaration_id)
        payload = canonical_bytes(declaration)
        signature = SoftwareSigner(loaded).sign(payload)
        roots = [c for c in loaded.chain if c.subject == c.issuer] or [loaded.certificate]
        verified = verify_detached(payload, signature, roots)  # our own check before it leaves
        signer = verified.signer
        record = SignatureRecord(
            declaration_id=declaration_id,
            revision=row.revision,
            kind="DECLARE",
            role=_role(declaration, signer),
            payload=payload,
            payload_sha256=sha256_hex(payload),
            signature=signature,
            idempotency_key=str(uuid.uuid4()),
            signer=signer.owner,
            signer_iin=signer.iin,
            signer_bin=signer.bin,
            signed_at=(verified.signed_at or dt.datetime.now(dt.UTC)).isoformat(),
            signed_by=self._ws.database.author,
        )
        self._ws.declarations.sign(record)
        log.info(
            "declaration %s revision %s signed as %s", declaration_id, record.revision, record.role
        )
        # What was signed teaches the client's product catalogue and its card's suppliers
        # (never fails the signature).
        try:
            CatalogueService(self._ws).learn(row.client_id, declaration)
            self._ws.clients.remember_supplier(row.client_id, declaration.consignor.name)
        except Exception:
            log.exception("the product catalogue did not learn from declaration %s", declaration_id)
        self._ws.events.publish(DeclarationsChanged((declaration_id,)))
        return record

    @property
    def may_sign(self) -> bool:
        """The person at this desk may sign and send (not a preparer on a team server)."""
        return self._ws.person.can_sign

    def require_signer(self) -> None:
        """Refused ("not-permitted") unless the person at this desk may sign: a preparer on a
        team server prepares, a declarant signs (the server refuses the signature anyway)."""
        if not self._ws.person.can_sign:
            raise SigningRefusedError("not-permitted")

    def sign_isolated(
        self,
        declaration_id: int,
        key_id: int,
        password: str | None = None,
        *,
        remember: bool = False,
    ) -> SignatureRecord:
        """`sign`, with the work (loading and checking the declaration, decrypting the key,
        canonical bytes, CMS) in a helper process: decrypting a key and validating a 999-item
        declaration hold the GIL for tens to hundreds of milliseconds, which froze the window
        although they ran on a worker thread. Secrets stay here: the password is taken from
        the keyring (or kept in it) in this process; the helper only gets it for the call."""
        self.require_signer()
        key = self.key(key_id)
        secret = password if password is not None else self.remembered_password(key_id)
        if secret is None:
            raise KeyUnusableError(KeyProblem.WRONG_PASSWORD, "no password given")
        if remember and password is not None:
            self._secrets.set(_secret_name(key.fingerprint), password)
        record = self._process().sign(
            self._ws.directory, declaration_id, key_id, secret, self._ws.database.password
        )
        log.info(
            "declaration %s revision %s signed (helper process)", declaration_id, record.revision
        )
        self._ws.events.publish(DeclarationsChanged((declaration_id,)))
        return record

    def _process(self) -> SigningProcess:
        if self._helper is None:
            self._helper = SigningProcess()
        return self._helper

    def warm_up(self) -> None:
        """Start the signing helper ahead of the first signature (call off the GUI thread)."""
        self._process().warm_up()

    def close(self) -> None:
        """Stop the helper process, if one was started."""
        if self._helper is not None:
            self._helper.close()
            self._helper = None

    def signature(self, declaration_id: int) -> SignatureRecord | None:
        return self._ws.declarations.signature(declaration_id)

    def envelope(self, declaration_id: int) -> SignedEnvelope:
        """The signed envelope as the gateway contract has it, from the stored bytes."""
        record = self.signature(declaration_id)
        if record is None:
            raise LookupError(declaration_id)
        lrn = self._ws.declarations.get(declaration_id).lrn
        return SignedEnvelope.of(
            "DECLARE",
            lrn,
            MEDIA_TYPE,
            record.payload,
            record.payload_sha256,
            record.signature,
            "DECLARANT" if record.role == "DECLARANT" else "CUSTOMS_REPRESENTATIVE",
        )

    def sign_bytes(
        self,
        declaration_id: int,
        kind: Kind,
        payload: bytes,
        key_id: int,
        password: str | None,
        media_type: str = "application/json",
    ) -> bytes:
        """A signed envelope (WITHDRAW, RESPOND) over other bytes about a declaration."""
        self.require_signer()
        key = self.key(key_id)
        loaded = self._load(key, password)
        signature = SoftwareSigner(loaded).sign(payload)
        declaration = self._ws.declarations.load(declaration_id)
        envelope = SignedEnvelope.of(
            kind,
            declaration.lrn,
            media_type,
            payload,
            sha256_hex(payload),
            signature,
            _role(declaration, loaded.info),
        )
        return envelope.model_dump_json(by_alias=True).encode()

    def edit_as_new_version(self, declaration_id: int) -> str | None:
        """A signed or refused declaration becomes a draft again; the signed revision stays in
        history. After a refusal the gateway holds the old LRN (the contract refuses it for
        another payload), so the new version gets a proposed new LRN, which it returns."""
        row = self._ws.declarations.get(declaration_id)
        if not allowed(row.status, Action.NEW_VERSION):
            raise SigningRefusedError("not-signed")
        refused = row.status == Status.REJECTED
        self._ws.declarations.reopen(declaration_id, forget_submission=refused)
        proposed = None
        if refused:
            declaration = self._ws.declarations.load(declaration_id)
            proposed = next_version_lrn(declaration.lrn)
            declaration.lrn = proposed
            self._ws.declarations.save(declaration_id, Snapshot.of(declaration))
            log.info("declaration %s refused; new version as %s", declaration_id, proposed)
        self._ws.events.publish(DeclarationsChanged((declaration_id,)))
        return proposed
