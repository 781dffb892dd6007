"""A complete declaration that passes every rule, and the context it is checked in."""

from __future__ import annotations

import datetime as dt

import pytest

from kedendesk.domain.checks import check
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import Declaration
from kedendesk.domain.payments import apply_calculation
from kedendesk.domain.rates import RateTable
from kedendesk.services.demo import practice_declaration, practice_rates

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def context() -> Context:
    return Context.practice(RateTable(practice_rates(DAY)), today=DAY)


@pytest.fixture
def clean(context: Context) -> Declaration:
    declaration = practice_declaration("KD-2026-000001", DAY)
    apply_calculation(declaration, check(declaration, context).calculation)
    return declaration
