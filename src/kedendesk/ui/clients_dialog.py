"""Workspace → Clients…: the card of each company this workspace files for. Its names and
address, the contract with it and the powers of attorney of the people who act for it (with
what expires soon), the defaults of a new declaration, its suppliers and contacts; archiving;
and this workspace's own company when it files as a customs representative."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.client_card import (
    CardDefaults,
    ClientCard,
    Contact,
    Contract,
    OurCompany,
    Power,
    expiries,
)
from kedendesk.domain.declaration import Address
from kedendesk.domain.identifiers import id_problem
from kedendesk.domain.lenient import as_text
from kedendesk.services.drafts import Client, DraftService
from kedendesk.ui.editor.rows_box import RowsBox
from kedendesk.ui.editor.rows_model import Column, RowsModel
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.notifications import expiry_text
from kedendesk.ui.operations import Operations

POWER_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Number")),
    Column("date", QT_TRANSLATE_NOOP("Columns", "Date")),
    Column("valid_to", QT_TRANSLATE_NOOP("Columns", "Valid to")),
    Column("person", QT_TRANSLATE_NOOP("Columns", "Who may act")),
    Column("person_iin", QT_TRANSLATE_NOOP("Columns", "IIN")),
    Column("issued_by", QT_TRANSLATE_NOOP("Columns", "Issued by")),
    Column("scope", QT_TRANSLATE_NOOP("Columns", "For what")),
)
CONTACT_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name")),
    Column("position", QT_TRANSLATE_NOOP("Columns", "Position")),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone")),
    Column("email", QT_TRANSLATE_NOOP("Columns", "E-mail")),
)
ADDRESS_PARTS = (
    ("postal_code", QT_TRANSLATE_NOOP("ClientsDialog", "Postal code")),
    ("region", QT_TRANSLATE_NOOP("ClientsDialog", "Region")),
    ("city", QT_TRANSLATE_NOOP("ClientsDialog", "City")),
    ("street_house", QT_TRANSLATE_NOOP("ClientsDialog", "Street, house")),
    ("room", QT_TRANSLATE_NOOP("ClientsDialog", "Office")),
)


class ClientsDialog(QDialog):
    def __init__(
        self,
        drafts: DraftService,
        operations: Operations,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientsDialog")
        self._drafts = drafts
        self._operations = operations
        self._today = today or dt.date.today()
        self._editing: Client | None = None
        self.setWindowTitle(self.tr("Clients"))
        self.resize(1180, 640)

        self.model = QStandardItemModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.clicked.connect(self._chosen)
        self.list_view.activated.connect(self._chosen)
        self.show_archived = QCheckBox(self.tr("Show archived clients"))
        self.show_archived.toggled.connect(lambda _on: self._reload())
        self.new_button = QPushButton(self.tr("&New client"))
        self.new_button.clicked.connect(self.start_new)

        # Company
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("clientName")
        self.legal_form_edit = QLineEdit()
        self.name_kk_edit = QLineEdit()
        self.name_en_edit = QLineEdit()
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("clientId")
        self.id_edit.setMaxLength(12)
        self.id_hint = QLabel()
        self.id_edit.textChanged.connect(self._check_id)
        self.address_edit = QLineEdit()
        self.address_parts = {name: QLineEdit() for name, _label in ADDRESS_PARTS}
        company = QWidget()
        form = QFormLayout(company)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Legal form"), self.legal_form_edit)
        form.addRow(self.tr("Name in Kazakh"), self.name_kk_edit)
        form.addRow(self.tr("Name in English"), self.name_en_edit)
        form.addRow(self.tr("BIN / IIN"), self.id_edit)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("Address"), self.address_edit)
        for name, label in ADDRESS_PARTS:
            form.addRow(self.tr(label), self.address_parts[name])

        # Papers: the contract and the powers of attorney
        self.contract = {name: QLineEdit() for name in ("number", "date", "valid_to")}
        self.contract["number"].setObjectName("contractNumber")
        self.powers = RowsBox(RowsModel(POWER_COLUMNS, Power))
        self.powers.setObjectName("powers")
        self.powers.add_button.setText(self.tr("Add power of attorney"))
        self.powers.remove_button.setText(self.tr("Remove power of attorney"))
        self.expiry_label = QLabel()
        self.expiry_label.setObjectName("expiries")
        self.expiry_label.setWordWrap(True)
        self.expiry_label.setStyleSheet("color: #b3261e;")
        papers = QWidget()
        papers_layout = QVBoxLayout(papers)
        contract_group = QGroupBox(self.tr("Contract with the customs representative (11002)"))
        contract_form = QFormLayout(contract_group)
        contract_form.addRow(self.tr("Number"), self.contract["number"])
        contract_form.addRow(self.tr("Date"), self.contract["date"])
        contract_form.addRow(self.tr("Valid to"), self.contract["valid_to"])
        self.powers.setTitle(self.tr("Powers of attorney"))
        papers_layout.addWidget(contract_group)
        papers_layout.addWidget(self.powers, 1)
        papers_layout.addWidget(self.expiry_label)

        # Defaults of a new declaration, and suppliers
        self.consignee_same = QCheckBox(self.tr("Box 8: the consignee is the declarant"))
        self.financial_same = QCheckBox(self.tr("Box 9: the financial party is the declarant"))
        self.filled_by = {name: QLineEdit() for name in ("name", "position", "phone")}
        self.suppliers_edit = QPlainTextEdit()
        self.suppliers_edit.setTabChangesFocus(True)
        defaults = QWidget()
        defaults_form = QFormLayout(defaults)
        defaults_form.addRow(self.consignee_same)
        defaults_form.addRow(self.financial_same)
        defaults_form.addRow(self.tr("Box 54: filled in by"), self.filled_by["name"])
        defaults_form.addRow(self.tr("Position"), self.filled_by["position"])
        defaults_form.addRow(self.tr("Phone"), self.filled_by["phone"])
        defaults_form.addRow(self.tr("Suppliers (box 2), one a line"), self.suppliers_edit)

        self.contacts = RowsBox(RowsModel(CONTACT_COLUMNS, Contact))
        self.contacts.setTitle(self.tr("Contacts"))
        self.contacts.add_button.setText(self.tr("Add contact"))
        self.contacts.remove_button.setText(self.tr("Remove contact"))

        self.card_tabs = QTabWidget()
        self.card_tabs.addTab(company, self.tr("Company"))
        self.card_tabs.addTab(papers, self.tr("Contract and powers"))
        self.card_tabs.addTab(defaults, self.tr("New declarations"))
        self.card_tabs.addTab(self.contacts, self.tr("Contacts"))
        self.save_button = QPushButton(self.tr("&Save client"))
        self.save_button.setObjectName("saveClient")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveClient")
        self.archive_button.clicked.connect(self.toggle_archived)
        self.status = QLabel()
        self.status.setWordWrap(True)

        # This workspace's own company, when it files as a representative
        ours = drafts.our_company()
        self.ours = {
            "name": QLineEdit(ours.name),
            "bin": QLineEdit(ours.bin),
            "register_entry": QLineEdit(ours.register_entry),
        }
        ours_group = QGroupBox(self.tr("We file as a customs representative"))
        ours_form = QFormLayout(ours_group)
        ours_form.addRow(self.tr("Our company"), self.ours["name"])
        ours_form.addRow(self.tr("Our BIN"), self.ours["bin"])
        ours_form.addRow(self.tr("Register entry"), self.ours["register_entry"])
        ours_button = QPushButton(self.tr("Save our company"))
        ours_button.clicked.connect(self.save_our_company)
        ours_form.addRow(ours_button)
        # On a team server clients and their papers are the administrator's (the server
        # refuses the others' changes anyway): the rest see them read-only, and are told why.
        self._manage = drafts.person.can_manage
        self.role_note = QLabel(
            self.tr("Only an administrator adds or changes clients and their papers.")
        )
        self.role_note.setObjectName("clientsReadOnly")
        self.role_note.setWordWrap(True)
        self.role_note.setVisible(not self._manage)
        for button in (self.new_button, self.save_button, ours_button):
            button.setEnabled(self._manage)

        left = QVBoxLayout()
        left.addWidget(self.role_note)
        left.addWidget(self.list_view, 1)
        left.addWidget(self.show_archived)
        left.addWidget(self.new_button)
        left.addWidget(ours_group)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.status, 1)
        buttons_row.addWidget(self.archive_button)
        buttons_row.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.card_tabs, 1)
        right.addLayout(buttons_row)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self._reload()
        self.start_new()

    # -- the list ---------------------------------------------------------------------------

    def _reload(self, then_select: int | None = None) -> None:
        """The list read again off the GUI thread (then `then_select` chosen in it)."""
        self._operations.run(
            self._drafts.clients,
            lambda clients: self._show_clients(clients, then_select),
            self._failed,
        )

    def _show_clients(self, clients: list[Client], then_select: int | None) -> None:
        self.model.clear()
        archived = self.show_archived.isChecked()
        for client in clients:
            if client.archived and not archived:
                continue
            text = client.name + (self.tr(" (archived)") if client.archived else "")
            if expiries(client.card, self._today):
                text = "⚠ " + text
            item = QStandardItem(text)
            item.setData(client, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.model.appendRow(item)
        if then_select is not None:
            self.select(then_select)

    def select(self, client_id: int) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole).id == client_id:
                self.list_view.setCurrentIndex(index)
                self._open(index)  # the line under the card keeps what it said (Saved.)
                return

    def _chosen(self, index: QModelIndex) -> None:
        """The user picked a client in the list."""
        self._open(index)
        self.status.clear()

    def _open(self, index: QModelIndex) -> None:
        client: Client = index.data(Qt.ItemDataRole.UserRole)
        self._editing = client
        self._show(client.name, client.id_number, client.address, client.card)
        self.archive_button.setEnabled(self._manage)
        self.archive_button.setText(
            self.tr("Bring back from the archive") if client.archived else self.tr("&Archive")
        )

    def start_new(self) -> None:
        self._editing = None
        self.list_view.clearSelection()
        self._show("", "", "", ClientCard())
        self.status.clear()
        self.archive_button.setEnabled(False)
        self.archive_button.setText(self.tr("&Archive"))
        self.card_tabs.setCurrentIndex(0)
        self.name_edit.setFocus()

    def _show(self, name: str, id_number: str, address: str, card: ClientCard) -> None:
        self.name_edit.setText(name)
        self.id_edit.setText(id_number)
        self.address_edit.setText(address)
        self.legal_form_edit.setText(card.legal_form)
        self.name_kk_edit.setText(card.name_kk)
        self.name_en_edit.setText(card.name_en)
        for part, edit in self.address_parts.items():
            edit.setText(getattr(card.address_details, part))
        for part, edit in self.contract.items():
            edit.setText(as_text(getattr(card.contract, part)))
        self.powers.model.set_rows([p.model_copy() for p in card.powers])
        self.contacts.model.set_rows([c.model_copy() for c in card.contacts])
        for table in (self.powers, self.contacts):
            table.view.resizeColumnsToContents()
        self.consignee_same.setChecked(card.defaults.consignee_same_as_declarant)
        self.financial_same.setChecked(card.defaults.financial_party_same_as_declarant)
        for part, edit in self.filled_by.items():
            edit.setText(getattr(card.defaults, f"filled_by_{part}"))
        self.suppliers_edit.setPlainText("\n".join(card.suppliers))
        self._show_expiries(card)

    def _show_expiries(self, card: ClientCard) -> None:
        self.expiry_label.setText("\n".join(expiry_text(e) for e in expiries(card, self._today)))

    # -- editing ----------------------------------------------------------------------------

    def _check_id(self, text: str) -> None:
        problem = id_problem(text) if text else None
        self.id_hint.setText(
            self.tr("This is not a valid BIN or IIN (check the digits)") if problem else ""
        )
        self.id_hint.setStyleSheet("color: #b3261e;" if problem else "")

    def card(self) -> ClientCard:
        """The card as the fields show it."""
        suppliers = [s.strip() for s in self.suppliers_edit.toPlainText().splitlines()]
        return ClientCard(
            legal_form=self.legal_form_edit.text().strip(),
            name_kk=self.name_kk_edit.text().strip(),
            name_en=self.name_en_edit.text().strip(),
            address_details=Address.model_validate(
                {part: edit.text().strip() for part, edit in self.address_parts.items()}
            ),
            contract=Contract(
                number=self.contract["number"].text().strip(),
                date=self.contract["date"].text().strip() or None,
                valid_to=self.contract["valid_to"].text().strip() or None,
            ),
            powers=[Power.model_validate(self.powers.model.row_object(r).model_dump())
                    for r in range(self.powers.model.rowCount())],
            contacts=[Contact.model_validate(self.contacts.model.row_object(r).model_dump())
                      for r in range(self.contacts.model.rowCount())],
            defaults=CardDefaults(
                consignee_same_as_declarant=self.consignee_same.isChecked(),
                financial_party_same_as_declarant=self.financial_same.isChecked(),
                filled_by_name=self.filled_by["name"].text().strip(),
                filled_by_position=self.filled_by["position"].text().strip(),
                filled_by_phone=self.filled_by["phone"].text().strip(),
            ),
            suppliers=[s for s in suppliers if s],
        )  # fmt: skip

    def save(self) -> None:
        """The card written off the GUI thread; the line under it says when it is saved."""
        name = self.name_edit.text().strip()
        if not name:
            self.card_tabs.setCurrentIndex(0)
            self.name_edit.setFocus()
            self.status.setText(self.tr("A client needs a name."))
            return
        id_number = self.id_edit.text().strip()
        address = self.address_edit.text().strip()
        card = self.card()
        editing = self._editing

        def write() -> Client:
            if editing is None:
                return self._drafts.add_client(name, id_number, address, card)
            client = replace(editing, name=name, id_number=id_number, address=address, card=card)
            self._drafts.update_client(client)
            return client

        self.status.setText(self.tr("Saving…"))
        self._operations.run(write, self._saved, self._failed, serial=True)

    def _saved(self, client: Client) -> None:
        self._editing = client
        self._reload(then_select=client.id)
        self.status.setText(self.tr("Saved."))

    def toggle_archived(self) -> None:
        """Archived: out of the pickers, its declarations kept; shown again on demand."""
        if self._editing is None:
            return
        archived = not self._editing.archived
        client_id = self._editing.id
        if archived:
            self.show_archived.blockSignals(True)
            self.show_archived.setChecked(True)
            self.show_archived.blockSignals(False)

        def archive() -> None:
            self._drafts.archive_client(client_id, archived)

        def done(_none: object) -> None:
            self._reload(then_select=client_id)
            self.status.setText(
                self.tr("Archived.") if archived else self.tr("Back from the archive.")
            )

        self._operations.run(archive, done, self._failed, serial=True)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Not saved: %1").replace("%1", str(error)))

    def save_our_company(self) -> None:
        company = OurCompany(**{name: edit.text().strip() for name, edit in self.ours.items()})
        self._operations.run(
            lambda: self._drafts.set_our_company(company),
            lambda _none: self.status.setText(self.tr("Our company saved.")),
            self._failed,
            serial=True,
        )
