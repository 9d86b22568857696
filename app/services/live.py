"""The ticket on the live page, followed (:class:`TicketFollower`).

The follower keeps the page current without the page knowing about sockets: the ticket's state, the
connector's and the connection's status and the chat's new messages arrive as :data:`FollowEvent` values
from one ``async for``. The websocket (:class:`~app.api.live.LiveStatusClient`) carries them while it is up;
while it is down, REST polling fills the gap, and after every reconnect one REST catch-up fetches whatever
the outage hid before the link counts as live again, so nothing that happened meanwhile is lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Coroutine, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from app.api.client import CustomerApi
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
    UnknownEvent,
)
from app.api.models import ChatMessage, Connector, Ticket
from app.api.paging import MAX_PAGE_SIZE
from app.domain.redact import redact_text
from app.services.errors import Failure, ServiceError, translate_errors
from app.services.tickets import TicketService

__all__ = [
    "MESSAGE_LIMIT",
    "ChannelPinged",
    "ConnectionChanged",
    "ConnectionStatus",
    "ConnectorChanged",
    "ConnectorStatus",
    "FollowEvent",
    "LinkChanged",
    "LinkMode",
    "LinkStatus",
    "MessagesArrived",
    "TicketChanged",
    "TicketFollower",
    "TicketStatus",
]

_log = logging.getLogger(__name__)

#: The newest messages of the first load; a longer chat shows its end.
MESSAGE_LIMIT: Final = 200


# ---------------------------------------------------------------------- the followed ticket

#: Failures after which following cannot go on: the session is over, or the ticket is not (or no longer)
#: this connector's. Anything else (network, timeouts, 5xx) is waited out.
_FATAL: Final = frozenset({Failure.SESSION_EXPIRED, Failure.NOT_FOUND, Failure.FORBIDDEN})
#: How long after connecting the server has to confirm the ticket subscription before the catch-up runs
#: anyway (the live client's own ``resync_timeout`` when given).
_CONFIRM_TIMEOUT: Final = 2.0


@dataclass(frozen=True, slots=True)
class TicketStatus:
    """The ticket as the page shows it; members the server did not tell (yet) are None."""

    ticket_id: int
    #: A :class:`~app.domain.ticket_state.TicketState` when known, else the server's number.
    state: int
    #: Why and until when the ticket waits (a scheduled or paused service center), for a pending ticket.
    schedule_message: str | None = None
    schedule_until: datetime | None = None
    cancelled_reason: str | None = None
    #: The operator's remote connection to the car, once the ticket is in progress.
    connection_uuid: str | None = None
    script_running: bool | None = None
    #: The ticket's chat channel.
    chat_id: str | None = None


@dataclass(frozen=True, slots=True)
class ConnectorStatus:
    """The connector in the car: online, the battery voltage, the VIN it read, a call for attention."""

    connector_id: int
    online: bool | None = None
    voltage: Decimal | None = None
    vin: str | None = None
    call_for_attention: bool = False


@dataclass(frozen=True, slots=True)
class ConnectionStatus:
    """The operator's remote connection to the car."""

    connection_uuid: str
    script_ui_available: bool | None = None
    autonomous: bool | None = None


class LinkMode(StrEnum):
    """How the page hears about the ticket."""

    #: The first connection is being made (the first REST read is shown meanwhile).
    CONNECTING = "connecting"
    #: The websocket is up and everything it may have missed has been fetched.
    LIVE = "live"
    #: The websocket dropped and is being reconnected; REST polling fills the gap.
    RECONNECTING = "reconnecting"
    #: The websocket gave up for good (or the follower was closed); REST polling goes on while following.
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class LinkStatus:
    """The state of the live link, for the page's small "reconnecting" mark and its details."""

    mode: LinkMode
    #: Connection attempts since the link was last healthy.
    attempt: int = 0
    #: Seconds until the next attempt, while waiting for it.
    next_retry_in: float | None = None
    #: REST polling is filling the gap now.
    polling: bool = False
    #: Safe text for the log and the details (never a URL or token).
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class TicketChanged:
    """The ticket's status changed (or was read for the first time)."""

    status: TicketStatus


@dataclass(frozen=True, slots=True)
class ConnectorChanged:
    """The connector's status changed (or was read for the first time)."""

    status: ConnectorStatus


@dataclass(frozen=True, slots=True)
class ConnectionChanged:
    """The remote connection's status changed (or was heard of for the first time)."""

    status: ConnectionStatus


@dataclass(frozen=True, slots=True)
class MessagesArrived:
    """Chat messages not yielded before (by id), oldest first.

    ``live`` is True for a message pushed over the websocket, False for the first load (the newest
    :data:`MESSAGE_LIMIT`, possibly none) and for what a REST catch-up found.
    """

    messages: tuple[ChatMessage, ...]
    live: bool


@dataclass(frozen=True, slots=True)
class LinkChanged:
    """The live link changed state."""

    status: LinkStatus


@dataclass(frozen=True, slots=True)
class ChannelPinged:
    """A control message (a ping) went through the ticket's chat channel."""

    channel_id: str


FollowEvent = (
    TicketChanged | ConnectorChanged | ConnectionChanged | MessagesArrived | LinkChanged | ChannelPinged
)


class _Stop:
    """Ends the event stream (closed, or failed: see ``TicketFollower._error``)."""


_STOP: Final = _Stop()


def _status_from_rest(last: TicketStatus | None, ticket: Ticket) -> TicketStatus:
    """The status after a REST read, which knows the state and the chat but nothing of the rest."""
    if last is None:
        return TicketStatus(ticket_id=ticket.id, state=ticket.state, chat_id=ticket.chat_id)
    chat_id = ticket.chat_id or last.chat_id  # a finished ticket, read from the history, has no chat_id
    if ticket.state == last.state:
        return replace(last, chat_id=chat_id)
    # The state moved while the websocket was away: what went with the old state no longer holds, and REST
    # does not tell what goes with the new one (the next websocket update does). The connection and a
    # cancellation reason, once known, stay true.
    return replace(
        last,
        state=ticket.state,
        chat_id=chat_id,
        schedule_message=None,
        schedule_until=None,
        script_running=None,
    )


def _status_from_update(last: TicketStatus | None, update: TicketUpdate) -> TicketStatus | None:
    """The status a websocket ticket update describes (None when it names no state and none is known)."""
    state = update.state if update.state is not None else (None if last is None else last.state)
    if state is None:
        return None
    schedule = update.schedule
    return TicketStatus(
        ticket_id=update.ticket_id,
        state=state,
        schedule_message=None if schedule is None else schedule.message,
        schedule_until=None if schedule is None else schedule.until,
        cancelled_reason=update.cancelled_reason,
        connection_uuid=update.connection_uuid or (None if last is None else last.connection_uuid),
        script_running=update.is_script_composition_running,
        chat_id=None if last is None else last.chat_id,
    )


def _connector_from_update(last: ConnectorStatus | None, update: ConnectorUpdate) -> ConnectorStatus:
    """The connector status after a websocket update; a member the update leaves out keeps its value."""
    if last is None:
        last = ConnectorStatus(connector_id=update.connector_id)
    return ConnectorStatus(
        connector_id=update.connector_id,
        online=last.online if update.is_online is None else update.is_online,
        voltage=last.voltage if update.voltage is None else update.voltage,
        vin=last.vin if update.vin_number is None else (update.vin_number or None),
        call_for_attention=(
            last.call_for_attention if update.call_for_attention is None else update.call_for_attention
        ),
    )


def _connector_from_rest(last: ConnectorStatus | None, connector: Connector) -> ConnectorStatus:
    """The connector status after a REST read, which tells online and VIN only."""
    return ConnectorStatus(
        connector_id=connector.id,
        online=connector.is_online,
        voltage=None if last is None else last.voltage,
        vin=connector.vin_number or None,
        call_for_attention=False if last is None else last.call_for_attention,
    )


class TicketFollower:
    """Follows one ticket of the logged-in connector: ``async for event in follower.events():``.

    1. REST: the ticket (:class:`TicketChanged`), its chat (:class:`MessagesArrived`, ``live=False``, the
       newest :data:`MESSAGE_LIMIT`) and the connector (:class:`ConnectorChanged`).
    2. The websocket: subscribed to the ticket and the connector, and to the remote connection once the
       ticket names one; only changes are yielded (a status equal to the last one is not yielded again, a
       message already yielded, by id, never again).
    3. Link down: :class:`LinkChanged` (``RECONNECTING``, ``polling=True``) and a REST catch-up every
       ``poll_interval`` seconds until the link is back; once it is back and the server confirmed the
       subscriptions, one more catch-up, and only then ``LIVE``.

    It never ends on network trouble. ``events()`` raises :class:`ServiceError` only for
    ``SESSION_EXPIRED``, ``NOT_FOUND`` and ``FORBIDDEN``, and returns after :meth:`aclose`.
    """

    def __init__(
        self,
        api: CustomerApi,
        *,
        ticket_id: int,
        connector_id: int,
        poll_interval: float = 5.0,
        live_options: Mapping[str, Any] | None = None,
    ) -> None:
        """Describe what to follow; nothing is sent before :meth:`events` is iterated.

        Args:
            api: the logged-in client.
            ticket_id: the ticket.
            connector_id: the logged-in connector (the API reads an open ticket through its connector).
            poll_interval: seconds between REST catch-ups while the websocket is down.
            live_options: options of :class:`~app.api.live.LiveStatusClient` (back-off delays, pings...).
        """
        if poll_interval <= 0:
            raise ValueError("poll_interval must be positive")
        self._api = api
        self._tickets = TicketService(api)
        self._ticket_id = ticket_id
        self._connector_id = connector_id
        self._poll_interval = poll_interval
        self._live_options = dict(live_options or {})
        self._confirm_timeout = float(self._live_options.get("resync_timeout", _CONFIRM_TIMEOUT))

        self._ticket: TicketStatus | None = None
        self._connector: ConnectorStatus | None = None
        self._connection: ConnectionStatus | None = None
        self._link = LinkStatus(LinkMode.CONNECTING)
        #: Ids of every message yielded, read past (older than the first load's limit) or marked seen.
        self._seen: set[str] = set()
        self._chat_loaded = False
        # Bumped by every websocket update: a REST answer to a request sent before one is older than it.
        self._ticket_version = 0
        self._connector_version = 0
        self._connection_uuid: str | None = None

        self._out: asyncio.Queue[FollowEvent | _Stop] = asyncio.Queue()
        self._rest_lock = asyncio.Lock()
        self._confirmed = asyncio.Event()
        self._live: LiveStatusClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._poller: asyncio.Task[None] | None = None
        self._syncer: asyncio.Task[None] | None = None
        self._connected = False
        self._started = False
        self._closed = False
        self._error: BaseException | None = None

    # ------------------------------------------------------------------ public surface

    @property
    def ticket(self) -> TicketStatus | None:
        """The latest ticket status, None before the first read."""
        return self._ticket

    @property
    def connector(self) -> ConnectorStatus | None:
        """The latest connector status, None before the first read."""
        return self._connector

    @property
    def connection(self) -> ConnectionStatus | None:
        """The latest remote connection status, None until the server told one."""
        return self._connection

    @property
    def link(self) -> LinkStatus:
        """The live link's latest state."""
        return self._link

    async def events(self) -> AsyncIterator[FollowEvent]:
        """The ticket's changes, in order, until :meth:`aclose` (one consumer, one call).

        Raises:
            ServiceError: ``SESSION_EXPIRED``, ``NOT_FOUND`` or ``FORBIDDEN``: following cannot go on.
        """
        if self._started:
            raise RuntimeError("a TicketFollower's events are read once")
        self._started = True
        if self._closed:
            return
        try:
            live = self._api.live(**self._live_options)
            self._live = live
            # Remembered by the client and sent as soon as it connects (and again after every reconnect).
            await live.subscribe_ticket(self._ticket_id)
            await live.subscribe_connector(self._connector_id)
            self._follow_connection(self._ticket)
            live.start()
            self._spawn(self._run(live), "follow")
            while True:
                item = await self._out.get()
                if isinstance(item, _Stop):
                    break
                yield item
            if self._error is not None:
                raise self._error
        finally:
            await self.aclose()

    def mark_seen(self, message: ChatMessage) -> None:
        """Never yield ``message`` (one the page already shows, e.g. one it sent itself)."""
        self._seen.add(message.id)

    async def refresh(self) -> None:
        """A REST catch-up now (the Refresh button); what it finds comes through :meth:`events`.

        Raises:
            ServiceError: the catch-up failed (a fatal failure also ends :meth:`events`).
        """
        try:
            await self._catch_up()
        except ServiceError as error:
            if error.failure in _FATAL:
                self._fail(error)
            raise

    async def aclose(self) -> None:
        """Stop following: close the websocket, stop polling; :meth:`events` returns."""
        if self._closed:
            return
        self._closed = True
        tasks = [task for task in self._tasks if task is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        if self._live is not None:
            await self._live.aclose()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._link = LinkStatus(LinkMode.CLOSED, reason="closed by the application")
        self._out.put_nowait(_STOP)

    # ------------------------------------------------------------------ background work

    def _spawn(self, work: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(self._guarded(work), name=f"follow-{name}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _guarded(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - handed to the consumer: events() raises it
            self._fail(error)

    def _fail(self, error: BaseException) -> None:
        if self._closed or self._error is not None:
            return
        self._error = error
        self._out.put_nowait(_STOP)

    def _emit(self, event: FollowEvent) -> None:
        if not self._closed:
            self._out.put_nowait(event)

    async def _run(self, live: LiveStatusClient) -> None:
        # The first read is retried until it succeeds: a page opened while the network is down fills in
        # once it is back. Websocket events wait in the client's queue meanwhile, so the first load comes
        # first and a message in both is yielded once.
        await self._catch_up_until_done()
        async for event in live.events():
            self._on_live(event)
        if not self._closed:
            # The link gave up for good (no token, an internal error): REST alone keeps the page going, and
            # a session that really ended shows up there as SESSION_EXPIRED.
            self._connected = False
            self._set_link(LinkStatus(LinkMode.CLOSED, polling=True, reason=live.link.reason))
            self._start_polling()

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self._poll_interval)
            await self._try_catch_up()

    async def _sync_after_connect(self) -> None:
        # The catch-up must come after the server started sending this connection's updates, or what
        # happens between the catch-up and the subscription would be lost: the ticket's first update (sent
        # at once on subscribe) or the client's Resynced says so; a silent server gets a short grace time.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self._confirm_timeout):
                await self._confirmed.wait()
        await self._catch_up_until_done()
        if self._connected and not self._closed:
            self._stop_polling()
            self._set_link(LinkStatus(LinkMode.LIVE))

    def _start_polling(self) -> None:
        if self._poller is None or self._poller.done():
            self._poller = self._spawn(self._poll(), "poll")

    def _stop_polling(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            self._poller = None

    # ------------------------------------------------------------------ REST

    async def _try_catch_up(self) -> bool:
        """One catch-up; False (logged) when it failed on network trouble, ServiceError when fatal."""
        try:
            await self._catch_up()
        except ServiceError as error:
            if error.failure in _FATAL:
                raise
            _log.log(
                logging.WARNING if error.failure in {Failure.SERVER, Failure.REJECTED} else logging.INFO,
                "ticket %s: the REST catch-up failed (%s); trying again in %g s",
                self._ticket_id,
                error.failure.value,
                self._poll_interval,
            )
            return False
        return True

    async def _catch_up_until_done(self) -> None:
        """Catch up, and again every ``poll_interval`` until it works."""
        while True:
            if await self._try_catch_up():
                return
            await asyncio.sleep(self._poll_interval)

    async def _catch_up(self) -> None:
        """Read the ticket, its chat and the connector over REST; yield what changed or is new."""
        async with self._rest_lock:
            version = self._ticket_version
            ticket = await self._tickets.ticket(self._ticket_id, connector_id=self._connector_id)
            self._apply_rest_ticket(ticket, version)
            chat_id = None if self._ticket is None else self._ticket.chat_id
            if chat_id:
                self._apply_rest_messages(await self._read_chat(chat_id))
            elif not self._chat_loaded:
                self._chat_loaded = True
                self._emit(MessagesArrived((), live=False))
            version = self._connector_version
            with translate_errors():
                connector = await self._api.connectors.get(self._connector_id)
            if version == self._connector_version:
                self._set_connector(_connector_from_rest(self._connector, connector))

    async def _read_chat(self, chat_id: str) -> list[ChatMessage]:
        # The API pages a chat oldest first by an opaque token and cannot start from the end, so a catch-up
        # reads the whole chat: one request per MAX_PAGE_SIZE (200) messages, i.e. two or three requests
        # for a long session of a few hundred. Catch-ups happen only while the websocket is down, after a
        # reconnect and on Refresh, never while the link is live.
        with translate_errors():
            return [message async for message in self._api.chat.messages(chat_id, page_size=MAX_PAGE_SIZE)]

    def _apply_rest_ticket(self, ticket: Ticket, version: int) -> None:
        last = self._ticket
        if last is not None and version != self._ticket_version:
            # A websocket update arrived while the request was out: it is newer than this answer.
            if last.chat_id is None and ticket.chat_id:
                self._set_ticket(replace(last, chat_id=ticket.chat_id))
            return
        self._set_ticket(_status_from_rest(last, ticket))

    def _apply_rest_messages(self, messages: list[ChatMessage]) -> None:
        fresh = list({m.id: m for m in messages if m.id not in self._seen}.values())
        # Every id read counts as seen, also those older than the limit: they must not come back later.
        self._seen.update(m.id for m in messages)
        first = not self._chat_loaded
        self._chat_loaded = True
        if fresh or first:
            self._emit(MessagesArrived(tuple(fresh[-MESSAGE_LIMIT:]), live=False))

    # ------------------------------------------------------------------ the websocket

    def _on_live(self, event: LiveEvent) -> None:
        if self._closed:
            return
        if isinstance(event, LinkState):
            self._on_link(event)
        elif isinstance(event, Resynced):
            if event.reason == "overflow":
                # Events were dropped while the consumer lagged: fetch what they carried.
                self._spawn(self._catch_up_quietly(), "overflow")
            else:
                self._confirmed.set()
        elif isinstance(event, TicketUpdate):
            if event.ticket_id == self._ticket_id:
                self._ticket_version += 1
                status = _status_from_update(self._ticket, event)
                if status is not None:
                    self._set_ticket(status)
                self._confirmed.set()
        elif isinstance(event, ConnectorUpdate):
            if event.connector_id == self._connector_id:
                self._connector_version += 1
                self._set_connector(_connector_from_update(self._connector, event))
        elif isinstance(event, ConnectionUpdate):
            if event.connection_uuid == self._connection_uuid:
                self._set_connection(
                    ConnectionStatus(
                        connection_uuid=event.connection_uuid,
                        script_ui_available=event.script_ui_available,
                        autonomous=event.is_autonomous,
                    )
                )
        elif isinstance(event, ChannelMessage):
            self._on_chat_message(event.message)
        elif isinstance(event, ControlMessage):
            if self._is_our_channel(event.channel_id):
                self._emit(ChannelPinged(event.channel_id))
        elif isinstance(event, ServerError):
            _log.warning(
                "ticket %s: the live status service refused a request: %s",
                self._ticket_id,
                redact_text((event.detail or event.title or "no detail")[:200]),
            )
        elif isinstance(event, UnknownEvent):
            _log.debug("ticket %s: ignored a live event %r", self._ticket_id, event.action[:80])

    async def _catch_up_quietly(self) -> None:
        await self._try_catch_up()

    def _on_link(self, state: LinkState) -> None:
        if state.state == "connected":
            self._connected = True
            self._confirmed.clear()
            if self._syncer is not None:
                self._syncer.cancel()
            self._syncer = self._spawn(self._sync_after_connect(), "sync")
        elif state.state in {"reconnecting", "closed"}:
            self._connected = False
            if self._syncer is not None:
                self._syncer.cancel()
                self._syncer = None
            mode = LinkMode.RECONNECTING if state.state == "reconnecting" else LinkMode.CLOSED
            self._set_link(
                LinkStatus(
                    mode,
                    attempt=state.attempt,
                    next_retry_in=state.next_retry_in,
                    polling=True,
                    reason=state.reason,
                )
            )
            self._start_polling()
        # "connecting" is the client's start: the follower's own first state already says so.

    def _on_chat_message(self, message: ChatMessage) -> None:
        if not self._is_our_channel(message.channel_id) or message.id in self._seen:
            return
        self._seen.add(message.id)
        self._emit(MessagesArrived((message,), live=True))

    def _is_our_channel(self, channel_id: str) -> bool:
        # Only the ticket's own subscription carries chat frames; before its chat is known, trust that.
        known = None if self._ticket is None else self._ticket.chat_id
        return known is None or channel_id == known

    # ------------------------------------------------------------------ state

    def _set_link(self, status: LinkStatus) -> None:
        if status != self._link:
            self._link = status
            self._emit(LinkChanged(status))

    def _set_ticket(self, status: TicketStatus) -> None:
        if status == self._ticket:
            return
        self._ticket = status
        self._emit(TicketChanged(status))
        self._follow_connection(status)

    def _set_connector(self, status: ConnectorStatus) -> None:
        if status != self._connector:
            self._connector = status
            self._emit(ConnectorChanged(status))

    def _set_connection(self, status: ConnectionStatus) -> None:
        if status != self._connection:
            self._connection = status
            self._emit(ConnectionChanged(status))

    def _follow_connection(self, status: TicketStatus | None) -> None:
        """Subscribe to the ticket's remote connection once it has one (and only to the current one)."""
        live = self._live
        uuid = None if status is None else status.connection_uuid
        if live is None or uuid is None or uuid == self._connection_uuid:
            return
        previous, self._connection_uuid = self._connection_uuid, uuid
        self._spawn(self._switch_connection(live, previous, uuid), "connection")

    @staticmethod
    async def _switch_connection(live: LiveStatusClient, previous: str | None, uuid: str) -> None:
        if previous is not None:
            await live.unsubscribe_connection(previous)
        await live.subscribe_connection(uuid)
