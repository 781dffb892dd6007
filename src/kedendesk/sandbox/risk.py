"""The risk engine: targeted profiles as data, and random selection that keeps the corridors at
their published shares whatever the population of declarants.

A profile's conditions all hold for it to fire (on any goods item for item conditions); its
`selection` is the share of matching declarations it selects at random. Red profiles are
tried first, then yellow. What the profiles leave is selected at random, at the rate that
brings the running shares to the targets (78.5 % green, 20.1 % yellow, 1 % red by default):
the share a population's profiles take (many new declarants, undervalued goods) is made up
for by less random selection, so the totals do not depend on who files.

Reference prices are learnt per heading from the values the gateway has seen (the median of
the last declarations, USD per kg net, at the gateway's own USD rate of the declaration
date); until a heading has enough of them, the shipped reference prices stand in.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.domain.lenient import as_decimal
from kedendesk.domain.reference import resources_dir

CORRIDORS = ("RED", "YELLOW", "GREEN")
LEARNT_AFTER = 20  # observations of a heading before its own median is the reference
KEPT = 200  # observations kept per heading
UsdRate = Callable[[dt.date], Decimal | None]


@dataclass(frozen=True)
class Profile:
    id: str
    corridor: str
    selection: Decimal  # share of matching declarations selected, 0..1
    code_prefixes: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()
    value_per_kg_below: Decimal | None = None  # share of the reference price, e.g. 0.5
    history_below: int | None = None  # declarations the declarant filed before

    def matches_item(
        self, item: GoodsItem, values: dict[int, Decimal], reference: References
    ) -> bool:
        code = item.commodity_code.strip()
        if self.code_prefixes and not code.startswith(self.code_prefixes):
            return False
        if self.origins and item.origin_country.strip() not in self.origins:
            return False
        if self.value_per_kg_below is not None:
            value = values.get(id(item))
            expected = reference.price(code)
            if value is None or expected is None:
                return False
            if value >= expected * self.value_per_kg_below:
                return False
        return True

    def matches(
        self,
        declaration: Declaration,
        history: int,
        values: dict[int, Decimal],
        reference: References,
    ) -> bool:
        if self.history_below is not None and history >= self.history_below:
            return False
        item_conditions = self.code_prefixes or self.origins or self.value_per_kg_below
        if not item_conditions:
            return True
        return any(self.matches_item(item, values, reference) for item in declaration.items)


@dataclass
class References:
    """USD per kg net by heading: learnt from what is declared, the shipped prices meanwhile."""

    shipped: dict[str, Decimal]  # by code or heading prefix
    seen: dict[str, deque[Decimal]] = field(default_factory=dict)

    def price(self, code: str) -> Decimal | None:
        heading = code[:4]
        observed = self.seen.get(heading)
        if observed is not None and len(observed) >= LEARNT_AFTER:
            ordered = sorted(observed)
            return ordered[len(ordered) // 2]
        for prefix in (code, code[:6], heading):
            if prefix in self.shipped:
                return self.shipped[prefix]
        return None

    def learn(self, code: str, value: Decimal) -> None:
        self.seen.setdefault(code[:4], deque(maxlen=KEPT)).append(value)


@dataclass(frozen=True)
class RiskProfiles:
    """The profiles and targets as shipped; `engine()` makes the stateful engine that uses them."""

    version: str
    profiles: tuple[Profile, ...]
    reference_prices: dict[str, Decimal] = field(default_factory=dict)  # USD per kg net
    targets: dict[str, Decimal] = field(default_factory=dict)  # corridor -> share, 0..1

    def engine(self, usd_rate: UsdRate) -> RiskEngine:
        return RiskEngine(self, usd_rate)


class RiskEngine:
    """Assesses declarations one after another; keeps the running shares and the prices it saw.
    Thread-safe: the gateway registers declarations from several request threads."""

    def __init__(self, profiles: RiskProfiles, usd_rate: UsdRate) -> None:
        self.profiles = profiles
        self._usd_rate = usd_rate
        self.references = References(dict(profiles.reference_prices))
        self.counts = {corridor: 0 for corridor in CORRIDORS}
        self._lock = threading.Lock()

    @property
    def version(self) -> str:
        return self.profiles.version

    def _values(self, declaration: Declaration) -> dict[int, Decimal]:
        """Each item's declared value in USD per kg net, where it can be worked out."""
        day = declaration.filled_by.date
        usd = self._usd_rate(day if isinstance(day, dt.date) else dt.date.today())
        rate = as_decimal(declaration.exchange_rate)
        if not usd or not rate:
            return {}
        values = {}
        for item in declaration.items:
            price, net = as_decimal(item.price), as_decimal(item.net_mass_kg)
            if price is not None and net:
                values[id(item)] = price * rate / usd / net
        return values

    def assess(
        self, declaration: Declaration, history: int, rng: random.Random
    ) -> tuple[str, list[str]]:
        """The corridor and the profiles (or "RANDOM") that selected it."""
        values = self._values(declaration)
        with self._lock:
            corridor, fired = self._targeted(declaration, history, values, rng)
            if corridor is None:
                corridor = self._random(rng)
                fired = ["RANDOM"] if corridor != "GREEN" else []
            self.counts[corridor] += 1
            for item in declaration.items:
                value = values.get(id(item))
                if value is not None:
                    self.references.learn(item.commodity_code.strip(), value)
        return corridor, fired

    def _targeted(
        self, declaration: Declaration, history: int, values: dict[int, Decimal], rng: random.Random
    ) -> tuple[str | None, list[str]]:
        for corridor in CORRIDORS[:2]:
            fired = [
                p.id
                for p in self.profiles.profiles
                if p.corridor == corridor
                and p.matches(declaration, history, values, self.references)
                and Decimal(str(rng.random())) < p.selection
            ]
            if fired:
                return corridor, fired
        return None, []

    def _random(self, rng: random.Random) -> str:
        """Red or yellow at the rate that closes the gap between the running shares and the
        targets over the next declaration (never below zero: a population whose profiles
        already take more than the target gets no random selection)."""
        total = sum(self.counts.values()) + 1
        draw = Decimal(str(rng.random()))
        chance = Decimal(0)
        for corridor in CORRIDORS[:2]:
            target = self.profiles.targets.get(corridor, Decimal(0))
            wanted = target * total - self.counts[corridor]
            chance += min(max(wanted, Decimal(0)), Decimal(1) - chance)
            if draw < chance:
                return corridor
        return "GREEN"


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
        targets={k: Decimal(v) for k, v in data["targets"].items()},
    )
