"""Why a file could not be read: problems that name the line, column or field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FileProblem:
    """One reason a file cannot be read: where, and what is wrong there."""

    message: str
    line: int | None = None
    column: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        if self.line is not None and self.column is not None:
            return f"line {self.line}, column {self.column}: {self.message}"
        if self.line is not None:
            where = f"line {self.line}, {self.field}" if self.field else f"line {self.line}"
            return f"{where}: {self.message}"
        if self.field:
            return f"{self.field}: {self.message}"
        return self.message


class ExchangeError(ValueError):
    def __init__(self, problems: list[FileProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems
