"""Each rule: the complete declaration passes it, and a change a user could make fails it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from kedendesk.domain.checks import RULES, Severity, check, rule
from kedendesk.domain.checks.catalogue import markdown
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import CustomsRepresentative, Declaration, Document
from kedendesk.domain.rates import ExchangeRate, RateTable
from kedendesk.domain.tariff import official_tariff, payment_rates
from kedendesk.services.demo import practice_rates

from .conftest import DAY

ROOT = Path(__file__).resolve().parents[3]
Mutation = Callable[[Declaration], None]


def _set(path: str, value: object) -> Mutation:
    def mutate(d: Declaration) -> None:
        *parents, last = path.split(".")
        target: object = d
        for part in parents:
            target = target[int(part)] if part.isdigit() else getattr(target, part)  # type: ignore[index]
        setattr(target, last, value)

    return mutate


def _usd_specific(d: Declaration) -> None:
    d.items[1].payments[0].rate_currency = "USD"


def _developing_preference(origin: str) -> Mutation:
    def mutate(d: Declaration) -> None:
        d.items[0].preference = "ОО ГГ - ОО"  # type: ignore[assignment]
        d.items[0].origin_country = origin
        d.items[0].documents.append(Document(type_code="06013", number="A-1"))

    return mutate


def _no_freight(d: Declaration) -> None:
    for item in d.items:
        item.freight_cost = None


def _no_fee(d: Declaration) -> None:
    d.items[0].payments = [p for p in d.items[0].payments if p.type_code != "1010"]


def _representative(d: Declaration) -> None:
    d.representative = CustomsRepresentative(
        name="ТОО «Кеден Брокер»", bin="990140004654", register_entry="0001/2026"
    )


def _no_phytosanitary(d: Declaration) -> None:
    d.items[1].documents = [doc for doc in d.items[1].documents if doc.type_code != "01207"]


def _heavier_net(d: Declaration) -> None:
    d.items[0].net_mass_kg = Decimal(str(d.items[0].gross_mass_kg)) + 1


def _more_value(d: Declaration) -> None:
    d.items[0].customs_value = Decimal(str(d.items[0].customs_value)) + 100


CASES: dict[str, list[tuple[str, Mutation]]] = {
    "R01": [
        ("export direction for procedure 40", _set("direction", "ЭК")),
        ("unknown procedure", _set("procedure", "41")),
    ],
    "R02": [
        ("8 digits", _set("items.0.commodity_code", "84713000")),
        ("not in the tariff", _set("items.0.commodity_code", "8471309999")),
    ],
    "R03": [
        ("unknown origin", _set("items.1.origin_country", "XX")),
        ("import not to KZ", _set("destination_country", "RU")),
    ],
    "R04": [
        ("zero rate", _set("exchange_rate", "0")),
        ("five decimals", _set("exchange_rate", "512.34001")),
        ("unknown currency", _set("invoice_currency", "XYZ")),
    ],
    "R05": [("no named place", _set("delivery_place", ""))],
    "R06": [("unknown mode", _set("border_transport_mode", "11"))],
    "R07": [
        ("no number", _set("items.0.documents.0.number", "")),
        ("expired permit", _set("items.0.documents.3.valid_to", DAY - dt.timedelta(days=1))),
    ],
    "R08": [
        ("method 7", _set("items.0.valuation_method", "7")),
        ("box 37 differs", _set("items.0.procedure", "53")),
    ],
    "R09": [
        ("wrong check digit", _set("declarant.id_number", "940140000386")),
        ("no declarant id", _set("declarant.id_number", "")),
    ],
    "R10": [
        ("long line", _set("items.0.description", "x" * 251)),
        ("negative packages", _set("items.0.packages_count", "-3")),
    ],
    "R11": [("box 5", _set("total_items", 5)), ("numbering", _set("items.1.number", 7))],
    "R12": [("box 6", _set("total_packages", 1))],
    "R13": [("net above gross", _heavier_net), ("no gross", _set("items.0.gross_mass_kg", None))],
    "R14": [
        ("box 22 total", _set("invoice_total", "1.00")),
        ("no price", _set("items.2.price", None)),
    ],
    "R15": [("box 12", _set("total_customs_value", "1.00"))],
    "R16": [("box 45 off", _more_value)],
    "R16W": [("FCA without freight", _no_freight)],
    "R17": [("box 46 off", _set("items.0.statistical_value", "1.00"))],
    "R18": [
        ("VAT amount off", _set("items.0.payments.2.amount", "1.00")),
        ("VAT base off", _set("items.0.payments.2.base", "1.00")),
        ("specific duty at another currency's rate", _set("items.1.payments.0.amount", "410000")),
        ("unknown payment feature", _set("items.0.payments.2.feature", "ЯЯ")),
    ],
    "R18C": [("specific rate in USD where the tariff says EUR", _usd_specific)],
    "R18F": [("no customs fee", _no_fee)],
    "R18B": [("box B off", _set("payment_totals.0.amount", "1"))],
    "R19": [
        ("duty preference without origin certificate", _set("items.0.preference", "ОО ГГ - ОО")),
        ("«ГГ» for goods of a country not on the list", _developing_preference("CN")),
        ("not four codes", _set("items.0.preference", "ОО")),
        ("a VAT code as the duty code", _set("items.0.preference", "ОО ОО - ГГ")),
    ],
    "R19U": [("a code the pack does not know", _set("items.0.preference", "ОО ЖЖ - ОО"))],
    "R20": [
        ("wrong unit", _set("items.0.supplementary_unit", "166")),
        ("no quantity", _set("items.0.supplementary_quantity", None)),
    ],
    "R21": [
        (
            "invoice after the declaration",
            _set("items.0.documents.1.date", DAY + dt.timedelta(days=3)),
        )
    ],
    "R21W": [
        ("contract after invoice", _set("items.0.documents.0.date", DAY - dt.timedelta(days=1)))
    ],
    "R22": [
        ("box 54 empty", _set("filled_by.name", "")),
        ("consignee both same and filled", _set("consignee.name", "ТОО «Другой»")),
    ],
    "R22C": [("representative without contract", _representative)],
    "R23": [("apples without phytosanitary certificate", _no_phytosanitary)],
    "P01": [("no rate for the currency", _set("invoice_currency", "GBP"))],
    "P02": [("box 23 not the official rate", _set("exchange_rate", "500"))],
    "P03": [("specific duty without net mass", _set("items.1.net_mass_kg", None))],
    "P04": [("no USD rate on the date", _set("filled_by.date", DAY - dt.timedelta(days=400)))],
    "P05": [("duty line not as calculated", _set("items.0.payments.1.amount", "5.00"))],
    "R24": [
        ("a NUL byte in a name", _set("consignor.name", "Shenzhen\x00Trading")),
        ("a broken character from a file", _set("items.0.description", "Лампа \ud800")),
        ("a megabyte in one box", _set("delivery_place", "А" * 1_000_000)),
    ],
}
# Rules that only a context (the workspace's rates) can make fire.
CONTEXT_CASES = {"P06", "P07"}


def test_the_complete_declaration_passes_every_rule(clean: Declaration, context: Context) -> None:
    result = check(clean, context)
    assert result.findings == ()
    assert result.errors == 0


def test_every_rule_has_a_failing_case() -> None:
    assert set(CASES) | CONTEXT_CASES == {r.id for r in RULES}


def test_payments_too_large_to_calculate_are_a_finding_not_a_crash(clean: Declaration) -> None:
    """P06: a rate of 10^14 KZT per unit times a price of 10^14 outgrows Decimal's precision;
    the item says so instead of the check raising."""
    rates = RateTable(
        [ExchangeRate(c, DAY, Decimal("99999999999999"), "typed") for c in ("USD", "EUR", "CNY")]
    )
    context = Context.practice(rates, today=DAY)
    clean.items[0].price = Decimal("99999999999999")
    findings = [f for f in check(clean, context).findings if f.rule == "P06"]
    assert [(f.item, f.box, f.code) for f in findings] == [(1, "42", "calculation-out-of-range")]


@pytest.mark.parametrize(
    ("rule_id", "mutation"),
    [pytest.param(r, m, id=f"{r}-{name}") for r, cases in CASES.items() for name, m in cases],
)
def test_a_rule_fails_on_a_wrong_value(
    clean: Declaration, context: Context, rule_id: str, mutation: Mutation
) -> None:
    mutation(clean)
    findings = [f for f in check(clean, context).findings if f.rule == rule_id]
    assert findings, f"{rule_id} did not fire"
    for finding in findings:
        assert finding.severity is rule(rule_id).severity
        assert finding.code in rule(rule_id).codes
        assert finding.box
        assert all(isinstance(v, str) for _, v in finding.params)


def test_a_finding_points_at_the_item_and_field(clean: Declaration, context: Context) -> None:
    clean.items[1].net_mass_kg = Decimal("99999")
    (finding,) = [f for f in check(clean, context).findings if f.rule == "R13"]
    assert (finding.item, finding.box, finding.field) == (2, "38", "net_mass_kg")
    assert finding.code == "net-above-gross"
    assert finding.param("net") == "99999"


def test_a_wrong_bin_says_why(clean: Declaration, context: Context) -> None:
    clean.declarant.id_number = "940140000386"
    (finding,) = check(clean, context).findings
    assert finding.to_json() == {
        "rule": "R09",
        "severity": "error",
        "box": "14",
        "item": None,
        "field": "declarant.id_number",
        "code": "id-invalid",
        "params": {"value": "940140000386", "problem": "check-digit"},
    }


def test_a_typed_value_that_is_not_a_number_is_a_finding(
    clean: Declaration, context: Context
) -> None:
    clean.items[0].gross_mass_kg = "двести"
    finding = next(f for f in check(clean, context).findings if f.field == "gross_mass_kg")
    assert (finding.code, finding.param("value")) == ("not-a-number", "двести")


def test_warnings_do_not_count_as_errors(clean: Declaration, context: Context) -> None:
    clean.items[0].documents[0].date = DAY - dt.timedelta(days=1)  # contract after invoice
    result = check(clean, context)
    assert result.errors == 0 and result.warnings == 1
    assert result.findings[0].severity is Severity.WARNING
    assert result.findings[0].rule == "R21W"


def test_the_rule_catalogue_in_docs_is_in_step_with_the_rules() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == markdown(), "run: python -m kedendesk.domain.checks.catalogue > docs/rules.md"


def test_a_conditionally_accrued_duty_stays_out_of_the_vat_base_and_box_b(
    clean: Declaration, context: Context
) -> None:
    """УН: the duty is accrued on condition and not paid: the VAT base is the customs value
    alone and box B leaves the duty out. On today's code this drew a false R18."""
    item = clean.items[1]
    duty, vat = item.payments
    duty.feature = "УН"
    vat.base = item.customs_value
    vat.amount = (item.customs_value * Decimal("0.16")).quantize(Decimal("0.01"))  # type: ignore[operator]
    paid = {t.type_code: t for t in clean.payment_totals}
    paid["2010"].amount -= duty.amount  # type: ignore[operator]
    paid["5060"].amount -= Decimal("518850.36") - vat.amount  # type: ignore[operator]
    findings = {f.rule for f in check(clean, context).findings}
    assert not findings & {"R18", "R18B"}, findings


def test_a_line_with_another_feature_counts_in_box_b(clean: Declaration, context: Context) -> None:
    clean.items[1].payments[0].feature = "УМ"
    assert not [f for f in check(clean, context).findings if f.rule in ("R18", "R18B")]


def test_an_export_on_fca_adds_no_transport_costs(clean: Declaration, context: Context) -> None:
    clean.direction = "ЭК"
    clean.procedure = "10"
    for item in clean.items:
        item.freight_cost = None
    assert not [f for f in check(clean, context).findings if f.rule == "R16W"]
    clean.direction = "ИМ"
    assert [f for f in check(clean, context).findings if f.rule == "R16W"]


def test_a_rate_the_calculation_cannot_take_asks_the_user(clean: Declaration) -> None:
    """ЕТТ 8703 23 110 0: "15, либо 12,5, но не менее …, в зависимости от того, какая … ниже"."""
    context = Context(official_tariff(), payment_rates(), RateTable(practice_rates(DAY)), DAY)
    clean.items[0].commodity_code = "8703231100"
    findings = [f for f in check(clean, context).findings if f.rule == "P07"]
    assert [(f.item, f.code, f.severity) for f in findings] == [
        (1, "duty-rate-manual", Severity.WARNING)
    ]


@pytest.mark.parametrize(
    ("origin", "day", "flagged"),
    [
        ("IN", DAY, False),  # India: on the developing list
        ("BD", DAY, True),  # Bangladesh is least-developed: «ДД», not «ГГ»
        ("DE", DAY, True),
        ("CN", DAY, True),  # left out by the revision applied from 12.10.2021
        ("CN", dt.date(2019, 6, 3), False),  # a 2019 declaration: China was on the list
    ],
)
def test_gg_is_checked_against_the_developing_list_of_its_date(
    clean: Declaration, origin: str, day: dt.date, flagged: bool
) -> None:
    rates = RateTable(
        ExchangeRate(c, day, Decimal(r), "test")
        for c, r in (("USD", "512.34"), ("EUR", "590.10"), ("CNY", "71.05"))
    )
    context = Context.practice(rates, today=day)
    clean.filled_by.date = day
    clean.items[0].preference = "ОО ГГ - ОО"  # type: ignore[assignment]
    clean.items[0].origin_country = origin
    clean.items[0].documents.append(Document(type_code="06013", number="A-1"))
    findings = [f for f in check(clean, context).findings if f.code == "preference-origin"]
    assert bool(findings) is flagged


def test_a_code_not_in_the_tariff_names_the_nearest_ones(clean: Declaration) -> None:
    """ЕТТ 8471 30 000 0 exists; 8471 30 000 1 does not: the finding says what 8471 30 has."""
    context = Context(official_tariff(), payment_rates(), RateTable(practice_rates(DAY)), DAY)
    clean.items[0].commodity_code = "8471300001"
    (finding,) = [f for f in check(clean, context).findings if f.box == "33"]
    assert finding.code == "commodity-code-unknown-near"
    assert (finding.param("prefix"), finding.param("nearest")) == ("84713000", "8471300000")
