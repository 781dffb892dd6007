"""The main window: the declarations list and one tab per open declaration. It only composes."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWhatsThis,
    QWidget,
)

from kedendesk import __version__
from kedendesk.domain.checks import CheckResult
from kedendesk.domain.context import declaration_date
from kedendesk.services.analytics import AnalyticsService
from kedendesk.services.backups import BackupService
from kedendesk.services.catalogue import CatalogueService
from kedendesk.services.checking import CheckingService
from kedendesk.services.drafts import ConflictError, DraftService
from kedendesk.services.events import CustomsEvent
from kedendesk.services.first_run import FirstRunService
from kedendesk.services.official_rates import OfficialRatesService
from kedendesk.services.people import PeopleService
from kedendesk.services.profiles import ProfileService
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService
from kedendesk.services.workspace import Workspace
from kedendesk.ui.analytics_dialog import AnalyticsDialog
from kedendesk.ui.backups_dialog import BackupsDialog
from kedendesk.ui.bridge import EventBridge
from kedendesk.ui.catalogue_dialog import CatalogueDialog
from kedendesk.ui.clients_dialog import ClientsDialog
from kedendesk.ui.declarations_page import DeclarationsPage
from kedendesk.ui.desk_actions import DeskActions
from kedendesk.ui.editor.editor_page import EditorPage
from kedendesk.ui.error_reports import open_log_folder
from kedendesk.ui.first_run_dialog import FirstRunDialog
from kedendesk.ui.help_dialog import HelpDialog
from kedendesk.ui.i18n import LANGUAGES, LanguageSwitcher
from kedendesk.ui.json_exchange import JsonExchange
from kedendesk.ui.keys_dialog import KeysDialog
from kedendesk.ui.nomenclature_dialog import NomenclatureDialog
from kedendesk.ui.notifications import Notifications
from kedendesk.ui.operations import Operations
from kedendesk.ui.people_dialog import PeopleDialog, role_name
from kedendesk.ui.profiles_dialog import ProfilesDialog, profile_label
from kedendesk.ui.rates_dialog import RatesDialog
from kedendesk.ui.requests_dialog import RequestsDialog
from kedendesk.ui.tariff_dialog import TariffDialog
from kedendesk.ui.team_dialog import TeamDialog
from kedendesk.ui.trash_dialog import TrashDialog
from kedendesk.ui.window_state import WindowState

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        drafts: DraftService,
        checking: CheckingService,
        signing: SigningService,
        submission: SubmissionService,
        profiles: ProfileService,
        operations: Operations,
        languages: LanguageSwitcher,
        parent: QWidget | None = None,
        wake: Callable[[], None] | None = None,
        switch_profile: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._drafts = drafts
        self._checking = checking
        self._official = OfficialRatesService(checking)
        self._signing = signing
        self._submission = submission
        self._profiles = profiles
        self._wake = wake or (lambda: None)
        self._switch_profile = switch_profile or (lambda _name: None)
        self._reachable: bool | None = None
        self._gateway_detail = ""
        current = profiles.current()
        self._profile_name = current.name if current else ""
        self._operations = operations
        self._languages = languages
        self._state = WindowState(workspace.settings)
        self.editors: dict[int, EditorPage] = {}
        self._guide: HelpDialog | None = None
        self.bridge = EventBridge(workspace.events, self)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.list_page = DeclarationsPage(drafts)
        self.list_page.open_requested.connect(self.open_declaration)
        start = self.list_page.start
        start.first_steps_requested.connect(self.show_first_run)
        start.clients_requested.connect(self.show_clients)
        start.new_requested.connect(self.new_declaration)
        start.import_requested.connect(self.import_json)
        start.guide_requested.connect(self.show_guide)
        self.tabs.addTab(self.list_page, "")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.setCentralWidget(self.tabs)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("findingsCount")
        self.gateway_label = QLabel()
        self.gateway_label.setObjectName("gatewayStatus")
        self.statusBar().addPermanentWidget(self.gateway_label)
        self.workspace_label = QLabel()
        self.statusBar().addPermanentWidget(self.findings_label)
        self.statusBar().addPermanentWidget(self.workspace_label)
        self.tabs.currentChanged.connect(lambda _index: self._show_counts())

        self.bridge.declarations_changed.connect(self.list_page.model.changed)
        self.bridge.draft_saved.connect(lambda i, _rev: self.list_page.model.row_changed(i))
        self.bridge.clients_changed.connect(self._clients_changed)
        self.bridge.reference_changed.connect(self._reference_changed)
        self.bridge.gateway_status_changed.connect(self._gateway_status)
        self.bridge.customs_event.connect(self._customs_event)
        self.bridge.declarations_changed.connect(self._gateway_changed)
        self.notifications = Notifications(self)
        self.exchange = JsonExchange(self, drafts, operations, self.open_declaration)

        self.desk = DeskActions(self, drafts, checking, signing, submission, operations, self._wake)
        self._build_actions()
        self._build_menus()
        self._apply_role()
        self.retranslate()
        self._restore_layout()
        self.announce_papers()

    # -- actions -----------------------------------------------------------------------

    def _action(self, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(QKeySequence(keys.New), self.new_declaration)
        self.open_action = self._action(QKeySequence(keys.Open), self.open_selected)
        self.duplicate_action = self._action("Ctrl+D", self.duplicate_current)
        self.save_template_action = self._action(None, self.desk.save_as_template)
        self.from_template_action = self._action("Ctrl+Shift+T", self.desk.new_from_template)
        self.copy_to_client_action = self._action(None, self.desk.copy_to_client)
        self.bulk_check_action = self._action(None, self.desk.check_selected)
        self.bulk_sign_action = self._action(None, self.desk.sign_selected)
        self.bulk_send_action = self._action(None, self.desk.send_selected)
        self.bulk_export_action = self._action(None, self.desk.export_selected)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(keys.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.list_page.view.addAction(self.delete_action)
        self.import_action = self._action("Ctrl+I", self.import_json)
        self.export_action = self._action("Ctrl+E", self.export_json)
        self.print_action = self._action("Ctrl+P", lambda: self._with_editor("print_form"))
        self.form_pdf_action = self._action(None, lambda: self._with_editor("form_pdf"))
        self.save_action = self._action(QKeySequence(keys.Save), self.save_current)
        self.close_tab_action = self._action("Ctrl+W", self.close_current_tab)
        self.quit_action = self._action(QKeySequence(keys.Quit), self.close)
        self.find_action = self._action(QKeySequence(keys.Find), self.focus_filter)
        self.next_tab_action = self._action("Ctrl+PgDown", lambda: self._step_tab(1))
        self.previous_tab_action = self._action("Ctrl+PgUp", lambda: self._step_tab(-1))
        self.clients_action = self._action(None, self.show_clients)
        self.trash_action = self._action(None, self.show_trash)
        self.rates_action = self._action(None, self.show_rates)
        self.keys_action = self._action(None, self.show_keys)
        self.profiles_action = self._action(None, self.show_profiles)
        self.sign_action = self._action("Ctrl+Shift+S", self.sign_current)
        self.tariff_action = self._action(None, self.show_tariff)
        self.nomenclature_action = self._action(None, self.show_nomenclature)
        self.catalogue_action = self._action(None, self.show_catalogue)
        self.requests_action = self._action("Ctrl+Shift+R", self.show_requests)
        self.analytics_action = self._action(None, self.show_analytics)
        self.backups_action = self._action(None, self.show_backups)
        self.album_action = self._action(None, lambda: self.exchange.esad.ask_album_folder())
        self.desk_name_action = self._action(None, self.ask_desk_name)
        self.team_action = self._action(None, self.show_team)
        self.invoice_action = self._action("Ctrl+Shift+I", self.import_invoice)
        self.spread_action = self._action(None, self.spread_costs)
        self.people_action = self._action(None, self.show_people)
        self.first_run_action = self._action(None, self.show_first_run)
        self.guide_action = self._action("F1", self.show_guide)
        self.about_action = self._action(None, self.show_about)
        self.log_folder_action = self._action(None, open_log_folder)
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self.language_actions)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == self._languages.language)
            action.triggered.connect(lambda _checked, c=code: self.switch_language(c))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (
            self.new_action,
            self.from_template_action,
            self.open_action,
            self.duplicate_action,
            self.copy_to_client_action,
            self.save_template_action,
        ):
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.delete_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.print_action)
        self.file_menu.addAction(self.form_pdf_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_action)
        self.file_menu.addAction(self.sign_action)
        self.file_menu.addAction(self.close_tab_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.workspace_menu = bar.addMenu("")
        self.workspace_menu.addAction(self.find_action)
        self.workspace_menu.addAction(self.clients_action)
        self.workspace_menu.addAction(self.requests_action)
        self.workspace_menu.addAction(self.analytics_action)
        self.workspace_menu.addAction(self.trash_action)
        self.workspace_menu.addSeparator()
        self.workspace_menu.addAction(self.profiles_action)
        self.workspace_menu.addAction(self.keys_action)
        self.workspace_menu.addAction(self.rates_action)
        self.workspace_menu.addAction(self.tariff_action)
        self.workspace_menu.addAction(self.nomenclature_action)
        self.workspace_menu.addAction(self.catalogue_action)
        self.workspace_menu.addSeparator()
        self.workspace_menu.addAction(self.backups_action)
        self.workspace_menu.addAction(self.album_action)
        self.workspace_menu.addAction(self.desk_name_action)
        self.workspace_menu.addAction(self.team_action)
        self.workspace_menu.addAction(self.people_action)
        self.selected_menu = bar.addMenu("")
        for action in (
            self.bulk_check_action,
            self.bulk_sign_action,
            self.bulk_send_action,
            self.bulk_export_action,
        ):
            self.selected_menu.addAction(action)
        self.items_menu = bar.addMenu("")
        self.items_menu.addAction(self.invoice_action)
        self.items_menu.addAction(self.spread_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.next_tab_action)
        self.view_menu.addAction(self.previous_tab_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.language_actions.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        # Shift+F1, then a click on a box's label: what the box means (ui/editor/box_meanings)
        self.whats_this_action = QWhatsThis.createAction(self)
        self.help_menu.addAction(self.whats_this_action)
        self.help_menu.addAction(self.first_run_action)
        self.help_menu.addAction(self.log_folder_action)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kedendesk — customs declarations"))
        self.tabs.setTabText(0, self.tr("Declarations"))
        self.file_menu.setTitle(self.tr("&File"))
        self.workspace_menu.setTitle(self.tr("&Workspace"))
        self.items_menu.setTitle(self.tr("&Items"))
        self.selected_menu.setTitle(self.tr("&Selected"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        texts = {
            self.new_action: self.tr("&New declaration"),
            self.open_action: self.tr("&Open"),
            self.duplicate_action: self.tr("D&uplicate"),
            self.save_template_action: self.tr("Save as te&mplate…"),
            self.from_template_action: self.tr("New from temp&late…"),
            self.copy_to_client_action: self.tr("Copy to &another client…"),
            self.bulk_check_action: self.tr("&Check the selected declarations"),
            self.bulk_sign_action: self.tr("&Sign the selected declarations…"),
            self.bulk_send_action: self.tr("Se&nd the selected to customs"),
            self.bulk_export_action: self.tr("&Export the selected to XLSX…"),
            self.delete_action: self.tr("Move to &trash"),
            self.import_action: self.tr("&Import a declaration (JSON, archive, EAEU XML)…"),
            self.export_action: self.tr("&Export a declaration (JSON, archive, EAEU XML)…"),
            self.print_action: self.tr("&Print the declaration…"),
            self.form_pdf_action: self.tr("The declaration &form as PDF…"),
            self.save_action: self.tr("&Save now"),
            self.close_tab_action: self.tr("&Close tab"),
            self.quit_action: self.tr("&Quit"),
            self.find_action: self.tr("&Find declarations"),
            self.clients_action: self.tr("&Clients…"),
            self.trash_action: self.tr("T&rash…"),
            self.rates_action: self.tr("E&xchange rates…"),
            self.keys_action: self.tr("Signing &keys…"),
            self.profiles_action: self.tr("&Gateway profiles…"),
            self.sign_action: self.tr("Si&gn…"),
            self.tariff_action: self.tr("T&ariff and payment settings…"),
            self.nomenclature_action: self.tr("Commodity &nomenclature…"),
            self.catalogue_action: self.tr("&Product catalogue…"),
            self.requests_action: self.tr("Customs re&quests of all clients…"),
            self.analytics_action: self.tr("Anal&ytics and billing…"),
            self.backups_action: self.tr("&Backups: back up, restore…"),
            self.album_action: self.tr("EAE&U XML album folder…"),
            self.desk_name_action: self.tr("Your na&me on this desk…"),
            self.team_action: self.tr("Open &team workspace…"),
            self.people_action: self.tr("Peop&le and roles…"),
            self.invoice_action: self.tr("&Import from invoice…"),
            self.spread_action: self.tr("&Spread costs over the items…"),
            self.next_tab_action: self.tr("Next tab"),
            self.previous_tab_action: self.tr("Previous tab"),
            self.about_action: self.tr("&About Kedendesk"),
            self.first_run_action: self.tr("&First steps…"),
            self.guide_action: self.tr("User &guide"),
            self.log_folder_action: self.tr("Open &log folder"),
        }
        for action, text in texts.items():
            action.setText(text)
        where = self.tr("Workspace: %1").replace("%1", self._workspace.where)
        if self._workspace.shared:  # who is signed in, and as what
            person = self._workspace.person
            where += " · " + self.tr("%1, %2").replace("%1", person.label).replace(
                "%2", role_name(person.role)
            )
        self.workspace_label.setText(where)
        self._show_gateway()
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- declarations ------------------------------------------------------------------

    def new_declaration(self) -> int | None:
        clients = self._drafts.active_clients()
        if not clients:
            QMessageBox.information(
                self,
                self.tr("New declaration"),
                self.tr("Add the company you file for first."),
            )
            self.show_clients()
            clients = self._drafts.active_clients()
            if not clients:
                return None
        client = clients[0]
        if len(clients) > 1:
            names = [c.name for c in clients]
            name, ok = QInputDialog.getItem(
                self, self.tr("New declaration"), self.tr("Client:"), names, 0, False
            )
            if not ok:
                return None
            client = clients[names.index(name)]
        declaration_id = self._drafts.new_declaration(client.id)
        self.open_declaration(declaration_id)
        return declaration_id

    def open_declaration(self, declaration_id: int, quiet: bool = False) -> EditorPage | None:
        """Open (or show) a declaration's tab. One that cannot be opened stays in the list;
        the user is told why (in the status bar only, when `quiet`, as on start-up)."""
        editor = self.editors.get(declaration_id)
        if editor is None:
            try:
                editor = EditorPage(
                    self._drafts,
                    self._checking,
                    self._signing,
                    self._submission,
                    self._operations,
                    declaration_id,
                )
            except Exception as error:  # a damaged declaration must not take the app down
                log.exception("declaration %s cannot be opened", declaration_id)
                self._cannot_open(declaration_id, error, quiet)
                return None
            editor.queued.connect(self._wake)
            editor.reload_requested.connect(lambda e=editor: self._reopen(e))
            editor.title_changed.connect(lambda lrn, e=editor: self._retitle(e, lrn))
            editor.checked.connect(lambda _result, e=editor: self._show_counts(e))
            self.editors[declaration_id] = editor
            self.tabs.addTab(editor, editor.declaration.lrn or self.tr("(no LRN)"))
            self._official_rates_for(declaration_date(editor.declaration, dt.date.today()))
        self.tabs.setCurrentWidget(editor)
        return editor

    def _cannot_open(self, declaration_id: int, error: BaseException, quiet: bool) -> None:
        text = (
            self.tr("Declaration %1 cannot be opened: %2")
            .replace("%1", str(declaration_id))
            .replace("%2", f"{type(error).__name__}: {error}"[:300])
        )
        self.statusBar().showMessage(text, 15000)
        if not quiet:
            QMessageBox.warning(self, self.tr("Open"), text)

    def open_selected(self) -> None:
        for declaration_id in self.list_page.selected_ids():
            self.open_declaration(declaration_id)

    def _retitle(self, editor: EditorPage, lrn: str) -> None:
        index = self.tabs.indexOf(editor)
        if index >= 0:
            self.tabs.setTabText(index, lrn or self.tr("(no LRN)"))

    def current_editor(self) -> EditorPage | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, EditorPage) else None

    def target_ids(self) -> list[int]:
        editor = self.current_editor()
        return [editor.declaration_id] if editor else self.list_page.selected_ids()

    def duplicate_current(self) -> None:
        for declaration_id in self.target_ids():
            editor = self.editors.get(declaration_id)
            if editor is not None and not self.flush_editor(editor):
                return
            self.open_declaration(self._drafts.duplicate(declaration_id))

    def delete_selected(self) -> None:
        ids = self.target_ids()
        if not ids:
            return
        for declaration_id in ids:
            editor = self.editors.get(declaration_id)
            if editor is not None and not self._close_editor(editor):
                return
        self._drafts.delete(ids)
        self.statusBar().showMessage(
            self.tr(
                "Moved %n declaration(s) to the trash (Workspace → Trash restores)", "", len(ids)
            ),
            8000,
        )

    def save_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            self.flush_editor(editor)

    def flush_editor(self, editor: EditorPage) -> bool:
        try:
            try:
                editor.flush()
            except ConflictError:
                if editor.resolve_conflict(reopen=False) == "theirs":
                    return True  # nothing of this editor's is left to save
                editor.flush()
        except Exception as error:  # the user must know the save did not happen
            log.exception("saving declaration %s failed", editor.declaration_id)
            QMessageBox.critical(
                self,
                self.tr("Not saved"),
                self.tr("The declaration %1 could not be saved: %2")
                .replace("%1", editor.declaration.lrn)
                .replace("%2", str(error)),
            )
            return False
        return True

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, EditorPage):
            self._close_editor(widget)

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def _close_editor(self, editor: EditorPage) -> bool:
        if not self.flush_editor(editor):
            return False
        editor.release_lease()
        self.tabs.removeTab(self.tabs.indexOf(editor))
        del self.editors[editor.declaration_id]
        editor.deleteLater()
        return True

    def _reopen(self, editor: EditorPage) -> None:
        """Show the declaration as the workspace has it now (after taking another's save)."""
        index = self.tabs.indexOf(editor)
        editor.release_lease(keep=True)
        self.tabs.removeTab(index)
        del self.editors[editor.declaration_id]
        editor.deleteLater()
        reopened = self.open_declaration(editor.declaration_id)
        if reopened is not None:
            self.tabs.insertTab(index, reopened, self.tabs.tabText(self.tabs.indexOf(reopened)))
            self.tabs.setCurrentWidget(reopened)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def focus_filter(self) -> None:
        self.tabs.setCurrentWidget(self.list_page)
        self.list_page.filter_edit.setFocus()
        self.list_page.filter_edit.selectAll()

    # -- exchange ----------------------------------------------------------------------

    def import_json(self) -> None:
        self.exchange.ask_import()

    def import_file(self, path: Path) -> None:
        self.exchange.import_file(path)

    def export_json(self) -> None:
        ids = self.target_ids()
        if len(ids) != 1:
            return
        editor = self.editors.get(ids[0])
        if editor is not None and not self.flush_editor(editor):
            return
        self.exchange.ask_export(ids[0])

    def _with_editor(self, method: str) -> None:
        """Print or write the form of the open declaration (the list's selection opens one)."""
        editor = self.current_editor()
        if editor is None:
            ids = self.list_page.selected_ids()
            if len(ids) != 1:
                self.statusBar().showMessage(
                    self.tr("Open or select one declaration to print it."), 8000
                )
                return
            editor = self.open_declaration(ids[0])
            if editor is None:
                return
        getattr(editor, method)()

    # -- workspace ---------------------------------------------------------------------

    def show_clients(self) -> None:
        ClientsDialog(self._drafts, self._operations, self).exec()
        self.announce_papers()

    def announce_papers(self, today: dt.date | None = None) -> None:
        """Contracts and powers of attorney at 30, 7 or 1 days left, or expired: once each."""
        day = today or dt.date.today()
        self._operations.run(
            lambda: self._drafts.papers_to_announce(day),
            self.notifications.papers_expiring,
            serial=True,
        )

    def show_trash(self) -> None:
        TrashDialog(self._drafts, self).exec()

    def show_profiles(self) -> None:
        dialog = ProfilesDialog(self._profiles, self)
        dialog.profile_chosen.connect(self._profile_chosen)
        dialog.exec()

    def _profile_chosen(self, name: str) -> None:
        self._profile_name = name
        self._reachable = None
        self._show_gateway()
        self._switch_profile(name)

    def show_keys(self) -> None:
        KeysDialog(self._signing, self).exec()

    def sign_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.sign()

    def show_rates(self) -> None:
        RatesDialog(self._checking, self._operations, self, self._official).exec()

    def _official_rates_for(self, day: dt.date) -> None:
        """The National Bank's rates of a declaration's date, fetched in the background once
        a session when the workspace has none. Not on the Practice profile: its gateway
        converts at the practice rates the demo ships."""
        current = self._profiles.current()
        if current is None or current.practice:
            return

        def fetched(count: int) -> None:
            if count:
                self.statusBar().showMessage(
                    self.tr("%1 official rates of %2 fetched from the National Bank.")
                    .replace("%1", str(count))
                    .replace("%2", day.strftime("%d.%m.%Y")),
                    8000,
                )

        def failed(error: BaseException) -> None:  # logged by the service; nothing guessed
            self.statusBar().showMessage(
                self.tr("Official rates of %1 not fetched: %2")
                .replace("%1", day.strftime("%d.%m.%Y"))
                .replace("%2", str(error)),
                12000,
            )

        self._operations.run(lambda: self._official.ensure(day), fetched, failed)

    def show_tariff(self) -> None:
        TariffDialog(self._checking, self._operations, self).exec()

    def show_nomenclature(self) -> None:
        editor = self.current_editor()
        if editor is not None and editor.items.current_item() is not None:
            self.tabs.setCurrentWidget(editor)
            editor.tabs.setCurrentWidget(editor.items)
            editor.browse_nomenclature()
            return
        NomenclatureDialog(self._checking.tariff(), "", self, self._operations).exec()

    def ask_desk_name(self) -> None:
        """The person's name other desks and the history show for this desk."""
        current = self._drafts.desk_person()
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name on this desk"),
            self.tr(
                "Other desks on this workspace see it while you edit a declaration, and the "
                "history names it with each revision and message sent:"
            ),
            text=current,
        )
        if ok:
            shown = self._drafts.set_desk_person(name)
            self.statusBar().showMessage(self.tr("This desk is now %1.").replace("%1", shown), 8000)

    def show_guide(self) -> HelpDialog:
        """Help → User guide (F1), in the interface language; one window, brought forward."""
        if self._guide is None:
            self._guide = HelpDialog(self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide

    def first_run(self) -> FirstRunService:
        return FirstRunService(self._drafts, self._checking, self._signing, self._profiles)

    def show_first_run(self) -> FirstRunDialog:
        """Help → First steps… (and the first start): language, role, company, key, gateway."""
        dialog = FirstRunDialog(self.first_run(), self._operations, self._languages, self)
        started_on = self._profile_name

        def done() -> None:
            answers = dialog.run.answers
            self.switch_language(answers.language)
            if answers.profile != started_on:
                self._profile_name = answers.profile
                self._switch_profile(answers.profile)
            self.list_page.refresh_clients()
            self.statusBar().showMessage(self.tr("Set up. F1 opens the guide."), 10000)

        dialog.finished_setup.connect(done)
        dialog.open()
        return dialog

    def show_people(self) -> PeopleDialog:
        """Workspace → People and roles…: on a team server, who signs in and what they may do."""
        dialog = PeopleDialog(PeopleService(self._workspace), self._drafts, self._operations, self)
        dialog.open()
        return dialog

    def _apply_role(self) -> None:
        """What the signed-in person may not do is greyed out (the server refuses it anyway)."""
        person = self._workspace.person
        for action in (self.sign_action, self.bulk_sign_action, self.bulk_send_action):
            action.setEnabled(person.can_sign)
        self.people_action.setVisible(self._workspace.shared)

    def show_team(self) -> TeamDialog:
        """Workspace → Open team workspace…: the server this desk opens from the next start."""
        dialog = TeamDialog(self._operations, self._workspace.where, self)
        dialog.chosen.connect(self._workspace_chosen)
        dialog.open()
        return dialog

    def _workspace_chosen(self, folder: object) -> None:
        self.statusBar().showMessage(
            self.tr("Kedendesk opens the team workspace the next time it starts.")
            if folder
            else self.tr("Kedendesk opens this desk's own workspace the next time it starts."),
            15000,
        )

    def show_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(BackupService(self._workspace), self._operations, self)
        dialog.restoring.connect(self.close_all_declarations)
        dialog.restored.connect(self.list_page.model.reload)
        dialog.open()
        return dialog

    def close_all_declarations(self) -> bool:
        """Every open declaration saved and closed (before a restore replaces them)."""
        return all(self._close_editor(editor) for editor in list(self.editors.values()))

    def show_analytics(self) -> AnalyticsDialog:
        dialog = AnalyticsDialog(
            AnalyticsService(self._workspace), self._drafts, self._operations, self
        )
        dialog.open()
        return dialog

    def show_requests(self) -> RequestsDialog:
        dialog = RequestsDialog(self._submission, self._operations, self)
        dialog.open_requested.connect(self._open_on_customs_tab)
        dialog.open()
        return dialog

    def _open_on_customs_tab(self, declaration_id: int) -> None:
        editor = self.open_declaration(declaration_id)
        if editor is not None:
            editor.tabs.setCurrentWidget(editor.timeline)

    def show_catalogue(self) -> None:
        editor = self.current_editor()
        client_id = self._drafts.row(editor.declaration_id).client_id if editor else None
        service = CatalogueService(self._workspace)
        CatalogueDialog(service, self._drafts, self._operations, self, client_id).exec()

    def _items_editor(self) -> EditorPage | None:
        """The open declaration, on its Items tab, for the Items menu; else a message."""
        editor = self.current_editor()
        if editor is None or editor.read_only:
            self.statusBar().showMessage(self.tr("Open a draft declaration first."), 5000)
            return None
        editor.tabs.setCurrentWidget(editor.items)
        return editor

    def import_invoice(self) -> None:
        editor = self._items_editor()
        if editor is not None:
            editor.import_invoice()

    def spread_costs(self) -> None:
        editor = self._items_editor()
        if editor is not None:
            editor.items.spread_costs()

    def _gateway_status(self, reachable: bool, detail: str) -> None:
        self._reachable, self._gateway_detail = reachable, detail
        self._show_gateway()

    def _show_gateway(self) -> None:
        if not self._profile_name:
            self.gateway_label.setText(self.tr("No gateway profile"))
            self.gateway_label.setStyleSheet("color: #5f6368;")
            return
        name = profile_label(self._profile_name)
        if self._reachable is None:
            state, colour = self.tr("connecting…"), "#5f6368"
        elif self._reachable:
            state, colour = self.tr("online"), "#1e7d32"
        else:
            state, colour = self.tr("offline: queued declarations wait"), "#b3261e"
        self.gateway_label.setText(
            self.tr("Gateway %1: %2").replace("%1", name).replace("%2", state)
        )
        self.gateway_label.setToolTip(self._gateway_detail)
        self.gateway_label.setStyleSheet(f"color: {colour};")

    def _gateway_changed(self, ids: tuple[int, ...]) -> None:
        """Only the editors of the declarations concerned read their state again."""
        for declaration_id, editor in self.editors.items():
            if not ids or declaration_id in ids:
                editor.gateway_changed()

    def _customs_event(self, event: CustomsEvent) -> None:
        self.notifications.customs_event(event)

    def _reference_changed(self) -> None:
        for editor in self.editors.values():
            editor.reference_changed()

    def _show_counts(self, editor: EditorPage | None = None) -> None:
        """Error and warning counts of the declaration on screen, in the status bar."""
        current = self.current_editor()
        if editor is not None and editor is not current:
            return
        if current is None:
            self.findings_label.clear()
            return
        result: CheckResult = current.shown_result()
        self.findings_label.setText(
            self.tr("Errors: %1  Warnings: %2")
            .replace("%1", str(result.errors))
            .replace("%2", str(result.warnings))
        )
        colour = "#b3261e" if result.errors else ("#8a5a00" if result.warnings else "#1e7d32")
        self.findings_label.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _clients_changed(self) -> None:
        self.list_page.refresh_clients()
        for editor in self.editors.values():
            editor.refresh_clients()

    def switch_language(self, code: str) -> None:
        if not self._languages.switch(code):
            QMessageBox.warning(
                self,
                self.tr("Language"),
                self.tr("The translation for %1 is not built (run make translations).").replace(
                    "%1", LANGUAGES[code]
                ),
            )
        self._workspace.settings.set("ui.language", self._languages.language)
        for action in self.language_actions.actions():
            action.setChecked(action.data() == self._languages.language)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Kedendesk"),
            self.tr(
                "Kedendesk %1\nA workbench for customs declarations in Kazakhstan and the EAEU."
            ).replace("%1", __version__),
        )

    # -- layout and closing ------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._state.get("geometry")
        if geometry is None or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1280, 800)
        state = self._state.get("window")
        if state is not None:
            self.restoreState(QByteArray(state))
        header = self._state.get("list_header")
        if header is not None:
            self.list_page.view.horizontalHeader().restoreState(QByteArray(header))
        for declaration_id in self._workspace.settings.get("ui.open_declarations", []):
            if self.list_page.model.row_of(declaration_id) is not None:
                self.open_declaration(declaration_id, quiet=True)
        self.tabs.setCurrentIndex(0)

    def _save_layout(self) -> None:
        self._state.put("geometry", self.saveGeometry())
        self._state.put("window", self.saveState())
        self._state.put("list_header", self.list_page.view.horizontalHeader().saveState())
        self._workspace.settings.set("ui.open_declarations", list(self.editors))

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors.values()):
            if not self.flush_editor(editor):
                event.ignore()
                return
        for editor in self.editors.values():
            editor.release_lease()
        self._save_layout()
        self.bridge.detach()
        event.accept()
