"""The base of every wire model, and the small lenient types the Customer API's answers need."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict

from app.domain.ticket_state import TicketState, ticket_state

__all__ = [
    "ApiModel",
    "ApiRequest",
    "FlatIntTuple",
    "LooseStr",
    "Page",
    "TicketStateValue",
    "UtcDatetime",
    "WireVin",
    "flatten_ints",
]


class ApiModel(BaseModel):
    """A model of the Customer API: immutable, tolerant of members this client does not know yet."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, frozen=True)


class ApiRequest(ApiModel):
    """A request body. ``to_wire`` is what goes on the wire (JSON-ready, by alias, no unset options)."""

    #: Members sent even when None, because the API distinguishes "null" from "absent" for them.
    send_null: ClassVar[frozenset[str]] = frozenset()

    def to_wire(self) -> dict[str, Any]:
        """The JSON object to send: aliases applied, None members left out unless ``send_null``."""
        data = self.model_dump(mode="json", by_alias=True, exclude_none=True)
        for name in self.send_null:
            data.setdefault(name, None)
        return data


def _as_utc(value: datetime) -> datetime:
    # The API writes offsets (+00:00, +0200); a naive time can only mean UTC on this service.
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


#: A timezone-aware UTC datetime; a naive one on the wire is taken as UTC.
UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]


def flatten_ints(value: object) -> object:
    """``[[1, 2], [3]]`` or ``[1, [2]]`` → ``[1, 2, 3]``: the seed nests id lists, real answers may not."""
    if not isinstance(value, list | tuple):
        return value
    flat: list[object] = []

    def walk(items: Iterable[object]) -> None:
        for item in items:
            if isinstance(item, list | tuple):
                walk(item)
            else:
                flat.append(item)

    walk(value)
    return flat


#: A tuple of ints that may arrive nested one or more levels deep.
FlatIntTuple = Annotated[tuple[int, ...], BeforeValidator(flatten_ints)]


def _loose_str(value: object) -> object:
    # Documented as strings, sent as numbers in the examples (item_number, phone, reference).
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal | float):
        return str(value)
    return value


#: A string that the server may send as a number.
LooseStr = Annotated[str, BeforeValidator(_loose_str)]


def _wire_vin(value: object) -> object:
    # A connector that read no VIN may say so with null as well as with "".
    if value is None:
        return ""
    return _loose_str(value)


#: A VIN the server sends where one is always present: kept exactly as sent (empty, 16 characters, small
#: letters...), null read as "". VINs from the server are shown and compared, never refused.
WireVin = Annotated[str, BeforeValidator(_wire_vin)]


def _ticket_state(value: object) -> object:
    # An unknown number stays a plain int (shown as a number), never a validation error; "3" is 3.
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return ticket_state(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return ticket_state(int(value))
    return value


#: A ticket state from the wire: the known :class:`TicketState`, or the number as it came.
TicketStateValue = Annotated[TicketState | int, BeforeValidator(_ticket_state)]

ItemT = TypeVar("ItemT")


class Page(ApiModel, Generic[ItemT]):
    """One page of a ``{result, total, offset, limit}`` list."""

    result: tuple[ItemT, ...]
    total: int
    offset: int = 0
    limit: int = 0

    @property
    def next_offset(self) -> int | None:
        """Where the next page starts, or None when this is the last one."""
        end = self.offset + len(self.result)
        if not self.result or end >= self.total:
            return None
        return end
