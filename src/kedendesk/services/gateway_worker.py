"""One background worker per profile: drains the outbox whenever the gateway answers and
long-polls the event feed from the saved cursor; offline, it backs off and tries again.
The user does nothing: going offline and back is handled here.

On a team workspace every desk drains (each claims different messages) but one desk follows
a profile's feed at a time (`store.follower`); the others wait to take over."""

from __future__ import annotations

import logging
import threading

from kedendesk.gateway.client import GatewayClient, GatewayError
from kedendesk.services.events import EventBus, GatewayStatusChanged
from kedendesk.services.practice import ensure_practice_key
from kedendesk.services.profiles import ProfileService
from kedendesk.services.signing import SigningService
from kedendesk.services.submission import SubmissionService

log = logging.getLogger(__name__)
POLL_WAIT_SECONDS = 2.0
TAKE_OVER_SECONDS = 2.0  # how often a desk that does not follow the feed asks to
MAX_BACKOFF_SECONDS = 30.0


class GatewayWorker:
    """Two threads on one client: one drains the outbox (woken at once when something is
    queued), the other long-polls the feed. Each backs off while the gateway is away."""

    def __init__(
        self,
        submission: SubmissionService,
        client: GatewayClient,
        events: EventBus,
        wait: float = POLL_WAIT_SECONDS,
        profile: str | None = None,
    ) -> None:
        self._submission = submission
        # Bound for life: a profile switch makes a new worker, this one only ever talks to
        # its own gateway about its own profile's items and cursor.
        self.profile = profile or submission.profile
        self._client = client
        self._events = events
        self._wait = wait
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._threads = [
            threading.Thread(target=self._sending, name="gateway-outbox", daemon=True),
            threading.Thread(target=self._following, name="gateway-feed", daemon=True),
        ]
        self.reachable: bool | None = None
        self._follower = submission.follower(self.profile)

    def start(self) -> None:
        self._submission.recover(self.profile)
        for thread in self._threads:
            thread.start()

    def wake(self) -> None:
        """Something was queued: send it now."""
        self._wake.set()

    def stop(self) -> None:
        """Stop and wait for both threads: after this, nothing of this profile is written."""
        self._stop.set()
        self._wake.set()
        self._client.close()  # ends a long-poll under way at once
        for thread in self._threads:
            if thread.is_alive():
                thread.join(timeout=POLL_WAIT_SECONDS + 15)
            if thread.is_alive():
                log.error("worker thread %s did not stop in time", thread.name)

    def _report(self, reachable: bool, detail: str = "") -> None:
        with self._lock:
            if reachable == self.reachable:
                return
            self.reachable = reachable
        self._events.publish(GatewayStatusChanged(reachable, detail))

    def _sending(self) -> None:
        backoff = 1.0
        while not self._stop.is_set():
            try:
                result = self._submission.drain(self._client, self.profile)
                if result.offline:
                    raise GatewayError("offline")
                backoff = 1.0
                self._wake.wait(self._wait)  # until something is queued, or a while
                self._wake.clear()
            except GatewayError as error:  # offline or refused: normal, said in the status bar
                if self._stop.is_set():
                    break
                log.info("sending paused for %.0f s: %s", backoff, error)
                self._report(False, str(error))
                self._stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
            except Exception as error:  # a bug or a broken workspace: logged with its trace
                if self._stop.is_set():
                    break  # the client was closed under a call: this worker is stopping
                log.exception("sending failed; trying again in %.0f s", backoff)
                self._report(False, str(error))
                self._stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)

    @property
    def follows(self) -> bool:
        """This desk follows the feed now (always, on a one-desk workspace)."""
        return self._follower.held()

    def _following(self) -> None:
        backoff = 1.0
        try:
            self._follow_while_running(backoff)
        finally:
            self._follower.release()

    def _follow_while_running(self, backoff: float) -> None:
        while not self._stop.is_set():
            if not self._follower.held():  # another desk follows this feed: wait to take over
                self._stop.wait(TAKE_OVER_SECONDS)
                continue
            try:
                self._submission.follow(self._client, wait=self._wait, profile=self.profile)
                self._report(True)
                backoff = 1.0
            except GatewayError as error:
                if self._stop.is_set():
                    break
                log.info("following paused for %.0f s: %s", backoff, error)
                self._report(False, str(error))
                self._stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
            except Exception as error:
                if self._stop.is_set():
                    break
                log.exception("following the feed failed; trying again in %.0f s", backoff)
                self._report(False, str(error))
                self._stop.wait(backoff)
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
    if not submission.may_send:
        log.info("this desk neither sends nor follows: its person may not sign")
        return None
    if profile.practice:
        endpoint = profiles.practice_endpoint()
        if endpoint is not None:
            ensure_practice_key(signing, endpoint)
    worker = GatewayWorker(submission, profiles.client(profile), events, profile=profile.name)
    worker.start()
    return worker
