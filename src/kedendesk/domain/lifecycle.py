"""The lifecycle of a declaration in one place: its statuses, the corridors, how far along each
status is, and what a user may do in each.

The outbox, the feed follower, the list's filters, the editor's buttons and the practice
gateway ask this module; no other module spells a status. The gateway's events carry the
status they lead to (design/gateway-api-v1.md); `progress` orders them, so that an answer or
an event arriving late never moves a declaration back.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    DRAFT = "DRAFT"  # being typed; saved as revisions
    SIGNED = "SIGNED"  # frozen with a signature, not sent
    QUEUED = "QUEUED"  # in the outbox
    SUBMITTED = "SUBMITTED"  # the gateway accepted it (202), not yet registered
    REJECTED = "REJECTED"  # registration refused: the format-logical checks failed
    REGISTERED = "REGISTERED"
    UNDER_CONTROL = "UNDER_CONTROL"  # yellow or red corridor: checks under way
    AWAITING_DECLARANT = "AWAITING_DECLARANT"  # customs asked for something
    RELEASE_SUSPENDED = "RELEASE_SUSPENDED"
    RELEASED = "RELEASED"
    RELEASE_REFUSED = "RELEASE_REFUSED"
    WITHDRAWN = "WITHDRAWN"


class Corridor(StrEnum):
    GREEN = "GREEN"  # automatic release
    YELLOW = "YELLOW"  # documentary control, up to 4 hours
    RED = "RED"  # inspection


class Action(StrEnum):
    EDIT = "edit"
    SIGN = "sign"
    NEW_VERSION = "new-version"  # a new draft from a signed or refused declaration
    SUBMIT = "submit"
    WITHDRAW = "withdraw"
    ANSWER = "answer"  # a customs request


FINAL = frozenset({Status.RELEASED, Status.RELEASE_REFUSED, Status.WITHDRAWN, Status.REJECTED})
# With customs: sent and not yet decided.
WITH_CUSTOMS = frozenset(
    {
        Status.SUBMITTED,
        Status.REGISTERED,
        Status.UNDER_CONTROL,
        Status.AWAITING_DECLARANT,
        Status.RELEASE_SUSPENDED,
    }
)
WITHDRAWABLE = frozenset(
    {Status.REGISTERED, Status.UNDER_CONTROL, Status.AWAITING_DECLARANT, Status.RELEASE_SUSPENDED}
)

_PROGRESS = {
    Status.DRAFT: 0,
    Status.SIGNED: 1,
    Status.QUEUED: 2,
    Status.SUBMITTED: 3,
    Status.REGISTERED: 4,
    Status.UNDER_CONTROL: 5,
    Status.AWAITING_DECLARANT: 5,
    Status.RELEASE_SUSPENDED: 5,
    Status.REJECTED: 9,
    Status.RELEASED: 9,
    Status.RELEASE_REFUSED: 9,
    Status.WITHDRAWN: 9,
}

_ACTIONS = {
    Status.DRAFT: frozenset({Action.EDIT, Action.SIGN}),
    Status.SIGNED: frozenset({Action.NEW_VERSION, Action.SUBMIT}),
    Status.REJECTED: frozenset({Action.NEW_VERSION}),
    Status.REGISTERED: frozenset({Action.WITHDRAW}),
    Status.UNDER_CONTROL: frozenset({Action.WITHDRAW}),
    Status.AWAITING_DECLARANT: frozenset({Action.WITHDRAW, Action.ANSWER}),
    Status.RELEASE_SUSPENDED: frozenset({Action.WITHDRAW, Action.ANSWER}),
}


# The list's filter groups: what a declarant looks for, in the order of the working day.
GROUPS: tuple[tuple[str, tuple[Status, ...]], ...] = (
    ("drafts", (Status.DRAFT, Status.SIGNED)),
    ("waiting", (Status.QUEUED,)),
    ("with-customs", (Status.SUBMITTED, Status.REGISTERED, Status.UNDER_CONTROL)),
    ("awaits-you", (Status.AWAITING_DECLARANT, Status.RELEASE_SUSPENDED)),
    ("released", (Status.RELEASED,)),
    ("ended", (Status.RELEASE_REFUSED, Status.REJECTED, Status.WITHDRAWN)),
)


def status_of(text: str | None) -> Status | None:
    """A status from the workspace or the wire; None for one this version does not know."""
    try:
        return Status(text) if text else None
    except ValueError:
        return None


def progress(status: str) -> int:
    """How far along a status is: 0 draft … 9 final (unknown statuses count as with customs)."""
    known = status_of(status)
    return _PROGRESS[known] if known is not None else 5


def moves_forward(current: str, new: str) -> bool:
    """Whether a declaration in `current` may take `new`: never back, except that a final
    status is final and an equal step (yellow → documents requested) is a move."""
    if status_of(current) in FINAL:
        return False
    return progress(new) >= progress(current)


def allowed(status: str, action: Action) -> bool:
    known = status_of(status)
    return known is not None and action in _ACTIONS.get(known, frozenset())


def is_editable(status: str) -> bool:
    return allowed(status, Action.EDIT)
