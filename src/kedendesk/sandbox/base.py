"""What the practice gateway's parts share: its store, configuration, risk profiles, clock."""

from __future__ import annotations

import datetime as dt
import random
import threading

from kedendesk.sandbox.clock import SimClock
from kedendesk.sandbox.config import SandboxConfig
from kedendesk.sandbox.risk import RiskEngine, RiskProfiles
from kedendesk.sandbox.store import SandboxStore

GATEWAY = "sandbox"
NATIVE_CODES = {"released": "10", "withdrawn": "81", "refused": "90", "extended": "70"}


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(moment: str) -> dt.datetime:
    return dt.datetime.strptime(moment, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


class GatewayBase:
    """The state every part of PracticeGateway reads; PracticeGateway sets it up."""

    store: SandboxStore
    config: SandboxConfig
    profiles: RiskProfiles
    risk: RiskEngine
    rng: random.Random
    clock: SimClock
    _tick_lock: threading.Lock
    _moment: dt.datetime | None

    def now(self) -> dt.datetime:
        return self.clock.now()
