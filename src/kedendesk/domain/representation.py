"""Who may sign a declaration, and in which role: the declarant itself (its BIN or IIN is the
signer's), or its customs representative with the papers that make it one: the
representative's section of box 54 naming the signer's company and its register entry, the
contract with the declarant in box 44 (document 11002), and the power of attorney of the
person in box 54, valid on the day. The sign dialog and the practice gateway both ask this,
so both refuse the same declaration for the same reasons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal, NamedTuple

from kedendesk.domain.declaration import Declaration, Document, GoodsItem

Role = Literal["DECLARANT", "CUSTOMS_REPRESENTATIVE"]
CONTRACT_DOCUMENT = "11002"  # contract with the customs representative (Decision 378)


class Missing(NamedTuple):
    """One thing a representative's signature lacks: a message code, its box and field."""

    code: str
    box: str
    field: str


def role_of(declaration: Declaration, signer_ids: Iterable[str]) -> Role:
    """The declarant when the signer's BIN or IIN is box 14's; a representative otherwise."""
    declarant = declaration.declarant.id_number.strip()
    if declarant and declarant in set(signer_ids):
        return "DECLARANT"
    return "CUSTOMS_REPRESENTATIVE"


def missing_for_representative(
    declaration: Declaration, signer_ids: Iterable[str], day: dt.date
) -> tuple[Missing, ...]:
    """What stops the signer from signing for the declarant as its representative on `day`;
    nothing when the signer is the declarant."""
    ids = {i.strip() for i in signer_ids} - {""}
    if role_of(declaration, ids) == "DECLARANT":
        return ()
    found: list[Missing] = []
    representative = declaration.representative
    rep_bin = representative.bin.strip()
    if not rep_bin:
        found.append(Missing("representative-missing", "54", "representative.bin"))
    elif rep_bin not in ids:
        found.append(Missing("representative-not-signer", "54", "representative.bin"))
    if not representative.register_entry.strip():
        found.append(Missing("register-entry-missing", "54", "representative.register_entry"))
    contract = representative.contract_number.strip()
    if not contract or not isinstance(representative.contract_date, dt.date):
        found.append(Missing("contract-missing", "54", "representative.contract_number"))
    elif not (listed := _contracts_in_box_44(declaration, contract)):
        found.append(Missing("contract-not-in-44", "44", "documents"))
    elif any(contract_expired(document.valid_to, day) for document in listed):
        found.append(Missing("contract-expired", "44", "documents"))  # box 44's end date
    power = declaration.filled_by.power_of_attorney
    if not power.number.strip():
        found.append(
            Missing("power-of-attorney-missing", "54", "filled_by.power_of_attorney.number")
        )
    elif not isinstance(power.valid_to, dt.date) or power.valid_to < day:
        found.append(
            Missing("power-of-attorney-expired", "54", "filled_by.power_of_attorney.valid_to")
        )
    elif isinstance(power.date, dt.date) and power.date > day:
        found.append(
            Missing("power-of-attorney-not-yet-valid", "54", "filled_by.power_of_attorney.date")
        )
    return tuple(found)


def contract_expired(valid_to: object, day: dt.date) -> bool:
    return isinstance(valid_to, dt.date) and valid_to < day


def _contracts_in_box_44(declaration: Declaration, number: str) -> list[Document]:
    """The 11002 documents of box 44 (any item) with this contract's number."""
    wanted = number.replace(" ", "").upper()
    return [
        document
        for item in declaration.items
        for document in item.documents
        if document.type_code.strip() == CONTRACT_DOCUMENT
        and document.number.replace(" ", "").upper() == wanted
    ]


def contract_document(declaration: Declaration, item: GoodsItem) -> bool:
    """Box 44 of a representative's goods item lists the contract with the declarant (11002),
    as box 54 names it; True when it was added."""
    representative = declaration.representative
    number = representative.contract_number.strip()
    if not number or any(d.type_code == CONTRACT_DOCUMENT for d in item.documents):
        return False
    item.documents.append(
        Document(type_code=CONTRACT_DOCUMENT, number=number, date=representative.contract_date)
    )
    return True
