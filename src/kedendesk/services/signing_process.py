"""A helper process for signing, so that the GUI's process keeps its GIL free.

The helper opens the workspace itself (SQLite in WAL takes a second connection), signs with
the ordinary SigningService and stores the signature; the calling process publishes the
change. It never touches the keyring: the caller passes the password for the one call. One
helper is started on first use ("spawn", safe beside Qt's threads) and kept until closed.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kedendesk.store.declarations import SignatureRecord


class _NoKeyring:
    """The helper's secret store: it is given the password and keeps nothing."""

    def get(self, name: str) -> str | None:
        return None

    def set(self, name: str, secret: str) -> None:
        raise RuntimeError("the signing helper keeps no secrets")

    def delete(self, name: str) -> None:
        raise RuntimeError("the signing helper keeps no secrets")


def _sign(
    directory: str,
    declaration_id: int,
    key_id: int,
    password: str,
    server_password: str | None = None,
) -> SignatureRecord:
    from kedendesk.services.checking import CheckingService
    from kedendesk.services.signing import SigningService
    from kedendesk.services.workspace import Workspace

    workspace = Workspace.open(Path(directory), server_password)  # a team's: its password
    try:
        checking = CheckingService(workspace)
        signing = SigningService(workspace, checking, secrets=_NoKeyring())  # type: ignore[arg-type]
        return signing.sign(declaration_id, key_id, password)
    finally:
        workspace.close()


def _ready() -> bool:
    from kedendesk.services import signing  # noqa: F401  (what the first signature needs)

    return True


class SigningProcess:
    def __init__(self) -> None:
        self._pool = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn")
        )

    def sign(
        self,
        directory: Path,
        declaration_id: int,
        key_id: int,
        password: str,
        server_password: str | None = None,
    ) -> SignatureRecord:
        """Blocks the calling (worker) thread until the helper answered; its errors
        (KeyUnusableError, SigningRefusedError …) are raised here."""
        return self._pool.submit(
            _sign, str(directory), declaration_id, key_id, password, server_password
        ).result()

    def warm_up(self) -> None:
        """Start the helper now (it imports the app's modules, about a second), so the first
        signature does not wait for it."""
        self._pool.submit(_ready).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
