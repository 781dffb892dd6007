"""The Practice profile's first start: the demo signer's key ready in the workspace."""

from __future__ import annotations

from kedendesk.services.profiles import PracticeEndpoint
from kedendesk.services.secrets import KeyringUnavailableError
from kedendesk.services.signing import SigningKey, SigningService


def ensure_practice_key(signing: SigningService, endpoint: PracticeEndpoint) -> SigningKey:
    """Add the practice gateway's demo key (its password remembered when a keyring exists;
    else the user types the published demo password)."""
    path = endpoint.key_path.resolve()
    known = {key.path: key for key in signing.keys()}  # noqa: SIM118  (a method, not a dict)
    if path in known:
        return known[path]
    try:
        return signing.add_key(path, endpoint.key_password, remember=True)
    except KeyringUnavailableError:
        return {key.path: key for key in signing.keys()}[path]  # noqa: SIM118
