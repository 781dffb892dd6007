"""Items → Import from invoice…: a supplier's spreadsheet previewed before anything is added.

The dialog reads the file in the background, shows which column it took for which field (each
can be changed, and the choice is remembered for the supplier), the goods items the lines make
by the EAEU rule, the totals that do not add up and the problems by sheet, row and column.
Nothing reaches the declaration until *Add*; a file with problems adds nothing.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.declaration import GoodsItem
from kedendesk.exchange.invoice_file import FIELDS
from kedendesk.services.invoice_import import InvoiceImportService, InvoicePreview, Place
from kedendesk.ui.file_problems import problem_details
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.operations import Operations
from kedendesk.ui.table_model import RIGHT, ReadOnlyTableModel, read_only_view

CONTEXT = "InvoiceItemsModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("InvoiceItemsModel", "Code"),
    QT_TRANSLATE_NOOP("InvoiceItemsModel", "Origin"),
    QT_TRANSLATE_NOOP("InvoiceItemsModel", "Price"),
    QT_TRANSLATE_NOOP("InvoiceItemsModel", "Net, kg"),
    QT_TRANSLATE_NOOP("InvoiceItemsModel", "Lines"),
    QT_TRANSLATE_NOOP("InvoiceItemsModel", "Description"),
)
FIELD_NAMES = {
    "description": QT_TRANSLATE_NOOP("InvoiceDialog", "Description"),
    "article": QT_TRANSLATE_NOOP("InvoiceDialog", "Article"),
    "code": QT_TRANSLATE_NOOP("InvoiceDialog", "Commodity code"),
    "origin": QT_TRANSLATE_NOOP("InvoiceDialog", "Country of origin"),
    "quantity": QT_TRANSLATE_NOOP("InvoiceDialog", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("InvoiceDialog", "Unit"),
    "unit_price": QT_TRANSLATE_NOOP("InvoiceDialog", "Unit price"),
    "amount": QT_TRANSLATE_NOOP("InvoiceDialog", "Amount"),
    "gross": QT_TRANSLATE_NOOP("InvoiceDialog", "Gross mass"),
    "net": QT_TRANSLATE_NOOP("InvoiceDialog", "Net mass"),
    "packages": QT_TRANSLATE_NOOP("InvoiceDialog", "Packages"),
    "manufacturer": QT_TRANSLATE_NOOP("InvoiceDialog", "Manufacturer"),
    "trademark": QT_TRANSLATE_NOOP("InvoiceDialog", "Trademark"),
    "model": QT_TRANSLATE_NOOP("InvoiceDialog", "Model"),
}
DIFFERENCES = {
    "invoice-total": QT_TRANSLATE_NOOP(
        "InvoiceDialog", "%1: the invoice total is %2, the lines add up to %3"
    ),
    "stated-total": QT_TRANSLATE_NOOP("InvoiceDialog", "%1: %4 total is %2, the lines give %3"),
    "line-amount": QT_TRANSLATE_NOOP(
        "InvoiceDialog", "%1: the amount is %2, quantity × unit price is %3"
    ),
    "net-above-gross": QT_TRANSLATE_NOOP("InvoiceDialog", "%1: net %2 is above gross %3"),
    "packing-differs": QT_TRANSLATE_NOOP(
        "InvoiceDialog", "%1: %4 is %2 on the invoice, %3 on the packing list"
    ),
    "packing-missing": QT_TRANSLATE_NOOP("InvoiceDialog", "%1: not on the packing list"),
    "invoice-missing": QT_TRANSLATE_NOOP("InvoiceDialog", "%1: on the packing list only"),
}


class InvoiceItemsModel(ReadOnlyTableModel[GoodsItem]):
    context = CONTEXT
    columns = COLUMNS

    def cell(self, item: GoodsItem, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                item.commodity_code,
                item.origin_country,
                "" if item.price is None else str(item.price),
                "" if item.net_mass_kg is None else str(item.net_mass_kg),
                str(len(item.goods_lines)),
                item.description,
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return RIGHT
        return None


def _number(value: Decimal) -> str:
    """A figure as a declarant reads it: 14 775.00, 3 126, 363.5 (never 3126.0)."""
    whole = value == value.to_integral_value()
    value = value.quantize(Decimal(1)) if whole else value.normalize()
    return f"{value:,}".replace(",", "\u00a0")


class InvoiceDialog(QDialog):
    """After exec(): `items()` are the goods items to add (empty when cancelled)."""

    def __init__(
        self,
        service: InvoiceImportService,
        operations: Operations,
        supplier: str = "",
        parent: QWidget | None = None,
        client_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceDialog")
        self._client_id = client_id
        self._service = service
        self._operations = operations
        self._supplier = supplier
        self.preview: InvoicePreview | None = None
        self.path: Path | None = None
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseInvoice")
        self.choose_button.clicked.connect(self.choose_file)
        self.packing_button = QPushButton()
        self.packing_button.setObjectName("choosePacking")
        self.packing_button.clicked.connect(self.choose_packing)
        self.packing: Path | None = None
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.packing_button)
        top.addWidget(self.file_label, 1)
        self.mapping_group = QGroupBox()
        self.mapping_form = QFormLayout(self.mapping_group)
        self.combos: dict[str, QComboBox] = {}
        self.mapping_labels: dict[str, QLabel] = {}
        for name in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"column-{name}")
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.activated.connect(lambda _index: self._remap())
            label = QLabel()
            self.combos[name] = combo
            self.mapping_labels[name] = label
            self.mapping_form.addRow(label, combo)
        self.model = InvoiceItemsModel()
        self.model.setParent(self)
        self.view = read_only_view(self.model, "invoiceItems", 5)
        self.notes = QListWidget()
        self.notes.setObjectName("invoiceNotes")
        self.notes.setMaximumHeight(130)
        self.notes.setWordWrap(True)  # a difference names two files' places: all of it shown
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setEnabled(False)
        self.add_button.setDefault(True)  # Enter adds the items, never reopens the file chooser
        for button in (self.choose_button, self.packing_button):
            button.setAutoDefault(False)
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right.addWidget(self.notes)
        middle = QHBoxLayout()
        middle.addWidget(self.mapping_group)
        middle.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Import goods items from an invoice"))
        self.choose_button.setText(self.tr("&Choose the invoice…"))
        self.packing_button.setText(self.tr("Add its &packing list…"))
        self.file_label.setText(self.tr("An XLSX or CSV invoice or packing list."))
        self.mapping_group.setTitle(self.tr("Which column is which"))
        for name, label in self.mapping_labels.items():
            label.setText(self.tr(FIELD_NAMES[name]))
        self.add_button.setText(self.tr("Add the goods items"))
        self.resize(1100, 620)

    def _where(self, places: tuple[Place, ...]) -> str:
        """ "sheet Invoice, row 10", "the TOTAL row"; a second place with its file's name."""
        texts = []
        for index, place in enumerate(places):
            if place.row is None:
                text = self.tr("the TOTAL row")
            else:
                text = (
                    self.tr("sheet %1, row %2")
                    .replace("%1", place.sheet)
                    .replace("%2", str(place.row))
                )
            texts.append(text if index == 0 else f"{place.file}, {text}")
        return " / ".join(texts)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from an invoice"), "", self.tr("Invoices (*.xlsx *.csv *.txt)")
        )
        if path:
            self.open_path(Path(path))

    def choose_packing(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The packing list"), "", self.tr("Invoices (*.xlsx *.csv *.txt)")
        )
        if path:
            self.set_packing(Path(path))

    def set_packing(self, path: Path | None) -> None:
        """The packing list read with the invoice (masses, packages), when one is open."""
        self.packing = path
        if self.path is not None:
            self.open_path(self.path)

    def open_path(self, path: Path, mapping: dict[str, int] | None = None) -> None:
        self.path = path
        packing = self.packing
        self.add_button.setEnabled(False)
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._operations.run(
            lambda: self._service.preview(path, self._supplier, mapping, packing, self._client_id),
            self._show,
            self._failed,
            serial=True,
        )

    def _remap(self) -> None:
        if self.path is None:
            return
        mapping = {
            name: int(combo.currentData())
            for name, combo in self.combos.items()
            if combo.currentData() is not None
        }
        self.open_path(self.path, mapping)

    def _show(self, preview: InvoicePreview) -> None:
        self.preview = preview
        reading = preview.reading
        self.file_label.setText(
            self.tr("%1: sheet %2, the header on row %3.")
            .replace("%1", reading.path.name)
            .replace("%2", reading.sheet)
            .replace("%3", str(reading.header_row))
        )
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for column, header in enumerate(reading.headers):
                combo.addItem(f"{column + 1}: {header}", column)
            chosen = reading.mapping.get(name)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.blockSignals(False)
        self.model.set_rows(preview.items)
        self.notes.clear()
        for difference in preview.differences:
            template = self.tr(DIFFERENCES.get(difference.what, "%1: %2 / %3"))
            self.notes.addItem(
                template.replace("%1", self._where(difference.places))
                .replace("%2", _number(difference.stated))
                .replace("%3", _number(difference.computed))
                .replace("%4", self.tr(FIELD_NAMES.get(difference.field, difference.field)))
            )
        for problem in preview.problems:
            self.notes.addItem(str(problem))
        if preview.problems:
            self.status.setText(
                self.tr("%n problem(s) in the file: nothing can be added until they are fixed.", "",
                        len(preview.problems))
            )  # fmt: skip
        else:
            text = (
                self.tr("%1 lines make %2 goods items, total %3.")
                .replace("%1", str(len(preview.lines)))
                .replace("%2", str(len(preview.items)))
                .replace("%3", str(preview.total))
            )
            if self._client_id is not None:
                text += " " + self.tr(
                    "%n product(s) new to the client's catalogue.", "", len(preview.new_products)
                )
            self.status.setText(text)
        self.add_button.setEnabled(bool(preview.items) and not preview.problems)
        if self.add_button.isEnabled():
            self.add_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.preview = None
        self.model.set_rows([])
        self.notes.clear()
        self.status.setText(
            self.tr("This file cannot be read; nothing was added.\n%1").replace(
                "%1", problem_details(error)
            )
        )

    def accept(self) -> None:
        if self.preview is not None and self._supplier:
            self._service.remember_mapping(self._supplier, self.preview.reading, self._client_id)
        super().accept()

    def items(self) -> list[GoodsItem]:
        if self.result() != QDialog.DialogCode.Accepted or self.preview is None:
            return []
        return self.preview.items
