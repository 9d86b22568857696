"""Injected faults and the request log: a pure ASGI middleware around the whole sandbox app.

Every request and websocket handshake outside ``/_sandbox/`` is logged *before* any fault acts, so a test
counts what reached the server. Then the matching faults (fnmatch glob on the path, optional method) act
in list order: ``expire_token`` and ``latency`` let the request go on; the first of ``status``, ``drop``,
``truncate``, ``malformed`` or ``drop_websocket`` decides its fate. Each fault's ``times`` counts down on
every request it affects; at zero it is gone.

Dropping a connection needs uvicorn's transport: the ASGI ``receive``/``send`` callables uvicorn passes are
bound methods of its request cycle (HTTP) or protocol (websocket), which hold ``transport``. Without one
(another server), a drop degrades to closing the response half way, which a client sees the same way.

``Retry-After`` carries ``retry_after`` in whole seconds when it is whole, else as a decimal (so tests can
ask for sub-second back-offs); RFC 9110 allows only integers, and clients should accept both.
"""

from __future__ import annotations

import asyncio
import fnmatch
import json
import logging
import threading
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any

from app.domain.redact import redact_query
from app.sandbox.config import FaultSpec
from app.sandbox.problems import PROBLEM_MEDIA_TYPE, problem_body
from app.sandbox.state import SandboxState

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ADMIN_PREFIX = "/_sandbox"
MALFORMED_BODY = b'{"result": ['
_TERMINAL = {"status", "drop", "truncate", "malformed", "drop_websocket"}
_LOG_SIZE = 20_000


class _ActiveFault:
    def __init__(self, fault_id: int, spec: FaultSpec) -> None:
        self.id = fault_id
        self.spec = spec
        self.remaining = spec.times

    def matches(self, method: str, path: str) -> bool:
        if self.remaining is not None and self.remaining <= 0:
            return False
        if self.spec.method is not None and self.spec.method != method:
            return False
        return fnmatch.fnmatchcase(path, self.spec.path)

    def consume(self) -> None:
        if self.remaining is not None:
            self.remaining -= 1

    def as_dict(self) -> dict[str, Any]:
        data = self.spec.model_dump()
        data["id"] = self.id
        data["times"] = self.remaining
        return data


def _redacted_query(raw: bytes) -> str:
    return redact_query(raw.decode("latin-1"))


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def _authorization_kind(scope: Scope) -> str:
    value = _header(scope, b"authorization")
    if value is None:
        return "none"
    return "bearer" if value.lower().startswith("bearer ") else "other"


def transport_of(receive: Receive, send: Send) -> asyncio.BaseTransport | None:
    """uvicorn's transport behind the ASGI callables of one connection, when reachable."""
    for callable_ in (send, receive):
        owner = getattr(callable_, "__self__", None)
        transport = getattr(owner, "transport", None)
        if isinstance(transport, asyncio.BaseTransport):
            return transport
    return None


def retry_after_text(seconds: float) -> str:
    """The Retry-After value of a fault."""
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"


class FaultInjector:
    """The fault list, the request log, and the open websockets that faults may drop."""

    def __init__(self, state: SandboxState, faults: tuple[FaultSpec, ...] = ()) -> None:
        self.state = state
        self._lock = threading.Lock()
        self._faults: list[_ActiveFault] = []
        self._next_id = 1
        self._log: deque[dict[str, Any]] = deque(maxlen=_LOG_SIZE)
        self._websockets: dict[int, tuple[str, asyncio.BaseTransport]] = {}
        self.set_faults(list(faults))

    # ---------------------------------------------------------------- faults

    def faults(self) -> list[dict[str, Any]]:
        """The faults in force, ``times`` as what is left."""
        with self._lock:
            return [f.as_dict() for f in self._faults if f.remaining is None or f.remaining > 0]

    def set_faults(self, specs: list[FaultSpec]) -> list[dict[str, Any]]:
        """Replace the fault list."""
        with self._lock:
            self._faults = []
        return self.add_faults(specs)

    def add_faults(self, specs: list[FaultSpec]) -> list[dict[str, Any]]:
        """Append faults; a ``drop_websocket`` fault also drops the matching websockets open now."""
        with self._lock:
            for spec in specs:
                self._faults.append(_ActiveFault(self._next_id, spec))
                self._next_id += 1
        self._drop_open_websockets()
        return self.faults()

    def clear_faults(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._faults = []

    def take(self, method: str, path: str, *, websocket: bool = False) -> list[FaultSpec]:
        """The faults that act on this request now (consuming one of their ``times``)."""
        chosen: list[FaultSpec] = []
        with self._lock:
            terminal_taken = False
            for fault in self._faults:
                if not fault.matches(method, path):
                    continue
                kind = fault.spec.kind
                if (kind == "drop_websocket") != websocket and kind in _TERMINAL:
                    continue
                if kind in _TERMINAL:
                    if terminal_taken:
                        continue
                    terminal_taken = True
                fault.consume()
                chosen.append(fault.spec)
            self._faults = [f for f in self._faults if f.remaining is None or f.remaining > 0]
        return chosen

    # ---------------------------------------------------------------- websockets

    def _drop_open_websockets(self) -> None:
        dropped: list[asyncio.BaseTransport] = []
        with self._lock:
            for key, (path, transport) in list(self._websockets.items()):
                for fault in self._faults:
                    if fault.spec.kind == "drop_websocket" and fault.matches("GET", path):
                        fault.consume()
                        dropped.append(transport)
                        del self._websockets[key]
                        break
            self._faults = [f for f in self._faults if f.remaining is None or f.remaining > 0]
        for transport in dropped:
            transport.close()

    def websocket_opened(self, key: int, path: str, transport: asyncio.BaseTransport) -> None:
        """Track an open websocket so that a later ``drop_websocket`` fault can reach it."""
        with self._lock:
            self._websockets[key] = (path, transport)

    def websocket_closed(self, key: int) -> None:
        """Forget a websocket."""
        with self._lock:
            self._websockets.pop(key, None)

    # ---------------------------------------------------------------- request log

    def log_request(self, scope: Scope, method: str) -> dict[str, Any]:
        """Log a request as it arrives; the entry's ``status`` is filled in as the answer starts."""
        entry: dict[str, Any] = {
            "method": method,
            "path": scope.get("path", ""),
            "query": _redacted_query(scope.get("query_string", b"")),
            "status": None,
            "time": datetime.now(UTC).isoformat(),
            "sandbox_time": self.state.now().isoformat(),
            "idempotency_key": _header(scope, b"idempotency-key"),
            "authorization_kind": _authorization_kind(scope),
            "fault": None,
        }
        with self._lock:
            self._log.append(entry)
        return entry

    def requests(self, path_glob: str | None = None) -> list[dict[str, Any]]:
        """The request log, oldest first, optionally only the paths matching ``path_glob``."""
        with self._lock:
            entries = [dict(e) for e in self._log]
        if path_glob:
            entries = [e for e in entries if fnmatch.fnmatchcase(e["path"], path_glob)]
        return entries

    def clear_requests(self) -> None:
        """Empty the request log."""
        with self._lock:
            self._log.clear()

    def reset(self) -> None:
        """No faults, empty log (open websockets stay tracked: they are still open)."""
        self.clear_faults()
        self.clear_requests()


class FaultMiddleware:
    """Logs every request, then applies the injector's faults to it."""

    def __init__(self, app: ASGIApp, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope["path"].startswith(ADMIN_PREFIX):
            await self._http(scope, receive, send)
        elif scope["type"] == "websocket":
            await self._websocket(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = str(scope["method"]).upper()
        entry = self.injector.log_request(scope, method)

        async def logged_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry["status"] = int(message["status"])
            await send(message)

        terminal: FaultSpec | None = None
        for fault in self.injector.take(method, scope["path"]):
            if fault.kind == "expire_token":
                self._expire_tokens()
            elif fault.kind == "latency":
                await asyncio.sleep(fault.delay)
            else:
                terminal = fault
        if terminal is None:
            await self.app(scope, receive, logged_send)
            return
        entry["fault"] = terminal.kind
        if terminal.after_processing and terminal.kind in {"status", "malformed", "drop"}:
            # The request takes effect and its real answer is lost: what a gateway that timed out, a proxy
            # that garbled the body, or a connection that broke on the way back does to a client.
            await self.app(scope, receive, _swallow)
        if terminal.kind == "status":
            await self._answer_status(terminal, logged_send)
        elif terminal.kind == "malformed":
            await self._answer_malformed(logged_send)
        elif terminal.kind == "drop":
            await self._drop(receive, send)
        elif terminal.kind == "truncate":
            await self._truncate(scope, receive, send, entry)

    def _expire_tokens(self) -> None:
        count = self.injector.state.expire_access_tokens()
        log.info("fault: expired %d access tokens", count)

    @staticmethod
    async def _answer_status(fault: FaultSpec, send: Send) -> None:
        body = problem_body(fault.status, "injected-fault", f"Injected fault: answering {fault.status}.")
        payload = json.dumps(body).encode()
        headers = [
            (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
            (b"content-length", str(len(payload)).encode()),
        ]
        if fault.retry_after is not None:
            headers.append((b"retry-after", retry_after_text(fault.retry_after).encode()))
        await send({"type": "http.response.start", "status": fault.status, "headers": headers})
        await send({"type": "http.response.body", "body": payload, "more_body": False})

    @staticmethod
    async def _answer_malformed(send: Send) -> None:
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(MALFORMED_BODY)).encode()),
        ]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": MALFORMED_BODY, "more_body": False})

    @staticmethod
    async def _drop(receive: Receive, send: Send) -> None:
        transport = transport_of(receive, send)
        if transport is None:
            # No transport to close: answer nothing and let the server close the connection.
            log.warning("fault: cannot reach the transport to drop the connection")
            return
        transport.close()
        await _await_disconnect(receive)

    async def _truncate(self, scope: Scope, receive: Receive, send: Send, entry: dict[str, Any]) -> None:
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                entry["status"] = int(message["status"])
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))

        # The whole answer is taken first: the request's effect happens, then its answer is cut.
        await self.app(scope, receive, capture)
        if start is None:
            await self._drop(receive, send)
            return
        body = b"".join(chunks)
        headers = [(k, v) for k, v in start.get("headers", []) if bytes(k).lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": start["status"], "headers": headers})
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        await self._drop(receive, send)

    async def _websocket(self, scope: Scope, receive: Receive, send: Send) -> None:
        entry = self.injector.log_request(scope, "WEBSOCKET")
        transport = transport_of(receive, send)
        faults = self.injector.take("GET", scope["path"], websocket=True)
        for fault in faults:
            if fault.kind == "expire_token":
                self._expire_tokens()
            elif fault.kind == "latency":
                await asyncio.sleep(fault.delay)
            elif fault.kind == "drop_websocket" and transport is not None:
                entry["fault"] = fault.kind
                transport.close()
                return

        async def logged_send(message: Message) -> None:
            if message["type"] == "websocket.accept":
                entry["status"] = 101
            elif message["type"] == "websocket.close" and entry["status"] is None:
                entry["status"] = 403
            await send(message)

        key = id(entry)
        if transport is not None:
            self.injector.websocket_opened(key, scope["path"], transport)
        try:
            await self.app(scope, receive, logged_send)
        finally:
            self.injector.websocket_closed(key)


async def _swallow(_message: Message) -> None:
    """A ``send`` that loses the answer (the request still takes effect)."""


async def _await_disconnect(receive: Receive) -> None:
    # Returning before the server noticed the close would make it answer 500 on a dying connection.
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
