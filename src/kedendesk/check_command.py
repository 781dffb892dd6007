"""`kedendesk check FILE.json`: findings and payments of a declaration file, headless."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from kedendesk.domain.checks import CheckResult
from kedendesk.domain.context import Context, declaration_date
from kedendesk.domain.declaration import Declaration
from kedendesk.domain.payments import CalculatedLine, Explanation

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def _english(context: str, text: str) -> str:
    return text


def _explanation_json(explanation: Explanation) -> dict[str, Any]:
    return {
        "formula": explanation.formula,
        "values": dict(explanation.texts()),
        "rates": [
            {"currency": r.currency, "date": r.date.isoformat(), "rate": str(r.rate)}
            for r in explanation.rates
        ],
        "sources": list(explanation.sources),
    }


def _line_json(line: CalculatedLine) -> dict[str, Any]:
    return {
        "type": line.type_code,
        "base": str(line.base),
        "rate": str(line.rate),
        "rateType": line.rate_type,
        "amount": str(line.amount),
        "feature": line.feature,
        "explanation": _explanation_json(line.explanation),
    }


def as_json(declaration: Declaration, result: CheckResult, context: Context) -> dict[str, Any]:
    calculation = result.calculation
    items = []
    for index, item in enumerate(calculation.items):
        items.append(
            {
                "item": index + 1,
                "customsValue": str(item.customs_value.value) if item.customs_value else None,
                "statisticalValue": (
                    str(item.statistical_value.value) if item.statistical_value else None
                ),
                "lines": [_line_json(line) for line in calculation.lines_of(index)],
            }
        )
    return {
        "lrn": declaration.lrn,
        "date": declaration_date(declaration, context.today).isoformat(),
        "tariff": context.tariff.version,
        "errors": result.errors,
        "warnings": result.warnings,
        "findings": [finding.to_json() for finding in result.findings],
        "payments": {
            "items": items,
            "totals": {code: str(amount) for code, amount in calculation.totals.items()},
            "total": str(calculation.total),
        },
    }


def print_text(
    declaration: Declaration, result: CheckResult, context: Context, out: TextIO = sys.stdout
) -> None:
    from kedendesk.ui.messages import explanation_text, finding_text

    day = declaration_date(declaration, context.today)
    out.write(
        f"{declaration.lrn or '(no LRN)'}: {result.errors} error(s), {result.warnings} "
        f"warning(s); date {day.isoformat()}, tariff {context.tariff.version}\n"
    )
    for f in result.findings:
        where = f"box {f.box}" + (f", item {f.item}" if f.item else "")
        out.write(f"  {f.severity:<8}{f.rule:<6}{where:<20}{finding_text(f, _english)}\n")
    calculation = result.calculation
    out.write("Payments, KZT:\n")
    for index in range(len(calculation.items)):
        for line in calculation.lines_of(index):
            text = explanation_text(line.explanation, _english)
            out.write(f"  item {index + 1:<4}{line.type_code}  {line.amount:>16}  {text}\n")
    for code, amount in calculation.totals.items():
        out.write(f"  box B  {code}  {amount:>16}\n")
    out.write(f"  total        {calculation.total:>16}\n")
