"""Payments of the open declaration: box 45–47 per item and box B, each amount explained."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.checks import CheckResult
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import CostSpread
from kedendesk.domain.payments import Explanation
from kedendesk.domain.reference import lookup
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.messages import explanation_text, payment_name
from kedendesk.ui.table_model import RIGHT, ReadOnlyTableModel, read_only_view

CONTEXT = "PaymentsModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("PaymentsModel", "Item"),
    QT_TRANSLATE_NOOP("PaymentsModel", "Box"),
    QT_TRANSLATE_NOOP("PaymentsModel", "Payment"),
    QT_TRANSLATE_NOOP("PaymentsModel", "Base"),
    QT_TRANSLATE_NOOP("PaymentsModel", "Rate"),
    QT_TRANSLATE_NOOP("PaymentsModel", "Amount"),
)
CUSTOMS_VALUE = QT_TRANSLATE_NOOP("PaymentsModel", "Customs value, KZT")
STATISTICAL_VALUE = QT_TRANSLATE_NOOP("PaymentsModel", "Statistical value, USD")
TOTAL = QT_TRANSLATE_NOOP("PaymentsModel", "Total to pay")


def grouped(value: Decimal) -> str:
    """Money as accountants read it: 1 234 567.89."""
    return f"{value:,}".replace(",", "\u00a0")


def _unit_symbol(code: str) -> str:
    entry = lookup("units").get(code)
    return str(entry.attributes.get("symbol", code)) if entry else code


@dataclass(frozen=True)
class PaymentRow:
    item: int  # 1-based
    box: str  # 45, 46, 47
    label: str  # payment type code, or a box title to translate
    base: str
    rate: str
    amount: Decimal
    explanation: Explanation


def rows_of(result: CheckResult) -> list[PaymentRow]:
    calculation = result.calculation
    rows: list[PaymentRow] = []
    for index, item in enumerate(calculation.items):
        number = index + 1
        if item.customs_value is not None:
            value = item.customs_value
            rows.append(
                PaymentRow(number, "45", CUSTOMS_VALUE, "", "", value.value, value.explanation)
            )
        if item.statistical_value is not None:
            value = item.statistical_value
            rows.append(
                PaymentRow(number, "46", STATISTICAL_VALUE, "", "", value.value, value.explanation)
            )
        for line in calculation.lines_of(index):
            base = grouped(line.base)
            rate = grouped(line.rate) if line.rate_type == "S" else f"{line.rate} {line.rate_type}"
            if line.rate_type == "*":  # the base is a quantity: say in which unit
                base = f"{base} {_unit_symbol(line.explanation.value('unit'))}"
            rows.append(
                PaymentRow(number, "47", line.type_code, base, rate, line.amount, line.explanation)
            )
    return rows


class PaymentsModel(ReadOnlyTableModel[PaymentRow]):
    context = CONTEXT
    columns = COLUMNS

    def payment_row(self, row: int) -> PaymentRow:
        return self.row_at(row)

    def cell(self, row: PaymentRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if row.box == "47":
                label = f"{row.label} {payment_name(row.label)}"
            else:
                label = QCoreApplication.translate(CONTEXT, row.label)
            return (str(row.item), row.box, label, row.base, row.rate, grouped(row.amount))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return explanation_text(row.explanation)
        return None


SPREAD_TEXTS = {
    ("freight", "gross"): QT_TRANSLATE_NOOP(
        "PaymentsPage", "Transport to the border: %1 in all, shared over the items by gross mass."
    ),
    ("freight", "value"): QT_TRANSLATE_NOOP(
        "PaymentsPage", "Transport to the border: %1 in all, shared over the items by value."
    ),
    ("insurance", "gross"): QT_TRANSLATE_NOOP(
        "PaymentsPage", "Insurance to the border: %1 in all, shared over the items by gross mass."
    ),
    ("insurance", "value"): QT_TRANSLATE_NOOP(
        "PaymentsPage", "Insurance to the border: %1 in all, shared over the items by value."
    ),
    ("other", "gross"): QT_TRANSLATE_NOOP(
        "PaymentsPage", "Other additions: %1 in all, shared over the items by gross mass."
    ),
    ("other", "value"): QT_TRANSLATE_NOOP(
        "PaymentsPage", "Other additions: %1 in all, shared over the items by value."
    ),
}


def explanation_lines(explanation: Explanation, spreads: Sequence[CostSpread] = ()) -> list[str]:
    """How an amount was calculated, a sentence a line: the formula with its figures, each
    exchange rate with its date and source, how costs to the border were shared (for box
    45), the reference data used. The payments tab and the payment summary both say it."""
    translate = QCoreApplication.translate
    lines = [explanation_text(explanation)]
    for rate in explanation.rates:
        lines.append(
            translate("PaymentsPage", "Exchange rate %1: %2 KZT, set for %3 (%4)")
            .replace("%1", rate.currency)
            .replace("%2", str(rate.rate))
            .replace("%3", rate.date.strftime("%d.%m.%Y"))
            .replace("%4", rate.source or "—")
        )
    if explanation.formula == "customs-value.method-1":
        for spread in spreads:
            template = SPREAD_TEXTS.get((spread.kind, spread.basis))
            if template is not None:
                lines.append(translate("PaymentsPage", template).replace("%1", str(spread.total)))
    if explanation.sources:
        lines.append(
            translate("PaymentsPage", "Reference data: %1").replace(
                "%1", "; ".join(explanation.sources)
            )
        )
    return lines


class PaymentsPage(QWidget):
    """Signals: apply_requested() when the user fills boxes 45–47 and B from the calculation;
    summary_requested() when the user asks for the payment summary (PDF)."""

    apply_requested = Signal()
    summary_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = QLabel()
        self.notice.setObjectName("tariffNotice")
        self.notice.setWordWrap(True)
        self.basis = QLabel()
        self.basis.setObjectName("paymentBasis")
        self.basis.setWordWrap(True)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyCalculation")
        self.apply_button.clicked.connect(self.apply_requested)
        self.summary_button = QPushButton()
        self.summary_button.setObjectName("paymentSummary")
        self.summary_button.clicked.connect(self.summary_requested)
        top = QHBoxLayout()
        top.addWidget(self.basis, 1)
        top.addWidget(self.summary_button)
        top.addWidget(self.apply_button)

        self.model = PaymentsModel()
        self.model.setParent(self)
        self.view = read_only_view(self.model, "paymentsTable", 2)
        self.view.setAlternatingRowColors(True)
        self.view.selectionModel().currentRowChanged.connect(self._explain)

        self.totals_box = QGroupBox()
        self.totals = QLabel()
        self.totals.setObjectName("boxB")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.totals_box).addWidget(self.totals)
        self.explanation = QTextBrowser()
        self.explanation.setObjectName("explanation")
        self.explanation_box = QGroupBox()
        QVBoxLayout(self.explanation_box).addWidget(self.explanation)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.totals_box)
        side_layout.addWidget(self.explanation_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setSizes([700, 420])

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._result: CheckResult | None = None
        self._context: Context | None = None
        self._spreads: tuple[CostSpread, ...] = ()
        self._stale = False
        self.retranslate()

    def show_result(
        self, result: CheckResult, context: Context, spreads: Sequence[CostSpread] = ()
    ) -> None:
        """Keep the result; the table is filled when the page is on screen (a check runs on
        every edit, and thousands of box 47 lines of a hidden page are work that can wait).
        `spreads`: the costs shared over the items, said beside each customs value."""
        self._result, self._context = result, context
        self._spreads = tuple(spreads)
        self._stale = True
        if self.isVisible():
            self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._fill()
        super().showEvent(event)

    def _fill(self) -> None:
        result = self._result
        if result is None:
            return
        self._stale = False
        current = self.view.currentIndex().row()
        self.model.set_rows(rows_of(result))
        if 0 <= current < self.model.rowCount():
            self.view.selectRow(current)
        self._render()

    def _render(self) -> None:
        result, context = self._result, self._context
        if result is None or context is None:
            return
        self.notice.setVisible(context.tariff.practice)
        lines = [
            f"{code} {html.escape(payment_name(code))}: <b>{grouped(amount)}</b>"
            for code, amount in result.calculation.totals.items()
        ]
        total = QCoreApplication.translate(CONTEXT, TOTAL)
        lines.append(f"{total}: <b>{grouped(result.calculation.total)}</b> KZT")
        self.totals.setText("<br>".join(lines))
        self.basis.setText(
            self.tr("Tariff %1 of %2; KZT amounts rounded to %3; %4 warning(s) about rates")
            .replace("%1", context.tariff.version)
            .replace("%2", context.tariff.effective_date.strftime("%d.%m.%Y"))
            .replace("%3", str(context.kzt_step))
            .replace("%4", str(len(result.calculation.issues)))
        )
        self._explain(self.view.currentIndex())

    def _explain(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            self.explanation.setHtml(self.tr("Choose a line to see how it was calculated."))
            return
        row = self.model.payment_row(index.row())
        lines = explanation_lines(row.explanation, self._spreads)
        parts = [f"<p><b>{html.escape(lines[0])}</b></p>"]
        parts += [f"<p>{html.escape(line)}</p>" for line in lines[1:]]
        self.explanation.setHtml("".join(parts))

    def retranslate(self) -> None:
        self.notice.setText(
            self.tr(
                "Practice tariff: the duty rates are made up for practice. Load the official "
                "schedule under Workspace → Tariff before filing for real."
            )
        )
        self.notice.setStyleSheet("background: #fff4e5; color: #8a5a00; padding: 6px;")
        self.apply_button.setText(self.tr("Fill boxes 45–47 and B from the calculation"))
        self.summary_button.setText(self.tr("Payment summary (PDF)…"))
        self.totals_box.setTitle(self.tr("B  Totals by payment type, KZT"))
        self.explanation_box.setTitle(self.tr("How this amount was calculated"))
        self.model.retranslate()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
