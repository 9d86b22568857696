"""The wizard's draft: the one order in progress on this installation, saved at every change.

The payload is JSON text the domain's wizard produces and reads back; the store keeps it as it is, with the
step and the connector it belongs to. It never keeps a secret: a payload with a pincode, token or similar
member (the names of :data:`app.domain.redact.SECRET_KEYS`) or a token-shaped value is refused.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from app.domain.redact import SECRET_KEYS, is_secret_key
from app.store.database import Database, utc_now

__all__ = ["DraftStore", "StoredDraft"]

log = logging.getLogger(__name__)

# A JSON Web Token (an access or refresh token) is recognisable by its first part, the base64 of '{"'.
_TOKEN_VALUE: Final = re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+")
# The words of a member name in snake, kebab or camel case: "connectorPincode" -> connector, pincode.
_WORDS: Final = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


@dataclass(frozen=True, slots=True)
class StoredDraft:
    """The saved draft as it was last written.

    Attributes:
        payload: the wizard's JSON text, unchanged.
        step: the wizard step the technician was on.
        connector_uuid: the connector the order is for.
        updated_at: when it was saved (aware, UTC).
        schema_version: the version of the payload's format, as the wizard gave it.
    """

    payload: str
    step: str
    connector_uuid: str
    updated_at: datetime
    schema_version: int


class DraftStore:
    """Exactly one current draft per installation: :meth:`save` replaces it, :meth:`clear` removes it."""

    def __init__(self, db: Database, *, clock: Callable[[], datetime] = utc_now) -> None:
        """Keep the draft in ``db``; ``clock`` stamps each save (aware datetimes)."""
        self._db = db
        self._clock = clock

    def save(self, payload: str, *, step: str, connector_uuid: str, schema_version: int = 1) -> StoredDraft:
        """Replace the draft; durable when this returns (one small synchronous commit).

        Raises:
            ValueError: ``payload`` is not JSON, or holds a secret (a pincode, a token, ...): the wizard
                must leave those out. The message names the member, never its value.
            StoreError: the disk refused the write.
        """
        _check_payload(payload)
        if not step.strip() or not connector_uuid.strip():
            raise ValueError("a draft needs the step and the connector it belongs to")
        draft = StoredDraft(
            payload=payload,
            step=step,
            connector_uuid=connector_uuid.strip(),
            updated_at=_aware_utc(self._clock()),
            schema_version=schema_version,
        )
        self._db.execute(
            """
            INSERT INTO draft (id, payload, step, connector_uuid, schema_version, updated_at)
            VALUES (1, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                payload = excluded.payload,
                step = excluded.step,
                connector_uuid = excluded.connector_uuid,
                schema_version = excluded.schema_version,
                updated_at = excluded.updated_at
            """,
            (
                draft.payload,
                draft.step,
                draft.connector_uuid,
                draft.schema_version,
                draft.updated_at.isoformat(),
            ),
        )
        return draft

    def load(self) -> StoredDraft | None:
        """The saved draft, or None when there is none."""
        rows = self._db.query(
            "SELECT payload, step, connector_uuid, schema_version, updated_at FROM draft WHERE id = 1"
        )
        if not rows:
            return None
        row = rows[0]
        try:
            updated_at = _aware_utc(datetime.fromisoformat(row["updated_at"]))
        except (TypeError, ValueError):
            # Only an outside edit of the file gets here; resuming with a guessed time would mislead.
            log.warning("The saved draft has no valid time (%r); it is ignored.", row["updated_at"])
            return None
        return StoredDraft(
            payload=row["payload"],
            step=row["step"],
            connector_uuid=row["connector_uuid"],
            updated_at=updated_at,
            schema_version=int(row["schema_version"]),
        )

    def clear(self) -> None:
        """Remove the draft (an order placed, a logout); nothing happens when there is none."""
        self._db.execute("DELETE FROM draft WHERE id = 1")


def _aware_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a naive time cannot be stored; the clock must give aware datetimes")
    return moment.astimezone(UTC)


def _check_payload(payload: str) -> None:
    try:
        document = json.loads(payload)
    except (TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"a draft's payload must be JSON text ({exc})") from None
    secret = next(_secrets(document, "$"), None)
    if secret is not None:
        raise ValueError(
            f"a draft must not hold secrets, but {secret} looks like one; "
            "leave pincodes, one-time passwords and tokens out of the wizard's saved state"
        )


def _secrets(value: object, where: str) -> Iterator[str]:
    """Where (as a JSON path) ``value`` holds something secret, never the secret itself."""
    if isinstance(value, dict):
        for name, member in value.items():
            here = f"{where}.{name}"
            if is_secret_key(name) or (_last_word_is_secret(name) and _could_be_secret(member)):
                yield here
            yield from _secrets(member, here)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _secrets(item, f"{where}[{index}]")
    elif isinstance(value, str) and _TOKEN_VALUE.search(value):
        yield where


def _last_word_is_secret(name: str) -> bool:
    # "connector_pincode" and "accessToken" hold secrets, although only "pincode" and "access_token" are
    # listed; "has_pincode" names a flag, which _could_be_secret tells apart by its value.
    words = _WORDS.findall(name)
    return bool(words) and words[-1].lower() in SECRET_KEYS


def _could_be_secret(value: object) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool) and value != ""
