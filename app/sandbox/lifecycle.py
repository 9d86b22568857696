"""The ticket scheduler: moves tickets through their states as sandbox time passes.

A pending ticket (1) is picked up after ``pending_seconds``: by an operator (in progress, 2) or, when
every product is unattended, by an unattended service (outsourced, 3); either closes (7) after
``in_progress_seconds``. The operator simulator may close a ticket earlier, and the admin API may force
any state. While the service center is closed or scheduled, pending tickets wait.

The scheduler looks at the sandbox clock every ``scheduler_interval`` real seconds, so a clock advanced
by the admin API takes effect on the next tick.
"""

from __future__ import annotations

import asyncio
import logging

from app.domain.ticket_state import TicketState
from app.sandbox.state import SandboxState

log = logging.getLogger(__name__)


class TicketScheduler:
    """Applies the time-driven state changes of every ticket."""

    def __init__(self, state: SandboxState) -> None:
        self._state = state

    def tick(self) -> list[tuple[int, int]]:
        """Apply every change that is due now; the ``(ticket_id, new_state)`` pairs applied."""
        state = self._state
        config = state.config
        now = state.now()
        changes: list[tuple[int, TicketState]] = []
        if state.service_center_status().state == "opened":
            for ticket in state.tickets_in_states([TicketState.PENDING]):
                if (now - ticket.state_changed_at).total_seconds() >= config.pending_seconds:
                    started = TicketState.OUTSOURCED if ticket.is_unattended else TicketState.IN_PROGRESS
                    changes.append((ticket.id, started))
        changes.extend(
            (ticket.id, TicketState.CLOSED)
            for ticket in state.tickets_in_states([TicketState.IN_PROGRESS, TicketState.OUTSOURCED])
            if (now - ticket.state_changed_at).total_seconds() >= config.in_progress_seconds
        )
        applied: list[tuple[int, int]] = []
        for ticket_id, target in changes:
            current = state.ticket(ticket_id)
            # Another actor (operator, admin) may have moved the ticket since it was read.
            if current is None or current.state in (TicketState.CLOSED, TicketState.CANCELLED):
                continue
            state.set_ticket_state(ticket_id, target)
            applied.append((ticket_id, int(target)))
        return applied

    async def run(self) -> None:
        """Tick until cancelled; an error in one tick is logged and the next tick tries again."""
        interval = self._state.config.scheduler_interval
        while True:
            try:
                self.tick()
            except Exception:
                log.exception("ticket scheduler tick failed")
            await asyncio.sleep(interval)
