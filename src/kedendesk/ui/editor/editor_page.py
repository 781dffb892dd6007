"""One open declaration: header boxes in tabs by topic, goods items, and the save state."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPageSize, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kedendesk.domain.autofill import (
    fill_calculated,
    fill_exchange_rate,
    fill_totals,
    fill_unit,
)
from kedendesk.domain.checks import CheckResult, Finding, Severity
from kedendesk.domain.declaration import Declaration
from kedendesk.domain.lifecycle import Action, allowed, is_editable
from kedendesk.domain.representation import contract_document
from kedendesk.services.checking import CheckingService
from kedendesk.services.drafts import DeclarationRow, DraftService, RevisionInfo
from kedendesk.services.invoice_import import InvoiceImportService
from kedendesk.services.leases import RENEW_EVERY, Lease
from kedendesk.services.signing import SignatureRecord, SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.ui.declaration_form import DeclarationForm
from kedendesk.ui.declaration_form import write_pdf as write_form_pdf
from kedendesk.ui.editor import boxes
from kedendesk.ui.editor.autosave import Autosaver
from kedendesk.ui.editor.conflict_prompt import MINE, ConflictPrompt
from kedendesk.ui.editor.customs_actions import CustomsActions
from kedendesk.ui.editor.fields import FieldSpec, FormBinder, Kind
from kedendesk.ui.editor.findings_panel import FindingsPanel
from kedendesk.ui.editor.items_panel import ItemsPanel
from kedendesk.ui.editor.payments_page import PaymentsPage
from kedendesk.ui.editor.timeline_page import TimelinePage
from kedendesk.ui.editor.undo_history import UndoHistory
from kedendesk.ui.i18n import moment_text
from kedendesk.ui.invoice_dialog import InvoiceDialog
from kedendesk.ui.list_model import corridor_text, status_text
from kedendesk.ui.messages import finding_text
from kedendesk.ui.nomenclature_dialog import NomenclatureDialog
from kedendesk.ui.operations import Operations
from kedendesk.ui.payment_summary import PaymentSummary, write_pdf
from kedendesk.ui.revisions_dialog import RevisionsDialog
from kedendesk.ui.sign_dialog import SignDialog

# Fields with findings: a red or amber frame (the property is set by FormBinder.mark).
MARK_STYLE = """
*[finding="error"] { border: 2px solid #b3261e; border-radius: 3px; }
*[finding="warning"] { border: 2px solid #d69e2e; border-radius: 3px; }
"""
HEADER_CHECK_DELAY_MS = 150
LEASE_POLL_MS = 5000  # how often a tab another desk edits asks whether it is free
log = logging.getLogger(__name__)
FILLED_BOX = {  # model path -> the box it is, as the save line names it
    "customs_value": "45",
    "statistical_value": "46",
    "payments": "47",
    "payment_totals": "B",
}


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class EditorPage(QWidget):
    """Signals: title_changed(str) when the LRN changes; saved(int) after each revision;
    checked(CheckResult) after the checks ran on a change."""

    title_changed = Signal(str)
    saved = Signal(int)
    checked = Signal(object)
    signed = Signal()
    queued = Signal()
    reload_requested = Signal()  # take the other save: the window opens the declaration anew
    input_refused = Signal(str)  # text longer than its box, refused whole

    def __init__(
        self,
        drafts: DraftService,
        checking: CheckingService,
        signing: SigningService,
        submission: SubmissionService,
        operations: Operations,
        declaration_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._built = False  # until the last line of __init__
        self.declaration_id = declaration_id
        self._drafts = drafts
        self._checking = checking
        self._signing = signing
        self._submission = submission
        self._operations = operations
        self.declaration = drafts.load(declaration_id)
        # An edit the team server did not take before this desk closed: the tab opens with it
        # and saves it (a conflict, as ever, if another desk saved on top since).
        pending = drafts.unsaved(declaration_id)
        if pending is not None:
            self.declaration = pending[0]
        # Whether another desk edits it now: then this tab reads it (see _lease_answered). The
        # lease is taken off the GUI thread (a write) right after the tab is built.
        self._lease: Lease | None = None
        self._lease_closed = False
        self._lease_kept = False  # closed to reopen here: the new tab holds the lease
        self.autosaver = Autosaver(drafts, operations, declaration_id, self.declaration, self)
        self.autosaver.errors = lambda: self.result.errors  # the list's "drafts with errors"
        if pending is not None:
            self.autosaver.based_on = pending[1]
            self.autosaver.resume_unsaved()
        self.autosaver.saving.connect(self._show_saving)
        self.autosaver.saved.connect(self._show_saved)
        self.autosaver.save_failed.connect(self._show_failed)
        self.customs = CustomsActions(self, signing, submission, operations, declaration_id)
        self.customs.queued.connect(self._after_queueing)
        self.conflicts = ConflictPrompt(self)
        self.conflicts.chosen.connect(lambda choice: self.resolve_conflict(choice))
        self.autosaver.conflict.connect(lambda _error: self.ask_about_conflict())
        self._last_saved: RevisionInfo | None = None
        self._refusals: list[Finding] = []
        self._shown_state: tuple[DeclarationRow, SignatureRecord | None] | None = None
        self._failure = ""

        self.binder = FormBinder(lambda: self.declaration, self)
        self.binder.edited.connect(self._header_edited)
        self.binder.refused.connect(self._refused_input)

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
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("signDeclaration")
        self.sign_button.clicked.connect(self.sign)
        top.addWidget(self.sign_button)
        self.revisions_button = QPushButton()
        self.revisions_button.setObjectName("revisionsButton")
        self.revisions_button.clicked.connect(self.show_revisions)
        top.addWidget(self.revisions_button)
        self.signed_banner = QLabel()
        self.signed_banner.setObjectName("signedBanner")
        self.signed_banner.setWordWrap(True)
        self.signed_banner.setStyleSheet("background: #e8f5e9; color: #1b5e20; padding: 6px;")
        self.new_version_button = QPushButton()
        self.new_version_button.setObjectName("newVersion")
        self.new_version_button.clicked.connect(self.edit_as_new_version)
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submitDeclaration")
        self.submit_button.clicked.connect(self.submit)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdrawDeclaration")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.lease_banner = QLabel()
        self.lease_banner.setObjectName("leaseBanner")
        self.lease_banner.setWordWrap(True)
        self.lease_banner.setStyleSheet("background: #fff3e0; color: #8a4b00; padding: 6px;")
        self.lease_banner.hide()
        signed_row = QHBoxLayout()
        signed_row.addWidget(self.lease_banner, 1)
        signed_row.addWidget(self.signed_banner, 1)
        signed_row.addWidget(self.submit_button)
        signed_row.addWidget(self.withdraw_button)
        signed_row.addWidget(self.new_version_button)

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
        self.items.item_edited.connect(self._item_checked)
        self._filled: dict[str, object] = {}  # what boxes 6, 12 and 22 were last filled with
        self._calculated: dict[object, object] = {}  # what boxes 45–47 and B were filled with
        self._editable = False  # known from the status, followed by _follow_status
        self.history = UndoHistory(lambda: self.declaration, self)
        self.items.edited.connect(self.history.edited)
        self.binder.edited.connect(lambda _path: self.history.edited())
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.redo)
        if QKeySequence("Ctrl+Y") not in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            QShortcut(QKeySequence("Ctrl+Y"), self, self.redo)  # two for one key cancel out
        self.items.items_changed.connect(self._fill_totals)
        self.items.items_changed.connect(self.check_now)
        self.items.nomenclature_requested.connect(self.browse_nomenclature)
        self.items.import_requested.connect(self.import_invoice)
        self.items.binder.edited.connect(self._item_field_edited)
        self.items.binder.refused.connect(self._refused_input)
        self.items.table.selectionModel().currentRowChanged.connect(lambda *_: self._mark())
        self.tabs.addTab(self.items, "")
        self.payments_page = PaymentsPage()
        self.payments_page.apply_requested.connect(self.apply_calculation)
        self.payments_page.summary_requested.connect(lambda: self.payment_summary())
        self.tabs.addTab(self.payments_page, "")
        self.timeline = TimelinePage(signing, submission, declaration_id, operations)
        self.timeline.queued.connect(self.queued)
        self.tabs.addTab(self.timeline, "")

        self.findings = FindingsPanel()
        self.findings.finding_chosen.connect(self.go_to)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.findings)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(signed_row)
        layout.addWidget(self.splitter, 1)
        self.setStyleSheet(MARK_STYLE)

        self._session = checking.session()
        self.result: CheckResult = self._session.check(self.declaration)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(HEADER_CHECK_DELAY_MS)
        self._header_timer.timeout.connect(self.check_now)

        self._fill_clients()
        self.client_combo.currentIndexChanged.connect(self._client_chosen)
        self.binder.load()
        self._follow_same_as_declarant()
        self._show_result()
        self.retranslate()
        self._lease_timer = QTimer(self)
        self._lease_timer.timeout.connect(self._renew_lease)
        self._lease_timer.start(self._lease_interval())
        self._follow_status()
        self._renew_lease()
        self._built = True

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
            if client.archived and client.id != current:
                continue  # archived: not a client to move a declaration to
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
        if path in ("invoice_currency", "filled_by.date") and fill_exchange_rate(
            self.declaration, self._session.context
        ):
            self.binder.load_path("exchange_rate")
            self.status_label.setText(
                self.tr("Box 23 filled with the official rate of the declaration date.")
            )
        if path == "lrn":
            self.title_changed.emit(self.declaration.lrn)
        self._header_timer.start()  # a header box can change every item's checks
        self.autosaver.schedule()

    def _refused_input(self, path: str, message: str) -> None:
        """Too long for its box: said beside the field and in the save line, nothing cut."""
        widget = self.binder.widgets.get(path) or self.items.binder.widgets.get(path)
        if widget is not None:
            QToolTip.showText(widget.mapToGlobal(widget.rect().bottomLeft()), message, widget)
        self.status_label.setStyleSheet("color: #b3261e;")
        self.status_label.setText(message)
        self.input_refused.emit(message)

    def undo(self) -> bool:
        """Ctrl+Z: the declaration as it was before the last edit."""
        return self._restore(self.history.undo())

    def redo(self) -> bool:
        return self._restore(self.history.redo())

    def _restore(self, state: Declaration | None) -> bool:
        if state is None or self.read_only:
            return False
        for name in Declaration.model_fields:
            setattr(self.declaration, name, getattr(state, name))
        self.items.model.set_rows(self.declaration.items)
        self.items.refresh()
        self.binder.load()
        self.title_changed.emit(self.declaration.lrn)
        self.autosaver.schedule()
        self.check_now()
        return True

    def _items_edited(self) -> None:
        self.binder.load_path("total_items")
        self.autosaver.schedule()

    # -- checks -----------------------------------------------------------------------

    def check_now(self) -> None:
        """A full check (on opening, a header change, items added or removed)."""
        self._header_timer.stop()
        self.result = self._session.check(self.declaration)
        if self._fill_calculated():
            self.result = self._session.check(self.declaration)
        self._show_result()

    def _item_checked(self, row: int) -> None:
        if self._header_timer.isActive():
            return  # a full check is due anyway
        self.result = self._session.item_changed(self.declaration, row)
        if self._fill_calculated():
            self.result = self._session.check(self.declaration)
        self._show_result()

    def _fill_calculated(self) -> bool:
        """Boxes 45–47 and B follow the calculation until the user types their own; the save
        line says which boxes were filled."""
        if not self._editable:
            return False
        changed = fill_calculated(self.declaration, self.result.calculation, self._calculated)
        if not changed:
            return False
        by_row: dict[int, list[str]] = {}
        for row, path in changed:
            if row is not None:
                by_row.setdefault(row, []).append(path)
        for row, paths in by_row.items():
            self.items.show_filled(row, paths)
        self._fill_totals()
        boxes_filled = sorted({FILLED_BOX[path] for _row, path in changed})
        self.status_label.setText(
            self.tr("Filled from the calculation: box %1.").replace("%1", ", ".join(boxes_filled))
        )
        self.autosaver.schedule()
        return True

    def reference_changed(self) -> None:
        """Rates, tariff or rounding changed: check again in the new context."""
        self._session = self._checking.session()
        self.check_now()

    def shown_result(self) -> CheckResult:
        """The local checks, and while customs' refusal stands, its reasons on their boxes."""
        if not self._refusals:
            return self.result
        return CheckResult(tuple(self._refusals) + self.result.findings, self.result.calculation)

    def _show_result(self) -> None:
        shown = self.shown_result()
        self.findings.show_result(shown)
        self.payments_page.show_result(
            self.result, self._session.context, self.declaration.cost_spreads
        )
        self._mark()
        self.checked.emit(shown)

    def _mark(self) -> None:
        header: dict[str, tuple[str, str]] = {}
        item: dict[str, tuple[str, str]] = {}
        row = self.items.current_row()
        current = None if row is None else row + 1
        for finding in self.shown_result().findings:
            if finding.item is None:
                target = header
            elif finding.item == current:
                target = item
            else:
                continue
            previous = target.get(finding.field)
            if previous is None or (previous[0] != Severity.ERROR):
                target[finding.field] = (str(finding.severity), finding_text(finding))
        self.binder.mark(header)
        self.items.binder.mark(item)

    def go_to(self, finding: Finding) -> None:
        """Open the box (and item) a finding concerns and put the cursor in its field."""
        if finding.item is not None:
            self.tabs.setCurrentWidget(self.items)
            self.items.focus(finding.item - 1, finding.field)
            return
        if finding.field.startswith("payment_totals"):
            self.tabs.setCurrentWidget(self.payments_page)
            return
        widget = self.binder.widgets.get(finding.field)
        if widget is None:
            self.tabs.setCurrentWidget(self.items)
            return
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                break
        self.binder.focus(finding.field)

    # -- signing ----------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.edited_elsewhere or not is_editable(
            self._drafts.row(self.declaration_id).status
        )

    # -- working from several desks ---------------------------------------------------

    @property
    def edited_elsewhere(self) -> bool:
        """Another desk holds the declaration's edit lease: this tab only reads it."""
        return self._lease is not None and not self._drafts.leases.ours(self._lease)

    def _lease_interval(self) -> int:
        """Renew our lease every 30 s; while another desk holds it, ask every few seconds."""
        return LEASE_POLL_MS if self.edited_elsewhere else int(RENEW_EVERY.total_seconds() * 1000)

    def _renew_lease(self) -> None:
        declaration_id, leases = self.declaration_id, self._drafts.leases
        self._operations.run(
            lambda: leases.take(declaration_id),
            self._lease_answered,
            lambda error: log.warning("lease of %s not renewed: %s", declaration_id, error),
        )

    def _lease_answered(self, lease: Lease) -> None:
        if self._lease_closed:  # the tab closed while the answer was on its way
            if self._drafts.leases.ours(lease) and not self._lease_kept:
                declaration_id, leases = self.declaration_id, self._drafts.leases
                self._operations.run(lambda: leases.release(declaration_id))
            return
        was_elsewhere = self.edited_elsewhere
        self._lease = lease
        if was_elsewhere and not self.edited_elsewhere:
            # The other desk closed it or its lease lapsed: open what it saved, editable.
            self._lease_timer.stop()
            self.reload_requested.emit()
            return
        self._lease_timer.setInterval(self._lease_interval())
        if self.edited_elsewhere != was_elsewhere:
            self._follow_status()
        elif self.edited_elsewhere:
            self._render_state()

    def release_lease(self, keep: bool = False) -> None:
        """The tab closes: another desk may edit the declaration at once (the release is a
        write, made off the GUI thread; a lease not released lapses by itself). With `keep`,
        the tab reopens in this window, which goes on holding the lease."""
        self._lease_closed = True
        self._lease_kept = keep
        self._lease_timer.stop()
        if not keep and self._lease is not None and self._drafts.leases.ours(self._lease):
            declaration_id, leases = self.declaration_id, self._drafts.leases
            self._operations.run(
                lambda: leases.release(declaration_id),
                None,
                lambda error: log.warning("lease of %s not released: %s", declaration_id, error),
            )

    def _follow_status(self) -> None:
        """Signed: read-only, and the banner says who signed and when; with customs: the
        buttons and the Customs tab follow the declaration's status."""
        row = self._drafts.row(self.declaration_id)
        read_only = self.edited_elsewhere or not is_editable(row.status)
        self._editable = not read_only
        refusals = self._submission.refusal_findings(self.declaration_id)
        if refusals != self._refusals:
            self._refusals = refusals
            self._show_result()
        self.binder.set_read_only(read_only)
        self.items.set_read_only(read_only)
        self.payments_page.apply_button.setEnabled(not read_only)
        self.client_combo.setEnabled(not read_only)
        self.sign_button.setVisible(not read_only)
        self.status_label.setVisible(not read_only)
        self.lease_banner.setVisible(self.edited_elsewhere)
        signed = not is_editable(row.status)
        record = self._signing.signature(self.declaration_id) if signed else None
        self.signed_banner.setVisible(record is not None)
        self.new_version_button.setVisible(
            record is not None and allowed(row.status, Action.NEW_VERSION)
        )
        self.submit_button.setVisible(allowed(row.status, Action.SUBMIT))
        self.withdraw_button.setVisible(allowed(row.status, Action.WITHDRAW))
        for button in (self.sign_button, self.submit_button, self.withdraw_button):
            button.setEnabled(self._signing.may_sign)  # a preparer prepares; a declarant signs
        self.timeline.refresh()
        self._shown_state = (row, record)
        self._render_state()

    def _render_state(self) -> None:
        """The status line and the signed banner in the interface language, from the state
        last read (a language switch re-renders without asking the workspace)."""
        if self._shown_state is None:
            return
        row, record = self._shown_state
        self.timeline.set_summary(self._gateway_summary(row))
        if self._lease is not None and self.edited_elsewhere:
            since = QDateTime.fromString(self._lease.since.isoformat(), Qt.DateFormat.ISODate)
            self.lease_banner.setText(
                self.tr(
                    "%1 is editing this declaration since %2. It is read-only here until "
                    "they close it (or their desk stops answering for two minutes)."
                )
                .replace("%1", self._lease.holder_name)
                .replace("%2", QLocale().toString(since.toLocalTime(), "HH:mm"))
            )
        if record is not None:
            moment = QDateTime.fromString(record.signed_at, Qt.DateFormat.ISODate)
            when = moment_text(moment.toLocalTime())
            banner = (
                self.tr("Signed by %1 (IIN %2) on %3 as %4. Read-only: a change is a new version.")
                .replace("%1", record.signer)
                .replace("%2", record.signer_iin)
                .replace("%3", when)
                .replace("%4", self._role_text(record.role))
            )
            if record.signed_by:  # the person signed in at the desk that signed
                banner += " " + self.tr("Signed at the desk of %1.").replace("%1", record.signed_by)
            self.signed_banner.setText(banner)

    def _gateway_summary(self, row: DeclarationRow) -> str:
        parts = [self.tr("Status: %1").replace("%1", status_text(row.status))]
        if row.corridor:
            parts.append(self.tr("corridor: %1").replace("%1", corridor_text(row.corridor)))
        if row.registration_number:
            parts.append(self.tr("registration number %1").replace("%1", row.registration_number))
        return "; ".join(parts)

    def _after_queueing(self) -> None:
        self._follow_status()
        self.queued.emit()

    def gateway_changed(self) -> None:
        """Events arrived or the outbox moved: show the new state."""
        self._follow_status()

    def submit(self) -> None:
        self.customs.submit(self.submit_button)

    def withdraw(self) -> None:
        self.customs.withdraw(self.withdraw_button)

    def _role_text(self, role: str) -> str:
        if role == "CUSTOMS_REPRESENTATIVE":
            return self.tr("customs representative")
        return self.tr("declarant")

    def sign(self) -> None:
        """Save, then sign with a key the user picks; the declaration is frozen after."""
        if self.read_only or not self._signing.may_sign:
            return
        self.flush()
        self.check_now()
        dialog = SignDialog(
            self._signing,
            self.declaration_id,
            self.declaration,
            self.result,
            self._operations,
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.record is not None:
            self._follow_status()
            self.signed.emit()

    def edit_as_new_version(self) -> None:
        """A draft again; after a refusal it is reloaded with the proposed new LRN."""
        proposed = self._signing.edit_as_new_version(self.declaration_id)
        self.autosaver.based_on = self._drafts.row(self.declaration_id).revision
        if proposed is not None:
            fresh = self._drafts.load(self.declaration_id)
            self.declaration.lrn = fresh.lrn
            self.binder.load_path("lrn")
            self.title_changed.emit(self.declaration.lrn)
            self.status_label.setText(
                self.tr("Customs holds the refused LRN; this version is %1.").replace(
                    "%1", proposed
                )
            )
        self._follow_status()
        self.check_now()
        self.signed.emit()

    def show_revisions(self) -> None:
        """Browse the history; a restored revision is shown at once (the tab opens anew)."""
        self.flush()
        dialog = RevisionsDialog(self._drafts, self.declaration_id, not self.read_only, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
            self.autosaver.based_on = dialog.restored.number
            self.reload_requested.emit()

    def apply_calculation(self) -> None:
        """Fill boxes 45–47, 12 and B from the calculation, as the user asked."""
        self._checking.apply_calculation(self.declaration)
        self.binder.load()
        self.items.refresh()
        self.check_now()
        self.autosaver.schedule()

    def payment_summary(self, path: Path | None = None) -> None:
        """The payment summary for the client as a PDF: built here, printed off the GUI
        thread; the save line says where it went."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Payment summary"),
                f"payments-{self.declaration.lrn or 'draft'}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        document = PaymentSummary().html(self.declaration, self.result, self._session.context)
        target = path
        self._operations.run(
            lambda: write_pdf(document, target),
            lambda pages: self.status_label.setText(
                self.tr("Payment summary written to %1 (%2 page(s)).")
                .replace("%1", str(target))
                .replace("%2", str(pages))
            ),
            lambda error: self.status_label.setText(
                self.tr("The payment summary was not written: %1").replace("%1", str(error))
            ),
        )

    def form_pdf(self, path: Path | None = None) -> None:
        """The declaration on the DT form as a PDF, painted off the GUI thread from a copy of
        what is on screen; the save line says where it went and how many sheets it has."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("The declaration form"),
                f"DT-{self.declaration.lrn or 'draft'}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        copy = self.declaration.model_copy(deep=True)
        target = path
        self.status_label.setText(self.tr("Writing the declaration form…"))
        self._operations.run(
            lambda: write_form_pdf(copy, target),
            lambda sheets: self.status_label.setText(
                self.tr(
                    "The declaration form was written to %1 (%n sheet(s)).", "", sheets
                ).replace("%1", str(target))
            ),
            lambda error: self.status_label.setText(
                self.tr("The declaration form was not written: %1").replace("%1", str(error))
            ),
        )

    def print_form(self, printer: QPrinter | None = None) -> None:
        """The declaration on the DT form to a printer the user picks; painted off the GUI
        thread (Qt paints on a QPrinter from a worker)."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            printer.setDocName(f"DT {self.declaration.lrn}")
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
        form = DeclarationForm(self.declaration.model_copy(deep=True))
        chosen = printer
        self.status_label.setText(self.tr("Printing the declaration…"))
        self._printer = chosen  # kept alive until the worker is done with it
        self._operations.run(
            lambda: form.paint(chosen),
            lambda sheets: self.status_label.setText(
                self.tr("%n sheet(s) of the declaration sent to the printer.", "", sheets)
            ),
            lambda error: self.status_label.setText(
                self.tr("The declaration was not printed: %1").replace("%1", str(error))
            ),
        )

    def _item_field_edited(self, path: str) -> None:
        item = self.items.current_item()
        tariff = self._session.context.tariff
        if path == "commodity_code" and item is not None and fill_unit(item, tariff):
            self.items.binder.load_path("supplementary_unit")
        if path in ("packages_count", "price", "customs_value"):
            self._fill_totals()

    def _fill_totals(self) -> None:
        for path in fill_totals(self.declaration, self._filled):
            self.binder.load_path(path)

    def import_invoice(self, path: Path | None = None) -> InvoiceDialog:
        """Items from a supplier's invoice, previewed first; added to this declaration (and
        saved by the autosave like any edit). The file chooser opens at once, unless `path`
        names the file already."""
        service = InvoiceImportService(self._drafts.workspace, self._drafts, self._checking)
        supplier = self.declaration.consignor.name.strip()
        client_id = self._drafts.row(self.declaration_id).client_id
        dialog = InvoiceDialog(service, self._operations, supplier, self, client_id)
        dialog.finished.connect(lambda _result: self._invoice_done(dialog))
        dialog.open()
        if path is not None:
            dialog.open_path(path)
        else:  # the file first, as the menu item promises; the dialog stays for another pick
            QTimer.singleShot(0, dialog.choose_file)
        return dialog

    def _invoice_done(self, dialog: InvoiceDialog) -> None:
        items = dialog.items()
        if not items:
            return
        for item in items:
            contract_document(self.declaration, item)  # a representative's contract, box 44
        added = self.items.add_items(items)
        self.status_label.setText(
            self.tr("%1 goods items added from %2.")
            .replace("%1", str(added))
            .replace("%2", dialog.path.name if dialog.path else "")
        )

    def browse_nomenclature(self) -> None:
        item = self.items.current_item()
        if item is None:
            return
        dialog = NomenclatureDialog(
            self._session.context.tariff, item.commodity_code, self, self._operations
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            code = dialog.chosen_code()
            if code:
                self.items.set_commodity_code(code)

    def _client_chosen(self, index: int) -> None:
        client_id = self.client_combo.itemData(index)
        if client_id is not None:
            self._drafts.move_to_client(self.declaration_id, int(client_id))

    def refresh_clients(self) -> None:
        self._fill_clients()

    def flush(self) -> None:
        """Save now and wait; raises if the workspace cannot take the save."""
        self.autosaver.flush()

    # -- conflicts --------------------------------------------------------------------

    @property
    def conflict_box(self) -> QMessageBox | None:
        return self.conflicts.box

    def ask_about_conflict(self) -> None:
        """An autosave met another save: ask without blocking; edits wait in the editor."""
        self.status_label.setText(self.tr("Not saved: saved elsewhere meanwhile"))
        self.conflicts.ask(self.declaration.lrn)

    def resolve_conflict(self, choice: str | None = None, reopen: bool = True) -> str:
        """Another window or process saved this declaration since this editor's revision:
        keep mine as a new revision on top, or take the other (the tab opens it anew unless
        the editor is closing). `choice` ("mine"/"theirs") skips asking."""
        choice = choice or self.conflicts.ask_now(self.declaration.lrn)
        if choice == MINE:
            self.autosaver.keep_mine()
        else:
            self.autosaver.dirty = False
            self.autosaver.in_conflict = False
            if reopen:
                self.reload_requested.emit()
        return choice

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
            self.tr("Payments"),
            self.tr("Customs"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        for group, title in self._groups:
            group.setTitle(QCoreApplication.translate(boxes.GROUPS, title))
        self.client_label.setText(self.tr("Client:"))
        self.sign_button.setText(self.tr("Sign…"))
        self.revisions_button.setText(self.tr("Revisions…"))
        self.sign_button.setToolTip(
            self.tr("Sign the declaration with your key (Ctrl+Shift+S)")
            if self._signing.may_sign
            else self.tr("Your role is preparer: a declarant of the team signs and sends it.")
        )
        self.new_version_button.setText(self.tr("Edit as a new version"))
        self.submit_button.setText(self.tr("Send to customs"))
        self.withdraw_button.setText(self.tr("Withdraw…"))
        # Every tab, shown or not: a background tab must not keep the old language in its
        # signed banner or customs status line (isVisible() is False for those).
        self._render_state()
        self.binder.retranslate()
        self._render_status()

    def changeEvent(self, event: QEvent) -> None:
        # Not before it is built: a declaration that cannot be loaded leaves a half-made
        # page behind, which still gets the language event of the app starting.
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.retranslate()
        super().changeEvent(event)
