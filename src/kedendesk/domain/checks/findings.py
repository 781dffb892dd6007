"""Findings are data: a rule, a severity, the box, the goods item, a message code, parameters.

The UI turns the code and parameters into words in the user's language; nothing here is a
sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from kedendesk.domain.declaration import Declaration, GoodsItem

if TYPE_CHECKING:
    from kedendesk.domain.checks.facts import Contribution, Facts, Totals


class Severity(StrEnum):
    ERROR = "error"  # blocks signing
    WARNING = "warning"  # worth a look; customs may ask
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str  # stable rule id, e.g. "R09"
    severity: Severity
    box: str  # box number on the form: "14", "33", "B"
    item: int | None  # goods item number (1-based), None for the header
    field: str  # model path: "declarant.id_number", or within the item "gross_mass_kg"
    code: str  # message code, e.g. "id-invalid"
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": str(self.severity),
            "box": self.box,
            "item": self.item,
            "field": self.field,
            "code": self.code,
            "params": dict(self.params),
        }


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule's check yields; the engine adds the rule, severity and item."""

    box: str
    field: str
    code: str
    params: tuple[tuple[str, str], ...] = ()
    item: int | None = None  # only totals checks set it, to point into an item


def hit(box: str, field: str, code: str, **params: object) -> Hit:
    return Hit(box, field, code, tuple((k, str(v)) for k, v in params.items()))


HeaderCheck = Callable[[Declaration, "Facts"], Iterable[Hit]]
ItemCheck = Callable[[Declaration, int, GoodsItem, "Facts"], Iterable[Hit]]
TotalsCheck = Callable[[Declaration, "Totals", "Facts"], Iterable[Hit]]
CalculatedCheck = Callable[[Declaration, int, GoodsItem, "Facts", "Contribution"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """A format-logical check: an id that never changes, a severity, where it looks, why."""

    id: str
    severity: Severity
    boxes: str  # "14, 2, 8, 9" as the catalogue prints it
    description: str  # one line for the rule catalogue (English, for docs)
    codes: tuple[str, ...]  # message codes it may report
    header: HeaderCheck | None = None
    item: ItemCheck | None = None
    totals: TotalsCheck | None = None
    calculated: CalculatedCheck | None = None  # an item check that reads its contribution
