"""Interface language: Qt Linguist translations switched at run time, no restart needed."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from kedendesk.domain.reference import resources_dir

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark text for translation in a context; it is translated where shown."""
    return text


def translations_dir() -> Path:
    resources = resources_dir()
    for candidate in (resources.parent / "translations", resources.parent / "_translations"):
        if candidate.is_dir():
            return candidate
    return resources.parent / "translations"


def current_language() -> str:
    """The interface language as a two-letter code (what reference names are shown in)."""
    code = QLocale().name()[:2]
    return code if code in LANGUAGES else "en"


PSEUDO = "pseudo"  # every string stretched with accents: layouts that break show at once
_ACCENTED = str.maketrans("AaCcEeGgIiKkLlNnOoRrSsUuYyZz", "ÅåÇçÉéĜĝÎîĶķĻļÑñÖöŘřŠšÜüÝýŽž")
_KEEP = re.compile(r"(%\d|%n|%L\d|<[^>]*>|&[a-z]+;|\{[^}]*\})")


def pseudo_text(text: str) -> str:
    """English made about 40 % longer and accented, placeholders, tags and the mnemonic's
    ampersand kept (as Vorta's pseudo-translation does), so a translator's longer words are
    seen before a translator writes them."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    shown = "".join(part if _KEEP.fullmatch(part) else part.translate(_ACCENTED) for part in parts)
    letters = sum(ch.isalpha() for ch in text)
    return f"[{shown}{'·' * max(1, round(letters * 0.4))}]"


class PseudoTranslator(QTranslator):
    """Answers every string of the app with its pseudo-translation."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # Qt's own strings keep their words: "" would count as their translation here
        # (PySide passes an empty, not a null, string), emptying "Ctrl+N" in the menus.
        if context.startswith("Q") and context[1:2].isupper():
            return source
        return pseudo_text(source)

    def isEmpty(self) -> bool:
        return False


class LanguageSwitcher(QObject):
    """Installs the app's and Qt's own translators; widgets retranslate on LanguageChange."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Switch to a language; False (and English) when its translation is not built."""
        app = QCoreApplication.instance()
        assert app is not None
        requested = language
        wanted: list[QTranslator] = []
        ours = QTranslator(self)
        if language == PSEUDO:
            wanted.append(PseudoTranslator(self))
        elif ours.load(f"kedendesk_{language}", str(translations_dir())):
            if language != "en":
                qt_own = QTranslator(self)
                qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                if qt_own.load(f"qtbase_{language}", qt_dir):
                    wanted.append(qt_own)
            wanted.append(ours)  # English too: its plural forms ("1 day", "5 days")
        elif language != "en":
            language = "en"
        self.language = language
        # Before the translators change: widgets read it when LanguageChange reaches them.
        QLocale.setDefault(QLocale("en_US" if language == PSEUDO else language))
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = wanted
        for translator in wanted:
            app.installTranslator(translator)
        return language == requested

    def uninstall(self) -> None:
        """Remove this app's translators (when the app shuts down)."""
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self._installed:
                app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale("en_US"))


def full_year(pattern: str) -> str:
    """A QLocale date pattern with four-digit years ("M/d/yy h:mm AP" → "M/d/yyyy h:mm AP"):
    a declaration's dates span decades, and "12/1/26" reads as a day in any of them."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def moment_text(moment: QDateTime) -> str:
    """A date and time in the interface language's short form, with a four-digit year."""
    locale = QLocale()
    return locale.toString(moment, full_year(locale.dateTimeFormat(QLocale.FormatType.ShortFormat)))


def date_text(day: QDate) -> str:
    """A date in the interface language's short form, with a four-digit year."""
    locale = QLocale()
    return locale.toString(day, full_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))
