"""TicketFollower against the sandbox: live status and chat, reconnects, REST gap filling, no duplicates."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import TypeVar

import pytest
import pytest_asyncio

from app.api import CustomerApi
from app.api.models import ChatMessage, Ticket
from app.domain.contract.customer_api import WEBSOCKET_PATH, Op
from app.domain.ticket_state import TicketState
from app.sandbox.admin_client import AsyncSandboxAdmin
from app.sandbox.runner import SandboxThread
from app.services.errors import Failure, ServiceError
from app.services.live import (
    MESSAGE_LIMIT,
    ChannelPinged,
    ConnectionChanged,
    ConnectorChanged,
    FollowEvent,
    LinkChanged,
    LinkMode,
    MessagesArrived,
    TicketChanged,
    TicketFollower,
)
from tests.api.conftest import build_order, requests_for
from tests.samples import FAST_LIVE, GOLF_CONNECTOR_ID, GOLF_UUID

EventT = TypeVar("EventT", bound=FollowEvent)

#: Quick reconnects, so that a test sees a drop and the recovery in well under a second.
#: Short enough to poll several times during a test's outage.
QUICK_POLL = 0.1
#: Long enough that no poll happens during a test: only the catch-up after a reconnect can fetch.
NO_POLL = 60.0


class Recorder:
    """Reads a follower's events in the background and lets the test wait for one that fits."""

    def __init__(self, follower: TicketFollower) -> None:
        self.follower = follower
        self.events: list[FollowEvent] = []
        self._arrived = asyncio.Event()
        #: Set by a test that expects the follower to fail.
        self.failure_expected = False
        self.task = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        async for event in self.follower.events():
            self.events.append(event)
            self._arrived.set()

    async def until(
        self, kind: type[EventT], test: Callable[[EventT], bool] = lambda _e: True, *, after: int = 0
    ) -> EventT:
        """The first event of ``kind`` (from index ``after`` on) that passes ``test``; fails after 5 s."""
        async with asyncio.timeout(5.0):
            while True:
                if self.task.done():
                    self.task.result()  # the follower failed: show why
                    pytest.fail("the follower stopped")
                for event in self.events[after:]:
                    if isinstance(event, kind) and test(event):
                        return event
                self._arrived.clear()
                waiter = asyncio.ensure_future(self._arrived.wait())
                try:
                    await asyncio.wait({waiter, self.task}, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    waiter.cancel()

    async def live(self, *, after: int = 0) -> LinkChanged:
        """Wait until the link is live (after index ``after``)."""
        return await self.until(LinkChanged, lambda e: e.status.mode == LinkMode.LIVE, after=after)

    def position(self, event: FollowEvent) -> int:
        """Where ``event`` (this very object: equal events recur) is in the record."""
        return next(i for i, recorded in enumerate(self.events) if recorded is event)

    def of(self, kind: type[EventT]) -> list[EventT]:
        """Every event of ``kind`` so far."""
        return [event for event in self.events if isinstance(event, kind)]

    def messages(self) -> Iterator[tuple[ChatMessage, bool]]:
        """Every message yielded so far, with whether it came live."""
        for event in self.of(MessagesArrived):
            for message in event.messages:
                yield message, event.live

    def message_ids(self) -> list[str]:
        """Ids of every message yielded so far, in order (a duplicate shows twice)."""
        return [message.id for message, _live in self.messages()]


@pytest_asyncio.fixture
async def admin(sandbox: SandboxThread) -> AsyncIterator[AsyncSandboxAdmin]:
    """The sandbox's admin API without blocking the event loop."""
    async with AsyncSandboxAdmin(sandbox.base_url) as client:
        yield client


@pytest_asyncio.fixture
async def ticket(api: CustomerApi, sandbox: SandboxThread) -> Ticket:
    """A fresh pending ticket on the Golf's connector."""
    golf = next(c for c in sandbox.admin.connectors() if c["uuid"] == GOLF_UUID)
    created = await api.tickets.create(await build_order(api, golf))
    assert created.state == TicketState.PENDING
    return created


@asynccontextmanager
async def following(
    api: CustomerApi, ticket_id: int, *, poll_interval: float = QUICK_POLL
) -> AsyncIterator[Recorder]:
    """A follower of ``ticket_id`` recorded in the background; closed (and its reader ended) afterwards."""
    follower = TicketFollower(
        api,
        ticket_id=ticket_id,
        connector_id=GOLF_CONNECTOR_ID,
        poll_interval=poll_interval,
        live_options=FAST_LIVE,
    )
    recorder = Recorder(follower)
    try:
        yield recorder
    finally:
        await follower.aclose()
        await asyncio.wait({recorder.task}, timeout=2.0)
    assert recorder.task.done(), "events() did not end after aclose()"
    error = recorder.task.exception()
    if error is not None and not recorder.failure_expected:
        raise error
    assert follower.link.mode == LinkMode.CLOSED


async def settled(recorder: Recorder, admin: AsyncSandboxAdmin, ticket_id: int) -> None:
    """Wait until everything the follower queued so far has been recorded (a marker message came after)."""
    marker = await admin.post_message(ticket_id, "marker", sender="system")
    await recorder.until(MessagesArrived, lambda e: marker["id"] in {m.id for m in e.messages})


def states(recorder: Recorder) -> list[int]:
    """The ticket states yielded, in order."""
    return [event.status.state for event in recorder.of(TicketChanged)]


@pytest.mark.asyncio
async def test_the_first_load_then_the_operators_greeting_live(
    api: CustomerApi, ticket: Ticket, admin: AsyncSandboxAdmin
) -> None:
    async with following(api, ticket.id) as recorder:
        first = await recorder.until(TicketChanged)
        assert first.status.state == TicketState.PENDING
        assert first.status.chat_id == ticket.chat_id
        loaded = await recorder.until(MessagesArrived)
        assert loaded.live is False
        connector = await recorder.until(ConnectorChanged)
        assert connector.status.connector_id == GOLF_CONNECTOR_ID
        assert connector.status.online is True
        await recorder.live()
        assert recorder.follower.link.polling is False

        await admin.set_ticket_state(ticket.id, TicketState.IN_PROGRESS)
        await admin.advance_clock(3)
        greeting = await recorder.until(
            MessagesArrived, lambda e: any((m.content or "").startswith("Hello, this is") for m in e.messages)
        )
        assert greeting.live is True
        (message,) = greeting.messages
        assert message.sender == "operator"
        assert message.channel_id == ticket.chat_id
        # A REST read of the whole chat afterwards does not bring it again.
        await recorder.follower.refresh()
        await settled(recorder, admin, ticket.id)
        assert recorder.message_ids().count(message.id) == 1


@pytest.mark.asyncio
async def test_state_changes_arrive_once_each(
    api: CustomerApi, ticket: Ticket, admin: AsyncSandboxAdmin
) -> None:
    async with following(api, ticket.id) as recorder:
        await recorder.live()
        await admin.set_ticket_state(ticket.id, TicketState.IN_PROGRESS)
        in_progress = await recorder.until(TicketChanged, lambda e: e.status.state == TicketState.IN_PROGRESS)
        assert in_progress.status.connection_uuid
        connection = await recorder.until(ConnectionChanged)
        assert connection.status.connection_uuid == in_progress.status.connection_uuid
        assert connection.status.script_ui_available is True
        # The sandbox repeats every subscription every 5 sandbox seconds: repeats are no changes.
        await admin.advance_clock(6)
        await asyncio.sleep(0.5)
        await admin.set_ticket_state(ticket.id, TicketState.CLOSED)
        closed = await recorder.until(TicketChanged, lambda e: e.status.state == TicketState.CLOSED)
        assert closed.status.chat_id == ticket.chat_id
        assert closed.status.connection_uuid == in_progress.status.connection_uuid
        await recorder.until(MessagesArrived, lambda e: any(m.sender == "system" for m in e.messages))

    seen = states(recorder)
    # REST's first read, then the websocket's fuller status of the same state, then each change once.
    assert [s for i, s in enumerate(seen) if i == 0 or seen[i - 1] != s] == [1, 2, 7]
    assert seen.count(TicketState.IN_PROGRESS) == 1
    assert seen.count(TicketState.CLOSED) == 1
    statuses = [event.status for event in recorder.of(TicketChanged)]
    assert all(a != b for a, b in itertools.pairwise(statuses))
    connections = [event.status for event in recorder.of(ConnectionChanged)]
    assert all(a != b for a, b in itertools.pairwise(connections))


@pytest.mark.asyncio
async def test_connector_changes_arrive(api: CustomerApi, ticket: Ticket, admin: AsyncSandboxAdmin) -> None:
    async with following(api, ticket.id) as recorder:
        await recorder.live()
        await admin.update_connector(GOLF_CONNECTOR_ID, voltage="11.8", call_for_attention=True)
        changed = await recorder.until(ConnectorChanged, lambda e: e.status.call_for_attention)
        assert changed.status.voltage == Decimal("11.8")
        assert changed.status.online is True
        await admin.update_connector(GOLF_CONNECTOR_ID, is_online=False, call_for_attention=False)
        offline = await recorder.until(ConnectorChanged, lambda e: e.status.online is False)
        assert offline.status.call_for_attention is False
        assert offline.status.voltage == Decimal("11.8")
    statuses = [event.status for event in recorder.of(ConnectorChanged)]
    assert all(a != b for a, b in itertools.pairwise(statuses))


@pytest.mark.asyncio
async def test_an_outage_is_filled_by_polling_then_the_link_is_live_again(
    api: CustomerApi, ticket: Ticket, admin: AsyncSandboxAdmin, sandbox: SandboxThread
) -> None:
    assert ticket.chat_id
    await admin.set_ticket_state(ticket.id, TicketState.IN_PROGRESS)
    async with following(api, ticket.id) as recorder:
        await recorder.live()
        # Cuts the open socket and refuses every new one while it is in force.
        await admin.add_fault(path=WEBSOCKET_PATH, kind="drop_websocket")
        down = await recorder.until(LinkChanged, lambda e: e.status.mode == LinkMode.RECONNECTING)
        assert down.status.polling is True
        assert recorder.follower.link.polling is True
        # A poll that meets a server error is waited out, not fatal.
        await admin.add_fault(path=Op.MESSAGES.route.path(channel_id=ticket.chat_id), kind="status", times=2)
        first = await admin.post_message(ticket.id, "Please check the fuse F12.")
        second = await admin.post_message(ticket.id, "And the relay next to it.")
        polled = await recorder.until(MessagesArrived, lambda e: second["id"] in {m.id for m in e.messages})
        assert polled.live is False
        assert any(entry["status"] == 503 for entry in requests_for(sandbox, Op.MESSAGES))
        assert recorder.follower.link.mode == LinkMode.RECONNECTING

        mark = len(recorder.events)
        await admin.clear_faults()
        await recorder.live(after=mark)
        await admin.set_ticket_state(ticket.id, TicketState.CLOSED)
        await recorder.until(TicketChanged, lambda e: e.status.state == TicketState.CLOSED)

    ids = recorder.message_ids()
    assert ids.count(first["id"]) == 1
    assert ids.count(second["id"]) == 1
    assert len(ids) == len(set(ids))
    assert recorder.follower.link.polling is False


@pytest.mark.asyncio
async def test_after_a_reconnect_one_catch_up_fetches_what_the_outage_hid(
    api: CustomerApi, ticket: Ticket, admin: AsyncSandboxAdmin
) -> None:
    await admin.set_ticket_state(ticket.id, TicketState.IN_PROGRESS)
    async with following(api, ticket.id, poll_interval=NO_POLL) as recorder:
        await recorder.live()
        await admin.add_fault(path=WEBSOCKET_PATH, kind="drop_websocket")
        await recorder.until(LinkChanged, lambda e: e.status.mode == LinkMode.RECONNECTING)
        hidden = await admin.post_message(ticket.id, "Message during the outage.")
        note = await admin.post_message(ticket.id, "Operator switched cars.", sender="system")
        await admin.set_ticket_state(ticket.id, TicketState.OUTSOURCED)
        assert hidden["id"] not in recorder.message_ids()

        mark = len(recorder.events)
        await admin.clear_faults()
        live = await recorder.live(after=mark)
        after_live = recorder.position(live)
        caught = await recorder.until(MessagesArrived, lambda e: hidden["id"] in {m.id for m in e.messages})
        # Found by the catch-up, which ran before the link was declared live again.
        assert caught.live is False
        assert recorder.position(caught) < after_live
        assert {m.id for m in caught.messages} >= {hidden["id"], note["id"]}
        outsourced = await recorder.until(TicketChanged, lambda e: e.status.state == TicketState.OUTSOURCED)
        assert recorder.position(outsourced) < after_live

        # A plain drop (the socket cut, reconnecting at once) loses nothing either.
        mark = len(recorder.events)
        assert await admin.drop_websockets() == 1
        quick = await admin.post_message(ticket.id, "Right after the drop.")
        await recorder.until(MessagesArrived, lambda e: quick["id"] in {m.id for m in e.messages}, after=mark)
        await recorder.live(after=mark)

    ids = recorder.message_ids()
    assert len(ids) == len(set(ids))
    assert {hidden["id"], note["id"], quick["id"]} <= set(ids)


@pytest.mark.asyncio
async def test_a_message_marked_seen_is_not_yielded_again(
    api: CustomerApi, ticket: Ticket, admin: AsyncSandboxAdmin
) -> None:
    assert ticket.chat_id
    async with following(api, ticket.id, poll_interval=NO_POLL) as recorder:
        await recorder.live()
        await admin.add_fault(path=WEBSOCKET_PATH, kind="drop_websocket")
        await recorder.until(LinkChanged, lambda e: e.status.mode == LinkMode.RECONNECTING)
        sent = await api.chat.send_message(ticket.chat_id, "Photo follows.")
        recorder.follower.mark_seen(sent)
        answer = await admin.post_message(ticket.id, "Thanks, waiting for it.")
        mark = len(recorder.events)
        await admin.clear_faults()
        await recorder.live(after=mark)
        await recorder.until(MessagesArrived, lambda e: answer["id"] in {m.id for m in e.messages})
        # Refresh reads the chat again: still nothing twice, and not the technician's own message.
        await recorder.follower.refresh()
        await settled(recorder, admin, ticket.id)
    assert sent.id not in recorder.message_ids()
    assert recorder.message_ids().count(answer["id"]) == 1


@pytest.mark.asyncio
async def test_a_long_chat_loads_its_newest_messages_once(
    api: CustomerApi, ticket: Ticket, admin: AsyncSandboxAdmin
) -> None:
    posted = [
        (await admin.post_message(ticket.id, f"Reading {n}", sender="system"))["id"]
        for n in range(MESSAGE_LIMIT + 5)
    ]
    async with following(api, ticket.id, poll_interval=NO_POLL) as recorder:
        loaded = await recorder.until(MessagesArrived)
        assert loaded.live is False
        assert [m.id for m in loaded.messages] == posted[-MESSAGE_LIMIT:]
        await recorder.live()
        await recorder.follower.refresh()
        latest = await admin.post_message(ticket.id, "One more.")
        await recorder.until(MessagesArrived, lambda e: latest["id"] in {m.id for m in e.messages})
    ids = recorder.message_ids()
    assert ids == [*posted[-MESSAGE_LIMIT:], latest["id"]]


@pytest.mark.asyncio
async def test_a_ping_of_the_channel_arrives(
    api: CustomerApi, ticket: Ticket, admin: AsyncSandboxAdmin
) -> None:
    assert ticket.chat_id
    await admin.set_ticket_state(ticket.id, TicketState.IN_PROGRESS)
    async with following(api, ticket.id) as recorder:
        await recorder.live()
        await api.chat.send_control_message(ticket.chat_id)
        pinged = await recorder.until(ChannelPinged)
        assert pinged.channel_id == ticket.chat_id


@pytest.mark.asyncio
async def test_an_unknown_ticket_is_not_found(api: CustomerApi) -> None:
    follower = TicketFollower(
        api, ticket_id=987_654, connector_id=GOLF_CONNECTOR_ID, poll_interval=QUICK_POLL
    )

    async def follow() -> None:
        async with asyncio.timeout(5.0):
            async for _event in follower.events():
                pass

    with pytest.raises(ServiceError) as failed:
        await follow()
    assert failed.value.failure == Failure.NOT_FOUND
    assert follower.link.mode == LinkMode.CLOSED


@pytest.mark.asyncio
async def test_an_ended_session_ends_the_follower(
    api: CustomerApi, ticket: Ticket, admin: AsyncSandboxAdmin
) -> None:
    async with following(api, ticket.id) as recorder:
        await recorder.live()
        recorder.failure_expected = True
        api.auth.logout()
        with pytest.raises(ServiceError) as failed:
            await recorder.follower.refresh()
        assert failed.value.failure == Failure.SESSION_EXPIRED
        with pytest.raises(ServiceError):
            async with asyncio.timeout(5.0):
                await recorder.task
        assert not [
            e for e in recorder.events if isinstance(e, TicketChanged) and e.status.ticket_id != ticket.id
        ]
