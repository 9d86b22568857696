"""The one SQLite file of an installation: opened durably, migrated, and set aside when it cannot be used.

The file holds the wizard's draft and the remembered connectors, nothing secret. Writes are tiny and
synchronous: ``synchronous=FULL`` in WAL mode makes every commit reach the disk before it returns, so a
power cut on a kiosk loses at most the step being typed, never the last one saved.

Opening never fails: a damaged, unreadable or too-new file is renamed to ``workbay.db.corrupt-<time>``
(or ``.newer-<time>``) with a warning in the log and a fresh one is made; if even that is impossible (a
read-only disk), the store runs in memory for this session and :attr:`Database.persistent` says so.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Final, Self

from app.store.paths import make_private_dir

__all__ = ["SCHEMA_VERSION", "Database", "StoreError", "utc_now"]

log = logging.getLogger(__name__)

# Each migration is the statements that bring the schema from version N to N + 1 (N = its index). Append
# only: a released migration never changes, as installations out there have already run it.
_MIGRATIONS: Final[tuple[tuple[str, ...], ...]] = (
    (
        """
        CREATE TABLE draft (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            payload TEXT NOT NULL,
            step TEXT NOT NULL,
            connector_uuid TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE remembered_connector (
            uuid TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            has_pincode INTEGER NOT NULL CHECK (has_pincode IN (0, 1)),
            last_used_at TEXT NOT NULL,
            use_order INTEGER NOT NULL
        )
        """,
    ),
)

#: The schema version this program writes (``PRAGMA user_version``).
SCHEMA_VERSION: Final = len(_MIGRATIONS)

#: How long a write waits for another connection (a second window on the same PC) to finish, in ms.
BUSY_TIMEOUT_MS: Final = 2000

# Another program holding the file is no reason to set it aside: only these are.
_BUSY_CODES: Final = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
# The files SQLite keeps next to the database; a stale WAL applied to a fresh file would corrupt it.
_COMPANIONS: Final = ("-wal", "-shm", "-journal")


class StoreError(Exception):
    """Local storage failed (a full or failing disk); the message says what could not be done."""


class _UnusableError(Exception):
    """The file cannot serve as the database; ``tag`` names the copy it is set aside as."""

    def __init__(self, reason: str, *, tag: str = "corrupt") -> None:
        super().__init__(reason)
        self.tag = tag


def utc_now() -> datetime:
    """The current time, aware, in UTC: what the stores stamp their rows with."""
    return datetime.now(UTC)


class Database:
    """One open SQLite database. Thread-safe: every statement runs under one lock.

    Attributes:
        path: the file, or None when running in memory.
        set_aside: where a damaged file was moved on opening, or None.
    """

    def __init__(
        self, connection: sqlite3.Connection, *, path: Path | None, set_aside: Path | None = None
    ) -> None:
        """Wrap an open, migrated connection; use :meth:`open` or :meth:`in_memory`."""
        self._connection = connection
        self._lock = threading.RLock()
        self.path = path
        self.set_aside = set_aside

    @classmethod
    def open(cls, path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
        """The database in ``path``, created or migrated as needed. Never raises; see the module text.

        Args:
            path: the SQLite file (normally :attr:`AppPaths.database`).
            busy_timeout_ms: how long to wait for another connection's write lock before giving up.
        """
        try:
            return cls(_connect(path, busy_timeout_ms), path=path)
        except _UnusableError as exc:
            problem: BaseException = exc
            if exc.tag:
                try:
                    moved = _set_aside(path, exc.tag)
                    log.warning(
                        "The local database %s could not be used (%s); it was moved to %s, a new one made.",
                        path,
                        exc,
                        moved.name,
                    )
                    return cls(_connect(path, busy_timeout_ms), path=path, set_aside=moved)
                except (OSError, _UnusableError) as second:
                    problem = second
        except OSError as exc:
            problem = exc
        log.error(
            "The local database %s cannot be opened (%s); drafts are kept in memory until Workbay closes.",
            path,
            problem,
        )
        return cls.in_memory()

    @classmethod
    def in_memory(cls) -> Database:
        """A database that lives as long as this object: for tests, and when no file can be used."""
        return cls(_connect(None, BUSY_TIMEOUT_MS), path=None)

    @property
    def persistent(self) -> bool:
        """False when the database is in memory, so a crash would lose the draft."""
        return self.path is not None

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return int(self.query_one("PRAGMA user_version")[0])

    def execute(self, sql: str, parameters: Sequence[object] = ()) -> int:
        """Run one writing statement as its own transaction; the number of rows it changed."""
        with self._lock, _as_store_error(sql):
            return self._connection.execute(sql, parameters).rowcount

    def query(self, sql: str, parameters: Sequence[object] = ()) -> list[sqlite3.Row]:
        """The rows of one reading statement."""
        with self._lock, _as_store_error(sql):
            return self._connection.execute(sql, parameters).fetchall()

    def query_one(self, sql: str, parameters: Sequence[object] = ()) -> sqlite3.Row:
        """The first row of one reading statement, which must return one."""
        rows = self.query(sql, parameters)
        if not rows:
            raise StoreError(f"no row for {_first_words(sql)}")
        return rows[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Several statements as one durable change: all of them, or (on an exception) none."""
        with self._lock, _as_store_error("a transaction"):
            connection = self._connection
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def close(self) -> None:
        """Close the connection (SQLite folds the WAL back into the file when the last one closes)."""
        with self._lock:
            self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


@contextmanager
def _as_store_error(what: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreError(f"the local database failed on {_first_words(what)}: {exc}") from exc


def _first_words(sql: str) -> str:
    return " ".join(sql.split()[:3])


def _connect(path: Path | None, busy_timeout_ms: int) -> sqlite3.Connection:
    """An open connection with Workbay's settings and the current schema; raises _UnusableError or OSError."""
    if path is not None:
        make_private_dir(path.parent)
    target = ":memory:" if path is None else str(path)
    try:
        connection = sqlite3.connect(
            target, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise _UnusableError(str(exc)) from exc
    try:
        connection.row_factory = sqlite3.Row
        _configure(connection, path, busy_timeout_ms)
        _check(connection)
        _migrate(connection)
    except sqlite3.Error as exc:
        connection.close()
        if exc.sqlite_errorcode in _BUSY_CODES:
            # Another process is using a healthy file: renaming it would pull it from under that process.
            raise _UnusableError(f"it is in use by another program ({exc})", tag="") from exc
        raise _UnusableError(str(exc)) from exc
    except _UnusableError:
        connection.close()
        raise
    return connection


def _configure(connection: sqlite3.Connection, path: Path | None, busy_timeout_ms: int) -> None:
    connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    if path is not None:
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            # Some network file systems cannot share memory for WAL; the rollback journal is as durable.
            log.info("The local database %s uses the %s journal (WAL is not possible there).", path, mode)
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")


def _check(connection: sqlite3.Connection) -> None:
    # quick_check reads every page of this small file (well under a millisecond), and a damaged page found
    # now is better than a save failing in the middle of an order.
    rows = connection.execute("PRAGMA quick_check").fetchall()
    if [tuple(row) for row in rows] != [("ok",)]:
        raise _UnusableError(f"the integrity check failed: {rows[0][0]}")


def _migrate(connection: sqlite3.Connection) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        for number in _pending_migrations(connection):
            for statement in _MIGRATIONS[number]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _pending_migrations(connection: sqlite3.Connection) -> range:
    # Called inside the write lock: two windows starting at once must not both run a migration.
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise _UnusableError(
            f"it was written by a newer Workbay (schema {version}, this one knows {SCHEMA_VERSION})",
            tag="newer",
        )
    return range(version, SCHEMA_VERSION)


def _set_aside(path: Path, tag: str) -> Path:
    """Rename ``path`` (and the files SQLite keeps beside it) out of the way; the new name of ``path``."""
    stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.{tag}-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.{tag}-{stamp}-{counter}")
    if path.exists():
        path.rename(aside)
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    return aside
