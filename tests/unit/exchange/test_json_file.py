import json

import pytest

from kedendesk.domain.declaration import Declaration, Document, GoodsItem, Party
from kedendesk.exchange.json_file import ExchangeError, dumps, json_schema, loads


def _sample() -> Declaration:
    return Declaration(
        lrn="KD-2026-000001",
        direction="ИМ",
        procedure="40",
        declarant=Party(name="ТОО «Әйгерім Сауда»", id_number="940140000385", country_code="KZ"),
        exchange_rate="512.3400",
        items=[
            GoodsItem(
                description="Ноутбуктер / ноутбуки",
                commodity_code="8471300000",
                gross_mass_kg="12.500",
                net_mass_kg="11",
                price="1500.00",
                documents=[Document(type_code="04021", number="INV-1", date="01.11.2026")],
            )
        ],
    )


def test_round_trip_is_exact() -> None:
    text = dumps(_sample())
    assert loads(text) == _sample()
    assert dumps(loads(text)) == text


def test_file_keeps_kazakh_text_readable() -> None:
    assert "Әйгерім" in dumps(_sample())


def test_syntax_error_names_line_and_column() -> None:
    text = dumps(_sample()).replace('"lrn": "KD-2026-000001",', '"lrn": "KD-2026-000001"')
    with pytest.raises(ExchangeError) as raised:
        loads(text)
    problem = raised.value.problems[0]
    assert problem.line == 6
    assert problem.column is not None
    assert "line 6" in str(raised.value)


def test_unknown_field_is_named_by_its_path() -> None:
    data = json.loads(dumps(_sample()))
    data["declaration"]["items"][0]["colour"] = "red"
    with pytest.raises(ExchangeError) as raised:
        loads(json.dumps(data))
    assert raised.value.problems[0].field == "declaration.items[0].colour"


def test_other_json_is_not_a_declaration() -> None:
    for text in ("[]", '{"lrn": "A"}', '{"format": "other"}'):
        with pytest.raises(ExchangeError, match="not a Kedendesk declaration file"):
            loads(text)


def test_schema_describes_the_file() -> None:
    schema = json_schema()
    assert schema["title"] == "Kedendesk DT file"
    assert "declaration" in schema["properties"]
    assert "GoodsItem" in schema["$defs"]
