"""Official exchange rates from the National Bank of Kazakhstan's feed, into the workspace.

Asked for a date, it fetches that day's list and keeps it whole, or keeps nothing and says
why: offline, the bank's server failing, or an answer that is not the feed (`exchange.nbk_rates`
reads it). It never guesses a rate; what the workspace already has stays. The feed's address
can be pointed elsewhere (`KEDENDESK_NBK_URL`): tests run a loopback server that speaks it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading

import httpx

from kedendesk.exchange.nbk_rates import MAX_ANSWER_BYTES, SOURCE, feed_date, parse_rates
from kedendesk.exchange.problems import ExchangeError
from kedendesk.services.checking import CheckingService

log = logging.getLogger(__name__)
FEED_URL = "https://nationalbank.kz/rss/get_rates.cfm"
TIMEOUT_SECONDS = 15.0


class RatesFeedError(RuntimeError):
    """The feed gave no usable answer; args[0] says why, in words for the user."""


def feed_url() -> str:
    """The feed's address; "off" turns automatic fetching off (the test suite does)."""
    return os.environ.get("KEDENDESK_NBK_URL", FEED_URL)


class OfficialRatesService:
    def __init__(self, checking: CheckingService, url: str | None = None) -> None:
        self._checking = checking
        self._url = url or feed_url()
        self._asked: set[dt.date] = set()
        self._lock = threading.Lock()

    def fetch(self, day: dt.date) -> int:
        """Get the day's official rates into the workspace; the number kept. Raises
        RatesFeedError and changes nothing when the answer cannot be used."""
        if self._url == "off":
            raise RatesFeedError("fetching official rates is turned off (KEDENDESK_NBK_URL)")
        try:
            body = self._get(day)
        except httpx.HTTPError as error:
            log.warning("rates feed unreachable for %s: %s", day, error)
            raise RatesFeedError(f"the National Bank's feed cannot be reached: {error}") from error
        try:
            rates = parse_rates(body, day)
        except ExchangeError as error:
            log.warning("rates feed answer for %s refused: %s", day, error)
            raise RatesFeedError(f"the National Bank's answer is not usable: {error}") from error
        self._checking.put_rates(rates)
        log.info("%d official rates of %s from %s", len(rates), day, SOURCE)
        return len(rates)

    def _get(self, day: dt.date) -> bytes:
        """The answer's body, cut at the size no rates list reaches."""
        params = {"fdate": feed_date(day)}
        with (
            httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=True) as client,
            client.stream("GET", self._url, params=params) as answer,
        ):
            if answer.status_code != 200:
                log.warning("rates feed answered %s for %s", answer.status_code, day)
                raise RatesFeedError(f"the National Bank answered {answer.status_code}")
            body = b""
            for chunk in answer.iter_bytes():
                body += chunk
                if len(body) > MAX_ANSWER_BYTES:
                    break
            return body

    def has_rates_for(self, day: dt.date) -> bool:
        return any(r.date == day and r.source == SOURCE for r in self._checking.rates())

    def ensure(self, day: dt.date) -> int:
        """Fetch the day's rates once per session when the workspace has none from the bank
        (for the declaration date, when online); 0 when nothing was needed. Raises
        RatesFeedError like `fetch`, once: a failed day is not asked again until restart."""
        with self._lock:
            if self._url == "off" or day in self._asked or day > dt.date.today():
                return 0
            self._asked.add(day)
        if self.has_rates_for(day):
            return 0
        return self.fetch(day)
