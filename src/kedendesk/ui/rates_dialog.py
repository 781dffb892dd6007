"""Exchange rates of the workspace: by hand, from a file; the checks use them by date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.lenient import in_range
from kedendesk.domain.rates import ExchangeRate
from kedendesk.services.checking import CheckingService
from kedendesk.services.official_rates import OfficialRatesService
from kedendesk.ui.file_problems import problem_details
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.operations import Operations
from kedendesk.ui.table_model import RIGHT, ReadOnlyTableModel, read_only_view

CONTEXT = "RatesModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("RatesModel", "Date"),
    QT_TRANSLATE_NOOP("RatesModel", "Currency"),
    QT_TRANSLATE_NOOP("RatesModel", "KZT per unit"),
    QT_TRANSLATE_NOOP("RatesModel", "Source"),
)
COMMON_CURRENCIES = ("USD", "EUR", "RUB", "CNY", "KGS", "UZS", "BYN", "TRY", "GBP", "JPY", "AED")


def _d(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


class RatesModel(ReadOnlyTableModel[ExchangeRate]):
    context = CONTEXT
    columns = COLUMNS

    def rate(self, row: int) -> ExchangeRate:
        return self.row_at(row)

    def cell(self, rate: ExchangeRate, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            text = (rate.date.strftime("%d.%m.%Y"), rate.currency, str(rate.rate), rate.source)
            return text[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return RIGHT
        return None


class RatesDialog(QDialog):
    def __init__(
        self,
        checking: CheckingService,
        operations: Operations,
        parent: QWidget | None = None,
        official: OfficialRatesService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ratesDialog")
        self._checking = checking
        self._operations = operations
        self._official = official or OfficialRatesService(checking)
        self.model = RatesModel()
        self.model.setParent(self)
        self.view = read_only_view(self.model, "ratesTable", single=False)

        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("rateDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("rateCurrency")
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(COMMON_CURRENCIES)
        self.rate_edit = QLineEdit()
        self.rate_edit.setObjectName("rateValue")
        self.rate_edit.returnPressed.connect(self.add_rate)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_rate)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_file)
        self.official_button = QPushButton()
        self.official_button.setObjectName("getOfficialRates")
        self.official_button.clicked.connect(self.get_official)
        entry = QHBoxLayout()
        for widget in (self.date_edit, self.currency_combo, self.rate_edit, self.add_button):
            entry.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.official_button)
        actions.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("ratesStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(entry)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.setWindowTitle(self.tr("Exchange rates"))
        self.hint.setText(
            self.tr(
                "KZT for one unit of a currency, by the date it was set. A rate stays in force "
                "until the next one, for at most 7 days. A file needs the columns date, "
                "currency and rate (CSV or XLSX)."
            )
        )
        self.rate_edit.setPlaceholderText(self.tr("Rate, e.g. 512.34"))
        self.add_button.setText(self.tr("Add rate"))
        self.remove_button.setText(self.tr("Remove selected"))
        self.import_button.setText(self.tr("Import from a file…"))
        self.official_button.setText(self.tr("Get official rates for the date"))
        self.official_button.setToolTip(
            self.tr("The National Bank of Kazakhstan's rates of the date chosen above")
        )
        self.resize(640, 520)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._checking.rates())

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;" if error else "")
        self.status.setText(text)

    def add_rate(self) -> None:
        text = self.rate_edit.text().strip().replace(",", ".").replace(" ", "")
        currency = self.currency_combo.currentText().strip().upper()
        try:
            rate = Decimal(text)
        except InvalidOperation:
            self._say(self.tr("“%1” is not a rate.").replace("%1", text), error=True)
            return
        if len(currency) != 3 or not in_range(rate) or rate <= 0:
            self._say(self.tr("Give a currency code and a rate above zero."), error=True)
            return
        day = self.date_edit.date()
        self._checking.set_rate(currency, dt.date(day.year(), day.month(), day.day()), rate)
        self.rate_edit.clear()
        self._say(self.tr("Rate of %1 saved.").replace("%1", currency))
        self.reload()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        for rate in [self.model.rate(row) for row in rows]:
            self._checking.remove_rate(rate.currency, rate.date)
        self.reload()

    def get_official(self) -> None:
        chosen = self.date_edit.date()
        day = dt.date(chosen.year(), chosen.month(), chosen.day())
        self.official_button.setEnabled(False)
        self._say(self.tr("Asking the National Bank for the rates of %1…").replace("%1", _d(day)))
        self._operations.run(
            lambda: self._official.fetch(day),
            lambda count: self._fetched(day, count),
            lambda error: self._fetch_failed(day, error),
            serial=True,
        )

    def _fetched(self, day: dt.date, count: int) -> None:
        self.official_button.setEnabled(True)
        self._say(
            self.tr("%1 official rates of %2 saved.")
            .replace("%1", str(count))
            .replace("%2", _d(day))
        )
        self.reload()

    def _fetch_failed(self, day: dt.date, error: object) -> None:
        self.official_button.setEnabled(True)
        self._say(
            self.tr("No rates of %1 were fetched; the rates you have are kept. %2")
            .replace("%1", _d(day))
            .replace("%2", str(error)),
            error=True,
        )

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import exchange rates"), "", self.tr("Tables (*.csv *.xlsx)")
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        self._say(self.tr("Reading %1…").replace("%1", path.name))
        self._operations.run(
            lambda: self._checking.import_rates(path),
            lambda count: self._imported(path, count),
            lambda error: self._import_failed(path, error),
            serial=True,
        )

    def _imported(self, path: Path, count: int) -> None:
        self._say(
            self.tr("%1 rates added from %2.").replace("%1", str(count)).replace("%2", path.name)
        )
        self.reload()

    def _import_failed(self, path: Path, error: object) -> None:
        details = problem_details(error)
        self._say(self.tr("Nothing was imported from %1.").replace("%1", path.name), error=True)
        QMessageBox.warning(
            self,
            self.tr("Exchange rates"),
            self.tr("%1 cannot be read; nothing was imported.\n\n%2")
            .replace("%1", path.name)
            .replace("%2", details),
        )
