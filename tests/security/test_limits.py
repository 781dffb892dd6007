"""One client cannot stall the gateway for the others: bodies are capped before they are
read in full, a declaration has at most 999 items, and a flood of long-polls from one
account leaves the others served (round 1: a 300 MiB upload read whole; a 30 000-item
declaration blocked the event loop for 6.7 s; 60 long-polls made another account's 4 ms
request take 28.7 s)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import httpx

from kedendesk.signing.canonical import canonical_bytes
from tests.security.conftest import Practice, declaration, envelope

MIB = 1024 * 1024


def _chunks(total: int, sent: list[int]) -> Iterator[bytes]:
    """A well-formed multipart upload of `total` bytes, produced as it is sent."""
    yield (
        b'--x\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n"
    )
    block = b"x" * MIB
    for _ in range(total // MIB):
        sent[0] += len(block)
        yield block


def test_a_300_mib_upload_is_refused_without_being_read(practice: Practice) -> None:
    client = practice.client()
    for declared in (True, False):  # with Content-Length, and streamed (chunked) without it
        sent = [0]
        headers = {"Content-Type": "multipart/form-data; boundary=x"}
        if declared:
            headers["Content-Length"] = str(300 * MIB)
        try:
            answer = client.post("/v1/documents", content=_chunks(300 * MIB, sent), headers=headers)
            assert answer.status_code == 413, answer.text[:200]
            assert answer.json()["type"] == "too-large"
        except (httpx.WriteError, httpx.RemoteProtocolError, httpx.ReadError):
            pass  # the gateway answered and closed while the client was still sending
        assert sent[0] < 40 * MIB, f"{sent[0] // MIB} MiB were read before the refusal"


def test_an_oversized_or_overfull_declaration_is_refused_before_the_work(
    practice: Practice,
) -> None:
    client = practice.client()
    key = practice.key()
    huge = declaration("G-2026-555001", practice.today())
    huge.items = [huge.items[0].model_copy() for _ in range(30_000)]
    started = time.monotonic()
    answer = client.post(
        "/v1/declarations",
        content=envelope(canonical_bytes(huge), huge.lrn, key),
        headers={"Content-Type": "application/json", "Idempotency-Key": "huge"},
    )
    assert answer.status_code == 413
    overfull = declaration("G-2026-555002", practice.today())
    overfull.items = [overfull.items[0].model_copy() for _ in range(1_000)]
    answer = client.post(
        "/v1/declarations",
        content=envelope(canonical_bytes(overfull), overfull.lrn, key),
        headers={"Content-Type": "application/json", "Idempotency-Key": "overfull"},
    )
    assert answer.status_code == 422 and "at most 999" in answer.text
    print(f"\n30 000 items refused and 1 000 items checked in {time.monotonic() - started:.2f} s")


def test_sixty_long_polls_from_one_account_leave_another_served(practice: Practice) -> None:
    flood = practice.client("demo-broker")
    other = practice.client("demo-declarant")
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            flood.get("/v1/events", params={"after": 10**9, "wait": 5}, timeout=30)

    threads = [threading.Thread(target=poll, daemon=True) for _ in range(60)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)  # the flood is on
    times = []
    try:
        for _ in range(10):
            started = time.monotonic()
            assert other.get("/v1/declarations").status_code == 200
            times.append(time.monotonic() - started)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=40)
    slowest = max(times)
    print(
        f"\nanother account under a 60-poll flood: slowest of 10 requests {slowest * 1000:.0f} ms"
    )
    assert slowest < 2.0  # the aim (<= 200 ms) is measured in make bench; 28.7 s before
