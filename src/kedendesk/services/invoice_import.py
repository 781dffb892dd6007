"""A supplier's invoice into a declaration's goods items: read, preview, then write.

`preview` reads the file (`exchange.invoice_file`), with the column mapping saved for the
supplier when there is one, turns the lines into goods items by the EAEU rule
(`domain.goods_merge`), fills what the tariff knows (box 41's unit and quantity), and
reconciles the totals: the lines against the invoice's TOTAL row, quantity × unit price
against each line's amount, net against gross. Nothing is written until `apply`, which adds
the items to a draft as one new revision.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from kedendesk.domain.declaration import GoodsItem
from kedendesk.domain.goods_merge import CENT, SourceLine, match_key, merge
from kedendesk.domain.lenient import as_decimal
from kedendesk.domain.reference import code_list
from kedendesk.domain.tariff import UNIT_SYMBOLS
from kedendesk.exchange.invoice_file import (
    InvoiceLine,
    InvoiceReading,
    normal_header,
    read_invoice,
)
from kedendesk.exchange.problems import FileProblem
from kedendesk.services.catalogue import CatalogueService
from kedendesk.services.checking import CheckingService
from kedendesk.services.drafts import DraftService
from kedendesk.services.workspace import Workspace

log = logging.getLogger(__name__)
MAPPINGS_SETTING = "invoice.mappings"  # supplier -> {field: normalised header text}


class Place(NamedTuple):
    """Where in which file: a sheet and row, or (row None) the file's TOTAL row."""

    file: str
    sheet: str = ""
    row: int | None = None

    def __str__(self) -> str:
        if self.row is None:
            return "the TOTAL row"
        return f"sheet {self.sheet}, row {self.row}"


@dataclass(frozen=True)
class Difference:
    """A total that does not add up, shown in the preview before anything is written: what,
    where (one place, or the invoice's and the packing list's), the two values."""

    what: str  # "invoice-total", "line-amount", "net-above-gross", "stated-total", "packing-…"
    places: tuple[Place, ...]
    stated: Decimal
    computed: Decimal
    field: str = ""

    @property
    def where(self) -> str:
        """The places in English (the command line; the dialog translates them)."""
        return " / ".join(str(p) if i == 0 else f"{p.file} {p}" for i, p in enumerate(self.places))


@dataclass
class InvoicePreview:
    reading: InvoiceReading
    lines: list[SourceLine]
    items: list[GoodsItem]
    differences: list[Difference] = field(default_factory=list)
    new_products: list[SourceLine] = field(default_factory=list)  # not in the catalogue

    @property
    def problems(self) -> list[FileProblem]:
        return self.reading.problems

    @property
    def total(self) -> Decimal:
        return sum((line.value() or Decimal(0) for line in self.lines), Decimal(0)).quantize(CENT)


def _mapping_key(supplier: str, client_id: int | None) -> str:
    name = supplier.strip().casefold()
    return name if client_id is None else f"{client_id}:{name}"


def unit_code(text: str) -> str:
    """An invoice's unit ("pcs", "шт", "kg", "пар", "796") as a unit code, "" if unknown."""
    cleaned = text.strip().casefold().rstrip(".")
    if cleaned.isdigit() and cleaned in code_list("units"):
        return cleaned
    extra = {"pc": "796", "piece": "796", "pieces": "796", "set": "796", "sets": "796"}
    extra |= {"pairs": "715", "pair": "715", "пара": "715", "ltr": "112", "litre": "112"}
    if cleaned in UNIT_SYMBOLS or cleaned in extra:
        return UNIT_SYMBOLS.get(cleaned) or extra[cleaned]
    for entry in code_list("units"):
        if str(entry.attributes.get("symbol", "")).casefold() == cleaned:
            return entry.code
    return ""


def _source_line(reading: InvoiceReading, line: InvoiceLine) -> SourceLine:
    packages = line.numbers.get("packages")
    return SourceLine(
        source=f"{reading.path.name}, sheet {line.sheet}, row {line.row}",
        description=line.text("description") or line.text("article"),
        code=line.text("code"),
        origin=line.text("origin"),
        article=line.text("article"),
        quantity=line.numbers.get("quantity"),
        unit=unit_code(line.text("unit")),
        unit_price=line.numbers.get("unit_price"),
        amount=line.numbers.get("amount"),
        gross=line.numbers.get("gross"),
        net=line.numbers.get("net"),
        packages=int(packages) if packages is not None and packages == int(packages) else None,
        manufacturer=line.text("manufacturer"),
        trademark=line.text("trademark"),
        model=line.text("model"),
    )


class InvoiceImportService:
    def __init__(
        self, workspace: Workspace, drafts: DraftService, checking: CheckingService
    ) -> None:
        self._ws = workspace
        self._drafts = drafts
        self._checking = checking

    # -- the mapping remembered per supplier --------------------------------------------

    def _mappings(self) -> dict[str, dict[str, str]]:
        raw = self._ws.settings.get(MAPPINGS_SETTING, "{}")
        try:
            found = json.loads(str(raw))
        except json.JSONDecodeError:
            log.warning("the saved invoice mappings are not JSON; starting afresh")
            return {}
        return found if isinstance(found, dict) else {}

    def remember_mapping(
        self, supplier: str, reading: InvoiceReading, client_id: int | None = None
    ) -> None:
        """Keep which header is which field for this supplier (box 2) of this client, by the
        header's text."""
        mappings = self._mappings()
        mappings[_mapping_key(supplier, client_id)] = {
            name: normal_header(reading.headers[column])
            for name, column in reading.mapping.items()
            if column < len(reading.headers)
        }
        self._ws.settings.set(MAPPINGS_SETTING, json.dumps(mappings, ensure_ascii=False))

    def saved_mapping(
        self, supplier: str, headers: list[str], client_id: int | None = None
    ) -> dict[str, int] | None:
        mappings = self._mappings()
        saved = mappings.get(_mapping_key(supplier, client_id)) or mappings.get(
            _mapping_key(supplier, None)
        )
        if not saved:
            return None
        columns = {normal_header(text): n for n, text in enumerate(headers)}
        mapping = {name: columns[text] for name, text in saved.items() if text in columns}
        return mapping or None

    # -- preview and apply ----------------------------------------------------------------

    def preview(
        self,
        path: Path,
        supplier: str = "",
        mapping: dict[str, int] | None = None,
        packing: Path | None = None,
        client_id: int | None = None,
    ) -> InvoicePreview:
        """Read and reconcile; raises ExchangeError when the file is not an invoice. A
        `mapping` given (the user's choice in the dialog) wins over the supplier's saved one.
        A `packing` list adds masses and packages to the lines it matches; the client's
        product catalogue fills the codes, origins and makers of the products it knows."""
        reading = read_invoice(
            path,
            mapping,
            (lambda headers: self.saved_mapping(supplier, headers, client_id))
            if supplier
            else None,
        )
        lines = [_source_line(reading, line) for line in reading.lines]
        matched: list[Difference] = []
        if packing is not None:
            packed = read_invoice(packing)
            reading.problems.extend(packed.problems)
            lines, matched = _with_packing(lines, reading, packed)
        new: list[SourceLine] = []
        if client_id is not None:
            lines, new = CatalogueService(self._ws).fill(client_id, supplier, lines)
        items = merge(lines)
        self._fill_from_tariff(items, lines)
        preview = InvoicePreview(reading, lines, items, new_products=new)
        preview.differences = _reconcile(reading, lines) + matched
        return preview

    def _fill_from_tariff(self, items: list[GoodsItem], lines: list[SourceLine]) -> None:
        tariff = self._checking.tariff()
        for item in items:
            line = tariff.get(item.commodity_code)
            if line is None or not line.unit:
                continue
            item.supplementary_unit = line.unit
            quantities = [
                q
                for g in item.goods_lines
                if g.unit == line.unit and (q := as_decimal(g.quantity)) is not None
            ]
            if quantities and len(quantities) == len(item.goods_lines):
                item.supplementary_quantity = sum(quantities, Decimal(0))

    def apply(self, declaration_id: int, preview: InvoicePreview) -> int:
        """Add the preview's items to a draft (one new revision); the number added."""
        declaration = self._drafts.load(declaration_id)
        row = self._drafts.row(declaration_id)
        for item in preview.items:
            declaration.items.append(item.model_copy(deep=True))
        declaration.renumber_items()
        declaration.invoice_total = declaration.sum_of("price")
        packages = [
            i.packages_count for i in declaration.items if isinstance(i.packages_count, int)
        ]
        if packages:
            declaration.total_packages = sum(packages)
        self._drafts.save(declaration_id, self._drafts.snapshot(declaration), based_on=row.revision)
        log.info(
            "%d goods items from %s added to declaration %s",
            len(preview.items),
            preview.reading.path.name,
            declaration_id,
        )
        return len(preview.items)


def _with_packing(
    lines: list[SourceLine], invoice: InvoiceReading, packed: InvoiceReading
) -> tuple[list[SourceLine], list[Difference]]:
    """The invoice's lines with the packing list's gross, net and packages, matched by article,
    else by the whole name (of two lines of one article, the one of the same quantity); never
    by row number. What is in one paper only is said."""
    by_article: dict[str, list[InvoiceLine]] = {}
    by_name: dict[str, list[InvoiceLine]] = {}
    for line in packed.lines:
        if line.text("article"):
            by_article.setdefault(match_key(line.text("article")), []).append(line)
        if line.text("description"):
            by_name.setdefault(match_key(line.text("description")), []).append(line)
    used: set[int] = set()
    found: list[Difference] = []
    result = []
    for source, read in zip(lines, invoice.lines, strict=True):
        here = Place(invoice.path.name, read.sheet, read.row)
        candidates = by_article.get(match_key(source.article), []) if source.article else []
        if not candidates:
            candidates = by_name.get(match_key(source.description), [])
        free = [c for c in candidates if id(c) not in used]
        same_quantity = [c for c in free if c.numbers.get("quantity") == source.quantity]
        chosen = (same_quantity or free)[0] if free else None
        if chosen is None:
            found.append(Difference("packing-missing", (here,), Decimal(0), Decimal(0)))
            result.append(source)
            continue
        used.add(id(chosen))
        changes: dict[str, object] = {}
        there = Place(packed.path.name, chosen.sheet, chosen.row)
        for name in ("gross", "net", "packages"):
            packed_value = chosen.numbers.get(name)
            invoice_value = getattr(source, name)
            if packed_value is None or (name == "packages" and packed_value != int(packed_value)):
                continue
            if invoice_value is None:
                changes[name] = int(packed_value) if name == "packages" else packed_value
            elif abs(invoice_value - packed_value) > Decimal("0.001"):
                found.append(
                    Difference(
                        "packing-differs", (here, there), Decimal(invoice_value), packed_value, name
                    )
                )
        result.append(replace(source, **changes))  # type: ignore[arg-type]
    for line in packed.lines:
        if id(line) not in used:
            place = Place(packed.path.name, line.sheet, line.row)
            found.append(Difference("invoice-missing", (place,), Decimal(0), Decimal(0)))
    return result, found


def _reconcile(reading: InvoiceReading, lines: list[SourceLine]) -> list[Difference]:
    found = []
    total_row = (Place(reading.path.name),)
    for line, source in zip(reading.lines, lines, strict=True):
        where = (Place(reading.path.name, line.sheet, line.row),)
        if source.amount is not None and source.quantity is not None and source.unit_price:
            computed = (source.quantity * source.unit_price).quantize(CENT)
            if abs(computed - source.amount) > CENT:
                found.append(Difference("line-amount", where, source.amount, computed, "amount"))
        if source.gross is not None and source.net is not None and source.net > source.gross:
            found.append(Difference("net-above-gross", where, source.net, source.gross, "net"))
    sums = {
        "amount": sum((s.value() or Decimal(0) for s in lines), Decimal(0)),
        "gross": sum((s.gross or Decimal(0) for s in lines), Decimal(0)),
        "net": sum((s.net or Decimal(0) for s in lines), Decimal(0)),
        "quantity": sum((s.quantity or Decimal(0) for s in lines), Decimal(0)),
        "packages": Decimal(sum(s.packages or 0 for s in lines)),
    }
    for name, stated in reading.stated_totals.items():
        if name not in sums:
            continue
        computed = sums[name]
        if abs(computed - stated) > CENT:
            what = "invoice-total" if name == "amount" else "stated-total"
            found.append(Difference(what, total_row, stated, computed, name))
    return found
