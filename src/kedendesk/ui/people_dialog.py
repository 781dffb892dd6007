"""Workspace → People and roles…: the team server's people (login, name, role, teams), for an
administrator to add, change and remove, and which teams see each client. Every call goes to
the server off the GUI thread; the server refuses what the signed-in person may not do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.drafts import Client, DraftService
from kedendesk.services.people import ROLES, PeopleService, Person
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.operations import Operations
from kedendesk.ui.table_model import ReadOnlyTableModel, read_only_view

ROLE_NAMES = {
    "preparer": QT_TRANSLATE_NOOP("People", "preparer"),
    "declarant": QT_TRANSLATE_NOOP("People", "declarant"),
    "administrator": QT_TRANSLATE_NOOP("People", "administrator"),
}


def role_name(role: str) -> str:
    """A role as the interface language says it."""
    return QCoreApplication.translate("People", ROLE_NAMES.get(role, role))


def _teams(text: str) -> list[str]:
    return [team for team in text.replace(",", " ").split() if team]


class PeopleModel(ReadOnlyTableModel[Person]):
    context = "People"
    columns = (
        QT_TRANSLATE_NOOP("People", "Login"),
        QT_TRANSLATE_NOOP("People", "Name"),
        QT_TRANSLATE_NOOP("People", "Role"),
        QT_TRANSLATE_NOOP("People", "Teams"),
    )

    def cell(self, row: Person, column: int, role: int) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 2:
            return role_name(row.role)
        if column == 3:
            return ", ".join(row.teams) or self.tr("all clients")
        return row.login if column == 0 else row.name


class PeopleDialog(QDialog):
    def __init__(
        self,
        people: PeopleService,
        drafts: DraftService,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self._people = people
        self._drafts = drafts
        self._operations = operations
        self.setWindowTitle(self.tr("People and roles"))
        self.resize(900, 560)
        intro = QLabel(
            self.tr(
                "Each person signs in to the team server with their own login. A preparer "
                "creates, edits and checks declarations; a declarant also signs and sends them; "
                "an administrator also manages people, clients and their papers. A person in "
                "teams sees the clients of those teams and the clients in no team."
            )
        )
        intro.setWordWrap(True)
        self.model = PeopleModel()
        self.view = read_only_view(self.model, "peopleTable", stretch=1)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._picked())

        self.login = QLineEdit()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.teams = QLineEdit()
        self.teams.setPlaceholderText(self.tr("north, south (empty: all clients)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Teams:"), self.teams)
        form.addRow(self.tr("Pass&word (new person):"), self.password)
        for field in (self.login, self.name, self.role, self.teams, self.password):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.add_button = QPushButton(self.tr("&Add person"))
        self.change_button = QPushButton(self.tr("&Save changes"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.client = QComboBox()  # filled from the server off the GUI thread (reload)
        self.client.currentIndexChanged.connect(lambda _i: self._show_client_teams())
        self.client_teams = QLineEdit()
        self.client_teams.setPlaceholderText(self.tr("empty: everyone sees this client"))
        self.client_button = QPushButton(self.tr("Set the client's &teams"))
        self.client_button.clicked.connect(self.set_client_teams)
        client_form = QFormLayout()
        client_form.addRow(self.tr("&Client:"), self.client)
        client_form.addRow(self.tr("Seen by the teams:"), self.client_teams)
        for field in (self.client,):
            label = client_form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        client_form.addRow(self.client_button)

        self.status = QLabel()
        self.status.setObjectName("peopleStatus")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(client_form)
        layout.addWidget(self.status)
        layout.addWidget(close)
        manage = people.person.can_manage
        for widget in (self.add_button, self.change_button, self.remove_button, self.client_button):
            widget.setEnabled(manage)
        if not manage:
            self.status.setText(self.tr("Only an administrator changes people and teams."))
        self.reload()
        self._operations.run(self._drafts.active_clients, self._fill_clients, self._failed)

    def reload(self) -> None:
        self._operations.run(self._people.people, self.model.set_rows, self._failed)

    def _fill_clients(self, clients: list[Client]) -> None:
        for client in clients:  # the first one becoming current shows its teams
            self.client.addItem(client.name, client.id)

    def _picked(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        person = self.model.row_at(index.row())
        self.login.setText(person.login)
        self.name.setText(person.name)
        self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
        self.teams.setText(", ".join(person.teams))
        self.password.clear()

    def _fields(self) -> tuple[str, str, str, list[str]]:
        return (
            self.login.text().strip(),
            self.name.text().strip(),
            str(self.role.currentData()),
            _teams(self.teams.text()),
        )

    def add(self) -> None:
        login, name, role, teams = self._fields()
        password = self.password.text()
        if not password:
            self.status.setText(self.tr("A new person needs a password to sign in with."))
            self.password.setFocus()
            return
        self._do(
            lambda: self._people.add(login, role, name, password, teams),
            self.tr("%1 added: they sign in with this login and password.").replace("%1", login),
        )

    def change(self) -> None:
        login, name, role, teams = self._fields()
        self._do(
            lambda: self._people.change(login, role, name, teams),
            self.tr("%1 changed: it applies when they next open the workspace.").replace(
                "%1", login
            ),
        )

    def remove(self) -> None:
        login = self.login.text().strip()
        self._do(
            lambda: self._people.remove(login),
            self.tr("%1 no longer signs in here.").replace("%1", login),
        )

    def _do(self, work: object, done: str) -> None:
        def succeeded(_result: object) -> None:
            self.password.clear()
            self.status.setText(done)
            self.reload()

        self.status.setText(self.tr("Working…"))
        self._operations.run(work, succeeded, self._failed)  # type: ignore[arg-type]

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Not done: %1").replace("%1", str(error)))

    def _show_client_teams(self) -> None:
        client_id = self.client.currentData()
        if client_id is None:
            return
        self._operations.run(
            lambda: self._people.client_teams(int(client_id)),
            lambda teams: self.client_teams.setText(", ".join(teams)),
            self._failed,
        )

    def set_client_teams(self) -> None:
        client_id = self.client.currentData()
        if client_id is None:
            return
        teams = _teams(self.client_teams.text())
        name = self.client.currentText()
        self._do(
            lambda: self._people.set_client_teams(int(client_id), teams),
            self.tr("Teams of %1 set.").replace("%1", name),
        )
