"""The sandbox's in-process event bus: what the websocket pushes and the simulated operator reacts to.

The REST handlers and the ticket scheduler publish; the websocket hub and the operator subscribe. Every
subscriber gets its own bounded queue, so a slow websocket never blocks a request handler.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

log = logging.getLogger(__name__)

Topic = Literal["ticket", "connector", "connection", "channel", "control"]


@dataclass(frozen=True, slots=True)
class Event:
    """Something changed. ``key`` is the ticket id, connector id, connection uuid or channel id."""

    topic: Topic
    key: int | str
    message: dict[str, Any] = field(default_factory=dict)


class EventBus:
    """Fan-out of :class:`Event` to any number of asyncio subscribers on the server's loop."""

    def __init__(self, queue_size: int = 1000) -> None:
        self._queue_size = queue_size
        self._subscribers: set[asyncio.Queue[Event]] = set()

    def publish(self, event: Event) -> None:
        """Deliver ``event`` to every subscriber now; a full queue drops its oldest event, never blocks."""
        for queue in list(self._subscribers):
            if queue.full():
                dropped = queue.get_nowait()
                log.warning("event queue full, dropped %s %s", dropped.topic, dropped.key)
            queue.put_nowait(event)

    @asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue[Event]]:
        """A queue that receives every event published while the context is open."""
        queue: asyncio.Queue[Event] = asyncio.Queue(self._queue_size)
        self._subscribers.add(queue)
        try:
            yield queue
        finally:
            self._subscribers.discard(queue)

    @property
    def subscriber_count(self) -> int:
        """How many subscribers are listening (for the admin status page and tests)."""
        return len(self._subscribers)
