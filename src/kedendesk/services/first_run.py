"""The first run: a few named steps (language, role, company, signing key, gateway, reference
data) as a state machine with no Qt in it, as Electrum's wizard is; the UI maps each step's
name to a page. `FirstRunService` applies the answers to the workspace and remembers that the
desk has been through it (shown once; Help → First steps… runs it again)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from kedendesk.domain.client_card import OurCompany
from kedendesk.domain.identifiers import IdKind, id_problem
from kedendesk.services.checking import CheckingService
from kedendesk.services.drafts import DraftService
from kedendesk.services.profiles import PRACTICE, ProfileService
from kedendesk.services.signing import SigningService
from kedendesk.store.clock import now_iso
from kedendesk.store.settings import SettingsRepository

log = logging.getLogger(__name__)

LANGUAGE, ROLE, COMPANY, KEY, GATEWAY, REFERENCE = (
    "language",
    "role",
    "company",
    "key",
    "gateway",
    "reference",
)
STEPS = (LANGUAGE, ROLE, COMPANY, KEY, GATEWAY, REFERENCE)
DECLARANT, REPRESENTATIVE = "declarant", "representative"  # files for itself, or for clients
DONE_SETTING = "desk.first-run"  # when this desk went through it (or skipped it)
LANGUAGES = ("kk", "ru", "en")


class StepError(ValueError):
    """The current step's answers are not complete; `problems` are codes the UI words."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(", ".join(problems))
        self.problems = problems


@dataclass
class Answers:
    language: str = "ru"
    role: str = DECLARANT
    company_name: str = ""
    company_bin: str = ""
    register_entry: str = ""  # a representative's entry in the customs register
    key_path: Path | None = None  # None: skipped (add one later under Workspace → Keys)
    key_password: str = field(default="", repr=False)
    profile: str = PRACTICE


class FirstRun:
    """Where the user is among STEPS; `next()` refuses to leave a step with problems."""

    def __init__(self, answers: Answers | None = None) -> None:
        self.answers = answers or Answers()
        self.step = LANGUAGE
        self._back: list[str] = []

    @property
    def first(self) -> bool:
        return not self._back

    @property
    def last(self) -> bool:
        return self.step == STEPS[-1]

    def problems(self) -> list[str]:
        """What keeps the user on this step (codes: "language", "role", "name-required",
        "bin-<problem>", "register-required", "key-missing", "password-required")."""
        a = self.answers
        if self.step == LANGUAGE and a.language not in LANGUAGES:
            return ["language"]
        if self.step == ROLE and a.role not in (DECLARANT, REPRESENTATIVE):
            return ["role"]
        if self.step == COMPANY:
            found = []
            if not a.company_name.strip():
                found.append("name-required")
            problem = id_problem(a.company_bin.strip(), IdKind.BIN)
            if problem is not None:
                found.append(f"bin-{problem.value}")
            if a.role == REPRESENTATIVE and not a.register_entry.strip():
                found.append("register-required")
            return found
        if self.step == KEY and a.key_path is not None:
            if not a.key_path.is_file():
                return ["key-missing"]
            if not a.key_password:
                return ["password-required"]
        return []

    def next(self) -> str:
        """On to the following step (raises StepError); at the last, stays there."""
        found = self.problems()
        if found:
            raise StepError(found)
        if not self.last:
            self._back.append(self.step)
            self.step = STEPS[STEPS.index(self.step) + 1]
        return self.step

    def back(self) -> str:
        if self._back:
            self.step = self._back.pop()
        return self.step

    def skip_key(self) -> str:
        """No key now: one is added later under Workspace → Signing keys."""
        self.answers.key_path = None
        self.answers.key_password = ""
        return self.next()


@dataclass(frozen=True)
class ReferenceStatus:
    """What the last step says about the rates and the tariff, and what to do next."""

    rates: int
    latest_rate: dt.date | None
    tariff_version: str
    official_tariff: bool


class FirstRunService:
    def __init__(
        self,
        drafts: DraftService,
        checking: CheckingService,
        signing: SigningService,
        profiles: ProfileService,
    ) -> None:
        self._drafts = drafts
        self._checking = checking
        self._signing = signing
        self._profiles = profiles

    @property
    def _settings(self) -> SettingsRepository:
        return self._drafts.workspace.settings

    def needed(self) -> bool:
        """This desk has not been through the first run yet (nor skipped it). A team
        server's desks are set up by their administrator: they are not asked."""
        return not self._drafts.workspace.shared and not self._settings.get(DONE_SETTING)

    def skip(self) -> None:
        self._settings.set(DONE_SETTING, {"skipped": now_iso()})

    def answers(self) -> Answers:
        """What the workspace has now, as the first answers (a re-run starts from them)."""
        ours = self._drafts.our_company()
        current = self._profiles.current()
        answers = Answers(
            language=str(self._settings.get("ui.language", "ru") or "ru"),
            profile=current.name if current else PRACTICE,
        )
        if ours.bin:
            answers.role = REPRESENTATIVE
            answers.company_name, answers.company_bin = ours.name, ours.bin
            answers.register_entry = ours.register_entry
        return answers

    def profiles(self) -> list[str]:
        return [profile.name for profile in self._profiles.profiles()]

    def reference(self) -> ReferenceStatus:
        rates = self._checking.rates()
        tariff = self._checking.tariff()
        return ReferenceStatus(
            rates=len(rates),
            latest_rate=max((rate.date for rate in rates), default=None),
            tariff_version=tariff.version,
            official_tariff=self._checking.official_tariff_active(),
        )

    def apply(self, answers: Answers) -> None:
        """Make the workspace what the user answered (blocking: a key is opened and
        checked; run it off the GUI thread). Raises what adding the key raises."""
        self._settings.set("ui.language", answers.language)
        company_bin = answers.company_bin.strip()
        name = " ".join(answers.company_name.split())
        if answers.role == REPRESENTATIVE:
            self._drafts.set_our_company(
                OurCompany(name=name, bin=company_bin, register_entry=answers.register_entry)
            )
        elif not any(client.id_number == company_bin for client in self._drafts.clients()):
            self._drafts.add_client(name, company_bin)  # the declarant files for itself
        if answers.key_path is not None:
            self._signing.add_key(answers.key_path, answers.key_password)
        if answers.profile in self.profiles():
            self._profiles.set_current(answers.profile)
        self._settings.set(DONE_SETTING, {"done": now_iso(), "role": answers.role})
        log.info("first run done: %s, %s", answers.role, answers.profile)
