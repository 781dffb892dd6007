"""What an empty workspace shows in place of the declarations list: the next steps, each a
button (first steps, clients, a new declaration, an import, the guide).

Signals: first_steps_requested(), clients_requested(), new_requested(), import_requested(),
guide_requested()."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    first_steps_requested = Signal()
    clients_requested = Signal()
    new_requested = Signal()
    import_requested = Signal()
    guide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons: list[tuple[QPushButton, QLabel]] = []
        grid = QGridLayout()
        for signal in (
            self.first_steps_requested,
            self.clients_requested,
            self.new_requested,
            self.import_requested,
            self.guide_requested,
        ):
            button = QPushButton()
            button.clicked.connect(signal.emit)
            text = QLabel()
            text.setWordWrap(True)
            row = len(self.buttons)
            grid.addWidget(button, row, 0)
            grid.addWidget(text, row, 1)
            self.buttons.append((button, text))
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("No declarations yet"))
        self.intro.setText(self.tr("Everything you type is kept on this computer. Next steps:"))
        texts = (
            (
                self.tr("First steps…"),
                self.tr("Language, your company, your signing key and the gateway."),
            ),
            (
                self.tr("Clients…"),
                self.tr("The companies you file for, with their contracts and powers."),
            ),
            (
                self.tr("New declaration (Ctrl+N)"),
                self.tr("A draft for a client; it checks itself as you type."),
            ),
            (
                self.tr("Import (Ctrl+I)"),
                self.tr("A declaration file: JSON, an archive or EAEU XML."),
            ),
            (
                self.tr("User guide (F1)"),
                self.tr("From a draft to release, the practice gateway, signing."),
            ),
        )
        for (button, label), (caption, text) in zip(self.buttons, texts, strict=True):
            button.setText(caption)
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
