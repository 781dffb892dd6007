"""Table models over a list of pydantic rows: goods items (read-only summary), box 44, box 47."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kedendesk.domain.declaration import Document, GoodsItem, GoodsLine, Package, PaymentLine
from kedendesk.domain.lenient import as_text
from kedendesk.domain.reference import lookup
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP, current_language

CONTEXT = "Columns"
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    attribute: str
    title: str  # English source, translated in CONTEXT
    editable: bool = True
    numeric: bool = False
    code_list: str = ""  # show the code's name (a read-only column)


class RowsModel(QAbstractTableModel):
    """Rows are the model objects of a list inside the declaration; edits write into them.

    Signals: rows_edited() after any change the user made through this model; cell_edited(row)
    after a cell was typed in (not a row added or removed).
    """

    rows_edited = Signal()
    cell_edited = Signal(int)

    def __init__(self, columns: Sequence[Column], factory: Callable[[], BaseModel]) -> None:
        super().__init__()
        self._columns = tuple(columns)
        self._factory = factory
        self._rows: list[BaseModel] = []

    def set_rows(self, rows: list[Any]) -> None:
        """Show (and edit in place) this list; the model keeps a reference, not a copy."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def column_of(self, attribute: str) -> int:
        """The column showing a model attribute, -1 when none does."""
        for number, column in enumerate(self._columns):
            if column.attribute == attribute:
                return number
        return -1

    def row_object(self, row: int) -> BaseModel:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CONTEXT, self._columns[section].title)
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        value = getattr(self._rows[index.row()], column.attribute)
        if column.code_list and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            entry = lookup(column.code_list).get(str(value)) if value else None
            return entry.name(current_language()) if entry else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return as_text(value).replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole:
            return as_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            column = self._columns[index.column()]
            if column.editable and not column.code_list:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self._columns[index.column()]
        setattr(self._rows[index.row()], column.attribute, str(value))
        self.refresh_row(index.row())  # the name column beside a code changes with it
        self.rows_edited.emit()
        self.cell_edited.emit(index.row())
        return True

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(self._factory())
        self.endInsertRows()
        self.rows_edited.emit()
        return row

    def insert_copy(self, row: int) -> int:
        self.beginInsertRows(QModelIndex(), row + 1, row + 1)
        self._rows.insert(row + 1, self._rows[row].model_copy(deep=True))
        self.endInsertRows()
        self.rows_edited.emit()
        return row + 1

    def remove_rows(self, rows: Sequence[int]) -> list[tuple[int, BaseModel]]:
        """Remove rows; returns them with their positions, so `restore_rows` can undo it."""
        removed = []
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            removed.append((row, self._rows.pop(row)))
            self.endRemoveRows()
        self.rows_edited.emit()
        return sorted(removed, key=lambda pair: pair[0])

    def restore_rows(self, removed: Sequence[tuple[int, BaseModel]]) -> None:
        """Put removed rows back where they were (in ascending order of position)."""
        for row, obj in removed:
            row = min(row, len(self._rows))
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, obj)
            self.endInsertRows()
        self.rows_edited.emit()

    def refresh_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


DOCUMENT_COLUMNS = (
    Column("type_code", QT_TRANSLATE_NOOP("Columns", "Type")),
    Column("type_code", QT_TRANSLATE_NOOP("Columns", "Document"), code_list="document-types"),
    Column("number", QT_TRANSLATE_NOOP("Columns", "Number")),
    Column("date", QT_TRANSLATE_NOOP("Columns", "Date")),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Its name")),
    Column("valid_from", QT_TRANSLATE_NOOP("Columns", "Valid from")),
    Column("valid_to", QT_TRANSLATE_NOOP("Columns", "Valid to")),
    Column("country_code", QT_TRANSLATE_NOOP("Columns", "Issued in")),
    Column("presentation_code", QT_TRANSLATE_NOOP("Columns", "Presented")),
)

PAYMENT_COLUMNS = (
    Column("type_code", QT_TRANSLATE_NOOP("Columns", "Type")),
    Column("type_code", QT_TRANSLATE_NOOP("Columns", "Payment"), code_list="payment-types"),
    Column("base", QT_TRANSLATE_NOOP("Columns", "Base"), numeric=True),
    Column("rate", QT_TRANSLATE_NOOP("Columns", "Rate"), numeric=True),
    Column("rate_type", QT_TRANSLATE_NOOP("Columns", "Rate type")),
    Column("rate_currency", QT_TRANSLATE_NOOP("Columns", "Rate currency")),
    Column("rate_unit", QT_TRANSLATE_NOOP("Columns", "Per unit")),
    Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), numeric=True),
    Column("feature", QT_TRANSLATE_NOOP("Columns", "Feature")),
)

GOODS_LINE_COLUMNS = (
    Column("description", QT_TRANSLATE_NOOP("Columns", "Goods")),
    Column("manufacturer", QT_TRANSLATE_NOOP("Columns", "Manufacturer")),
    Column("trademark", QT_TRANSLATE_NOOP("Columns", "Trademark")),
    Column("model", QT_TRANSLATE_NOOP("Columns", "Model")),
    Column("article", QT_TRANSLATE_NOOP("Columns", "Article")),
    Column("serial", QT_TRANSLATE_NOOP("Columns", "Serial / VIN")),
    Column("quantity", QT_TRANSLATE_NOOP("Columns", "Quantity"), numeric=True),
    Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit")),
    Column("year", QT_TRANSLATE_NOOP("Columns", "Year"), numeric=True),
    Column("engine_cm3", QT_TRANSLATE_NOOP("Columns", "Engine, cm³"), numeric=True),
)

PACKAGE_COLUMNS = (
    Column("kind_code", QT_TRANSLATE_NOOP("Columns", "Package kind")),
    Column("count", QT_TRANSLATE_NOOP("Columns", "Packages"), numeric=True),
    Column("pallet_code", QT_TRANSLATE_NOOP("Columns", "Pallet kind")),
    Column("pallet_count", QT_TRANSLATE_NOOP("Columns", "Pallets"), numeric=True),
)

ITEM_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "No."), editable=False, numeric=True),
    Column("commodity_code", QT_TRANSLATE_NOOP("Columns", "33 Code")),
    Column("description", QT_TRANSLATE_NOOP("Columns", "31 Description")),
    Column("origin_country", QT_TRANSLATE_NOOP("Columns", "34 Origin")),
    Column("gross_mass_kg", QT_TRANSLATE_NOOP("Columns", "35 Gross, kg"), numeric=True),
    Column("net_mass_kg", QT_TRANSLATE_NOOP("Columns", "38 Net, kg"), numeric=True),
    Column("price", QT_TRANSLATE_NOOP("Columns", "42 Price"), numeric=True),
)


def documents_model() -> RowsModel:
    return RowsModel(DOCUMENT_COLUMNS, Document)


def goods_lines_model() -> RowsModel:
    return RowsModel(GOODS_LINE_COLUMNS, GoodsLine)


def packages_model() -> RowsModel:
    return RowsModel(PACKAGE_COLUMNS, Package)


def payments_model() -> RowsModel:
    return RowsModel(PAYMENT_COLUMNS, PaymentLine)


def items_model(factory: Callable[[], GoodsItem] = GoodsItem) -> RowsModel:
    return RowsModel(ITEM_COLUMNS, factory)
