"""The first run's window: one page per step of `services.first_run.FirstRun` (the steps and
their checks live there, without Qt); Back, Next, Finish, and Skip, which closes it for good
(Help → First steps… brings it back). Finishing applies the answers off the GUI thread.

Signals: finished_setup() once the answers are applied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kedendesk.services.first_run import (
    COMPANY,
    DECLARANT,
    GATEWAY,
    KEY,
    LANGUAGE,
    REFERENCE,
    REPRESENTATIVE,
    ROLE,
    STEPS,
    FirstRun,
    FirstRunService,
    ReferenceStatus,
    StepError,
)
from kedendesk.services.signing import KeyUnusableError
from kedendesk.ui.i18n import LANGUAGES, LanguageSwitcher, date_text
from kedendesk.ui.key_problems import key_problem_text
from kedendesk.ui.operations import Operations
from kedendesk.ui.profiles_dialog import profile_label


class FirstRunDialog(QDialog):
    finished_setup = Signal()

    def __init__(
        self,
        service: FirstRunService,
        operations: Operations,
        languages: LanguageSwitcher,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self._service = service
        self._operations = operations
        self._languages = languages
        self.run = FirstRun(service.answers())
        if languages.language in LANGUAGES:  # the one the app speaks now (not the pseudo-locale)
            self.run.answers.language = languages.language
        self.resize(640, 420)
        self.title = QLabel()
        self.title.setObjectName("firstRunTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.pages = QStackedWidget()
        self._page: dict[str, QWidget] = {}
        self._build_language()
        self._build_role()
        self._build_company()
        self._build_key()
        self._build_gateway()
        self._build_reference()
        self.problem = QLabel()
        self.problem.setObjectName("firstRunProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self.skip)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.retranslate()
        self._show()

    # -- pages ---------------------------------------------------------------------------

    def _add(self, step: str) -> QVBoxLayout:
        page = QWidget()
        page.setObjectName(f"firstRun-{step}")
        self._page[step] = page
        self.pages.addWidget(page)
        layout = QVBoxLayout(page)
        return layout

    def _text(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        return label

    def _build_language(self) -> None:
        layout = self._add(LANGUAGE)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code in ("kk", "ru", "en"):
            button = QRadioButton(LANGUAGES[code])
            button.setChecked(code == self.run.answers.language)
            button.toggled.connect(lambda on, c=code: self._language_chosen(c, on))
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def _build_role(self) -> None:
        layout = self._add(ROLE)
        self.declarant_button = QRadioButton()
        self.representative_button = QRadioButton()
        self.declarant_text, self.representative_text = self._text(), self._text()
        for button, text in (
            (self.declarant_button, self.declarant_text),
            (self.representative_button, self.representative_text),
        ):
            layout.addWidget(button)
            text.setIndent(24)
            layout.addWidget(text)
        self.representative_button.setChecked(self.run.answers.role == REPRESENTATIVE)
        self.declarant_button.setChecked(self.run.answers.role != REPRESENTATIVE)
        layout.addStretch(1)

    def _build_company(self) -> None:
        layout = self._add(COMPANY)
        self.company_text = self._text()
        layout.addWidget(self.company_text)
        self.company_name = QLineEdit(self.run.answers.company_name)
        self.company_bin = QLineEdit(self.run.answers.company_bin)
        self.company_bin.setMaxLength(12)
        self.register_entry = QLineEdit(self.run.answers.register_entry)
        self.company_form = QFormLayout()
        self.name_label, self.bin_label, self.register_label = QLabel(), QLabel(), QLabel()
        for label, field in (
            (self.name_label, self.company_name),
            (self.bin_label, self.company_bin),
            (self.register_label, self.register_entry),
        ):
            label.setBuddy(field)
            self.company_form.addRow(label, field)
        layout.addLayout(self.company_form)
        layout.addStretch(1)

    def _build_key(self) -> None:
        layout = self._add(KEY)
        self.key_text = self._text()
        layout.addWidget(self.key_text)
        self.key_path = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.key_path, 1)
        row.addWidget(self.browse_button)
        self.key_password = QLineEdit()
        self.key_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_form = QFormLayout()
        self.key_label, self.password_label = QLabel(), QLabel()
        self.key_label.setBuddy(self.key_path)
        self.password_label.setBuddy(self.key_password)
        self.key_form.addRow(self.key_label, row)
        self.key_form.addRow(self.password_label, self.key_password)
        layout.addLayout(self.key_form)
        self.no_key_button = QPushButton()
        self.no_key_button.clicked.connect(self.skip_key)
        layout.addWidget(self.no_key_button)
        layout.addStretch(1)

    def _build_gateway(self) -> None:
        layout = self._add(GATEWAY)
        self.gateway_text = self._text()
        layout.addWidget(self.gateway_text)
        self.profile = QComboBox()
        for name in self._service.profiles():
            self.profile.addItem(name, name)
        self.profile.setCurrentIndex(max(0, self.profile.findData(self.run.answers.profile)))
        layout.addWidget(self.profile)
        layout.addStretch(1)

    def _build_reference(self) -> None:
        layout = self._add(REFERENCE)
        self.reference_text = self._text()
        layout.addWidget(self.reference_text)
        layout.addStretch(1)

    # -- moving between steps ------------------------------------------------------------

    def _language_chosen(self, code: str, chosen: bool) -> None:
        if not chosen:
            return
        self.run.answers.language = code
        self._languages.switch(code)  # the wizard speaks it at once

    def _take_answers(self) -> None:
        a = self.run.answers
        a.role = REPRESENTATIVE if self.representative_button.isChecked() else DECLARANT
        a.company_name = self.company_name.text()
        a.company_bin = self.company_bin.text().strip()
        a.register_entry = self.register_entry.text().strip()
        path = self.key_path.text().strip()
        a.key_path = Path(path).expanduser() if path else None
        a.key_password = self.key_password.text()
        a.profile = str(self.profile.currentData() or a.profile)

    def next(self) -> None:
        self._take_answers()
        if self.run.last:
            self.finish()
            return
        try:
            self.run.next()
        except StepError as error:
            self.problem.setText("\n".join(self._problem_text(p) for p in error.problems))
            return
        self._show()

    def back(self) -> None:
        self._take_answers()
        self.run.back()
        self._show()

    def skip_key(self) -> None:
        self.key_path.clear()
        self.key_password.clear()
        self._take_answers()
        self.run.skip_key()
        self._show()

    def skip(self) -> None:
        self._operations.run(self._service.skip)
        self.reject()

    def finish(self) -> None:
        self.next_button.setEnabled(False)
        self.problem.setText(self.tr("Setting up…"))
        self._operations.run(
            lambda: self._service.apply(self.run.answers), self._done, self._failed
        )

    def _done(self, _result: object) -> None:
        self.finished_setup.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.next_button.setEnabled(True)
        if isinstance(error, KeyUnusableError):
            self.problem.setText(key_problem_text(error))
        else:
            self.problem.setText(self.tr("Not set up: %1").replace("%1", str(error)))

    def _show(self) -> None:
        step = self.run.step
        self.pages.setCurrentWidget(self._page[step])
        self.problem.clear()
        self.back_button.setEnabled(not self.run.first)
        self.register_entry.setVisible(self.run.answers.role == REPRESENTATIVE)
        self.register_label.setVisible(self.run.answers.role == REPRESENTATIVE)
        if step == REFERENCE:
            self._operations.run(self._service.reference, self._show_reference)
        self._retitle()

    def _show_reference(self, status: ReferenceStatus) -> None:
        if status.rates:
            assert status.latest_rate is not None
            day = status.latest_rate
            latest = date_text(QDate(day.year, day.month, day.day))
            rates = (
                self.tr("Exchange rates in the workspace: %1, the latest of %2.")
                .replace("%1", str(status.rates))
                .replace("%2", latest)
            )
        else:
            rates = self.tr(
                "No exchange rates yet: Workspace → Exchange rates… fetches the National "
                "Bank's, or imports a file."
            )
        tariff = (
            self.tr("The official tariff %1 is in use.")
            if status.official_tariff
            else self.tr(
                "The practice tariff %1 is in use: for real declarations import the EEC "
                "tariff (Workspace → Tariff and payment settings…)."
            )
        ).replace("%1", status.tariff_version)
        self.reference_text.setText(
            rates
            + "\n\n"
            + tariff
            + "\n\n"
            + self.tr(
                "Next: File → New declaration (Ctrl+N), or open the demo declaration, check it, "
                "sign it and send it to the practice gateway. F1 opens the guide."
            )
        )

    # -- words -----------------------------------------------------------------------------

    def _problem_text(self, code: str) -> str:
        texts = {
            "name-required": self.tr("Enter the company's name."),
            "register-required": self.tr("Enter the entry in the register of representatives."),
            "key-missing": self.tr("There is no key file at that place."),
            "password-required": self.tr("Enter the key's password."),
        }
        if code.startswith("bin-"):
            why = {
                "empty": self.tr("it is empty"),
                "not-digits": self.tr("only digits"),
                "wrong-length": self.tr("it has 12 digits"),
                "check-digit": self.tr("its last digit does not match"),
            }.get(code[4:], code[4:])
            return self.tr("The BIN is not valid (%1): 12 digits with a check digit.").replace(
                "%1", why
            )
        return texts.get(code, code)

    def _retitle(self) -> None:
        titles = {
            LANGUAGE: self.tr("Interface language"),
            ROLE: self.tr("Whom you file for"),
            COMPANY: self.tr("Your company"),
            KEY: self.tr("Your signing key"),
            GATEWAY: self.tr("The customs gateway"),
            REFERENCE: self.tr("Exchange rates and tariff"),
        }
        number = STEPS.index(self.run.step) + 1
        self.title.setText(
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(number))
            .replace("%2", str(len(STEPS)))
            .replace("%3", titles[self.run.step])
        )
        self.next_button.setText(self.tr("&Finish") if self.run.last else self.tr("&Next"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First steps with Kedendesk"))
        self.skip_button.setText(self.tr("&Skip the first steps"))
        self.back_button.setText(self.tr("&Back"))
        self.declarant_button.setText(self.tr("A declarant for my own company"))
        self.declarant_text.setText(
            self.tr("You declare the goods your company imports or exports.")
        )
        self.representative_button.setText(self.tr("A customs representative (broker)"))
        self.representative_text.setText(
            self.tr("You file for clients, under their contracts and powers of attorney.")
        )
        self.company_text.setText(
            self.tr("The company that files: it goes into box 14 or box 54 of declarations.")
        )
        self.name_label.setText(self.tr("Na&me:"))
        self.bin_label.setText(self.tr("B&IN:"))
        self.register_label.setText(self.tr("&Register entry:"))
        self.key_text.setText(
            self.tr(
                "The .p12 file of your electronic signature (ЭЦП/ЭЦҚ) from the National "
                "Certification Centre. The Practice gateway has a demo key of its own."
            )
        )
        self.browse_button.setText(self.tr("B&rowse…"))
        self.key_label.setText(self.tr("&Key file:"))
        self.password_label.setText(self.tr("&Password:"))
        self.no_key_button.setText(self.tr("No key now: add one later"))
        self.gateway_text.setText(
            self.tr(
                "Practice is a customs gateway on this computer: declarations sent there are "
                "registered, given a corridor and released as by customs, but go nowhere. "
                "Start with it; add your real gateway account later."
            )
        )
        for index in range(self.profile.count()):
            name = str(self.profile.itemData(index))
            self.profile.setItemText(index, profile_label(name))
        self.profile.setVisible(self.profile.count() > 0)
        if not self.profile.count():
            self.gateway_text.setText(
                self.tr("No gateway profile here yet: add one under Workspace → Gateway profiles…")
            )
        self._retitle()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Signing key"), "", self.tr("Signing keys (*.p12 *.pfx)")
        )
        if path:
            self.key_path.setText(path)
