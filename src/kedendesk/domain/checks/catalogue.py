"""The rule catalogue as Markdown, generated from the rules (`docs/rules.md`).

Regenerate with `python -m kedendesk.domain.checks.catalogue > docs/rules.md`; a test fails
when the page and the rules drift apart.
"""

from __future__ import annotations

from kedendesk.domain.checks.engine import RULES


def _scope(rule_id: str) -> str:
    rule = next(r for r in RULES if r.id == rule_id)
    parts = []
    if rule.header:
        parts.append("header")
    if rule.item or rule.calculated:
        parts.append("each item")
    if rule.totals:
        parts.append("totals")
    return ", ".join(parts)


def markdown() -> str:
    lines = [
        "# Format-logical checks: the rule catalogue",
        "",
        "Generated from `src/kedendesk/domain/checks` (do not edit by hand:",
        "`python -m kedendesk.domain.checks.catalogue > docs/rules.md`).",
        "",
        "Rules R01–R23 follow section 4 of the declaration reference; a letter after the number",
        "marks a part with its own severity. Rules P01–P05 concern the payment calculation.",
        "Each finding names the rule, the box, the goods item, a message code and its",
        "parameters; the app words it in the interface language. The gateway's verdict stays",
        "authoritative.",
        "",
        "| rule | severity | boxes | runs on | what it checks | message codes |",
        "|---|---|---|---|---|---|",
    ]
    for rule in RULES:
        codes = ", ".join(f"`{code}`" for code in rule.codes)
        lines.append(
            f"| {rule.id} | {rule.severity} | {rule.boxes} | {_scope(rule.id)} | "
            f"{rule.description} | {codes} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
