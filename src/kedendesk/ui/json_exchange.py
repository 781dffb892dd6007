"""Declarations in and out as files, off the GUI thread: the JSON exchange file, the archive
with attachments, and (through `EsadExchange`) the EAEU XML declaration. A file that is not a
declaration is named with its place and nothing is imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from kedendesk.services.archive import export_archive, import_archive
from kedendesk.services.drafts import DraftService, ExchangeError
from kedendesk.ui.esad_exchange import EsadExchange
from kedendesk.ui.file_problems import problem_details
from kedendesk.ui.operations import Operations


class JsonExchange(QObject):
    def __init__(
        self,
        window: QMainWindow,
        drafts: DraftService,
        operations: Operations,
        open_declaration: Callable[[int], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._drafts = drafts
        self._operations = operations
        self._open = open_declaration
        self.esad = EsadExchange(window, drafts, operations, self._imported, self._import_failed)

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import a declaration"),
            "",
            self.tr("Declarations (*.json *.zip *.xml)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read, check the shape of and add a declaration file off the GUI thread; it opens
        when it is in, or a message names what is wrong (nothing is imported then). An EAEU
        XML file is shown to the user before anything is written."""
        if path.suffix.lower() == ".xml":
            self.esad.import_file(path)
            return
        self._window.statusBar().showMessage(self.tr("Importing %1…").replace("%1", path.name))

        def read() -> int:
            if path.suffix.lower() == ".zip":  # a declaration with its attachments
                return import_archive(self._drafts, path)
            return self._drafts.import_json(path)

        self._operations.run(
            read,
            self._imported,
            lambda error: self._import_failed(path, error),
        )

    def _imported(self, declaration_id: int) -> None:
        self._window.statusBar().clearMessage()
        self._open(declaration_id)

    def _import_failed(self, path: Path, error: BaseException) -> None:
        self._window.statusBar().clearMessage()
        if isinstance(error, ExchangeError):
            text = (
                self.tr("%1 is not a declaration file; nothing was imported.\n\n%2")
                .replace("%1", path.name)
                .replace("%2", problem_details(error))
            )
        else:
            text = self.tr("Cannot read %1: %2").replace("%1", str(path)).replace("%2", str(error))
        QMessageBox.warning(self._window, self.tr("Import"), text)

    def ask_export(self, declaration_id: int) -> None:
        lrn = self._drafts.row(declaration_id).lrn
        kinds = {
            self.tr("Declarations (*.json)"): ".json",
            self.tr("A declaration with its attachments (*.zip)"): ".zip",
            self.tr("EAEU XML declaration, album 5.23.0 (*.xml)"): ".xml",
        }
        path, kind = QFileDialog.getSaveFileName(
            self._window, self.tr("Export a declaration"), f"{lrn}.json", ";;".join(kinds)
        )
        if not path:
            return
        chosen = Path(path)
        suffix = kinds.get(kind, ".json")
        if chosen.suffix.lower() not in kinds.values():  # a name typed without its type
            chosen = chosen.with_name(chosen.name + suffix)
        elif chosen.suffix.lower() != suffix and chosen.name == f"{lrn}.json":
            chosen = chosen.with_suffix(suffix)  # the proposed name, another type chosen
        self.export_file(declaration_id, chosen)

    def export_file(self, declaration_id: int, path: Path) -> None:
        """Write the exchange file off the GUI thread; the status bar says when it is done."""
        if path.suffix.lower() == ".xml":
            self.esad.export_file(declaration_id, path)
            return

        def write() -> None:
            if path.suffix.lower() == ".zip":
                export_archive(self._drafts, declaration_id, path)
            else:
                self._drafts.export_json(declaration_id, path)

        self._operations.run(
            write,
            lambda _none: self._window.statusBar().showMessage(
                self.tr("Exported to %1").replace("%1", str(path)), 8000
            ),
            self._export_failed,
        )

    def _export_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self._window, self.tr("Export"), str(error))
