"""The workspace's tables as SQLAlchemy Core describes them, one description for SQLite and
PostgreSQL (the team workspace).

This is the schema the migrations in `migrations.py` build on SQLite, at their latest version
(a test compares the two, table by table, column by column, so they cannot drift apart); on a
PostgreSQL server `create_all` builds the same. Texts stay texts on both engines (amounts and
dates as the store writes them), binary bodies are bytes, identifiers are integers the engine
numbers. What SQLite enforces with triggers (revisions and signatures are never changed) is
listed in `APPEND_ONLY` for the engine to enforce its own way.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
    text,
)

metadata = MetaData()
EMPTY = text("''")
CASCADE = "CASCADE"


def _text(name: str, *, nullable: bool = False, empty: bool = False) -> Column[str]:
    return Column(name, Text, nullable=nullable, server_default=EMPTY if empty else None)


clients = Table(
    "clients",
    metadata,
    Column("id", Integer, primary_key=True),
    _text("name"),
    _text("id_number", empty=True),
    _text("address", empty=True),
    _text("created_at"),
    Column("card", Text, nullable=False, server_default=text("'{}'")),
    Column("archived", Integer, nullable=False, server_default=text("0")),
)

# On a team server: which teams see a client (none: everyone); see store/people.py.
client_teams = Table(
    "client_teams",
    metadata,
    Column("client_id", Integer, ForeignKey("clients.id", ondelete=CASCADE), nullable=False),
    _text("team"),
    PrimaryKeyConstraint("client_id", "team"),
)

declarations = Table(
    "declarations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("client_id", Integer, ForeignKey("clients.id"), nullable=False),
    _text("lrn"),
    _text("procedure", empty=True),
    Column("status", Text, nullable=False, server_default=text("'DRAFT'")),
    Column("item_count", Integer, nullable=False, server_default=text("0")),
    _text("invoice_total", empty=True),
    _text("invoice_currency", empty=True),
    _text("customs_value", empty=True),
    _text("declarant_name", empty=True),
    Column("revision", Integer, nullable=False, server_default=text("0")),
    _text("created_at"),
    _text("updated_at"),
    _text("deleted_at", nullable=True),
    _text("search_text", empty=True),  # folded once when written: Cyrillic, Kazakh, Latin
    _text("remote_id", nullable=True),
    _text("corridor", nullable=True),
    _text("registration_number", nullable=True),
    _text("submitted_at", nullable=True),
    Column("remote_version", Integer),
    _text("hs_chapter", empty=True),
    _text("origin", empty=True),
    Column("error_count", Integer),
    _text("acknowledged_at", nullable=True),
    _text("released_at", nullable=True),
)
Index("declarations_lrn", declarations.c.lrn)
Index("declarations_updated", declarations.c.deleted_at, declarations.c.updated_at)
Index(
    "declarations_client",
    declarations.c.client_id,
    declarations.c.deleted_at,
    declarations.c.updated_at,
)
Index(
    "declarations_analytics",
    *(
        declarations.c[name]
        for name in (
            "submitted_at",
            "client_id",
            "hs_chapter",
            "origin",
            "corridor",
            "status",
            "acknowledged_at",
            "released_at",
            "item_count",
        )
    ),
)

revisions = Table(
    "revisions",
    metadata,
    Column(
        "declaration_id", Integer, ForeignKey("declarations.id", ondelete=CASCADE), nullable=False
    ),
    Column("number", Integer, nullable=False),
    _text("saved_at"),
    _text("body"),
    _text("sha256"),
    _text("author", empty=True),  # the desk that saved it
    PrimaryKeyConstraint("declaration_id", "number"),
)

lrn_counters = Table(
    "lrn_counters",
    metadata,
    _text("prefix"),
    Column("year", Integer, nullable=False),
    Column("next", Integer, nullable=False),
    PrimaryKeyConstraint("prefix", "year"),
)

settings = Table("settings", metadata, Column("key", Text, primary_key=True), _text("value"))

signatures = Table(
    "signatures",
    metadata,
    Column(
        "declaration_id", Integer, ForeignKey("declarations.id", ondelete=CASCADE), nullable=False
    ),
    Column("revision", Integer, nullable=False),
    _text("kind"),
    _text("role"),
    Column("payload", LargeBinary, nullable=False),
    _text("payload_sha256"),
    Column("signature", LargeBinary, nullable=False),
    Column("idempotency_key", Text, nullable=False, unique=True),
    _text("signer"),
    _text("signer_iin"),
    _text("signer_bin"),
    _text("signed_at"),
    _text("signed_by", empty=True),  # the person who signed (on a team server, their login)
    PrimaryKeyConstraint("declaration_id", "revision"),
)

signing_keys = Table(
    "signing_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    _text("path"),
    Column("imported", Integer, nullable=False, server_default=text("0")),
    Column("certificate", LargeBinary, nullable=False),
    Column("fingerprint", Text, nullable=False, unique=True),
    _text("added_at"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "declaration_id", Integer, ForeignKey("declarations.id", ondelete=CASCADE), nullable=False
    ),
    _text("kind"),
    Column("idempotency_key", Text, nullable=False, unique=True),
    Column("body", LargeBinary, nullable=False),
    _text("target", empty=True),
    _text("state"),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    _text("last_error", empty=True),
    _text("problem", empty=True),
    _text("created_at"),
    _text("updated_at"),
    _text("profile", empty=True),
    _text("author", empty=True),  # the desk that queued it
    _text("claimed_by", empty=True),  # the desk sending it (state SENDING)
    _text("claimed_at", nullable=True),
    _text("sent_by", empty=True),  # the person whose desk sent it
)
Index("outbox_state", outbox.c.state, outbox.c.id)
Index("outbox_profile_state", outbox.c.profile, outbox.c.state, outbox.c.id)

gateway_events = Table(
    "gateway_events",
    metadata,
    Column("id", Text, primary_key=True),
    _text("profile"),
    Column("seq", Integer, nullable=False),
    Column("declaration_id", Integer, ForeignKey("declarations.id", ondelete=CASCADE)),
    _text("type"),
    _text("occurred_at"),
    _text("body"),
    _text("remote_id", empty=True),
)
Index("gateway_events_declaration", gateway_events.c.declaration_id, gateway_events.c.seq)
Index("gateway_events_orphans", gateway_events.c.remote_id, gateway_events.c.declaration_id)

feed_cursors = Table(
    "feed_cursors",
    metadata,
    Column("profile", Text, primary_key=True),
    Column("cursor", Integer, nullable=False),
)

customs_requests = Table(
    "customs_requests",
    metadata,
    Column("id", Text, primary_key=True),
    Column(
        "declaration_id", Integer, ForeignKey("declarations.id", ondelete=CASCADE), nullable=False
    ),
    _text("kind"),
    _text("status"),
    _text("text", empty=True),
    _text("opened_at"),
    _text("due_at", empty=True),
)
Index("customs_requests_declaration", customs_requests.c.declaration_id)

exchange_rates = Table(
    "exchange_rates",
    metadata,
    _text("currency"),
    _text("date"),
    _text("rate"),
    _text("source", empty=True),
    PrimaryKeyConstraint("currency", "date"),
)

tariffs = Table(
    "tariffs",
    metadata,
    Column("version", Text, primary_key=True),
    _text("imported_at"),
    _text("body"),
)

products = Table(
    "products",
    metadata,
    Column("client_id", Integer, ForeignKey("clients.id", ondelete=CASCADE), nullable=False),
    _text("supplier"),
    _text("product"),
    *(
        _text(name, empty=True)
        for name in (
            "description",
            "commodity_code",
            "origin_country",
            "unit",
            "manufacturer",
            "preference",
            "source",
        )
    ),
    _text("learned_at"),
    PrimaryKeyConstraint("client_id", "supplier", "product"),
)

templates = Table(
    "templates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("client_id", Integer, ForeignKey("clients.id", ondelete=CASCADE), nullable=False),
    _text("name"),
    _text("body"),
    _text("created_at"),
    UniqueConstraint("client_id", "name"),
)

edit_leases = Table(
    "edit_leases",
    metadata,
    Column(
        "declaration_id",
        Integer,
        ForeignKey("declarations.id", ondelete=CASCADE),
        primary_key=True,
        autoincrement=False,
    ),
    _text("holder"),
    _text("holder_name"),
    _text("since"),
    _text("renewed_at"),
)

change_clock = Table(
    "change_clock",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
)

attachments = Table(
    "attachments",
    metadata,
    Column("digest", Text, primary_key=True),  # SHA-256 of the content
    Column("content", LargeBinary, nullable=False),
    _text("added_at"),
)

APPEND_ONLY = ("revisions", "signatures")  # rows are added, never changed


def ddl_for_postgresql() -> list[str]:
    """The statements that build this schema on a PostgreSQL server: the tables and indexes
    as SQLAlchemy renders them, the SQLite functions the store's SQL calls, the append-only
    rule as triggers, and the change clock's one row."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    from kedendesk.store.postgres import COMPATIBILITY

    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    statements = [
        str(CreateTable(table).compile(dialect=dialect)) for table in metadata.sorted_tables
    ]
    statements += [
        str(CreateIndex(index).compile(dialect=dialect))
        for table in metadata.sorted_tables
        for index in sorted(table.indexes, key=lambda i: str(i.name))
    ]
    statements += list(COMPATIBILITY)
    statements.append(
        "CREATE FUNCTION kedendesk_append_only() RETURNS trigger LANGUAGE plpgsql AS"
        " $$BEGIN RAISE EXCEPTION '% are append-only: never changed', TG_TABLE_NAME; END$$"
    )
    statements += [
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table}"
        " FOR EACH ROW EXECUTE FUNCTION kedendesk_append_only()"
        for table in APPEND_ONLY
    ]
    statements.append("INSERT INTO change_clock (id, seq) VALUES (1, 0)")
    return statements
