"""Checks and payments for the app and the command line, with the workspace's rates and tariff."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from kedendesk.domain.checks import CheckResult, CheckSession, check
from kedendesk.domain.context import KZT_STEPS, Context
from kedendesk.domain.declaration import Declaration
from kedendesk.domain.payments import apply_calculation
from kedendesk.domain.rates import ExchangeRate
from kedendesk.domain.tariff import Tariff, official_tariff, payment_rates, practice_tariff
from kedendesk.exchange.rates_file import read_rates
from kedendesk.exchange.tariff_file import read_tariff
from kedendesk.services.events import ReferenceChanged
from kedendesk.services.workspace import Workspace
from kedendesk.store.rates import RateRepository, TariffRepository

# The active tariff: absent or "" the official ЕТТ pack, PRACTICE the demo's, else the
# version of an imported tariff.
TARIFF_SETTING = "tariff.active"
PRACTICE = "practice"
KZT_STEP_SETTING = "payments.kztStep"


class CheckingService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._rates = RateRepository(workspace.database)
        self._tariffs = TariffRepository(workspace.database)

    # -- the context every check runs in ------------------------------------------------

    def context(self, today: dt.date | None = None) -> Context:
        return Context(
            tariff=self.tariff(),
            payment_rates=payment_rates(),
            rates=self._rates.table(),
            today=today or dt.date.today(),
            kzt_step=self.kzt_step(),
        )

    def session(self) -> CheckSession:
        return CheckSession(self.context())

    def check(self, declaration: Declaration) -> CheckResult:
        return check(declaration, self.context())

    def apply_calculation(self, declaration: Declaration) -> CheckResult:
        """Fill boxes 45, 46, 47, 12 and B from the calculation; return the check after it."""
        context = self.context()
        apply_calculation(declaration, check(declaration, context).calculation)
        return check(declaration, context)

    # -- rounding ---------------------------------------------------------------------------

    def kzt_step(self) -> Decimal:
        value = Decimal(str(self._ws.settings.get(KZT_STEP_SETTING, "0.01")))
        return value if value in KZT_STEPS else KZT_STEPS[0]

    def set_kzt_step(self, step: Decimal) -> None:
        if step not in KZT_STEPS:
            raise ValueError(f"rounding step must be one of {KZT_STEPS}")
        self._ws.settings.set(KZT_STEP_SETTING, str(step))
        self._ws.events.publish(ReferenceChanged())

    # -- exchange rates ---------------------------------------------------------------------

    def rates(self) -> list[ExchangeRate]:
        return self._rates.all()

    def set_rate(self, currency: str, date: dt.date, rate: Decimal, source: str = "manual") -> None:
        if rate <= 0:
            raise ValueError("an exchange rate is above zero")
        self._rates.put_many([ExchangeRate(currency.upper(), date, rate, source)])
        self._ws.events.publish(ReferenceChanged())

    def remove_rate(self, currency: str, date: dt.date) -> None:
        self._rates.remove(currency, date)
        self._ws.events.publish(ReferenceChanged())

    def import_rates(self, path: Path) -> int:
        """Add the rates of a file; raises ExchangeError naming bad lines, adding none."""
        count = self._rates.put_many(read_rates(path))
        self._ws.events.publish(ReferenceChanged())
        return count

    def put_rates(self, rates: list[ExchangeRate]) -> None:
        self._rates.put_many(rates)
        self._ws.events.publish(ReferenceChanged())

    # -- tariff -----------------------------------------------------------------------------

    def tariff(self) -> Tariff:
        version = self._ws.settings.get(TARIFF_SETTING)
        if version == PRACTICE:
            return practice_tariff()
        if version:
            imported = self._tariffs.get(str(version))
            if imported is not None:
                return imported
        return official_tariff()

    def import_tariff(self, path: Path, version: str, effective_date: dt.date) -> Tariff:
        """Read a tariff file and make it the active tariff; raises ExchangeError."""
        tariff = read_tariff(path, version, effective_date)
        self._tariffs.put(tariff)
        self._ws.settings.set(TARIFF_SETTING, tariff.version)
        self._ws.events.publish(ReferenceChanged())
        return tariff

    def use_practice_tariff(self) -> None:
        """The demo's tariff: real codes, made-up rates."""
        self._ws.settings.set(TARIFF_SETTING, PRACTICE)
        self._ws.events.publish(ReferenceChanged())

    def official_tariff_active(self) -> bool:
        return self.tariff().version == official_tariff().version

    def use_official_tariff(self) -> None:
        """The EAEU nomenclature and Common Customs Tariff shipped with the app (the default)."""
        self._ws.settings.set(TARIFF_SETTING, "")
        self._ws.events.publish(ReferenceChanged())
