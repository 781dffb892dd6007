"""Rules 1–10 of the reference (§4): formats and code lists."""

from __future__ import annotations

from collections.abc import Iterator

from kedendesk.domain.checks.facts import Facts
from kedendesk.domain.checks.findings import Hit, Rule, Severity, hit
from kedendesk.domain.declaration import MAX_ITEMS, Declaration, GoodsItem, Party
from kedendesk.domain.identifiers import id_problem
from kedendesk.domain.lenient import as_decimal, number_problem
from kedendesk.domain.reference import code_list, lookup

MAX_DESCRIPTION_LINE = 250
SPECIAL_ORIGINS = ("various", "unknown")
ERROR = Severity.ERROR


def _code(box: str, field: str, value: str, list_name: str, required: bool = True) -> Hit | None:
    """A code box: required (when it is), and in its list. A function, not a generator: it
    runs for several boxes of every goods item on every check."""
    value = value.strip()
    if not value:
        return hit(box, field, "required") if required else None
    if value not in lookup(list_name):
        return hit(box, field, "unknown-code", value=value, list=list_name)
    return None


def _some(*hits: Hit | None) -> Iterator[Hit]:
    return (h for h in hits if h is not None)


def declaration_type(d: Declaration, facts: Facts) -> Iterator[Hit]:
    yield from _some(_code("1", "direction", d.direction, "directions"))
    yield from _some(_code("1", "procedure", d.procedure, "procedures"))
    procedure = code_list("procedures").get(d.procedure.strip())
    direction = d.direction.strip()
    allowed = procedure.attributes.get("directions", ()) if procedure else ()
    if procedure is not None and direction in code_list("directions") and direction not in allowed:
        yield hit(
            "1", "procedure", "direction-mismatch", direction=direction, procedure=procedure.code
        )


def commodity_code(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    code = item.commodity_code.strip()
    if not code:
        yield hit("33", "commodity_code", "required")
    elif len(code) != 10 or not code.isdigit():
        yield hit("33", "commodity_code", "commodity-code-format", value=code)
    elif code not in facts.context.tariff:
        tariff = facts.context.tariff
        prefix, near = tariff.nearest(code)
        if near:
            yield hit(
                "33",
                "commodity_code",
                "commodity-code-unknown-near",
                value=code,
                tariff=tariff.version,
                prefix=prefix,
                nearest=", ".join(line.code for line in near),
            )
        else:
            yield hit(
                "33", "commodity_code", "commodity-code-unknown", value=code, tariff=tariff.version
            )


def header_countries(d: Declaration, facts: Facts) -> Iterator[Hit]:
    yield from _some(_code("11", "trading_country", d.trading_country, "countries"))
    yield from _some(_code("15a", "dispatch_country", d.dispatch_country, "countries"))
    origin = d.origin_country.strip()
    if origin.casefold() not in SPECIAL_ORIGINS:
        yield from _some(_code("16", "origin_country", origin, "countries", required=False))
    yield from _some(_code("17a", "destination_country", d.destination_country, "countries"))
    destination = d.destination_country.strip()
    if d.direction.strip() == "ИМ" and destination and destination != "KZ":
        yield hit("17a", "destination_country", "destination-not-kz", value=destination)


def item_origin(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    found = _code("34", "origin_country", item.origin_country, "countries")
    if found is not None:
        yield found


def currency_and_rate(d: Declaration, facts: Facts) -> Iterator[Hit]:
    yield from _some(_code("22", "invoice_currency", d.invoice_currency, "currencies"))
    rate = d.exchange_rate
    if rate is None:
        yield hit("23", "exchange_rate", "required")
        return
    number = as_decimal(rate)
    if number is None:
        yield hit("23", "exchange_rate", number_problem(rate), value=rate)
    elif number <= 0:
        yield hit("23", "exchange_rate", "rate-not-positive", value=number)
    elif -number.as_tuple().exponent > 4:  # type: ignore[operator]
        yield hit("23", "exchange_rate", "rate-decimals", value=number, limit=4)


def delivery_terms(d: Declaration, facts: Facts) -> Iterator[Hit]:
    yield from _some(_code("20", "delivery_terms", d.delivery_terms, "delivery-terms"))
    if not d.delivery_place.strip():
        yield hit("20", "delivery_place", "required")


def transport_modes(d: Declaration, facts: Facts) -> Iterator[Hit]:
    yield from _some(
        _code("25", "border_transport_mode", d.border_transport_mode, "transport-modes")
    )
    yield from _some(
        _code(
            "26",
            "inland_transport_mode",
            d.inland_transport_mode,
            "transport-modes",
            required=False,
        )
    )


def documents(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    known = code_list("document-types")
    for n, document in enumerate(item.documents):
        path = f"documents.{n}."
        code = document.type_code.strip()
        if not code:
            yield hit("44", path + "type_code", "required")
        elif code not in known:
            yield hit("44", path + "type_code", "unknown-code", value=code, list="document-types")
        if not document.number.strip():
            yield hit("44", path + "number", "required")
        if document.date is None:
            yield hit("44", path + "date", "required")
        for name, value in (("date", document.date), ("valid_from", document.valid_from)):
            if isinstance(value, str):
                yield hit("44", path + name, "not-a-date", value=value)
        valid_to = document.valid_to
        if isinstance(valid_to, str):
            yield hit("44", path + "valid_to", "not-a-date", value=valid_to)
        elif valid_to is not None and valid_to < facts.date:
            yield hit("44", path + "valid_to", "permit-expired", valid_to=valid_to, date=facts.date)


def method_and_procedure(
    d: Declaration, index: int, item: GoodsItem, facts: Facts
) -> Iterator[Hit]:
    found = _code("43", "valuation_method", item.valuation_method, "valuation-methods")
    if found is not None:
        yield found
    procedure = item.procedure.strip()
    if not procedure:
        yield hit("37", "procedure", "required")
    elif d.procedure.strip() and procedure != d.procedure.strip():
        yield hit(
            "37", "procedure", "procedure-mismatch", value=procedure, expected=d.procedure.strip()
        )


def _party_id(box: str, prefix: str, party: Party, required: bool) -> Iterator[Hit]:
    number = party.id_number.strip()
    kazakh = party.country_code.strip() in ("KZ", "")
    if not number:
        if required:
            yield hit(box, prefix + "id_number", "required")
        return
    if kazakh:
        problem = id_problem(number)
        if problem is not None:
            yield hit(box, prefix + "id_number", "id-invalid", value=number, problem=problem)


def identifiers(d: Declaration, facts: Facts) -> Iterator[Hit]:
    yield from _party_id("14", "declarant.", d.declarant, required=True)
    if d.consignor.country_code.strip() == "KZ":
        yield from _party_id("2", "consignor.", d.consignor, required=False)
    if not d.consignee_same_as_declarant:
        yield from _party_id("8", "consignee.", d.consignee, required=False)
    if not d.financial_party_same_as_declarant:
        yield from _party_id("9", "financial_party.", d.financial_party, required=False)
    number = d.representative.bin.strip()
    if number:
        problem = id_problem(number)
        if problem is not None:
            yield hit("54", "representative.bin", "id-invalid", value=number, problem=problem)


def item_formats(d: Declaration, index: int, item: GoodsItem, facts: Facts) -> Iterator[Hit]:
    if not item.description.strip():
        yield hit("31", "description", "required")
    for number, line in enumerate(item.description.splitlines(), start=1):
        if len(line) > MAX_DESCRIPTION_LINE:
            yield hit(
                "31",
                "description",
                "too-long",
                line=number,
                length=len(line),
                limit=MAX_DESCRIPTION_LINE,
            )
    packages = item.packages_count
    if packages is not None and (not isinstance(packages, int) or packages < 0):
        yield hit("31", "packages_count", "not-whole", value=packages)


def header_formats(d: Declaration, facts: Facts) -> Iterator[Hit]:
    count = len(d.items)
    if not 1 <= count <= MAX_ITEMS:
        yield hit("5", "items", "items-count", count=count, limit=MAX_ITEMS)
    packages = d.total_packages
    if packages is not None and (not isinstance(packages, int) or packages < 0):
        yield hit("6", "total_packages", "not-whole", value=packages)


RULES = (
    Rule(
        "R01",
        ERROR,
        "1",
        "Direction ИМ/ЭК and procedure are known, and the procedure fits the direction.",
        ("required", "unknown-code", "direction-mismatch"),
        header=declaration_type,
    ),
    Rule(
        "R02",
        ERROR,
        "33",
        "Commodity code: 10 digits, present in the loaded tariff.",
        (
            "required",
            "commodity-code-format",
            "commodity-code-unknown",
            "commodity-code-unknown-near",
        ),
        item=commodity_code,
    ),
    Rule(
        "R03",
        ERROR,
        "11, 15a, 16, 17a, 34",
        "Known country codes (34 also 00 and EU); 17a is KZ for an import.",
        ("required", "unknown-code", "destination-not-kz"),
        header=header_countries,
        item=item_origin,
    ),
    Rule(
        "R04",
        ERROR,
        "22, 23",
        "Known invoice currency; exchange rate above zero with at most 4 decimals.",
        (
            "required",
            "unknown-code",
            "not-a-number",
            "number-out-of-range",
            "rate-not-positive",
            "rate-decimals",
        ),
        header=currency_and_rate,
    ),
    Rule(
        "R05",
        ERROR,
        "20",
        "Known delivery term and its named place.",
        ("required", "unknown-code"),
        header=delivery_terms,
    ),
    Rule(
        "R06",
        ERROR,
        "25, 26",
        "Known transport modes; box 25 is required.",
        ("required", "unknown-code"),
        header=transport_modes,
    ),
    Rule(
        "R07",
        ERROR,
        "44",
        "Known document type, number and date given; a permit is still "
        "valid on the declaration date.",
        ("required", "unknown-code", "not-a-date", "permit-expired"),
        item=documents,
    ),
    Rule(
        "R08",
        ERROR,
        "43, 37",
        "Valuation method 1–6; box 37 starts with the box 1 procedure.",
        ("required", "unknown-code", "procedure-mismatch"),
        item=method_and_procedure,
    ),
    Rule(
        "R09",
        ERROR,
        "14, 2, 8, 9, 54",
        "A Kazakhstan BIN/IIN has 12 digits, a valid check digit and a valid structure.",
        ("required", "id-invalid"),
        header=identifiers,
    ),
    Rule(
        "R10",
        ERROR,
        "31, 5, 6",
        "Description lines of at most 250 characters; 1 to 999 "
        "items; package counts whole and not negative.",
        ("required", "too-long", "items-count", "not-whole"),
        header=header_formats,
        item=item_formats,
    ),
)
