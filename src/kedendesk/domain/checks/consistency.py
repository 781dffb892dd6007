"""Rules 11–23 of the reference (§4): consistency between boxes, items and totals."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from decimal import Decimal

from kedendesk.domain.checks.facts import Facts, Totals
from kedendesk.domain.checks.findings import Hit, Rule, Severity, hit
from kedendesk.domain.declaration import Declaration, Document, GoodsItem, PaymentLine
from kedendesk.domain.lenient import as_decimal, number_problem
from kedendesk.domain.payments.calculate import CENT, HUNDRED, round_to
from kedendesk.domain.payments.features import in_vat_base
from kedendesk.domain.preferences import effect, origin_listed
from kedendesk.domain.reference import code_list
from kedendesk.domain.tariff import TariffLine

ERROR, WARNING = Severity.ERROR, Severity.WARNING
TOLERANCE = CENT
BUYER_PAYS_FREIGHT = frozenset({"EXW", "FCA", "FAS", "FOB"})
DUTY_TYPES = frozenset({"2010", "2040", "2050", "2060"})
EXCISE, VAT = "4010", "5060"
VAT_TYPES = frozenset({VAT, "5010"})
DUTY_OR_EXCISE = DUTY_TYPES | {EXCISE}
ORIGIN_CERTIFICATE_PREFIX = "06"
PREFERENCE_DOCUMENTS = frozenset({"07011", "07012", "10022", "09999"})
CONTRACT, INVOICE = "03011", "04021"
IMPORT = "ИМ"
TRANSPORT_DOCUMENTS = frozenset({"02011", "02013", "02015", "02017"})


def _money(value: Decimal) -> str:
    return str(round_to(value, CENT))


def numbering(d: Declaration, facts: Facts) -> Iterator[Hit]:
    declared = d.total_items
    if declared != len(d.items):
        yield hit(
            "5",
            "total_items",
            "total-items-mismatch",
            declared=declared or "",
            counted=len(d.items),
        )


def item_number(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    if item.number != index + 1:
        yield hit("32", "number", "item-number", declared=item.number or "", expected=index + 1)


def total_packages(d: Declaration, totals: Totals, facts: Facts) -> Iterator[Hit]:
    declared = d.total_packages
    if totals.packages_stated and isinstance(declared, int) and declared != totals.packages:
        yield hit(
            "6",
            "total_packages",
            "total-packages-mismatch",
            declared=declared,
            counted=totals.packages,
        )


def masses(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    values = {}
    for box, name in (("35", "gross_mass_kg"), ("38", "net_mass_kg")):
        raw = getattr(item, name)
        if raw is None:
            yield hit(box, name, "required")
        elif as_decimal(raw) is None:
            yield hit(box, name, number_problem(raw), value=raw)
        values[name] = as_decimal(raw)
    gross, net = values["gross_mass_kg"], values["net_mass_kg"]
    if net is not None and net <= 0:
        yield hit("38", "net_mass_kg", "mass-not-positive", value=net)
    elif net is not None and gross is not None and net > gross:
        yield hit("38", "net_mass_kg", "net-above-gross", net=net, gross=gross)


def item_price(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    if item.price is None:
        yield hit("42", "price", "required")
    elif as_decimal(item.price) is None:
        yield hit("42", "price", number_problem(item.price), value=item.price)
    elif item.price < 0:  # type: ignore[operator]
        yield hit("42", "price", "not-positive", value=item.price)


def invoice_total(d: Declaration, totals: Totals, facts: Facts) -> Iterator[Hit]:
    declared = as_decimal(d.invoice_total)
    if isinstance(d.invoice_total, str):  # whatever the items say: this is not a number
        yield hit("22", "invoice_total", number_problem(d.invoice_total), value=d.invoice_total)
        return
    if not totals.prices_stated:
        return
    if declared is None:
        yield hit("22", "invoice_total", "required")
    elif abs(declared - totals.price) > TOLERANCE:
        yield hit(
            "22",
            "invoice_total",
            "invoice-total-mismatch",
            declared=declared,
            computed=_money(totals.price),
        )


def item_customs_value(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    raw = item.customs_value
    if raw is None:
        yield hit("45", "customs_value", "required")
    elif as_decimal(raw) is None:
        yield hit("45", "customs_value", number_problem(raw), value=raw)


def total_customs_value(d: Declaration, totals: Totals, facts: Facts) -> Iterator[Hit]:
    if d.total_customs_value is None:
        if totals.items:
            yield hit("12", "total_customs_value", "required")
        return
    declared = as_decimal(d.total_customs_value)
    if declared is None:
        yield hit(
            "12",
            "total_customs_value",
            number_problem(d.total_customs_value),
            value=d.total_customs_value,
        )
    elif abs(declared - totals.customs_value) > TOLERANCE:
        yield hit(
            "12",
            "total_customs_value",
            "total-customs-value-mismatch",
            declared=declared,
            computed=_money(totals.customs_value),
        )


ADJUSTMENTS = (
    ("freight_cost", 1),
    ("insurance_cost", 1),
    ("other_additions", 1),
    ("deductions", -1),
)


def method_one_value(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    """Box 45 against box 42 × box 23 plus additions, for the transaction-value method."""
    adjustments = Decimal(0)
    unusable = False
    for name, sign in ADJUSTMENTS:
        raw = getattr(item, name)
        if isinstance(raw, str):
            yield hit("45", name, number_problem(raw), value=raw)
            unusable = True
        elif raw is not None:
            adjustments += sign * raw
    if unusable:
        return
    price, rate, declared = item.price, d.exchange_rate, item.customs_value
    if (
        item.valuation_method.strip() != "1"
        or not isinstance(price, Decimal)
        or not isinstance(rate, Decimal)
        or not isinstance(declared, Decimal)
    ):
        return
    computed = round_to((round_to(price, CENT) + adjustments) * rate, CENT)
    if abs(declared - computed) > TOLERANCE:
        yield hit(
            "45", "customs_value", "customs-value-mismatch", declared=declared, computed=computed
        )


def transport_costs(d: Declaration, totals: Totals, facts: Facts) -> Iterator[Hit]:
    """On import, terms that leave the carriage to the buyer mean freight to add to box 45;
    an export's value is at the EAEU border whatever the terms."""
    if d.direction.strip() != IMPORT:
        return
    terms = d.delivery_terms.strip()
    if terms in BUYER_PAYS_FREIGHT and totals.items and not totals.with_freight:
        yield Hit("45", "freight_cost", "no-transport-costs", (("terms", terms),), item=1)


def statistical_value(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    raw = item.statistical_value
    if raw is None:
        return
    declared = as_decimal(raw)
    if declared is None:
        yield hit("46", "statistical_value", number_problem(raw), value=raw)
        return
    customs_value, usd = as_decimal(item.customs_value), facts.basis.usd_rate
    if customs_value is None or usd is None:
        return
    computed = round_to(customs_value / usd.rate, CENT)
    if abs(declared - computed) > TOLERANCE:
        yield hit(
            "46",
            "statistical_value",
            "statistical-value-mismatch",
            declared=declared,
            computed=computed,
            rate=usd.rate,
            date=usd.date,
        )


def payment_lines(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    """Box 47: known types and features, each amount recomputed from its base and rate
    whatever the rate kind, the VAT base from the lines its feature says are paid."""
    if not item.payments:
        return
    step = max(facts.context.kzt_step, CENT)
    known = code_list("payment-types")
    features = code_list("payment-features")
    in_base = Decimal(0)
    for line in item.payments:
        amount, code = line.amount, line.type_code.strip()
        if isinstance(amount, Decimal) and code in DUTY_OR_EXCISE and in_vat_base(line.feature):
            in_base += amount
    tariff_line = facts.context.tariff.get(item.commodity_code.strip())
    for n, line in enumerate(item.payments):
        path = f"payments.{n}."
        code = line.type_code.strip()
        if not code:
            yield hit("47", path + "type_code", "required")
        elif code not in known:
            yield hit("47", path + "type_code", "unknown-code", value=code, list="payment-types")
        feature = line.feature.strip()
        if feature and feature not in features:
            yield hit(
                "47", path + "feature", "unknown-code", value=feature, list="payment-features"
            )
        base, rate, amount = line.base, line.rate, line.amount
        for name, raw in (("base", base), ("rate", rate), ("amount", amount)):
            if isinstance(raw, str):
                yield hit("47", path + name, number_problem(raw), value=raw)
        if amount is None:
            yield hit("47", path + "amount", "required")
        if not isinstance(amount, Decimal):
            continue
        expected = _line_amount(line, tariff_line, facts)
        if expected is not None and abs(amount - expected) > step:
            yield hit(
                "47",
                path + "amount",
                "payment-amount-mismatch",
                type=code,
                declared=amount,
                computed=round_to(expected, facts.context.kzt_step),
            )
        customs_value = item.customs_value
        if code in VAT_TYPES and isinstance(base, Decimal) and isinstance(customs_value, Decimal):
            vat_base = customs_value + in_base
            if abs(base - vat_base) > step:
                yield hit(
                    "47",
                    path + "base",
                    "vat-base-mismatch",
                    declared=base,
                    computed=_money(vat_base),
                )


def _line_amount(line: PaymentLine, tariff_line: TariffLine | None, facts: Facts) -> Decimal | None:
    """A box 47 line's amount from its own base and rate: base × rate % for an ad valorem line
    ("%"), the fixed amount ("S"), and for a specific line ("*": the base is the quantity)
    quantity × rate × the exchange rate, on the declaration date, of the currency the tariff
    sets for that rate. None where the line does not say enough to recompute it."""
    base, rate, kind = line.base, line.rate, line.rate_type.strip()
    if not isinstance(rate, Decimal):
        return None
    if kind == "S":
        return rate
    if not isinstance(base, Decimal):
        return None
    if kind == "%":
        return base * rate / HUNDRED
    if kind != "*":
        return None
    currency = line.rate_currency.strip().upper()
    if tariff_line is not None:
        tariff_rate = tariff_line.excise if line.type_code.strip() == EXCISE else tariff_line.duty
        if tariff_rate is not None and tariff_rate.currency:
            currency = tariff_rate.currency
    if not currency:
        return None
    exchange = facts.basis.rate(currency)
    if exchange is None:
        return None  # P01 names the missing rate
    return base * rate * exchange.rate


def rate_currencies(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    """A specific rate's currency in box 47 is the one the tariff sets for it."""
    tariff_line = facts.context.tariff.get(item.commodity_code.strip())
    if tariff_line is None:
        return
    for n, line in enumerate(item.payments):
        stated = line.rate_currency.strip().upper()
        code = line.type_code.strip()
        if not stated or line.rate_type.strip() != "*" or code not in DUTY_OR_EXCISE:
            continue
        rate = tariff_line.excise if code == EXCISE else tariff_line.duty
        if rate is not None and rate.currency and stated != rate.currency:
            yield hit(
                "47",
                f"payments.{n}.rate_currency",
                "payment-rate-currency",
                type=code,
                declared=stated,
                required=rate.currency,
            )


def fee_once(d: Declaration, totals: Totals, facts: Facts) -> Iterator[Hit]:
    if totals.items and totals.fee_lines != 1:
        yield Hit(
            "47", "payments", "customs-fee-count", (("count", str(totals.fee_lines)),), item=1
        )


def box_b(d: Declaration, totals: Totals, facts: Facts) -> Iterator[Hit]:
    declared: dict[str, Decimal] = {}
    for n, line in enumerate(d.payment_totals):
        amount = as_decimal(line.amount)
        if amount is None:
            yield hit(
                "B",
                f"payment_totals.{n}.amount",
                number_problem(line.amount or ""),
                value=line.amount or "",
            )
            continue
        code = line.type_code.strip()
        declared[code] = declared.get(code, Decimal(0)) + amount
    paid = totals.paid.as_dict()
    if not paid and not declared:
        return
    for code in sorted(set(paid) | set(declared)):
        computed, stated = paid.get(code, Decimal(0)), declared.get(code, Decimal(0))
        if abs(computed - stated) > TOLERANCE:
            yield hit(
                "B",
                "payment_totals",
                "payment-total-mismatch",
                type=code,
                declared=_money(stated),
                computed=_money(computed),
            )


def preference_documents(
    d: Declaration, index: int, item: GoodsItem, facts: Facts
) -> Iterator[Hit]:
    """Box 36 is four codes; a claimed preference is one the pack knows, for goods of a listed
    origin, with its supporting document in box 44."""
    preference = item.preference
    if preference.typed:
        yield hit("36", "preference.fees", "preference-format", value=preference.typed)
        return
    if preference.is_empty():
        return
    codes = [document.type_code.strip() for document in item.documents]
    for element in ("fees", "duty", "excise", "vat"):
        code = getattr(preference, element)
        if not code:
            yield hit("36", f"preference.{element}", "required")
            continue
        found = effect(element, code)
        if found.kind == "wrong-element":
            yield hit("36", f"preference.{element}", "preference-element", value=code)
        if not found.claimed or found.kind in ("unknown", "wrong-element"):
            continue
        origin = item.origin_country.strip().upper()
        if found.origins and not origin_listed(found.origins, origin, facts.date):
            yield hit("34", "origin_country", "preference-origin", preference=code, origin=origin)
        if element == "duty":
            if not any(c.startswith(ORIGIN_CERTIFICATE_PREFIX) for c in codes):
                yield hit(
                    "36",
                    "preference.duty",
                    "preference-without-document",
                    preference=code,
                    documents="06xxx",
                )
        elif not PREFERENCE_DOCUMENTS.intersection(codes):
            yield hit(
                "36",
                f"preference.{element}",
                "preference-without-document",
                preference=code,
                documents=", ".join(sorted(PREFERENCE_DOCUMENTS)),
            )


def unknown_preferences(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    """A code the preferences pack does not know: computed at the full rate until the user
    confirms what it grants."""
    preference = item.preference
    if preference.typed:
        return
    for element in ("fees", "duty", "excise", "vat"):
        code = getattr(preference, element)
        if code and effect(element, code).kind == "unknown":
            yield hit("36", f"preference.{element}", "preference-unknown", value=code)


def supplementary_units(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    quantity = item.supplementary_quantity
    if isinstance(quantity, str):  # whatever the code: what was typed is not a number
        yield hit("41", "supplementary_quantity", number_problem(quantity), value=quantity)
    line = facts.context.tariff.get(item.commodity_code.strip())
    if line is None or not line.unit:
        return
    if quantity is None:
        yield hit("41", "supplementary_quantity", "supplementary-required", unit=line.unit)
    if item.supplementary_unit.strip() != line.unit:
        yield hit(
            "41",
            "supplementary_unit",
            "supplementary-unit-wrong",
            unit=item.supplementary_unit.strip(),
            required=line.unit,
        )


def _dated(documents: list[Document]) -> Iterator[tuple[int, Document, dt.date]]:
    for n, document in enumerate(documents):
        if isinstance(document.date, dt.date):
            yield n, document, document.date


def document_dates(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    for n, _document, date in _dated(item.documents):
        if date > facts.date:
            yield hit(
                "44",
                f"documents.{n}.date",
                "document-after-declaration",
                date=date,
                declaration_date=facts.date,
            )


def document_order(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    """Contract, then invoice, then transport document (a warning: amendments happen)."""
    if len(item.documents) < 2:
        return
    first: dict[str, tuple[int, dt.date]] = {}
    for n, document, date in _dated(item.documents):
        code = document.type_code.strip()
        group = "transport" if code in TRANSPORT_DOCUMENTS else code
        if group not in first or date < first[group][1]:
            first[group] = (n, date)
    order = [g for g in (CONTRACT, INVOICE, "transport") if g in first]
    for earlier, later in itertools.pairwise(order):
        if first[later][1] < first[earlier][1]:
            n = first[later][0]
            yield hit("44", f"documents.{n}.date", "document-order", earlier=earlier, later=later)


def parties(d: Declaration, facts: Facts) -> Iterator[Hit]:
    if not d.declarant.name.strip():
        yield hit("14", "declarant.name", "required")
    for box, prefix, same in (
        ("8", "consignee", d.consignee_same_as_declarant),
        ("9", "financial_party", d.financial_party_same_as_declarant),
    ):
        party = getattr(d, prefix)
        if same and (party.name.strip() or party.id_number.strip()):
            yield hit(box, f"{prefix}.name", "same-as-declarant-filled")
        elif not same and not party.name.strip():
            yield hit(box, f"{prefix}.name", "required")
    if not d.filled_by.name.strip():
        yield hit("54", "filled_by.name", "required")
    if isinstance(d.filled_by.date, str):
        yield hit("54", "filled_by.date", "not-a-date", value=d.filled_by.date)
    if d.filed_by_representative():
        for name in ("name", "bin", "register_entry"):
            if not getattr(d.representative, name).strip():
                yield hit("54", f"representative.{name}", "required")


def representative_contract(d: Declaration, totals: Totals, facts: Facts) -> Iterator[Hit]:
    if d.filed_by_representative() and totals.items and not totals.representative_contracts:
        yield Hit("44", "documents", "representative-contract-missing", (), item=1)


def measures(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    tariff = facts.context.tariff
    line = tariff.get(item.commodity_code.strip())
    if line is None or not line.measures:
        return
    codes = {document.type_code.strip() for document in item.documents}
    for measure_code in line.measures:
        measure = tariff.measures.get(measure_code)
        if measure is not None and not codes.intersection(measure.documents):
            yield hit(
                "44",
                "documents",
                "permit-missing",
                measure=measure.code,
                documents=", ".join(measure.documents),
            )


RULES = (
    Rule(
        "R11",
        ERROR,
        "5, 32",
        "Box 5 equals the number of items; items are numbered 1..n.",
        ("total-items-mismatch", "item-number"),
        header=numbering,
        item=item_number,
    ),
    Rule(
        "R12",
        ERROR,
        "6",
        "Box 6 equals the sum of packages where items state them.",
        ("total-packages-mismatch",),
        totals=total_packages,
    ),
    Rule(
        "R13",
        ERROR,
        "35, 38",
        "Each item: gross mass ≥ net mass > 0.",
        ("required", "not-a-number", "number-out-of-range", "mass-not-positive", "net-above-gross"),
        item=masses,
    ),
    Rule(
        "R14",
        ERROR,
        "22, 42",
        "Each item has a price; box 22 total equals the sum of box 42 (tolerance 0.01).",
        (
            "required",
            "not-a-number",
            "number-out-of-range",
            "not-positive",
            "invoice-total-mismatch",
        ),
        item=item_price,
        totals=invoice_total,
    ),
    Rule(
        "R15",
        ERROR,
        "12, 45",
        "Each item has a customs value; box 12 equals the sum of box 45 (tolerance 0.01).",
        ("required", "not-a-number", "number-out-of-range", "total-customs-value-mismatch"),
        item=item_customs_value,
        totals=total_customs_value,
    ),
    Rule(
        "R16",
        ERROR,
        "45",
        "Method 1: box 45 equals (box 42 + additions − deductions) × box 23, to the cent.",
        ("not-a-number", "number-out-of-range", "customs-value-mismatch"),
        item=method_one_value,
    ),
    Rule(
        "R16W",
        WARNING,
        "20, 45",
        "Delivery terms leave freight and insurance to the buyer "
        "(EXW, FCA, FAS, FOB) but no item adds transport costs.",
        ("no-transport-costs",),
        totals=transport_costs,
    ),
    Rule(
        "R17",
        WARNING,
        "46",
        "Box 46 (USD) equals box 45 divided by the USD rate of the declaration date.",
        ("not-a-number", "number-out-of-range", "statistical-value-mismatch"),
        item=statistical_value,
    ),
    Rule(
        "R18",
        ERROR,
        "47",
        "Box 47 lines: known type and feature; amount = base × rate for every rate kind "
        "(a specific rate at the tariff currency's rate); VAT base = customs value + the duty "
        "and excise lines whose feature counts them (not УН).",
        (
            "required",
            "unknown-code",
            "not-a-number",
            "number-out-of-range",
            "payment-amount-mismatch",
            "vat-base-mismatch",
        ),
        item=payment_lines,
    ),
    Rule(
        "R18C",
        ERROR,
        "47",
        "A specific rate in box 47 is in the currency the tariff sets for it (EUR, USD).",
        ("payment-rate-currency",),
        item=rate_currencies,
    ),
    Rule(
        "R18F",
        ERROR,
        "47",
        "The customs fee (1010) appears exactly once per declaration.",
        ("customs-fee-count",),
        totals=fee_once,
    ),
    Rule(
        "R18B",
        ERROR,
        "B",
        "Box B totals equal the sum of the box 47 lines whose feature counts them "
        "(ИУ, ОП, РП, УМ; not УН), by type.",
        ("not-a-number", "number-out-of-range", "payment-total-mismatch"),
        totals=box_b,
    ),
    Rule(
        "R19",
        ERROR,
        "34, 36, 44",
        "Box 36 is four codes (fees, duty, excise, VAT; «ОО» none, «-» no such payment); a "
        "claimed tariff preference needs an origin on its list and an origin certificate "
        "(06xxx) in box 44, other preferences a supporting document (07011, 07012, 10022, 09999).",
        (
            "preference-format",
            "required",
            "preference-element",
            "preference-origin",
            "preference-without-document",
        ),
        item=preference_documents,
    ),
    Rule(
        "R19U",
        WARNING,
        "36",
        "A box 36 code the preferences pack does not know is computed at the full rate: "
        "confirm what it grants.",
        ("preference-unknown",),
        item=unknown_preferences,
    ),
    Rule(
        "R20",
        ERROR,
        "41",
        "Box 41 is given, in the unit the tariff requires, when the commodity code requires one.",
        (
            "supplementary-required",
            "not-a-number",
            "number-out-of-range",
            "supplementary-unit-wrong",
        ),
        item=supplementary_units,
    ),
    Rule(
        "R21",
        ERROR,
        "44",
        "No document is dated after the declaration date.",
        ("document-after-declaration",),
        item=document_dates,
    ),
    Rule(
        "R21W",
        WARNING,
        "44",
        "Contract (03011) ≤ invoice (04021) ≤ transport document "
        "(02011, 02013, 02015, 02017) by date.",
        ("document-order",),
        item=document_order,
    ),
    Rule(
        "R22",
        ERROR,
        "14, 8, 9, 54",
        "Declarant named; boxes 8/9 either 'same as 14' and "
        "empty, or filled; box 54 filled; a representative is fully named.",
        ("required", "same-as-declarant-filled", "not-a-date"),
        header=parties,
    ),
    Rule(
        "R22C",
        ERROR,
        "44",
        "A customs representative lists the contract with the declarant (11002) in box 44.",
        ("representative-contract-missing",),
        totals=representative_contract,
    ),
    Rule(
        "R23",
        ERROR,
        "33, 44",
        "A commodity code under a non-tariff measure has a permit document the measure accepts.",
        ("permit-missing",),
        item=measures,
    ),
)
