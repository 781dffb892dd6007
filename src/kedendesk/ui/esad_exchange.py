"""EAEU XML declarations in and out of the window, off the GUI thread: an export that does not
fit the album lists its findings by box and writes nothing; an import shows what the file holds
and which of its elements no box reads, and adds a draft only when the user says so; the album
folder the exports are validated against (Workspace → EAEU XML album folder…)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from kedendesk.domain.checks import Finding
from kedendesk.exchange.esad_import import EsadFile
from kedendesk.exchange.esad_schema import AlbumMissingError
from kedendesk.services.drafts import DraftService
from kedendesk.services.esad import EsadExportRefusedError, EsadInvalidError, EsadService
from kedendesk.ui.esad_import_dialog import EsadImportDialog
from kedendesk.ui.messages import finding_text
from kedendesk.ui.operations import Operations

SHOWN = 15  # findings or elements named in a message; the rest are counted


def _grouped(paths: list[str]) -> list[str]:
    """`items[0].freight_cost`, `items[1].freight_cost` → `freight_cost (items 1, 2)`."""
    by_field: dict[str, list[str]] = {}
    for path in paths:
        match = re.fullmatch(r"items\[(\d+)\]\.(.+)", path)
        if match is None:
            by_field.setdefault(path, [])
        else:
            by_field.setdefault(match.group(2), []).append(str(int(match.group(1)) + 1))
    return [
        f"{name} ({', '.join(items[:5])}{'…' if len(items) > 5 else ''})" if items else name
        for name, items in by_field.items()
    ]


class EsadExchange(QObject):
    """The window's EAEU XML actions."""

    confirming = Signal(QDialog)  # the import's question, for tests to answer

    def __init__(
        self,
        window: QMainWindow,
        drafts: DraftService,
        operations: Operations,
        imported: Callable[[int], None],
        import_failed: Callable[[Path, BaseException], None],
    ) -> None:
        """`imported` and `import_failed` are the file menu's, shared with the other formats:
        the new draft opens, or the message names what is wrong with the file."""
        super().__init__(window)
        self._window = window
        self._service = EsadService(drafts)
        self._operations = operations
        self._imported = imported
        self._import_failed = import_failed

    def _status(self, text: str, timeout: int = 0) -> None:
        self._window.statusBar().showMessage(text, timeout)

    # -- export --------------------------------------------------------------------------

    def export_file(self, declaration_id: int, path: Path) -> None:
        self._operations.run(
            lambda: self._service.export(declaration_id, path),
            lambda omitted: self._exported(path, omitted),
            self._export_failed,
        )

    def _exported(self, path: Path, omitted: list[str]) -> None:
        text = self.tr("Exported to %1 (EAEU XML, album 5.23.0)").replace("%1", str(path))
        if omitted:
            text += " " + self.tr("Not in the file, the album has no place for: %1").replace(
                "%1", ", ".join(_grouped(omitted)[:SHOWN])
            )
        self._status(text, 15000)

    def _export_failed(self, error: BaseException) -> None:
        if isinstance(error, EsadExportRefusedError):
            lines = [self._finding_line(f) for f in error.findings[:SHOWN]]
            text = self.tr(
                "The declaration was not exported: these values do not fit the EAEU XML "
                "format. Correct them and export again.\n\n%1"
            ).replace("%1", "\n".join(lines))
        elif isinstance(error, EsadInvalidError):
            text = (
                self.tr(
                    "The declaration was not exported: the customs album in %1 does not accept "
                    "the file.\n\n%2"
                )
                .replace("%1", str(self._service.album_folder()))
                .replace("%2", "\n".join(str(p) for p in error.problems[:SHOWN]))
            )
        else:
            text = self.tr("Cannot export: %1").replace("%1", str(error))
        QMessageBox.warning(self._window, self.tr("Export"), text)

    def _finding_line(self, finding: Finding) -> str:
        where = self.tr("Box %1").replace("%1", finding.box) if finding.box else ""
        if finding.item is not None:
            where += ", " + self.tr("item %1").replace("%1", str(finding.item))
        return f"{where}: {finding_text(finding)}" if where else finding_text(finding)

    # -- import --------------------------------------------------------------------------

    def import_file(self, path: Path) -> None:
        """Read the file off the GUI thread; ask before anything is written."""
        self._status(self.tr("Importing %1…").replace("%1", path.name))
        self._operations.run(
            lambda: self._service.read(path),
            lambda read: self._confirm(path, read),
            lambda error: self._import_failed(path, error),
        )

    def _confirm(self, path: Path, read: EsadFile) -> None:
        self._window.statusBar().clearMessage()
        dialog = EsadImportDialog(path, read, self._window)
        dialog.finished.connect(lambda answer: self._answered(answer, path, read))
        dialog.finished.connect(dialog.deleteLater)
        self.confirming.emit(dialog)
        dialog.open()

    def _answered(self, answer: int, path: Path, read: EsadFile) -> None:
        if answer != QDialog.DialogCode.Accepted:
            self._status(self.tr("Nothing was imported."), 8000)
            return
        self._operations.run(
            lambda: self._service.add(read),
            self._imported,
            lambda error: self._import_failed(path, error),
        )

    # -- the album folder ----------------------------------------------------------------

    def ask_album_folder(self, parent: QWidget | None = None) -> None:
        """Choose (or forget) the folder of the customs album exports are validated against."""
        parent = parent or self._window
        current = self._service.album_folder()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("EAEU XML album folder"),
            (
                self.tr("Exports are validated against the customs album in %1.").replace(
                    "%1", str(current)
                )
                if current
                else self.tr(
                    "No album folder is set: exports follow the album's rules Kedendesk knows, "
                    "but are not validated against its XSD files."
                )
            ),
            QMessageBox.StandardButton.Close,
            parent,
        )
        box.setInformativeText(
            self.tr(
                "The album of formats (ESADout_CU.xsd and the files it imports) is published "
                "by customs; Kedendesk does not ship it."
            )
        )
        choose = box.addButton(self.tr("&Choose a folder…"), QMessageBox.ButtonRole.ActionRole)
        forget = box.addButton(self.tr("&Forget it"), QMessageBox.ButtonRole.ResetRole)
        forget.setEnabled(current is not None)
        box.exec()
        if box.clickedButton() is choose:
            folder = QFileDialog.getExistingDirectory(
                parent, self.tr("The folder of ESADout_CU.xsd"), str(current or "")
            )
            if folder:
                self.set_album_folder(Path(folder))
        elif box.clickedButton() is forget:
            self._service.set_album_folder(None)
            self._status(self.tr("Exports are no longer validated against an album."), 8000)

    def set_album_folder(self, folder: Path) -> None:
        """Load the album off the GUI thread (about a second) and remember it if it loads."""
        self._status(self.tr("Reading the album in %1…").replace("%1", str(folder)))
        self._operations.run(
            lambda: self._service.set_album_folder(folder),
            lambda version: self._status(
                self.tr("Album %1 found: exports are validated against it.").replace("%1", version),
                10000,
            ),
            self._album_failed,
        )

    def _album_failed(self, error: BaseException) -> None:
        self._window.statusBar().clearMessage()
        if isinstance(error, AlbumMissingError):
            text = self.tr("This folder holds no readable customs album: %1").replace(
                "%1", str(error)
            )
        else:
            text = str(error)
        QMessageBox.warning(self._window, self.tr("EAEU XML album folder"), text)
