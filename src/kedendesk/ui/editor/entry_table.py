"""The editable tables of a declaration (the goods items, box 31 lines, box 44, box 47), made
for the keyboard like a spreadsheet: typing edits a cell, Enter moves down, Tab and Shift+Tab
walk only the cells one can type in (a code's name beside it is skipped), Ctrl+Enter asks for a
new row, and Ctrl+V pastes a block copied from Excel or LibreOffice cell by cell, adding rows
as it needs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from kedendesk.ui.editor.rows_model import RowsModel

MAX_PASTED_ROWS = 999


class EntryTable(QTableView):
    """Signals: row_requested() on Ctrl+Enter (the owner adds a row its own way)."""

    row_requested = Signal()

    def _down(self) -> None:
        current = self.currentIndex()
        model = self.model()
        if current.isValid() and current.row() + 1 < model.rowCount():
            self.setCurrentIndex(model.index(current.row() + 1, current.column()))

    def edit(  # type: ignore[override]  # the one overload the view calls back
        self,
        index: QModelIndex,
        trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
        event: QEvent | None = None,
    ) -> bool:
        started = super().edit(index, trigger, event)  # type: ignore[arg-type]  # None is allowed
        editor = self.focusWidget()
        if started and editor is not None and editor is not self:
            editor.installEventFilter(self)  # after the delegate's filter: it runs first
        return started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a cell being edited: commit it, and go on to the cell below."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, QWidget)
            and self.state() == QAbstractItemView.State.EditingState
        ):
            watched.removeEventFilter(self)
            self.itemDelegate().commitData.emit(watched)
            self.itemDelegate().closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            self._down()
            return True
        return super().eventFilter(watched, event)

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
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.row_requested.emit()
            else:
                self._down()
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
