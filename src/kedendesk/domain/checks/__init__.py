"""Format-logical checks (ФЛК): rules with stable ids that report findings as data."""

from kedendesk.domain.checks.engine import RULES, CheckResult, CheckSession, check, rule
from kedendesk.domain.checks.findings import Finding, Rule, Severity

__all__ = ["RULES", "CheckResult", "CheckSession", "Finding", "Rule", "Severity", "check", "rule"]
