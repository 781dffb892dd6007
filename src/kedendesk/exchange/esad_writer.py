"""Writing one album's elements with the facets of each leaf: a value that does not fit its
element (too long, too precise, too many digits, not of the form, a control character, a
required element left empty) is a finding on the declaration's box, collected while the file
is built; `esad_export` maps the declaration's boxes onto the album with it."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from lxml import etree

from kedendesk.domain.checks import Finding, Severity
from kedendesk.exchange.esad_album import Album

RULE = "A01"  # "the album's facets": reported only by the export
AMOUNT, QUANTITY, RATE, CURRENCY_RATE = 2, 6, 6, 4  # decimals
DIGITS = {AMOUNT: 20, QUANTITY: 24, CURRENCY_RATE: 11, 0: 8, 8: 24}  # totalDigits by decimals
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class AlbumWriter:
    """Builds elements of one album and reports values that do not fit their element."""

    def __init__(self, album: Album) -> None:
        self.album = album
        self.uris = {prefix: album.uri(prefix) for prefix in album.namespaces}
        self.findings: list[Finding] = []
        self.omitted: list[str] = []
        self.box = ""
        self.item: int | None = None

    def tag(self, name: str) -> str:
        prefix, _, local = name.rpartition(":")
        return f"{{{self.uris[prefix or 'ESADout_CU']}}}{local}"

    def el(self, parent: etree._Element, name: str) -> etree._Element:
        return etree.SubElement(parent, self.tag(name))

    def finding(self, path: str, code: str, **params: object) -> None:
        self.findings.append(
            Finding(
                RULE,
                Severity.ERROR,
                self.box,
                self.item,
                path,
                code,
                tuple((k, str(v)) for k, v in params.items()),
            )
        )

    def text(
        self, parent: etree._Element, name: str, value: str, limit: int, path: str
    ) -> etree._Element | None:
        value = value.strip()
        if not value:
            return None
        if len(value) > limit:
            self.finding(path, "album-too-long", length=len(value), limit=limit)
        node = self.el(parent, name)
        node.text = self.xml_text(value, path)
        return node

    def xml_text(self, value: str, path: str) -> str:
        """The value if XML can hold it; a control character is a finding (and left out)."""
        bad = NOT_XML.search(value)
        if bad is None:
            return value
        self.finding(path, "text-control-character", position=bad.start() + 1)
        return NOT_XML.sub("", value)

    def code(
        self, parent: etree._Element, name: str, value: str, path: str, form: re.Pattern[str]
    ) -> None:
        value = value.strip()
        if not value:
            return
        if not form.fullmatch(value):
            self.finding(path, "album-format", value=NOT_XML.sub("", value))
        self.el(parent, name).text = self.xml_text(value, path)

    def fixed(self, parent: etree._Element, name: str, value: str, length: int, path: str) -> None:
        self.code(parent, name, value, path, re.compile(f".{{{length}}}"))

    def number(
        self,
        parent: etree._Element,
        name: str,
        value: Decimal | int | str | None,
        decimals: int,
        path: str,
        digits: int | None = None,
    ) -> None:
        """A decimal with at most `decimals` after the point and `digits` in all (the album's
        totalDigits: 20 for an amount, 24 for a mass or quantity, as `DIGITS` says unless
        given); masses, quantities, counts and rates of exchange are not below zero."""
        if value is None or value == "":
            return
        if isinstance(value, str):
            self.finding(path, "not-a-number", value=value)
            return
        number = Decimal(value)
        if not number.is_finite():
            self.finding(path, "not-a-number", value=number)
            return
        sign, figures, exponent = number.normalize().as_tuple()
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        whole = len(figures) - places if places else len(figures) + int(exponent)
        if places > decimals:
            self.finding(path, "album-too-precise", value=number, decimals=decimals)
        elif whole + decimals > (digits or DIGITS[decimals]) and number != 0:
            self.finding(path, "album-too-large", value=number)
        if sign and decimals != AMOUNT and number != 0:
            self.finding(path, "not-positive", value=number)
        self.el(parent, name).text = format(number, "f")

    def date(
        self, parent: etree._Element, name: str, value: dt.date | str | None, path: str
    ) -> None:
        if value is None or value == "":
            return
        if isinstance(value, str):
            self.finding(path, "not-a-date", value=value)
            return
        self.el(parent, name).text = value.isoformat()

    def required(self, value: object, path: str) -> bool:
        if isinstance(value, str):
            value = value.strip()
        if value in (None, "", []):
            self.finding(path, "album-required")
            return False
        return True

    def omit(self, path: str, value: object) -> None:
        if value not in (None, "", [], False) and path not in self.omitted:
            self.omitted.append(path)
