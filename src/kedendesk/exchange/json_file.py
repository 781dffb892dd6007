"""The JSON exchange file: a declaration with a format marker, round-tripped byte for byte.

Errors name what a user can find in the file: the line and column of a syntax error, or the
path of the field (`items[2].grossMassKg`) that is not part of a declaration.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kedendesk.domain.declaration import Declaration
from kedendesk.domain.lenient import scrubbed
from kedendesk.exchange.problems import ExchangeError, FileProblem

FORMAT = "kedendesk.dt"
FORMAT_VERSION = 1


class DeclarationFile(BaseModel):
    """A Kedendesk declaration exchange file."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, title="Kedendesk DT file")

    format: Literal["kedendesk.dt"] = "kedendesk.dt"
    format_version: Literal[1] = Field(1, alias="formatVersion")
    declaration: Declaration


def _field_path(location: tuple[int | str, ...]) -> str:
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def loads(text: str) -> Declaration:
    """Parse an exchange file; raises ExchangeError naming the line/column or the fields."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise ExchangeError([FileProblem(error.msg, error.lineno, error.colno)]) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeError(
            [FileProblem(f'not a Kedendesk declaration file (no "format": "{FORMAT}")')]
        )
    try:
        return DeclarationFile.model_validate(scrubbed(data)).declaration
    except ValidationError as error:
        problems = [
            FileProblem(e["msg"], field=_field_path(tuple(e["loc"]))) for e in error.errors()
        ]
        raise ExchangeError(problems) from None


def dumps(declaration: Declaration) -> str:
    data = scrubbed(DeclarationFile(declaration=declaration).model_dump(mode="json", by_alias=True))
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def json_schema() -> dict[str, Any]:
    schema: dict[str, Any] = DeclarationFile.model_json_schema(by_alias=True)
    return schema
