"""The question before an EAEU XML file becomes a draft: what it holds (album, box A, LRN,
declarant, items, customs value) and, line by line, each element of it that no box reads."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kedendesk.exchange.esad_import import EsadFile


class EsadImportDialog(QDialog):
    """Accepted: the user wants the draft. Nothing is written by the dialog itself."""

    def __init__(self, path: Path, read: EsadFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import an EAEU XML declaration"))
        self.resize(760, 440)
        d = read.declaration
        facts = [
            (self.tr("File"), path.name),
            (self.tr("Album"), read.album),
            (self.tr("Box A"), d.registration_number or "—"),
            (self.tr("LRN"), d.lrn or "—"),
            (self.tr("Declarant (box 14)"), f"{d.declarant.name} {d.declarant.id_number}".strip()),
            (self.tr("Goods items"), str(len(d.items))),
            (self.tr("Customs value (box 12)"), f"{d.total_customs_value or '—'}"),
        ]
        self.summary = QLabel(
            "<table>"
            + "".join(
                f"<tr><td>{escape(name)}:&nbsp;</td><td><b>{escape(value)}</b></td></tr>"
                for name, value in facts
            )
            + "</table>"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.question = QLabel()
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.unknown = QTableWidget(len(read.unknown), 3)
        self.unknown.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Element with no box"), self.tr("Times")]
        )
        for row, element in enumerate(read.unknown):
            for column, value in enumerate((str(element.line), element.path, str(element.count))):
                cell = QTableWidgetItem(value)
                cell.setToolTip(element.path)
                self.unknown.setItem(row, column, cell)
        header = self.unknown.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.unknown.verticalHeader().hide()
        self.unknown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unknown.setWordWrap(False)
        layout.addWidget(self.unknown)
        if read.unknown:
            self.question.setText(
                self.tr(
                    "%n element(s) of the file have no box in Kedendesk and will not be "
                    "imported (listed below). Import the rest as a new draft?",
                    "",
                    len(read.unknown),
                )
            )
        else:
            self.unknown.hide()
            self.question.setText(
                self.tr("Every element of the file has its box. Import it as a new draft?")
            )
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import as a new draft"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.import_button.setDefault(True)
        layout.addWidget(self.buttons)

    def unknown_paths(self) -> list[str]:
        items = (self.unknown.item(row, 1) for row in range(self.unknown.rowCount()))
        return [item.text() for item in items if item is not None]
