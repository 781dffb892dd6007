"""The declarations list with its filter box: the first tab of the main window."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.lifecycle import GROUPS
from kedendesk.services.drafts import DraftService
from kedendesk.ui.list_model import DeclarationListModel
from kedendesk.ui.start_page import StartPage
from kedendesk.ui.wrapping_header import WrappingHeader

FILTER_DELAY_MS = 150


def declaration_table(model: DeclarationListModel) -> QTableView:
    view = QTableView()
    view.setHorizontalHeader(WrappingHeader(view))  # long titles wrap, none is cut off
    view.setModel(model)
    # The indicator first: switching sorting on then asks for the order the model has
    # already (newest first), instead of sorting by the first column and back (three
    # queries of every id for one list shown).
    view.horizontalHeader().setSortIndicator(10, Qt.SortOrder.DescendingOrder)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(False)
    # Widths that fit a 1440 px screen without scrolling sideways (the last column, Updated,
    # takes what is left); a user may widen any of them.
    for column, width in enumerate((130, 170, 80, 150, 100, 170, 110, 60, 130, 150)):
        view.setColumnWidth(column, width)
    header = view.horizontalHeader()
    if isinstance(header, WrappingHeader):
        header.fit_words()
    return view


class DeclarationsPage(QWidget):
    """Signals: open_requested(declaration_id)."""

    open_requested = Signal(int)

    def __init__(self, drafts: DraftService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self.model = DeclarationListModel(drafts)
        self.model.setParent(self)  # the page owns its model: no shared QObject at exit
        self.client_combo = QComboBox()
        self.client_combo.setObjectName("clientFilter")
        self.client_combo.setMinimumContentsLength(16)
        self.client_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.client_combo.currentIndexChanged.connect(self._client_filter)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.corridor_combo = QComboBox()
        self.corridor_combo.setObjectName("corridorFilter")
        self.status_combo.currentIndexChanged.connect(self._status_filter)
        self.corridor_combo.currentIndexChanged.connect(self._status_filter)
        self.view = declaration_table(self.model)
        self.view.setObjectName("declarations")
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        # A reload (a declaration added or removed) keeps what the user had selected.
        self._kept: tuple[list[int], int | None] = ([], None)
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)

        # Filter after a short pause in typing, not on every key.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.client_combo)
        top.addWidget(self.status_combo)
        top.addWidget(self.corridor_combo)
        top.addWidget(self.count_label)
        # An empty workspace shows what to do first instead of an empty table.
        self.start = StartPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._show_start)
        self.model.rowsInserted.connect(self._show_start)
        self.model.rowsRemoved.connect(self._show_start)
        self.refresh_clients()
        self.retranslate()
        self._show_start()

    def _show_start(self) -> None:
        """The start page while the workspace has no declaration at all (not merely none
        that the filter lets through)."""
        empty = self.model.rowCount() == 0 and not self.model.filtered
        self.stack.setCurrentWidget(self.start if empty else self.view)

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter_edit.text())

    def _client_filter(self, _index: int = 0) -> None:
        data = self.client_combo.currentData()
        self.model.set_client_filter(None if data is None else int(data))

    def refresh_clients(self) -> None:
        """The client filter lists every client (archived ones too: their declarations stay),
        keeping the one chosen."""
        chosen = self.client_combo.currentData()
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        self.client_combo.addItem(self.tr("All clients"), None)
        for client in self._drafts.clients():
            self.client_combo.addItem(client.name, client.id)
        index = self.client_combo.findData(chosen) if chosen is not None else 0
        self.client_combo.setCurrentIndex(max(index, 0))
        self.client_combo.blockSignals(False)
        self._client_filter()

    def _status_filter(self, _index: int = 0) -> None:
        """A group of statuses, or a saved view ("errors": drafts with errors; "week":
        released in the last 7 days)."""
        chosen = self.status_combo.currentData() or ()
        view = chosen if isinstance(chosen, str) else ""
        statuses = () if view else tuple(chosen)
        corridor = self.corridor_combo.currentData() or ""
        self.model.set_status_filter(statuses, str(corridor), view)

    def _fill_status_filters(self) -> None:
        names = {
            "drafts": self.tr("Drafts and signed"),
            "waiting": self.tr("Waiting to be sent"),
            "with-customs": self.tr("With customs"),
            "awaits-you": self.tr("Customs awaits you"),
            "released": self.tr("Released"),
            "ended": self.tr("Refused, rejected, withdrawn"),
        }
        groups: tuple[tuple[str, object], ...] = (
            (self.tr("All statuses"), ()),
            (self.tr("Drafts with errors"), "errors"),
            *((names[key], tuple(str(s) for s in statuses)) for key, statuses in GROUPS),
            (self.tr("Released this week"), "week"),
        )
        corridors = (
            (self.tr("All corridors"), ""),
            (self.tr("Green"), "GREEN"),
            (self.tr("Yellow"), "YELLOW"),
            (self.tr("Red"), "RED"),
        )
        for combo, items in ((self.status_combo, groups), (self.corridor_combo, corridors)):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(current, 0))
            combo.blockSignals(False)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.model.declaration_id(row) for row in rows]

    def _keep_selection(self) -> None:
        current = self.view.currentIndex()
        current_id = self.model.declaration_id(current.row()) if current.isValid() else None
        selected = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        self._kept = ([self.model.declaration_id(r) for r in selected], current_id)

    def _restore_selection(self) -> None:
        selected, current_id = self._kept
        self._kept = ([], None)
        selection = QItemSelection()
        for declaration_id in selected:
            row = self.model.row_of(declaration_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().select(selection, flags)
        row = self.model.row_of(current_id) if current_id is not None else None
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def select(self, declaration_id: int) -> None:
        row = self.model.row_of(declaration_id)
        if row is not None:
            self.view.selectRow(row)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.declaration_id(index.row()))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n declaration(s)", "", self.model.rowCount()))

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by LRN, client, declarant, procedure (Ctrl+F)")
        )
        self._fill_status_filters()
        if self.client_combo.count():
            self.client_combo.setItemText(0, self.tr("All clients"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
