"""Remembered connectors: the ones a technician logged in with on this computer, newest first.

Only what is not secret lives here (UUID, a label, when it was last used, whether the keyring holds its
pincode); the pincode itself is the business of :class:`app.store.secrets.SecretStore`.
"""

from __future__ import annotations

import builtins
import sqlite3
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from app.store.database import Database, utc_now

__all__ = [
    "MAX_LABEL_LENGTH",
    "MAX_REMEMBERED",
    "ConnectorDirectory",
    "RememberedConnector",
    "normalise_uuid",
]

#: How many connectors are kept; remembering one more drops the least recently used.
MAX_REMEMBERED: Final = 20
#: Long enough for "VW Golf VIII, bay 3, morning shift"; a list entry has to fit on a button.
MAX_LABEL_LENGTH: Final = 120


@dataclass(frozen=True, slots=True)
class RememberedConnector:
    """One remembered connector.

    Attributes:
        uuid: the connector's UUID (lower case, with hyphens).
        label: the name the technician knows it by.
        last_used_at: when it was last remembered or used (aware, UTC).
        has_pincode: the keyring holds its pincode (so logging in needs no typing).
    """

    uuid: str
    label: str
    last_used_at: datetime
    has_pincode: bool


def normalise_uuid(value: str) -> str:
    """The canonical spelling of a connector UUID (lower case, hyphens), whatever way it was typed.

    Raises:
        ValueError: ``value`` is not a UUID.
    """
    try:
        return str(uuid_module.UUID(value.strip()))
    except (AttributeError, ValueError):
        raise ValueError(f"not a connector UUID: {value!r}") from None


class ConnectorDirectory:
    """The remembered connectors of this installation, at most :data:`MAX_REMEMBERED`."""

    def __init__(
        self, db: Database, *, clock: Callable[[], datetime] = utc_now, limit: int = MAX_REMEMBERED
    ) -> None:
        """Keep the list in ``db``; ``clock`` stamps each use; ``limit`` is how many are kept."""
        if limit < 1:
            raise ValueError("at least one connector must be kept")
        self._db = db
        self._clock = clock
        self._limit = limit

    def remember(self, uuid: str, label: str, *, has_pincode: bool) -> builtins.list[str]:
        """Add the connector, or update its label and pincode flag; it becomes the most recent.

        Returns:
            The UUIDs dropped to stay within the limit (oldest first), so that their pincodes can be
            removed from the keyring too.

        Raises:
            ValueError: ``uuid`` is not a UUID, or ``label`` is empty or too long.
        """
        key = normalise_uuid(uuid)
        text = " ".join(label.split())
        if not text:
            raise ValueError("a remembered connector needs a label")
        if len(text) > MAX_LABEL_LENGTH:
            raise ValueError(f"a connector's label has at most {MAX_LABEL_LENGTH} characters")
        with self._db.transaction() as connection:
            connection.execute(
                """
                INSERT INTO remembered_connector (uuid, label, has_pincode, last_used_at, use_order)
                VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(use_order), 0) + 1 FROM remembered_connector))
                ON CONFLICT (uuid) DO UPDATE SET
                    label = excluded.label,
                    has_pincode = excluded.has_pincode,
                    last_used_at = excluded.last_used_at,
                    use_order = excluded.use_order
                """,
                (key, text, int(has_pincode), self._now()),
            )
            dropped = [
                row[0]
                for row in connection.execute(
                    "SELECT uuid FROM remembered_connector ORDER BY use_order DESC LIMIT -1 OFFSET ?",
                    (self._limit,),
                ).fetchall()
            ]
            connection.executemany(
                "DELETE FROM remembered_connector WHERE uuid = ?", [(item,) for item in dropped]
            )
        return dropped[::-1]

    def touch(self, uuid: str) -> bool:
        """Mark the connector as just used (it moves to the top); False when it is not remembered."""
        changed = self._db.execute(
            """
            UPDATE remembered_connector
            SET last_used_at = ?, use_order = (SELECT MAX(use_order) + 1 FROM remembered_connector)
            WHERE uuid = ?
            """,
            (self._now(), normalise_uuid(uuid)),
        )
        return changed > 0

    def set_has_pincode(self, uuid: str, has_pincode: bool) -> bool:
        """Record whether the keyring holds the connector's pincode; False when it is not remembered."""
        changed = self._db.execute(
            "UPDATE remembered_connector SET has_pincode = ? WHERE uuid = ?",
            (int(has_pincode), normalise_uuid(uuid)),
        )
        return changed > 0

    def forget(self, uuid: str) -> bool:
        """Remove the connector; False when it was not remembered."""
        return (
            self._db.execute("DELETE FROM remembered_connector WHERE uuid = ?", (normalise_uuid(uuid),)) > 0
        )

    def get(self, uuid: str) -> RememberedConnector | None:
        """The remembered connector with this UUID, or None."""
        rows = self._db.query(
            "SELECT uuid, label, last_used_at, has_pincode FROM remembered_connector WHERE uuid = ?",
            (normalise_uuid(uuid),),
        )
        return _connector(rows[0]) if rows else None

    def list(self) -> builtins.list[RememberedConnector]:
        """Every remembered connector, the most recently used first."""
        rows = self._db.query(
            "SELECT uuid, label, last_used_at, has_pincode FROM remembered_connector ORDER BY use_order DESC"
        )
        return [_connector(row) for row in rows]

    def _now(self) -> str:
        moment = self._clock()
        if moment.utcoffset() is None:
            raise ValueError("the clock must give aware datetimes")
        return moment.astimezone(UTC).isoformat()


def _connector(row: sqlite3.Row) -> RememberedConnector:
    uuid, label, last_used_at, has_pincode = row
    return RememberedConnector(
        uuid=str(uuid),
        label=str(label),
        last_used_at=datetime.fromisoformat(str(last_used_at)).astimezone(UTC),
        has_pincode=bool(has_pincode),
    )
