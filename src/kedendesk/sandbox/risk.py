"""The risk engine: profiles as data, each sending a declaration to a corridor.

A profile's conditions all hold for it to fire (on any goods item for item conditions); its
`selection` is the share of matching declarations it selects at random. Red profiles are
tried first, then yellow; a declaration no profile selects goes green.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.domain.lenient import as_decimal
from kedendesk.domain.reference import resources_dir

CORRIDORS = ("RED", "YELLOW", "GREEN")


@dataclass(frozen=True)
class Profile:
    id: str
    corridor: str
    selection: Decimal  # share of matching declarations selected, 0..1
    code_prefixes: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()
    value_per_kg_below: Decimal | None = None  # share of the reference price, e.g. 0.5
    history_below: int | None = None  # declarations the declarant filed before

    def matches_item(self, item: GoodsItem, reference: dict[str, Decimal], rate: Decimal) -> bool:
        code = item.commodity_code.strip()
        if self.code_prefixes and not code.startswith(self.code_prefixes):
            return False
        if self.origins and item.origin_country.strip() not in self.origins:
            return False
        if self.value_per_kg_below is not None:
            price, net = as_decimal(item.price), as_decimal(item.net_mass_kg)
            expected = reference.get(code)
            if price is None or not net or expected is None:
                return False
            if price * rate / net >= expected * self.value_per_kg_below:
                return False
        return True

    def matches(
        self, declaration: Declaration, history: int, reference: dict[str, Decimal], rate: Decimal
    ) -> bool:
        if self.history_below is not None and history >= self.history_below:
            return False
        item_conditions = self.code_prefixes or self.origins or self.value_per_kg_below
        if not item_conditions:
            return True
        return any(self.matches_item(item, reference, rate) for item in declaration.items)


@dataclass(frozen=True)
class RiskProfiles:
    version: str
    profiles: tuple[Profile, ...]
    reference_prices: dict[str, Decimal] = field(default_factory=dict)  # USD per kg net

    def assess(
        self, declaration: Declaration, history: int, rng: random.Random
    ) -> tuple[str, list[str]]:
        """The corridor and the profiles that selected it."""
        rate = as_decimal(declaration.exchange_rate) or Decimal(1)
        usd = Decimal("512.34")  # reference prices are in USD; box 23 converts the price to KZT
        reference = {code: price * usd for code, price in self.reference_prices.items()}
        for corridor in CORRIDORS[:2]:
            fired = [
                p.id
                for p in self.profiles
                if p.corridor == corridor
                and p.matches(declaration, history, reference, rate)
                and Decimal(str(rng.random())) < p.selection
            ]
            if fired:
                return corridor, fired
        return "GREEN", []


def _profile(raw: dict[str, Any]) -> Profile:
    when = raw.get("when", {})
    below = when.get("valuePerKgBelow")
    return Profile(
        id=raw["id"],
        corridor=raw["corridor"],
        selection=Decimal(str(when.get("selection", "1"))),
        code_prefixes=tuple(when.get("codePrefixes", ())),
        origins=tuple(when.get("origins", ())),
        value_per_kg_below=Decimal(str(below)) if below is not None else None,
        history_below=when.get("historyBelow"),
    )


@cache
def default_profiles() -> RiskProfiles:
    data = json.loads((resources_dir() / "sandbox" / "risk-profiles.json").read_text("utf-8"))
    return RiskProfiles(
        version=data["version"],
        profiles=tuple(_profile(raw) for raw in data["profiles"]),
        reference_prices={k: Decimal(v) for k, v in data["referencePrices"].items()},
    )
