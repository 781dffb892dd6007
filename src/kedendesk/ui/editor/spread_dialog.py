"""Spread a cost to the border (freight, insurance, other additions) over the goods items, by
gross mass or by value: box 45's additions filled item by item, to the cent."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.autofill import spread_costs
from kedendesk.domain.declaration import Declaration
from kedendesk.domain.lenient import in_range


class SpreadDialog(QDialog):
    def __init__(self, declaration: Declaration, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spreadDialog")
        self._declaration = declaration
        self.kind = QComboBox()
        self.kind.setObjectName("spreadKind")
        self.amount = QLineEdit()
        self.amount.setObjectName("spreadAmount")
        self.basis = QComboBox()
        self.basis.setObjectName("spreadBasis")
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        self.kind_label, self.amount_label, self.basis_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.basis_label, self.basis)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Spread a cost over the items"))
        self.kind.addItem(self.tr("Transport to the border"), "freight")
        self.kind.addItem(self.tr("Insurance to the border"), "insurance")
        self.kind.addItem(self.tr("Other additions"), "other")
        self.basis.addItem(self.tr("by gross mass"), "gross")
        self.basis.addItem(self.tr("by value"), "value")
        self.kind_label.setText(self.tr("Cost"))
        self.amount_label.setText(
            self.tr("Amount, %1").replace("%1", declaration.invoice_currency or "—")
        )
        self.basis_label.setText(self.tr("Shared"))
        self.amount.setFocus()

    def accept(self) -> None:
        text = self.amount.text().strip().replace(" ", "").replace(",", ".")
        try:
            total = Decimal(text)
        except InvalidOperation:
            self.status.setText(self.tr("“%1” is not an amount.").replace("%1", text))
            return
        if not total.is_finite() or total < 0 or not in_range(total):
            self.status.setText(self.tr("“%1” is not an amount.").replace("%1", text))
            return
        try:
            spread_costs(
                self._declaration, self.kind.currentData(), total, self.basis.currentData()
            )
        except ValueError as error:
            self.status.setText(self.tr("Not spread: %1").replace("%1", str(error)))
            return
        super().accept()
