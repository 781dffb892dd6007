"""Screenshots for the README: the list and a filled declaration, in a real window.

Run under Xvfb with `make screenshot`; writes PNG files into the folder given.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import seed_demo, write_demo_key
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace
from kedendesk.ui.app import Application, install_font


def _settle(app: QApplication, ms: int = 300) -> None:
    QTimer.singleShot(ms, app.quit)
    app.exec()


def main(out: Path, language: str = "ru") -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_font(app)
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder))
        drafts = DraftService(workspace)
        seed_demo(drafts, CheckingService(workspace))
        client = drafts.add_client("ТОО «Сарыарқа Логистик»", "990140004654", "Қарағанды")
        for _ in range(6):
            drafts.duplicate(drafts.find_ids()[-1])
        drafts.new_declaration(client.id)
        application = Application(workspace, language)
        window = application.window
        window.resize(1360, 820)
        window.show()
        _settle(app)
        window.grab().save(str(out / f"list-{language}.png"))
        editor = window.open_declaration(drafts.find_ids(sort="lrn", descending=False)[0])
        _settle(app)
        window.grab().save(str(out / f"editor-{language}.png"))
        editor.tabs.setCurrentWidget(editor.items)
        editor.items.table.selectRow(1)
        _settle(app)
        window.grab().save(str(out / f"items-{language}.png"))
        editor.tabs.setCurrentIndex(1)
        _settle(app)
        window.grab().save(str(out / f"parties-{language}.png"))
        # A typo in the BIN and a net mass above the gross: findings, marks, counts.
        editor.declaration.declarant.id_number = "940140000386"
        editor.declaration.items[2].net_mass_kg = "400"
        editor.binder.load()
        editor.check_now()
        editor.findings.view.selectRow(0)
        _settle(app)
        window.grab().save(str(out / f"findings-{language}.png"))
        editor.tabs.setCurrentWidget(editor.payments_page)
        page = editor.payments_page
        for row in range(page.model.rowCount()):
            if (
                page.model.payment_row(row).label == "2010"
                and page.model.payment_row(row).item == 2
            ):
                page.view.selectRow(row)
        _settle(app)
        window.grab().save(str(out / f"payments-{language}.png"))
        # A signed declaration: read-only, with who signed it and when.
        key_file = write_demo_key(Path(folder) / "RSA256_demo.p12", "demo")
        key = application.signing.add_key(key_file, "demo")
        signed_id = drafts.find_ids(sort="lrn", descending=False)[1]
        application.signing.sign(signed_id, key.id, "demo")
        window.open_declaration(signed_id)
        _settle(app)
        window.grab().save(str(out / f"signed-{language}.png"))
        window.close()
        application.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), *sys.argv[2:3])
