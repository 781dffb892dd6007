import datetime as dt

import pytest

from kedendesk.domain.reference import (
    PACKS,
    RUSSIAN_FIRST,
    code_list,
    countries,
    currencies,
    lookup,
)


@pytest.mark.parametrize("name", PACKS)
def test_every_pack_is_versioned_and_has_three_languages(name: str) -> None:
    pack = code_list(name)
    assert pack.version
    assert pack.effective_date <= dt.date(2026, 12, 31)
    assert pack.source
    assert len(pack) > 0
    languages = {"ru"} if name in RUSSIAN_FIRST else {"en", "ru", "kk"}
    for entry in pack:
        assert languages <= set(entry.names), entry.code
        assert all(entry.names.values()), entry.code
        assert entry.name("kk") and entry.name("en"), entry.code  # a name in every language


def test_the_document_classifier_is_whole() -> None:
    """Sections 01–11 of the classifier, the everyday codes of real declarations among them."""
    documents = code_list("document-types")
    assert len(documents) > 280
    assert {e.code[:2] for e in documents} == {f"{n:02}" for n in range(1, 12)}
    for code in ("04011", "04023", "04033", "09023", "01191", "07011", "10023", "11001"):
        assert code in documents, code
    assert documents.get("02015").name("ru").startswith("Транспортная накладная")


def test_lookup_by_code() -> None:
    assert code_list("procedures").get("40").name("ru") == "Выпуск для внутреннего потребления"
    assert code_list("transport-modes").get("30").name("en") == "Road"
    assert code_list("document-types").get("11004").name("kk") == "Сенімхат"
    assert code_list("units").get("796").attributes["symbol"] == "шт"
    assert "99" in code_list("transport-modes")
    assert code_list("procedures").get("41") is None


def test_procedures_know_their_directions() -> None:
    procedures = code_list("procedures")
    assert procedures.get("40").attributes["directions"] == ["ИМ"]
    assert procedures.get("10").attributes["directions"] == ["ЭК"]
    assert set(procedures.get("70").attributes["directions"]) == {"ИМ", "ЭК"}


def test_search_by_name_ignores_case_in_cyrillic_and_kazakh() -> None:
    assert [e.code for e in code_list("transport-modes").search("ЖЕЛЕЗНОДОРОЖНЫЙ")] == ["20"]
    assert [e.code for e in code_list("transport-modes").search("темір")] == ["20"]
    assert "KZ" in [e.code for e in countries().search("ҚАЗАҚСТАН")]


def test_search_puts_code_matches_first() -> None:
    found = code_list("procedures").search("40")
    assert found[0].code == "40"


def test_countries_have_russian_and_kazakh_names_and_box_34_extras() -> None:
    kz = countries().get("KZ")
    assert kz is not None
    assert (kz.name("en"), kz.name("ru"), kz.name("kk")) == ("Kazakhstan", "Казахстан", "Қазақстан")
    assert countries().get("EU") is not None
    assert countries().get("00") is not None


def test_currencies_with_numeric_codes_and_kazakh_names() -> None:
    usd = currencies().get("USD")
    assert usd is not None
    assert usd.attributes["numeric"] == "840"
    assert usd.name("ru") == "Доллар США"
    assert usd.name("kk") == "АҚШ доллары"
    assert lookup("currencies").get("KZT") is not None


def test_loader_is_cached() -> None:
    assert code_list("units") is code_list("units")
