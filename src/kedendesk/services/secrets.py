"""Secrets in the OS keyring only: gateway client secrets and tokens, and a key's password
when the user ticked "remember". Where no keyring exists the caller is told, and asks the user
each time; there is no file fallback (see engineering notes: keyrings.alt)."""

from __future__ import annotations

import keyring
import keyring.errors

SERVICE = "Kedendesk"


class KeyringUnavailableError(RuntimeError):
    """No OS keyring here (headless, no Secret Service): the secret cannot be kept."""


class SecretStore:
    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def get(self, name: str) -> str | None:
        try:
            return keyring.get_password(self._service, name)
        except keyring.errors.KeyringError:
            return None  # nothing can have been stored where there is no keyring

    def set(self, name: str, secret: str) -> None:
        try:
            keyring.set_password(self._service, name, secret)
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailableError(str(error)) from error

    def delete(self, name: str) -> None:
        try:
            keyring.delete_password(self._service, name)
        except keyring.errors.PasswordDeleteError:
            pass  # not there: nothing to forget
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailableError(str(error)) from error

    def available(self) -> bool:
        backend = keyring.get_keyring()
        return getattr(backend, "priority", 0) > 0 and "fail" not in type(backend).__module__
