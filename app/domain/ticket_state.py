"""Ticket states: an integer on the wire, with no public table; this is the one the contract chose."""

from __future__ import annotations

from enum import IntEnum


class TicketState(IntEnum):
    """The known ticket states. An unknown number is kept as a plain ``int``, never an error."""

    PREPARED = 0
    PENDING = 1
    IN_PROGRESS = 2
    OUTSOURCED = 3
    CLOSED = 7
    CANCELLED = 8

    @property
    def is_active(self) -> bool:
        """True while an operator may still work on the ticket."""
        return self in {TicketState.PENDING, TicketState.IN_PROGRESS, TicketState.OUTSOURCED}

    @property
    def is_final(self) -> bool:
        """True once nothing more will happen to the ticket."""
        return self in {TicketState.CLOSED, TicketState.CANCELLED}


def ticket_state(value: int) -> TicketState | int:
    """The known state for ``value``, or ``value`` itself when the number is not in the table."""
    try:
        return TicketState(value)
    except ValueError:
        return value
