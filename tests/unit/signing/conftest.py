"""A test CA per session, and keys it issues: real keys, real certificates, real signatures."""

from __future__ import annotations

import pytest

from kedendesk.signing.test_ca import TestAuthority

PASSWORD = "Qwerty-123"
OWNER = "ЖҰМАБАЕВ АЙДОС ҚАНАТҰЛЫ"
IIN = "880101300123"
BIN = "940140000385"


@pytest.fixture(scope="session")
def authority() -> TestAuthority:
    return TestAuthority.create()


@pytest.fixture(scope="session")
def other_authority() -> TestAuthority:
    return TestAuthority.create("Some Other CA")
