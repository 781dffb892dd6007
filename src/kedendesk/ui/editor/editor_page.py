"""One open declaration: header boxes in tabs by topic, goods items, and the save state."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.drafts import DraftService, RevisionInfo
from kedendesk.ui.editor import boxes
from kedendesk.ui.editor.autosave import Autosaver
from kedendesk.ui.editor.fields import FieldSpec, FormBinder, Kind
from kedendesk.ui.editor.items_panel import ItemsPanel
from kedendesk.ui.operations import Operations


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class EditorPage(QWidget):
    """Signals: title_changed(str) when the LRN changes; saved(int) after each revision."""

    title_changed = Signal(str)
    saved = Signal(int)

    def __init__(
        self,
        drafts: DraftService,
        operations: Operations,
        declaration_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.declaration_id = declaration_id
        self._drafts = drafts
        self.declaration = drafts.load(declaration_id)
        self.autosaver = Autosaver(drafts, operations, declaration_id, self.declaration, self)
        self.autosaver.saving.connect(self._show_saving)
        self.autosaver.saved.connect(self._show_saved)
        self.autosaver.save_failed.connect(self._show_failed)
        self._last_saved: RevisionInfo | None = None
        self._failure = ""

        self.binder = FormBinder(lambda: self.declaration, self)
        self.binder.edited.connect(self._header_edited)

        self.client_combo = QComboBox()
        self.client_combo.setObjectName("clientCombo")
        self.client_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setObjectName("saveStatus")
        top = QHBoxLayout()
        top.addWidget(self.client_label)
        top.addWidget(self.client_combo, 1)
        top.addStretch(1)
        top.addWidget(self.status_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sections")
        self._groups: list[tuple[QGroupBox, str]] = []
        self.tabs.addTab(self._form_tab([("", boxes.GENERAL, "")]), "")
        self.tabs.addTab(self._parties_tab(), "")
        self.tabs.addTab(self._form_tab([("", boxes.COUNTRIES_AND_TRANSPORT, "")]), "")
        self.tabs.addTab(self._form_tab([("", boxes.TERMS_AND_CURRENCY, "")]), "")
        self.tabs.addTab(self._form_tab([("", boxes.LOCATION, "")]), "")
        self.tabs.addTab(
            self._form_tab(
                [
                    (boxes.REPRESENTATIVE_GROUP, boxes.REPRESENTATIVE, ""),
                    (boxes.FILLED_BY_GROUP, boxes.FILLED_BY, ""),
                ]
            ),
            "",
        )
        self.items = ItemsPanel(self.declaration)
        self.items.edited.connect(self._items_edited)
        self.tabs.addTab(self.items, "")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._fill_clients()
        self.client_combo.currentIndexChanged.connect(self._client_chosen)
        self.binder.load()
        self._follow_same_as_declarant()
        self.retranslate()

    # -- building ---------------------------------------------------------------------

    def _form_tab(self, groups: list[tuple[str, list[FieldSpec], str]]) -> QScrollArea:
        page = QWidget()
        layout = QVBoxLayout(page)
        for title, specs, prefix in groups:
            if title:
                group = QGroupBox()
                form = QFormLayout(group)
                self._groups.append((group, title))
                layout.addWidget(group)
            else:
                form = QFormLayout()
                layout.addLayout(form)
            self.binder.add_rows(form, specs, prefix)
        layout.addStretch(1)
        return _scroll(page)

    def _parties_tab(self) -> QScrollArea:
        page = QWidget()
        grid = QGridLayout(page)
        parties = (
            ("consignor.", "2", boxes.CONSIGNOR, None),
            ("declarant.", "14", boxes.DECLARANT, None),
            ("consignee.", "8", boxes.CONSIGNEE, "consignee_same_as_declarant"),
            ("financial_party.", "9", boxes.FINANCIAL_PARTY, "financial_party_same_as_declarant"),
        )
        for position, (prefix, box, title, same_flag) in enumerate(parties):
            group = QGroupBox()
            self._groups.append((group, title))
            form = QFormLayout(group)
            if same_flag:
                self.binder.add_rows(
                    form, [FieldSpec(same_flag, box, boxes.SAME_AS_DECLARANT, Kind.CHECK)]
                )
            self.binder.add_rows(form, boxes.party(box), prefix)
            grid.addWidget(group, position // 2, position % 2)
        grid.setRowStretch(2, 1)
        return _scroll(page)

    def _fill_clients(self) -> None:
        current = self._drafts.row(self.declaration_id).client_id
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        for client in self._drafts.clients():
            label = f"{client.name} ({client.id_number})" if client.id_number else client.name
            self.client_combo.addItem(label, client.id)
        self.client_combo.setCurrentIndex(self.client_combo.findData(current))
        self.client_combo.blockSignals(False)

    # -- editing ----------------------------------------------------------------------

    def _follow_same_as_declarant(self) -> None:
        """Boxes 8 and 9 marked "same as box 14" take no details of their own."""
        for flag, prefix in (
            ("consignee_same_as_declarant", "consignee."),
            ("financial_party_same_as_declarant", "financial_party."),
        ):
            same = bool(getattr(self.declaration, flag))
            for path, widget in self.binder.widgets.items():
                if path.startswith(prefix):
                    widget.setEnabled(not same)

    def _header_edited(self, path: str) -> None:
        if path.endswith("_same_as_declarant"):
            self._follow_same_as_declarant()
        if path == "lrn":
            self.title_changed.emit(self.declaration.lrn)
        self.autosaver.schedule()

    def _items_edited(self) -> None:
        self.binder.load_path("total_items")
        self.autosaver.schedule()

    def _client_chosen(self, index: int) -> None:
        client_id = self.client_combo.itemData(index)
        if client_id is not None:
            self._drafts.move_to_client(self.declaration_id, int(client_id))

    def refresh_clients(self) -> None:
        self._fill_clients()

    def flush(self) -> None:
        """Save now and wait; raises if the workspace cannot take the save."""
        self.autosaver.flush()

    # -- save state -------------------------------------------------------------------

    def _show_saving(self) -> None:
        self.status_label.setText(self.tr("Saving…"))

    def _show_saved(self, info: RevisionInfo) -> None:
        self._last_saved = info
        self._failure = ""
        self._render_status()
        self.saved.emit(info.number)

    def _show_failed(self, message: str) -> None:
        self._failure = message
        self._render_status()

    def _render_status(self) -> None:
        if self._failure:
            self.status_label.setStyleSheet("color: #b3261e;")
            self.status_label.setText(self.tr("Not saved: %1").replace("%1", self._failure))
        elif self._last_saved is not None:
            saved_at = datetime.fromisoformat(self._last_saved.saved_at)
            moment = QDateTime.fromMSecsSinceEpoch(int(saved_at.timestamp() * 1000))
            time_text = QLocale().toString(
                moment.toLocalTime().time(), QLocale.FormatType.ShortFormat
            )
            self.status_label.setStyleSheet("")
            self.status_label.setText(
                self.tr("Saved at %1 (revision %2)")
                .replace("%1", time_text)
                .replace("%2", str(self._last_saved.number))
            )
        else:
            self.status_label.setText(self.tr("All changes are saved automatically"))

    def retranslate(self) -> None:
        titles = [
            self.tr("Declaration"),
            self.tr("Parties"),
            self.tr("Countries and transport"),
            self.tr("Terms and currency"),
            self.tr("Goods location"),
            self.tr("Representative, box 54"),
            self.tr("Goods items"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        for group, title in self._groups:
            group.setTitle(QCoreApplication.translate(boxes.GROUPS, title))
        self.client_label.setText(self.tr("Client:"))
        self.binder.retranslate()
        self._render_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
