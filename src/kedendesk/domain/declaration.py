"""The declaration for goods (DT) as a lenient draft: boxes 1–54 and goods items 31–47.

The shape follows EEC Decision No. 257 (see docs: declaration reference). Every value may be
missing or wrong: the checks find problems; the model only refuses what is not a DT at all
(unknown fields, a list where a box is expected).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.alias_generators import to_camel

from kedendesk.domain.lenient import LenientDate, LenientDecimal, LenientInt, as_decimal
from kedendesk.domain.preferences import codes as preference_codes

MAX_ITEMS = 999
MAX_LRN_LENGTH = 22
MEDIA_TYPE = "application/vnd.kedendesk.dt+json;v=1"


class Box(BaseModel):
    """Base of every part of a DT: camelCase on the wire, unknown fields refused."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="forbid",
        validate_assignment=True,
    )


class Address(Box):
    """An address in parts, as the electronic DT carries it (the printed form joins them)."""

    postal_code: str = ""
    region: str = ""
    district: str = ""
    city: str = ""
    street_house: str = ""  # street, house, building
    room: str = ""


class PartyId(Box):
    """One more identifier of a party: a Russian KPP or OGRN, a registration or ITN abroad."""

    kind: str = ""  # "KPP", "OGRN", "ITN", "REG", …
    value: str = ""
    country_code: str = ""


class Party(Box):
    """A person in boxes 2, 8, 9 and 14: name, address, country and national id."""

    name: str = ""
    id_number: str = ""  # KZ: BIN or IIN; other EAEU states: their taxpayer number
    country_code: str = ""  # ISO 3166-1 alpha-2
    address: str = ""  # as printed; `address_details` holds the parts
    address_details: Address = Field(default_factory=Address)
    phone: str = ""
    other_ids: list[PartyId] = Field(default_factory=list)


class TransportMeans(Box):
    """Box 18 (at departure/arrival) and box 21 (active at the border)."""

    count: LenientInt = None
    identifiers: str = ""  # plates, vessel name, wagon numbers
    country_code: str = ""


class GoodsLocation(Box):
    """Box 30."""

    type_code: str = ""
    customs_office: str = ""
    warehouse_licence: str = ""
    address: str = ""


class CustomsRepresentative(Box):
    """A customs representative filing for the declarant (box 14 link, box 54)."""

    name: str = ""
    bin: str = ""
    register_entry: str = ""  # number in the register of customs representatives
    contract_number: str = ""  # contract with the declarant (document 11002)
    contract_date: LenientDate = None


class IdentityCard(Box):
    """The identity document of the person in box 54."""

    kind_code: str = ""  # from the classifier of identity documents (RU01001 passport)
    name: str = ""  # "паспорт"
    series: str = ""
    number: str = ""
    issued: LenientDate = None
    issuer: str = ""


class PowerOfAttorney(Box):
    """The document that empowers the person in box 54 (a power of attorney, an order)."""

    name: str = ""
    number: str = ""
    date: LenientDate = None
    valid_to: LenientDate = None


class FilledBy(Box):
    """Box 54: who filled in the declaration, where and when."""

    name: str = ""
    identity_document: str = ""  # as printed; `identity` holds the parts
    identity: IdentityCard = Field(default_factory=IdentityCard)
    power_of_attorney: PowerOfAttorney = Field(default_factory=PowerOfAttorney)
    phone: str = ""
    position: str = ""
    place: str = ""
    date: LenientDate = None


class Document(Box):
    """One line of box 44."""

    type_code: str = ""  # 5-digit document type
    name: str = ""  # the document's own name ("CMR", "ИНВОЙС")
    number: str = ""
    date: LenientDate = None
    valid_from: LenientDate = None
    valid_to: LenientDate = None
    country_code: str = ""  # the country that issued it
    presentation_code: str = ""  # how it is presented: submitted, to follow, electronic …
    presentation_date: LenientDate = None  # when one to follow is presented
    electronic_id: str = ""  # the document's id in the electronic archive
    payment_type: str = ""  # the box 47 payment it concerns (a preference's document)


class PaymentLine(Box):
    """One line of box 47: payment type, base, rate, amount, payment feature.

    A specific rate names its currency and unit; a combined rate ("x % but not less than y",
    "x % plus y") its second part and how the two compare."""

    type_code: str = ""  # 4 digits, e.g. 2010 import duty
    base: LenientDecimal = None  # KZT for an ad valorem rate; the quantity for a specific one
    base_unit: str = ""  # unit code of a quantity base (166 kg)
    rate: LenientDecimal = None
    rate_type: str = ""  # % ad valorem, * specific, S fixed
    rate_currency: str = ""  # ISO 4217 of a specific rate (EUR)
    rate_unit: str = ""  # unit code a specific rate is per (166 kg)
    rate2: LenientDecimal = None  # the second part of a combined rate
    rate2_type: str = ""
    rate2_currency: str = ""
    rate2_unit: str = ""
    rate_comparison: str = ""  # "max" (not less than) or "sum" (plus) of the two parts
    amount: LenientDecimal = None
    currency: str = ""  # of the amount: KZT in Kazakhstan, RUB on a Russian DT
    feature: str = ""  # ИУ paid, УН conditionally accrued, see the payment-features pack


class PaymentTotal(Box):
    """One line of box B: the total of a payment type over the declaration."""

    type_code: str = ""
    amount: LenientDecimal = None
    currency: str = ""  # "" for the national currency of the declaration


class GoodsLine(Box):
    """One line of goods inside an item (box 31): who made it, which model, how many."""

    description: str = ""
    manufacturer: str = ""
    trademark: str = ""
    model: str = ""
    article: str = ""
    serial: str = ""  # serial number or VIN
    quantity: LenientDecimal = None
    unit: str = ""  # unit code
    year: LenientInt = None  # year of manufacture (vehicles)
    engine_cm3: LenientDecimal = None  # engine volume (vehicles): a specific rate's quantity


class Package(Box):
    """Packages of an item (box 31) by kind, and the pallets they stand on."""

    kind_code: str = ""  # package type code (classifier of packages)
    count: LenientInt = None
    pallet_code: str = ""  # pallet type ("NE" none)
    pallet_count: LenientInt = None


class Preference(Box):
    """Box 36: the preference codes for customs fees, import duty, excise and VAT.

    «ОО» claims none, «-» says the payment does not arise. Older drafts and files hold the
    box as one text ("ОО ОО - ОО", "ОООО-ОО"): it is read into the four codes; a text that is
    not four codes stays whole in `typed`, for the checks to name."""

    fees: str = ""
    duty: str = ""
    excise: str = ""
    vat: str = ""
    typed: str = ""

    @model_validator(mode="after")
    def _typed_gives_way(self) -> Preference:
        """A code entered in any element replaces a text that could not be read."""
        if self.typed and (self.fees or self.duty or self.excise or self.vat):
            self.__dict__["typed"] = ""  # not by assignment, which would validate again
        return self

    def text(self) -> str:
        """The box as the form prints it: "ОО ОО - ОО"."""
        if self.typed:
            return self.typed
        parts = (self.fees, self.duty, self.excise, self.vat)
        return " ".join(p or "?" for p in parts) if any(parts) else ""

    def is_empty(self) -> bool:
        return not (self.fees or self.duty or self.excise or self.vat or self.typed)

    @classmethod
    def from_text(cls, text: str) -> Preference:
        found = preference_codes(text)
        if found is None:
            return cls(typed=text.strip())
        return cls(fees=found[0], duty=found[1], excise=found[2], vat=found[3])


class GoodsItem(Box):
    """Boxes 31–47 of one goods item."""

    number: LenientInt = None  # box 32
    description: str = ""  # box 31
    manufacturer: str = ""
    trademark: str = ""
    model: str = ""
    packages_count: LenientInt = None
    package_kind: str = ""
    packaging: list[Package] = Field(default_factory=list)
    containers: str = ""  # as printed; `container_numbers` one by one
    container_numbers: list[str] = Field(default_factory=list)
    goods_lines: list[GoodsLine] = Field(default_factory=list)
    commodity_code: str = ""  # box 33, 10 digits
    origin_country: str = ""  # box 34
    gross_mass_kg: LenientDecimal = None  # box 35
    preference: Preference = Field(default_factory=Preference)  # box 36
    procedure: str = ""  # box 37: declared procedure
    previous_procedure: str = ""  # box 37: previous procedure
    movement_feature: str = ""  # box 37: 3 digits
    net_mass_kg: LenientDecimal = None  # box 38
    quota_quantity: LenientDecimal = None  # box 39
    quota_unit: str = ""
    previous_document: str = ""  # box 40
    supplementary_quantity: LenientDecimal = None  # box 41
    supplementary_unit: str = ""
    price: LenientDecimal = None  # box 42, in the box 22 currency
    # Method 1 adjustments (reference section 5), in the box 22 currency, not in the price:
    freight_cost: LenientDecimal = None  # transport, loading, handling to the EAEU border
    insurance_cost: LenientDecimal = None  # insurance to the EAEU border
    other_additions: LenientDecimal = None  # commissions, packing, assists, royalties
    deductions: LenientDecimal = None  # in the price but not dutiable: costs after arrival
    valuation_method: str = ""  # box 43
    documents: list[Document] = Field(default_factory=list)  # box 44
    customs_value: LenientDecimal = None  # box 45, KZT
    statistical_value: LenientDecimal = None  # box 46, USD
    payments: list[PaymentLine] = Field(default_factory=list)  # box 47

    @field_validator("preference", mode="before")
    @classmethod
    def _preference_text(cls, value: object) -> object:
        """Box 36 as one text (drafts before the four codes, other tools' files)."""
        if isinstance(value, str):
            return Preference.from_text(value)
        return value


class CostSpread(Box):
    """How an invoice's cost to the border was shared over the items (box 45's additions)."""

    kind: str = ""  # freight, insurance, other
    total: LenientDecimal = None  # in the invoice currency
    basis: str = ""  # gross (mass) or value (price)


class Declaration(Box):
    """A goods declaration draft: header boxes and goods items."""

    lrn: str = ""  # the declarant's own reference
    registration_number: str = ""  # box A: customs' number, 10803040/230524/0910129
    tariff_version: str = ""  # the tariff the declarant checked it against, set when signed
    national_currency: str = ""  # of boxes 12, 45, 47 and B: "" is KZT; RUB on a Russian DT
    direction: str = ""  # box 1: ИМ / ЭК
    procedure: str = ""  # box 1: 2-digit procedure
    electronic: bool = True  # box 1: ЭД
    consignor: Party = Field(default_factory=Party)  # box 2
    forms_sheet: LenientInt = None  # box 3
    forms_total: LenientInt = None
    total_items: LenientInt = None  # box 5
    total_packages: LenientInt = None  # box 6
    reference_number: str = ""  # box 7
    consignee: Party = Field(default_factory=Party)  # box 8
    consignee_same_as_declarant: bool = False
    financial_party: Party = Field(default_factory=Party)  # box 9
    financial_party_same_as_declarant: bool = False
    trading_country: str = ""  # box 11
    total_customs_value: LenientDecimal = None  # box 12, KZT
    declarant: Party = Field(default_factory=Party)  # box 14
    dispatch_country: str = ""  # box 15/15a
    origin_country: str = ""  # box 16: alpha-2, or "various" / "unknown"
    destination_country: str = ""  # box 17/17a
    departure_transport: TransportMeans = Field(default_factory=TransportMeans)  # box 18
    container: bool | None = None  # box 19
    delivery_terms: str = ""  # box 20: Incoterms code
    delivery_place: str = ""
    border_transport: TransportMeans = Field(default_factory=TransportMeans)  # box 21
    invoice_currency: str = ""  # box 22: ISO 4217 alpha-3
    invoice_total: LenientDecimal = None
    exchange_rate: LenientDecimal = None  # box 23, KZT per unit of box 22 currency
    transaction_nature: str = ""  # box 24: 3 digits
    transaction_feature: str = ""  # box 24: 2 digits
    border_transport_mode: str = ""  # box 25
    inland_transport_mode: str = ""  # box 26
    customs_office: str = ""  # box 29: code
    customs_office_name: str = ""
    goods_location: GoodsLocation = Field(default_factory=GoodsLocation)  # box 30
    representative: CustomsRepresentative = Field(default_factory=CustomsRepresentative)
    filled_by: FilledBy = Field(default_factory=FilledBy)  # box 54
    payment_totals: list[PaymentTotal] = Field(default_factory=list)  # box B
    cost_spreads: list[CostSpread] = Field(default_factory=list)  # what was spread, and how
    items: list[GoodsItem] = Field(default_factory=list)

    def filed_by_representative(self) -> bool:
        """A customs representative files this declaration (any of its details is filled)."""
        return any(value for value in self.representative.model_dump().values())

    def declaration_type(self) -> str:
        """Box 1 as printed: "ИМ 40 ЭД"."""
        parts = [self.direction, self.procedure, "ЭД" if self.electronic else ""]
        return " ".join(p for p in parts if p)

    def sum_of(self, field: Literal["price", "customs_value", "gross_mass_kg"]) -> Decimal:
        """The sum of a numeric item field over items where it is a number."""
        total = Decimal(0)
        for item in self.items:
            number = as_decimal(getattr(item, field))
            if number is not None:
                total += number
        return total

    def renumber_items(self) -> None:
        """Number goods items 1..n (box 32) and set box 5, as the editor does on every change."""
        for index, item in enumerate(self.items, start=1):
            item.number = index
        self.total_items = len(self.items)
