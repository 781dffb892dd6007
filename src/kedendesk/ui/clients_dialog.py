"""Clients: the companies this workspace files declarations for."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.identifiers import id_problem
from kedendesk.services.drafts import Client, DraftService


class ClientsDialog(QDialog):
    def __init__(self, drafts: DraftService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self._editing: Client | None = None
        self.setWindowTitle(self.tr("Clients"))
        self.resize(720, 360)
        self.model = QStandardItemModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.clicked.connect(self._chosen)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("clientName")
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("clientId")
        self.id_edit.setMaxLength(12)
        self.id_hint = QLabel()
        self.address_edit = QLineEdit()
        self.id_edit.textChanged.connect(self._check_id)
        self.new_button = QPushButton(self.tr("New client"))
        self.save_button = QPushButton(self.tr("Save client"))
        self.save_button.setObjectName("saveClient")
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("BIN / IIN"), self.id_edit)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("Address"), self.address_edit)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.new_button)
        buttons_row.addWidget(self.save_button)
        buttons_row.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons_row)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list_view, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self._reload()
        self.start_new()

    def _reload(self) -> None:
        self.model.clear()
        for client in self._drafts.clients():
            item = QStandardItem(client.name)
            item.setData(client, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.model.appendRow(item)

    def _chosen(self, index: QModelIndex) -> None:
        client = index.data(Qt.ItemDataRole.UserRole)
        self._editing = client
        self.name_edit.setText(client.name)
        self.id_edit.setText(client.id_number)
        self.address_edit.setText(client.address)

    def start_new(self) -> None:
        self._editing = None
        self.list_view.clearSelection()
        for edit in (self.name_edit, self.id_edit, self.address_edit):
            edit.clear()
        self.name_edit.setFocus()

    def _check_id(self, text: str) -> None:
        problem = id_problem(text) if text else None
        self.id_hint.setText(
            self.tr("This is not a valid BIN or IIN (check the digits)") if problem else ""
        )
        self.id_hint.setStyleSheet("color: #b3261e;" if problem else "")

    def save(self) -> Client | None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return None
        id_number = self.id_edit.text().strip()
        address = self.address_edit.text().strip()
        if self._editing is None:
            client = self._drafts.add_client(name, id_number, address)
        else:
            client = Client(self._editing.id, name, id_number, address)
            self._drafts.update_client(client)
        self._editing = client
        self._reload()
        return client
