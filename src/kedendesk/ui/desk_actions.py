"""The main window's work on many declarations and on templates: the Selected menu (check,
sign with one password, send, export to XLSX, each with its progress and results) and File →
templates and copies. Apart from the window, which only composes its menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from kedendesk.services.bulk import BulkResult, BulkService, Progress
from kedendesk.services.checking import CheckingService
from kedendesk.services.drafts import Client, DraftService
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.ui.bulk_dialog import BulkDialog
from kedendesk.ui.operations import Operations

if TYPE_CHECKING:
    from kedendesk.ui.main_window import MainWindow


class DeskActions(QObject):
    def __init__(
        self,
        window: MainWindow,
        drafts: DraftService,
        checking: CheckingService,
        signing: SigningService,
        submission: SubmissionService,
        operations: Operations,
        wake: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._drafts = drafts
        self._checking = checking
        self._signing = signing
        self._submission = submission
        self._operations = operations
        self._wake = wake  # the gateway worker: queued declarations go at once

    def _pick_client(self, title: str, exclude: int | None = None) -> Client | None:
        clients = [c for c in self._drafts.active_clients() if c.id != exclude]
        if not clients:
            self._window.statusBar().showMessage(self.tr("No other client to choose."), 5000)
            return None
        if len(clients) == 1:
            return clients[0]
        names = [c.name for c in clients]
        name, ok = QInputDialog.getItem(self._window, title, self.tr("Client:"), names, 0, False)
        return clients[names.index(name)] if ok else None

    # -- work on many declarations ---------------------------------------------------------

    def _bulk(self) -> BulkService:
        return BulkService(self._drafts, self._checking, self._signing, self._submission)

    def _selected_for_bulk(self) -> list[int]:
        ids = self._window.list_page.selected_ids()
        if not ids:
            self._window.statusBar().showMessage(
                self.tr("Select declarations in the list first."), 5000
            )
            return []
        for declaration_id in ids:  # what an open editor holds is saved first
            editor = self._window.editors.get(declaration_id)
            if editor is not None and not self._window.flush_editor(editor):
                return []
        return ids

    def _run_bulk(self, title: str, work: Callable[[Progress], list[BulkResult]]) -> BulkDialog:
        dialog = BulkDialog(title, work, self._operations, self._window)
        dialog.open()
        dialog.start()
        return dialog

    def check_selected(self) -> BulkDialog | None:
        ids = self._selected_for_bulk()
        if not ids:
            return None
        bulk = self._bulk()
        return self._run_bulk(
            self.tr("Check the selected declarations"), lambda p: bulk.check(ids, p)
        )

    def sign_selected(self) -> BulkDialog | None:
        """One key, one password for all: each draft signed, each result said."""
        ids = self._selected_for_bulk()
        if not ids:
            return None
        keys = self._signing.keys()
        if not keys:
            self._window.statusBar().showMessage(
                self.tr("No signing key yet: add one under Workspace → Keys."), 5000
            )
            return None
        key = keys[0]
        if len(keys) > 1:
            names = [f"{k.info.owner} ({k.path.name})" for k in keys]
            name, ok = QInputDialog.getItem(
                self._window,
                self.tr("Sign the selected declarations"),
                self.tr("Key:"),
                names,
                0,
                False,
            )
            if not ok:
                return None
            key = keys[names.index(name)]
        password: str | None = None
        if not key.password_remembered:
            password, ok = QInputDialog.getText(
                self._window,
                self.tr("Sign the selected declarations"),
                self.tr(
                    "Password of the key (asked once for all %n declaration(s)):", "", len(ids)
                ),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
        bulk = self._bulk()
        return self._run_bulk(
            self.tr("Sign the selected declarations"),
            lambda p: bulk.sign(ids, key.id, password, p),
        )

    def send_selected(self) -> BulkDialog | None:
        ids = self._selected_for_bulk()
        if not ids:
            return None
        bulk = self._bulk()
        dialog = self._run_bulk(
            self.tr("Send the selected to customs"), lambda p: bulk.submit(ids, p)
        )
        dialog.finished.connect(lambda _result: self._wake())
        return dialog

    def export_selected(self, path: Path | None = None) -> None:
        ids = self._selected_for_bulk()
        if not ids:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Export to XLSX"),
                "declarations.xlsx",
                self.tr("Spreadsheets (*.xlsx)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        target = path
        self._operations.run(
            lambda: self._bulk().export_xlsx(ids, target),
            lambda count: self._window.statusBar().showMessage(
                self.tr("%1 declarations written to %2.")
                .replace("%1", str(count))
                .replace("%2", str(target)),
                8000,
            ),
            self._export_failed,
        )

    def _export_failed(self, error: BaseException) -> None:
        text = self.tr("Not written: %1").replace("%1", str(error))
        QMessageBox.warning(self._window, self.tr("Export to XLSX"), text)

    def save_as_template(self) -> None:
        """The current declaration kept under a name for its client, to start from later."""
        ids = self._window.target_ids()
        if len(ids) != 1:
            self._window.statusBar().showMessage(self.tr("Choose one declaration."), 5000)
            return
        editor = self._window.editors.get(ids[0])
        if editor is not None and not self._window.flush_editor(editor):
            return
        row = self._drafts.row(ids[0])
        name, ok = QInputDialog.getText(
            self._window, self.tr("Save as template"), self.tr("Template name:"), text=row.lrn
        )
        if ok and name.strip():
            self._drafts.save_as_template(ids[0], name)
            self._window.statusBar().showMessage(
                self.tr("Template “%1” saved for %2.")
                .replace("%1", name.strip())
                .replace("%2", row.client_name),
                8000,
            )

    def new_from_template(self) -> int | None:
        client = self._pick_client(self.tr("New from template"))
        if client is None:
            return None
        templates = self._drafts.templates(client.id)
        if not templates:
            self._window.statusBar().showMessage(
                self.tr("%1 has no templates yet: File → Save as template…").replace(
                    "%1", client.name
                ),
                8000,
            )
            return None
        names = [t.name for t in templates]
        name, ok = QInputDialog.getItem(
            self._window, self.tr("New from template"), self.tr("Template:"), names, 0, False
        )
        if not ok:
            return None
        declaration_id = self._drafts.new_from_template(templates[names.index(name)].id)
        self._window.open_declaration(declaration_id)
        return declaration_id

    def copy_to_client(self) -> int | None:
        """A new draft of the same goods for another client, with that client's papers."""
        ids = self._window.target_ids()
        if len(ids) != 1:
            self._window.statusBar().showMessage(self.tr("Choose one declaration."), 5000)
            return None
        editor = self._window.editors.get(ids[0])
        if editor is not None and not self._window.flush_editor(editor):
            return None
        source = self._drafts.row(ids[0])
        client = self._pick_client(self.tr("Copy to another client"), exclude=source.client_id)
        if client is None:
            return None
        declaration_id = self._drafts.copy_to_client(ids[0], client.id)
        self._window.open_declaration(declaration_id)
        return declaration_id
