"""Sample declarations: a complete practice one, and realistic generated ones for the
benchmarks and the practice gateway's risk calibration; practice exchange rates."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from kedendesk.domain.declaration import (
    CustomsRepresentative,
    Declaration,
    Document,
    FilledBy,
    GoodsItem,
    GoodsLocation,
    Party,
    PowerOfAttorney,
    TransportMeans,
)
from kedendesk.domain.rates import ExchangeRate

DEMO_CLIENT = ("ТОО «Алатау Трейд»", "940140000385", "Алматы, пр. Абая, 150")

_GOODS = (
    ("8471300000", "Ноутбуки портативные / Портативті ноутбуктер", "CN", "1.8", "420.00"),
    ("8517130000", "Смартфоны / Смартфондар", "CN", "0.3", "180.00"),
    ("6403999800", "Обувь кожаная мужская / Ерлер былғары аяқ киімі", "TR", "1.1", "35.50"),
    ("0808108006", "Яблоки свежие / Жаңа алма", "UZ", "1000", "310.00"),
    ("8708999709", "Части автомобилей / Автомобиль бөлшектері", "DE", "12.5", "96.40"),
    ("3004900002", "Лекарственные средства / Дәрілік заттар", "IN", "0.5", "54.20"),
    ("9403609009", "Мебель деревянная / Ағаш жиһаз", "RU", "25", "140.00"),
    ("6109100000", "Футболки хлопковые / Мақта футболкалар", "KG", "0.2", "4.10"),
)
_COMPANIES = (
    "ТОО «Алатау Трейд»",
    "ТОО «Сарыарқа Логистик»",
    "ТОО «Шығыс Импорт»",
    "ИП Жұмабаев Ә. Қ.",
    "ТОО «Нұр Электроникс»",
    "Acme Central Asia LLP",
)


def _import_from_china(lrn: str, items: list[GoodsItem], rate: Decimal) -> Declaration:
    """The header both demo declarations share: an import by road from China via Khorgos."""
    return Declaration(
        lrn=lrn,
        direction="ИМ",
        procedure="40",
        consignor=Party(name="Shenzhen Bright Electronics Co., Ltd", country_code="CN"),
        consignee_same_as_declarant=True,
        financial_party_same_as_declarant=True,
        trading_country="CN",
        dispatch_country="CN",
        destination_country="KZ",
        departure_transport=TransportMeans(count=1, identifiers="A123BC02", country_code="KZ"),
        container=False,
        delivery_terms="FCA",
        delivery_place="Urumqi",
        border_transport=TransportMeans(identifiers="A123BC02", country_code="KZ"),
        invoice_currency="USD",
        exchange_rate=rate,
        transaction_nature="010",
        transaction_feature="00",
        border_transport_mode="30",
        inland_transport_mode="30",
        customs_office="55205",
        customs_office_name="ТП «Хоргос»",
        goods_location=GoodsLocation(type_code="11", customs_office="55205"),
        representative=CustomsRepresentative(),
        filled_by=FilledBy(name="Ахметова Айгүл", position="Декларант", place="Алматы"),
        items=items,
    )


def sample_declaration(lrn: str, rng: random.Random, items: int = 3) -> Declaration:
    """A plausible import declaration with `items` goods items."""
    rate = Decimal("512.3400")
    goods: list[GoodsItem] = []
    for number in range(1, items + 1):
        code, description, origin, unit_mass, unit_price = rng.choice(_GOODS)
        quantity = rng.randint(1, 200)
        net = Decimal(unit_mass) * quantity
        price = (Decimal(unit_price) * quantity).quantize(Decimal("0.01"))
        goods.append(
            GoodsItem(
                number=number,
                description=description,
                commodity_code=code,
                origin_country=origin,
                packages_count=max(1, quantity // 10),
                package_kind="CT",
                gross_mass_kg=(net * Decimal("1.08")).quantize(Decimal("0.001")),
                net_mass_kg=net.quantize(Decimal("0.001")),
                procedure="40",
                previous_procedure="00",
                movement_feature="000",
                supplementary_quantity=quantity,
                supplementary_unit="796",
                price=price,
                valuation_method="1",
                customs_value=(price * rate).quantize(Decimal("0.01")),
                documents=[Document(type_code="04021", number=f"INV-{lrn}", date="2026-11-20")],
            )
        )
    declaration = _import_from_china(lrn, goods, rate)
    declaration.declarant = Party(
        name=rng.choice(_COMPANIES), id_number="940140000385", country_code="KZ"
    )
    declaration.origin_country = "CN"
    declaration.renumber_items()
    declaration.invoice_total = declaration.sum_of("price")
    declaration.total_customs_value = declaration.sum_of("customs_value")
    declaration.total_packages = sum(
        item.packages_count for item in goods if isinstance(item.packages_count, int)
    )
    return declaration


# Practice rates (KZT per unit), the same every day: the demo needs rates, not market data.
PRACTICE_RATES = {"USD": "512.34", "EUR": "590.10", "RUB": "6.42", "CNY": "71.20", "TRY": "12.05"}


def practice_rates(today: dt.date, days: int = 60) -> list[ExchangeRate]:
    """Rates for the days around `today`, marked as practice rates."""
    return [
        ExchangeRate(currency, today - dt.timedelta(days=offset), Decimal(rate), "practice")
        for offset in range(-7, days)
        for currency, rate in PRACTICE_RATES.items()
    ]


def practice_declaration(lrn: str, day: dt.date) -> Declaration:
    """A complete import declaration that passes every check once its payments are applied.

    Three items show the three kinds of duty: free (laptops), specific (apples, EUR per kg)
    and combined (T-shirts, "10 % but not less than 0.4 EUR per piece").
    """
    name, id_number, address = DEMO_CLIENT
    usd = Decimal(PRACTICE_RATES["USD"])

    def documents(*extra: Document) -> list[Document]:
        return [
            Document(type_code="03011", number="AT-2026/17", date=day - dt.timedelta(days=60)),
            Document(type_code="04021", number=f"INV-{lrn}", date=day - dt.timedelta(days=9)),
            Document(type_code="02015", number="CMR 0451187", date=day - dt.timedelta(days=6)),
            *extra,
        ]

    conformity = Document(
        type_code="01401",
        number="ЕАЭС KZ.7500361.22.01.00412",
        date=dt.date(2025, 3, 1),
        valid_to=dt.date(2030, 2, 28),
    )
    goods = [
        (
            "8471300000",
            'Ноутбуки портативные 14" / Портативті ноутбуктер',
            "CN",
            "120",
            "216",
            "233.280",
            "50400.00",
            "796",
            [conformity],
        ),
        (
            "0808108006",
            "Яблоки свежие сорт «Апорт» / Жаңа алма «Апорт»",
            "UZ",
            "400",
            "8000",
            "8640.000",
            "5200.00",
            "",
            [Document(type_code="01207", number="UZ-FS 118204", date=day - dt.timedelta(days=7))],
        ),
        (
            "6109100000",
            "Футболки хлопковые / Мақта футболкалар",
            "KG",
            "30",
            "1500",
            "330.000",
            "2850.00",
            "796",
            [conformity],
        ),
    ]
    items = []
    for code, description, origin, packages, quantity, gross, price, unit, extra in goods:
        items.append(
            GoodsItem(
                description=description,
                commodity_code=code,
                origin_country=origin,
                packages_count=int(packages),
                package_kind="CT",
                gross_mass_kg=Decimal(gross),
                net_mass_kg=(Decimal(gross) / Decimal("1.08")).quantize(Decimal("0.001")),
                procedure="40",
                previous_procedure="00",
                movement_feature="000",
                supplementary_quantity=Decimal(quantity) if unit else None,
                supplementary_unit=unit,
                price=Decimal(price),
                freight_cost=(Decimal(price) * Decimal("0.04")).quantize(Decimal("0.01")),
                valuation_method="1",
                documents=documents(*extra),
            )
        )
    declaration = _import_from_china(lrn, items, usd)
    declaration.consignor.address = "Shenzhen, Longgang, Bantian St. 12"
    declaration.declarant = Party(
        name=name, id_number=id_number, address=address, country_code="KZ"
    )
    declaration.origin_country = "various"
    declaration.filled_by.phone = "+7 727 250 00 00"
    declaration.filled_by.date = day
    declaration.renumber_items()
    declaration.invoice_total = declaration.sum_of("price")
    declaration.total_packages = sum(int(g[3]) for g in goods)
    return declaration


BROKER_NAME = "ТОО «Кеден Брокер»"
BROKER_BIN = "990140004654"
BROKER_POWER = "ДОВ-2026/001"  # the practice gateway's demo power of attorney


def filed_by_broker(declaration: Declaration) -> Declaration:
    """The declaration as the practice broker files it for its client: box 54's representative
    section, the contract in box 44 of every item, and the power of attorney of the person who
    fills it in (valid through 2027, as the practice gateway's)."""
    contract = Document(
        type_code="11002",
        number="ДОГ-2026/17",
        date=dt.date(2026, 1, 10),
        valid_to=dt.date(2027, 12, 31),
    )
    declaration.representative = CustomsRepresentative(
        name=BROKER_NAME,
        bin=BROKER_BIN,
        register_entry="0005/1",
        contract_number=contract.number,
        contract_date=contract.date,
    )
    for item in declaration.items:
        if not any(d.type_code == "11002" for d in item.documents):
            item.documents.append(contract.model_copy())
    declaration.filled_by.name = "Жұмабаев Айдос"
    declaration.filled_by.position = "Специалист по таможенному декларированию"
    declaration.filled_by.power_of_attorney = PowerOfAttorney(
        name="доверенность",
        number=BROKER_POWER,
        date=dt.date(2026, 1, 1),
        valid_to=dt.date(2027, 12, 31),  # as the practice gateway's demo power
    )
    return declaration
