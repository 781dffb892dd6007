"""The gateway contract's OpenAPI document, generated from the sandbox's app.

`python -m kedendesk.sandbox.openapi > docs/gateway-openapi.json` refreshes the copy kept in
the repository; a test fails when the two drift apart.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from kedendesk.sandbox.app import create_app
from kedendesk.sandbox.gateway import PracticeGateway


def document() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        gateway = PracticeGateway(Path(folder))
        try:
            return create_app(gateway).openapi()
        finally:
            gateway.close()


def text() -> str:
    return json.dumps(document(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(text(), end="")
