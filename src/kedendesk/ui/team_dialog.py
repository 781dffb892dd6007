"""Workspace → Open team workspace…: a team's PostgreSQL server by its URL (the password in
the system keyring when asked to remember it). The connection is tried off the GUI thread; a
server that answers becomes the workspace this desk opens, from the next start (the app offers
to restart now). "This desk's own workspace" goes back to the one-desk workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.workspace import Workspace, choose_workspace, is_server_url
from kedendesk.ui.operations import Operations


class TeamDialog(QDialog):
    """Signals: chosen(folder) when a team server (or, with None, this desk's own workspace)
    is what the app opens from now on."""

    chosen = Signal(object)

    def __init__(self, operations: Operations, current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._operations = operations
        self.setWindowTitle(self.tr("Open team workspace"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "A team workspace is a database on your office's PostgreSQL server: every desk "
                "that opens it works on the same clients and declarations. Ask your "
                "administrator for its address."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://aigul@server.office/kedendesk")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password (in the system keyring)"))
        self.remember.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.url)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        for field in (self.url, self.password):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.status = QLabel(self.tr("Now open: %1").replace("%1", current))
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = QPushButton(self.tr("&Connect and open"))
        self.connect_button.setDefault(True)
        self.own_button = QPushButton(self.tr("This desk's &own workspace"))
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.own_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.try_server)
        self.own_button.clicked.connect(self.use_own)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def try_server(self) -> None:
        url = self.url.text().strip()
        if not is_server_url(url):
            self.status.setText(self.tr("The address starts with postgresql://"))
            self.url.setFocus()
            return
        password = self.password.text() or None
        remember = self.remember.isChecked()
        self.connect_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))

        def work() -> Path:
            workspace = Workspace.open_team(url, password, remember)  # builds a new database
            try:
                return workspace.directory
            finally:
                workspace.close()

        self._operations.run(work, self._connected, self._refused)

    def _connected(self, folder: Path) -> None:
        choose_workspace(folder)
        self.connect_button.setEnabled(True)
        self.status.setText(self.tr("Connected. Kedendesk opens the team workspace from now on."))
        self.chosen.emit(folder)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        self.status.setText(self.tr("Not connected: %1").replace("%1", str(error)))

    def use_own(self) -> None:
        choose_workspace(None)
        self.chosen.emit(None)
        self.accept()
