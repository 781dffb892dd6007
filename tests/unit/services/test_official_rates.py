"""Official rates from the National Bank's feed, against a loopback server speaking its shape:
good answers, rates per 10 and 100 units, and every kind of bad answer."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from kedendesk.domain.checks import check
from kedendesk.services.checking import CheckingService
from kedendesk.services.demo import practice_declaration
from kedendesk.services.official_rates import OfficialRatesService, RatesFeedError
from kedendesk.services.workspace import Workspace

DAY = dt.date(2026, 11, 20)
Answer = Callable[[str], tuple[int, bytes]]


def feed(day: str, items: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rates>
  <generator>ASP.NET</generator>
  <title>Official exchange rates of National Bank of Republic Kazakhstan</title>
  <link>https://nationalbank.kz/</link>
  <description>Official exchange rates of National Bank of Republic Kazakhstan</description>
  <copyright>Copyright 2026, NBRK</copyright>
  <date>{day}</date>
  {items}
</rates>""".encode()


def item(code: str, rate: str, quant: str = "1") -> str:
    return (
        f"<item><fullname>{code}</fullname><title>{code}</title><description>{rate}</description>"
        f"<quant>{quant}</quant><index>UP</index><change>0.5</change></item>"
    )


GOOD = feed(
    "20.11.2026",
    item("USD", "512.34")
    + item("EUR", "590.10")
    + item("CNY", "71.05")
    + item("RUB", "6.31")
    + item("KGS", "58.72", "10")
    + item("UZS", "4.07", "100")
    + item("IRR", "1.22", "1000"),
)


class FeedServer:
    def __init__(self) -> None:
        self.answer: Answer = lambda fdate: (200, GOOD)
        self.asked: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fdate = parse_qs(urlparse(self.path).query).get("fdate", [""])[0]
                server.asked.append(fdate)
                status, body = server.answer(fdate)
                self.send_response(status)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/rss/get_rates.cfm"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    running = FeedServer()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


@pytest.fixture
def checking(workspace: Workspace) -> CheckingService:
    return CheckingService(workspace)


def test_the_days_rates_are_kept_per_unit(server: FeedServer, checking: CheckingService) -> None:
    assert OfficialRatesService(checking, server.url).fetch(DAY) == 7
    assert server.asked == ["20.11.2026"]
    rates = {r.currency: r for r in checking.rates()}
    assert rates["USD"].rate == Decimal("512.34") and rates["USD"].date == DAY
    assert rates["KGS"].rate == Decimal("5.872")  # 58.72 KZT for 10 som
    assert rates["UZS"].rate == Decimal("0.0407")  # 4.07 KZT for 100 sum
    assert rates["IRR"].rate == Decimal("0.00122")
    assert rates["EUR"].source == "National Bank of Kazakhstan"


def test_the_checks_convert_at_the_fetched_rates(
    server: FeedServer, checking: CheckingService
) -> None:
    declaration = practice_declaration("KD-1", DAY)
    assert {f.code for f in checking.check(declaration).findings if f.rule == "P01"}
    OfficialRatesService(checking, server.url).fetch(DAY)
    assert not [f for f in check(declaration, checking.context(DAY)).findings if f.rule == "P01"]


BAD_ANSWERS: dict[str, Answer] = {
    "server error": lambda fdate: (500, b"Internal Server Error"),
    "not found": lambda fdate: (404, b"<html>not here</html>"),
    "not XML": lambda fdate: (200, b"<html><body>maintenance</body></html"),
    "another document": lambda fdate: (200, b"<html><body>maintenance</body></html>"),
    "another day": lambda fdate: (200, GOOD.replace(b"20.11.2026", b"19.11.2026")),
    "a rate that is not a number": lambda fdate: (
        200,
        feed("20.11.2026", item("USD", "512.34") + item("EUR", "n/a")),
    ),
    "a zero quant": lambda fdate: (200, feed("20.11.2026", item("KGS", "58.72", "0"))),
    "a negative rate": lambda fdate: (200, feed("20.11.2026", item("USD", "-512.34"))),
    "no rates at all": lambda fdate: (200, feed("20.11.2026", "")),
    "an entity bomb": lambda fdate: (
        200,
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rates><date>&b;</date></rates>',
    ),
    "an endless answer": lambda fdate: (200, b"<rates>" + b" " * 2_000_000 + b"</rates>"),
}


@pytest.mark.parametrize("answer", BAD_ANSWERS.values(), ids=BAD_ANSWERS.keys())
def test_a_bad_answer_keeps_what_the_workspace_has(
    server: FeedServer, checking: CheckingService, answer: Answer
) -> None:
    checking.set_rate("USD", DAY, Decimal("500"))
    server.answer = answer
    with pytest.raises(RatesFeedError):
        OfficialRatesService(checking, server.url).fetch(DAY)
    assert [(r.currency, r.rate) for r in checking.rates()] == [("USD", Decimal("500"))]


def test_offline_says_so_and_guesses_nothing(checking: CheckingService) -> None:
    with pytest.raises(RatesFeedError, match="cannot be reached"):
        OfficialRatesService(checking, "http://127.0.0.1:9/rss/get_rates.cfm").fetch(DAY)
    assert checking.rates() == []


def test_the_declaration_date_is_fetched_once_when_missing(
    server: FeedServer, checking: CheckingService
) -> None:
    service = OfficialRatesService(checking, server.url)
    assert service.ensure(DAY) == 7
    assert service.ensure(DAY) == 0  # asked once a session
    assert OfficialRatesService(checking, server.url).ensure(DAY) == 0  # the bank's are there
    assert service.ensure(dt.date.today() + dt.timedelta(days=2)) == 0  # no rates of tomorrow
    assert server.asked == ["20.11.2026"]


def test_automatic_fetching_is_off_in_the_test_suite(checking: CheckingService) -> None:
    assert OfficialRatesService(checking).ensure(DAY) == 0
