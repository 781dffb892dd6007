"""The declarations list: ids from the workspace in display order, rows fetched as shown.

Filtering and sorting run in SQLite (a case-folded column, indexes), not in a proxy model:
a Python proxy cannot filter 100 000 rows in the time a user waits for a keystroke. Row
data is read in pages when the view first asks for it and kept in a cache (Anki's approach).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kedendesk.domain.lifecycle import Corridor, Status
from kedendesk.services.drafts import DeclarationRow, DraftService
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP, moment_text

PAGE = 200
CONTEXT = "Columns"
Index = QModelIndex | QPersistentModelIndex

# (title, sort key in the workspace, value of a row)
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Columns", "LRN"), "lrn"),
    (QT_TRANSLATE_NOOP("Columns", "Client"), "client"),
    (QT_TRANSLATE_NOOP("Columns", "Type"), "procedure"),
    (QT_TRANSLATE_NOOP("Columns", "Status"), "status"),
    (QT_TRANSLATE_NOOP("Columns", "Corridor"), "corridor"),
    (QT_TRANSLATE_NOOP("Columns", "Registration number"), "registration"),
    (QT_TRANSLATE_NOOP("Columns", "Since submission"), "submitted"),
    (QT_TRANSLATE_NOOP("Columns", "Items"), "items"),
    (QT_TRANSLATE_NOOP("Columns", "Invoice total"), "invoice_total"),
    (QT_TRANSLATE_NOOP("Columns", "Customs value, KZT"), "customs_value"),
    (QT_TRANSLATE_NOOP("Columns", "Updated"), "updated"),
)
STATUS_NAMES: dict[str, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Statuses", "Draft"),
    Status.SIGNED: QT_TRANSLATE_NOOP("Statuses", "Signed"),
    Status.QUEUED: QT_TRANSLATE_NOOP("Statuses", "Queued"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("Statuses", "Submitted"),
    Status.REJECTED: QT_TRANSLATE_NOOP("Statuses", "Rejected"),
    Status.REGISTERED: QT_TRANSLATE_NOOP("Statuses", "Registered"),
    Status.UNDER_CONTROL: QT_TRANSLATE_NOOP("Statuses", "Under control"),
    Status.AWAITING_DECLARANT: QT_TRANSLATE_NOOP("Statuses", "Customs awaits you"),
    Status.RELEASED: QT_TRANSLATE_NOOP("Statuses", "Released"),
    Status.RELEASE_REFUSED: QT_TRANSLATE_NOOP("Statuses", "Release refused"),
    Status.RELEASE_SUSPENDED: QT_TRANSLATE_NOOP("Statuses", "Release suspended"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("Statuses", "Withdrawn"),
}
CORRIDOR_NAMES: dict[str, str] = {
    Corridor.GREEN: QT_TRANSLATE_NOOP("Statuses", "Green"),
    Corridor.YELLOW: QT_TRANSLATE_NOOP("Statuses", "Yellow"),
    Corridor.RED: QT_TRANSLATE_NOOP("Statuses", "Red"),
}
CORRIDOR_COLOURS: dict[str, str] = {
    Corridor.GREEN: "#2e7d32",
    Corridor.YELLOW: "#f9a825",
    Corridor.RED: "#c62828",
}
NUMERIC = {7, 8, 9}
CORRIDOR_COLUMN = 4


class DeclarationListModel(QAbstractTableModel):
    def __init__(self, drafts: DraftService, trash: bool = False) -> None:
        super().__init__()
        self._drafts = drafts
        self._trash = trash
        self._filter = ""
        self._statuses: tuple[str, ...] = ()
        self._corridor = ""
        self._client_id: int | None = None
        self._view = ""
        self._sort = "updated"
        self._descending = True
        self._ids: list[int] = []
        self._cache: dict[int, DeclarationRow] = {}
        self.reload()

    # -- queries -----------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self._drafts.find_ids(
            self._filter,
            self._sort,
            self._descending,
            self._trash,
            statuses=self._statuses,
            corridor=self._corridor,
            client_id=self._client_id,
            view=self._view,
        )
        self._cache.clear()
        self.endResetModel()

    @property
    def filtered(self) -> bool:
        """Some filter (text, status, corridor, client, view) narrows the list."""
        return bool(
            self._filter.strip()
            or self._statuses
            or self._corridor
            or self._client_id is not None
            or self._view
        )

    def set_filter(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self.reload()

    def set_status_filter(self, statuses: tuple[str, ...], corridor: str, view: str = "") -> None:
        if (statuses, corridor, view) != (self._statuses, self._corridor, self._view):
            self._statuses, self._corridor, self._view = statuses, corridor, view
            self.reload()

    def set_client_filter(self, client_id: int | None) -> None:
        """Only this client's declarations (None: every client's)."""
        if client_id != self._client_id:
            self._client_id = client_id
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, descending = COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return  # the view re-applies its indicator when sorting is switched on: no query
        self._sort, self._descending = key, descending
        self.reload()

    def row_changed(self, declaration_id: int) -> None:
        """A draft was saved: re-read just its row."""
        self.rows_changed((declaration_id,))

    def rows_changed(self, ids: tuple[int, ...]) -> None:
        """These declarations changed (status, corridor, a save): their rows are read again
        where they stand; the order, the selection and the scroll position stay."""
        for declaration_id in ids:
            if self._cache.pop(declaration_id, None) is None:
                continue  # not read yet: it is read fresh when it is shown
            row = self._ids.index(declaration_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def changed(self, ids: tuple[int, ...]) -> None:
        """A change event: rows in place when it names declarations, else a reload."""
        if ids:
            self.rows_changed(ids)
        else:
            self.reload()

    def declaration_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, declaration_id: int) -> int | None:
        try:
            return self._ids.index(declaration_id)
        except ValueError:
            return None

    def _row(self, row: int) -> DeclarationRow | None:
        declaration_id = self._ids[row]
        cached = self._cache.get(declaration_id)
        if cached is None:
            start = row - row % PAGE
            page = self._ids[start : start + PAGE]
            missing = [i for i in page if i not in self._cache]
            for fetched in self._drafts.rows(missing):
                self._cache[fetched.id] = fetched
            cached = self._cache.get(declaration_id)
        return cached

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == CORRIDOR_COLUMN:
            row = self._row(index.row())
            colour = CORRIDOR_COLOURS.get(row.corridor or "") if row else None
            return QColor(colour) if colour else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        return _cell(row, index.column())


def grouped(amount: str) -> str:
    """Money with thousands apart (23 454 925.20); text that is not a number stays as typed."""
    try:
        number = Decimal(amount)
    except InvalidOperation:
        return amount
    return f"{number:,}".replace(",", "\u202f") if number.is_finite() else amount


def status_text(status: str) -> str:
    """A declaration status in the interface language (the code itself when unknown)."""
    name = STATUS_NAMES.get(status)
    return QCoreApplication.translate("Statuses", name) if name else status


def corridor_text(corridor: str | None) -> str:
    name = CORRIDOR_NAMES.get(corridor or "")
    return QCoreApplication.translate("Statuses", name) if name else ""


def _since(moment: str | None) -> str:
    """Time since submission as people say it: 5 min, 3 h 20 min, 2 d."""
    if not moment:
        return ""
    minutes = int(
        (dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(moment)).total_seconds() // 60
    )
    if minutes < 60:
        return QCoreApplication.translate("Statuses", "%1 min").replace("%1", str(max(minutes, 0)))
    if minutes < 24 * 60:
        return (
            QCoreApplication.translate("Statuses", "%1 h %2 min")
            .replace("%1", str(minutes // 60))
            .replace("%2", str(minutes % 60))
        )
    return QCoreApplication.translate("Statuses", "%1 d").replace("%1", str(minutes // 1440))


def _cell(row: DeclarationRow, column: int) -> str:
    if column == 0:
        return row.lrn
    if column == 1:
        return row.client_name
    if column == 2:
        return row.procedure
    if column == 3:
        return status_text(row.status)
    if column == 4:
        return corridor_text(row.corridor)
    if column == 5:
        return row.registration_number or ""
    if column == 6:
        return _since(row.submitted_at)
    if column == 7:
        return str(row.item_count)
    if column == 8:
        return f"{grouped(row.invoice_total)} {row.invoice_currency}".strip()
    if column == 9:
        return grouped(row.customs_value)
    when = dt.datetime.fromisoformat(row.updated_at)
    moment = QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000)).toLocalTime()
    return moment_text(moment)
