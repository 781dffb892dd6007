"""The tariff the checks use: which one is active, load the official schedule, rounding."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.checking import CheckingService
from kedendesk.ui.file_problems import problem_details
from kedendesk.ui.operations import Operations


class TariffDialog(QDialog):
    def __init__(
        self, checking: CheckingService, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tariffDialog")
        self._checking = checking
        self._operations = operations
        self.active = QLabel()
        self.active.setObjectName("activeTariff")
        self.active.setWordWrap(True)
        self.official_button = QPushButton()
        self.official_button.setObjectName("useOfficialTariff")
        self.official_button.clicked.connect(self.use_official)
        self.practice_button = QPushButton()
        self.practice_button.setObjectName("usePracticeTariff")
        self.practice_button.clicked.connect(self.use_practice)

        self.import_group = QGroupBox()
        self.version_edit = QLineEdit()
        self.version_edit.setObjectName("tariffVersion")
        self.effective_edit = QDateEdit(QDate.currentDate())
        self.effective_edit.setCalendarPopup(True)
        self.effective_edit.setDisplayFormat("dd.MM.yyyy")
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_file)
        self.columns_hint = QLabel()
        self.columns_hint.setWordWrap(True)
        form = QFormLayout(self.import_group)
        self.version_label = QLabel()
        self.effective_label = QLabel()
        form.addRow(self.version_label, self.version_edit)
        form.addRow(self.effective_label, self.effective_edit)
        form.addRow(self.columns_hint)
        form.addRow(self.import_button)

        self.whole_tenge = QCheckBox()
        self.whole_tenge.setObjectName("wholeTenge")
        self.whole_tenge.setChecked(checking.kzt_step() == Decimal(1))
        self.whole_tenge.toggled.connect(
            lambda on: checking.set_kzt_step(Decimal(1) if on else Decimal("0.01"))
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.active)
        layout.addWidget(self.official_button)
        layout.addWidget(self.practice_button)
        layout.addWidget(self.import_group)
        layout.addWidget(self.whole_tenge)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.setWindowTitle(self.tr("Tariff and payment settings"))
        self.official_button.setText(
            self.tr("Use the EAEU Common Customs Tariff shipped with Kedendesk (ЕТТ ЕАЭС)")
        )
        self.practice_button.setText(self.tr("Use the practice tariff shipped with Kedendesk"))
        self.import_group.setTitle(self.tr("Load the official schedule"))
        self.version_label.setText(self.tr("Version"))
        self.effective_label.setText(self.tr("Effective from"))
        self.version_edit.setPlaceholderText(self.tr("e.g. ETT-2026-11"))
        self.columns_hint.setText(
            self.tr(
                "A CSV or XLSX table with the columns code, description, duty, excise, vat, "
                "unit, measures. Duty as the tariff writes it: 5%, 0.5 EUR/kg, "
                "10% but not less than 0.2 EUR/kg."
            )
        )
        self.import_button.setText(self.tr("Choose the file and load…"))
        self.whole_tenge.setText(self.tr("Round each payment to whole tenge (else to tiyn)"))
        self.resize(560, 420)
        self._show_active()

    def _show_active(self) -> None:
        tariff = self._checking.tariff()
        text = (
            self.tr("Active tariff: %1, effective %2, %3 commodity codes.\nSource: %4")
            .replace("%1", tariff.version)
            .replace("%2", tariff.effective_date.strftime("%d.%m.%Y"))
            .replace("%3", str(len(tariff)))
            .replace("%4", tariff.source)
        )
        if tariff.practice:
            text += "\n" + self.tr("Its rates are for practice only, not for real declarations.")
        self.active.setText(text)
        self.practice_button.setEnabled(not tariff.practice)
        self.official_button.setEnabled(not self._checking.official_tariff_active())

    def use_official(self) -> None:
        self._checking.use_official_tariff()
        self._show_active()

    def use_practice(self) -> None:
        self._checking.use_practice_tariff()
        self._show_active()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a tariff"), "", self.tr("Tables (*.csv *.xlsx)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        version = self.version_edit.text().strip()
        if not version:
            self.status.setText(self.tr("Give the tariff a version first."))
            return
        day = self.effective_edit.date()
        effective = dt.date(day.year(), day.month(), day.day())
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.import_button.setEnabled(False)
        self._operations.run(
            lambda: self._checking.import_tariff(path, version, effective),
            lambda _tariff: self._loaded(),
            lambda error: self._failed(path, error),
            serial=True,
        )

    def _loaded(self) -> None:
        self.import_button.setEnabled(True)
        self.status.setText(self.tr("Loaded; open declarations are checked against it now."))
        self._show_active()

    def _failed(self, path: Path, error: object) -> None:
        self.import_button.setEnabled(True)
        details = problem_details(error)
        self.status.setText(self.tr("Nothing was loaded from %1.").replace("%1", path.name))
        QMessageBox.warning(
            self,
            self.tr("Tariff"),
            self.tr("%1 cannot be read; nothing was loaded.\n\n%2")
            .replace("%1", path.name)
            .replace("%2", details),
        )
