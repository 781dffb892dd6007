"""Work on many declarations at once (a broker's morning): check, sign with one key and one
password, queue for customs, export the list to XLSX. Each declaration gets its own result;
one that fails stops nothing but itself, and the caller may cancel between declarations."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kedendesk.domain.checks import Severity
from kedendesk.services.checking import CheckingService
from kedendesk.services.drafts import DraftService
from kedendesk.services.signing import SigningRefusedError, SigningService
from kedendesk.services.submission import SubmissionService

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]  # (done, total) -> go on?


@dataclass(frozen=True)
class BulkResult:
    """What happened to one declaration: `ok`, and a code with its detail when not."""

    declaration_id: int
    lrn: str
    ok: bool
    code: str = ""  # "errors", "not-a-draft", "representation", "not-signed", "failed"
    detail: str = ""  # the error count, the missing papers, the exception's words


class BulkService:
    def __init__(
        self,
        drafts: DraftService,
        checking: CheckingService,
        signing: SigningService,
        submission: SubmissionService,
    ) -> None:
        self._drafts = drafts
        self._checking = checking
        self._signing = signing
        self._submission = submission

    def check(self, ids: Sequence[int], progress: Progress | None = None) -> list[BulkResult]:
        """Each declaration checked as its editor would: ok when no error finding."""

        def one(declaration_id: int) -> BulkResult:
            declaration = self._drafts.load(declaration_id)
            result = self._checking.check(declaration)
            errors = sum(1 for f in result.findings if f.severity == Severity.ERROR)
            if errors:
                return BulkResult(declaration_id, declaration.lrn, False, "errors", str(errors))
            return BulkResult(declaration_id, declaration.lrn, True)

        return self._each(ids, one, progress)

    def sign(
        self,
        ids: Sequence[int],
        key_id: int,
        password: str | None,
        progress: Progress | None = None,
    ) -> list[BulkResult]:
        """Each draft signed with one key; a declaration that cannot be signed says why."""

        def one(declaration_id: int) -> BulkResult:
            lrn = self._drafts.row(declaration_id).lrn
            try:
                self._signing.sign_isolated(declaration_id, key_id, password)
            except SigningRefusedError as error:
                detail = ", ".join(error.missing) if error.missing else str(error.errors or "")
                return BulkResult(declaration_id, lrn, False, error.reason, detail)
            return BulkResult(declaration_id, lrn, True)

        return self._each(ids, one, progress)

    def submit(self, ids: Sequence[int], progress: Progress | None = None) -> list[BulkResult]:
        """Each signed declaration queued for customs (it goes when the gateway answers)."""

        def one(declaration_id: int) -> BulkResult:
            lrn = self._drafts.row(declaration_id).lrn
            try:
                self._submission.submit(declaration_id)
            except SigningRefusedError as error:
                return BulkResult(declaration_id, lrn, False, error.reason)
            return BulkResult(declaration_id, lrn, True)

        return self._each(ids, one, progress)

    def export_xlsx(self, ids: Sequence[int], path: Path) -> int:
        """The list's columns of these declarations as a spreadsheet; the rows written."""
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Declarations"
        sheet.append(
            [
                "LRN",
                "Client",
                "Procedure",
                "Status",
                "Corridor",
                "Registration number",
                "Goods items",
                "Invoice total",
                "Currency",
                "Updated",
            ]
        )
        rows = self._drafts.rows(ids)
        for row in rows:
            sheet.append(
                [
                    row.lrn,
                    row.client_name,
                    row.procedure,
                    row.status,
                    row.corridor or "",
                    row.registration_number or "",
                    row.item_count,
                    _number(row.invoice_total),
                    row.invoice_currency,
                    row.updated_at,
                ]
            )
        book.save(path)
        return len(rows)

    def _each(
        self,
        ids: Sequence[int],
        one: Callable[[int], BulkResult],
        progress: Progress | None,
    ) -> list[BulkResult]:
        results: list[BulkResult] = []
        for done, declaration_id in enumerate(ids):
            if progress is not None and not progress(done, len(ids)):
                log.info("bulk work cancelled after %s of %s", done, len(ids))
                break
            try:
                results.append(one(declaration_id))
            except Exception as error:  # one declaration's failure is its own result
                log.warning("bulk work on declaration %s failed", declaration_id, exc_info=True)
                lrn = ""
                try:
                    lrn = self._drafts.row(declaration_id).lrn
                except Exception:
                    log.debug("declaration %s unreadable as well", declaration_id)
                results.append(
                    BulkResult(
                        declaration_id, lrn, False, "failed", f"{type(error).__name__}: {error}"
                    )
                )
        if progress is not None:
            progress(len(results), len(ids))
        return results


def _number(text: str) -> Decimal | str:
    """A stored amount as a number the spreadsheet sums; text that is not one stays text."""
    try:
        return Decimal(text.replace(" ", "").replace("\u00a0", ""))
    except InvalidOperation:
        return text
