"""Customs value by method 1, import duty, excise, VAT and the customs fee (reference, §5).

Each amount is rounded where the reference says (box 45 and 46 to cents, each payment line to
the KZT step), then summed. What cannot be calculated is an `Issue`, never a guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from kedendesk.domain.context import Context, declaration_date
from kedendesk.domain.declaration import Declaration, GoodsItem
from kedendesk.domain.lenient import as_decimal
from kedendesk.domain.payments.lines import (
    Amount,
    CalculatedLine,
    Calculation,
    Explanation,
    Issue,
    ItemCalculation,
)
from kedendesk.domain.preferences import effect
from kedendesk.domain.rates import ExchangeRate
from kedendesk.domain.tariff import VAT_TREATMENTS, Rate, TariffLine

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
OUT_OF_RANGE = "calculation-out-of-range"
FEE, DUTY, EXCISE, VAT = "1010", "2010", "4010", "5060"
DUTIABLE_PROCEDURES = frozenset({"40"})  # release for domestic consumption
_MASS_UNITS = {"166": Decimal(1), "168": Decimal("0.001"), "163": Decimal(1000)}
ENGINE_CM3 = "111"  # a rate per cm³ of engine volume (ЕТТ 8702, 8703)

# Input names of each formula's explanation (see Explanation).
FEE_INPUTS = ("amount",)
DECLARED_INPUTS = ("method",)
METHOD_1_INPUTS = ("price", "currency", "additions", "deductions", "rate", "result")
STATISTICAL_INPUTS = ("customs_value", "rate", "result")
PREFERENCE_INPUTS = ("base",)
AD_VALOREM_INPUTS = ("base", "rate_text", "percent", "result")
SPECIFIC_INPUTS = (
    "base",
    "rate_text",
    "quantity",
    "unit",
    "specific_rate",
    "currency",
    "exchange_rate",
    "result",
)
COMBINED_INPUTS = (*SPECIFIC_INPUTS[:-1], "percent", "ad_valorem", "specific", "result")
VAT_INPUTS = ("customs_value", "duty", "excise", "base", "treatment", "percent", "result")


def round_to(value: Decimal, step: Decimal) -> Decimal:
    return value.quantize(step, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Basis:
    """What every item's calculation shares: the date, the rates in force, the fee."""

    date: dt.date
    invoice_currency: str
    invoice_rate: ExchangeRate | None
    usd_rate: ExchangeRate | None
    dutiable: bool
    fee: CalculatedLine | None
    issues: tuple[Issue, ...]
    context: Context
    vat_percents: dict[str, Decimal | None] = field(default_factory=dict)
    _rates: dict[str, ExchangeRate | None] = field(default_factory=dict)

    def rate(self, currency: str) -> ExchangeRate | None:
        """The rate in force on the declaration date, looked up once per check."""
        if currency not in self._rates:
            self._rates[currency] = self.context.rates.rate_on(currency, self.date)
        return self._rates[currency]


def basis(declaration: Declaration, context: Context) -> Basis:
    day = declaration_date(declaration, context.today)
    issues: list[Issue] = []
    currency = declaration.invoice_currency.strip().upper()
    invoice_rate = context.rates.rate_on(currency, day) if currency else None
    if currency and invoice_rate is None:
        issues.append(_rate_missing("22", "invoice_currency", currency, day.isoformat()))
    usd_rate = context.rates.rate_on("USD", day)
    if usd_rate is None and declaration.items:
        issues.append(_rate_missing("46", "items", "USD", day.isoformat(), code="usd-rate-missing"))
    fee_amount = context.payment_rates.customs_fee_on(day)
    fee = None
    if fee_amount is None:
        issues.append(
            Issue("pack-rate-missing", "47", "items", (("what", FEE), ("date", day.isoformat())))
        )
    elif declaration.items:
        fee = CalculatedLine(
            FEE,
            fee_amount,
            fee_amount,
            "S",
            round_to(fee_amount, context.kzt_step),
            Explanation("fee.fixed", FEE_INPUTS, (fee_amount,), (), context.sources[1:]),
        )
    return Basis(
        date=day,
        invoice_currency=currency,
        invoice_rate=invoice_rate,
        usd_rate=usd_rate,
        dutiable=declaration.procedure.strip() in DUTIABLE_PROCEDURES,
        fee=fee,
        issues=tuple(issues),
        context=context,
        vat_percents={t: context.payment_rates.vat_percent(t, day) for t in VAT_TREATMENTS},
    )


def _rate_missing(
    box: str, field: str, currency: str, day: str, code: str = "exchange-rate-missing"
) -> Issue:
    return Issue(code, box, field, (("currency", currency), ("date", day)))


def calculate(declaration: Declaration, context: Context) -> Calculation:
    shared = basis(declaration, context)
    items = tuple(calculate_item(item, shared) for item in declaration.items)
    return assemble(items, shared)


def assemble(
    items: tuple[ItemCalculation, ...], shared: Basis, paid: Mapping[str, Decimal] | None = None
) -> Calculation:
    """The whole calculation: box B is the customs fee plus the items' paid lines by type
    (`paid` when the caller already keeps that sum, as the incremental check does)."""
    if paid is None:
        summed: dict[str, Decimal] = {}
        for item in items:
            for code, amount in item.paid.items():
                summed[code] = summed.get(code, Decimal(0)) + amount
        paid = summed
    totals: dict[str, Decimal] = {FEE: shared.fee.amount} if shared.fee is not None else {}
    for code, amount in paid.items():
        totals[code] = totals.get(code, Decimal(0)) + amount
    # Shown to the tiyn whatever the order of sums: a running total that took an item out
    # again would otherwise print "0.00" where a fresh sum of zero-rated lines prints "0".
    box_b = {c: totals[c].quantize(CENT) for c in sorted(totals)}
    return Calculation(items, shared.fee, box_b, shared.issues)


def _share(item: GoodsItem, element: str) -> Decimal | None:
    """The share of the base rate box 36 grants for an element: 0.75 for «ГГ», 0 for an
    exemption, None for the full rate («ОО», «-», or a code the pack does not know: the check
    warns about that one, the calculation never exempts on a guess)."""
    preference = item.preference
    found = effect(element, getattr(preference, element))
    return found.share if found.kind == "share" else None


def _scaled(rate: Rate, share: Decimal) -> Rate:
    """A rate reduced to a share of itself (both parts of a combined rate)."""
    percent = rate.percent * share if rate.percent is not None else None
    specific = rate.specific * share if rate.specific is not None else None
    return Rate(percent, specific, rate.currency, rate.unit, rate.additive)


def calculate_item(item: GoodsItem, shared: Basis) -> ItemCalculation:
    """Box 45–47 of one item. Values are bounded where they are read (domain.lenient), but a
    product of bounded values can still outgrow Decimal's precision (a huge quantity at a huge
    specific rate): then the item says so, and nothing raises out of the check."""
    try:
        return _calculate_item(item, shared)
    except ArithmeticError:
        issue = Issue(OUT_OF_RANGE, "42", "price")
        return ItemCalculation.of(None, None, (), (issue,))


def _calculate_item(item: GoodsItem, shared: Basis) -> ItemCalculation:
    context = shared.context
    issues: list[Issue] = []
    customs_value = _customs_value(item, shared)
    statistical = _statistical_value(customs_value, shared)
    lines: list[CalculatedLine] = []
    tariff_line = context.tariff.get(item.commodity_code.strip())
    if shared.dutiable and customs_value is not None and tariff_line is not None:
        lines = _payments(item, tariff_line, customs_value.value, shared, issues)
    return ItemCalculation.of(customs_value, statistical, tuple(lines), tuple(issues))


def _payments(
    item: GoodsItem, tariff_line: TariffLine, cv: Decimal, shared: Basis, issues: list[Issue]
) -> list[CalculatedLine]:
    """Duty, excise and VAT; nothing on a partial base when a part cannot be calculated."""
    if tariff_line.manual:
        issues.append(
            Issue("duty-rate-manual", "47", "payments", (("rate", tariff_line.published),))
        )
        return []
    duty = _preferred_line(DUTY, tariff_line.duty, cv, item, shared, issues, "duty")
    if duty is None:
        return []
    lines = [duty]
    excise = None
    if tariff_line.excise is not None:
        excise_base = cv + duty.amount
        excise = _preferred_line(
            EXCISE, tariff_line.excise, excise_base, item, shared, issues, "excise"
        )
        if excise is None:
            return lines
        lines.append(excise)
    vat = _vat_line(tariff_line, cv, duty, excise, shared, issues, _share(item, "vat") == 0)
    if vat is not None:
        lines.append(vat)
    return lines


def _preferred_line(
    type_code: str,
    rate: Rate,
    base: Decimal,
    item: GoodsItem,
    shared: Basis,
    issues: list[Issue],
    element: str,
) -> CalculatedLine | None:
    """Duty or excise at the rate box 36 leaves: exempt, a share of the rate, or all of it."""
    share = _share(item, element)
    if share == 0:
        return _rate_line(type_code, rate, base, item, shared, issues, exempt=True)
    if share is not None:
        rate = _scaled(rate, share)
    return _rate_line(type_code, rate, base, item, shared, issues, exempt=False)


def _customs_value(item: GoodsItem, shared: Basis) -> Amount | None:
    """Box 45: method 1 from the price; other methods take the declared value."""
    method = item.valuation_method.strip()
    if method not in ("", "1"):
        declared = as_decimal(item.customs_value)
        if declared is None:
            return None
        explanation = Explanation("customs-value.declared", DECLARED_INPUTS, (method,))
        return Amount(declared, explanation)
    price = as_decimal(item.price)
    rate = shared.invoice_rate
    if price is None or rate is None:
        return None
    additions = Decimal(0)
    for value in (item.freight_cost, item.insurance_cost, item.other_additions):
        if isinstance(value, Decimal):
            additions += value
    deductions = as_decimal(item.deductions) or Decimal(0)
    price = round_to(price, CENT)
    value = round_to((price + additions - deductions) * rate.rate, CENT)
    explanation = Explanation(
        "customs-value.method-1",
        METHOD_1_INPUTS,
        (price, shared.invoice_currency, additions, deductions, rate.rate, value),
        (rate,),
    )
    return Amount(value, explanation)


def _statistical_value(customs_value: Amount | None, shared: Basis) -> Amount | None:
    if customs_value is None or shared.usd_rate is None:
        return None
    value = round_to(customs_value.value / shared.usd_rate.rate, CENT)
    explanation = Explanation(
        "statistical-value",
        STATISTICAL_INPUTS,
        (customs_value.value, shared.usd_rate.rate, value),
        (shared.usd_rate,),
    )
    return Amount(value, explanation)


def _quantity(item: GoodsItem, unit: str, issues: list[Issue]) -> tuple[Decimal, str] | None:
    """The goods quantity in a specific rate's unit, and the box it came from."""
    if unit in _MASS_UNITS:
        net = as_decimal(item.net_mass_kg)
        if net is not None and net > 0:
            return net * _MASS_UNITS[unit], "net_mass_kg"
        issues.append(Issue("duty-quantity-missing", "38", "net_mass_kg", (("unit", unit),)))
        return None
    quantity = as_decimal(item.supplementary_quantity)
    if quantity is not None and item.supplementary_unit.strip() == unit:
        return quantity, "supplementary_quantity"
    if unit == ENGINE_CM3:
        engines = _engine_volume(item)
        if engines is not None:
            return engines, "goods_lines"
    in_lines = _lines_quantity(item, unit)
    if in_lines is not None:  # spirits: box 41 in litres of alcohol, the rate per litre
        return in_lines, "goods_lines"
    issues.append(Issue("duty-quantity-missing", "41", "supplementary_quantity", (("unit", unit),)))
    return None


def _rate_line(
    type_code: str,
    rate: Rate,
    base: Decimal,
    item: GoodsItem,
    shared: Basis,
    issues: list[Issue],
    exempt: bool,
) -> CalculatedLine | None:
    """Duty or excise: ad valorem, specific, or combined taking the larger."""
    context = shared.context
    step = context.kzt_step
    sources = context.sources[:1]
    kind = "duty" if type_code == DUTY else "excise"
    if exempt:
        explanation = Explanation(f"{kind}.preference", PREFERENCE_INPUTS, (base,), (), sources)
        return CalculatedLine(type_code, base, Decimal(0), "%", Decimal(0), explanation)
    ad_valorem = None
    if rate.percent is not None:
        ad_valorem = base * rate.percent / HUNDRED
    specific = None
    quantity: tuple[Decimal, str] | None = None
    rates_used: tuple[ExchangeRate, ...] = ()
    if rate.specific is not None:
        quantity = _quantity(item, rate.unit, issues)
        currency_rate = shared.rate(rate.currency)
        if currency_rate is None:
            issues.append(_rate_missing("47", "payments", rate.currency, shared.date.isoformat()))
        elif quantity is not None:
            specific = quantity[0] * rate.specific * currency_rate.rate
            rates_used = (currency_rate,)
        if specific is None:
            return None  # the missing quantity or rate is an issue; no partial amount
    if rate.kind in ("additive", "combined"):
        assert ad_valorem is not None and specific is not None and quantity is not None
        both = ad_valorem + specific if rate.kind == "additive" else max(ad_valorem, specific)
        amount = round_to(both, step)
        args = (
            base,
            rate,
            *_specific_args(quantity, rate, rates_used),
            rate.percent,
            round_to(ad_valorem, step),
            round_to(specific, step),
            amount,
        )
        formula = f"{kind}.{rate.kind}"
        explanation = Explanation(formula, COMBINED_INPUTS, args, rates_used, sources)
        if rate.kind == "additive":
            percent = rate.percent or Decimal(0)
            return CalculatedLine(type_code, base, percent, "%+*", amount, explanation)
        if ad_valorem >= specific:
            return CalculatedLine(
                type_code, base, rate.percent or Decimal(0), "%", amount, explanation
            )
        return CalculatedLine(
            type_code,
            quantity[0],
            rate.specific or Decimal(0),
            "*",
            amount,
            explanation,
            currency=rate.currency,
            unit=rate.unit,
        )
    if specific is not None and quantity is not None:
        amount = round_to(specific, step)
        args = (base, rate, *_specific_args(quantity, rate, rates_used), amount)
        explanation = Explanation(f"{kind}.specific", SPECIFIC_INPUTS, args, rates_used, sources)
        return CalculatedLine(
            type_code,
            quantity[0],
            rate.specific or Decimal(0),
            "*",
            amount,
            explanation,
            currency=rate.currency,
            unit=rate.unit,
        )
    percent = rate.percent or Decimal(0)
    amount = round_to(ad_valorem or Decimal(0), step)
    explanation = Explanation(
        f"{kind}.ad-valorem", AD_VALOREM_INPUTS, (base, rate, percent, amount), (), sources
    )
    return CalculatedLine(type_code, base, percent, "%", amount, explanation)


def _lines_quantity(item: GoodsItem, unit: str) -> Decimal | None:
    """The quantity of an item's goods lines in a unit, when every line states it so."""
    total = Decimal(0)
    for line in item.goods_lines:
        quantity = as_decimal(line.quantity)
        if line.unit.strip() != unit or quantity is None or quantity < 0:
            return None
        total += quantity
    return total if item.goods_lines else None


def _engine_volume(item: GoodsItem) -> Decimal | None:
    """The engine volume of an item's vehicles (goods lines), for a rate per cm³."""
    total = Decimal(0)
    for line in item.goods_lines:
        volume = as_decimal(line.engine_cm3)
        if volume is None or volume <= 0:
            return None
        total += volume * (as_decimal(line.quantity) or Decimal(1))
    return total if total > 0 else None


def _specific_args(
    quantity: tuple[Decimal, str], rate: Rate, rates_used: tuple[ExchangeRate, ...]
) -> tuple[object, ...]:
    exchange = rates_used[0].rate if rates_used else ""
    return (quantity[0], rate.unit, rate.specific, rate.currency, exchange)


def _vat_line(
    tariff_line: TariffLine,
    customs_value: Decimal,
    duty: CalculatedLine | None,
    excise: CalculatedLine | None,
    shared: Basis,
    issues: list[Issue],
    exempt: bool,
) -> CalculatedLine | None:
    context = shared.context
    treatment = "exempt" if exempt else tariff_line.vat
    percent = shared.vat_percents.get(treatment)
    if percent is None:
        issues.append(
            Issue(
                "pack-rate-missing",
                "47",
                "payments",
                (("what", VAT), ("date", shared.date.isoformat())),
            )
        )
        return None
    duty_amount = duty.amount if duty else Decimal(0)
    excise_amount = excise.amount if excise else Decimal(0)
    base = customs_value + duty_amount + excise_amount
    amount = round_to(base * percent / HUNDRED, context.kzt_step)
    explanation = Explanation(
        "vat",
        VAT_INPUTS,
        (customs_value, duty_amount, excise_amount, base, treatment, percent, amount),
        (),
        context.sources[1:],
    )
    return CalculatedLine(VAT, base, percent, "%", amount, explanation)
