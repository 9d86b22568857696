"""The sandbox's live-status websocket (``/wssprd?access_token=...``) and the hub of its connections.

Protocol (API-CONTRACT section 1, "Websocket"): JSON text frames. The client subscribes with
``subscribeToConnector {connector_id}``, ``subscribeToTicket {ticket_id}`` and
``subscribeToConnection {connection_uuid}`` and unsubscribes with ``unsubscribeFromConnector``,
``unsubscribeToTicket`` and ``unsubscribeToConnection`` (spelled as the service spells them). For every
subscription the server sends ``{"action": <the subscribe action>, "message": {...}}`` at once, again
whenever the resource changes (the event bus says so), and at least every
:data:`PERIOD_SANDBOX_SECONDS` of sandbox time (never more often than every :data:`TICK_SECONDS` of real
time, whatever the clock speed). A ticket subscription also carries its chat: ``channelMessage`` for
every new message and ``controlMessage`` for a ping of the channel.

Authentication happens once, at the handshake, as at an API gateway: the handshake is accepted and a
missing, unknown or expired token is answered by closing at once with code :data:`CLOSE_UNAUTHORIZED`
(4401; reason ``unauthorized`` or ``token-expired``). A token that expires later does not end a
connection that is already open. Bad frames (not JSON, not an object, unknown action, missing or
foreign ids) get an error frame ``{"action": "error", "message": {"detail", "code", "request_action"}}``
and the socket stays open.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, WebSocket
from starlette.types import ASGIApp
from starlette.websockets import WebSocketDisconnect, WebSocketState

from app.domain.contract.customer_api import WEBSOCKET_PATH, WsAction
from app.sandbox.events import Event
from app.sandbox.state import SandboxState, Session

log = logging.getLogger(__name__)

#: Close code for a handshake without a valid access token (the HTTP 401 of the websocket world).
CLOSE_UNAUTHORIZED = 4401
#: Close code used by :meth:`WebSocketHub.drop_all` when the transport cannot be cut (1001: going away).
CLOSE_GOING_AWAY = 1001
#: Every subscription is refreshed at least this often, in sandbox seconds.
PERIOD_SANDBOX_SECONDS = 5.0
#: How often (real seconds) a connection looks at the clock for due refreshes: the fastest refresh rate.
TICK_SECONDS = 0.2
#: Largest client frame accepted, in characters; larger ones get an error frame.
MAX_FRAME_CHARS = 64 * 1024

#: The action of the error frame.
ERROR_ACTION = "error"

_SUBSCRIBE = {
    WsAction.SUBSCRIBE_CONNECTOR: ("connector", "connector_id"),
    WsAction.SUBSCRIBE_TICKET: ("ticket", "ticket_id"),
    WsAction.SUBSCRIBE_CONNECTION: ("connection", "connection_uuid"),
}
_UNSUBSCRIBE = {
    WsAction.UNSUBSCRIBE_CONNECTOR: ("connector", "connector_id"),
    WsAction.UNSUBSCRIBE_TICKET: ("ticket", "ticket_id"),
    WsAction.UNSUBSCRIBE_CONNECTION: ("connection", "connection_uuid"),
}
_ACTION_OF_KIND = {kind: action for action, (kind, _field) in _SUBSCRIBE.items()}


class FrameError(Exception):
    """A client frame the server answers with an error frame."""

    def __init__(self, code: str, detail: str, request_action: str | None = None) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.request_action = request_action

    def frame(self) -> dict[str, Any]:
        """The error frame."""
        return {
            "action": ERROR_ACTION,
            "message": {"detail": self.detail, "code": self.code, "request_action": self.request_action},
        }


@dataclass(slots=True)
class _Subscription:
    kind: str
    key: int | str
    #: Sandbox time (POSIX seconds) of the last push of this subscription.
    last_push: float = 0.0
    #: A ticket subscription's channel, whose chat messages it carries too.
    channel_id: str | None = None


@dataclass(eq=False)
class _Connection:
    """One open websocket of one session."""

    websocket: WebSocket
    state: SandboxState
    session: Session
    loop: asyncio.AbstractEventLoop
    subscriptions: dict[tuple[str, int | str], _Subscription] = field(default_factory=dict)
    send_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    dropped: bool = False
    _close_task: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------ sending

    async def send(self, frame: dict[str, Any]) -> None:
        async with self.send_lock:
            if self.websocket.application_state != WebSocketState.CONNECTED:
                raise WebSocketDisconnect(1006)
            await self.websocket.send_text(json.dumps(frame, separators=(",", ":"), default=str))

    async def push(self, subscription: _Subscription) -> None:
        """Send the current message of ``subscription`` (or an error frame if its resource is gone)."""
        try:
            message = self.message_of(subscription.kind, subscription.key)
        except LookupError:
            self.subscriptions.pop((subscription.kind, subscription.key), None)
            error = FrameError(
                "not-found",
                f"The {subscription.kind} {subscription.key} no longer exists; the subscription ended.",
                _ACTION_OF_KIND[subscription.kind],
            )
            await self.send(error.frame())
            return
        await self.send({"action": _ACTION_OF_KIND[subscription.kind], "message": message})
        subscription.last_push = self.state.now().timestamp()

    def message_of(self, kind: str, key: int | str) -> dict[str, Any]:
        """The current message of a subscription (LookupError when the resource is gone)."""
        if kind == "ticket":
            return self.state.ticket_message(int(key))
        if kind == "connector":
            return self.state.connector_message(int(key))
        message = self.state.connection_message(str(key))
        if message is None:
            raise LookupError(key)
        return message

    # ------------------------------------------------------------------ the three loops

    async def serve(self) -> None:
        """Read frames, relay events and refresh subscriptions until the socket closes."""
        async with self.state.bus.subscribe() as events:
            tasks = {
                asyncio.create_task(self._read(), name="ws-read"),
                asyncio.create_task(self._relay(events), name="ws-relay"),
                asyncio.create_task(self._refresh(), name="ws-refresh"),
            }
            try:
                done, _pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
            for task in done:
                error = task.exception() if not task.cancelled() else None
                if error is not None and not isinstance(error, WebSocketDisconnect | RuntimeError | OSError):
                    log.error("websocket connection failed", exc_info=error)

    async def _read(self) -> None:
        while True:
            message = await self.websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            text = message.get("text")
            if text is None:
                await self.send(FrameError("unsupported-frame", "Frames are JSON text, not binary.").frame())
                continue
            try:
                await self.handle(text)
            except FrameError as error:
                await self.send(error.frame())

    async def _relay(self, events: asyncio.Queue[Event]) -> None:
        while True:
            event = await events.get()
            await self.on_event(event)

    async def _refresh(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            now = self.state.now().timestamp()
            for subscription in list(self.subscriptions.values()):
                # A reset puts the clock back to wall time: a push "from the future" is due at once too.
                if not 0 <= now - subscription.last_push < PERIOD_SANDBOX_SECONDS:
                    await self.push(subscription)

    # ------------------------------------------------------------------ client frames

    async def handle(self, text: str) -> None:
        """Act on one client frame (FrameError for a bad one)."""
        if len(text) > MAX_FRAME_CHARS:
            raise FrameError("frame-too-large", f"Frames are at most {MAX_FRAME_CHARS} characters.")
        try:
            frame = json.loads(text)
        except ValueError:
            raise FrameError("malformed-frame", "The frame is not valid JSON.") from None
        if not isinstance(frame, dict):
            raise FrameError("malformed-frame", "The frame is not a JSON object.")
        action = frame.get("action")
        if not isinstance(action, str):
            raise FrameError("malformed-frame", "The frame has no action.")
        if action in _SUBSCRIBE:
            kind, id_field = _SUBSCRIBE[WsAction(action)]
            key = self._resolve(kind, id_field, frame.get(id_field), action)
            subscription = self.subscriptions.get((kind, key))
            if subscription is None:
                subscription = _Subscription(kind, key)
                if kind == "ticket":
                    ticket = self.state.ticket(int(key))
                    subscription.channel_id = None if ticket is None else ticket.chat_id
                self.subscriptions[(kind, key)] = subscription
            await self.push(subscription)
        elif action in _UNSUBSCRIBE:
            kind, id_field = _UNSUBSCRIBE[WsAction(action)]
            key = _parse_key(kind, id_field, frame.get(id_field), action)
            self.subscriptions.pop((kind, key), None)
        else:
            raise FrameError("unknown-action", f"Unknown action {action[:64]!r}.", action[:64])

    def _resolve(self, kind: str, id_field: str, raw: Any, action: str) -> int | str:
        """The subscription key, once it is known to belong to this session's customer."""
        key = _parse_key(kind, id_field, raw, action)
        customer = self.session.customer_id
        found = False
        if kind == "ticket":
            ticket = self.state.ticket(int(key))
            found = ticket is not None and ticket.customer_id == customer
        elif kind == "connector":
            found = (
                self.state.connector_status(int(key)) is not None
                and self.state.customer_of_connector(int(key)) == customer
            )
        else:
            ticket = self.state.ticket_by_connection(str(key))
            found = ticket is not None and ticket.customer_id == customer
        if not found:
            # Someone else's resource is answered like a missing one.
            raise FrameError("not-found", f"There is no {kind} {key} for this account.", action)
        return key

    # ------------------------------------------------------------------ server events

    async def on_event(self, event: Event) -> None:
        """Push what ``event`` means to this connection's subscriptions."""
        if event.topic in {"ticket", "connector", "connection"}:
            subscription = self.subscriptions.get((event.topic, event.key))
            if subscription is None:
                return
            if event.message:
                await self.send({"action": _ACTION_OF_KIND[event.topic], "message": event.message})
                subscription.last_push = self.state.now().timestamp()
            else:
                await self.push(subscription)
            return
        action = {"channel": WsAction.CHANNEL_MESSAGE, "control": WsAction.CONTROL_MESSAGE}.get(event.topic)
        if action is None:
            return
        if any(s.channel_id == event.key for s in self.subscriptions.values() if s.kind == "ticket"):
            await self.send({"action": str(action), "message": event.message})

    # ------------------------------------------------------------------ dropping

    def drop(self) -> None:
        """Cut the connection without a closing handshake, as a failing network or load balancer does."""
        self.dropped = True
        transport = _transport_of(self.websocket)
        if transport is not None and hasattr(transport, "abort"):
            transport.abort()
            return
        # No transport within reach (another server, or wrapping middleware): close as "going away".
        self._close_task = self.loop.create_task(self._close_going_away())

    async def _close_going_away(self) -> None:
        with contextlib.suppress(Exception):
            await self.websocket.close(CLOSE_GOING_AWAY, "dropped by the sandbox")


def _parse_key(kind: str, id_field: str, raw: Any, action: str) -> int | str:
    if kind == "connection":
        if not isinstance(raw, str) or not raw or len(raw) > 64:
            raise FrameError("malformed-frame", f"{action} needs {id_field} (a UUID string).", action)
        return raw
    # Ids are integers; the seed writes a ticket id as a string ("3"), so digit strings are taken too.
    if isinstance(raw, bool):
        raw = None
    if isinstance(raw, str) and raw.isdigit() and len(raw) < 19:
        raw = int(raw)
    if not isinstance(raw, int) or raw <= 0 or raw >= 2**63:
        raise FrameError("malformed-frame", f"{action} needs {id_field} (a positive integer).", action)
    return raw


def _transport_of(websocket: WebSocket) -> asyncio.BaseTransport | None:
    """The TCP transport under an ASGI websocket, found through uvicorn's protocol object.

    ASGI offers no way to cut a connection abruptly. uvicorn hands the application its protocol's bound
    ``receive``/``send`` methods, and that protocol holds the transport; middleware may wrap ``send``, so
    ``receive`` is tried first. Any other server simply yields None.
    """
    for name in ("_receive", "_send"):
        bound = vars(websocket).get(name)
        protocol = getattr(bound, "__self__", None)
        transport = getattr(protocol, "transport", None)
        if isinstance(transport, asyncio.BaseTransport):
            return transport
    return None


class WebSocketHub:
    """Every open live-status connection of one app: counted, and dropped on request."""

    def __init__(self) -> None:
        self._connections: set[_Connection] = set()
        self._lock = threading.Lock()

    def register(self, connection: _Connection) -> None:
        with self._lock:
            self._connections.add(connection)

    def unregister(self, connection: _Connection) -> None:
        with self._lock:
            self._connections.discard(connection)

    def count(self) -> int:
        """How many websockets are open."""
        with self._lock:
            return sum(not c.dropped for c in self._connections)

    def drop_all(self) -> int:
        """Cut every open websocket abruptly (clients see 1006 and reconnect); how many there were."""
        with self._lock:
            connections = [c for c in self._connections if not c.dropped]
        for connection in connections:
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is connection.loop:
                connection.drop()
            else:
                connection.loop.call_soon_threadsafe(connection.drop)
        return len(connections)


def hub_for(app: ASGIApp) -> WebSocketHub:
    """The hub of ``app`` (a FastAPI/Starlette app), created on first use and kept in ``app.state.ws_hub``."""
    app_state = getattr(app, "state", None)
    if app_state is None:
        raise TypeError("hub_for needs the FastAPI application")
    hub = getattr(app_state, "ws_hub", None)
    if not isinstance(hub, WebSocketHub):
        hub = WebSocketHub()
        app_state.ws_hub = hub
    return hub


router = APIRouter()


@router.websocket(WEBSOCKET_PATH)
async def live_status(websocket: WebSocket) -> None:
    """The live-status websocket of one session."""
    state: SandboxState = websocket.app.state.sandbox
    hub = hub_for(websocket.app)
    token = websocket.query_params.get("access_token")
    status, session = state.lookup_token(token, "access") if token else ("invalid", None)
    await websocket.accept()
    if status != "valid" or session is None:
        reason = "token-expired" if status == "expired" else "unauthorized"
        await websocket.close(CLOSE_UNAUTHORIZED, reason)
        return
    connection = _Connection(websocket, state, session, asyncio.get_running_loop())
    hub.register(connection)
    try:
        await connection.serve()
    finally:
        hub.unregister(connection)
        if not connection.dropped and websocket.application_state == WebSocketState.CONNECTED:
            with contextlib.suppress(Exception):
                await websocket.close()
