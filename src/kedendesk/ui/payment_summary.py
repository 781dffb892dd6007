"""The payment summary a broker gives the client: every line of box 47 with how it was
calculated (formula, base, rate, exchange rate and its date, the data versions), boxes 45 and
46 per item, and box B's totals; as a PDF (A4, the bundled font, so Kazakh letters print)."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from kedendesk.domain.checks import CheckResult
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import Declaration
from kedendesk.ui.editor.payments_page import explanation_lines, grouped, rows_of
from kedendesk.ui.messages import payment_name

RESOLUTION = 300  # dots per inch of the PDF
FONT = "DejaVu Sans"


class PaymentSummary(QObject):
    """Builds the summary's HTML (on the GUI thread: it reads translations and reference
    names); `write_pdf` prints it, and may run on a worker."""

    def html(self, declaration: Declaration, result: CheckResult, context: Context) -> str:
        title = self.tr("Customs payments of declaration %1").replace("%1", declaration.lrn)
        declarant = declaration.declarant
        facts = [
            (self.tr("Declarant"), f"{declarant.name} ({declarant.id_number})"),
            (self.tr("Declaration type"), declaration.declaration_type()),
            (self.tr("Goods items"), str(len(declaration.items))),
            (
                self.tr("Tariff"),
                f"{context.tariff.version} ({context.tariff.effective_date:%d.%m.%Y})",
            ),
            (self.tr("Calculated on"), f"{dt.date.today():%d.%m.%Y}"),
        ]  # fmt: skip
        by_item = self.tr("By goods item")
        parts = [
            "<html><body>",
            f"<h2>{html.escape(title)}</h2>",
            "<table cellspacing='0' cellpadding='2'>",
            *(
                f"<tr><td>{html.escape(name)}:</td><td><b>{html.escape(value)}</b></td></tr>"
                for name, value in facts
            ),
            "</table>",
            f"<h3>{html.escape(by_item)}</h3>",
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>",
            "<tr>"
            + "".join(
                f"<th width='{width}%'>{html.escape(h)}</th>"
                for h, width in (
                    ("№", 4),
                    (self.tr("Box"), 5),
                    (self.tr("Payment"), 18),
                    (self.tr("Base"), 16),
                    (self.tr("Rate"), 8),
                    (self.tr("Amount"), 16),
                    (self.tr("How it was calculated"), 33),
                )
            )
            + "</tr>",
        ]
        for row in rows_of(result):
            if row.box == "47":
                label = f"{row.label} {payment_name(row.label)}"
            elif row.box == "45":
                label = self.tr("Customs value, KZT")
            else:
                label = self.tr("Statistical value, USD")
            how = "<br>".join(
                html.escape(line)
                for line in explanation_lines(row.explanation, declaration.cost_spreads)
            )
            figures = (row.base, row.rate, grouped(row.amount))
            parts.append(
                f"<tr><td>{row.item}</td><td>{row.box}</td><td>{html.escape(label)}</td>"
                + "".join(f"<td align='right' nowrap>{html.escape(f)}</td>" for f in figures)
                + f"<td><small>{how}</small></td></tr>"
            )
        parts.append("</table>")
        box_b = self.tr("Box B: to pay")
        parts.append(f"<h3>{html.escape(box_b)}</h3>")
        parts.append("<table border='1' cellspacing='0' cellpadding='3'>")
        totals = result.calculation.totals
        for code, amount in totals.items():
            parts.append(
                f"<tr><td>{html.escape(code)} {html.escape(payment_name(code))}</td>"
                f"<td align='right' nowrap>{grouped(amount)}</td></tr>"
            )
        total = self.tr("Total to pay, KZT")
        parts.append(
            f"<tr><td><b>{html.escape(total)}</b></td>"
            f"<td align='right' nowrap><b>{grouped(result.calculation.total)}</b></td></tr>"
        )
        parts.append("</table>")
        if result.errors:
            warning = self.tr(
                "The checks find %1 error(s) in this declaration: the figures may change."
            ).replace("%1", str(result.errors))
            parts.append(f"<p><b>{html.escape(warning)}</b></p>")
        parts.append("</body></html>")
        return "".join(parts)


def write_pdf(document_html: str, path: Path) -> int:
    """The HTML as an A4 PDF; returns its page count."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setCreator("Kedendesk")
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # points measured at the PDF's resolution
    document.setDefaultFont(QFont(FONT, 9))
    document.setHtml(document_html)
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    document.setPageSize(QSizeF(page.width(), page.height()))
    document.print_(writer)
    return document.pageCount()
