"""A table header whose titles wrap onto more lines instead of being cut off: "Таможенная
стоимость, тенге" in a narrow column shows whole, the header growing as tall as its tallest
title needs. The columns keep the widths that fit the table on the screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

WRAPPED = Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap)


class WrappingHeader(QHeaderView):
    """Saved and restored states are a plain header's: Qt refuses to restore a state whose
    alignment carries the word-wrap flag (restoreState returns False, the widths are lost)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(WRAPPED)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        # The titles' height depends on the widths: measured again when a column is resized.
        self.sectionResized.connect(lambda *_: self.updateGeometry())

    def saveState(self) -> QByteArray:
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        try:
            return super().saveState()
        finally:
            self.setDefaultAlignment(WRAPPED)

    def restoreState(self, state: QByteArray | bytes | bytearray | memoryview) -> bool:
        restored = super().restoreState(state)
        self.setDefaultAlignment(WRAPPED)
        return restored

    def title(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def text_room(self, section: int) -> int:
        """The width a title may take in its column."""
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, self)
        extra = arrow if self.isSortIndicatorShown() else 0
        return max(10, self.sectionSize(section) - 2 * frame - extra)

    def wrapped_height(self, section: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
        room = QRect(0, 0, self.text_room(section), 10_000)
        return self.fontMetrics().boundingRect(room, flags, self.title(section)).height()

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N803 (Qt's name)
        size = super().sectionSizeFromContents(logicalIndex)
        lines = self.wrapped_height(logicalIndex)
        one = self.fontMetrics().height()
        return QSize(size.width(), size.height() + max(0, lines - one))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.count() == 0:
            return hint
        tallest = max(
            self.sectionSizeFromContents(i).height()
            for i in range(self.count())
            if not self.isSectionHidden(i)
        )
        return QSize(hint.width(), max(hint.height(), tallest))

    def headerDataChanged(self, orientation: Qt.Orientation, first: int, last: int) -> None:
        super().headerDataChanged(orientation, first, last)
        self.fit_words()
        self.updateGeometry()

    def showEvent(self, event: QShowEvent) -> None:
        self.fit_words()  # widths set before the titles were known
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.fit_words()
            self.updateGeometry()

    def fit_words(self) -> None:
        """Widen a column whose title has a word longer than the column (the titles change
        with the language); the others keep their widths."""
        metrics = self.fontMetrics()
        for section in range(self.count()):
            words = self.title(section).split()
            if not words:
                continue
            widest = max(metrics.horizontalAdvance(word) for word in words)
            short = widest - self.text_room(section)
            if short > 0:
                self.resizeSection(section, self.sectionSize(section) + short)
