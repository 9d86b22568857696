"""Running the sandbox: :func:`serve` in the foreground, :class:`SandboxThread` in the background.

Both bind the listening socket themselves before uvicorn starts, so a port chosen by the system (port 0)
is known at once and no other process can take it in between.
"""

from __future__ import annotations

import ctypes
import ipaddress
import json
import logging
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import BinaryIO, Self, TextIO

import uvicorn
from fastapi import FastAPI

from app.domain.contract.customer_api import WEBSOCKET_PATH, Op
from app.sandbox.admin_client import ADMIN_PREFIX, SandboxAdmin
from app.sandbox.catalogue_types import Catalogue
from app.sandbox.config import SandboxConfig
from app.sandbox.log_redaction import install_log_redaction
from app.sandbox.server import create_app
from app.sandbox.state import SandboxState

log = logging.getLogger(__name__)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only turns Nagle off (TCP_NODELAY) on sockets that say they are TCP,
    # and a response written as headers + body would otherwise wait 40 ms for the client's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


#: The admin namespace's lack of authentication, said where the sandbox listens beyond this machine.
EXPOSURE_WARNING = (
    "The sandbox's admin namespace has no authentication: anyone who can reach this address can reset it "
    "and read the sample pincodes."
)


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address, or ``localhost``) is reachable from this machine only."""
    if host.lower() == "localhost":
        return True
    address = _ip(host)
    return address is not None and address.is_loopback


def _connect_host(host: str) -> str:
    # 0.0.0.0 and :: say where to listen, not where to connect: a client on this machine uses the loopback
    # address of the same family.
    address = _ip(host)
    if address is not None and address.is_unspecified:
        return "127.0.0.1" if address.version == 4 else "::1"
    return host


def client_urls(host: str, port: int) -> tuple[str, str]:
    """The HTTP base and the websocket URL a client uses for a sandbox listening on ``host``:``port``."""
    connect = _connect_host(host)
    shown = f"[{connect}]" if ":" in connect else connect
    return f"http://{shown}:{port}", f"ws://{shown}:{port}{WEBSOCKET_PATH}"


def exposure_warning(host: str) -> str | None:
    """The warning for a sandbox listening on ``host``, or None when only this machine can reach it."""
    return None if is_loopback(host) else EXPOSURE_WARNING


def _urls(sock: socket.socket) -> tuple[str, str]:
    host, port = sock.getsockname()[:2]
    return client_urls(host, port)


def _uvicorn_config(app: FastAPI, log_level: str) -> uvicorn.Config:
    # log_config=None: the sandbox must not rewrite the logging set-up of the program (or pytest) it runs in.
    return uvicorn.Config(
        app,
        log_config=None,
        log_level=log_level,
        access_log=False,
        lifespan="on",
        http="h11",
        timeout_graceful_shutdown=3,
        timeout_keep_alive=30,
    )


def _listening_notes(listen_host: str) -> list[str]:
    address = _ip(listen_host)
    notes: list[str] = []
    if address is not None and address.is_unspecified:
        family = "IPv4" if address.version == 4 else "IPv6"
        notes += [
            f"  Listening on every {family} interface ({listen_host}): the addresses above are for this",
            "  machine; other machines use this machine's network address with the same port.",
        ]
    if not is_loopback(listen_host):
        notes.append(f"  Warning: {EXPOSURE_WARNING}")
    return notes


def banner_text(base_url: str, ws_url: str, state: SandboxState, *, listen_host: str | None = None) -> str:
    """The start-up banner: where the API is, and the sample connectors to log in with.

    ``listen_host`` is the address the server listens on: when it is every interface (``0.0.0.0``, ``::``)
    the banner says so, and when it is not a loopback address the banner warns that the network can reach
    the unauthenticated admin namespace.
    """
    rows = [(c.label, c.uuid, c.pincode, c.otp or "") for c in state.catalogue.connectors]
    label_width = max([len("connector"), *(len(r[0]) for r in rows)])
    lines = [
        "Workbay sandbox (training data only, nothing is real)",
        f"  Customer API   {base_url}",
        f"  Websocket      {ws_url}?access_token=...",
        f"  Admin          {base_url}{ADMIN_PREFIX}/",
        f"  OpenAPI        {base_url}/openapi.json",
    ]
    if listen_host is not None:
        lines += _listening_notes(listen_host)
    lines += [
        "",
        f"  {'connector'.ljust(label_width)}  {'uuid'.ljust(36)}  pincode  otp",
    ]
    lines.extend(
        f"  {label.ljust(label_width)}  {uuid.ljust(36)}  {pincode.ljust(7)}  {otp}".rstrip()
        for label, uuid, pincode, otp in rows
    )
    if state.catalogue.connectors:
        # One request an integrator can paste to see a real answer, with the first sample connector.
        first = state.catalogue.connectors[0]
        login = Op.LOGIN_PINCODE.route
        body = f'{{"connector_uuid": "{first.uuid}", "pincode": "{first.pincode}"}}'
        lines += [
            "",
            "  Try it:",
            f"  curl -s -X {login.method} {base_url}{login.template} -H 'Content-Type: application/json' \\",
            f"       -d '{body}'",
        ]
    return "\n".join(lines) + "\n"


def announce(
    sock: socket.socket, state: SandboxState, *, banner: bool = True, out: TextIO, err: TextIO
) -> tuple[str, str]:
    """Tell where the sandbox bound to ``sock`` is: the banner on ``out``, the exposure warning on ``err``.

    Returns the HTTP base and websocket URL a client on this machine uses.
    """
    listen_host: str = sock.getsockname()[0]
    base_url, ws_url = _urls(sock)
    warning = exposure_warning(listen_host)
    if warning is not None:
        err.write(f"workbay sandbox: warning: listening on {listen_host}. {warning}\n")
        err.flush()
    if banner:
        out.write(banner_text(base_url, ws_url, state, listen_host=listen_host))
        out.flush()
    return base_url, ws_url


def ready_line(base_url: str, ws_url: str, state: SandboxState) -> str:
    """The one JSON line ``--ready-json`` prints: where the API is and the sample connectors to offer.

    Each connector has ``uuid``, ``pincode``, ``label`` (the car and what it is for, e.g. "Offline (Skoda
    Octavia III)") and ``otp`` (a one-time password that logs in as it, or null).
    """
    connectors = [
        {"uuid": c.uuid, "pincode": c.pincode, "label": c.label, "otp": c.otp}
        for c in state.catalogue.connectors
    ]
    return json.dumps({"base_url": base_url, "ws_url": ws_url, "connectors": connectors}) + "\n"


class _AnnouncingServer(uvicorn.Server):
    """A uvicorn server that calls ``on_started`` once it accepts connections."""

    def __init__(self, config: uvicorn.Config, on_started: Callable[[], None] | None) -> None:
        super().__init__(config)
        self._on_started = on_started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and self._on_started is not None:
            self._on_started()


def _stop_on_eof(server: uvicorn.Server, stream: BinaryIO) -> None:
    """Block until ``stream`` ends, then ask ``server`` to shut down.

    The parent holds the other end of this pipe: it reaches its end when the parent closes it or dies,
    even by ``kill -9``, which no signal handler of the parent could report.
    """
    try:
        while stream.read(4096):
            pass
    except (OSError, ValueError):  # closed under our feet: the same news
        pass
    log.info("the parent program closed the sandbox's standard input: shutting down")
    server.should_exit = True


_PR_SET_PDEATHSIG = 1


def die_with_parent(signum: int = signal.SIGTERM) -> bool:
    """Ask Linux to send ``signum`` to this process when its parent ends; False where that is unknown.

    Best effort, next to the stdin pipe: it also covers a parent that is stopped (SIGSTOP) and killed.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, int(signum), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def serve(
    config: SandboxConfig,
    host: str = "127.0.0.1",
    port: int = 8765,
    *,
    banner: bool = True,
    ready_json: bool = False,
    exit_with_stdin: bool = False,
) -> None:
    """Serve the sandbox in the foreground until interrupted (Ctrl-C).

    The banner (or, with ``ready_json``, one JSON line: :func:`ready_line`) goes to stdout once the server
    accepts connections, so whoever reads it can connect at once: a parent program reads the JSON line to
    learn the address. With ``exit_with_stdin``, the server shuts down when its standard input ends (the
    parent closed the pipe, or died).

    The process's log is masked from here on (tokens, pincodes, signatures): see ``log_redaction``.
    """
    install_log_redaction(root_handlers=True)
    sock = _bind(host, port)
    app = create_app(config)
    state: SandboxState = app.state.sandbox

    def on_started() -> None:
        # The socket is bound before uvicorn starts but listens only now: an address announced earlier
        # could be refused to a quick client.
        base_url, ws_url = announce(
            sock, state, banner=banner and not ready_json, out=sys.stdout, err=sys.stderr
        )
        if ready_json:
            sys.stdout.write(ready_line(base_url, ws_url, state))
            sys.stdout.flush()

    server = _AnnouncingServer(_uvicorn_config(app, "info"), on_started)
    if exit_with_stdin:
        watcher = threading.Thread(
            target=_stop_on_eof, args=(server, sys.stdin.buffer), name="workbay-stdin-watch", daemon=True
        )
        watcher.start()
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


class SandboxThread:
    """A sandbox on a free loopback port, served by uvicorn in a daemon thread with its own loop.

    Use as a context manager; inside it ``base_url``, ``ws_url``, ``admin`` and ``app`` are ready.
    """

    def __init__(
        self, config: SandboxConfig | None = None, *, host: str = "127.0.0.1", log_level: str = "warning"
    ) -> None:
        self.config = config or SandboxConfig()
        self._host = host
        self._log_level = log_level
        self.app: FastAPI = create_app(self.config)
        self._sock: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._admin: SandboxAdmin | None = None
        self._failure: BaseException | None = None
        self.base_url = ""
        self.ws_url = ""

    @property
    def state(self) -> SandboxState:
        """The server's state (direct access for tests of the sandbox itself)."""
        state: SandboxState = self.app.state.sandbox
        return state

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue the server serves."""
        return self.state.catalogue

    @property
    def admin(self) -> SandboxAdmin:
        """A synchronous admin client of this server."""
        if self._admin is None:
            raise RuntimeError("the sandbox is not running")
        return self._admin

    def start(self, timeout: float = 20.0) -> None:
        """Bind, start serving, and return once the server accepts requests."""
        # The host program's handlers stay as they are; the sandbox's and uvicorn's records are masked.
        install_log_redaction(root_handlers=False)
        self._sock = _bind(self._host, 0)
        self.base_url, self.ws_url = _urls(self._sock)
        self._server = uvicorn.Server(_uvicorn_config(self.app, self._log_level))
        self._thread = threading.Thread(target=self._run, name="workbay-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if self._failure is not None or not self._thread.is_alive():
                raise RuntimeError("the sandbox failed to start") from self._failure
            if time.monotonic() > deadline:
                raise TimeoutError("the sandbox did not start in time")
            time.sleep(0.01)
        self._admin = SandboxAdmin(self.base_url)

    def _run(self) -> None:
        assert self._server is not None
        assert self._sock is not None
        try:
            self._server.run(sockets=[self._sock])
        except BaseException as exc:  # reported to the starting thread, which re-raises it
            self._failure = exc
            log.exception("the sandbox thread stopped with an error")

    def stop(self, timeout: float = 10.0) -> None:
        """Shut the server down and wait for its thread."""
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive() and self._server is not None:
                self._server.force_exit = True
                self._thread.join(timeout)
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        self.state.close()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
