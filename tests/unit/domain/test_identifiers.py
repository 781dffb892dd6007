import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kedendesk.domain.identifiers import (
    Division,
    EntityType,
    IdKind,
    IdProblem,
    InvalidIdError,
    Sex,
    check_digit,
    complete_with_check_digit,
    id_problem,
    parse_id,
)

# Published valid BINs (reference, section 3; python-stdnum's test numbers).
KNOWN_VALID_BINS = ["940140000385", "990140004654"]


@pytest.mark.parametrize("number", KNOWN_VALID_BINS)
def test_known_bins_are_valid_resident_head_offices(number: str) -> None:
    parsed = parse_id(number)
    assert parsed.kind is IdKind.BIN
    assert parsed.entity_type is EntityType.RESIDENT
    assert parsed.division is Division.HEAD_OFFICE
    assert parsed.registered_month == 1


@pytest.mark.parametrize("number", KNOWN_VALID_BINS)
@pytest.mark.parametrize("position", [*range(10), 11])
def test_a_changed_digit_of_a_valid_bin_is_refused(number: str, position: int) -> None:
    digit = int(number[position])
    corrupted = number[:position] + str((digit + 1) % 10) + number[position + 1 :]
    assert id_problem(corrupted) is not None


def test_the_eleventh_digit_weighs_eleven_so_the_checksum_cannot_see_it() -> None:
    # A property of the official algorithm, kept here so nobody "fixes" it by accident.
    number = KNOWN_VALID_BINS[0]
    changed = number[:10] + "1" + number[11]
    assert number[10] != "1"
    assert check_digit(changed[:11]) == int(number[11])


def test_swapped_neighbour_digits_are_refused() -> None:
    number = KNOWN_VALID_BINS[0]
    swapped = number[:8] + number[9] + number[8] + number[10:]
    assert number != swapped
    assert id_problem(swapped) is IdProblem.CHECK_DIGIT


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("", IdProblem.EMPTY),
        ("   ", IdProblem.EMPTY),
        ("94014000038", IdProblem.WRONG_LENGTH),
        ("9401400003851", IdProblem.WRONG_LENGTH),
        ("94014000038A", IdProblem.NOT_DIGITS),
        ("９４０１４０００００３８５", IdProblem.NOT_DIGITS),  # full-width digits
        ("940140000386", IdProblem.CHECK_DIGIT),
    ],
)
def test_problems_are_named(number: str, problem: IdProblem) -> None:
    assert id_problem(number) is problem
    with pytest.raises(InvalidIdError) as raised:
        parse_id(number)
    assert raised.value.problem is problem


def test_iin_gives_birth_date_and_sex() -> None:
    iin = complete_with_check_digit("85071530012")  # 15 July 1985, man born in the 1900s
    assert iin is not None
    parsed = parse_id(iin)
    assert parsed.kind is IdKind.IIN
    assert parsed.birth_date == dt.date(1985, 7, 15)
    assert parsed.sex is Sex.MALE


def test_iin_with_impossible_birth_date_is_refused() -> None:
    iin = complete_with_check_digit("85023140012")  # 31 February
    assert iin is not None
    assert id_problem(iin) is IdProblem.BAD_DATE


def test_bin_with_month_13_is_refused() -> None:
    number = complete_with_check_digit("94134000038")
    assert number is not None
    assert id_problem(number) is IdProblem.BAD_DATE


def test_branch_of_non_resident() -> None:
    number = complete_with_check_digit("05085100123")
    assert number is not None
    parsed = parse_id(number)
    assert parsed.entity_type is EntityType.NON_RESIDENT
    assert parsed.division is Division.BRANCH
    assert (parsed.registered_year, parsed.registered_month) == (5, 8)


def test_expected_kind_is_enforced() -> None:
    assert id_problem(KNOWN_VALID_BINS[0], IdKind.IIN) is IdProblem.BAD_STRUCTURE
    assert id_problem(KNOWN_VALID_BINS[0], IdKind.BIN) is None


def test_second_weights_are_used_when_first_sum_gives_ten() -> None:
    # Find eleven digits whose first weighted sum is 10 mod 11 and check the fallback.
    for serial in range(100000):
        first = f"940140{serial:05d}"
        if sum(int(d) * w for d, w in zip(first, range(1, 12), strict=True)) % 11 == 10:
            break
    weights = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
    second = sum(int(d) * w for d, w in zip(first, weights, strict=True)) % 11
    assert check_digit(first) == (None if second == 10 else second)


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_completed_numbers_pass_the_checksum(first_eleven: str) -> None:
    number = complete_with_check_digit(first_eleven)
    if number is None:
        assert check_digit(first_eleven) is None
    else:
        assert id_problem(number) not in (IdProblem.CHECK_DIGIT, IdProblem.WRONG_LENGTH)
