"""Words for findings and payment explanations: message codes and parameters, translated.

The domain reports codes with named parameters; each code has one template here, marked for
Qt Linguist. Placeholders are `{name}`; the translations test checks every one is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from kedendesk.domain.checks import Finding, Severity
from kedendesk.domain.payments import Explanation
from kedendesk.domain.reference import lookup
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP, current_language

FINDINGS = "Findings"
FORMULAS = "Formulas"

MESSAGES = {
    "required": QT_TRANSLATE_NOOP("Findings", "Required"),
    "unknown-code": QT_TRANSLATE_NOOP("Findings", "“{value}” is not in the code list"),
    "not-a-number": QT_TRANSLATE_NOOP("Findings", "“{value}” is not a number"),
    "gateway-refused": QT_TRANSLATE_NOOP("Findings", "Customs refused: {code} {detail}"),
    "lrn-required": QT_TRANSLATE_NOOP("Findings", "The declaration needs an LRN"),
    "lrn-too-long": QT_TRANSLATE_NOOP("Findings", "The LRN has more than {limit} characters"),
    "lrn-characters": QT_TRANSLATE_NOOP(
        "Findings", "The LRN may hold letters, digits and - / _ . only, no spaces"
    ),
    "number-out-of-range": QT_TRANSLATE_NOOP(
        "Findings", "“{value}” is too large or has too many decimals for a declaration"
    ),
    "text-control-character": QT_TRANSLATE_NOOP(
        "Findings", "The text holds a control or unreadable character at position {position}"
    ),
    "text-too-long": QT_TRANSLATE_NOOP(
        "Findings", "The text has {length} characters; at most {limit} are allowed"
    ),
    "calculation-out-of-range": QT_TRANSLATE_NOOP(
        "Findings", "The payments of this item are too large to calculate: check its values"
    ),
    "not-a-date": QT_TRANSLATE_NOOP("Findings", "“{value}” is not a date (dd.mm.yyyy)"),
    "album-too-long": QT_TRANSLATE_NOOP(
        "Findings", "The EAEU XML format allows {limit} characters here; this has {length}"
    ),
    "album-too-precise": QT_TRANSLATE_NOOP(
        "Findings", "{value} has more than the {decimals} decimals the EAEU XML format allows"
    ),
    "album-too-large": QT_TRANSLATE_NOOP(
        "Findings", "{value} has more digits than the EAEU XML format allows here"
    ),
    "album-at-least": QT_TRANSLATE_NOOP(
        "Findings", "The EAEU XML format needs at least {minimum} here"
    ),
    "album-too-many-lines": QT_TRANSLATE_NOOP(
        "Findings", "The EAEU XML format allows {limit} lines here; this has {lines}"
    ),
    "album-format": QT_TRANSLATE_NOOP(
        "Findings", "“{value}” does not have the form the EAEU XML format requires here"
    ),
    "album-required": QT_TRANSLATE_NOOP(
        "Findings", "The EAEU XML format requires this box when the part around it is filled"
    ),
    "album-person-name": QT_TRANSLATE_NOOP(
        "Findings", "The EAEU XML format needs the surname and the name of the person"
    ),
    "not-whole": QT_TRANSLATE_NOOP("Findings", "“{value}” is not a whole number of 0 or more"),
    "not-positive": QT_TRANSLATE_NOOP("Findings", "{value} is below zero"),
    "too-long": QT_TRANSLATE_NOOP(
        "Findings", "Line {line} has {length} characters; at most {limit} are allowed"
    ),
    "direction-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "Procedure {procedure} does not go with direction {direction}"
    ),
    "commodity-code-format": QT_TRANSLATE_NOOP(
        "Findings", "“{value}” is not a 10-digit commodity code"
    ),
    "commodity-code-unknown": QT_TRANSLATE_NOOP(
        "Findings", "Commodity code {value} is not in the tariff {tariff}"
    ),
    "commodity-code-unknown-near": QT_TRANSLATE_NOOP(
        "Findings",
        "Commodity code {value} is not in the tariff {tariff}; under {prefix} it has {nearest}",
    ),
    "destination-not-kz": QT_TRANSLATE_NOOP(
        "Findings", "An import into Kazakhstan has destination KZ, not {value}"
    ),
    "rate-not-positive": QT_TRANSLATE_NOOP(
        "Findings", "The exchange rate {value} is not above zero"
    ),
    "rate-decimals": QT_TRANSLATE_NOOP(
        "Findings", "The exchange rate {value} has more than {limit} decimals"
    ),
    "permit-expired": QT_TRANSLATE_NOOP(
        "Findings", "Valid only until {valid_to}, before the declaration date {date}"
    ),
    "procedure-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "Procedure {value} differs from box 1 ({expected})"
    ),
    "id-invalid": QT_TRANSLATE_NOOP("Findings", "{value} is not a valid BIN/IIN: {problem}"),
    "items-count": QT_TRANSLATE_NOOP(
        "Findings", "A declaration has 1 to {limit} goods items, this one {count}"
    ),
    "total-items-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "Box 5 says {declared}, the declaration has {counted} items"
    ),
    "item-number": QT_TRANSLATE_NOOP("Findings", "Item number {declared}, expected {expected}"),
    "total-packages-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "Box 6 says {declared}, the items have {counted} packages"
    ),
    "mass-not-positive": QT_TRANSLATE_NOOP("Findings", "Net mass {value} kg is not above zero"),
    "net-above-gross": QT_TRANSLATE_NOOP(
        "Findings", "Net mass {net} kg is above gross mass {gross} kg"
    ),
    "invoice-total-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "Total {declared}, but the item prices add up to {computed}"
    ),
    "total-customs-value-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "Box 12 says {declared}, the items' customs values add up to {computed}"
    ),
    "customs-value-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "Customs value {declared}, but price, additions and box 23 give {computed}"
    ),
    "no-transport-costs": QT_TRANSLATE_NOOP(
        "Findings",
        "Under {terms} the buyer pays transport to the border, but no item adds transport costs",
    ),
    "statistical-value-mismatch": QT_TRANSLATE_NOOP(
        "Findings",
        "Statistical value {declared} USD, expected {computed} (USD rate {rate} of {date})",
    ),
    "payment-amount-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "Payment {type}: amount {declared}, base × rate gives {computed}"
    ),
    "vat-base-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "VAT base {declared}, but customs value + duty + excise is {computed}"
    ),
    "customs-fee-count": QT_TRANSLATE_NOOP(
        "Findings", "The customs fee (1010) must appear once per declaration, found {count}"
    ),
    "payment-total-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "Box B, payment {type}: {declared}, but box 47 lines add up to {computed}"
    ),
    "preference-format": QT_TRANSLATE_NOOP(
        "Findings", "“{value}” is not four preference codes (fees, duty, excise, VAT)"
    ),
    "preference-element": QT_TRANSLATE_NOOP(
        "Findings", "Preference “{value}” is not a code for this element of box 36"
    ),
    "preference-origin": QT_TRANSLATE_NOOP(
        "Findings",
        "Preference {preference} is for goods of the countries on its list; {origin} is not on it",
    ),
    "preference-unknown": QT_TRANSLATE_NOOP(
        "Findings",
        "Preference “{value}” is not in the preferences pack: computed at the full rate — "
        "confirm the rate it grants",
    ),
    "payment-rate-currency": QT_TRANSLATE_NOOP(
        "Findings",
        "The {type} rate is in {required} in the tariff, not {declared}",
    ),
    "duty-rate-manual": QT_TRANSLATE_NOOP(
        "Findings",
        "The tariff rate “{rate}” is the lower of two amounts: calculate box 47 yourself",
    ),
    "preference-without-document": QT_TRANSLATE_NOOP(
        "Findings", "Preference {preference} needs a supporting document in box 44 ({documents})"
    ),
    "supplementary-required": QT_TRANSLATE_NOOP(
        "Findings", "This commodity code needs a quantity in unit {unit}"
    ),
    "supplementary-unit-wrong": QT_TRANSLATE_NOOP(
        "Findings", "Unit “{unit}”, but this commodity code needs {required}"
    ),
    "document-after-declaration": QT_TRANSLATE_NOOP(
        "Findings", "Dated {date}, after the declaration date {declaration_date}"
    ),
    "document-order": QT_TRANSLATE_NOOP(
        "Findings", "Document {later} is dated before document {earlier}"
    ),
    "same-as-declarant-filled": QT_TRANSLATE_NOOP(
        "Findings", "Marked “same as box 14” but has its own details"
    ),
    "representative-contract-missing": QT_TRANSLATE_NOOP(
        "Findings", "A customs representative lists the contract with the declarant (11002)"
    ),
    "permit-missing": QT_TRANSLATE_NOOP(
        "Findings", "{measure}: this commodity code needs a document {documents} in box 44"
    ),
    "exchange-rate-missing": QT_TRANSLATE_NOOP(
        "Findings", "No exchange rate of {currency} for {date}: add it under Exchange rates"
    ),
    "pack-rate-missing": QT_TRANSLATE_NOOP(
        "Findings", "The reference data has no rate for payment {what} on {date}"
    ),
    "exchange-rate-differs": QT_TRANSLATE_NOOP(
        "Findings", "Box 23 says {declared}, the official rate of {date} is {official}"
    ),
    "duty-quantity-missing": QT_TRANSLATE_NOOP(
        "Findings", "The rate is per unit {unit}: give the quantity in that unit"
    ),
    "usd-rate-missing": QT_TRANSLATE_NOOP(
        "Findings", "No USD rate for {date}: box 46 cannot be checked"
    ),
    "payment-differs": QT_TRANSLATE_NOOP(
        "Findings", "Payment {type}: box 47 has {declared}, the calculation gives {calculated}"
    ),
}

ID_PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP("Findings", "empty"),
    "not-digits": QT_TRANSLATE_NOOP("Findings", "only digits are allowed"),
    "wrong-length": QT_TRANSLATE_NOOP("Findings", "it must have 12 digits"),
    "check-digit": QT_TRANSLATE_NOOP("Findings", "the check digit is wrong"),
    "no-check-digit": QT_TRANSLATE_NOOP("Findings", "no such number is issued"),
    "bad-date": QT_TRANSLATE_NOOP("Findings", "the date in it is impossible"),
    "bad-structure": QT_TRANSLATE_NOOP("Findings", "its type or division digit is wrong"),
}

SEVERITIES = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Findings", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Findings", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("Findings", "Note"),
}

FORMULA_TEXTS = {
    "customs-value.method-1": QT_TRANSLATE_NOOP(
        "Formulas",
        "Customs value (method 1) = (price {price} {currency} + additions {additions} − "
        "deductions {deductions}) × rate {rate} = {result} KZT",
    ),
    "customs-value.declared": QT_TRANSLATE_NOOP(
        "Formulas", "Customs value as declared (valuation method {method})"
    ),
    "statistical-value": QT_TRANSLATE_NOOP(
        "Formulas", "Statistical value = {customs_value} KZT ÷ USD rate {rate} = {result} USD"
    ),
    "duty.ad-valorem": QT_TRANSLATE_NOOP(
        "Formulas", "Import duty = customs value {base} × {percent}% = {result} KZT"
    ),
    "duty.specific": QT_TRANSLATE_NOOP(
        "Formulas",
        "Import duty = {quantity} (unit {unit}) × {specific_rate} {currency} × rate "
        "{exchange_rate} = {result} KZT",
    ),
    "duty.combined": QT_TRANSLATE_NOOP(
        "Formulas",
        "Import duty “{rate_text}”: {percent}% of {base} = {ad_valorem}; {quantity} (unit {unit}) "
        "× {specific_rate} {currency} × rate {exchange_rate} = {specific}; the larger: "
        "{result} KZT",
    ),
    "duty.preference": QT_TRANSLATE_NOOP(
        "Formulas", "Import duty: exempt under the preference in box 36"
    ),
    "excise.ad-valorem": QT_TRANSLATE_NOOP(
        "Formulas", "Excise = (customs value + duty) {base} × {percent}% = {result} KZT"
    ),
    "excise.specific": QT_TRANSLATE_NOOP(
        "Formulas",
        "Excise = {quantity} (unit {unit}) × {specific_rate} {currency} × rate "
        "{exchange_rate} = {result} KZT",
    ),
    "duty.additive": QT_TRANSLATE_NOOP(
        "Formulas",
        "Import duty “{rate_text}”: {percent}% of {base} = {ad_valorem}; plus {quantity} "
        "(unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {specific}; "
        "together: {result} KZT",
    ),
    "excise.additive": QT_TRANSLATE_NOOP(
        "Formulas",
        "Excise “{rate_text}”: {percent}% of {base} = {ad_valorem}; plus per unit "
        "{specific}; together: {result} KZT",
    ),
    "excise.combined": QT_TRANSLATE_NOOP(
        "Formulas",
        "Excise “{rate_text}”: {percent}% of {base} = {ad_valorem}; per unit = {specific}; "
        "the larger: {result} KZT",
    ),
    "excise.preference": QT_TRANSLATE_NOOP(
        "Formulas", "Excise: exempt under the preference in box 36"
    ),
    "vat": QT_TRANSLATE_NOOP(
        "Formulas",
        "VAT = (customs value {customs_value} + duty {duty} + excise {excise}) = {base} × "
        "{percent}% = {result} KZT",
    ),
    "fee.fixed": QT_TRANSLATE_NOOP("Formulas", "Customs fee: a fixed {amount} KZT per declaration"),
}

Translate = Callable[[str, str], str]


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def fill(template: str, params: Iterable[tuple[str, str]]) -> str:
    text = template
    for name, value in params:
        text = text.replace("{" + name + "}", value)
    return text


def finding_text(finding: Finding, translate: Translate = _qt_translate) -> str:
    """The finding as a sentence in the interface language."""
    template = MESSAGES.get(finding.code)
    params = list(finding.params)
    if template is None:  # a gateway's own code: say whose words these are
        detail = "; ".join(f"{k}: {v}" if k != "detail" else v for k, v in params)
        template, params = MESSAGES["gateway-refused"], [("code", finding.code), ("detail", detail)]
    if finding.code == "id-invalid":
        problem = ID_PROBLEMS.get(finding.param("problem"), finding.param("problem"))
        params = [(k, translate(FINDINGS, problem) if k == "problem" else v) for k, v in params]
    return fill(translate(FINDINGS, template), params)


def severity_text(severity: Severity, translate: Translate = _qt_translate) -> str:
    return translate(FINDINGS, SEVERITIES[severity])


def explanation_text(explanation: Explanation, translate: Translate = _qt_translate) -> str:
    template = FORMULA_TEXTS.get(explanation.formula, explanation.formula)
    return fill(translate(FORMULAS, template), explanation.texts())


def payment_name(type_code: str) -> str:
    entry = lookup("payment-types").get(type_code)
    return entry.name(current_language()) if entry else type_code
