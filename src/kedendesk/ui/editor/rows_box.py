"""An editable table of rows with Add and Remove buttons (box 44, box 47, a client's powers of
attorney), typed in like a spreadsheet; and the plain table view under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from kedendesk.ui.editor.entry_table import EntryTable
from kedendesk.ui.editor.rows_model import RowsModel
from kedendesk.ui.wrapping_header import WrappingHeader


def table_view(model: RowsModel, editable: bool) -> QTableView:
    view = EntryTable() if editable else QTableView()
    view.setHorizontalHeader(WrappingHeader(view))  # long titles wrap, none is cut off
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    if editable:
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
    else:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class RowsBox(QGroupBox):
    """A titled editable table with Add and Remove buttons (box 44, box 47)."""

    def __init__(self, model: RowsModel) -> None:
        super().__init__()
        self.model = model
        model.setParent(self)
        self.view = table_view(model, editable=True)
        self.view.setMinimumHeight(120)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        # Tab walks the boxes, not these buttons: Ctrl+Enter in the table adds a row.
        for button in (self.add_button, self.remove_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        if isinstance(self.view, EntryTable):
            self.view.row_requested.connect(self._add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _add(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _remove(self) -> None:
        rows = [index.row() for index in self.view.selectionModel().selectedRows()]
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        if rows:
            self.model.remove_rows(rows)
