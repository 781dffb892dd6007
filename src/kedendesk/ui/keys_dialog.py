"""The signing keys the workspace knows: add a .p12 file, see its certificate, remove it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.secrets import KeyringUnavailableError
from kedendesk.services.signing import KeyUnusableError, SigningKey, SigningService
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.key_problems import key_problem_text
from kedendesk.ui.table_model import ReadOnlyTableModel, read_only_view

CONTEXT = "KeysModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("KeysModel", "Owner"),
    QT_TRANSLATE_NOOP("KeysModel", "IIN"),
    QT_TRANSLATE_NOOP("KeysModel", "BIN"),
    QT_TRANSLATE_NOOP("KeysModel", "Valid to"),
    QT_TRANSLATE_NOOP("KeysModel", "File"),
)


class KeysModel(ReadOnlyTableModel[SigningKey]):
    context = CONTEXT
    columns = COLUMNS

    def cell(self, key: SigningKey, column: int, role: int) -> object:
        info = key.info
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                info.owner,
                info.iin,
                info.bin,
                info.not_after.strftime("%d.%m.%Y"),
                key.path.name,
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return str(key.path)
        return None


class AddKeyDialog(QDialog):
    """The password of a new key file, and what to do with it."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addKeyDialog")
        self.password = QLineEdit()
        self.password.setObjectName("keyPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.import_copy = QCheckBox()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.file_label = QLabel(str(path))
        self.file_label.setWordWrap(True)
        form.addRow(self.file_label)
        self.password_label = QLabel()
        form.addRow(self.password_label, self.password)
        form.addRow(self.remember)
        form.addRow(self.import_copy)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Add a signing key"))
        self.password_label.setText(self.tr("Password"))
        self.remember.setText(self.tr("Remember the password (in the system keyring)"))
        self.import_copy.setText(
            self.tr("Keep a copy of the key file in the workspace (else only its location)")
        )


class KeysDialog(QDialog):
    def __init__(self, signing: SigningService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self._signing = signing
        self.model = KeysModel()
        self.model.setParent(self)
        self.view = read_only_view(self.model, "keysTable", 0)
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QLabel()
        self.details.setObjectName("keyDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("keysStatus")
        self.status.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.forget_button = QPushButton()
        self.forget_button.clicked.connect(self.forget_password)
        actions = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.forget_button):
            actions.addWidget(button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Signing keys"))
        self.add_button.setText(self.tr("Add a key file (.p12)…"))
        self.remove_button.setText(self.tr("Remove"))
        self.forget_button.setText(self.tr("Forget the password"))
        self.resize(760, 460)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._signing.keys())
        if self.model.rowCount():
            self.view.selectRow(self.model.rowCount() - 1)
        else:
            self.details.setText(
                self.tr("No keys yet. Add the signing key file (RSA256_…p12) from your CA.")
            )

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;" if error else "")
        self.status.setText(text)

    def _show_details(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            return
        key = self.model.row_at(index.row())
        info = key.info
        usage = []
        if info.digital_signature:
            usage.append(self.tr("digital signature"))
        if info.non_repudiation:
            usage.append(self.tr("non-repudiation"))
        lines = [
            f"<b>{html.escape(info.owner)}</b> {html.escape(info.organisation)}",
            self.tr("Issued by %1; %2; serial %3")
            .replace("%1", html.escape(info.issuer))
            .replace("%2", info.algorithm)
            .replace("%3", info.serial),
            self.tr("Valid from %1 to %2; for %3")
            .replace("%1", info.not_before.strftime("%d.%m.%Y"))
            .replace("%2", info.not_after.strftime("%d.%m.%Y"))
            .replace("%3", ", ".join(usage) or self.tr("no signing")),
            html.escape(str(key.path))
            + (" " + self.tr("(a copy in the workspace)") if key.imported else ""),
        ]
        if not key.available:
            lines.append(self.tr("The key file is not there any more."))
        if key.password_remembered:
            lines.append(self.tr("The password is remembered in the system keyring."))
        self.details.setText("<br>".join(lines))
        self.forget_button.setEnabled(key.password_remembered)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a signing key"), "", self.tr("Key files (*.p12 *.pfx)")
        )
        if not path:
            return
        dialog = AddKeyDialog(Path(path), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add(
                Path(path),
                dialog.password.text(),
                remember=dialog.remember.isChecked(),
                import_copy=dialog.import_copy.isChecked(),
            )

    def add(self, path: Path, password: str, *, remember: bool, import_copy: bool) -> bool:
        try:
            key = self._signing.add_key(path, password, remember=remember, import_copy=import_copy)
        except KeyUnusableError as error:
            self._say(key_problem_text(error), error=True)
            return False
        except KeyringUnavailableError:
            self.reload()
            self._say(
                self.tr(
                    "The key is added, but this system has no keyring to keep the password: "
                    "you will be asked for it when you sign."
                ),
                error=True,
            )
            return True
        self.reload()
        self._say(self.tr("Added the key of %1.").replace("%1", key.info.owner))
        return True

    def _selected(self) -> SigningKey | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def remove_selected(self) -> None:
        key = self._selected()
        if key is not None:
            self._signing.remove_key(key.id)
            self.reload()

    def forget_password(self) -> None:
        key = self._selected()
        if key is not None:
            self._signing.forget_password(key.id)
            self.reload()
