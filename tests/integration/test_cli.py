"""The command line as a user runs it: a real process, a real workspace folder."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from kedendesk.exchange.json_file import dumps
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration, practice_rates
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace

DAY = dt.date(2026, 11, 20)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kedendesk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("kedendesk ")


def test_schema_is_json_schema_of_the_file() -> None:
    result = _run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["format"]["const"] == "kedendesk.dt"


def test_export_then_import_round_trips(drafts: DraftService, tmp_path: Path) -> None:
    client = drafts.add_client("ТОО «Сәт»", "940140000385")
    declaration_id = drafts.new_declaration(client.id)
    lrn = drafts.row(declaration_id).lrn
    first = tmp_path / "first.json"
    result = _run("export", lrn, str(first))
    assert result.returncode == 0, result.stderr
    result = _run("import", str(first))
    assert result.returncode == 0, result.stderr
    assert "ТОО «Сәт»" in result.stdout
    listing = _run("list", "сәт")
    assert listing.stdout.count(lrn) == 2
    new_id = max(drafts.find_ids())
    second = tmp_path / "second.json"
    assert _run("export", str(new_id), str(second)).returncode == 0
    assert second.read_bytes() == first.read_bytes()


def test_import_of_a_broken_file_names_the_line_and_writes_nothing(
    drafts: DraftService, tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "kedendesk.dt",\n  "declaration": {,}\n}\n', encoding="utf-8")
    result = _run("import", str(path))
    assert result.returncode == 2
    assert "line 3, column 19" in result.stderr
    assert drafts.find_ids() == []


def test_import_of_a_missing_file(tmp_path: Path) -> None:
    result = _run("import", str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert "cannot read" in result.stderr


def test_export_of_an_unknown_declaration(tmp_path: Path) -> None:
    result = _run("export", "NO-SUCH-LRN", str(tmp_path / "x.json"))
    assert result.returncode == 1
    assert "no declaration" in result.stderr


def _declaration_file(tmp_path: Path, workspace: Workspace, broken_bin: bool = False) -> Path:
    checking = CheckingService(workspace)
    checking.put_rates(practice_rates(DAY))
    declaration = practice_declaration("KD-CLI-1", DAY)
    checking.apply_calculation(declaration)
    if broken_bin:
        declaration.declarant.id_number = "940140000386"
    path = tmp_path / "dt.json"
    path.write_text(dumps(declaration), encoding="utf-8")
    return path


def test_check_of_a_complete_declaration_exits_0_and_shows_payments(
    workspace: Workspace, tmp_path: Path
) -> None:
    result = _run("check", str(_declaration_file(tmp_path, workspace)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KD-CLI-1: 0 error(s), 0 warning(s)" in result.stdout
    assert "box B  1010          20000.00" in result.stdout
    # apples, ЕТТ 0808 10 800 6: 0,06 euro per kg
    assert "Import duty = 8000.000 (unit 166) × 0.06 EUR × rate 590.10" in result.stdout


def test_check_reports_errors_with_exit_1_as_text_and_json(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = _declaration_file(tmp_path, workspace, broken_bin=True)
    text = _run("check", str(path))
    assert text.returncode == 1
    assert "error   R09   box 14" in text.stdout
    assert "940140000386 is not a valid BIN/IIN: the check digit is wrong" in text.stdout
    as_json = _run("check", str(path), "--format", "json")
    assert as_json.returncode == 1
    report = json.loads(as_json.stdout)
    assert report["errors"] == 1
    assert report["findings"][0]["params"] == {"value": "940140000386", "problem": "check-digit"}
    assert report["payments"]["totals"]["1010"] == "20000.00"
    duty = report["payments"]["items"][1]["lines"][0]
    assert duty["explanation"]["rates"] == [
        {"currency": "EUR", "date": DAY.isoformat(), "rate": "590.10"}
    ]


def test_check_of_an_unreadable_file_exits_2_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "kedendesk.dt",\n "declaration": {"items": 5}}', encoding="utf-8")
    result = _run("check", str(path))
    assert result.returncode == 2
    assert "declaration.items" in result.stderr
    assert _run("check", str(tmp_path / "nope.json")).returncode == 2


def test_rates_and_tariff_import_from_the_command_line(tmp_path: Path) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text("date;currency;rate\n20.11.2026;USD;512,34\n21.11.2026;ABC;1\n", "utf-8")
    failed = _run("rates", "import", str(rates))
    assert failed.returncode == 2
    assert "line 3, currency: unknown currency 'ABC'" in failed.stderr
    assert _run("rates", "list").stdout == ""  # nothing half-imported
    rates.write_text("date;currency;rate\n20.11.2026;USD;512,34\n", "utf-8")
    assert _run("rates", "import", str(rates)).returncode == 0
    assert "2026-11-20  USD" in _run("rates", "list").stdout
    tariff = tmp_path / "ett.csv"
    tariff.write_text("code,description,duty\n0808108006,Яблоки,5%\n", "utf-8")
    imported = _run(
        "tariff", "import", str(tariff), "--version", "ETT-1", "--effective", "2026-11-01"
    )
    assert imported.returncode == 0, imported.stderr
    assert _run("tariff", "show").stdout.startswith("ETT-1 (2026-11-01): 1 codes")
    assert "practice" in _run("tariff", "practice").stdout


def test_sandbox_issues_a_key_its_ca_trusts(tmp_path: Path) -> None:

    from kedendesk.signing.keys import load_pkcs12

    data = tmp_path / "sandbox"
    out = tmp_path / "RSA256_test.p12"
    result = _run(
        "sandbox",
        "issue-key",
        "--name",
        "ТЕСТОВ ТЕСТ",
        "--iin",
        "880101300123",
        "--bin",
        "940140000385",
        "--out",
        str(out),
        "--data",
        str(data),
        "--password",
        "pw",
    )
    assert result.returncode == 0, result.stderr
    key = load_pkcs12(out, "pw")
    assert (key.info.owner, key.info.iin, key.info.bin) == (
        "ТЕСТОВ ТЕСТ",
        "880101300123",
        "940140000385",
    )
    assert key.info.issuer.startswith("Kedendesk Practice Gateway CA")
    assert (
        key.chain[0].public_bytes(
            __import__(
                "cryptography.hazmat.primitives.serialization", fromlist=["Encoding"]
            ).Encoding.PEM
        )
        == (data / "ca" / "ca.pem").read_bytes()
    )
    bad = _run(
        "sandbox",
        "issue-key",
        "--name",
        "X",
        "--iin",
        "123",
        "--out",
        str(out),
        "--data",
        str(data),
        "--password",
        "pw",
    )
    assert bad.returncode == 1 and "IIN 123 is not valid" in bad.stderr


def test_sandbox_serve_answers_on_its_port(tmp_path: Path) -> None:
    import socket
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kedendesk",
            "sandbox",
            "serve",
            "--port",
            str(port),
            "--data",
            str(tmp_path / "sandbox"),
            "--time-scale",
            "120",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                meta = httpx.get(f"http://127.0.0.1:{port}/v1/meta", timeout=1).json()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        assert meta["timeScale"] == 120
        assert (tmp_path / "sandbox" / "keys" / "demo-declarant.p12").exists()
    finally:
        process.terminate()
        process.communicate(timeout=20)


def test_import_invoice_previews_then_adds_the_items(workspace: Workspace, tmp_path: Path) -> None:
    drafts = DraftService(workspace)
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.new_declaration(client.id)
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples"
    preview = _run("import-invoice", str(sample / "invoice-almaty-cp1251.csv"))
    assert preview.returncode == 0, preview.stderr
    assert "3 lines -> 3 goods items, total 2988.00" in preview.stdout
    assert len(DraftService(workspace).load(declaration_id).items) == 0  # a preview writes nothing
    added = _run(
        "import-invoice", str(sample / "invoice-shenzhen-keyou.xlsx"), "--into", str(declaration_id)
    )
    assert added.returncode == 0, added.stderr
    assert f"added 8 goods items to declaration {declaration_id}" in added.stdout
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    refused = _run("import-invoice", str(broken), "--into", str(declaration_id))
    assert refused.returncode == 2
    assert "is not an invoice" in refused.stderr


REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_export_as_eaeu_xml_then_import_it(drafts: DraftService, tmp_path: Path) -> None:
    client = drafts.add_client("ТОО «Алатау Трейд»", "940140000385")
    declaration_id = drafts.create(client.id, practice_declaration("KD-CLI-XML1", DAY))
    target = tmp_path / "dt.xml"
    result = _run("export", "--format", "esad", "KD-CLI-XML1", str(target))
    assert result.returncode == 0, result.stderr
    assert "album 5.23.0" in result.stdout
    assert b"<ESADout_CU " in target.read_bytes()
    result = _run("import", str(target))
    assert result.returncode == 0, result.stderr
    assert "KD-CLI-XML1" in result.stdout and "5.23.0" in result.stdout
    assert len(drafts.find_ids()) == 2
    assert declaration_id in drafts.find_ids()


def test_import_of_xml_with_elements_without_a_box_asks_for_yes(drafts: DraftService) -> None:
    real = str(REAL / "fractalv-converterapp-test.xml")
    result = _run("import", real)
    assert result.returncode != 0
    assert "GroupNum" in result.stdout and "--yes" in result.stderr
    assert drafts.find_ids() == []
    result = _run("import", "--yes", real)
    assert result.returncode == 0, result.stderr
    assert len(drafts.find_ids()) == 1


def test_import_of_a_file_that_is_not_a_declaration_names_the_element(
    drafts: DraftService, tmp_path: Path
) -> None:
    wrong = tmp_path / "invoice.xml"
    wrong.write_text("<?xml version='1.0'?>\n<Invoice/>\n", encoding="utf-8")
    result = _run("import", str(wrong))
    assert result.returncode == 2
    assert "line 2, Invoice" in result.stderr
    assert drafts.find_ids() == []
