"""Goods items: the items table, the detail form of the selected item, its box 44 and box 47."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.autofill import new_item
from kedendesk.domain.declaration import MAX_ITEMS, Declaration, GoodsItem
from kedendesk.ui.editor import boxes
from kedendesk.ui.editor.entry_table import EntryTable
from kedendesk.ui.editor.fields import FormBinder
from kedendesk.ui.editor.rows_box import RowsBox, table_view
from kedendesk.ui.editor.rows_model import (
    documents_model,
    goods_lines_model,
    items_model,
    packages_model,
    payments_model,
)
from kedendesk.ui.editor.spread_dialog import SpreadDialog
from kedendesk.ui.wrapping_header import WrappingHeader


class ItemsPanel(QWidget):
    """Signals: edited() after any change to the goods items; item_edited(row) after a change
    within one item; items_changed() after items were added, removed or reordered;
    nomenclature_requested() when the user asks to pick box 33 from the nomenclature."""

    edited = Signal()
    item_edited = Signal(int)
    items_changed = Signal()
    nomenclature_requested = Signal()
    import_requested = Signal()

    def __init__(self, declaration: Declaration, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._declaration = declaration
        self._read_only = False
        self.model = items_model(lambda: new_item(declaration))
        self.model.setParent(self)
        self.model.set_rows(declaration.items)
        self.table = table_view(self.model, editable=True)
        self.table.setObjectName("itemsTable")
        self.model.cell_edited.connect(self._grid_edited)
        if isinstance(self.table, EntryTable):
            self.table.row_requested.connect(self.add_item)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton()
        self.copy_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_item)
        self.copy_button.clicked.connect(self.duplicate_item)
        self.remove_button.clicked.connect(self.remove_items)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoRemoval")
        self.undo_button.clicked.connect(self.undo_removal)
        self.undo_button.setVisible(False)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importInvoice")
        self.import_button.clicked.connect(self.import_requested)
        self.spread_button = QPushButton()
        self.spread_button.setObjectName("spreadCosts")
        self.spread_button.clicked.connect(self.spread_costs)
        self._removed: list[tuple[int, BaseModel]] = []
        self.count_label = QLabel()

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.copy_button,
            self.remove_button,
            self.undo_button,
            self.import_button,
            self.spread_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)
        left_layout.addLayout(buttons)

        self.binder = FormBinder(self.current_item, self)
        self.binder.edited.connect(self._item_edited)
        form_widget = QWidget()
        form_layout = QVBoxLayout(form_widget)
        self.groups: list[tuple[QGroupBox, str]] = []
        self.nomenclature_button = QPushButton()
        self.nomenclature_button.setObjectName("nomenclatureButton")
        # Tab goes from box 33 to the next box, not to this button: F4 opens the browser.
        self.nomenclature_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.nomenclature_button.clicked.connect(self.nomenclature_requested)
        for title, specs in (
            (boxes.ITEM_GOODS_GROUP, boxes.ITEM_GOODS),
            (boxes.ITEM_CLASSIFICATION_GROUP, boxes.ITEM_CLASSIFICATION),
            (boxes.ITEM_QUANTITIES_GROUP, boxes.ITEM_QUANTITIES),
        ):
            group = QGroupBox()
            form = QFormLayout(group)
            self.binder.add_rows(form, specs)
            if specs is boxes.ITEM_CLASSIFICATION:
                form.insertRow(1, "", self.nomenclature_button)
            form_layout.addWidget(group)
            self.groups.append((group, title))
        self.goods_lines = RowsBox(goods_lines_model())
        self.packaging = RowsBox(packages_model())
        self.documents = RowsBox(documents_model())
        self.payments = RowsBox(payments_model())
        self.row_boxes = {
            "goods_lines": self.goods_lines,
            "packaging": self.packaging,
            "documents": self.documents,
            "payments": self.payments,
        }
        for box in self.row_boxes.values():
            box.model.rows_edited.connect(self._rows_edited)
        # Box 31's goods lines and packages go with the goods group, box 44 and 47 below.
        form_layout.insertWidget(1, self.goods_lines)
        form_layout.insertWidget(2, self.packaging)
        form_layout.addWidget(self.documents)
        form_layout.addWidget(self.payments)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.form_scroll = scroll

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 700])
        for column, width in enumerate((40, 100, 220, 50, 90, 90, 100)):
            self.table.setColumnWidth(column, width)
        header = self.table.horizontalHeader()
        if isinstance(header, WrappingHeader):
            header.fit_words()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.add_item)
        QShortcut(QKeySequence("F4"), self, self._nomenclature_shortcut)
        self.retranslate()
        if declaration.items:
            self.table.selectRow(0)
        else:
            self._show_current()

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def current_item(self) -> GoodsItem | None:
        row = self.current_row()
        return None if row is None else self._declaration.items[row]

    def add_item(self) -> None:
        if self._read_only or len(self._declaration.items) >= MAX_ITEMS:
            return
        self.model.add_row()  # appends to declaration.items: the model holds that list
        self._after_rows_changed(len(self._declaration.items) - 1)

    def add_items(self, items: Sequence[GoodsItem]) -> int:
        """Append goods items made elsewhere (an imported invoice); the number added. At most
        up to box 5's limit of 999: the rest are not added (the caller says so)."""
        room = MAX_ITEMS - len(self._declaration.items)
        if self._read_only or room <= 0 or not items:
            return 0
        taken = [item.model_copy(deep=True) for item in items[:room]]
        self.model.restore_rows(
            [(len(self._declaration.items) + n, i) for n, i in enumerate(taken)]
        )
        self._after_rows_changed(len(self._declaration.items) - len(taken))
        return len(taken)

    def spread_costs(self) -> SpreadDialog | None:
        """Freight, insurance or other additions shared over the items (box 45)."""
        if self._read_only or not self._declaration.items:
            return None
        dialog = SpreadDialog(self._declaration, self)
        dialog.accepted.connect(lambda: self._after_rows_changed(self.current_row() or 0))
        dialog.open()
        return dialog

    def duplicate_item(self) -> None:
        row = self.current_row()
        if self._read_only or row is None or len(self._declaration.items) >= MAX_ITEMS:
            return
        self._after_rows_changed(self.model.insert_copy(row))

    def remove_items(self) -> None:
        """Remove the selected items; *Undo removal* puts them back until the next removal."""
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        if self._read_only or not rows:
            return
        self._removed = self.model.remove_rows(rows)
        self.undo_button.setText(self.tr("Undo removal of %n item(s)", "", len(self._removed)))
        self.undo_button.setVisible(True)
        self._after_rows_changed(min(min(rows), len(self._declaration.items) - 1))

    def undo_removal(self) -> None:
        if self._read_only or not self._removed:
            return
        removed, self._removed = self._removed, []
        room = MAX_ITEMS - len(self._declaration.items)
        self.model.restore_rows(removed[:room])
        self.undo_button.setVisible(False)
        self._after_rows_changed(removed[0][0])

    def _after_rows_changed(self, select: int) -> None:
        self.form_scroll.verticalScrollBar().setValue(0)  # a new item's form from its top
        self._declaration.renumber_items()
        for row in range(self.model.rowCount()):
            self.model.refresh_row(row)
        if select >= 0:
            self.table.selectRow(select)
        self._show_current()
        self._update_count()
        self.items_changed.emit()
        self.edited.emit()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._show_current()

    def _show_current(self) -> None:
        item = self.current_item()
        self.binder.load()
        for name, box in self.row_boxes.items():
            box.model.set_rows(getattr(item, name) if item else [])
            box.setEnabled(item is not None)
        self.copy_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)

    def _grid_edited(self, row: int) -> None:
        """A cell of the items grid was typed in: the form shows it and the item is checked."""
        self.binder.load()
        self.item_edited.emit(row)
        self.edited.emit()

    def _item_edited(self, path: str) -> None:
        row = self.current_row()
        if row is not None:
            self.model.refresh_row(row)
            self.item_edited.emit(row)
        self.edited.emit()

    def _nomenclature_shortcut(self) -> None:
        if not self._read_only:
            self.nomenclature_requested.emit()

    def _rows_edited(self) -> None:
        row = self.current_row()
        if row is not None:
            self.item_edited.emit(row)
        self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.binder.set_read_only(read_only)
        for button in (
            self.add_button,
            self.copy_button,
            self.remove_button,
            self.import_button,
            self.spread_button,
        ):
            button.setVisible(not read_only)
        if read_only:
            self.undo_button.setVisible(False)
        self.nomenclature_button.setEnabled(not read_only)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for box in self.row_boxes.values():
            box.add_button.setVisible(not read_only)
            box.remove_button.setVisible(not read_only)
            box.view.setEditTriggers(
                QAbstractItemView.EditTrigger.NoEditTriggers
                if read_only
                else QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        self._read_only = read_only

    def set_commodity_code(self, code: str) -> None:
        """Box 33 of the current item, as if typed (from the nomenclature browser)."""
        row = self.current_row()
        if row is None:
            return
        self._declaration.items[row].commodity_code = code
        self.binder.load_path("commodity_code")
        self.binder.edited.emit("commodity_code")  # as if typed: the item is re-checked

    def refresh(self) -> None:
        """Show values the program changed in every item (after applying a calculation)."""
        for row in range(self.model.rowCount()):
            self.model.refresh_row(row)
        self._show_current()

    def show_filled(self, row: int, paths: list[str]) -> None:
        """Show the boxes of item `row` the program filled, without reloading the field the
        user is in."""
        self.model.refresh_row(row)
        item = self.current_item()
        if item is None or self.current_row() != row:
            return
        for path in paths:
            box = self.row_boxes.get(path)
            if box is not None:
                box.model.set_rows(getattr(item, path))
            else:
                self.binder.load_path(path)

    def focus(self, row: int, path: str) -> None:
        """Select item `row` and put the cursor on a field: a box, or a cell of box 44 / 47."""
        if not 0 <= row < self.model.rowCount():
            return
        if self.current_row() != row:
            self.table.selectRow(row)
        head, _, rest = path.partition(".")
        if head in self.row_boxes:
            box = self.row_boxes[head]
            number, _, attribute = rest.partition(".")
            view = box.view
            if number.isdigit() and int(number) < box.model.rowCount():
                column = box.model.column_of(attribute) if attribute else 0
                view.setCurrentIndex(box.model.index(int(number), max(column, 0)))
            self.form_scroll.ensureWidgetVisible(box)
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = self.binder.widgets.get(path)
        if widget is not None:
            self.form_scroll.ensureWidgetVisible(widget)
            self.binder.focus(path)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n goods item(s)", "", len(self._declaration.items)))

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add item"))
        self.add_button.setToolTip(self.tr("Add a goods item (Ctrl+Shift+N)"))
        self.copy_button.setText(self.tr("Duplicate item"))
        self.remove_button.setText(self.tr("Remove items"))
        self.import_button.setText(self.tr("Import from invoice…"))
        self.spread_button.setText(self.tr("Spread costs…"))
        self.spread_button.setToolTip(
            self.tr("Share freight, insurance or other additions over the items")
        )
        self.import_button.setToolTip(
            self.tr("Goods items from a supplier's invoice or packing list (XLSX, CSV)")
        )
        self.goods_lines.setTitle(self.tr("31  Goods lines: manufacturer, model, quantity"))
        self.goods_lines.add_button.setText(self.tr("Add goods line"))
        self.goods_lines.remove_button.setText(self.tr("Remove goods line"))
        self.packaging.setTitle(self.tr("31  Packages and pallets"))
        self.packaging.add_button.setText(self.tr("Add packages"))
        self.packaging.remove_button.setText(self.tr("Remove packages"))
        self.documents.setTitle(self.tr("44  Documents"))
        self.documents.add_button.setText(self.tr("Add document"))
        self.documents.remove_button.setText(self.tr("Remove document"))
        self.payments.setTitle(self.tr("47  Calculation of payments"))
        self.nomenclature_button.setText(self.tr("Find in the nomenclature… (F4)"))
        self.payments.add_button.setText(self.tr("Add payment line"))
        self.payments.remove_button.setText(self.tr("Remove payment line"))
        for group, title in self.groups:
            group.setTitle(QCoreApplication.translate(boxes.GROUPS, title))
        self.binder.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
