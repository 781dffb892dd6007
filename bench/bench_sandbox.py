"""Practice gateway benchmarks (issue: the practice customs gateway).

Prints: submissions per second from one client over loopback (aim >= 200/s), and the time from
a decision on the gateway to its event reaching a long-polling client (aim <= 100 ms).
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx

from kedendesk.domain.checks import check
from kedendesk.domain.context import Context
from kedendesk.domain.declaration import MEDIA_TYPE
from kedendesk.domain.payments import apply_calculation
from kedendesk.domain.rates import RateTable
from kedendesk.domain.samples import practice_declaration, practice_rates
from kedendesk.gateway.contract import SignedEnvelope
from kedendesk.practice_gateway import PracticeProcess
from kedendesk.sandbox.authority import demo_key_path
from kedendesk.sandbox.config import DEMO_PASSWORD
from kedendesk.sandbox.server import SandboxServer
from kedendesk.signing.canonical import canonical_bytes, sha256_hex
from kedendesk.signing.cms import sign_detached
from kedendesk.signing.keys import load_pkcs12

SUBMISSIONS = 400
DECISIONS = 20


def _envelopes(folder: Path, day: dt.date, count: int) -> list[tuple[str, bytes]]:
    key = load_pkcs12(demo_key_path(folder, "demo-declarant"), DEMO_PASSWORD)
    template = practice_declaration("N-BENCH", day)
    context = Context.practice(RateTable(practice_rates(day)), today=day)
    apply_calculation(template, check(template, context).calculation)
    built = []
    for number in range(count):
        template.lrn = f"N-BENCH-{number:05d}"  # N: silent after registration, no workflow
        payload = canonical_bytes(template)
        signature = sign_detached(payload, key.private_key, key.certificate, key.chain)
        envelope = SignedEnvelope.of(
            "DECLARE",
            template.lrn,
            MEDIA_TYPE,
            payload,
            sha256_hex(payload),
            signature,
            "DECLARANT",
        )
        built.append((template.lrn, envelope.model_dump_json(by_alias=True).encode()))
    return built


def _client(url: str, account: str = "demo-declarant") -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=60)
    token = client.post(
        "/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": account,
            "client_secret": f"{account}-secret",
        },
    ).json()["access_token"]
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "sandbox"
        # Time scale 1: registration (the checks, the risk engine) falls due 20 s after each
        # filing, after the timing; what is measured is accepting signed submissions.
        with SandboxServer(data, time_scale=1) as server:
            envelopes = _envelopes(data, server.gateway.now().date(), SUBMISSIONS)
            client = _client(server.url)
            try:
                start = time.perf_counter()
                for lrn, body in envelopes:
                    answer = client.post(
                        "/v1/declarations",
                        content=body,
                        headers={"Idempotency-Key": lrn, "Content-Type": "application/json"},
                    )
                    assert answer.status_code == 202, answer.text
                elapsed = time.perf_counter() - start
                print(f"practice gateway, {SUBMISSIONS} signed declarations, one client:")
                print(f"  submissions per second:   {SUBMISSIONS / elapsed:8.1f}   aim >= 200/s")
                server.gateway.advance(dt.timedelta(minutes=5))  # register them all
                latencies = _decision_latencies(server, client)
            finally:
                client.close()
        print(
            f"  decision -> long-poll:    {statistics.median(latencies) * 1000:8.1f} ms median,"
            f" {max(latencies) * 1000:.1f} ms slowest of {DECISIONS}   aim <= 100 ms"
        )
        flood(Path(folder) / "flooded")


FLOOD_POLLS = 60
FLOOD_SAMPLES = 20


def flood(folder: Path) -> None:
    """Another account's latency while one account holds 60 long-polls open: the gateway in a
    process of its own (as in use), the 60 pollers and the measured client in this one."""
    gateway = PracticeProcess(folder).start()
    flooding = _client(gateway.url, "demo-broker")
    other = _client(gateway.url)
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            flooding.get("/v1/events", params={"after": 10**9, "wait": 5}, timeout=30)

    pollers = [threading.Thread(target=poll, daemon=True) for _ in range(FLOOD_POLLS)]
    try:
        quiet = _latencies(other)
        for poller in pollers:
            poller.start()
        time.sleep(1.0)
        flooded = _latencies(other)
    finally:
        stop.set()
        for poller in pollers:
            poller.join(timeout=40)
        flooding.close()
        other.close()
        gateway.stop()
    print(f"  another account, quiet:   {statistics.median(quiet) * 1000:8.1f} ms median")
    print(
        f"  ... under {FLOOD_POLLS} long-polls:  {statistics.median(flooded) * 1000:8.1f} ms "
        f"median, {max(flooded) * 1000:.1f} ms slowest of {FLOOD_SAMPLES}   aim <= 200 ms"
    )


def _latencies(client: httpx.Client) -> list[float]:
    times = []
    for _ in range(FLOOD_SAMPLES):
        start = time.perf_counter()
        assert client.get("/v1/declarations").status_code == 200
        times.append(time.perf_counter() - start)
    return times


def _poll(client: httpx.Client, after: int, ready: threading.Event, out: dict[str, float]) -> None:
    ready.set()
    page = client.get("/v1/events", params={"after": after, "wait": 30}).json()
    out["at"] = time.perf_counter()
    out["next"] = page["next"]


def _decision_latencies(server: SandboxServer, client: httpx.Client) -> list[float]:
    newest = server.gateway.store.one("SELECT MAX(seq) FROM events")
    cursor = int(newest[0]) if newest else 0
    latencies = []
    for number in range(DECISIONS):
        ready = threading.Event()
        arrived: dict[str, float] = {}
        poller = threading.Thread(target=_poll, args=(client, cursor, ready, arrived))
        poller.start()
        ready.wait()
        time.sleep(0.05)  # the poll is waiting on the gateway now
        row = server.gateway.store.one(
            "SELECT id FROM declarations WHERE lrn = ?", (f"N-BENCH-{number:05d}",)
        )
        assert row is not None
        decided = time.perf_counter()
        server.gateway.release_now(row[0])
        poller.join()
        latencies.append(arrived["at"] - decided)
        cursor = int(arrived["next"])
    return latencies


if __name__ == "__main__":
    main()
