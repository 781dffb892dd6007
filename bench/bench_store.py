"""Workspace and list benchmarks (issue: foundation).

Prints: save and load of a 999-item declaration; on a workspace of 100 000 generated
declarations over 500 clients, time to the first rows shown, filter time, the client filter's
time and peak memory of the list process.
Aims: save <= 50 ms, first rows <= 300 ms, filter and client filter <= 100 ms, <= 300 MB.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kedendesk.services.demo import sample_declaration
from kedendesk.services.drafts import DraftService, Snapshot
from kedendesk.services.workspace import Workspace

LIST_SIZE = int(os.environ.get("KEDENDESK_BENCH_LIST_SIZE", "100000"))


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def bench_save_load(folder: Path) -> None:
    workspace = Workspace.open(folder)
    drafts = DraftService(workspace)
    client = drafts.add_client("ТОО «Бенчмарк»", "940140000385")
    declaration = sample_declaration("BENCH-999", random.Random(1), items=999)
    declaration_id = drafts.create(client.id, declaration)
    body_kib = len(Snapshot.of(declaration).body.encode()) / 1024
    snapshot_times, save_times, load_times = [], [], []
    for round_ in range(20):
        declaration.items[round_].description = f"Изменено {round_}"
        start = time.perf_counter()
        snapshot = drafts.snapshot(declaration)  # on the GUI thread in the app
        middle = time.perf_counter()
        drafts.save(declaration_id, snapshot)  # on the writer thread in the app
        end = time.perf_counter()
        snapshot_times.append(middle - start)
        save_times.append(end - middle)
        start = time.perf_counter()
        loaded = drafts.load(declaration_id)
        load_times.append(time.perf_counter() - start)
        assert len(loaded.items) == 999
    print(f"999-item declaration ({body_kib:.0f} KiB of JSON), median of 20:")
    print(f"  snapshot (GUI thread)  {_ms(statistics.median(snapshot_times))}")
    p95 = statistics.quantiles(save_times, n=20)[-1]
    print(
        f"  save (one transaction) {_ms(statistics.median(save_times))}   aim <= 50 ms"
        f"   (p95 {_ms(p95).strip()})"
    )
    print(f"  load                   {_ms(statistics.median(load_times))}")
    workspace.close()


def generate(folder: Path, count: int) -> None:
    """A workspace of `count` small declarations over 500 clients (run in its own process)."""
    workspace = Workspace.open(folder)
    drafts = DraftService(workspace)
    rng = random.Random(7)
    clients = [
        drafts.add_client(f"{rng.choice(_NAMES)} {number}", "940140000385") for number in range(500)
    ]
    template = sample_declaration("X", rng, items=1)
    per_client = count // len(clients)
    serial = 0
    for client in clients:
        snapshots = []
        for _ in range(per_client):
            serial += 1
            template.lrn = f"KD-2026-{serial:06d}"
            template.declarant.name = client.name
            snapshots.append(Snapshot.of(template))
        workspace.declarations.create_many(client.id, snapshots)
    workspace.close()


_NAMES = ("ТОО «Шығыс Импорт»", "ТОО «Сарыарқа Логистик»", "ИП Әбілқасымова", "Acme LLP")


def bench_list(folder: Path) -> None:
    """Runs in a fresh process so peak memory is the list's, not the generator's."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from kedendesk.ui.declarations_page import DeclarationsPage

    app = QApplication([])
    workspace = Workspace.open(folder)
    drafts = DraftService(workspace)
    start = time.perf_counter()
    page = DeclarationsPage(drafts)
    page.resize(1280, 800)
    page.show()
    app.processEvents()  # lays out and paints: the visible rows are fetched here
    first_rows = time.perf_counter() - start
    shown = page.model.rowCount()
    filter_times = []
    for text in ("шығыс", "KD-2026-0999", "ӘБІЛҚАСЫМ", "acme 3"):
        start = time.perf_counter()
        page.filter_edit.setText(text)
        page.apply_filter()
        app.processEvents()
        filter_times.append(time.perf_counter() - start)
    page.filter_edit.setText("")
    page.apply_filter()
    client_times = []
    for index in (1, 125, 250, 500):  # the client filter: one broker's client of 500
        start = time.perf_counter()
        page.client_combo.setCurrentIndex(index)
        app.processEvents()
        client_times.append(time.perf_counter() - start)
    of_client = page.model.rowCount()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"declarations list on {shown} declarations:")
    print(f"  first rows shown       {_ms(first_rows)}   aim <= 300 ms")
    print(
        f"  filter (median of 4)   {_ms(statistics.median(filter_times))}   aim <= 100 ms"
        f"   (slowest {_ms(max(filter_times)).strip()})"
    )
    print(
        f"  client filter (median) {_ms(statistics.median(client_times))}   aim <= 100 ms"
        f"   ({page.client_combo.count() - 1} clients, {of_client} declarations of one;"
        f" slowest {_ms(max(client_times)).strip()})"
    )
    print(f"  peak memory            {peak_mib:8.1f} MiB  aim <= 300 MB")
    # Let Qt delete the page through its event loop: `del page` at exit races Qt's own
    # teardown ("shared QObject was deleted directly") and sometimes aborts the process.
    page.close()
    page.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    workspace.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        bench_save_load(Path(folder) / "save")
        big = Path(folder) / "list"
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bench.bench_store", "generate", str(big)], check=True
        )
        print(f"(generated {LIST_SIZE} declarations in {time.perf_counter() - start:.1f} s)")
        subprocess.run([sys.executable, "-m", "bench.bench_store", "list", str(big)], check=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["generate"]:
        generate(Path(sys.argv[2]), LIST_SIZE)
    elif sys.argv[1:2] == ["list"]:
        bench_list(Path(sys.argv[2]))
    else:
        main()
