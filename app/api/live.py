"""The live-status websocket client: ticket, connector and connection updates and new chat messages.

Servers drop idle sockets and networks break, so :class:`LiveStatusClient` keeps one connection alive on
its own: on any drop it waits (:class:`BackoffSchedule`: a few quick tries, then no faster than every few
seconds), asks for a fresh access token, connects again, sends every remembered subscription again, and
emits :class:`~app.api.live_models.Resynced` so that the consumer fetches over REST what it may have missed.

The access token travels in the URL's query string (``?access_token=``), as the service requires; that URL
is never logged and never put in an exception.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Final, Literal, Self
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pydantic
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI
from websockets.uri import parse_uri

from app.api.errors import ApiConnectionError, AuthenticationError, PermissionDeniedError
from app.api.live_models import (
    ChannelMessage,
    ConnectionUpdate,
    ConnectorUpdate,
    ControlMessage,
    LinkState,
    LinkStateName,
    LiveEvent,
    Resynced,
    ServerError,
    ServerEvent,
    TicketUpdate,
    UnknownEvent,
)
from app.api.models import ChatMessage
from app.api.redact import RedactingFilter, redact_text
from app.domain.contract.customer_api import WsAction

__all__ = ["BackoffSchedule", "LiveStatusClient", "Subscription", "TokenProvider", "TokenRejected"]

log = logging.getLogger(__name__)
# The websockets library logs the handshake's request line (with the token) at debug level: it gets its own
# logger here, behind the redacting filter.
_wire_log = logging.getLogger(f"{__name__}.wire")
_wire_log.addFilter(RedactingFilter())

#: ``async () -> access_token``: called before every connection attempt, so it must return a fresh token.
TokenProvider = Callable[[], Awaitable[str]]
#: ``async (rejected_token) -> None``: told when the server refused a token, so the next one is new.
TokenRejected = Callable[[str], Awaitable[None]]

#: Close codes (and handshake statuses) with which the server says the token is not (or no longer) good.
_AUTH_CLOSE_CODES: Final = frozenset({4401, 4403})
_AUTH_HTTP_STATUSES: Final = frozenset({401, 403})
_ERROR: Final = "error"
_END: Final = object()


class BackoffSchedule:
    """Delays between reconnection attempts: a few quick tries, then no faster than ``slow_delay``.

    The first ``quick_retries`` delays are ``quick_delay * 2**n`` (n = 0, 1, ...) with +-``jitter``; after
    them each delay is ``slow_delay * 2**k`` capped at ``max_delay``, jittered but never below
    ``slow_delay`` nor above ``max_delay``. A connection that lasted ``stable_after`` seconds or more
    resets the schedule: the next drop starts with quick tries again. Pure logic, no sockets.
    """

    def __init__(
        self,
        *,
        quick_retries: int = 3,
        quick_delay: float = 0.5,
        slow_delay: float = 5.0,
        max_delay: float = 30.0,
        stable_after: float = 30.0,
        jitter: float = 0.25,
        rng: random.Random | None = None,
    ) -> None:
        if quick_retries < 0:
            raise ValueError("quick_retries must not be negative")
        if quick_delay <= 0 or slow_delay <= 0:
            raise ValueError("delays must be positive")
        if max_delay < slow_delay:
            raise ValueError("max_delay must be at least slow_delay")
        if not 0 <= jitter < 1:
            raise ValueError("jitter must be in [0, 1)")
        self.quick_retries = quick_retries
        self.quick_delay = quick_delay
        self.slow_delay = slow_delay
        self.max_delay = max_delay
        self.stable_after = stable_after
        self.jitter = jitter
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography
        self._failures = 0

    @property
    def failures(self) -> int:
        """How many delays were handed out since the last reset."""
        return self._failures

    def next_delay(self) -> float:
        """The wait before the next attempt, in seconds."""
        n = self._failures
        self._failures += 1
        if n < self.quick_retries:
            base = self.quick_delay * 2.0**n
            low, high = base * (1 - self.jitter), base * (1 + self.jitter)
            return min(self.max_delay, self._rng.uniform(low, high))
        base = min(self.max_delay, self.slow_delay * 2.0 ** (n - self.quick_retries))
        spread = base * self.jitter
        high = min(self.max_delay, base + spread)
        # Jitter downwards only at the cap, so that many clients do not retry in step at max_delay.
        low = max(self.slow_delay, base - spread) if base >= self.max_delay else base
        return self._rng.uniform(low, high)

    def reset(self) -> None:
        """Start again with the quick tries."""
        self._failures = 0

    def connection_ended(self, lasted: float) -> None:
        """Note that a connection lasted ``lasted`` seconds; a stable one resets the schedule."""
        if lasted >= self.stable_after:
            self.reset()

    def __iter__(self) -> Iterator[float]:
        while True:
            yield self.next_delay()


SubscriptionKind = Literal["connector", "ticket", "connection"]

_SUBSCRIBE: Final[dict[SubscriptionKind, tuple[WsAction, WsAction, str]]] = {
    "connector": (WsAction.SUBSCRIBE_CONNECTOR, WsAction.UNSUBSCRIBE_CONNECTOR, "connector_id"),
    "ticket": (WsAction.SUBSCRIBE_TICKET, WsAction.UNSUBSCRIBE_TICKET, "ticket_id"),
    "connection": (WsAction.SUBSCRIBE_CONNECTION, WsAction.UNSUBSCRIBE_CONNECTION, "connection_uuid"),
}


@dataclass(frozen=True, slots=True)
class Subscription:
    """One thing the client listens to: a connector id, a ticket id or a connection UUID."""

    kind: SubscriptionKind
    key: int | str

    def frame(self, *, subscribe: bool = True) -> dict[str, Any]:
        """The client frame that (un)subscribes, with the action spelled as the service spells it."""
        on, off, member = _SUBSCRIBE[self.kind]
        return {"action": str(on if subscribe else off), member: self.key}


def _confirmed_subscription(event: ServerEvent) -> Subscription | None:
    """The subscription that a server frame proves active (the server answers a subscribe at once)."""
    if isinstance(event, TicketUpdate):
        return Subscription("ticket", event.ticket_id)
    if isinstance(event, ConnectorUpdate):
        return Subscription("connector", event.connector_id)
    if isinstance(event, ConnectionUpdate):
        return Subscription("connection", event.connection_uuid)
    return None


def _channel_message(message: dict[str, Any]) -> ChannelMessage:
    return ChannelMessage(message=ChatMessage.model_validate(message))


_PARSERS: Final[dict[str, Callable[[dict[str, Any]], ServerEvent]]] = {
    WsAction.SUBSCRIBE_TICKET: TicketUpdate.model_validate,
    WsAction.SUBSCRIBE_CONNECTOR: ConnectorUpdate.model_validate,
    WsAction.SUBSCRIBE_CONNECTION: ConnectionUpdate.model_validate,
    WsAction.CHANNEL_MESSAGE: _channel_message,
    WsAction.CONTROL_MESSAGE: ControlMessage.model_validate,
    _ERROR: ServerError.model_validate,
}


def parse_frame(raw: str | bytes) -> ServerEvent | None:
    """The event in one server frame, or None (logged) when the frame is malformed.

    A frame is ``{"action": ..., "message": {...}}``. An action this client does not know becomes an
    :class:`UnknownEvent`; a gateway's bare ``{"message": "..."}`` error becomes a :class:`ServerError`.
    Frame contents are never logged (they may hold URLs with secrets), only their shape.
    """
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        log.warning("live status: skipped a frame that is not JSON (%d bytes)", len(raw))
        return None
    if not isinstance(data, dict):
        log.warning("live status: skipped a frame that is not a JSON object")
        return None
    action = data.get("action")
    message = data.get("message")
    if action is None and isinstance(message, str):
        return ServerError(detail=message)
    if not isinstance(action, str):
        log.warning("live status: skipped a frame without an action")
        return None
    parser = _PARSERS.get(action)
    if parser is None:
        log.info("live status: unknown action %r", action[:80])
        return UnknownEvent(action=action, message=message)
    if not isinstance(message, dict):
        log.warning("live status: skipped a %s frame whose message is not an object", action)
        return None
    try:
        return parser(message)
    except pydantic.ValidationError as exc:
        fields = sorted({".".join(str(part) for part in error["loc"]) for error in exc.errors()})
        log.warning("live status: skipped a malformed %s frame (bad fields: %s)", action, ", ".join(fields))
        return None


@dataclass(slots=True)
class _Ended:
    """How one connection attempt ended."""

    connected_for: float | None = None
    token_rejected: bool = False
    reason: str = "connection lost"


class _FatalError(Exception):
    """The link cannot work any more (no credentials): stop instead of retrying."""


class LiveStatusClient:
    """One self-healing websocket to the live-status service.

    Use it as ``async with LiveStatusClient(url, api.auth.access_token) as live:``, subscribe, and read
    ``async for event in live.events():`` (one consumer). Subscriptions are remembered and sent again after
    every reconnect; :class:`~app.api.live_models.LinkState` events and :attr:`state` report the link.
    """

    def __init__(
        self,
        ws_url: str,
        token_provider: TokenProvider,
        *,
        quick_retries: int = 3,
        quick_delay: float = 0.5,
        slow_delay: float = 5.0,
        max_delay: float = 30.0,
        stable_after: float = 30.0,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = None,
        open_timeout: float = 10.0,
        close_timeout: float = 2.0,
        resync_timeout: float = 2.0,
        token_rejected: TokenRejected | None = None,
        ssl_context: ssl.SSLContext | None = None,
        user_agent: str = "Workbay",
        max_queued_events: int = 10_000,
    ) -> None:
        """Set the client up; nothing connects before ``async with`` (or :meth:`start`).

        Args:
            ws_url: the websocket URL without a token (``wss://.../wssprd``).
            token_provider: returns a fresh access token; called before every connection attempt.
            quick_retries: reconnect attempts with short delays before slowing down.
            quick_delay: the first quick delay, doubled for each quick retry.
            slow_delay: the shortest delay once the quick retries are spent.
            max_delay: the longest delay.
            stable_after: seconds after which a connection counts as healthy (resets the back-off).
            ping_interval: seconds between keep-alive pings; None disables them.
            ping_timeout: seconds to wait for a pong before the link counts as dropped (default:
                ``ping_interval``).
            open_timeout: seconds allowed for the connection and handshake.
            close_timeout: seconds allowed for the closing handshake.
            resync_timeout: after a reconnect, how long to wait for the server to confirm the subscriptions
                before emitting :class:`Resynced` anyway.
            token_rejected: told which token the server refused (close code 4401/4403 or HTTP 401/403),
                so that the token provider hands out a new one next time.
            ssl_context: TLS settings for ``wss://``; by default the operating system's trust store.
            user_agent: the ``User-Agent`` of the handshake.
            max_queued_events: events kept for a slow consumer; beyond, the oldest are dropped and a
                :class:`Resynced` (reason ``"overflow"``) tells the consumer to refetch.
        """
        try:
            self._secure = parse_uri(ws_url).secure
        except InvalidURI:
            raise ValueError("not a websocket URL (ws:// or wss://)") from None
        if urlsplit(ws_url).query and "access_token" in dict(parse_qsl(urlsplit(ws_url).query)):
            raise ValueError("pass the websocket URL without a token: the token provider supplies it")
        self._ws_url = ws_url
        self._token_provider = token_provider
        self._token_rejected = token_rejected
        self._schedule = BackoffSchedule(
            quick_retries=quick_retries,
            quick_delay=quick_delay,
            slow_delay=slow_delay,
            max_delay=max_delay,
            stable_after=stable_after,
        )
        self._ping_interval = ping_interval
        self._ping_timeout = ping_interval if ping_timeout is None else ping_timeout
        self._open_timeout = open_timeout
        self._close_timeout = close_timeout
        self._resync_timeout = resync_timeout
        self._ssl_context = ssl_context
        self._user_agent = user_agent

        self._subscriptions: dict[Subscription, None] = {}
        self._queue: asyncio.Queue[LiveEvent | object] = asyncio.Queue(max(1, max_queued_events))
        self._overflowed = False
        self._link = LinkState(state="closed")
        self._ws: ClientConnection | None = None
        self._runner: asyncio.Task[None] | None = None
        self._closing = False
        self._connected = asyncio.Event()
        self._finished = asyncio.Event()

    # ------------------------------------------------------------------ public surface

    @property
    def backoff(self) -> BackoffSchedule:
        """The reconnect schedule this client follows (for inspection: the client drives it)."""
        return self._schedule

    @property
    def state(self) -> LinkStateName:
        """``connecting``, ``connected``, ``reconnecting`` or ``closed``."""
        return self._link.state

    @property
    def link(self) -> LinkState:
        """The latest :class:`LinkState` (with the attempt count and the next retry's delay)."""
        return self._link

    @property
    def subscriptions(self) -> tuple[Subscription, ...]:
        """What the client listens to, in the order subscribed."""
        return tuple(self._subscriptions)

    def start(self) -> None:
        """Start connecting in the background (``async with`` does this)."""
        if self._runner is not None or self._closing:
            raise RuntimeError("a LiveStatusClient is started only once")
        self._set_link("connecting", attempt=1)
        self._runner = asyncio.get_running_loop().create_task(self._run(), name="live-status")

    async def wait_connected(self) -> None:
        """Wait until the link is connected; raise :class:`ApiConnectionError` if it closes for good first.

        Wrap in ``asyncio.timeout(...)`` to bound the wait.
        """
        if self._connected.is_set():
            return
        connected = asyncio.ensure_future(self._connected.wait())
        finished = asyncio.ensure_future(self._finished.wait())
        try:
            await asyncio.wait({connected, finished}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            connected.cancel()
            finished.cancel()
        if not self._connected.is_set():
            raise ApiConnectionError(f"the live status link closed ({self._link.reason or 'closed'})")

    async def subscribe_connector(self, connector_id: int) -> None:
        """Receive updates of a connector (online, VIN read, voltage, call for attention)."""
        await self._subscribe(Subscription("connector", _positive_id(connector_id)))

    async def subscribe_ticket(self, ticket_id: int) -> None:
        """Receive updates of a ticket and the new messages of its chat channel."""
        await self._subscribe(Subscription("ticket", _positive_id(ticket_id)))

    async def subscribe_connection(self, connection_uuid: str) -> None:
        """Receive updates of a diagnostic connection."""
        await self._subscribe(Subscription("connection", _non_empty(connection_uuid)))

    async def unsubscribe_connector(self, connector_id: int) -> None:
        """Stop the updates of a connector."""
        await self._unsubscribe(Subscription("connector", _positive_id(connector_id)))

    async def unsubscribe_ticket(self, ticket_id: int) -> None:
        """Stop the updates of a ticket."""
        await self._unsubscribe(Subscription("ticket", _positive_id(ticket_id)))

    async def unsubscribe_connection(self, connection_uuid: str) -> None:
        """Stop the updates of a diagnostic connection."""
        await self._unsubscribe(Subscription("connection", _non_empty(connection_uuid)))

    async def events(self) -> AsyncIterator[LiveEvent]:
        """Every event, in arrival order, until the client is closed. Meant for one consumer."""
        while True:
            if self._overflowed:
                self._overflowed = False
                yield self._resynced("overflow")
            item = await self._queue.get()
            if item is _END:
                # Left in place so that a later call to events() also ends at once.
                self._put(_END)
                return
            if isinstance(item, LinkState | Resynced | ServerEvent):
                yield item

    async def aclose(self) -> None:
        """Close the socket and stop reconnecting; ``events()`` ends after the events already queued."""
        if self._closing:
            return
        self._closing = True
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.cancel()
            await asyncio.wait({runner})
            if not runner.cancelled() and runner.exception() is not None:
                log.error("live status: the connection task failed", exc_info=runner.exception())
        self._finish("closed by the application")

    async def __aenter__(self) -> Self:
        self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ subscriptions

    async def _subscribe(self, subscription: Subscription) -> None:
        if subscription in self._subscriptions:
            return
        self._subscriptions[subscription] = None
        await self._send(subscription.frame(subscribe=True))

    async def _unsubscribe(self, subscription: Subscription) -> None:
        if subscription not in self._subscriptions:
            return
        del self._subscriptions[subscription]
        await self._send(subscription.frame(subscribe=False))

    async def _send(self, frame: dict[str, Any]) -> None:
        ws = self._ws
        if ws is None:
            return  # sent with all the others once connected
        try:
            await ws.send(json.dumps(frame))
        except ConnectionClosed:
            # The reconnect sends the whole subscription set again.
            log.debug("live status: %s not sent, the link dropped", frame["action"])

    # ------------------------------------------------------------------ events

    def _put(self, item: LiveEvent | object) -> None:
        if self._queue.full():
            self._queue.get_nowait()
            if not self._overflowed:
                log.warning("live status: the consumer fell behind; dropping the oldest events")
            self._overflowed = True
        self._queue.put_nowait(item)

    def _set_link(
        self,
        state: LinkStateName,
        *,
        attempt: int = 0,
        next_retry_in: float | None = None,
        reason: str | None = None,
    ) -> None:
        self._link = LinkState(state=state, attempt=attempt, next_retry_in=next_retry_in, reason=reason)
        if state == "connected":
            self._connected.set()
        else:
            self._connected.clear()
        self._put(self._link)

    def _resynced(self, reason: Literal["reconnect", "overflow"]) -> Resynced:
        keys: dict[SubscriptionKind, list[Any]] = {"ticket": [], "connector": [], "connection": []}
        for subscription in self._subscriptions:
            keys[subscription.kind].append(subscription.key)
        return Resynced(
            reason=reason,
            ticket_ids=tuple(keys["ticket"]),
            connector_ids=tuple(keys["connector"]),
            connection_uuids=tuple(keys["connection"]),
        )

    def _finish(self, reason: str) -> None:
        if self._finished.is_set():
            return
        self._set_link("closed", reason=reason)
        self._finished.set()
        self._put(_END)

    # ------------------------------------------------------------------ the connection loop

    async def _run(self) -> None:
        attempt = 0
        connected_before = False
        try:
            while True:
                attempt += 1
                if attempt > 1 or connected_before:
                    self._set_link("reconnecting", attempt=attempt)
                ended = await self._connect_once(attempt=attempt, resync=connected_before)
                if ended.connected_for is not None:
                    connected_before = True
                    self._schedule.connection_ended(ended.connected_for)
                    if self._schedule.failures == 0:
                        attempt = 0
                delay = self._schedule.next_delay()
                self._set_link("reconnecting", attempt=attempt + 1, next_retry_in=delay, reason=ended.reason)
                await asyncio.sleep(delay)
        except _FatalError as exc:
            self._finish(str(exc))
        except Exception:
            log.exception("live status: the connection task failed")
            self._finish("internal error")

    def _url_with_token(self, token: str) -> str:
        parts = urlsplit(self._ws_url)
        query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)]
        query.append(("access_token", token))
        return urlunsplit(parts._replace(query=urlencode(query)))

    def _ssl_argument(self) -> ssl.SSLContext | None:
        if not self._secure:
            return None
        if self._ssl_context is None:
            from app.api._http import default_ssl_context  # noqa: PLC0415 - TLS set-up only for wss

            self._ssl_context = default_ssl_context()
        return self._ssl_context

    async def _fresh_token(self) -> str:
        try:
            token = await self._token_provider()
        except (AuthenticationError, PermissionDeniedError) as exc:
            raise _FatalError(f"not logged in ({exc.message})") from exc
        if not token:
            raise _FatalError("not logged in (no access token)")
        return token

    async def _connect_once(self, *, attempt: int, resync: bool) -> _Ended:
        try:
            token = await self._fresh_token()
        except _FatalError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure to get a token is retried with back-off
            log.warning("live status: could not get an access token: %s", redact_text(str(exc)))
            return _Ended(reason="no access token")
        ended = _Ended()
        try:
            async with connect(
                self._url_with_token(token),
                open_timeout=self._open_timeout,
                ping_interval=self._ping_interval,
                ping_timeout=self._ping_timeout,
                close_timeout=self._close_timeout,
                user_agent_header=self._user_agent,
                logger=_wire_log,
                ssl=self._ssl_argument(),
            ) as ws:
                await self._serve(ws, attempt=attempt, resync=resync, ended=ended)
        except ConnectionClosed as exc:
            code = exc.rcvd.code if exc.rcvd is not None else None
            if code in _AUTH_CLOSE_CODES:
                ended.token_rejected = True
                ended.reason = f"token refused (close code {code})"
            else:
                ended.reason = "connection lost" if code is None else f"closed by the server (code {code})"
        except InvalidStatus as exc:
            status = exc.response.status_code
            ended.token_rejected = status in _AUTH_HTTP_STATUSES
            ended.reason = f"handshake refused (HTTP {status})"
        except (OSError, TimeoutError, InvalidHandshake) as exc:
            ended.reason = f"could not connect ({type(exc).__name__})"
            log.debug("live status: %s", redact_text(str(exc), secrets=(token,)))
        if ended.token_rejected and self._token_rejected is not None:
            try:
                await self._token_rejected(token)
            except Exception as exc:  # noqa: BLE001 - a failed refresh is met again by the provider next time
                log.warning("live status: token refresh failed: %s", redact_text(str(exc), secrets=(token,)))
        log.log(
            logging.WARNING if ended.connected_for is not None else logging.INFO,
            "live status: %s",
            ended.reason,
        )
        return ended

    async def _serve(self, ws: ClientConnection, *, attempt: int, resync: bool, ended: _Ended) -> None:
        """Run one socket: send the subscriptions, confirm the link, then read frames until it drops."""
        # No await between publishing the socket and taking the snapshot: a subscribe() made from now on
        # sends its own frame, one made before is in the snapshot; none is sent twice or lost.
        self._ws = ws
        snapshot = tuple(self._subscriptions)
        connected_at: float | None = None
        try:
            for subscription in snapshot:
                await ws.send(json.dumps(subscription.frame(subscribe=True)))
            # A server that checks the token after the handshake closes at once (4401): the link counts as
            # connected only once the server answered a ping on it, so a refused token never shows as such.
            async with asyncio.timeout(self._open_timeout):
                await (await ws.ping())
            connected_at = time.monotonic()
            self._set_link("connected", attempt=attempt)
            awaiting = set(snapshot) if resync else set()
            resync_due = connected_at + self._resync_timeout if resync else None
            while True:
                if resync_due is not None and (not awaiting or time.monotonic() >= resync_due):
                    resync_due = None
                    self._put(self._resynced("reconnect"))
                if resync_due is None:
                    raw = await ws.recv()
                else:
                    try:
                        async with asyncio.timeout(max(0.0, resync_due - time.monotonic())):
                            raw = await ws.recv()
                    except TimeoutError:
                        continue  # recv() is cancellation-safe: no frame is lost
                event = parse_frame(raw)
                if event is None:
                    continue
                confirmed = _confirmed_subscription(event)
                if confirmed is not None:
                    awaiting.discard(confirmed)
                self._put(event)
        finally:
            self._ws = None
            if connected_at is not None:
                ended.connected_for = time.monotonic() - connected_at


def _positive_id(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"an id must be a positive integer, not {value!r}")
    return value


def _non_empty(value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("a connection UUID must be a non-empty string")
    return value
