"""Workspace → Product catalogue…: what each client's products were declared as, learnt from
signed declarations, corrected in place or removed. An invoice import fills from it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.catalogue import CatalogueService, Product
from kedendesk.services.drafts import DraftService
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.operations import Operations
from kedendesk.ui.table_model import ReadOnlyTableModel, read_only_view

Index = QModelIndex | QPersistentModelIndex

# (column title, Product field, editable, the form a value must have)
COLUMNS = (
    (QT_TRANSLATE_NOOP("CatalogueModel", "Supplier"), "supplier", False, None),
    (QT_TRANSLATE_NOOP("CatalogueModel", "Article or name"), "product", False, None),
    (QT_TRANSLATE_NOOP("CatalogueModel", "Description"), "description", True, None),
    (QT_TRANSLATE_NOOP("CatalogueModel", "33 Code"), "commodity_code", True, r"\d{10}"),
    (QT_TRANSLATE_NOOP("CatalogueModel", "34 Origin"), "origin_country", True, r"[A-Z]{2}|"),
    (QT_TRANSLATE_NOOP("CatalogueModel", "41 Unit"), "unit", True, r"\d{3}|"),
    (QT_TRANSLATE_NOOP("CatalogueModel", "Manufacturer"), "manufacturer", True, None),
    (QT_TRANSLATE_NOOP("CatalogueModel", "36 Preference"), "preference", True, None),
    (QT_TRANSLATE_NOOP("CatalogueModel", "Learnt from"), "source", False, None),
)


class CatalogueModel(ReadOnlyTableModel[Product]):
    """The products of one client; the declared boxes are edited in place, and each accepted
    edit is handed to `on_corrected` (which writes it)."""

    context = "CatalogueModel"
    columns = tuple(title for title, *_ in COLUMNS)

    def __init__(self) -> None:
        super().__init__()
        self.on_corrected: Callable[[Product], None] = lambda product: None
        self.on_refused: Callable[[int, str], None] = lambda column, text: None

    def cell(self, row: Product, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(row, COLUMNS[column][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()][2]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        _title, field, editable, form = COLUMNS[index.column()]
        text = str(value).strip()
        if field in ("origin_country",):
            text = text.upper()
        if not editable:
            return False
        if form is not None and not re.fullmatch(form, text):
            self.on_refused(index.column(), text)
            return False
        changes: dict[str, Any] = {field: text, "source": "edited"}
        product = replace(self.row_at(index.row()), **changes)
        self._rows[index.row()] = product
        self.dataChanged.emit(index, self.index(index.row(), len(COLUMNS) - 1))
        self.on_corrected(product)
        return True

    def take(self, row: int) -> Product:
        self.beginRemoveRows(QModelIndex(), row, row)
        product = self._rows.pop(row)
        self.endRemoveRows()
        return product


class CatalogueDialog(QDialog):
    def __init__(
        self,
        catalogue: CatalogueService,
        drafts: DraftService,
        operations: Operations,
        parent: QWidget | None = None,
        client_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueDialog")
        self._catalogue = catalogue
        self._operations = operations
        self.client_combo = QComboBox()
        self.client_combo.setObjectName("catalogueClient")
        for client in drafts.clients():
            self.client_combo.addItem(client.name, client.id)
        if client_id is not None and self.client_combo.findData(client_id) >= 0:
            self.client_combo.setCurrentIndex(self.client_combo.findData(client_id))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("catalogueFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.model = CatalogueModel()
        self.model.setParent(self)
        self.model.on_corrected = self._write
        self.model.on_refused = self._refused
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = read_only_view(self.proxy, "catalogueView", 2)  # type: ignore[arg-type]
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSortingEnabled(True)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeProduct")
        self.remove_button.clicked.connect(self.remove_current)
        self.remove_button.setAutoDefault(False)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_current)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.client_label, self.filter_label = QLabel(), QLabel()
        self.client_label.setBuddy(self.client_combo)
        self.filter_label.setBuddy(self.filter_edit)
        form = QFormLayout()
        form.addRow(self.client_label, self.client_combo)
        form.addRow(self.filter_label, self.filter_edit)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Product catalogue"))
        self.client_label.setText(self.tr("&Client"))
        self.filter_label.setText(self.tr("&Find"))
        self.filter_edit.setPlaceholderText(self.tr("Article, name, code, manufacturer"))
        self.remove_button.setText(self.tr("&Remove product"))
        self.remove_button.setToolTip(self.tr("The next import asks about it again (Delete)"))
        self.resize(1100, 520)
        self.client_combo.currentIndexChanged.connect(lambda _index: self.load())
        self.load()

    def client_id(self) -> int | None:
        data = self.client_combo.currentData()
        return None if data is None else int(data)

    def load(self) -> None:
        client_id = self.client_id()
        if client_id is None:
            self.model.set_rows([])
            self.status.setText(self.tr("Add a client first."))
            return
        self.status.setText(self.tr("Reading the catalogue…"))
        self._operations.run(
            lambda: self._catalogue.products(client_id),
            lambda products: self._loaded(client_id, products),
            self._failed,
        )

    def _loaded(self, client_id: int, products: list[Product]) -> None:
        if client_id != self.client_id():
            return  # another client was picked meanwhile
        self.model.set_rows(products)
        self.status.setText(
            self.tr(
                "%n product(s). Learnt from signed declarations; type to correct.",
                "",
                len(products),
            )
        )

    def _write(self, product: Product) -> None:
        self._operations.run(
            lambda: self._catalogue.correct(product),
            lambda _none: self.status.setText(self.tr("Saved.")),
            self._failed,
            serial=True,
        )

    def _refused(self, column: int, text: str) -> None:
        field = COLUMNS[column][1]
        messages = {
            "commodity_code": self.tr("A commodity code is 10 digits, not “%1”."),
            "origin_country": self.tr("A country is two letters (CN, KZ), not “%1”."),
            "unit": self.tr("A unit is a 3-digit code (796, 166), not “%1”."),
        }
        self.status.setText(messages[field].replace("%1", text))

    def remove_current(self) -> None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        if not index.isValid():
            return
        product = self.model.take(index.row())
        self._operations.run(
            lambda: self._catalogue.remove(product),
            lambda _none: self.status.setText(
                self.tr("“%1” removed.").replace("%1", product.description or product.product)
            ),
            self._failed,
            serial=True,
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(
            self.tr("The catalogue could not be changed: %1").replace("%1", str(error))
        )
