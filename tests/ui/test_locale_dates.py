"""Dates with four-digit years in every interface language (Qt's short formats write "12/1/26"
in English and "01.12.26" in Kazakh, which a declarant cannot tell from 1926 or 2126), and the
built-in Practice profile named in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from kedendesk.services.profiles import PRACTICE
from kedendesk.ui.i18n import full_year, moment_text
from kedendesk.ui.profiles_dialog import profile_label
from tests.ui.conftest import OpenApp


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        ("en_US", "12/1/2026 10:02\u202fAM"),  # CLDR puts a narrow no-break space before AM
        ("ru_RU", "01.12.2026 10:02"),
        ("kk_KZ", "01.12.2026 10:02"),
    ],
)
def test_a_moment_shows_its_whole_year(locale: str, shown: str) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert moment_text(QDateTime(QDate(2026, 12, 1), QTime(10, 2))) == shown
    finally:
        QLocale.setDefault(previous)


def test_a_four_digit_year_stays_as_it_is() -> None:
    assert full_year("dd.MM.yyyy") == "dd.MM.yyyy"
    assert full_year("M/d/yy h:mm") == "M/d/yyyy h:mm"


@pytest.mark.parametrize(("language", "shown"), [("ru", "Шлюз Учебный"), ("kk", "Оқу шлюзі")])
def test_the_practice_profile_is_named_in_the_interface_language(
    open_app: OpenApp, language: str, shown: str
) -> None:
    window = open_app(language).window
    window._profile_name = PRACTICE  # as on the Practice profile, without starting its gateway
    window._show_gateway()
    assert window.gateway_label.text().startswith(shown)
    assert profile_label("Брокерский шлюз") == "Брокерский шлюз"  # the user's own: as named
