"""Finding text that does not fit: a label, button, tab or table title narrower than its
words, in whatever language the interface speaks (tests/ui/test_layout_fits.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTabBar,
    QTableView,
    QWidget,
)

from kedendesk.ui.wrapping_header import WrappingHeader


def clipped(root: QWidget) -> list[str]:
    """What under `root` (shown now) is cut off: "Class 'text' needs N, has M"."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if "<" not in widget.text():  # rich text is laid out by its own rules
                need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
                room = widget.contentsRect().width() - 2 * widget.margin()
                if need > room + 1:
                    found.append(f"QLabel {widget.text()!r} needs {need}, has {room}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if (
                isinstance(widget, (QCheckBox, QRadioButton))
                or type(widget).__name__ == "QPushButton"
            ):
                need = widget.sizeHint().width()
                if need > widget.width() + 1:
                    name, has = type(widget).__name__, widget.width()
                    found.append(f"{name} {widget.text()!r} needs {need}, has {has}")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if need > widget.width():
                found.append(f"QGroupBox {widget.title()!r} needs {need}, has {widget.width()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = widget.tabText(index).replace("&", "")
                need = widget.fontMetrics().horizontalAdvance(text)
                if need > widget.tabRect(index).width() and not widget.usesScrollButtons():
                    found.append(f"tab {text!r} needs {need}, has {widget.tabRect(index).width()}")
        elif isinstance(widget, QTableView):
            found += [f"column {title!r}" for title in clipped_titles(widget.horizontalHeader())]
    return found


def clipped_titles(header: QHeaderView) -> list[str]:
    """The titles of a header that do not show whole: a word wider than its column, or more
    lines than the header is tall. (For tests, and to look at a layout.)"""
    found = []
    model = header.model()
    if model is None:
        return found
    metrics = header.fontMetrics()
    last = header.count() - 1
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        if isinstance(header, WrappingHeader):
            room = header.text_room(section)
            widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
            too_tall = header.wrapped_height(section) > header.height()
            stretched = header.stretchLastSection() and section == last
            if (widest > room and not stretched) or too_tall:
                found.append(text)
        elif header.sectionSizeFromContents(section).width() > header.sectionSize(section) and not (
            header.stretchLastSection() and section == last
        ):
            found.append(text)
    return found
