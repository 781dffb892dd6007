"""Help → User guide (F1): the guide in the interface language (`resources/help/guide-<lang>.html`,
English when a language has none), shown in the app; links inside it jump to its sections."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kedendesk.domain.reference import resources_dir
from kedendesk.ui.i18n import current_language


def guide_path(language: str) -> Path:
    folder = resources_dir() / "help"
    found = folder / f"guide-{language}.html"
    return found if found.is_file() else folder / "guide-en.html"


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.resize(820, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        path = guide_path(current_language())
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
