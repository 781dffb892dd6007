"""Gateway profiles: Practice (the practice gateway, in-process, with demo accounts and keys)
and real gateways (URL and client id here; the client secret in the keyring only)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kedendesk.gateway.client import GatewayClient
from kedendesk.services.events import GatewayStatusChanged
from kedendesk.services.secrets import KeyringUnavailableError, SecretStore
from kedendesk.services.workspace import Workspace

PRACTICE = "Practice"
PROFILES_SETTING = "gateway.profiles"
CURRENT_SETTING = "gateway.current"


@dataclass(frozen=True)
class PracticeEndpoint:
    """The practice gateway as started by the entry point (services cannot import it)."""

    url: str
    client_id: str
    client_secret: str  # a published demo secret, not the user's: never stored
    key_path: Path
    key_password: str


@dataclass(frozen=True)
class GatewayProfile:
    name: str
    url: str
    client_id: str
    practice: bool = False


def _secret_name(profile: str) -> str:
    return f"gateway:{profile}:client-secret"


class ProfileService:
    def __init__(
        self,
        workspace: Workspace,
        practice: Callable[[], PracticeEndpoint] | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        self._ws = workspace
        self._practice_factory = practice
        self._practice: PracticeEndpoint | None = None
        self._secrets = secrets or SecretStore()

    def practice_endpoint(self) -> PracticeEndpoint | None:
        """Started on first use (off the path to the first window)."""
        if self._practice is None and self._practice_factory is not None:
            self._practice = self._practice_factory()
        return self._practice

    def profiles(self) -> list[GatewayProfile]:
        stored = self._ws.settings.get(PROFILES_SETTING, [])
        found = [GatewayProfile(p["name"], p["url"], p["clientId"]) for p in stored]
        if self._practice_factory is not None:
            found.insert(0, GatewayProfile(PRACTICE, "", "demo-declarant", practice=True))
        return found

    def current(self) -> GatewayProfile | None:
        name = self._ws.settings.get(CURRENT_SETTING, PRACTICE)
        profiles = self.profiles()
        return next((p for p in profiles if p.name == name), profiles[0] if profiles else None)

    def set_current(self, name: str) -> None:
        self._ws.settings.set(CURRENT_SETTING, name)
        self._ws.events.publish(GatewayStatusChanged(False, "switching profile"))

    def add(self, name: str, url: str, client_id: str, secret: str) -> GatewayProfile:
        """A real gateway; raises KeyringUnavailableError when the secret cannot be kept (the
        profile is still added: the app asks for the secret when it connects)."""
        stored = [p for p in self._ws.settings.get(PROFILES_SETTING, []) if p["name"] != name]
        stored.append({"name": name, "url": url.rstrip("/"), "clientId": client_id})
        self._ws.settings.set(PROFILES_SETTING, stored)
        self._secrets.set(_secret_name(name), secret)
        return GatewayProfile(name, url.rstrip("/"), client_id)

    def remove(self, name: str) -> None:
        stored = [p for p in self._ws.settings.get(PROFILES_SETTING, []) if p["name"] != name]
        self._ws.settings.set(PROFILES_SETTING, stored)
        self._secrets.delete(_secret_name(name))

    def client(self, profile: GatewayProfile) -> GatewayClient:
        if profile.practice:
            endpoint = self.practice_endpoint()
            if endpoint is None:
                raise LookupError("no practice gateway in this build")
            demo_secret = endpoint.client_secret
            return GatewayClient(endpoint.url, endpoint.client_id, lambda: demo_secret)

        def keyring_secret() -> str:
            value = self._secrets.get(_secret_name(profile.name))
            if value is None:
                raise KeyringUnavailableError(f"no client secret for {profile.name}")
            return value

        return GatewayClient(profile.url, profile.client_id, keyring_secret)
