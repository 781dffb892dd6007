"""Finding goods in the whole ЕТТ by the words a declarant types, in Russian and English."""

from __future__ import annotations

import pytest

from kedendesk.domain.tariff import official_tariff
from kedendesk.domain.tariff_search import stems


@pytest.mark.parametrize(
    ("words", "heading"),
    [
        ("лампа", "8539"),
        ("кабель", "8544"),
        ("зарядное", "850440"),
        ("клавиатура", "847160"),
        ("мышь", "847160"),
        ("наушники", "851830"),
        ("аккумулятор", "8507"),
        ("концентратор", "847180"),
        ("камера", "8525"),
        ("громкоговоритель", "8518"),
        ("lamp", "8539"),
        ("cable", "8544"),
        ("charger", "850440"),
        ("keyboard", "847160"),
        ("mouse", "847160"),
        ("headphones", "851830"),
        ("power bank", "850760"),
        ("USB hub", "847180"),
        ("webcam", "852589"),
        ("speaker", "8518"),
        ("провода медные", "8544"),
        ("светодиодные лампы", "8539"),
    ],
)
def test_everyday_words_find_their_heading_first(words: str, heading: str) -> None:
    found = official_tariff().search(words, 20)
    assert found, words
    assert found[0].code.startswith(heading), (words, [line.code for line in found[:5]])


def test_a_half_typed_word_already_finds() -> None:
    assert "8471606000" in [line.code for line in official_tariff().search("клавиат", 3)]


def test_digits_find_by_code_prefix_with_or_without_spaces() -> None:
    tariff = official_tariff()
    assert [line.code for line in tariff.search("8471 60")] == ["8471606000", "8471607000"]
    assert [line.code for line in tariff.search("8471.60")] == ["8471606000", "8471607000"]
    assert tariff.search("8544429007")[0].code == "8544429007"


def test_nonsense_finds_nothing_and_never_raises() -> None:
    tariff = official_tariff()
    for text in ("zzqqxx", "и или", "\x00", "🙂", "-" * 500, "а" * 10_000):
        assert isinstance(tariff.search(text, 10), list)
    assert tariff.search("zzqqxx") == []


def test_stems_fold_case_and_word_forms() -> None:
    assert stems("Кабели КАБЕЛЬ кабелей") == ["кабел"] * 3
    assert stems("Headphones headphone") == ["headphon"] * 2
