"""Starting the window: the application, the local store, the server (a real API or the training sandbox).

Order matters for how soon the technician sees something: the QApplication, the theme and the window with
its login page come first and are painted; only then does the training sandbox start (a child process that
needs a second or two), while the login page says "Starting the training server…". The HTTP client (httpx
and every model of the API) is not needed for the first paint either: the window's first workbench holds a
stand-in that builds the client when it is first used, which with a real API is right after the first
paint. ``qasync.run`` is the one event loop; nothing here blocks it.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import os
import signal
import ssl
import sys
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Final, cast

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from app import __version__
from app.gui.excepthook import ExceptionHook, install_excepthook
from app.gui.page import PageContext, SampleConnector
from app.gui.probe import PaintProbe, probe_line, process_start_time
from app.gui.theme import apply_theme, icon, load_resources

if TYPE_CHECKING:
    from app.api.client import CustomerApi
    from app.gui.main_window import MainWindow
    from app.services.embedded import EmbeddedSandbox, SandboxEndpoint
    from app.services.workbench import Workbench
    from app.store.database import Database
    from app.store.paths import AppPaths
    from app.store.settings import Settings

__all__ = ["Shell", "display_problem", "prepare_application", "run_gui"]

_log = logging.getLogger(__name__)

# Before the training sandbox has an address, the pages still need a client: one aimed at the discard
# port of this machine, so that a request sent too early fails at once as "offline" instead of hanging.
_NOT_YET_KNOWN: Final = "http://127.0.0.1:9"
# How long the start waits for the first paint before starting the sandbox anyway (a hidden window).
_FIRST_PAINT_WAIT: Final = 3.0
# Python runs its signal handlers only when it gets control: a heartbeat lets Ctrl-C and SIGTERM through.
_SIGNAL_HEARTBEAT_MS: Final = 300


def prepare_application(app: QApplication, *, language: str, kiosk: bool) -> None:
    """Names, icon, translations and theme of the application."""
    app.setApplicationName("Workbay")
    app.setApplicationDisplayName("Workbay")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Workbay")
    app.setDesktopFileName("workbay")
    # The window's close ends the program through the shell, which first stops the sandbox cleanly.
    app.setQuitOnLastWindowClosed(False)
    load_resources()
    app.setWindowIcon(icon("workbay"))
    _install_translations(app, language)
    apply_theme(app, kiosk=kiosk)


def _install_translations(app: QApplication, language: str) -> None:
    QLocale.setDefault(QLocale(language))
    translators = []
    ours = QTranslator(app)
    # English is the source language, but its file holds the singular of the texts counted with %n.
    if ours.load(f":/translations/workbay_{language}.qm"):
        translators.append(ours)
    else:
        _log.info("no Workbay translation for %s yet: English is shown", language)
    qt = QTranslator(app)
    if language != "en" and qt.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)


def display_problem(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str:
    """Why no window can be shown here, or "" (Qt would abort the process without a word)."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start "
        "Workbay in a desktop session, or set QT_QPA_PLATFORM (e.g. eglfs on a kiosk without a desktop)."
    )


def _tls(settings: Settings) -> ssl.SSLContext | bool | None:
    """The TLS verification the settings ask for: off, the system's trust store, or that plus a CA file."""
    if not settings.verify_tls:
        _log.warning("TLS certificates are NOT checked (verify_tls = false)")
        return False
    if not settings.ca_bundle:
        return None
    import truststore  # noqa: PLC0415 - only with a CA bundle

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_verify_locations(cafile=settings.ca_bundle)
    return context


class _ClientOnFirstUse:
    """Stands in for the :class:`CustomerApi` of the window's first workbench until it is first used.

    The window and its login page need a workbench before their first paint, but nothing is sent before
    the technician acts, and building the client imports the whole HTTP stack (httpx, websockets, every
    model of the API). Any attribute of the client builds it; :meth:`aclose` of one never built does
    nothing. Only :class:`Shell` makes these: everything else sees a :class:`CustomerApi`.
    """

    def __init__(self, build: Callable[[], CustomerApi]) -> None:
        self._build = build
        self._client: CustomerApi | None = None

    def client(self) -> CustomerApi:
        """The client, built now if it was not yet."""
        if self._client is None:
            self._client = self._build()
        return self._client

    def __getattr__(self, name: str) -> Any:
        # Reached only for names this class lacks: everything of the client's own. Special names (copy's
        # and pickle's probes) and this class's own, before __init__ set them, must not build a client.
        if name.startswith("__") or name in {"_build", "_client"}:
            raise AttributeError(name)
        return getattr(self.client(), name)

    def __repr__(self) -> str:
        return repr(self._client) if self._client is not None else "<CustomerApi (not built yet)>"

    async def aclose(self) -> None:
        """Close the client, if it was ever built."""
        if self._client is not None:
            await self._client.aclose()


def _import_http_stack() -> None:
    """Import the client's modules (httpx and the models) now, while nothing waits for them."""
    importlib.import_module("app.api.client")


class Shell:
    """One run of the program: store, window, server, and their orderly end.

    Args:
        settings: the settings of this run.
        paths: where the store and the log are.
        sandbox_db: the training sandbox's SQLite file (default: ``sandbox.sqlite3`` in the data
            directory, so training tickets survive a restart), or ``":memory:"``.
        use_keyring: remember pincodes in the OS keyring (the tour does not).
    """

    def __init__(
        self,
        settings: Settings,
        paths: AppPaths,
        *,
        sandbox_db: str | None = None,
        use_keyring: bool = True,
    ) -> None:
        self.settings = settings
        self.paths = paths
        self.embedded = settings.api_url is None
        self._sandbox_db = sandbox_db or str(paths.data_dir / "sandbox.sqlite3")
        self._use_keyring = use_keyring
        self.window: MainWindow | None = None
        self.workbench: Workbench | None = None
        self.sandbox: EmbeddedSandbox | None = None
        #: Where the embedded sandbox answers, once it does (the tour drives its admin API).
        self.endpoint: SandboxEndpoint | None = None
        self.hook: ExceptionHook | None = None
        self._first_client: _ClientOnFirstUse | None = None
        self._database: Database | None = None
        self._closed: asyncio.Future[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._server_ready: asyncio.Event | None = None
        self._stopping = False

    # --- start ------------------------------------------------------------------------------------------

    async def open(self) -> MainWindow:
        """Build the store and the window, and show it (the server is started by :meth:`start_server`)."""
        from app.domain.attachments import AttachmentRules  # noqa: PLC0415
        from app.gui.main_window import MainWindow  # noqa: PLC0415 - after the QApplication exists
        from app.services.workbench import Workbench  # noqa: PLC0415
        from app.store.connectors import ConnectorDirectory  # noqa: PLC0415
        from app.store.database import Database  # noqa: PLC0415
        from app.store.drafts import DraftStore  # noqa: PLC0415
        from app.store.secrets import SecretStore  # noqa: PLC0415

        loop = asyncio.get_running_loop()
        self._closed = loop.create_future()
        self._server_ready = asyncio.Event()
        self.hook = install_excepthook(lambda: self.window)
        self.hook.install_on_loop(loop)

        self.paths.ensure()
        database = Database.open(self.paths.database)
        self._database = database
        self._secrets = SecretStore() if self._use_keyring else None
        self._directory = ConnectorDirectory(database)
        address, ws_url = self.settings.api_url or _NOT_YET_KNOWN, self.settings.ws_url
        self._first_client = _ClientOnFirstUse(lambda: self._client(address, ws_url=ws_url))
        # The stand-in answers for the client (see _ClientOnFirstUse); the services never tell the two apart.
        api = cast("CustomerApi", self._first_client)
        self.workbench = Workbench(
            api,
            secrets=self._secrets,
            directory=self._directory,
            rules=AttachmentRules(max_bytes=self.settings.attachment_max_bytes),
            download_dir=self.paths.cache_dir / "attachments",
        )
        context = PageContext(
            workbench=self.workbench,
            language=self.settings.language,
            kiosk=self.settings.kiosk,
            sandbox=self.embedded,
            remember_connectors=self.settings.remember_connectors,
            notification_sound=self.settings.notification_sound,
        )
        window = MainWindow(context, store=DraftStore(database), embedded=self.embedded)
        self.window = window
        window.sig_close_requested.connect(self._on_window_close_requested)
        if self.embedded:
            window.server_starting()
        else:
            window.server_ready()
            self._server_ready.set()
        window.offer_resume()
        if not database.persistent:
            window.current_page.show_notice(
                QCoreApplication.translate(
                    "Shell",
                    "This computer's storage cannot be written: a crash would lose the order in progress.",
                )
            )
        return window

    def show(self) -> None:
        """Show the window as the settings say (full screen in kiosk mode)."""
        assert self.window is not None
        if self.settings.kiosk:
            self.window.showFullScreen()
        else:
            self.window.show()

    def _client(self, base_url: str, *, ws_url: str | None) -> CustomerApi:
        from app.api.client import CustomerApi  # noqa: PLC0415 - the HTTP stack after the window exists

        return CustomerApi(
            base_url, ws_url=ws_url, timeout=self.settings.request_timeout, verify=_tls(self.settings)
        )

    def start_server(self) -> None:
        """After the first paint: start the training sandbox in the background, or build the real API's
        client now, so that the technician's first request does not wait for the HTTP stack's import."""
        if self._stopping:
            return
        if self.embedded:
            self._spawn(self._run_sandbox())
        elif self._first_client is not None:
            self._first_client.client()

    async def wait_until_server_ready(self, timeout: float | None = None) -> bool:  # noqa: ASYNC109
        """Whether the server became ready (within ``timeout`` seconds)."""
        assert self._server_ready is not None
        try:
            await asyncio.wait_for(self._server_ready.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def _run_sandbox(self) -> None:
        from app.services.embedded import EmbeddedSandbox, EmbeddedSandboxError  # noqa: PLC0415

        window = self.window
        assert window is not None
        assert self._server_ready is not None
        self._server_ready.clear()
        window.server_starting()
        settings = self.settings
        sandbox = EmbeddedSandbox(
            db=self._sandbox_db,
            speed=settings.sandbox_speed,
            port=settings.sandbox_port,
            faults=settings.sandbox_faults,
            max_upload_mb=settings.attachment_max_mb,
        )
        self.sandbox = sandbox
        starting = asyncio.ensure_future(sandbox.start())
        if "app.api.client" not in sys.modules:
            # The client's modules load while the child boots, not after it is ready: the task's first step
            # (which spawns the child) was scheduled before this.
            asyncio.get_running_loop().call_soon(_import_http_stack)
        try:
            endpoint = await starting
        except EmbeddedSandboxError as error:
            _log.error("the training sandbox did not start: %s", error)
            window.server_failed(
                QCoreApplication.translate(
                    "Shell",
                    "The training server could not start. Retry; if it fails again, restart Workbay and send "
                    "the log file to support.",
                ),
                retry=self.start_server,
            )
            return
        self._use_server(endpoint)
        self._server_ready.set()
        code = await sandbox.wait()
        if not self._stopping and self.sandbox is sandbox:
            _log.error("the training sandbox stopped by itself (exit status %s)", code)
            window.server_failed(
                QCoreApplication.translate(
                    "Shell", "The training server stopped. Retry to start it again; your choices are kept."
                ),
                retry=self.start_server,
            )

    def _use_server(self, endpoint: SandboxEndpoint) -> None:
        from app.domain.attachments import AttachmentRules  # noqa: PLC0415
        from app.services.workbench import Workbench  # noqa: PLC0415

        self.endpoint = endpoint
        window = self.window
        assert window is not None
        previous = self.workbench
        self.workbench = Workbench(
            self._client(endpoint.base_url, ws_url=endpoint.ws_url),
            secrets=self._secrets,
            directory=self._directory,
            rules=AttachmentRules(max_bytes=self.settings.attachment_max_bytes),
            download_dir=self.paths.cache_dir / "attachments",
        )
        connectors = [
            SampleConnector(uuid=c.uuid, pincode=c.pincode, label=c.label) for c in endpoint.connectors
        ]
        window.server_ready(self.workbench, connectors)
        if previous is not None:
            self._spawn(previous.aclose())

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)

    def _on_task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None and self.hook is not None:
            error = task.exception()
            assert error is not None
            self.hook.report(type(error), error, error.__traceback__, where="start-up")

    # --- run and end ------------------------------------------------------------------------------------

    async def wait_closed(self) -> None:
        """Until the window is closed (or :meth:`request_close`)."""
        assert self._closed is not None
        await asyncio.shield(self._closed)

    def request_close(self) -> None:
        """End the run as if the window were closed."""
        if self._closed is not None and not self._closed.done():
            self._closed.set_result(None)

    def _on_window_close_requested(self) -> None:
        self.request_close()

    async def close(self) -> None:
        """Stop everything: pages' work, the client, the sandbox child, the store."""
        self._stopping = True
        window = self.window
        if window is not None:
            window.tasks.cancel()
            with contextlib.suppress(Exception):
                window.current_page.leave()
            window.hide()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=5)
        if self.workbench is not None:
            try:
                await self.workbench.aclose()
            except Exception:  # noqa: BLE001 - closing continues whatever the client says
                _log.exception("the client did not close cleanly")
        if self.sandbox is not None:
            await self.sandbox.stop()
        if self._database is not None:
            self._database.close()
        if self.hook is not None:
            self.hook.uninstall()
        if window is not None:
            # Deleted by Qt inside the loop, not by the garbage collector while the interpreter shuts down
            # (PySide can then free objects in the wrong order and abort the process on its way out).
            window.deleteLater()
            self.window = None
            await asyncio.sleep(0)
        _log.info("Workbay stopped")


def _install_signal_handlers(shell: Shell, app: QApplication) -> Callable[[], None]:
    """SIGTERM and Ctrl-C end the run like closing the window (so the sandbox child is stopped).

    Returns what undoes it, for the end of the run (the loop the handlers reach is then closed).
    """
    loop = asyncio.get_running_loop()

    def handler(_signum: int, _frame: object) -> None:
        loop.call_soon_threadsafe(shell.request_close)

    try:
        previous = {signum: signal.signal(signum, handler) for signum in (signal.SIGTERM, signal.SIGINT)}
    except ValueError:  # not the main thread: the embedding program handles signals
        return lambda: None
    heartbeat = QTimer(app)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(_SIGNAL_HEARTBEAT_MS)

    def restore() -> None:
        heartbeat.stop()
        heartbeat.deleteLater()
        for signum, old in previous.items():
            signal.signal(signum, old)

    return restore


async def _main(app: QApplication, settings: Settings, paths: AppPaths, *, probe_origin: float | None) -> int:
    shell = Shell(settings, paths)
    window = await shell.open()
    painted: asyncio.Future[float] = asyncio.get_running_loop().create_future()

    def on_painted(moment: float) -> None:
        if not painted.done():
            painted.set_result(moment)

    probe = PaintProbe(window.current_page, on_painted)
    shell.show()
    restore_signals = _install_signal_handlers(shell, app)
    try:
        try:
            moment: float | None = await asyncio.wait_for(asyncio.shield(painted), _FIRST_PAINT_WAIT)
        except TimeoutError:
            moment = None
        del probe
        if probe_origin is not None:
            if moment is None:
                print("startup-probe: the login page was not painted", file=sys.stderr)  # noqa: T201
                return 1
            print(probe_line((moment - probe_origin) * 1000), flush=True)  # noqa: T201 - the probe's output
            return 0
        _log.info("window painted; starting the server")
        shell.start_server()
        await shell.wait_closed()
        return 0
    finally:
        await shell.close()
        restore_signals()


def run_gui(
    settings: Settings, paths: AppPaths, *, startup_probe: bool = False, started_at: float | None = None
) -> int:
    """Run the window until it is closed; returns the exit status.

    Args:
        settings: the settings of this run.
        paths: the user's directories.
        startup_probe: print the time from process start to the painted login page, then exit.
        started_at: the earliest time the program noted (the probe's origin where ``/proc`` is missing).
    """
    import qasync  # noqa: PLC0415 - with Qt, not for `workbay --help`

    from app.store.logs import configure_logging  # noqa: PLC0415

    configure_logging(paths.log_file, level=settings.log_level)
    problem = display_problem()
    if problem:
        _log.error("no display: %s", problem)
        print(f"workbay: {problem}", file=sys.stderr)  # noqa: T201 - before any window exists
        return 1
    _log.info(
        "Workbay %s starting (%s)", __version__, "training sandbox" if settings.api_url is None else "API"
    )
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "workbay"])
    prepare_application(app, language=settings.language, kiosk=settings.kiosk)
    origin = process_start_time(started_at) if startup_probe else None
    result: int = qasync.run(_main(app, settings, paths, probe_origin=origin))
    return result
