"""The live-status client (app.api.live) against the sandbox's websocket over loopback."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

import httpx
import pytest
import pytest_asyncio

from app.api.client import CustomerApi
from app.api.errors import ApiConnectionError, AuthenticationError
from app.api.live import LiveStatusClient
from app.api.live_models import (
    ChannelMessage,
    ConnectionUpdate,
    ConnectorUpdate,
    ControlMessage,
    LinkState,
    LiveEvent,
    Resynced,
    ServerError,
    TicketUpdate,
)
from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.sandbox.admin_client import AsyncSandboxAdmin
from app.sandbox.catalogue_types import SampleConnector
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import doip_connector, ticket_body

EventT = TypeVar("EventT", bound=LiveEvent)

#: Small delays keep reconnect tests fast; the schedule itself is tested in tests/unit/test_live_backoff.py.
FAST: dict[str, Any] = {
    "quick_delay": 0.05,
    "slow_delay": 0.2,
    "max_delay": 0.5,
    "resync_timeout": 1.0,
    "close_timeout": 0.5,
}


# ---------------------------------------------------------------------- a workshop with an open ticket


@dataclass
class Workshop:
    """A logged-in connector with a fresh ticket on it, and the REST calls the tests need."""

    server: SandboxThread
    admin: AsyncSandboxAdmin
    http: httpx.AsyncClient
    connector: SampleConnector
    token: str = ""
    ticket: dict[str, Any] = field(default_factory=dict)
    logins: int = 0

    @property
    def ticket_id(self) -> int:
        return int(self.ticket["id"])

    @property
    def channel_id(self) -> str:
        channel: str = self.ticket["chat_id"]
        return channel

    async def login(self) -> str:
        response = await self.http.post(
            Op.LOGIN_PINCODE.route.path(),
            json={"connector_uuid": self.connector.uuid, "pincode": self.connector.pincode},
        )
        assert response.status_code == 200, response.text
        self.token = response.json()["access_token"]
        self.logins += 1
        return self.token

    def _bearer(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def open_ticket(self) -> None:
        """Create an attended ticket on the connector's car through the REST API."""
        created = await self.http.post(
            Op.CREATE_TICKET.route.path(),
            json=ticket_body(self.server.catalogue, self.connector),
            headers=self._bearer(),
        )
        assert created.status_code == 201, created.text
        self.ticket = created.json()

    async def send_chat(self, text: str) -> dict[str, Any]:
        response = await self.http.post(
            Op.SEND_MESSAGE.route.path(channel_id=self.channel_id),
            json={"content": text},
            headers=self._bearer(),
        )
        assert response.status_code == 201, response.text
        message: dict[str, Any] = response.json()
        return message

    async def chat_ids(self) -> list[str]:
        """Ids of every message of the channel, fetched over REST (what a consumer does on Resynced)."""
        ids: list[str] = []
        next_token: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 200}
            if next_token:
                params["next_token"] = next_token
            response = await self.http.get(
                Op.MESSAGES.route.path(channel_id=self.channel_id), params=params, headers=self._bearer()
            )
            assert response.status_code == 200, response.text
            page = response.json()
            ids.extend(str(message["id"]) for message in page["result"])
            next_token = page["next_token"]
            if not next_token:
                return ids


@pytest_asyncio.fixture
async def workshop(sandbox: SandboxThread) -> AsyncIterator[Workshop]:
    async with (
        AsyncSandboxAdmin(sandbox.base_url) as admin,
        httpx.AsyncClient(base_url=sandbox.base_url) as http,
    ):
        shop = Workshop(sandbox, admin, http, doip_connector(sandbox.catalogue))
        await shop.login()
        await shop.open_ticket()
        yield shop


# ---------------------------------------------------------------------- reading events


class Recorder:
    """Pumps ``live.events()`` in a task, so a test can wait for an event with a timeout without ever
    cancelling the iterator itself, and can look at the order of everything seen."""

    def __init__(self, live: LiveStatusClient) -> None:
        self.seen: list[LiveEvent] = []
        self._live = live
        self._fresh: asyncio.Queue[LiveEvent] = asyncio.Queue()
        self._task = asyncio.create_task(self._pump())

    async def _pump(self) -> None:
        async for event in self._live.events():
            self.seen.append(event)
            self._fresh.put_nowait(event)

    async def wait_for(
        self, kind: type[EventT], predicate: Callable[[EventT], bool] = lambda _: True, within: float = 5.0
    ) -> EventT:
        async with asyncio.timeout(within):
            while True:
                event = await self._fresh.get()
                if isinstance(event, kind) and predicate(event):
                    return event

    async def quiet(self, kind: type[LiveEvent], predicate: Callable[[Any], bool], seconds: float) -> bool:
        """True when no matching event arrives for ``seconds``."""
        try:
            await self.wait_for(kind, predicate, within=seconds)
        except TimeoutError:
            return True
        return False

    async def finished(self) -> None:
        await asyncio.wait_for(self._task, 5.0)


@asynccontextmanager
async def live_client(
    url: str, token_provider: Callable[[], Any], **options: Any
) -> AsyncIterator[tuple[LiveStatusClient, Recorder]]:
    async with LiveStatusClient(url, token_provider, **{**FAST, **options}) as live:
        recorder = Recorder(live)
        yield live, recorder
    await recorder.finished()


def _is_ticket(ticket_id: int, state: TicketState | None = None) -> Callable[[TicketUpdate], bool]:
    return lambda event: event.ticket_id == ticket_id and (state is None or event.state == state)


# ---------------------------------------------------------------------- tests


@pytest.mark.asyncio
async def test_subscribing_brings_the_ticket_and_connector_at_once(workshop: Workshop) -> None:
    async def token() -> str:
        return workshop.token

    async with live_client(workshop.server.ws_url, token) as (live, events):
        await live.subscribe_ticket(workshop.ticket_id)
        await live.subscribe_connector(workshop.connector.id)
        await asyncio.wait_for(live.wait_connected(), 2.0)
        ticket = await events.wait_for(TicketUpdate, _is_ticket(workshop.ticket_id), within=2.0)
        connector = await events.wait_for(ConnectorUpdate, within=2.0)

    assert ticket.state is TicketState.PENDING
    assert ticket.vin == workshop.ticket["vin"]
    assert ticket.chat_state == "open"
    assert connector.connector_id == workshop.connector.id
    assert isinstance(connector.voltage, Decimal)
    first = events.seen[0]
    assert isinstance(first, LinkState)
    assert first.state == "connecting"
    assert [e.state for e in events.seen if isinstance(e, LinkState)][-2:] == ["connected", "closed"]
    assert live.state == "closed"


@pytest.mark.asyncio
async def test_a_state_change_is_pushed_with_its_connection(workshop: Workshop) -> None:
    async def token() -> str:
        return workshop.token

    async with live_client(workshop.server.ws_url, token) as (live, events):
        await live.subscribe_ticket(workshop.ticket_id)
        await events.wait_for(TicketUpdate, _is_ticket(workshop.ticket_id, TicketState.PENDING))

        await workshop.admin.set_ticket_state(workshop.ticket_id, int(TicketState.IN_PROGRESS))
        # Well inside the 5 s periodic refresh: the change itself was pushed.
        started = await events.wait_for(
            TicketUpdate, _is_ticket(workshop.ticket_id, TicketState.IN_PROGRESS), within=2.0
        )
        assert started.connection_uuid

        await live.subscribe_connection(started.connection_uuid)
        connection = await events.wait_for(ConnectionUpdate, within=2.0)
        assert connection.connection_uuid == started.connection_uuid


@pytest.mark.asyncio
async def test_chat_and_control_messages_arrive_on_the_ticket_subscription(workshop: Workshop) -> None:
    async def token() -> str:
        return workshop.token

    async with live_client(workshop.server.ws_url, token) as (live, events):
        await live.subscribe_ticket(workshop.ticket_id)
        await events.wait_for(TicketUpdate, _is_ticket(workshop.ticket_id))

        sent = await workshop.send_chat("The car is on the lift.")
        pushed = await events.wait_for(ChannelMessage, lambda e: e.message.id == str(sent["id"]), within=2.0)
        assert pushed.channel_id == workshop.channel_id
        assert pushed.message.content == "The car is on the lift."
        assert pushed.message.sender == "technician"
        assert pushed.message.created_at.tzinfo is not None

        response = await workshop.http.post(
            Op.SEND_CONTROL_MESSAGE.route.path(channel_id=workshop.channel_id),
            headers={"Authorization": f"Bearer {workshop.token}"},
        )
        assert response.status_code == 200
        control = await events.wait_for(ControlMessage, within=2.0)
        assert control.channel_id == workshop.channel_id
        assert control.type == "ping"


@pytest.mark.asyncio
async def test_unsubscribing_stops_the_updates(workshop: Workshop) -> None:
    async def token() -> str:
        return workshop.token

    await workshop.admin.set_speed(50.0)  # periodic refreshes every 0.2 s real time
    async with live_client(workshop.server.ws_url, token) as (live, events):
        await live.subscribe_ticket(workshop.ticket_id)
        await events.wait_for(TicketUpdate, _is_ticket(workshop.ticket_id))
        await events.wait_for(TicketUpdate, _is_ticket(workshop.ticket_id))  # a periodic one
        await live.unsubscribe_ticket(workshop.ticket_id)
        await asyncio.sleep(0.3)  # frames already in flight
        assert await events.quiet(TicketUpdate, _is_ticket(workshop.ticket_id), seconds=1.0)
        assert live.subscriptions == ()


@pytest.mark.asyncio
async def test_a_consumer_that_falls_behind_is_told_to_resync(workshop: Workshop) -> None:
    async def token() -> str:
        return workshop.token

    await workshop.admin.set_speed(50.0)  # a refresh of each subscription every 0.2 s real time
    async with LiveStatusClient(workshop.server.ws_url, token, max_queued_events=4, **FAST) as live:
        await live.subscribe_ticket(workshop.ticket_id)
        await live.subscribe_connector(workshop.connector.id)
        await asyncio.sleep(1.5)  # nobody reads meanwhile
        events = live.events()
        first = await anext(events)
        backlog = [await anext(events) for _ in range(4)]
    assert first == Resynced(
        reason="overflow", ticket_ids=(workshop.ticket_id,), connector_ids=(workshop.connector.id,)
    )
    # Only the newest events were kept; they are refreshes, not the start-up link states.
    assert all(isinstance(event, TicketUpdate | ConnectorUpdate) for event in backlog)


@pytest.mark.asyncio
async def test_a_refused_subscription_is_a_server_error_and_the_link_stays(workshop: Workshop) -> None:
    async def token() -> str:
        return workshop.token

    async with live_client(workshop.server.ws_url, token) as (live, events):
        await live.subscribe_ticket(999_999_999)
        error = await events.wait_for(ServerError, within=2.0)
        assert error.detail
        await live.subscribe_ticket(workshop.ticket_id)
        await events.wait_for(TicketUpdate, _is_ticket(workshop.ticket_id), within=2.0)
        assert live.state == "connected"


@pytest.mark.asyncio
async def test_a_dropped_socket_reconnects_resubscribes_and_resyncs(workshop: Workshop) -> None:
    async def token() -> str:
        return workshop.token

    async with live_client(workshop.server.ws_url, token) as (live, events):
        await live.subscribe_ticket(workshop.ticket_id)
        await live.subscribe_connector(workshop.connector.id)
        await events.wait_for(TicketUpdate, _is_ticket(workshop.ticket_id))

        assert await workshop.admin.drop_websockets() == 1
        reconnecting = await events.wait_for(LinkState, lambda e: e.state == "reconnecting")
        assert reconnecting.next_retry_in is not None
        assert reconnecting.next_retry_in <= 0.05 * 1.25  # the first retry is a quick one
        await events.wait_for(LinkState, lambda e: e.state == "connected")
        resynced = await events.wait_for(Resynced)
        assert resynced.reason == "reconnect"
        assert resynced.ticket_ids == (workshop.ticket_id,)
        assert resynced.connector_ids == (workshop.connector.id,)

        # The subscriptions were restored: a change made now is pushed.
        await workshop.admin.set_ticket_state(workshop.ticket_id, int(TicketState.IN_PROGRESS))
        await events.wait_for(
            TicketUpdate, _is_ticket(workshop.ticket_id, TicketState.IN_PROGRESS), within=2.0
        )

    states = [e.state for e in events.seen if isinstance(e, LinkState)]
    assert states[:3] == ["connecting", "connected", "reconnecting"]
    assert "connected" in states[3:]


@pytest.mark.asyncio
async def test_a_message_sent_while_the_socket_was_down_is_found_over_rest_after_resynced(
    workshop: Workshop,
) -> None:
    async def token() -> str:
        return workshop.token

    # A slower first retry leaves time to send a message while no socket is listening.
    async with live_client(workshop.server.ws_url, token, quick_delay=0.8) as (live, events):
        await live.subscribe_ticket(workshop.ticket_id)
        await events.wait_for(TicketUpdate, _is_ticket(workshop.ticket_id))

        await workshop.admin.drop_websockets()
        await events.wait_for(LinkState, lambda e: e.state == "reconnecting" and e.next_retry_in is not None)
        missed = await workshop.send_chat("Sent while the link was down.")

        resynced = await events.wait_for(Resynced, within=5.0)
        # What a consumer does on Resynced: fetch the channel over REST.
        assert str(missed["id"]) in await workshop.chat_ids()
        after = await workshop.send_chat("Sent after the resync.")
        await events.wait_for(ChannelMessage, lambda e: e.message.id == str(after["id"]), within=2.0)

    pushed_ids = [e.message.id for e in events.seen if isinstance(e, ChannelMessage)]
    assert str(missed["id"]) not in pushed_ids  # the socket never carried it: only the REST fetch finds it
    assert events.seen.index(resynced) < next(
        i
        for i, e in enumerate(events.seen)
        if isinstance(e, ChannelMessage) and e.message.id == str(after["id"])
    )


@pytest.mark.asyncio
async def test_an_expired_token_at_reconnect_is_renewed_through_the_provider(workshop: Workshop) -> None:
    provided: list[str] = []
    rejected: list[str] = []

    async def token() -> str:
        provided.append(workshop.token)
        return workshop.token

    async def token_rejected(stale: str) -> None:
        rejected.append(stale)
        await workshop.login()

    first_token = workshop.token
    async with live_client(workshop.server.ws_url, token, token_rejected=token_rejected) as (live, events):
        await live.subscribe_ticket(workshop.ticket_id)
        await events.wait_for(TicketUpdate, _is_ticket(workshop.ticket_id))

        await workshop.admin.expire_tokens()
        await workshop.admin.drop_websockets()
        refused = await events.wait_for(
            LinkState, lambda e: e.state == "reconnecting" and "4401" in (e.reason or "")
        )
        assert refused.next_retry_in is not None
        await events.wait_for(Resynced, within=5.0)
        assert live.state == "connected"
        # The server confirmed the restored subscription with the ticket's state before Resynced.
        last_connect = max(
            i for i, e in enumerate(events.seen) if isinstance(e, LinkState) and e.state == "connected"
        )
        assert any(
            isinstance(e, TicketUpdate) and e.ticket_id == workshop.ticket_id
            for e in events.seen[last_connect:]
        )

    assert rejected == [first_token]
    assert provided[:2] == [first_token, first_token]
    assert provided[-1] == workshop.token != first_token
    assert first_token not in "".join(str(e) for e in events.seen)


@pytest.mark.asyncio
async def test_through_the_customer_api_a_refused_token_is_refreshed_for_the_reconnect(
    workshop: Workshop,
) -> None:
    async with CustomerApi(workshop.server.base_url) as api:
        await api.auth.login_pincode(workshop.connector.uuid, workshop.connector.pincode)
        async with api.live(**FAST) as live:
            events = Recorder(live)
            await live.subscribe_ticket(workshop.ticket_id)
            await events.wait_for(TicketUpdate, _is_ticket(workshop.ticket_id))

            await workshop.admin.clear_requests()
            await workshop.admin.expire_tokens()
            await workshop.admin.drop_websockets()
            await events.wait_for(Resynced, within=5.0)
            assert live.state == "connected"
        await events.finished()

    refreshes = await workshop.admin.requests(Op.REFRESH.route.path())
    assert [entry["status"] for entry in refreshes] == [200]


@pytest.mark.asyncio
async def test_a_token_that_is_never_accepted_backs_off_attempt_after_attempt(workshop: Workshop) -> None:
    rejected: list[str] = []

    async def token() -> str:
        return "not-a-token"

    async def token_rejected(stale: str) -> None:
        rejected.append(stale)

    async with live_client(workshop.server.ws_url, token, token_rejected=token_rejected, quick_retries=2) as (
        live,
        events,
    ):
        waits = []
        for _ in range(4):
            state = await events.wait_for(LinkState, lambda e: e.next_retry_in is not None, within=3.0)
            waits.append(state)
        assert live.state in {"reconnecting", "connecting"}

    assert [w.attempt for w in waits] == [2, 3, 4, 5]
    retry_delays = [w.next_retry_in or 0.0 for w in waits]
    assert retry_delays[2] >= FAST["slow_delay"]  # past the two quick tries
    assert all(delay <= FAST["max_delay"] for delay in retry_delays)
    assert len(rejected) >= 4


@pytest.mark.asyncio
async def test_no_login_closes_the_link_for_good(workshop: Workshop) -> None:
    async def token() -> str:
        raise AuthenticationError("Not logged in", status=401)

    async with live_client(workshop.server.ws_url, token) as (live, events):
        with pytest.raises(ApiConnectionError):
            await asyncio.wait_for(live.wait_connected(), 2.0)
        closed = await events.wait_for(LinkState, lambda e: e.state == "closed")
        assert closed.reason is not None
        assert "not logged in" in closed.reason
    await events.finished()  # events() ended by itself


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.asyncio
async def test_an_unreachable_server_is_retried_and_aclose_ends_everything() -> None:
    calls = 0

    async def token() -> str:
        nonlocal calls
        calls += 1
        return "t"

    before = asyncio.all_tasks()
    live = LiveStatusClient(f"ws://127.0.0.1:{_unused_port()}/wssprd", token, **FAST)
    async with live:
        recorder = Recorder(live)
        for _ in range(3):
            await recorder.wait_for(LinkState, lambda e: e.next_retry_in is not None, within=3.0)
        assert live.link.state == "reconnecting"
    await recorder.finished()
    assert calls >= 3
    assert live.state == "closed"
    assert asyncio.all_tasks() - before <= {asyncio.current_task()}
    # Iterating after the close ends at once.
    assert [event async for event in live.events()] == []


def test_a_url_with_a_token_or_of_another_scheme_is_refused() -> None:
    async def token() -> str:
        return "t"

    with pytest.raises(ValueError, match="without a token"):
        LiveStatusClient("ws://127.0.0.1:1/wssprd?access_token=abc", token)
    with pytest.raises(ValueError, match="websocket URL"):
        LiveStatusClient("http://127.0.0.1:1/wssprd", token)
