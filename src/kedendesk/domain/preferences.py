"""Box 36: four preference codes (customs fees, import duty, excise, VAT) and what each does.

Written "ОО ОО - ОО" on the form and "ОООО-ОО" in print: «ОО» claims no preference, «-» says
the payment does not arise, other codes come from the preferences pack with their effect (a
share of the base rate, or exemption) and source. A code the pack does not know is read at
the full rate and named in a warning: never a silent exemption.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from kedendesk.domain.reference import code_list

ELEMENTS = ("fees", "duty", "excise", "vat")
NO_PREFERENCE = "ОО"
NO_PAYMENT = "-"
# Latin letters typed for their Cyrillic twins ("OO" for «ОО»): the codes are Cyrillic.
_TWINS = str.maketrans("OAEKMHPCTBXYoaekmhpctbxy", "ОАЕКМНРСТВХУОАЕКМНРСТВХУ")
_TOKEN = re.compile(r"-|[А-ЯЁ]{2}")


def codes(text: str) -> tuple[str, str, str, str] | None:
    """The four codes of box 36 as typed ("ОО ОО - ОО", "ОООО-ОО", "оо оо - оо"), or None
    when the text is not four codes."""
    cleaned = text.strip().upper().translate(_TWINS)
    if not cleaned:
        return None
    parts = cleaned.split()
    if len(parts) != 4:
        compact = "".join(parts)
        parts = _TOKEN.findall(compact)
        if "".join(parts) != compact:
            return None
    if len(parts) != 4 or not all(_TOKEN.fullmatch(p) for p in parts):
        return None
    return (parts[0], parts[1], parts[2], parts[3])


@dataclass(frozen=True)
class Effect:
    """What one element's code does to its payment."""

    element: str
    code: str
    kind: str  # "none", "no-payment", "share" (of the base rate), "unknown", "wrong-element"
    share: Decimal | None = None  # 0.75 for «ГГ»; 0 for an exemption
    origins: str = ""  # the country list the goods must originate in, "" for none

    @property
    def claimed(self) -> bool:
        """A preference is claimed: the code is neither «ОО» nor «-»."""
        return self.kind not in ("none", "no-payment")


def effect(element: str, code: str) -> Effect:
    if code in ("", NO_PREFERENCE):
        return Effect(element, code, "none")
    if code == NO_PAYMENT:
        return Effect(element, code, "no-payment")
    entry = code_list("preferences").get(code)
    if entry is None:
        return Effect(element, code, "unknown")
    if element not in entry.attributes.get("elements", ()):
        return Effect(element, code, "wrong-element")
    kind = str(entry.attributes.get("effect", "unknown"))
    if kind == "none":
        return Effect(element, code, "none")
    share = entry.attributes.get("share")
    return Effect(
        element,
        code,
        kind,
        Decimal(str(share)) if share is not None else None,
        str(entry.attributes.get("origins", "")),
    )


@cache
def _countries(list_name: str) -> dict[str, dt.date | None]:
    """The countries of a list, each with the last day it was on it (None: still is)."""
    found: dict[str, dt.date | None] = {}
    for entry in code_list("preference-countries"):
        if entry.attributes.get("list") == list_name:
            until = entry.attributes.get("until")
            found[entry.code] = dt.date.fromisoformat(until) if until else None
    return found


def origin_listed(list_name: str, country: str, day: dt.date) -> bool:
    """Whether a country (alpha-2) is on a preference list ("developing", "least-developed")
    on the declaration's date."""
    listed = _countries(list_name)
    code = country.strip().upper()
    if code not in listed:
        return False
    until = listed[code]
    return until is None or day <= until
