"""A read-only table over a list of immutable rows, with translated column titles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from kedendesk.ui.wrapping_header import WrappingHeader

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
RESIZE_PRECISION = 100  # rows sampled for a column's width
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ReadOnlyTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give `context` and `columns` (English titles marked for Linguist) and
    implement `cell(row, column, role)`; everything else is here."""

    context = ""
    columns: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, row: Row, column: int, role: int) -> object:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Texts are made when shown: after a language change, ask the views to ask again."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)


def read_only_view(
    model: QAbstractTableModel, name: str, stretch: int | None = None, single: bool = True
) -> QTableView:
    """A table view for a read-only model: whole rows selected, no row numbers, one column
    stretched (or all when `stretch` is None)."""
    view = QTableView()
    view.setObjectName(name)
    view.setHorizontalHeader(WrappingHeader(view))  # long titles wrap, none is cut off
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    # One line a row, and column widths from the first rows only: sizing thousands of rows
    # calls data() for each (on the GUI thread, each call waiting for the GIL).
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(RESIZE_PRECISION)
    if stretch is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
