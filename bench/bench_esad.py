"""The EAEU XML declaration and the printed form of a 999-item declaration (issue: EAEU XML
in and out, the printed declaration).

Prints: the export of a 999-item declaration as ESADout_CU (aim <= 500 ms), its import back
(aim <= 500 ms), its validation against the customs album when the album is on this machine,
and its DT form as a 334-sheet PDF (aim <= 5 s). Medians of a few runs.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from kedendesk.domain.samples import sample_declaration
from kedendesk.exchange import esad_schema
from kedendesk.exchange.esad_export import export
from kedendesk.exchange.esad_import import read

ALBUM = Path(
    os.environ.get(
        "KEDENDESK_ESAD_ALBUM",
        Path(__file__).resolve().parents[2] / "shared/reference-sources/customs-album-5.23.0",
    )
)
RUNS = 5


def _median(work, runs: int = RUNS) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from kedendesk.ui.app import install_font
    from kedendesk.ui.declaration_form import write_pdf

    declaration = sample_declaration("KD-BENCH-999", random.Random(2), items=999)
    xml = export(declaration).xml
    print(f"EAEU XML of a 999-item declaration ({len(xml) / 1024 / 1024:.1f} MB)")
    exported = _median(lambda: export(declaration))
    imported = _median(lambda: read(xml))
    print(f"  export:                     {exported * 1000:8.1f} ms (aim <= 500)")
    print(f"  import:                     {imported * 1000:8.1f} ms (aim <= 500)")
    if (ALBUM / "ESADout_CU.xsd").is_file():
        started = time.perf_counter()
        esad_schema.album_schema(ALBUM)
        loaded = time.perf_counter() - started
        validate = _median(lambda: esad_schema.problems(xml, ALBUM), runs=3)
        print(f"  album 5.23.0 loaded once:   {loaded * 1000:8.1f} ms")
        print(f"  validated against it:       {validate * 1000:8.1f} ms")
    else:
        print(f"  (no album at {ALBUM}: validation not measured)")
    application = QApplication.instance() or QApplication([])
    install_font(application)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "dt.pdf"
        sheets = write_pdf(declaration, pdf)
        seconds = _median(lambda: write_pdf(declaration, pdf), runs=3)
        print(
            f"  DT form as PDF:             {seconds * 1000:8.1f} ms, {sheets} sheets, "
            f"{pdf.stat().st_size / 1024 / 1024:.1f} MB (aim <= 5000)"
        )


if __name__ == "__main__":
    main()
