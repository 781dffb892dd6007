"""Drafting declarations: create, autosave, duplicate, trash and restore, import and export."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from kedendesk.domain.client_card import (
    ClientCard,
    Expiry,
    OurCompany,
    alert_level,
    expiries,
    start_declaration,
)
from kedendesk.domain.declaration import Declaration, Party
from kedendesk.domain.lrn import DEFAULT_PREFIX
from kedendesk.domain.representation import contract_document
from kedendesk.domain.templates import template_of, with_declarant
from kedendesk.exchange import json_file, problems
from kedendesk.services.events import ClientsChanged, DeclarationsChanged, DraftSaved
from kedendesk.services.leases import EditLeases
from kedendesk.services.people import Person
from kedendesk.services.workspace import DESK_NAME_SETTING, Workspace, desk_name
from kedendesk.store.clients import Client
from kedendesk.store.declarations import (
    ConflictError,
    DeclarationRow,
    NotFoundError,
    RevisionInfo,
    Snapshot,
)
from kedendesk.store.templates import TemplateRepository, TemplateRow

ExchangeError = problems.ExchangeError

__all__ = [
    "Client",
    "ConflictError",
    "DeclarationRow",
    "DraftService",
    "ExchangeError",
    "NotFoundError",
    "RevisionInfo",
    "Snapshot",
    "TemplateRow",
]

log = logging.getLogger(__name__)

LRN_PREFIX_SETTING = "lrn.prefix"
OUR_COMPANY_SETTING = "representative.company"
ANNOUNCED_SETTING = "clients.papers-announced"
UNSAVED_PREFIX = "desk.unsaved."  # this desk's edits a team server has not taken yet


class DraftService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._templates = TemplateRepository(workspace.database)
        self._leases: EditLeases | None = None

    @property
    def person(self) -> Person:
        """Who is signed in, and what they may do (services/people.py)."""
        return self._ws.person

    def desk_person(self) -> str:
        return str(self._ws.settings.get(DESK_NAME_SETTING, "") or "")

    def set_desk_person(self, name: str) -> str:
        """Name the person at this desk; returns how the desk is shown from now on."""
        self._ws.settings.set(DESK_NAME_SETTING, " ".join(name.split())[:80])
        shown = desk_name(self._ws)
        self._ws.database.author = shown
        self.leases.name = shown
        return shown

    # -- the local journal (a team workspace whose server went away) ------------------------

    def keep_unsaved(self, declaration_id: int, body: str, based_on: int | None) -> bool:
        """Keep an edit the server did not take on this desk (its own database), to be written
        when the server is back; False on a one-desk workspace, where the file that refused
        the save is the only place to keep it (the editor keeps it in memory then)."""
        if not self._ws.shared:
            return False
        self._ws.settings.set(
            UNSAVED_PREFIX + str(declaration_id), {"body": body, "basedOn": based_on}
        )
        return True

    def unsaved(self, declaration_id: int) -> tuple[Declaration, int | None] | None:
        """An edit kept on this desk that the server has not got yet, with the revision it
        was based on (a save on top of another desk's is then a conflict, as ever)."""
        if not self._ws.shared:
            return None
        kept = self._ws.settings.get(UNSAVED_PREFIX + str(declaration_id))
        if not isinstance(kept, dict) or not isinstance(kept.get("body"), str):
            return None
        try:
            declaration = Declaration.model_validate_json(kept["body"])
        except ValueError as error:
            log.error("the edit kept for declaration %s cannot be read: %s", declaration_id, error)
            return None
        based_on = kept.get("basedOn")
        return declaration, based_on if isinstance(based_on, int) else None

    def forget_unsaved(self, declaration_id: int) -> None:
        if self._ws.shared:
            self._ws.settings.set(UNSAVED_PREFIX + str(declaration_id), None)

    @property
    def leases(self) -> EditLeases:
        """The edit leases this desk holds (one holder per service: per running app)."""
        if self._leases is None:
            self._leases = EditLeases(self._ws)
        return self._leases

    @property
    def workspace(self) -> Workspace:
        return self._ws

    # -- clients ---------------------------------------------------------------------------

    def clients(self) -> list[Client]:
        return self._ws.clients.all()

    def client(self, client_id: int) -> Client | None:
        return self._ws.clients.get(client_id)

    def add_client(
        self, name: str, id_number: str = "", address: str = "", card: ClientCard | None = None
    ) -> Client:
        client = self._ws.clients.add(name, id_number, address, card)
        self._ws.events.publish(ClientsChanged())
        return client

    def active_clients(self) -> list[Client]:
        """The clients one may start a declaration for: the archived ones left out."""
        return [c for c in self._ws.clients.all() if not c.archived]

    def archive_client(self, client_id: int, archived: bool = True) -> None:
        """Out of the pickers, never deleted: its declarations keep pointing at it."""
        client = self._ws.clients.get(client_id)
        if client is None:
            raise NotFoundError(client_id)
        self.update_client(replace(client, archived=archived))

    def papers_to_announce(self, today: dt.date) -> list[tuple[Client, Expiry]]:
        """Contracts and powers of attorney of active clients that reached an alert (30, 7,
        1 days left, expired) not announced before; each is remembered as announced, so a
        paper is announced once at each level."""
        announced = set(self._ws.settings.get(ANNOUNCED_SETTING, []))
        found = []
        for client in self.active_clients():
            for expiry in expiries(client.card, today):
                level = alert_level(expiry.days_left)
                key = f"{client.id}/{expiry.paper}/{expiry.number}/{expiry.valid_to}/{level}"
                if level is not None and key not in announced:
                    announced.add(key)
                    found.append((client, expiry))
        if found:
            self._ws.settings.set(ANNOUNCED_SETTING, sorted(announced))
        return found

    def our_company(self) -> OurCompany:
        """The customs representative this workspace is (empty for a declarant's own)."""
        return OurCompany.model_validate(self._ws.settings.get(OUR_COMPANY_SETTING, {}))

    def set_our_company(self, company: OurCompany) -> None:
        self._ws.settings.set(OUR_COMPANY_SETTING, company.model_dump())

    def update_client(self, client: Client) -> None:
        self._ws.clients.update(client)
        self._ws.events.publish(ClientsChanged())
        self._ws.events.publish(DeclarationsChanged())

    # -- drafts ----------------------------------------------------------------------------

    def next_lrn(self) -> str:
        prefix = str(self._ws.settings.get(LRN_PREFIX_SETTING, DEFAULT_PREFIX))
        return self._ws.declarations.next_lrn(prefix)

    def new_declaration(self, client_id: int) -> int:
        """A new import declaration for a client, with the client as declarant (box 14) and
        what its card says (boxes 8, 9, 54; the representative's contract and power)."""
        client = self._ws.clients.get(client_id)
        if client is None:
            raise NotFoundError(client_id)
        declaration = Declaration(
            lrn=self.next_lrn(),
            direction="ИМ",
            procedure="40",
            destination_country="KZ",
            declarant=Party(
                name=client.name,
                id_number=client.id_number,
                address=client.address,
                country_code="KZ",
            ),
        )
        start_declaration(declaration, client.card, self.our_company(), dt.date.today())
        return self.create(client_id, declaration)

    def create(self, client_id: int, declaration: Declaration) -> int:
        declaration_id = self._ws.declarations.create(client_id, Snapshot.of(declaration))
        log.info("declaration %s created for client %s", declaration_id, client_id)
        self._ws.events.publish(DeclarationsChanged())
        return declaration_id

    def load(self, declaration_id: int, revision: int | None = None) -> Declaration:
        return self._ws.declarations.load(declaration_id, revision)

    def row(self, declaration_id: int) -> DeclarationRow:
        return self._ws.declarations.get(declaration_id)

    @staticmethod
    def snapshot(declaration: Declaration, errors: int | None = None) -> Snapshot:
        """Freeze a declaration for saving (call on the thread that owns it), with the error
        findings it has, when known (the list's "drafts with errors")."""
        snapshot = Snapshot.of(declaration)
        return snapshot if errors is None else replace(snapshot, error_count=errors)

    def save(
        self, declaration_id: int, snapshot: Snapshot, based_on: int | None = None
    ) -> RevisionInfo:
        """One transaction; safe to call from a worker thread. `based_on` is the revision the
        edit started from: a save in between raises ConflictError and writes nothing."""
        info = self._ws.declarations.save(declaration_id, snapshot, based_on)
        log.debug("declaration %s saved as revision %s", declaration_id, info.number)
        self._ws.events.publish(DraftSaved(declaration_id, info.number))
        return info

    def revisions(self, declaration_id: int) -> list[RevisionInfo]:
        return self._ws.declarations.revisions(declaration_id)

    def signed_revisions(self, declaration_id: int) -> set[int]:
        return self._ws.declarations.signed_revisions(declaration_id)

    def restore_revision(self, declaration_id: int, number: int) -> RevisionInfo:
        """An earlier revision becomes the newest, as a new revision: nothing in between is
        lost (the history keeps it). Only a draft can take it (FrozenError otherwise)."""
        earlier = self.load(declaration_id, number)
        latest = self.row(declaration_id).revision
        info = self.save(declaration_id, Snapshot.of(earlier), based_on=latest)
        log.info("declaration %s: revision %s restored as %s", declaration_id, number, info.number)
        self._ws.events.publish(DeclarationsChanged((declaration_id,)))
        return info

    def duplicate(self, declaration_id: int) -> int:
        """A new draft with the same content and a fresh LRN."""
        source = self._ws.declarations.get(declaration_id)
        declaration = self.load(declaration_id)
        declaration.lrn = self.next_lrn()
        return self.create(source.client_id, declaration)

    # -- templates and copies ------------------------------------------------------------

    def save_as_template(self, declaration_id: int, name: str) -> TemplateRow:
        """The declaration kept under `name` for its client (the same name replaces it)."""
        source = self._ws.declarations.get(declaration_id)
        template = template_of(self.load(declaration_id))
        return self._templates.add(source.client_id, name.strip(), Snapshot.of(template).body)

    def templates(self, client_id: int) -> list[TemplateRow]:
        return self._templates.of_client(client_id)

    def remove_template(self, template_id: int) -> None:
        self._templates.remove(template_id)

    def new_from_template(self, template_id: int, client_id: int | None = None) -> int:
        """A new draft from a template, with a fresh LRN; for its own client, or for another
        (box 14 and that client's papers then)."""
        template = self._templates.get(template_id)
        if template is None:
            raise NotFoundError(template_id)
        declaration = Declaration.model_validate_json(template.body)
        return self._new_copy(declaration, client_id or template.client_id, template.client_id)

    def copy_to_client(self, declaration_id: int, client_id: int) -> int:
        """A new draft for another client, with its goods, parties and documents, a fresh LRN,
        box 14 and that client's papers; nothing of the first filing (number, date, rate)."""
        source = self._ws.declarations.get(declaration_id)
        declaration = template_of(self.load(declaration_id))
        return self._new_copy(declaration, client_id, source.client_id)

    def _new_copy(self, declaration: Declaration, client_id: int, from_client: int) -> int:
        client = self._ws.clients.get(client_id)
        if client is None:
            raise NotFoundError(client_id)
        declaration.lrn = self.next_lrn()
        if client_id != from_client:
            with_declarant(declaration, client.name, client.id_number, client.address)
        start_declaration(declaration, client.card, self.our_company(), dt.date.today())
        if declaration.representative.contract_number:
            for item in declaration.items:
                contract_document(declaration, item)
        return self.create(client_id, declaration)

    def move_to_client(self, declaration_id: int, client_id: int) -> None:
        self._ws.declarations.move_to_client(declaration_id, client_id)
        self._ws.events.publish(DeclarationsChanged())

    def delete(self, declaration_ids: Sequence[int]) -> None:
        for declaration_id in declaration_ids:
            self._ws.declarations.delete(declaration_id)
        self._ws.events.publish(DeclarationsChanged())

    def restore(self, declaration_ids: Sequence[int]) -> None:
        for declaration_id in declaration_ids:
            self._ws.declarations.restore(declaration_id)
        self._ws.events.publish(DeclarationsChanged())

    def purge(self, declaration_ids: Sequence[int]) -> None:
        for declaration_id in declaration_ids:
            self._ws.declarations.purge(declaration_id)
        self._ws.events.publish(DeclarationsChanged())

    # -- lists -----------------------------------------------------------------------------

    def find_ids(
        self,
        text: str = "",
        sort: str = "updated",
        descending: bool = True,
        trash: bool = False,
        statuses: Sequence[str] = (),
        corridor: str = "",
        client_id: int | None = None,
        view: str = "",
    ) -> list[int]:
        return self._ws.declarations.find_ids(
            text,
            sort,
            descending,
            deleted=trash,
            statuses=statuses,
            corridor=corridor,
            client_id=client_id,
            view=view,
        )

    def rows(self, ids: Sequence[int]) -> list[DeclarationRow]:
        return self._ws.declarations.rows(ids)

    # -- exchange --------------------------------------------------------------------------

    def export_json(self, declaration_id: int, path: Path) -> None:
        path.write_text(json_file.dumps(self.load(declaration_id)), encoding="utf-8")

    def import_json(self, path: Path, client_id: int | None = None) -> int:
        """Import a declaration file; nothing is written unless the whole file is good.

        Without a client, the declarant's BIN/IIN picks the client (creating it if new).
        Raises OSError, UnicodeDecodeError or json_file.ExchangeError with the reason.
        """
        declaration = json_file.loads(path.read_text(encoding="utf-8"))
        return self.import_declaration(declaration, client_id)

    def import_declaration(self, declaration: Declaration, client_id: int | None = None) -> int:
        """A declaration read from a file, as a new draft of the client its box 14 names (made
        when new), unless `client_id` says whose."""
        if client_id is None:
            client_id = self._client_for(declaration.declarant).id
        return self.create(client_id, declaration)

    def _client_for(self, declarant: Party) -> Client:
        for client in self._ws.clients.all():
            if declarant.id_number and client.id_number == declarant.id_number:
                return client
        name = declarant.name or declarant.id_number or "—"
        return self.add_client(name, declarant.id_number, declarant.address)
