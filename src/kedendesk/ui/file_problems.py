"""The lines to show when a file cannot be read: each problem with its line, or the error."""

from __future__ import annotations

from kedendesk.services.drafts import ExchangeError

SHOWN = 20


def problem_details(error: object) -> str:
    if isinstance(error, ExchangeError):
        return "\n".join(str(problem) for problem in error.problems[:SHOWN])
    return str(error)
