"""Sign a declaration: choose the key, give its password, see what will be signed, sign."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kedendesk.domain.checks import CheckResult
from kedendesk.domain.declaration import Declaration
from kedendesk.domain.representation import missing_for_representative
from kedendesk.services.secrets import KeyringUnavailableError
from kedendesk.services.signing import (
    KeyUnusableError,
    SignatureRecord,
    SigningRefusedError,
    SigningService,
    signer_ids,
)
from kedendesk.ui.editor.payments_page import grouped
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP
from kedendesk.ui.key_problems import key_problem_text
from kedendesk.ui.operations import Operations

MISSING = {
    "representative-missing": QT_TRANSLATE_NOOP(
        "SignDialog", "box 54: the customs representative's name and BIN"
    ),
    "representative-not-signer": QT_TRANSLATE_NOOP(
        "SignDialog", "box 54: the representative's BIN is not the one of this key's company"
    ),
    "register-entry-missing": QT_TRANSLATE_NOOP(
        "SignDialog",
        "box 54: the representative's entry in the register of customs representatives",
    ),
    "contract-missing": QT_TRANSLATE_NOOP(
        "SignDialog", "box 54: the number and date of the contract with the declarant"
    ),
    "contract-not-in-44": QT_TRANSLATE_NOOP(
        "SignDialog", "box 44: the contract with the declarant as document 11002, with its number"
    ),
    "contract-expired": QT_TRANSLATE_NOOP(
        "SignDialog", "a contract with the declarant in force today (the one given has ended)"
    ),
    "power-of-attorney-missing": QT_TRANSLATE_NOOP(
        "SignDialog", "box 54: the power of attorney of the person who fills in the declaration"
    ),
    "power-of-attorney-expired": QT_TRANSLATE_NOOP(
        "SignDialog", "box 54: a power of attorney valid today (the one given has expired)"
    ),
    "power-of-attorney-not-yet-valid": QT_TRANSLATE_NOOP(
        "SignDialog", "box 54: a power of attorney valid today (the one given starts later)"
    ),
}


class SignDialog(QDialog):
    """After exec(), `record` holds the signature when the user signed."""

    def __init__(
        self,
        signing: SigningService,
        declaration_id: int,
        declaration: Declaration,
        result: CheckResult,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self._signing = signing
        self._operations = operations
        self._declaration_id = declaration_id
        self.record: SignatureRecord | None = None
        self.keys = signing.keys()
        self._declaration = declaration
        self._errors = result.errors

        self.summary = QLabel()
        self.summary.setObjectName("signSummary")
        self.summary.setWordWrap(True)
        self.key_combo = QComboBox()
        self.key_combo.setObjectName("signKey")
        for key in self.keys:
            info = key.info
            who = info.owner + (f" — {info.organisation}" if info.organisation else "")
            self.key_combo.addItem(f"{who} (IIN {info.iin}, {key.path.name})", key.id)
        self.key_combo.currentIndexChanged.connect(self._key_chosen)
        self.password = QLineEdit()
        self.password.setObjectName("signPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.problem = QLabel()
        self.problem.setObjectName("signProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("signButton")
        self.sign_button.setDefault(True)
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.clicked.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.summary)
        self.key_label = QLabel()
        self.password_label = QLabel()
        form.addRow(self.key_label, self.key_combo)
        form.addRow(self.password_label, self.password)
        form.addRow(self.remember)
        form.addRow(self.problem)
        form.addRow(self.buttons)

        self.setWindowTitle(self.tr("Sign the declaration"))
        self.key_label.setText(self.tr("Key"))
        self.password_label.setText(self.tr("Password"))
        self.remember.setText(self.tr("Remember the password (in the system keyring)"))
        self.sign_button.setText(self.tr("Sign"))
        totals = result.calculation
        self.summary.setText(
            self.tr(
                "You sign declaration %1 (%2) for %3, BIN/IIN %4: %5 goods items, customs value "
                "%6 KZT, payments %7 KZT. After signing it cannot be changed; a change is a new "
                "version."
            )
            .replace("%1", declaration.lrn)
            .replace("%2", declaration.declaration_type())
            .replace("%3", declaration.declarant.name)
            .replace("%4", declaration.declarant.id_number)
            .replace("%5", str(len(declaration.items)))
            .replace("%6", grouped(declaration.sum_of("customs_value")))
            .replace("%7", grouped(totals.total))
        )
        if result.errors:
            self.problem.setText(
                self.tr("The checks find %1 error(s): fix them first.").replace(
                    "%1", str(result.errors)
                )
            )
        elif not self.keys:
            self.problem.setText(self.tr("No signing key yet: add one under Workspace → Keys."))
        self.sign_button.setEnabled(not result.errors and bool(self.keys))
        self._key_chosen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.password.setFocus()  # the one thing to type: the key's password

    def _key_chosen(self, _index: int = 0) -> None:
        key_id = self.key_combo.currentData()
        if key_id is None:
            return
        key = next(k for k in self.keys if k.id == int(key_id))
        self.password.setPlaceholderText(
            self.tr("remembered; type to use another") if key.password_remembered else ""
        )
        if self._errors:
            return
        missing = missing_for_representative(
            self._declaration, signer_ids(key.info), dt.date.today()
        )
        self.sign_button.setEnabled(not missing)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setText(self.missing_text(tuple(m.code for m in missing)))

    def missing_text(self, missing: tuple[str, ...]) -> str:
        """What a representative's key lacks to sign for this declarant, one paper a line."""
        if not missing:
            return ""
        lines = [
            self.tr(
                "This key is not the declarant's (box 14): it signs as the customs "
                "representative, and for that the declaration lacks:"
            )
        ]
        lines += ["• " + self.tr(MISSING.get(code, code)) for code in missing]
        return "\n".join(lines)

    def sign(self) -> None:
        """Decrypting the key and making the CMS take a while: off the GUI thread, with the
        dialog busy meanwhile."""
        key_id = self.key_combo.currentData()
        if key_id is None or not self.sign_button.isEnabled():
            return
        password = self.password.text() or None
        remember = self.remember.isChecked()
        self._busy(True)
        self.problem.setStyleSheet("")
        self.problem.setText(self.tr("Signing…"))
        self._operations.run(
            lambda: self._signing.sign_isolated(
                self._declaration_id, int(key_id), password, remember=remember
            ),
            self._signed,
            self._refused,
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.sign_button, self.key_combo, self.password, self.remember):
            widget.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def _signed(self, record: SignatureRecord) -> None:
        self.record = record
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._busy(False)
        self.problem.setStyleSheet("color: #b3261e;")
        if isinstance(error, KeyUnusableError):
            self.problem.setText(key_problem_text(error))
        elif isinstance(error, SigningRefusedError) and error.reason == "representation":
            self.problem.setText(self.missing_text(error.missing))
        elif isinstance(error, SigningRefusedError):
            self.problem.setText(
                self.tr("The checks find %1 error(s): fix them first.").replace(
                    "%1", str(error.errors)
                )
                if error.reason == "errors"
                else self.tr("This declaration is already signed.")
            )
        elif isinstance(error, KeyringUnavailableError):
            self.problem.setText(
                self.tr(
                    "This system has no keyring to remember the password: untick "
                    "“Remember” and sign again."
                )
            )
        else:
            self.problem.setText(
                self.tr("Not signed: %1").replace("%1", f"{type(error).__name__}: {error}")
            )

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the signature is being made
            super().reject()
