"""Screenshots for the README: the list, a filled declaration, checks, payments, signing, and
declarations with customs in all three corridors, in a real window.

Run under Xvfb with `make screenshot`; writes PNG files into the folder given. A tool for the
README, kept beside the pictures it makes (not part of the app).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kedendesk.practice_gateway import starter
from kedendesk.sandbox.config import DEMO_PASSWORD
from kedendesk.sandbox.server import SandboxServer
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates, seed_demo, write_demo_key
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace
from kedendesk.ui.app import Application, install_font
from kedendesk.ui.nomenclature_dialog import NomenclatureDialog
from kedendesk.ui.revisions_dialog import RevisionsDialog


def _settle(app: QApplication, ms: int = 300) -> None:
    QTimer.singleShot(ms, app.quit)
    app.exec()


def main(out: Path, language: str = "ru") -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
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
        window.resize(1440, 820)
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


def _until(app: QApplication, condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screenshot scene did not come together")
        app.processEvents()
        time.sleep(0.01)


def corridors(out: Path, language: str = "ru") -> None:
    """Declarations sent to the practice gateway, in green, yellow and red, and a timeline."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_font(app)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        servers: list[SandboxServer] = []
        workspace = Workspace.open(root / "workspace")
        drafts, checking = DraftService(workspace), CheckingService(workspace)
        application = Application(
            workspace, language, starter(root / "gateway", servers, time_scale=1)
        )
        window = application.window
        window.resize(1440, 820)
        window.show()
        application.connect_gateway()
        _until(app, lambda: application.worker is not None and bool(application.worker.reachable))
        server = servers[0]
        day = server.gateway.now().date()
        checking.put_rates(practice_rates(day))
        client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385", "Алматы")
        branch = drafts.add_client("ТОО «Алатау Трейд», филиал в Астане", "940140000385")
        (key,) = application.signing.keys()
        ids = {}
        for lrn in (
            "G-2026-000101",
            "R-2026-000102",
            "YD-2026-000103",
            "Y-2026-000104",
            "G-2026-000105",
            "X-2026-000106",
            "YD-2026-000107",
        ):
            declaration = practice_declaration(lrn, day)
            checking.apply_calculation(declaration)
            owner = branch if lrn.endswith("107") else client
            ids[lrn] = drafts.create(owner.id, declaration)
            application.signing.sign(ids[lrn], key.id, DEMO_PASSWORD)
            application.submission.submit(ids[lrn])
        application.wake()
        _until(app, lambda: all(drafts.row(i).status == "SUBMITTED" for i in ids.values()))
        server.gateway.advance(dt.timedelta(minutes=40))
        _until(app, lambda: drafts.row(ids["YD-2026-000103"]).status == "AWAITING_DECLARANT")
        _until(app, lambda: drafts.row(ids["G-2026-000101"]).status == "RELEASED")
        window.list_page.model.reload()
        _settle(app, 600)
        window.grab().save(str(out / f"corridors-{language}.png"))
        editor = window.open_declaration(ids["R-2026-000102"])
        editor.gateway_changed()
        editor.tabs.setCurrentWidget(editor.timeline)
        _settle(app, 600)
        window.grab().save(str(out / f"timeline-{language}.png"))
        _until(app, lambda: drafts.row(ids["YD-2026-000107"]).status == "AWAITING_DECLARANT")
        inbox = window.show_requests()
        _until(app, lambda: inbox.model.rowCount() == 2)
        _settle(app, 400)
        inbox.grab().save(str(out / f"requests-inbox-{language}.png"))
        inbox.reject()
        window.close()
        application.shutdown()
        server.stop()


@contextmanager
def _demo_window(language: str) -> Iterator[tuple[QApplication, DraftService, Application]]:
    """The app on a fresh demo workspace, its window shown; shut down afterwards."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_font(app)
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder))
        drafts = DraftService(workspace)
        seed_demo(drafts, CheckingService(workspace))
        application = Application(workspace, language)
        application.window.resize(1360, 820)
        application.window.show()
        yield app, drafts, application
        application.window.close()
        application.shutdown()


def working_day(out: Path, language: str = "ru") -> None:
    """A refusal shown on its boxes, the revisions of a declaration, a save met by another."""
    with _demo_window(language) as (app, drafts, application):
        window = application.window
        declaration_id = drafts.find_ids()[0]
        editor = window.open_declaration(declaration_id)
        for place in ("Алматы, ст. Жетысу", "Алматы, СВХ «Кеден-Терминал»"):
            editor.declaration.delivery_place = place
            editor.binder.load()
            editor.autosaver.schedule()
            editor.flush()
        dialog = RevisionsDialog(drafts, declaration_id, True, window)
        dialog.show()
        _settle(app)
        dialog.grab().save(str(out / f"revisions-{language}.png"))
        dialog.close()
        other = drafts.load(declaration_id)
        other.delivery_place = "Астана"
        drafts.save(
            declaration_id, drafts.snapshot(other), based_on=drafts.row(declaration_id).revision
        )
        editor.declaration.delivery_place = "Шымкент"
        editor.autosaver.schedule()
        editor.autosaver.save_now()
        _until(app, lambda: editor.conflict_box is not None)
        _settle(app)
        box = editor.conflict_box
        assert box is not None
        box.grab().save(str(out / f"conflict-{language}.png"))
        box.close()


def real_tariff(out: Path, language: str = "ru") -> None:
    """The nomenclature browser on the whole ЕТТ, and box 36 as four codes."""
    with _demo_window(language) as (app, drafts, application):
        window = application.window
        tariff = application.checking.tariff()
        tariff.build_index()
        dialog = NomenclatureDialog(tariff, "кабель медный", window, application.operations)
        dialog.show()
        _settle(app, 600)
        dialog.grab().save(str(out / f"nomenclature-{language}.png"))
        dialog.close()
        editor = window.open_declaration(drafts.find_ids()[0])
        assert editor is not None
        editor.tabs.setCurrentWidget(editor.items)
        editor.items.table.selectRow(0)
        editor.declaration.items[0].preference = "ОО ГГ - ОО"  # type: ignore[assignment]
        editor.items.binder.load()
        editor.items.focus(0, "preference.duty")
        _settle(app, 600)
        window.grab().save(str(out / f"preference-{language}.png"))


def invoice_import(out: Path, language: str = "ru") -> None:
    """Items → Import from invoice…: the sample invoice and packing list previewed; then the
    same invoice with one line's amount typed wrong and a carton fewer, to show the totals
    reconciled; then the product catalogue the signed declarations taught."""
    import tempfile

    import openpyxl

    samples = Path(__file__).resolve().parents[1] / "resources" / "samples"
    with _demo_window(language) as (app, drafts, application):
        window = application.window
        editor = window.open_declaration(drafts.find_ids()[0])
        assert editor is not None
        editor.tabs.setCurrentWidget(editor.items)
        dialog = editor.import_invoice(samples / "invoice-shenzhen-keyou.xlsx")
        dialog.set_packing(samples / "packing-shenzhen-keyou.xlsx")
        _until(app, dialog.add_button.isEnabled)
        _settle(app, 500)
        dialog.grab().save(str(out / f"invoice-import-{language}.png"))
        dialog.reject()

        with tempfile.TemporaryDirectory() as folder:
            book = openpyxl.load_workbook(samples / "invoice-shenzhen-keyou.xlsx")
            sheet = book.active
            assert sheet is not None
            sheet["I10"] = 3126  # 510 × 6.20 is 3 162: two digits swapped
            sheet["J12"] = 10  # eleven cartons on the packing list
            wrong = Path(folder) / "invoice-KY-2026-1187.xlsx"
            book.save(wrong)
            dialog = editor.import_invoice(wrong)
            dialog.set_packing(samples / "packing-shenzhen-keyou.xlsx")
            _until(app, lambda: dialog.notes.count() > 0)
            _settle(app, 500)
            dialog.grab().save(str(out / f"invoice-reconciliation-{language}.png"))
            dialog.reject()


def client_card(out: Path, language: str = "ru") -> None:
    """Workspace → Clients…: a broker's client with its contract and powers of attorney, one
    expiring in a few days."""
    from kedendesk.domain.client_card import ClientCard, Contact, Contract, OurCompany, Power
    from kedendesk.ui.clients_dialog import ClientsDialog

    with _demo_window(language) as (app, drafts, application):
        today = dt.date.today()
        drafts.set_our_company(
            OurCompany(name="ТОО «Кеден Брокер»", bin="990140004654", register_entry="0005/1")
        )
        (client,) = drafts.clients()[:1]
        card = ClientCard(
            legal_form="ТОО",
            name_kk="«Алатау Трейд» ЖШС",
            name_en="Alatau Trade LLP",
            contract=Contract(number="ДОГ-2026/17", date="10.01.2026", valid_to="31.12.2027"),
            powers=[
                Power(
                    number="ДОВ-2026/001",
                    date="01.01.2026",
                    valid_to=today + dt.timedelta(days=6),
                    person="Жұмабаев Айдос",
                    person_iin="880101300123",
                    issued_by="ТОО «Кеден Брокер»",
                    scope="таможенное декларирование",
                ),
                Power(
                    number="ДОВ-2026/014",
                    date="01.06.2026",
                    valid_to="31.05.2027",
                    person="Ахметова Айгүл",
                    person_iin="900215400123",
                    issued_by="ТОО «Кеден Брокер»",
                    scope="таможенное декларирование",
                ),
            ],
            contacts=[
                Contact(name="Серікбаева Дана", position="бухгалтер", phone="+7 727 250 00 01")
            ],
            suppliers=["Shenzhen Keyou Electronics Co., Ltd."],
        )
        drafts.update_client(replace(client, card=card))
        dialog = ClientsDialog(drafts, application.operations, application.window)
        _until(app, lambda: dialog.model.rowCount() > 0)
        dialog.select(client.id)
        dialog.card_tabs.setCurrentIndex(1)
        dialog.show()
        _settle(app, 500)
        dialog.grab().save(str(out / f"client-card-{language}.png"))
        dialog.close()


def analytics(out: Path, language: str = "ru") -> None:
    """Workspace → Analytics and billing…: a generated history of 300 declarations."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.unit.services.test_analytics import _history

    with _demo_window(language) as (app, _drafts, application):
        _history(application.workspace, application.drafts)
        dialog = application.window.show_analytics()
        _until(app, lambda: dialog.model.rowCount() > 0)
        _settle(app, 500)
        dialog.grab().save(str(out / f"analytics-{language}.png"))
        dialog.reject()


def printed_form(out: Path, language: str = "ru") -> None:
    """File → The declaration form as PDF…: the main sheet of a broker's declaration, as
    poppler renders the PDF (the form's words are the Decision's, whatever the language)."""
    import shutil
    import subprocess

    from kedendesk.domain.samples import filed_by_broker

    with _demo_window(language) as (app, drafts, application):
        client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
        declaration = filed_by_broker(practice_declaration("KD-2026-000123", dt.date.today()))
        declaration.registration_number = "55205/011226/0000417"
        application.checking.apply_calculation(declaration)
        editor = application.window.open_declaration(drafts.create(client.id, declaration))
        assert editor is not None
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "dt.pdf"
            editor.form_pdf(pdf)
            _until(app, lambda: str(pdf) in editor.status_label.text())
            tool = shutil.which("pdftoppm")
            assert tool is not None, "apt-get install poppler-utils"
            target = out / f"dt-form-{language}"
            subprocess.run(
                [tool, "-r", "110", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf),
                 str(target)],
                check=True,
            )  # fmt: skip


def first_start(out: Path, language: str = "ru") -> None:
    """An empty workspace's start page, the first steps (the company step, a BIN refused),
    and the user guide."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_font(app)
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder))
        application = Application(workspace, language)
        window = application.window
        window.resize(1360, 820)
        window.show()
        _settle(app)
        window.grab().save(str(out / f"start-{language}.png"))
        wizard = window.show_first_run()
        wizard.next()
        wizard.next()
        wizard.company_name.setText("ТОО «Алатау Трейд»")
        wizard.company_bin.setText("940140000386")
        wizard.next()  # refused: the check digit
        _settle(app)
        wizard.grab().save(str(out / f"first-run-{language}.png"))
        wizard.close()
        _guide_pictures(app, language)
        guide = window.show_guide()
        guide.resize(900, 640)
        _settle(app)
        guide.grab().save(str(out / f"guide-{language}.png"))
        guide.close()
        window.close()
        application.shutdown()


GUIDE_PICTURES = Path(__file__).resolve().parent.parent / "resources" / "help" / "screens"


def _guide_pictures(app: QApplication, language: str) -> None:
    """The pictures the user guide shows (resources/help/screens), half size, from a demo
    workspace: the list and a declaration's goods items."""
    GUIDE_PICTURES.mkdir(parents=True, exist_ok=True)
    with _demo_window(language) as (_app, drafts, application):
        window = application.window
        _settle(app)
        window.grab().scaledToWidth(680, Qt.TransformationMode.SmoothTransformation).save(
            str(GUIDE_PICTURES / f"list-{language}.png")
        )
        editor = window.open_declaration(drafts.find_ids()[0])
        assert editor is not None
        editor.tabs.setCurrentIndex(6)
        _settle(app)
        window.grab().scaledToWidth(680, Qt.TransformationMode.SmoothTransformation).save(
            str(GUIDE_PICTURES / f"items-{language}.png")
        )


SECTIONS = {
    "main": main,
    "corridors": corridors,
    "working_day": working_day,
    "real_tariff": real_tariff,
    "invoice_import": invoice_import,
    "client_card": client_card,
    "analytics": analytics,
    "printed_form": printed_form,
    "first_start": first_start,
}

if __name__ == "__main__":
    # make_screenshots.py [FOLDER [LANGUAGE [SECTION …]]]: every section when none is named.
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    for name in sys.argv[3:] or list(SECTIONS):
        SECTIONS[name](folder, *sys.argv[2:3])
