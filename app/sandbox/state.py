"""The sandbox's state: SQLite tables, the catalogue, the clock and the event bus, behind one lock.

Every handler, the ticket scheduler, the websocket hub and the simulated operator go through
:class:`SandboxState`. SQLite holds everything that changes (tickets, tokens, connector status, favourites,
the wallet ...), so a file database survives a restart; the catalogue is immutable data built at start.

Other sandbox modules add their own tables with :meth:`SandboxState.register_schema`; :meth:`reset` drops
and recreates all of them and calls their reset hooks.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import secrets
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal

from app.domain.ticket_state import TicketState
from app.sandbox.catalogue import CatalogueIndex, build_catalogue
from app.sandbox.catalogue_types import Catalogue
from app.sandbox.clock import SandboxClock
from app.sandbox.config import SandboxConfig
from app.sandbox.events import Event, EventBus

#: All sample connectors belong to this one customer (the sample workshop).
SAMPLE_CUSTOMER_ID = 213432
#: States in which a ticket blocks its connector: a new ticket there is refused with 409.
ACTIVE_STATES: tuple[int, ...] = (TicketState.PENDING, TicketState.IN_PROGRESS, TicketState.OUTSOURCED)
#: States after which nothing happens to a ticket any more: these are the historical tickets.
FINAL_STATES: tuple[int, ...] = (TicketState.CLOSED, TicketState.CANCELLED)

TokenKind = Literal["access", "refresh", "id"]
TokenStatus = Literal["valid", "expired", "invalid"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS connectors (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    is_online INTEGER NOT NULL,
    vin_number TEXT NOT NULL,
    voltage TEXT NOT NULL,
    call_for_attention INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh', 'id')),
    connector_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    issued_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS login_failures (
    connector_id INTEGER NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_connector ON login_failures (connector_id, at);
CREATE TABLE IF NOT EXISTS used_otps (
    otp_hash TEXT PRIMARY KEY,
    used_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL,
    connector_id INTEGER NOT NULL,
    vin TEXT NOT NULL,
    vehicle_model_id INTEGER NOT NULL,
    vehicle_model_variant_id INTEGER NOT NULL,
    product_ids TEXT NOT NULL,
    state INTEGER NOT NULL,
    chat_id TEXT NOT NULL UNIQUE,
    connection_id INTEGER,
    connection_uuid TEXT,
    reference TEXT NOT NULL DEFAULT '',
    voucher TEXT,
    is_unattended INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    state_changed_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    cancelled_reason TEXT,
    totals TEXT NOT NULL,
    prerequisites TEXT NOT NULL,
    metadata TEXT NOT NULL,
    prepared_ticket_id TEXT,
    odometer_reading INTEGER
);
CREATE INDEX IF NOT EXISTS tickets_connector_state ON tickets (connector_id, state);
CREATE INDEX IF NOT EXISTS tickets_vin ON tickets (vin);
CREATE TABLE IF NOT EXISTS ticket_notes (
    id TEXT PRIMARY KEY,
    ticket_id INTEGER NOT NULL,
    value TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    attachments TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS csat (
    ticket_id INTEGER PRIMARY KEY,
    score INTEGER NOT NULL,
    comment TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS favorites (
    customer_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, product_id)
);
CREATE TABLE IF NOT EXISTS idempotency_keys (
    customer_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, key)
);
CREATE TABLE IF NOT EXISTS prepared_tickets (
    id TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    vin TEXT NOT NULL,
    vehicle_model_id INTEGER NOT NULL,
    vehicle_model_variant_id INTEGER NOT NULL,
    product_ids TEXT NOT NULL,
    created_at TEXT NOT NULL,
    used_by_ticket_id INTEGER
);
CREATE TABLE IF NOT EXISTS employees (
    id TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    username TEXT UNIQUE,
    enabled INTEGER NOT NULL DEFAULT 1,
    correspondence_locale TEXT NOT NULL,
    is_current INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    street TEXT NOT NULL,
    number TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    email_address TEXT NOT NULL,
    financial_email_address TEXT NOT NULL,
    phone TEXT NOT NULL,
    currency TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS wallets (
    customer_id INTEGER PRIMARY KEY,
    balance TEXT NOT NULL,
    payment_by_prepaid_balance INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS service_center (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    state TEXT NOT NULL CHECK (state IN ('opened', 'closed', 'scheduled')),
    ends_at TEXT,
    message TEXT
);
"""


def to_iso(moment: datetime) -> str:
    """``moment`` as a UTC ISO 8601 string: the one time format in the database (it sorts as text)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: the sandbox stores aware UTC times only")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str) -> datetime:
    """The aware datetime stored by :func:`to_iso`."""
    return datetime.fromisoformat(text).astimezone(UTC)


def _maybe_time(text: str | None) -> datetime | None:
    return None if text is None else from_iso(text)


def token_hash(token: str) -> str:
    """Tokens are kept as SHA-256 hashes only, so a database file holds no usable secret."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def json_dumps(value: Any) -> str:
    """JSON for the database: Decimals as exact strings, keys sorted."""
    return json.dumps(value, default=_json_default, sort_keys=True, separators=(",", ":"))


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return to_iso(value)
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


@dataclass(frozen=True, slots=True)
class Session:
    """Who a valid access token belongs to."""

    connector_id: int
    customer_id: int
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class TicketRecord:
    """A ticket as stored; ``totals`` is the price calculation the ticket was created with."""

    id: int
    uuid: str
    customer_id: int
    connector_id: int
    vin: str
    vehicle_model_id: int
    vehicle_model_variant_id: int
    product_ids: tuple[int, ...]
    state: int
    chat_id: str
    connection_id: int | None
    connection_uuid: str | None
    reference: str
    voucher: str | None
    is_unattended: bool
    created_at: datetime
    state_changed_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    cancelled_reason: str | None
    totals: dict[str, Any]
    #: ``((definition_id, value), ...)`` as the technician answered them.
    prerequisite_answers: tuple[tuple[int, str], ...]
    metadata: dict[str, Any]
    prepared_ticket_id: str | None
    odometer_reading: int | None

    @property
    def is_active(self) -> bool:
        """True while the ticket blocks its connector (pending, in progress or outsourced)."""
        return self.state in ACTIVE_STATES


@dataclass(frozen=True, slots=True)
class ServiceCenterStatus:
    """Whether the service center takes tickets: opened, closed, or scheduled (tickets wait until)."""

    state: Literal["opened", "closed", "scheduled"]
    ends_at: datetime | None
    message: str | None


def _ticket_from_row(row: sqlite3.Row) -> TicketRecord:
    answers = json.loads(row["prerequisites"])
    return TicketRecord(
        id=row["id"],
        uuid=row["uuid"],
        customer_id=row["customer_id"],
        connector_id=row["connector_id"],
        vin=row["vin"],
        vehicle_model_id=row["vehicle_model_id"],
        vehicle_model_variant_id=row["vehicle_model_variant_id"],
        product_ids=tuple(json.loads(row["product_ids"])),
        state=row["state"],
        chat_id=row["chat_id"],
        connection_id=row["connection_id"],
        connection_uuid=row["connection_uuid"],
        reference=row["reference"],
        voucher=row["voucher"],
        is_unattended=bool(row["is_unattended"]),
        created_at=from_iso(row["created_at"]),
        state_changed_at=from_iso(row["state_changed_at"]),
        started_at=_maybe_time(row["started_at"]),
        finished_at=_maybe_time(row["finished_at"]),
        cancelled_reason=row["cancelled_reason"],
        totals=json.loads(row["totals"]),
        prerequisite_answers=tuple((int(a["definition_id"]), str(a["value"])) for a in answers),
        metadata=json.loads(row["metadata"]),
        prepared_ticket_id=row["prepared_ticket_id"],
        odometer_reading=row["odometer_reading"],
    )


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class SandboxState:
    """The whole mutable state of one sandbox server, plus the immutable catalogue it serves."""

    def __init__(self, config: SandboxConfig, catalogue: Catalogue | None = None) -> None:
        self.config = config
        self.catalogue = catalogue if catalogue is not None else build_catalogue()
        self.index = CatalogueIndex(self.catalogue)
        self.clock = SandboxClock(config.speed)
        self.bus = EventBus()
        self.lock = threading.RLock()
        self.db = sqlite3.connect(config.db_path, check_same_thread=False, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if config.db_path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
        self._extra_schemas: list[str] = []
        self._reset_hooks: list[Callable[[], None]] = []
        self._token_secret = secrets.token_bytes(32)
        self._loop: asyncio.AbstractEventLoop | None = None
        with self.lock:
            self.db.executescript(_SCHEMA)
            if self._meta("seeded") is None:
                self._seed()

    # ------------------------------------------------------------------ plumbing

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The connection inside ``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on error), under the lock."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def now(self) -> datetime:
        """The sandbox clock's time."""
        return self.clock.now()

    def attach_loop(self, loop: asyncio.AbstractEventLoop | None) -> None:
        """The server's event loop, so events published from other threads reach it safely."""
        self._loop = loop

    def publish(self, event: Event) -> None:
        """Hand ``event`` to the bus on the server's loop, whichever thread this runs on."""
        loop = self._loop
        if loop is None or loop.is_closed():
            self.bus.publish(event)
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self.bus.publish(event)
        else:
            loop.call_soon_threadsafe(self.bus.publish, event)

    def register_schema(self, ddl: str, reset_hook: Callable[[], None] | None = None) -> None:
        """Add tables of another module (``CREATE TABLE IF NOT EXISTS``), kept across :meth:`reset`."""
        with self.lock:
            self.db.executescript(ddl)
            self._extra_schemas.append(ddl)
            if reset_hook is not None:
                self._reset_hooks.append(reset_hook)

    def reset(self) -> None:
        """Drop every table (this module's and registered ones), recreate them and seed the sample data."""
        with self.lock:
            tables = [
                row["name"]
                for row in self.db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for table in tables:
                self.db.execute(f'DROP TABLE IF EXISTS "{table}"')
            if self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'"
            ).fetchone():
                self.db.execute("DELETE FROM sqlite_sequence")
            self.db.executescript(_SCHEMA)
            for ddl in self._extra_schemas:
                self.db.executescript(ddl)
            self.clock.reset(self.config.speed)
            self._seed()
            hooks = list(self._reset_hooks)
        for hook in hooks:
            hook()

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def _seed(self) -> None:
        # Imported here: seed data builds on this module's helpers.
        from app.sandbox.seed import seed_state  # noqa: PLC0415

        with self.transaction() as db:
            seed_state(self, db)
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', ?)", (to_iso(self.now()),))

    # ------------------------------------------------------------------ tokens and sessions

    def _new_token(self, kind: TokenKind, connector_uuid: str, expires_at: datetime) -> str:
        header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "sandbox"}).encode())
        claims = {
            "sub": connector_uuid,
            "token_use": kind,
            "exp": int(expires_at.timestamp()),
            "jti": secrets.token_urlsafe(18),
        }
        payload = _b64url(json.dumps(claims, separators=(",", ":")).encode())
        signature = hmac.new(self._token_secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
        return f"{header}.{payload}.{_b64url(signature)}"

    def issue_tokens(self, connector_id: int) -> dict[str, str]:
        """A fresh ``{id_token, access_token, refresh_token}`` for a connector's customer."""
        connector = self.index.connector(connector_id)
        if connector is None:
            raise KeyError(connector_id)
        now = self.now()
        access_expiry = now + timedelta(seconds=self.config.access_token_ttl)
        refresh_expiry = now + timedelta(seconds=self.config.refresh_token_ttl)
        tokens = {
            "id_token": self._new_token("id", connector.uuid, access_expiry),
            "access_token": self._new_token("access", connector.uuid, access_expiry),
            "refresh_token": self._new_token("refresh", connector.uuid, refresh_expiry),
        }
        with self.transaction() as db:
            for kind, token, expiry in (
                ("id", tokens["id_token"], access_expiry),
                ("access", tokens["access_token"], access_expiry),
                ("refresh", tokens["refresh_token"], refresh_expiry),
            ):
                db.execute(
                    "INSERT INTO tokens (token_hash, kind, connector_id, customer_id, issued_at, expires_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        token_hash(token),
                        kind,
                        connector_id,
                        self.customer_of_connector(connector_id),
                        to_iso(now),
                        to_iso(expiry),
                    ),
                )
        return tokens

    def lookup_token(self, token: str, kind: TokenKind = "access") -> tuple[TokenStatus, Session | None]:
        """Whether ``token`` is a valid, expired or unknown token of ``kind``, and whose it is."""
        with self.lock:
            row = self.db.execute(
                "SELECT * FROM tokens WHERE token_hash = ? AND kind = ?", (token_hash(token), kind)
            ).fetchone()
        if row is None or row["revoked"]:
            return "invalid", None
        session = Session(row["connector_id"], row["customer_id"], from_iso(row["expires_at"]))
        if session.expires_at <= self.now():
            return "expired", session
        return "valid", session

    def session_for_token(self, access_token: str) -> Session | None:
        """The session of a valid (known, unexpired) access token, else None."""
        status, session = self.lookup_token(access_token, "access")
        return session if status == "valid" else None

    def rotate_refresh_token(self, refresh_token: str) -> tuple[TokenStatus, dict[str, str] | None]:
        """Spend a refresh token on a new token triple; the old refresh token stops working."""
        with self.lock:
            status, session = self.lookup_token(refresh_token, "refresh")
            if status != "valid" or session is None:
                return status, None
            self.db.execute(
                "UPDATE tokens SET revoked = 1 WHERE token_hash = ?", (token_hash(refresh_token),)
            )
            return "valid", self.issue_tokens(session.connector_id)

    def expire_access_tokens(self) -> int:
        """Make every live access token expired now (the refresh tokens still work)."""
        moment = to_iso(self.now() - timedelta(seconds=1))
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE tokens SET expires_at = ? WHERE kind IN ('access', 'id') AND expires_at > ?",
                (moment, moment),
            )
            return cursor.rowcount

    def record_login_failure(self, connector_id: int) -> None:
        """Remember one wrong pincode for the lockout."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO login_failures (connector_id, at) VALUES (?, ?)",
                (connector_id, to_iso(self.now())),
            )

    def login_failures_since(self, connector_id: int, since: datetime) -> list[datetime]:
        """Wrong pincodes of a connector since ``since``, oldest first."""
        with self.lock:
            rows = self.db.execute(
                "SELECT at FROM login_failures WHERE connector_id = ? AND at > ? ORDER BY at",
                (connector_id, to_iso(since)),
            ).fetchall()
        return [from_iso(row["at"]) for row in rows]

    def clear_login_failures(self, connector_id: int) -> None:
        """Forget the wrong pincodes of a connector (after a good login)."""
        with self.transaction() as db:
            db.execute("DELETE FROM login_failures WHERE connector_id = ?", (connector_id,))

    def use_otp(self, otp: str) -> bool:
        """Mark a one-time password used; False when it already was."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO used_otps (otp_hash, used_at) VALUES (?, ?)",
                (token_hash(otp), to_iso(self.now())),
            )
            return cursor.rowcount == 1

    # ------------------------------------------------------------------ connectors

    def customer_of_connector(self, connector_id: int) -> int:
        """The customer a connector belongs to."""
        with self.lock:
            row = self.db.execute(
                "SELECT customer_id FROM connectors WHERE id = ?", (connector_id,)
            ).fetchone()
        return SAMPLE_CUSTOMER_ID if row is None else int(row["customer_id"])

    def connector_status(self, connector_id: int) -> sqlite3.Row | None:
        """The mutable part of a connector: is_online, vin_number, voltage, call_for_attention."""
        with self.lock:
            row: sqlite3.Row | None = self.db.execute(
                "SELECT * FROM connectors WHERE id = ?", (connector_id,)
            ).fetchone()
        return row

    def connector_ids(self, customer_id: int) -> list[int]:
        """The connectors of a customer, by id."""
        with self.lock:
            rows = self.db.execute(
                "SELECT id FROM connectors WHERE customer_id = ? ORDER BY id", (customer_id,)
            ).fetchall()
        return [int(row["id"]) for row in rows]

    def update_connector(self, connector_id: int, **changes: Any) -> None:
        """Change a connector's status fields and push the connector message."""
        allowed = {"is_online", "vin_number", "voltage", "call_for_attention"}
        unknown = set(changes) - allowed
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if value is None:
                continue
            if name in {"is_online", "call_for_attention"}:
                values[name] = int(bool(value))
            elif name == "voltage":
                values[name] = str(Decimal(str(value)))
            else:
                values[name] = str(value)
        if values:
            assignments = ", ".join(f"{name} = ?" for name in values)
            with self.transaction() as db:
                db.execute(
                    f"UPDATE connectors SET {assignments} WHERE id = ?",  # noqa: S608 - names are fixed
                    (*values.values(), connector_id),
                )
        self.publish(Event("connector", connector_id, self.connector_message(connector_id)))

    def connector_message(self, connector_id: int) -> dict[str, Any]:
        """The websocket connector message (chosen shape, API-CONTRACT)."""
        row = self.connector_status(connector_id)
        if row is None:
            raise KeyError(connector_id)
        return {
            "connector_id": connector_id,
            "is_online": bool(row["is_online"]),
            "vin_number": row["vin_number"],
            # A measurement, not money: a JSON number is what a client plots.
            "voltage": float(Decimal(row["voltage"])),
            "call_for_attention": bool(row["call_for_attention"]),
        }

    # ------------------------------------------------------------------ tickets

    def ticket(self, ticket_id: int) -> TicketRecord | None:
        """A ticket by id."""
        with self.lock:
            row = self.db.execute("SELECT * FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
        return None if row is None else _ticket_from_row(row)

    def ticket_by_channel(self, channel_id: str) -> TicketRecord | None:
        """The ticket whose chat is ``channel_id`` (a ticket's ``chat_id`` is its channel id)."""
        with self.lock:
            row = self.db.execute("SELECT * FROM tickets WHERE chat_id = ?", (channel_id,)).fetchone()
        return None if row is None else _ticket_from_row(row)

    def ticket_by_connection(self, connection_uuid: str) -> TicketRecord | None:
        """The ticket whose remote connection is ``connection_uuid``."""
        with self.lock:
            row = self.db.execute(
                "SELECT * FROM tickets WHERE connection_uuid = ?", (connection_uuid,)
            ).fetchone()
        return None if row is None else _ticket_from_row(row)

    def tickets_in_states(self, states: Iterable[int]) -> list[TicketRecord]:
        """Every ticket in one of ``states``, oldest first."""
        wanted = [int(state) for state in states]
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        with self.lock:
            rows = self.db.execute(
                f"SELECT * FROM tickets WHERE state IN ({marks}) ORDER BY id",  # noqa: S608 - placeholders only
                wanted,
            ).fetchall()
        return [_ticket_from_row(row) for row in rows]

    def all_tickets(self) -> list[TicketRecord]:
        """Every ticket, oldest first."""
        with self.lock:
            rows = self.db.execute("SELECT * FROM tickets ORDER BY id").fetchall()
        return [_ticket_from_row(row) for row in rows]

    def active_ticket(self, connector_id: int) -> TicketRecord | None:
        """The connector's pending, in-progress or outsourced ticket."""
        with self.lock:
            row = self.db.execute(
                "SELECT * FROM tickets WHERE connector_id = ? AND state IN (?, ?, ?)"
                " ORDER BY id DESC LIMIT 1",
                (connector_id, *ACTIVE_STATES),
            ).fetchone()
        return None if row is None else _ticket_from_row(row)

    def insert_ticket(
        self,
        db: sqlite3.Connection,
        *,
        customer_id: int,
        connector_id: int,
        vin: str,
        vehicle_model_id: int,
        vehicle_model_variant_id: int,
        product_ids: Iterable[int],
        state: int,
        reference: str,
        voucher: str | None,
        is_unattended: bool,
        totals: dict[str, Any],
        prerequisite_answers: Iterable[tuple[int, str]],
        metadata: dict[str, Any],
        prepared_ticket_id: str | None = None,
        odometer_reading: int | None = None,
        created_at: datetime | None = None,
        finished_at: datetime | None = None,
        ticket_id: int | None = None,
    ) -> int:
        """Store a new ticket inside the caller's transaction; its id."""
        created = created_at or self.now()
        ticket_uuid = (
            str(uuid.uuid4()) if ticket_id is None else str(uuid.uuid5(uuid.NAMESPACE_URL, f"t{ticket_id}"))
        )
        answers = [
            {"definition_id": definition, "value": value} for definition, value in prerequisite_answers
        ]
        cursor = db.execute(
            "INSERT INTO tickets (id, uuid, customer_id, connector_id, vin, vehicle_model_id,"
            " vehicle_model_variant_id, product_ids, state, chat_id, reference, voucher, is_unattended,"
            " created_at, state_changed_at, started_at, finished_at, totals, prerequisites, metadata,"
            " prepared_ticket_id, odometer_reading)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                ticket_id,
                ticket_uuid,
                customer_id,
                connector_id,
                vin,
                vehicle_model_id,
                vehicle_model_variant_id,
                json_dumps(list(product_ids)),
                int(state),
                reference,
                voucher,
                int(is_unattended),
                to_iso(created),
                to_iso(finished_at or created),
                None if finished_at is None else to_iso(created),
                None if finished_at is None else to_iso(finished_at),
                json_dumps(totals),
                json_dumps(answers),
                json_dumps(metadata),
                prepared_ticket_id,
                odometer_reading,
            ),
        )
        new_id = int(cursor.lastrowid or 0)
        # The seed's chat_id is "<number>_<uuid>": the ticket id and a channel uuid of its own (fixed for
        # seeded tickets, so sample data is the same in every sandbox).
        channel = uuid.uuid4() if ticket_id is None else uuid.uuid5(uuid.NAMESPACE_URL, f"channel{ticket_id}")
        db.execute("UPDATE tickets SET chat_id = ? WHERE id = ?", (f"{new_id}_{channel}", new_id))
        return new_id

    def set_ticket_state(self, ticket_id: int, state: int, *, reason: str | None = None) -> TicketRecord:
        """Move a ticket to ``state``, record what that implies, and push the ticket message.

        In progress opens a remote connection (``connection_uuid``); closed and cancelled are final and
        stamp ``finished_at``; closing also writes the session note that the historical ticket shows.
        """
        now = self.now()
        with self.transaction() as db:
            row = db.execute("SELECT * FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
            if row is None:
                raise KeyError(ticket_id)
            current = _ticket_from_row(row)
            changes: dict[str, Any] = {"state": int(state), "state_changed_at": to_iso(now)}
            if state in (TicketState.IN_PROGRESS, TicketState.OUTSOURCED) and current.connection_uuid is None:
                changes["connection_uuid"] = str(uuid.uuid4())
                changes["connection_id"] = 5_000_000 + ticket_id
                changes["started_at"] = to_iso(now)
            if state in FINAL_STATES:
                changes["finished_at"] = to_iso(now)
            if state == TicketState.CANCELLED:
                changes["cancelled_reason"] = reason or "Cancelled by the service center."
            assignments = ", ".join(f"{name} = ?" for name in changes)
            db.execute(f"UPDATE tickets SET {assignments} WHERE id = ?", (*changes.values(), ticket_id))  # noqa: S608
            if state == TicketState.CLOSED and current.state != TicketState.CLOSED:
                self._write_closing_note(db, current, now)
        updated = self.ticket(ticket_id)
        assert updated is not None
        self.publish(Event("ticket", ticket_id, self.ticket_message(ticket_id)))
        if updated.connection_uuid is not None and updated.connection_uuid != current.connection_uuid:
            message = self.connection_message(updated.connection_uuid)
            if message is not None:
                self.publish(Event("connection", updated.connection_uuid, message))
        return updated

    def _write_closing_note(self, db: sqlite3.Connection, ticket: TicketRecord, now: datetime) -> None:
        names = [
            product.name
            for product in (self.index.product(pid) for pid in ticket.product_ids)
            if product is not None
        ]
        value = (
            "Remote session finished. Carried out: "
            + ", ".join(names)
            + ". No further faults stored after the final scan."
        )
        file_name = f"session-report-{ticket.id}.txt"
        attachment = {"file_name": file_name, "file_reference": note_attachment_reference(ticket, file_name)}
        _insert_note(db, ticket.id, value, [attachment], now)

    def add_ticket_note(self, ticket_id: int, value: str, attachments: Iterable[dict[str, str]] = ()) -> str:
        """Add a note to a ticket (``attachments``: ``{file_name, file_reference}``); its id."""
        with self.transaction() as db:
            return _insert_note(db, ticket_id, value, list(attachments), self.now())

    def ticket_csat(self, ticket_id: int) -> dict[str, Any] | None:
        """The satisfaction score given for a ticket (``score``, ``comment``, ``updated_at``), or None."""
        with self.lock:
            row = self.db.execute("SELECT * FROM csat WHERE ticket_id = ?", (ticket_id,)).fetchone()
        if row is None:
            return None
        return {"score": row["score"], "comment": row["comment"], "updated_at": from_iso(row["updated_at"])}

    def ticket_notes(self, ticket_id: int) -> list[dict[str, Any]]:
        """The notes of a ticket, oldest first, in the wire shape."""
        with self.lock:
            rows = self.db.execute(
                "SELECT * FROM ticket_notes WHERE ticket_id = ? ORDER BY created_at, rowid", (ticket_id,)
            ).fetchall()
        return [
            {
                "id": row["id"],
                "ticket_id": row["ticket_id"],
                "value": row["value"],
                "created_at": from_iso(row["created_at"]),
                "updated_at": from_iso(row["updated_at"]),
                "attachments": json.loads(row["attachments"]),
            }
            for row in rows
        ]

    # ------------------------------------------------------------------ service center

    def service_center_status(self) -> ServiceCenterStatus:
        """The service center's state; a schedule whose end has passed counts as opened again."""
        with self.lock:
            row = self.db.execute("SELECT * FROM service_center WHERE id = 1").fetchone()
        if row is None:
            return ServiceCenterStatus("opened", None, None)
        ends_at = _maybe_time(row["ends_at"])
        state = row["state"]
        if state == "scheduled" and ends_at is not None and ends_at <= self.now():
            return ServiceCenterStatus("opened", None, row["message"])
        return ServiceCenterStatus(state, ends_at, row["message"])

    def set_service_center_status(self, state: str, ends_at: datetime | None, message: str | None) -> None:
        """Change the service center's state and push the ticket message of every pending ticket."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO service_center (id, state, ends_at, message) VALUES (1, ?, ?, ?)",
                (state, None if ends_at is None else to_iso(ends_at), message),
            )
        for ticket in self.tickets_in_states([TicketState.PENDING]):
            self.publish(Event("ticket", ticket.id, self.ticket_message(ticket.id)))

    # ------------------------------------------------------------------ websocket messages

    def ticket_message(self, ticket_id: int) -> dict[str, Any]:
        """The websocket ticket message (fields of API-CONTRACT, times as ISO strings)."""
        ticket = self.ticket(ticket_id)
        if ticket is None:
            raise KeyError(ticket_id)
        schedule = None
        if ticket.state == TicketState.PENDING:
            status = self.service_center_status()
            if status.state == "scheduled":
                schedule = {
                    "message": status.message,
                    "until": None if status.ends_at is None else status.ends_at.isoformat(),
                }
        return {
            "id": ticket.id,
            "ticket_id": ticket.id,
            "ticket_uuid": ticket.uuid,
            "state": ticket.state,
            "connection_id": ticket.connection_id,
            "connection_uuid": ticket.connection_uuid,
            "cancelled_reason": ticket.cancelled_reason,
            "chat_state": "open" if ticket.is_active else "closed",
            "vehicle_model_id": ticket.vehicle_model_id,
            "vehicle_model_variant_id": ticket.vehicle_model_variant_id,
            "vin": ticket.vin,
            "is_script_composition_running": ticket.state == TicketState.OUTSOURCED,
            "schedule": schedule,
        }

    def connection_message(self, connection_uuid: str) -> dict[str, Any] | None:
        """The websocket connection message of a ticket's remote connection, or None when unknown."""
        ticket = self.ticket_by_connection(connection_uuid)
        if ticket is None:
            return None
        live = ticket.state in (TicketState.IN_PROGRESS, TicketState.OUTSOURCED)
        return {
            "connection_uuid": connection_uuid,
            # The script UI is a service of its own that the sandbox does not run: an address that can
            # never resolve (.invalid) says so honestly.
            "script_ui_wss_url": f"wss://script-ui.sandbox.workbay.invalid/connections/{connection_uuid}",
            "script_ui_available": live,
            "is_autonomous": ticket.is_unattended,
        }

    def close(self) -> None:
        """Close the database."""
        with self.lock:
            self.db.close()


def _insert_note(
    db: sqlite3.Connection, ticket_id: int, value: str, attachments: list[dict[str, str]], now: datetime
) -> str:
    note_id = str(uuid.uuid4())
    db.execute(
        "INSERT INTO ticket_notes (id, ticket_id, value, created_at, updated_at, attachments)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (note_id, ticket_id, value, to_iso(now), to_iso(now), json_dumps(attachments)),
    )
    return note_id


def note_attachment_reference(ticket: TicketRecord, file_name: str) -> str:
    """Where the closing note's report lives: a channel attachment of the ticket's chat."""
    return f"/channel/{ticket.chat_id}/{ticket.uuid}/{file_name}"
