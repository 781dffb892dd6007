"""Workspace → Product catalogue…: a product's commodity code corrected by typing in its cell
(a wrong one refused, with the reason), another removed by Delete; the next invoice of the
supplier is filled with the correction and asks about the removed one again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kedendesk.domain.declaration import GoodsItem
from kedendesk.services.catalogue import CatalogueService
from kedendesk.services.checking import CheckingService
from kedendesk.services.drafts import DraftService
from kedendesk.services.invoice_import import InvoiceImportService
from kedendesk.services.workspace import Workspace
from kedendesk.ui.catalogue_dialog import COLUMNS, CatalogueDialog
from kedendesk.ui.operations import Operations
from tests.ui.conftest import type_text

CODE = [field for _title, field, *_ in COLUMNS].index("commodity_code")


def _row_of(dialog: CatalogueDialog, description: str) -> int:
    for row in range(dialog.proxy.rowCount()):
        if dialog.proxy.index(row, 2).data() == description:
            return row
    raise AssertionError(f"{description} not shown")


def test_a_product_is_corrected_and_another_removed(
    qtbot: QtBot, workspace: Workspace, drafts: DraftService, tmp_path: Path
) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declared = drafts.load(drafts.new_declaration(client.id))
    declared.consignor.name = "Shenzhen Keyou Electronics"
    declared.items = [
        GoodsItem(description="Wired keyboard", commodity_code="8471607000", origin_country="CN"),
        GoodsItem(description="USB cable", commodity_code="8544429009", origin_country="CN"),
    ]
    catalogue = CatalogueService(workspace)
    catalogue.learn(client.id, declared)
    operations = Operations()
    dialog = CatalogueDialog(catalogue, drafts, operations, None, client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 2)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    def type_code(code: str) -> None:
        index = dialog.proxy.index(_row_of(dialog, "Wired keyboard"), CODE)
        dialog.view.setCurrentIndex(index)
        dialog.view.setFocus()
        qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(editor, code)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.view.state() != dialog.view.State.EditingState)

    type_code("84716")  # too short: refused, the reason said
    assert "10 digits" in dialog.status.text()
    type_code("8471606000")
    qtbot.waitUntil(lambda: dialog.status.text() == "Saved.")

    dialog.filter_edit.setText("cable")
    assert dialog.proxy.rowCount() == 1
    dialog.view.setCurrentIndex(dialog.proxy.index(0, 0))
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "removed" in dialog.status.text())

    products = {p.description: p for p in catalogue.products(client.id)}
    assert list(products) == ["Wired keyboard"]
    assert (products["Wired keyboard"].commodity_code, products["Wired keyboard"].source) == (
        "8471606000",
        "edited",
    )
    invoice = tmp_path / "next.csv"
    invoice.write_text(
        "Description,Qty,Amount\nWired keyboard,100,480.00\nUSB cable,50,25.00\n", encoding="utf-8"
    )
    service = InvoiceImportService(workspace, drafts, CheckingService(workspace))
    preview = service.preview(invoice, "Shenzhen Keyou Electronics", client_id=client.id)
    keyboard, cable = preview.lines
    assert keyboard.code == "8471606000"
    assert preview.new_products == [cable]
