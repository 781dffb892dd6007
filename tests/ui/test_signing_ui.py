"""Keys and signing in the app: add a key, sign from the editor, see it frozen, edit again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kedendesk.domain.samples import BROKER_BIN, filed_by_broker
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace
from kedendesk.signing.test_ca import TestAuthority
from kedendesk.ui.keys_dialog import KeysDialog
from kedendesk.ui.sign_dialog import SignDialog
from tests.ui.conftest import OpenApp, close_app, type_text

DAY = dt.date(2026, 11, 20)
PASSWORD = "Сәлем-2026"


@pytest.fixture(scope="module")
def authority() -> TestAuthority:
    return TestAuthority.create()


@pytest.fixture
def key_file(authority: TestAuthority, tmp_path: Path) -> Path:
    path = tmp_path / "RSA256_ahmetova.p12"
    path.write_bytes(
        authority.issue_pkcs12(PASSWORD, "АХМЕТОВА АЙГҮЛ", "900215400123", "940140000385")
    )
    return path


def _complete(workspace: Workspace, drafts: DraftService) -> int:
    checking = CheckingService(workspace)
    checking.put_rates(practice_rates(DAY))
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration = practice_declaration("KD-UI-SIGN", DAY)
    checking.apply_calculation(declaration)
    return drafts.create(client.id, declaration)


def test_the_keys_dialog_adds_a_key_and_says_what_is_wrong(
    qtbot: QtBot, open_app: OpenApp, key_file: Path, tmp_path: Path
) -> None:
    app = open_app()
    dialog = KeysDialog(app.signing, app.window)
    qtbot.addWidget(dialog)
    assert not dialog.add(key_file, "wrong", remember=False, import_copy=False)
    assert dialog.status.text() == "The password is not right."
    gost = tmp_path / "GOSTKNCA_4f1e.p12"
    gost.write_bytes(key_file.read_bytes())
    assert not dialog.add(gost, "a GOST password", remember=False, import_copy=False)
    assert "national signing agent (NCALayer)" in dialog.status.text()
    assert dialog.model.rowCount() == 0

    assert dialog.add(key_file, PASSWORD, remember=True, import_copy=False)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "АХМЕТОВА АЙГҮЛ"
    assert dialog.model.index(0, 1).data() == "900215400123"
    assert "remembered in the system keyring" in dialog.details.text()
    dialog.forget_password()
    assert not app.signing.keys()[0].password_remembered
    close_app(app)


def test_sign_from_the_editor_then_edit_as_a_new_version(
    qtbot: QtBot,
    open_app: OpenApp,
    workspace: Workspace,
    drafts: DraftService,
    key_file: Path,
) -> None:
    declaration_id = _complete(workspace, drafts)
    app = open_app()
    app.signing.add_key(key_file, PASSWORD)
    editor = app.window.open_declaration(declaration_id)
    assert editor.sign_button.isVisible() and not editor.signed_banner.isVisible()

    def sign_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignDialog)
        assert "KD-UI-SIGN" in dialog.summary.text()
        assert "ТОО «Алатау Трейд»" in dialog.summary.text()
        assert dialog.sign_button.isEnabled()
        type_text(dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, sign_in_dialog)
    qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)

    assert editor.signed_banner.isVisible()
    assert "Signed by АХМЕТОВА АЙГҮЛ (IIN 900215400123)" in editor.signed_banner.text()
    lrn = editor.binder.widgets["lrn"]
    assert isinstance(lrn, QLineEdit) and lrn.isReadOnly()
    assert not editor.items.add_button.isVisible()
    assert drafts.row(declaration_id).status == "SIGNED"
    page = app.window.list_page
    qtbot.waitUntil(lambda: page.model.index(0, 3).data() == "Signed")

    qtbot.mouseClick(editor.new_version_button, Qt.MouseButton.LeftButton)
    assert not lrn.isReadOnly() and not editor.signed_banner.isVisible()
    qtbot.waitUntil(lambda: page.model.index(0, 3).data() == "Draft")
    close_app(app)


def test_a_declaration_with_errors_cannot_be_signed_in_the_dialog(
    qtbot: QtBot, open_app: OpenApp, workspace: Workspace, drafts: DraftService, key_file: Path
) -> None:
    declaration_id = _complete(workspace, drafts)
    app = open_app()
    app.signing.add_key(key_file, PASSWORD)
    editor = app.window.open_declaration(declaration_id)
    bin_field = editor.binder.widgets["declarant.id_number"]
    assert isinstance(bin_field, QLineEdit)
    bin_field.selectAll()
    type_text(bin_field, "940140000386")
    editor.check_now()
    dialog = SignDialog(
        app.signing, declaration_id, editor.declaration, editor.result, app.operations, editor
    )
    qtbot.addWidget(dialog)
    assert not dialog.sign_button.isEnabled()
    assert dialog.problem.text() == "The checks find 1 error(s): fix them first."
    close_app(app)


def test_the_sign_dialog_says_what_a_representative_lacks(
    qtbot: QtBot,
    open_app: OpenApp,
    workspace: Workspace,
    drafts: DraftService,
    authority: TestAuthority,
    tmp_path: Path,
) -> None:
    """The broker's key for a client's declaration: the dialog lists the missing papers by box
    before a password is typed, Sign is off; with the papers in place it signs."""
    declaration_id = _complete(workspace, drafts)
    broker_file = tmp_path / "RSA256_zhumabayev.p12"
    broker_file.write_bytes(
        authority.issue_pkcs12(PASSWORD, "ЖҰМАБАЕВ АЙДОС", "880101300123", BROKER_BIN)
    )
    app = open_app()
    app.signing.add_key(broker_file, PASSWORD)
    editor = app.window.open_declaration(declaration_id)
    dialog = SignDialog(
        app.signing, declaration_id, editor.declaration, editor.result, app.operations, editor
    )
    qtbot.addWidget(dialog)
    assert not dialog.sign_button.isEnabled()
    lines = dialog.problem.text().splitlines()
    assert "signs as the customs representative" in lines[0]
    assert lines[1:] == [
        "• box 54: the customs representative's name and BIN",
        "• box 54: the representative's entry in the register of customs representatives",
        "• box 54: the number and date of the contract with the declarant",
        "• box 54: the power of attorney of the person who fills in the declaration",
    ]
    dialog.reject()

    filed_by_broker(editor.declaration)
    editor.check_now()
    dialog = SignDialog(
        app.signing, declaration_id, editor.declaration, editor.result, app.operations, editor
    )
    qtbot.addWidget(dialog)
    assert editor.result.errors == 0
    assert dialog.sign_button.isEnabled() and dialog.problem.text() == ""
    close_app(app)
