"""What a user asks of customs from the editor, off the GUI thread: send a signed
declaration, withdraw one (signed with the user's key). Failures are said, never lost."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QPushButton, QWidget

from kedendesk.services.signing import KeyUnusableError, SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.ui.key_problems import key_problem_text
from kedendesk.ui.operations import Operations


class CustomsActions(QObject):
    """Signals: queued() after something went into the outbox (the worker sends it)."""

    queued = Signal()

    def __init__(
        self,
        parent: QWidget,
        signing: SigningService,
        submission: SubmissionService,
        operations: Operations,
        declaration_id: int,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._signing = signing
        self._submission = submission
        self._operations = operations
        self._id = declaration_id

    def submit(self, button: QPushButton) -> None:
        """Queue the signed envelope (a write of up to megabytes) off the GUI thread."""
        button.setEnabled(False)

        def failed(error: BaseException) -> None:
            button.setEnabled(True)
            QMessageBox.warning(
                self._parent,
                self.tr("Send to customs"),
                self.tr("Not queued: %1").replace("%1", f"{type(error).__name__}: {error}"),
            )

        self._operations.run(
            lambda: self._submission.submit(self._id),
            lambda _item: self._done(button),
            failed,
            serial=True,
        )

    def withdraw(self, button: QPushButton) -> None:
        """Sign a withdrawal and queue it, off the GUI thread; a wrong password is said."""
        keys = self._signing.keys()
        if not keys:
            QMessageBox.information(
                self._parent, self.tr("Withdraw the declaration"), self.tr("No signing key yet.")
            )
            return
        key = keys[0]
        password = None if key.password_remembered else self._ask_password()
        if password is None and not key.password_remembered:
            return
        button.setEnabled(False)

        def failed(error: BaseException) -> None:
            button.setEnabled(True)
            text = key_problem_text(error) if isinstance(error, KeyUnusableError) else str(error)
            QMessageBox.warning(
                self._parent,
                self.tr("Withdraw the declaration"),
                self.tr("Not withdrawn: %1").replace("%1", text),
            )

        self._operations.run(
            lambda: self._submission.withdraw(self._id, key.id, password),
            lambda _item: self._done(button),
            failed,
        )

    def _done(self, button: QPushButton) -> None:
        button.setEnabled(True)
        self.queued.emit()

    def _ask_password(self) -> str | None:
        text, ok = QInputDialog.getText(
            self._parent,
            self.tr("Withdraw the declaration"),
            self.tr("The password of your signing key:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None
