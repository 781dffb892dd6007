"""The sandbox's test CA and the demo accounts' keys, made on first start and kept in its
data folder, so a restart trusts the same root and the demo keys keep working."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography import x509

from kedendesk.sandbox.config import DEMO_PASSWORD, SandboxConfig
from kedendesk.signing.test_ca import TestAuthority


def load_or_create_authority(folder: Path) -> TestAuthority:
    folder.mkdir(parents=True, exist_ok=True)
    key_path, certificate_path = folder / "ca-key.pem", folder / "ca.pem"
    if key_path.exists() and certificate_path.exists():
        return TestAuthority.from_pem(key_path.read_bytes(), certificate_path.read_bytes())
    authority = TestAuthority.create("Kedendesk Practice Gateway CA (not for real declarations)")
    key_path.write_bytes(authority.key_pem())
    os.chmod(key_path, 0o600)
    certificate_path.write_bytes(authority.certificate_pem())
    return authority


def demo_key_path(folder: Path, client_id: str) -> Path:
    return folder / "keys" / f"{client_id}.p12"


def issue_demo_keys(authority: TestAuthority, config: SandboxConfig, folder: Path) -> None:
    """A signing key for each configured account with a signer, unless it already exists."""
    (folder / "keys").mkdir(parents=True, exist_ok=True)
    for account in config.accounts:
        path = demo_key_path(folder, account.client_id)
        if account.signer and not path.exists():
            path.write_bytes(
                authority.issue_pkcs12(
                    DEMO_PASSWORD,
                    account.signer,
                    account.signer_iin,
                    account.bin,
                    organisation=account.name,
                )
            )


def trusted_roots(authority: TestAuthority) -> list[x509.Certificate]:
    return [authority.certificate]
