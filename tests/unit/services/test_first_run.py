"""The first run's steps on their own (no Qt): the order, what keeps the user on a step, back
and skipping the key; and what applying the answers makes of the workspace."""

from __future__ import annotations

from pathlib import Path

import pytest

from kedendesk.services.checking import CheckingService
from kedendesk.services.drafts import DraftService
from kedendesk.services.first_run import (
    COMPANY,
    GATEWAY,
    KEY,
    LANGUAGE,
    REFERENCE,
    REPRESENTATIVE,
    ROLE,
    STEPS,
    Answers,
    FirstRun,
    FirstRunService,
    StepError,
)
from kedendesk.services.profiles import ProfileService
from kedendesk.services.signing import SigningService
from kedendesk.services.workspace import Workspace
from kedendesk.signing.test_ca import TestAuthority

PASSWORD = "Құпия-сөз-2026"
GOOD_BIN = "940140000385"


def _to(run: FirstRun, step: str) -> None:
    while run.step != step:
        run.next()


def test_the_steps_go_in_order_and_back() -> None:
    run = FirstRun(Answers(company_name="ТОО «Алатау Трейд»", company_bin=GOOD_BIN))
    seen = [run.step]
    while not run.last:
        seen.append(run.next())
    assert tuple(seen) == STEPS
    assert run.next() == REFERENCE  # the last step stays
    assert run.back() == GATEWAY and run.back() == KEY and run.back() == COMPANY
    assert run.back() == ROLE and run.back() == LANGUAGE and run.first
    assert run.back() == LANGUAGE


def test_the_company_step_wants_a_name_and_a_valid_bin() -> None:
    run = FirstRun(Answers(company_bin="940140000386"))  # a wrong check digit
    _to(run, COMPANY)
    with pytest.raises(StepError) as refused:
        run.next()
    assert refused.value.problems == ["name-required", "bin-check-digit"]
    run.answers.company_name = "ТОО «Алатау Трейд»"
    run.answers.company_bin = GOOD_BIN
    assert run.next() == KEY


def test_a_representative_also_gives_the_register_entry() -> None:
    run = FirstRun(Answers(role=REPRESENTATIVE, company_name="ТОО «Брокер»", company_bin=GOOD_BIN))
    _to(run, COMPANY)
    with pytest.raises(StepError) as refused:
        run.next()
    assert refused.value.problems == ["register-required"]
    run.answers.register_entry = "0123/2"
    assert run.next() == KEY


def test_the_key_step_checks_the_file_or_is_skipped(tmp_path: Path) -> None:
    run = FirstRun(Answers(company_name="ТОО «Алатау Трейд»", company_bin=GOOD_BIN))
    _to(run, KEY)
    run.answers.key_path = tmp_path / "absent.p12"
    with pytest.raises(StepError) as missing:
        run.next()
    assert missing.value.problems == ["key-missing"]
    run.answers.key_path.write_bytes(b"p12")
    with pytest.raises(StepError) as no_password:
        run.next()
    assert no_password.value.problems == ["password-required"]
    assert run.skip_key() == GATEWAY and run.answers.key_path is None


def test_a_language_that_does_not_ship_is_refused() -> None:
    run = FirstRun(Answers(language="de"))
    with pytest.raises(StepError):
        run.next()


@pytest.fixture
def service(workspace: Workspace) -> FirstRunService:
    drafts = DraftService(workspace)
    checking = CheckingService(workspace)
    return FirstRunService(
        drafts, checking, SigningService(workspace, checking), ProfileService(workspace)
    )


def test_applying_makes_the_workspace_the_answers(
    service: FirstRunService, workspace: Workspace, tmp_path: Path
) -> None:
    assert service.needed() == (not workspace.shared)  # a team's desks are not asked
    key = tmp_path / "ahmetova.p12"
    key.write_bytes(
        TestAuthority.create().issue_pkcs12(PASSWORD, "АХМЕТОВА АЙГҮЛ", "900215400123", GOOD_BIN)
    )
    answers = Answers(
        language="kk",
        company_name="ТОО  «Алатау Трейд»",
        company_bin=GOOD_BIN,
        key_path=key,
        key_password=PASSWORD,
    )
    service.apply(answers)
    drafts = DraftService(workspace)
    assert [(c.name, c.id_number) for c in drafts.clients()] == [("ТОО «Алатау Трейд»", GOOD_BIN)]
    assert workspace.settings.get("ui.language") == "kk"
    assert not service.needed()
    signing = SigningService(workspace, CheckingService(workspace))
    assert [key.info.owner for key in signing.keys()] == ["АХМЕТОВА АЙГҮЛ"]  # noqa: SIM118
    service.apply(answers)  # a re-run does not add the company twice
    assert len(drafts.clients()) == 1


def test_a_representative_becomes_our_company_and_skipping_is_remembered(
    service: FirstRunService, workspace: Workspace
) -> None:
    service.apply(
        Answers(
            role=REPRESENTATIVE,
            company_name="ТОО «Брокер»",
            company_bin=GOOD_BIN,
            register_entry="0123/2",
        )
    )
    again = service.answers()
    assert (again.role, again.company_name, again.register_entry) == (
        REPRESENTATIVE,
        "ТОО «Брокер»",
        "0123/2",
    )
    assert DraftService(workspace).clients() == []  # its clients come later
    status = service.reference()
    assert status.rates == 0 and status.latest_rate is None and status.tariff_version


def test_skipping_is_remembered(service: FirstRunService, workspace: Workspace) -> None:
    service.skip()
    assert not service.needed()
