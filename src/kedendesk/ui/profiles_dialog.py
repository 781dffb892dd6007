"""Gateway profiles: Practice, and real gateways by URL and client id (the secret goes to the
system keyring); choose which one the app follows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.profiles import PRACTICE, ProfileService
from kedendesk.services.secrets import KeyringUnavailableError
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP

PRACTICE_LABEL = QT_TRANSLATE_NOOP("Profiles", "Practice")


def profile_label(name: str) -> str:
    """A profile's name as the interface shows it: the built-in Practice profile in the
    interface language, the user's own profiles as they named them."""
    if name == PRACTICE:
        return QCoreApplication.translate("Profiles", PRACTICE_LABEL)
    return name


class ProfilesDialog(QDialog):
    """Signals: profile_chosen(name) when the user switches to another profile."""

    profile_chosen = Signal(str)

    def __init__(self, profiles: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilesDialog")
        self._profiles = profiles
        self.list = QListWidget()
        self.list.setObjectName("profilesList")
        self.use_button = QPushButton()
        self.use_button.clicked.connect(self.use_selected)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.url = QLineEdit()
        self.url.setObjectName("profileUrl")
        self.client_id = QLineEdit()
        self.client_id.setObjectName("profileClientId")
        self.secret = QLineEdit()
        self.secret.setObjectName("profileSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.new_group = QGroupBox()
        form = QFormLayout(self.new_group)
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.labels, (self.name, self.url, self.client_id, self.secret), strict=True
        ):
            form.addRow(label, field)
        form.addRow(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.use_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addWidget(self.new_group)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Gateway profiles"))
        self.use_button.setText(self.tr("Use this profile"))
        self.remove_button.setText(self.tr("Remove"))
        self.new_group.setTitle(self.tr("A real gateway"))
        for label, text in zip(
            self.labels,
            (self.tr("Name"), self.tr("URL"), self.tr("Client id"), self.tr("Client secret")),
            strict=True,
        ):
            label.setText(text)
        self.add_button.setText(self.tr("Add the gateway"))
        self.resize(560, 480)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        current = self._profiles.current()
        for profile in self._profiles.profiles():
            text = (
                profile_label(profile.name)
                if profile.practice
                else f"{profile.name} — {profile.url}"
            )
            if current is not None and profile.name == current.name:
                text += "  ✓"
            item = QListWidgetItem(text)
            item.setData(256, profile.name)
            self.list.addItem(item)

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(256))

    def add(self) -> None:
        name, url = self.name.text().strip(), self.url.text().strip()
        if not name or not url.startswith(("http://", "https://")) or not self.client_id.text():
            self.status.setText(self.tr("Give a name, an http(s) URL and the client id."))
            return
        try:
            self._profiles.add(name, url, self.client_id.text().strip(), self.secret.text())
            self.status.setText(self.tr("Added; the secret is in the system keyring."))
        except KeyringUnavailableError:
            self.status.setText(
                self.tr("Added, but this system has no keyring: the secret was not kept.")
            )
        self.secret.clear()
        self.reload()

    def use_selected(self) -> None:
        name = self._selected()
        if name is not None:
            self._profiles.set_current(name)
            self.profile_chosen.emit(name)
            self.reload()

    def remove_selected(self) -> None:
        name = self._selected()
        if name is not None and name != "Practice":
            self._profiles.remove(name)
            self.reload()
