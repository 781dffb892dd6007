"""The editable tables of an item (box 31 lines, box 44, box 47), made for the keyboard: Tab and
Shift+Tab walk only the cells one can type in (a code's name beside it is skipped), and Ctrl+V
pastes a block copied from Excel or LibreOffice cell by cell, adding rows as it needs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

from kedendesk.ui.editor.rows_model import RowsModel

MAX_PASTED_ROWS = 999


class EntryTable(QTableView):
    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        steps = (
            QAbstractItemView.CursorAction.MoveNext,
            QAbstractItemView.CursorAction.MovePrevious,
        )
        if action not in steps or self.model() is None:
            return index
        model = self.model()
        cells = model.rowCount() * model.columnCount()
        for _ in range(cells):  # at most once round the table
            if not index.isValid() or model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                return index
            self.setCurrentIndex(index)
            index = super().moveCursor(action, modifiers)
        return index

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste) and self.paste():
            event.accept()
            return
        super().keyPressEvent(event)

    def paste(self, text: str | None = None) -> bool:
        """A tab-separated block into the editable cells from the current one, row by row;
        the rows it needs are added. False when there is nothing to paste here."""
        model = self.model()
        if (
            not isinstance(model, RowsModel)
            or self.editTriggers() == self.EditTrigger.NoEditTriggers
        ):
            return False
        block = QGuiApplication.clipboard().text() if text is None else text
        rows = [line.split("\t") for line in block.replace("\r\n", "\n").split("\n")]
        while rows and rows[-1] == [""]:
            rows.pop()
        if not rows:
            return False
        start = self.currentIndex()
        row0 = start.row() if start.isValid() else model.rowCount()
        column0 = start.column() if start.isValid() else 0
        for offset, cells in enumerate(rows[:MAX_PASTED_ROWS]):
            row = row0 + offset
            while row >= model.rowCount():
                model.add_row()
            columns = [
                column
                for column in range(column0, model.columnCount())
                if model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
            ]
            for column, value in zip(columns, cells, strict=False):
                model.setData(model.index(row, column), value.strip())
        self.setCurrentIndex(model.index(row0, column0))
        return True
