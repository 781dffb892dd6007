"""One background worker per profile: drains the outbox whenever the gateway answers and
long-polls the event feed from the saved cursor; offline, it backs off and tries again.
The user does nothing: going offline and back is handled here."""

from __future__ import annotations

import threading

from kedendesk.gateway.client import GatewayClient, GatewayError
from kedendesk.services.events import EventBus, GatewayStatusChanged
from kedendesk.services.practice import ensure_practice_key
from kedendesk.services.profiles import ProfileService
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService

POLL_WAIT_SECONDS = 2.0
MAX_BACKOFF_SECONDS = 30.0


class GatewayWorker:
    def __init__(
        self,
        submission: SubmissionService,
        client: GatewayClient,
        events: EventBus,
        wait: float = POLL_WAIT_SECONDS,
    ) -> None:
        self._submission = submission
        self._client = client
        self._events = events
        self._wait = wait
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="gateway-worker", daemon=True)
        self.reachable: bool | None = None

    def start(self) -> None:
        self._submission.recover()
        self._thread.start()

    def wake(self) -> None:
        """Something was queued: send it now rather than after the next poll."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=POLL_WAIT_SECONDS + 15)
        self._client.close()

    def _report(self, reachable: bool, detail: str = "") -> None:
        if reachable != self.reachable:
            self.reachable = reachable
            self._events.publish(GatewayStatusChanged(reachable, detail))

    def _run(self) -> None:
        backoff = 1.0
        while not self._stop.is_set():
            try:
                result = self._submission.drain(self._client)
                if result.offline:
                    raise GatewayError("offline")
                self._submission.follow(self._client, wait=0 if self._wake.is_set() else self._wait)
                self._wake.clear()
                self._report(True)
                backoff = 1.0
            except Exception as error:
                self._report(False, str(error))
                self._wake.wait(backoff)
                self._wake.clear()
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)


def start_following(
    profiles: ProfileService,
    signing: SigningService,
    submission: SubmissionService,
    events: EventBus,
) -> GatewayWorker | None:
    """Connect to the current profile's gateway (starting the practice one, with its demo
    key in the workspace) and start the worker; blocking: call it off the GUI thread."""
    profile = profiles.current()
    if profile is None:
        return None
    if profile.practice:
        endpoint = profiles.practice_endpoint()
        if endpoint is not None:
            ensure_practice_key(signing, endpoint)
    worker = GatewayWorker(submission, profiles.client(profile), events)
    worker.start()
    return worker
