"""Numbered schema migrations. Append only: a released migration is never edited.

The schema version is SQLite's `user_version`: migration N brings a database to version N.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from kedendesk.store.search import refresh_search_text

_V1_STATEMENTS = (
    """
    CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        id_number TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ) STRICT;
    """,
    """
    CREATE TABLE declarations (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id),
        lrn TEXT NOT NULL,
        procedure TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'DRAFT',
        item_count INTEGER NOT NULL DEFAULT 0,
        invoice_total TEXT NOT NULL DEFAULT '',
        invoice_currency TEXT NOT NULL DEFAULT '',
        customs_value TEXT NOT NULL DEFAULT '',
        declarant_name TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    ) STRICT;
    """,
    """
    -- Append-only: every save is a new row; rows are never changed.
    CREATE TABLE revisions (
        declaration_id INTEGER NOT NULL REFERENCES declarations(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        body TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (declaration_id, number)
    ) STRICT, WITHOUT ROWID;
    """,
    """
    CREATE TRIGGER revisions_append_only BEFORE UPDATE ON revisions
    BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
    """,
    """
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    """,
    """
    CREATE TABLE lrn_counters (
        prefix TEXT NOT NULL, year INTEGER NOT NULL, next INTEGER NOT NULL,
        PRIMARY KEY (prefix, year)
    ) STRICT;
    """,
    """
    CREATE INDEX declarations_updated ON declarations(deleted_at, updated_at);
    """,
)


def _v1_core(db: sqlite3.Connection) -> None:
    # One statement at a time: executescript() would commit the migration transaction.
    for statement in _V1_STATEMENTS:
        db.execute(statement)


def _v2_search(db: sqlite3.Connection) -> None:
    """A case-folded text column for the list filter: SQLite's lower() folds ASCII only."""
    db.execute("ALTER TABLE declarations ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    refresh_search_text(db)
    db.execute("CREATE INDEX declarations_lrn ON declarations(lrn)")


def _v3_rates_and_tariffs(db: sqlite3.Connection) -> None:
    """Exchange rates by date, and tariffs the user imported (the active one is a setting)."""
    db.execute(
        """
        CREATE TABLE exchange_rates (
            currency TEXT NOT NULL,
            date TEXT NOT NULL,
            rate TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (currency, date)
        ) STRICT, WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE tariffs (
            version TEXT PRIMARY KEY,
            imported_at TEXT NOT NULL,
            body TEXT NOT NULL
        ) STRICT
        """
    )


def _v4_keys_and_signatures(db: sqlite3.Connection) -> None:
    """Signing keys by path (the key file stays where the user keeps it, unless imported), and
    signatures: the exact payload bytes and CMS of a signed revision, with its idempotency key.
    Secrets never come here: passwords live in the OS keyring."""
    db.execute(
        """
        CREATE TABLE signing_keys (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            imported INTEGER NOT NULL DEFAULT 0,
            certificate BLOB NOT NULL,
            fingerprint TEXT NOT NULL UNIQUE,
            added_at TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE signatures (
            declaration_id INTEGER NOT NULL REFERENCES declarations(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            kind TEXT NOT NULL,
            role TEXT NOT NULL,
            payload BLOB NOT NULL,
            payload_sha256 TEXT NOT NULL,
            signature BLOB NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            signer TEXT NOT NULL,
            signer_iin TEXT NOT NULL,
            signer_bin TEXT NOT NULL,
            signed_at TEXT NOT NULL,
            PRIMARY KEY (declaration_id, revision)
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TRIGGER signatures_append_only BEFORE UPDATE ON signatures
        BEGIN SELECT RAISE(ABORT, 'signatures are never changed'); END
        """
    )


def _v5_outbox_and_feed(db: sqlite3.Connection) -> None:
    """What goes to the gateway and what comes back: the outbox, the events with the feed
    cursor, customs requests, and the gateway's view of each declaration."""
    for column in (
        "remote_id TEXT",
        "corridor TEXT",
        "registration_number TEXT",
        "submitted_at TEXT",
        "remote_version INTEGER",
    ):
        db.execute(f"ALTER TABLE declarations ADD COLUMN {column}")
    db.execute(
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            declaration_id INTEGER NOT NULL REFERENCES declarations(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            body BLOB NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            problem TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute("CREATE INDEX outbox_state ON outbox(state, id)")
    db.execute(
        """
        CREATE TABLE gateway_events (
            id TEXT PRIMARY KEY,
            profile TEXT NOT NULL,
            seq INTEGER NOT NULL,
            declaration_id INTEGER REFERENCES declarations(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            body TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute("CREATE INDEX gateway_events_declaration ON gateway_events(declaration_id, seq)")
    db.execute(
        "CREATE TABLE feed_cursors (profile TEXT PRIMARY KEY, cursor INTEGER NOT NULL) STRICT"
    )
    db.execute(
        """
        CREATE TABLE customs_requests (
            id TEXT PRIMARY KEY,
            declaration_id INTEGER NOT NULL REFERENCES declarations(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            opened_at TEXT NOT NULL
        ) STRICT
        """
    )


def _v6_profiles_and_orphan_events(db: sqlite3.Connection) -> None:
    """Each outbox item belongs to the profile it was queued for; an event keeps the remote id
    it names, so one that arrived before its declaration knew that id is attached later."""
    db.execute("ALTER TABLE outbox ADD COLUMN profile TEXT NOT NULL DEFAULT ''")
    row = db.execute("SELECT value FROM settings WHERE key = 'gateway.current'").fetchone()
    current = json.loads(row[0]) if row else "Practice"
    db.execute("UPDATE outbox SET profile = ?", (str(current),))
    db.execute("CREATE INDEX outbox_profile_state ON outbox(profile, state, id)")
    db.execute("ALTER TABLE gateway_events ADD COLUMN remote_id TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE gateway_events SET remote_id = json_extract(body, '$.declarationId')")
    db.execute("CREATE INDEX gateway_events_orphans ON gateway_events(remote_id, declaration_id)")


def _v7_product_catalogue(db: sqlite3.Connection) -> None:
    """What each client's products were declared as, learnt from signed declarations."""
    db.execute(
        """
        CREATE TABLE products (
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            supplier TEXT NOT NULL,
            product TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            commodity_code TEXT NOT NULL DEFAULT '',
            origin_country TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            manufacturer TEXT NOT NULL DEFAULT '',
            preference TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            learned_at TEXT NOT NULL,
            PRIMARY KEY (client_id, supplier, product)
        ) STRICT, WITHOUT ROWID
        """
    )


def _v8_client_cards(db: sqlite3.Connection) -> None:
    """A client's card (contract, powers of attorney, contacts, defaults) as JSON, and
    archiving: an archived client keeps its declarations and leaves the pickers; a customs
    request's deadline, for the inbox across clients; declaration templates per client."""
    db.execute("ALTER TABLE clients ADD COLUMN card TEXT NOT NULL DEFAULT '{}'")
    db.execute("ALTER TABLE clients ADD COLUMN archived INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE customs_requests ADD COLUMN due_at TEXT NOT NULL DEFAULT ''")
    db.execute(
        """
        CREATE TABLE templates (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (client_id, name)
        ) STRICT
        """
    )
    # The broker's analytics by commodity chapter and origin: of the latest revision's first
    # item here (later saves take the item of the largest value).
    db.execute("ALTER TABLE declarations ADD COLUMN hs_chapter TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE declarations ADD COLUMN origin TEXT NOT NULL DEFAULT ''")
    db.execute(
        """
        UPDATE declarations SET
            hs_chapter = coalesce(
                substr(json_extract(r.body, '$.items[0].commodityCode'), 1, 2), ''
            ),
            origin = coalesce(upper(json_extract(r.body, '$.items[0].originCountry')), '')
        FROM revisions r
        WHERE r.declaration_id = declarations.id AND r.number = declarations.revision
        """
    )
    # Error findings when last saved: the list's view of drafts with errors.
    db.execute("ALTER TABLE declarations ADD COLUMN error_count INTEGER")
    # The gateway's first word on a declaration and its release, in the gateway's own time.
    db.execute("ALTER TABLE declarations ADD COLUMN acknowledged_at TEXT")
    db.execute("ALTER TABLE declarations ADD COLUMN released_at TEXT")
    db.execute(
        """
        UPDATE declarations SET
            acknowledged_at = t.first_at, released_at = t.released_at
        FROM (
            SELECT declaration_id, min(occurred_at) AS first_at,
                min(CASE WHEN type = 'declaration.released' THEN occurred_at END) AS released_at
            FROM gateway_events WHERE declaration_id IS NOT NULL GROUP BY declaration_id
        ) AS t
        WHERE t.declaration_id = declarations.id
        """
    )
    # The analytics read only these columns of every submitted declaration: from the index.
    db.execute(
        "CREATE INDEX declarations_analytics ON declarations(submitted_at, client_id,"
        " hs_chapter, origin, corridor, status, acknowledged_at, released_at, item_count)"
    )
    db.execute("CREATE INDEX customs_requests_declaration ON customs_requests(declaration_id)")
    # The list filtered by client, newest first, among thousands of declarations.
    db.execute(
        "CREATE INDEX declarations_client ON declarations(client_id, deleted_at, updated_at)"
    )


def _v9_edit_leases(db: sqlite3.Connection) -> None:
    # Who edits a declaration now: one desk at a time, the others read it (a soft lease that
    # lapses when not renewed, so a desk that died does not hold it for ever).
    db.execute(
        """
        CREATE TABLE edit_leases (
            declaration_id INTEGER PRIMARY KEY REFERENCES declarations(id) ON DELETE CASCADE,
            holder TEXT NOT NULL,
            holder_name TEXT NOT NULL,
            since TEXT NOT NULL,
            renewed_at TEXT NOT NULL
        ) STRICT
        """
    )


def _v10_change_clock(db: sqlite3.Connection) -> None:
    # One counter every write transaction moves: a desk that sees it move by more than its own
    # writes knows another desk changed the workspace (and reloads its list within a second).
    db.execute(
        "CREATE TABLE change_clock (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL)"
        " STRICT"
    )
    db.execute("INSERT INTO change_clock (id, seq) VALUES (1, 0)")


def _v11_who(db: sqlite3.Connection) -> None:
    # Who did it: the desk (its person, user and computer) that saved a revision or put a
    # message in the outbox. Older rows say nobody ('').
    db.execute("ALTER TABLE revisions ADD COLUMN author TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE outbox ADD COLUMN author TEXT NOT NULL DEFAULT ''")


def _v12_team(db: sqlite3.Connection) -> None:
    # A team of desks on one database: which desk claimed an outbox message and when (a desk
    # that restarts takes back only its own; another's only once its claim is long stale),
    # and the files sent with answers to customs, kept in the database so that whichever
    # desk sends a message has them.
    db.execute("ALTER TABLE outbox ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE outbox ADD COLUMN claimed_at TEXT")
    db.execute(
        "CREATE TABLE attachments (digest TEXT PRIMARY KEY, content BLOB NOT NULL,"
        " added_at TEXT NOT NULL) STRICT"
    )


def _v13_people(db: Any) -> None:
    # People on a team server: who signed and who sent (the revisions' and the queue's
    # `author` say who saved and queued), and which teams see a client. Written in the SQL
    # both engines speak: from here on, a team database is upgraded by the same steps.
    strict = " STRICT" if isinstance(db, sqlite3.Connection) else ""
    db.execute("ALTER TABLE signatures ADD COLUMN signed_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE outbox ADD COLUMN sent_by TEXT NOT NULL DEFAULT ''")
    db.execute(
        "CREATE TABLE client_teams (client_id INTEGER NOT NULL REFERENCES clients(id)"
        " ON DELETE CASCADE, team TEXT NOT NULL, PRIMARY KEY (client_id, team))" + strict
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_core,
    _v2_search,
    _v3_rates_and_tariffs,
    _v4_keys_and_signatures,
    _v5_outbox_and_feed,
    _v6_profiles_and_orphan_events,
    _v7_product_catalogue,
    _v8_client_cards,
    _v9_edit_leases,
    _v10_change_clock,
    _v11_who,
    _v12_team,
    _v13_people,
)
LATEST_VERSION = len(MIGRATIONS)
