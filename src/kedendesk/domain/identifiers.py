"""Kazakhstan business and individual identification numbers (BIN and IIN).

Both are 12 digits ending in a check digit (reference, section 3). Validation returns a
problem code rather than raising, so a draft can hold a wrong number and the checks can say why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

_WEIGHTS_1 = tuple(range(1, 12))
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


class IdKind(StrEnum):
    IIN = "IIN"  # an individual
    BIN = "BIN"  # a legal entity, branch, or joint entrepreneurship


class IdProblem(StrEnum):
    """Why a number is not a valid BIN/IIN; codes the UI turns into words."""

    EMPTY = "empty"
    NOT_DIGITS = "not-digits"
    WRONG_LENGTH = "wrong-length"
    CHECK_DIGIT = "check-digit"
    NO_CHECK_DIGIT = "no-check-digit"  # both weight sets give 10: never issued
    BAD_DATE = "bad-date"
    BAD_STRUCTURE = "bad-structure"


class EntityType(StrEnum):
    RESIDENT = "resident-legal-entity"  # 4
    NON_RESIDENT = "non-resident-legal-entity"  # 5
    JOINT_ENTREPRENEURSHIP = "joint-individual-entrepreneurship"  # 6


class Division(StrEnum):
    HEAD_OFFICE = "head-office"  # 0
    BRANCH = "branch"  # 1
    REPRESENTATIVE_OFFICE = "representative-office"  # 2
    PEASANT_FARM = "peasant-farm"  # 3


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


_ENTITY_TYPES = {
    "4": EntityType.RESIDENT,
    "5": EntityType.NON_RESIDENT,
    "6": EntityType.JOINT_ENTREPRENEURSHIP,
}
_DIVISIONS = {
    "0": Division.HEAD_OFFICE,
    "1": Division.BRANCH,
    "2": Division.REPRESENTATIVE_OFFICE,
    "3": Division.PEASANT_FARM,
}
_CENTURIES = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}


@dataclass(frozen=True)
class ParsedId:
    """A valid BIN or IIN and what its digits say."""

    number: str
    kind: IdKind
    # IIN
    birth_date: dt.date | None = None
    sex: Sex | None = None
    # BIN
    registered_year: int | None = None  # two-digit year as written: 94 for 1994 or 2094
    registered_month: int | None = None
    entity_type: EntityType | None = None
    division: Division | None = None


class InvalidIdError(ValueError):
    def __init__(self, number: str, problem: IdProblem) -> None:
        super().__init__(f"{number!r}: {problem.value}")
        self.number = number
        self.problem = problem


def check_digit(first_eleven: str) -> int | None:
    """The 12th digit for 11 leading digits, or None if no valid number can end them."""
    digits = [int(c) for c in first_eleven]
    for weights in (_WEIGHTS_1, _WEIGHTS_2):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


def _checksum_problem(number: str) -> IdProblem | None:
    if not number.strip():
        return IdProblem.EMPTY
    if not number.isascii() or not number.isdigit():
        return IdProblem.NOT_DIGITS
    if len(number) != 12:
        return IdProblem.WRONG_LENGTH
    expected = check_digit(number[:11])
    if expected is None:
        return IdProblem.NO_CHECK_DIGIT
    if expected != int(number[11]):
        return IdProblem.CHECK_DIGIT
    return None


def _parse_iin(number: str) -> ParsedId:
    century = _CENTURIES.get(number[6])
    if century is None:
        raise InvalidIdError(number, IdProblem.BAD_STRUCTURE)
    try:
        born = dt.date(century + int(number[0:2]), int(number[2:4]), int(number[4:6]))
    except ValueError:
        raise InvalidIdError(number, IdProblem.BAD_DATE) from None
    sex = Sex.MALE if int(number[6]) % 2 == 1 else Sex.FEMALE
    return ParsedId(number, IdKind.IIN, birth_date=born, sex=sex)


def _parse_bin(number: str) -> ParsedId:
    month = int(number[2:4])
    if not 1 <= month <= 12:
        raise InvalidIdError(number, IdProblem.BAD_DATE)
    entity = _ENTITY_TYPES.get(number[4])
    division = _DIVISIONS.get(number[5])
    if entity is None or division is None:
        raise InvalidIdError(number, IdProblem.BAD_STRUCTURE)
    return ParsedId(
        number,
        IdKind.BIN,
        registered_year=int(number[0:2]),
        registered_month=month,
        entity_type=entity,
        division=division,
    )


def kind_of(number: str) -> IdKind:
    """BIN or IIN by the fifth digit alone (4–6 is a BIN), valid or not."""
    return IdKind.BIN if len(number) > 4 and number[4] in _ENTITY_TYPES else IdKind.IIN


def parse_id(number: str, expected: IdKind | None = None) -> ParsedId:
    """Parse a BIN or IIN, telling them apart by the fifth digit (4–6 is a BIN).

    Raises InvalidIdError with the problem code. With ``expected``, a valid number of the
    other kind is a structure problem.
    """
    problem = _checksum_problem(number)
    if problem is not None:
        raise InvalidIdError(number, problem)
    kind = kind_of(number)
    if expected is not None and kind is not expected:
        raise InvalidIdError(number, IdProblem.BAD_STRUCTURE)
    return _parse_bin(number) if kind is IdKind.BIN else _parse_iin(number)


def id_problem(number: str, expected: IdKind | None = None) -> IdProblem | None:
    """None when the number is a valid BIN/IIN (of the expected kind), else why not."""
    try:
        parse_id(number, expected)
    except InvalidIdError as error:
        return error.problem
    return None


def complete_with_check_digit(first_eleven: str) -> str | None:
    """Append the check digit, for generating test and demo numbers."""
    digit = check_digit(first_eleven)
    return None if digit is None else first_eleven + str(digit)
