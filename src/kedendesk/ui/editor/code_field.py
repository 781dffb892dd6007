"""A code entry with completion by code and by name, and the code's name shown beside it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QWidget,
)

from kedendesk.domain.reference import CodeList, lookup
from kedendesk.ui.i18n import current_language

SEPARATOR = " — "


POPUP_MAX_WIDTH = 720


class CodeField(QWidget):
    """Signals: text_edited(str) when the user changes the code (typing or choosing)."""

    text_edited = Signal(str)

    def __init__(self, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes: CodeList = lookup(list_name)
        self.line_edit = QLineEdit(self)
        self.line_edit.setMaximumWidth(110)
        self.name_label = QLabel(self)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name_label.setWordWrap(True)  # a long name takes more lines, never cut off
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.name_label, 1)
        self.setFocusProxy(self.line_edit)

        self._choices = QStringListModel(self)
        self.completer = QCompleter(self._choices, self)
        self.completer.setWidget(self.line_edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated.connect(self._chosen)
        self.line_edit.textEdited.connect(self._typed)
        self._fill_choices()
        self._show_name()

    def text(self) -> str:
        return self.line_edit.text()

    def setText(self, code: str) -> None:
        self.line_edit.setText(code)
        self._show_name()

    def _fill_choices(self) -> None:
        language = current_language()
        choices = [f"{entry.code}{SEPARATOR}{entry.name(language)}" for entry in self._codes]
        self._choices.setStringList(choices)
        # The popup as wide as its longest choice (the code box itself is narrow), up to a
        # width that still fits a 1366 px screen.
        popup = self.completer.popup()
        if popup is None:
            return
        metrics = popup.fontMetrics()
        widest = max((metrics.horizontalAdvance(choice) for choice in choices), default=0)
        scroll = popup.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        popup.setMinimumWidth(min(POPUP_MAX_WIDTH, widest + scroll + 24))

    def _typed(self, text: str) -> None:
        self._show_name()
        self.text_edited.emit(text)
        if text.strip():
            self.completer.setCompletionPrefix(text.strip())
            self.completer.complete()

    def _chosen(self, choice: str) -> None:
        code = choice.split(SEPARATOR, 1)[0]
        self.line_edit.setText(code)
        self._show_name()
        self.text_edited.emit(code)

    def _show_name(self) -> None:
        code = self.line_edit.text().strip()
        entry = self._codes.get(code) if code else None
        if entry is not None:
            self.name_label.setText(entry.name(current_language()))
            self.name_label.setToolTip(entry.name(current_language()))
            self.name_label.setStyleSheet("")
        elif code:
            self.name_label.setText(self.tr("Not in the code list"))
            self.name_label.setToolTip("")
            self.name_label.setStyleSheet("color: #b3261e;")
        else:
            self.name_label.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_choices()
            self._show_name()
        super().changeEvent(event)
