"""The HTTP face of the practice gateway: the contract of design/gateway-api-v1.md in FastAPI.

No `from __future__ import annotations` here: FastAPI reads the dependency aliases made
inside create_app() from the annotations, which must therefore be real objects.

Every error is an RFC 9457 problem document with a request id; tokens carry scopes; one
account never sees another's declarations.
"""

import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import (
    Body,
    Depends,
    FastAPI,
    File,
    Form,
    Header,
    Path,
    Query,
    Request,
    UploadFile,
)
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel
from starlette.exceptions import HTTPException as StarletteHTTPException

from kedendesk import __version__
from kedendesk.gateway.contract import SignedEnvelope
from kedendesk.sandbox.config import Account
from kedendesk.sandbox.gateway import PracticeGateway
from kedendesk.sandbox.limits import BodyLimit, PollLimit
from kedendesk.sandbox.problems import MEDIA_TYPE, ProblemError


class _Out(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="allow")


class Token(BaseModel):
    access_token: str
    token_type: str
    expires_in: int
    scope: str


class Submission(_Out):
    declaration_id: str
    submission_id: str
    status: str


class DeclarationState(_Out):
    id: str
    lrn: str
    declarant: str
    status: str
    corridor: str | None = None
    registration_number: str | None = None
    version: int
    submitted_at: str
    updated_at: str
    release_by: str | None = None
    decision: dict[str, Any] | None = None
    open_requests: int


class DeclarationPage(_Out):
    items: list[DeclarationState]
    next: str | None = None


class Event(_Out):
    id: str
    seq: int
    type: str
    occurred_at: str
    recorded_at: str
    declaration_id: str
    lrn: str
    registration_number: str | None = None
    declaration_version: int
    status: str
    data: dict[str, Any]
    native: dict[str, Any]


class EventPage(_Out):
    events: list[Event]
    next: int
    has_more: bool


class CustomsRequest(_Out):
    id: str
    kind: str
    status: str
    text: str
    opened_at: str


class Document(_Out):
    id: str
    sha256: str
    size: int
    filename: str


class ResponseBody(BaseModel):
    """A signed answer to a customs request: the envelope, the uploaded documents, a text."""

    model_config = ConfigDict(extra="forbid")

    envelope: SignedEnvelope
    documents: list[str] = Field(default_factory=list)
    text: str = ""


class Problem(_Out):
    type: str
    title: str
    status: int
    detail: str
    request_id: str
    errors: list[dict[str, Any]] = Field(default_factory=list)


PROBLEM: dict[str, Any] = {"model": Problem, "content": {MEDIA_TYPE: {}}}


class OAuthError(BaseModel):
    """RFC 6749 §5.2: what the token endpoint answers for a client it does not know."""

    error: str


COMMON: dict[int | str, dict[str, Any]] = {
    401: PROBLEM,
    403: PROBLEM,
    404: PROBLEM,
    422: PROBLEM,
    429: PROBLEM,
}


def _problem_response(problem: ProblemError, request_id: str) -> JSONResponse:
    headers = {"X-Request-Id": request_id, **problem.headers}
    return JSONResponse(
        problem.document(request_id), problem.status, headers=headers, media_type=MEDIA_TYPE
    )


MULTIPART_OVERHEAD = 64 * 1024

CONTRACT_RULES = """\
**Who may file.** A signed envelope is checked in this order: the payload's SHA-256; each CMS
signature over the payload; the signer's certificate path to a trusted root as a CA validates
it (every issuer a CA with keyCertSign and within its path length; the signer not a CA and
holding digitalSignature or nonRepudiation), every certificate valid at the gateway's receipt
time; the signing time no later than 10 minutes after receipt and no more than 30 days before;
then authorisation: **both the account that sends the request and the signer must be the
declarant named in the payload, or hold its power of attorney valid that day**. Anything else
is `signature-invalid` (422) or `signer-not-authorised` (403) and reveals nothing about
declarations that exist. Then the LRN (1 to 22 letters, digits and `- / _ .`) and `kind`.
A signer who is not the declarant signs as its customs representative, and only with the
papers on the declaration: box 54's representative section naming the signer's company and its
register entry, the contract with the declarant (number and date) also in box 44 as document
11002, and the power of attorney of the person in box 54 valid that day. Without them the
declaration is `representation-incomplete` (422), each missing paper in `errors[]` with its
field's pointer and a code (`representative-missing`, `representative-not-signer`,
`register-entry-missing`, `contract-missing`, `contract-not-in-44`, `contract-expired`,
`power-of-attorney-missing`, `power-of-attorney-expired`, `power-of-attorney-not-yet-valid`).

**What a withdrawal and an answer sign.** A WITHDRAW envelope's payload is
`{"kind": "WITHDRAW", "declarationId", "version"}` (media type
`application/vnd.kedendesk.withdrawal+json;v=1`): it withdraws that declaration at that
version only. A RESPOND envelope's payload is `{"kind": "RESPOND", "declarationId",
"requestId", "documents": [SHA-256 of each document, in order], "text"}` (media type
`application/vnd.kedendesk.response+json;v=1`); the answer's uploaded documents and text must
be exactly those. Each payload is RFC 8785 canonical JSON. A mismatch is
`validation-failed` (422) naming the fields.
"""


def _allowed(app: FastAPI, path: str) -> list[str]:
    """Every method of every route at this path (Starlette's own 405 names one route's)."""
    methods: set[str] = set()
    for route in app.routes:
        matcher = getattr(route, "path_regex", None)
        if matcher is not None and matcher.match(path):
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods - {"HEAD"})


def content_disposition(name: str) -> str:
    """RFC 6266 with RFC 5987's `filename*`: any name round-trips (счёт-фактура №1.pdf), and
    an ASCII stand-in for old clients; quotes, backslashes and line breaks never get in."""
    fallback = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in name
    )
    encoded = quote(name, safe="")
    return f"attachment; filename=\"{fallback or 'document'}\"; filename*=UTF-8''{encoded}"


def create_app(gateway: PracticeGateway) -> FastAPI:
    app = FastAPI(
        title="Kedendesk customs gateway API",
        version="1",
        summary="The contract between Kedendesk and a customs gateway; served by the practice "
        f"gateway (sandbox) of Kedendesk {__version__}.",
        description=CONTRACT_RULES,
    )
    buckets: dict[str, tuple[float, float]] = {}
    polls = PollLimit()

    @app.middleware("http")
    async def request_id(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        request.state.request_id = request.headers.get("X-Request-Id") or str(uuid.uuid4())
        if gateway.unavailable_for and request.url.path != "/v1/meta":
            retry = str(gateway.unavailable_for)
            response: Response = _problem_response(
                ProblemError("gateway-unavailable", headers={"Retry-After": retry}),
                request.state.request_id,
            )
            return response
        response = await call_next(request)
        response.headers["X-Request-Id"] = request.state.request_id
        return response

    @app.exception_handler(ProblemError)
    async def problem(request: Request, error: ProblemError) -> JSONResponse:
        return _problem_response(error, request.state.request_id)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "pointer": "/" + "/".join(str(p) for p in e["loc"]),
                "code": e["type"],
                "message": str(e["msg"]),
            }
            for e in error.errors()
        ]
        return _problem_response(
            ProblemError("validation-failed", errors=errors), request.state.request_id
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        kind = {404: "not-found", 405: "invalid-state"}.get(error.status_code, "validation-failed")
        headers = dict(error.headers or {})
        if error.status_code == 405:  # RFC 9110: say which methods the resource has
            headers["Allow"] = ", ".join(_allowed(app, request.url.path))
        problem = ProblemError(kind, str(error.detail), headers=headers)
        if error.status_code == 405:
            problem.status = 405
        return _problem_response(problem, request.state.request_id)

    def _limit(token: str) -> None:
        rate = gateway.config.requests_per_second
        now = time.monotonic()
        allowance, last = buckets.get(token, (float(rate), now))
        allowance = min(float(rate), allowance + (now - last) * rate)
        if allowance < 1:
            raise ProblemError("rate-limited", headers={"Retry-After": "1"})
        buckets[token] = (allowance - 1, now)

    def caller(scope: str) -> Callable[..., Account]:
        def dependency(authorization: Annotated[str | None, Header()] = None) -> Account:
            if not authorization or not authorization.lower().startswith("bearer "):
                raise ProblemError("unauthorised", headers={"WWW-Authenticate": "Bearer"})
            token = authorization.split(" ", 1)[1].strip()
            found = gateway.authenticate(token)
            if found is None:
                raise ProblemError(
                    "unauthorised",
                    "the token is unknown or expired",
                    headers={"WWW-Authenticate": "Bearer"},
                )
            account, scopes = found
            if scope not in scopes:
                raise ProblemError("insufficient-scope", f"needs scope {scope}")
            _limit(token)
            return account

        return dependency

    writer_t = Annotated[Account, Depends(caller("declarations:write"))]
    reader_t = Annotated[Account, Depends(caller("declarations:read"))]
    feed_reader_t = Annotated[Account, Depends(caller("events:read"))]
    uploader_t = Annotated[Account, Depends(caller("documents:write"))]

    @app.get("/v1/meta", tags=["meta"])
    def meta() -> dict[str, Any]:
        return gateway.meta()

    @app.post(
        "/v1/auth/token",
        tags=["auth"],
        response_model=Token,
        responses={
            401: {"description": "invalid client", "model": OAuthError},
            422: PROBLEM,
        },
    )
    def token(
        grant_type: Annotated[Literal["client_credentials"], Form()],
        client_id: Annotated[str, Form(min_length=1, max_length=200)],
        client_secret: Annotated[str, Form(min_length=1, max_length=500)],
        scope: Annotated[str, Form(max_length=500)] = "",
    ) -> Any:
        issued = gateway.issue_token(client_id, client_secret, scope)
        if issued is None:
            return JSONResponse({"error": "invalid_client"}, 401)
        return issued

    @app.post(
        "/v1/declarations",
        tags=["declarations"],
        status_code=202,
        response_model=Submission,
        responses={**COMMON, 400: PROBLEM, 409: PROBLEM},
    )
    async def submit(
        request: Request,
        account: writer_t,
        envelope: Annotated[SignedEnvelope, Body()],
        idempotency_key: Annotated[str | None, Header()] = None,
    ) -> Any:
        body = await request.body()  # the exact bytes: the idempotency key is bound to them
        # Verification takes a while for a big declaration: never on the event loop.
        status, answer = await run_in_threadpool(gateway.submit, account, idempotency_key, body)
        return JSONResponse(
            answer, status, headers={"Location": f"/v1/declarations/{answer['declarationId']}"}
        )

    @app.get(
        "/v1/declarations", tags=["declarations"], response_model=DeclarationPage, responses=COMMON
    )
    def declarations(
        account: reader_t,
        status: str | None = None,
        lrn: str | None = None,
        registration_number: Annotated[str | None, Query(alias="registrationNumber")] = None,
        updated_since: Annotated[str | None, Query(alias="updatedSince")] = None,
        cursor: str | None = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> Any:
        return gateway.declarations(
            account, status, lrn, registration_number, updated_since, cursor, limit
        )

    @app.get(
        "/v1/declarations/{declaration_id}",
        tags=["declarations"],
        response_model=DeclarationState,
        responses=COMMON,
    )
    def declaration(declaration_id: str, account: reader_t) -> Any:
        state = gateway.state(account, declaration_id)
        return JSONResponse(state, headers={"ETag": f'"{state["version"]}"'})

    @app.get(
        "/v1/declarations/{declaration_id}/events",
        tags=["declarations"],
        response_model=list[Event],
        responses=COMMON,
    )
    def timeline(declaration_id: str, account: reader_t) -> Any:
        return gateway.timeline(account, declaration_id)

    @app.get(
        "/v1/declarations/{declaration_id}/versions/{number}",
        tags=["declarations"],
        responses=COMMON,
    )
    def version(
        declaration_id: str, number: Annotated[int, Path(ge=1, le=2**31)], account: reader_t
    ) -> dict[str, Any]:
        return gateway.version(account, declaration_id, number)

    @app.post(
        "/v1/declarations/{declaration_id}/withdrawal",
        tags=["declarations"],
        response_model=DeclarationState,
        responses={**COMMON, 409: PROBLEM, 412: PROBLEM, 428: PROBLEM},
    )
    async def withdrawal(
        declaration_id: str,
        request: Request,
        account: writer_t,
        envelope: Annotated[SignedEnvelope, Body()],
        if_match: Annotated[str | None, Header()] = None,
    ) -> Any:
        body = await request.body()
        return await run_in_threadpool(gateway.withdraw, account, declaration_id, if_match, body)

    @app.get(
        "/v1/declarations/{declaration_id}/requests",
        tags=["requests"],
        response_model=list[CustomsRequest],
        responses=COMMON,
    )
    def requests(declaration_id: str, account: reader_t) -> Any:
        return gateway.requests(account, declaration_id)

    @app.post(
        "/v1/declarations/{declaration_id}/requests/{request_id}/responses",
        tags=["requests"],
        responses={**COMMON, 400: PROBLEM},
    )
    async def respond(
        declaration_id: str,
        request_id: str,
        request: Request,
        account: writer_t,
        response_body: Annotated[ResponseBody, Body()],
        idempotency_key: Annotated[str | None, Header()] = None,
    ) -> Any:
        body = await request.body()
        status, answer = await run_in_threadpool(
            gateway.respond, account, declaration_id, request_id, body, idempotency_key
        )
        return JSONResponse(answer, status)

    @app.post(
        "/v1/documents",
        tags=["documents"],
        status_code=201,
        response_model=Document,
        responses=COMMON,
    )
    async def upload(account: uploader_t, file: Annotated[UploadFile, File()]) -> Any:
        content = await file.read(gateway.config.max_document_bytes + 1)
        return await run_in_threadpool(
            gateway.upload,
            account,
            file.filename or "document",
            file.content_type or "application/octet-stream",
            content,
        )

    @app.get("/v1/documents/{document_id}/content", tags=["documents"], responses=COMMON)
    def document(document_id: str, account: reader_t) -> Response:
        row = gateway.document(account, document_id)
        return Response(
            row["content"],
            media_type=row["media_type"],
            headers={
                "Content-Disposition": content_disposition(row["filename"]),
                "Digest": f"sha-256={row['sha256']}",
            },
        )

    @app.get(
        "/v1/events", tags=["events"], response_model=EventPage, responses={**COMMON, 410: PROBLEM}
    )
    def events(
        account: feed_reader_t,
        after: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        wait: Annotated[float, Query(ge=0, le=30)] = 0,
    ) -> Any:
        with polls.poll(account.client_id, wait) as allowed:  # a flood waits for no one
            return gateway.events(account, after, limit, allowed)

    app.add_middleware(BodyLimit, limit_for=lambda path: _body_limit(gateway, path))
    return app


def _body_limit(gateway: PracticeGateway, path: str) -> int:
    if path == "/v1/documents":  # the file and its multipart framing
        return gateway.config.max_document_bytes + MULTIPART_OVERHEAD
    return gateway.config.max_body_bytes
