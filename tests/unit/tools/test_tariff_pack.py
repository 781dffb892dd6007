"""The tariff tool on the printed table's tricky lines, and facts about the pack it made.

The excerpts are lines of the EEC's group PDFs as `pdftotext -layout` prints them."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

from kedendesk.domain.tariff import Rate, official_tariff
from kedendesk.tools import tariff_pack
from kedendesk.tools.ett_layout import rows, split_note
from kedendesk.tools.ett_rates import PrintedRateError, rate_text

ROOT = Path(__file__).resolve().parents[3]
SOURCES = Path(
    os.environ.get(
        "KEDENDESK_ETT_SOURCES", ROOT.parent / "shared" / "reference-sources" / "eec-ett-2022"
    )
)
HEADER = """\
                                                                 Ставка ввозной
                                                                   таможенной
                                                                     пошлины
                                                     Доп.
   Код                                                         (в процентах
                      Наименование позиции           ед.
  ТН ВЭД                                                     от таможенной
                                                     изм.
                                                             стоимости либо
                                                               в евро, либо
                                                            в долларах США)
"""
COUNTS = {"5": 3000, "0": 2000, "10": 1700, "12": 250, "12,5": 300, "2,5": 3, "15": 700}


def _rows(body: str) -> list:
    return list(rows(HEADER + body, COUNTS))


def test_a_rate_with_a_glued_note_marker_is_split() -> None:
    assert split_note("1263С)", COUNTS) == ("12", "63С")
    assert split_note("563С)", COUNTS) == ("5", "63С")
    assert split_note("12,567С)", COUNTS) == ("12,5", "67С")
    assert split_note("2,563С)", COUNTS) == ("2,5", "63С")
    assert split_note("09С)", COUNTS) == ("0", "9С")
    assert split_note("019С)", COUNTS) == ("0", "19С")
    assert split_note("15111С)", COUNTS) == ("15", "111С")
    assert split_note("5114С)", COUNTS) == ("5", "114С")
    assert split_note("7,5", COUNTS) == ("7,5", "")


def test_rows_carry_depth_text_unit_and_rate() -> None:
    body = """\
8544            Провода изолированные (включая
                эмалированные или анодированные),
                кабели:
                – провода обмоточные:
8544 11         – – медные:
8544 11 100 0   – – – лакированные или               –           10
                      эмалированные
8544 42 900 7   – – – – – прочие                        –          1263С)
+ 8543 90 000 0   – части                             –             0
"""
    found = _rows(body)
    assert [(r.code, r.depth) for r in found] == [
        ("8544", 0),
        ("", 1),
        ("854411", 2),
        ("8544111000", 3),
        ("8544429007", 5),
        ("8543900000", 1),
    ]
    heading, _, _, enamelled, other, parts = found
    assert heading.text.startswith("Провода изолированные (включая эмалированные")
    assert heading.text.endswith("кабели:")
    assert (enamelled.text, enamelled.unit, enamelled.rate) == (
        "лакированные или эмалированные",
        "–",
        "10",
    )
    assert (other.rate, other.note) == ("12", "63С")
    assert parts.changed and not other.changed


def test_a_rate_that_wraps_onto_the_next_lines_is_joined() -> None:
    body = """\
0207 14 200 1   – – – – – – в порядке, указанном в      –      25, но не менее
                            дополнительном                     0,2 евро за 1 кг
                            примечании
8701 21 901 1   – – – – – с момента выпуска которых    шт      1 евро за 1 см3
                          прошло более 7 лет                  объема двигателя
"""
    chicken, tractor = _rows(body)
    assert chicken.rate == "25, но не менее 0,2 евро за 1 кг"
    assert chicken.text == "в порядке, указанном в дополнительном примечании"
    assert tractor.rate == "1 евро за 1 см3 объема двигателя"
    assert tractor.unit == "шт"


def test_units_printed_on_two_lines_or_glued_to_the_rate() -> None:
    body = """\
2402 10 000 0   – сигары, сигары с обрезанными       1000   17, но не менее
                  концами и сигариллы, содержащие     шт 1,7 евро за 1000 шт
                  табак
2402 20 900 0   – – прочие                           1000   2 евро за 1000 шт
                                                      шт
2208 30 110 0   – – – 2 л или менее                    л       1,4 евро за 1 л
                                                     100%
                                                     спирта
7003 12 990 0   – – – – прочие                         м 2
                                                                   15
2844 30 911 0   – – – – урана, обедненного ураном-235 кг U          0
"""
    cigars, cigarettes, whisky, glass, uranium = _rows(body)
    assert (cigars.unit, cigars.rate) == ("1000 шт", "17, но не менее 1,7 евро за 1000 шт")
    assert (cigarettes.unit, cigarettes.rate) == ("1000 шт", "2 евро за 1000 шт")
    assert (whisky.unit, whisky.rate) == ("л 100% спирта", "1,4 евро за 1 л")
    assert (glass.unit, glass.rate) == ("м2", "15")
    assert (uranium.text, uranium.unit, uranium.rate) == (
        "урана, обедненного ураном-235",
        "кг U",
        "0",
    )


def test_national_footnote_markers_leave_the_text() -> None:
    body = """\
8504 31 210 1   – – – – – для гражданских               шт            5
                          воздушных судов5)
"""
    (row,) = _rows(body)
    assert row.text == "для гражданских воздушных судов"


@pytest.mark.parametrize(
    ("printed", "project"),
    [
        ("5", "5%"),
        ("7,5", "7.5%"),
        ("–", "0%"),
        ("10, но не менее 0,2 евро за 1 кг", "10% but not less than 0.2 EUR/kg"),
        ("10 плюс 0,1 евро за 1 кг", "10% plus 0.1 EUR/kg"),
        ("1,75 евро за 1 кг", "1.75 EUR/kg"),
        ("250 долларов США за 1000 кг", "250 USD/t"),
        ("203 доллара США за 1 кг", "203 USD/kg"),
        ("1,25 евро за 1 пару", "1.25 EUR/pair"),
        ("20, но не менее 1,1 евро за 1 см3 объема двигателя", "20% but not less than 1.1 EUR/cm3"),
        ("2 евро за 1000 шт", "2 EUR/1000pcs"),
        ("0,38 евро за 1 м2", "0.38 EUR/m2"),
    ],
)
def test_printed_rates_become_rates_the_calculation_reads(printed: str, project: str) -> None:
    text = rate_text(printed)
    assert text == project
    assert Rate.parse(text).text() == project


def test_a_lower_of_two_rate_is_left_to_the_user_and_nonsense_stops_the_tool() -> None:
    assert rate_text("15, либо 12,5, но не менее 0,9 евро за 1 см3 объема двигателя, в") is None
    with pytest.raises(PrintedRateError):
        rate_text("по весу")


def test_the_pack_holds_the_whole_nomenclature() -> None:
    tariff = official_tariff()
    assert not tariff.practice
    assert len(tariff) > 13_000
    four_digit = {h.code for h in tariff.headings if len(h.code) == 4}
    assert len(four_digit) == 1228  # the headings of the HS 2022
    for line in tariff.lines:
        assert len(line.code) == 10 and line.code.isdigit(), line.code
        path = tariff.path(line)
        assert path and path[0].code == line.code[:4], line.code
        assert all(h.code == "" or line.code.startswith(h.code) for h in path), line.code
    assert len({line.code for line in tariff.lines}) == len(tariff)


@pytest.mark.parametrize(
    ("code", "duty", "unit", "note"),
    [
        ("8544429007", "12%", "", "63С"),
        ("8504318003", "8%", "796", "35С"),
        ("0201300008", "50% but not less than 1 EUR/kg", "", ""),
        ("2402209000", "2 EUR/1000pcs", "798", ""),
        ("6403911800", "1.25 EUR/pair", "715", ""),
        ("8471300000", "0%", "796", ""),
        ("8703239041", "1.6 EUR/cm3", "796", ""),
        ("1701121001", "250 USD/t", "", ""),
        ("2208301100", "1.4 EUR/l", "831", ""),
        ("8518210000", "5%", "796", ""),
    ],
)
def test_sample_codes_have_their_published_rates_and_units(
    code: str, duty: str, unit: str, note: str
) -> None:
    line = official_tariff().get(code)
    assert line is not None
    assert (line.duty.text(), line.unit, line.note) == (duty, unit, note)


def test_the_pack_records_each_group_and_its_date() -> None:
    data = json.loads((ROOT / "resources" / "tariff" / "ett-2022.json").read_text("utf-8"))
    groups = {g["group"]: g["asOf"] for g in data["groups"]}
    assert len(groups) == 96 and "77" not in groups
    assert groups["85"] == "2026-03-08"
    assert "Decision No. 80" in data["source"]
    kinds = Counter(Rate.parse(line["duty"]).kind for line in data["lines"] if line["duty"])
    assert kinds["ad-valorem"] > 9000 and kinds["combined"] > 1000 and kinds["additive"] > 30


@pytest.mark.skipif(
    not os.environ.get("CI") and not (SOURCES.is_dir() and shutil.which("pdftotext")),
    reason="the EEC PDFs or poppler's pdftotext are not on this machine (CI requires both)",
)
def test_the_tool_rebuilds_the_committed_pack_from_the_pdfs(tmp_path: Path) -> None:
    """The pack in the repository is what the tool makes of the EEC's PDFs, byte for byte."""
    output = tmp_path / "ett.json"
    practice = ROOT / "resources" / "tariff" / "practice.json"
    assert tariff_pack.main([str(SOURCES), "-o", str(output), "--names", str(practice)]) == 0
    committed = ROOT / "resources" / "tariff" / "ett-2022.json"
    assert output.read_bytes() == committed.read_bytes()
