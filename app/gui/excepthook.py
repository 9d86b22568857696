"""The one place unexpected errors end up: logged with their traceback, and shown in a non-modal dialog.

Expected failures (a wrong pincode, the network down) are :class:`~app.services.errors.ServiceError` and
go to the page's banner. Anything else is a bug: :func:`install_excepthook` routes ``sys.excepthook``,
``threading.excepthook`` and the asyncio loop's exception handler here. The technician reads one plain
sentence ("Your work is saved": the draft is saved at every change) and can copy the details for support;
the details are redacted like the log, so no token or pincode leaves the machine through them.

The dialog (:class:`~app.gui.error_dialog.ErrorDialog`) is never modal and never ``exec()``'d (a nested
loop inside a coroutine fails). A burst of errors fills one dialog. An error while showing the dialog is
only logged, so a broken dialog can never turn into an endless chain of dialogs. Its module, with its
widget classes, is imported when the first error is shown: installing the hook at start costs nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from app import __version__
from app.domain.redact import redact_text

if TYPE_CHECKING:
    from app.gui.error_dialog import ErrorDialog

__all__ = ["ErrorDialog", "ExceptionHook", "details_text", "install_excepthook"]

_log = logging.getLogger(__name__)

WindowGetter = Callable[[], QWidget | None]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def details_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """What support needs: time, version, the exception and its traceback, with every secret masked."""
    moment = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    header = f"Workbay {__version__}, Python {sys.version.split()[0]}, {sys.platform}, {moment}"
    return redact_text(f"{header}\n{trace}").rstrip() + "\n"


def _dialog_class() -> type[ErrorDialog]:
    """The dialog's class, imported with its widget classes when the first error is shown (not at start)."""
    from app.gui.error_dialog import ErrorDialog  # noqa: PLC0415

    return ErrorDialog


class _Relay(QObject):
    """Carries a report from any thread to the GUI thread (a queued signal)."""

    sig_report = Signal(str)
    """An error's details, to show in the dialog."""


class ExceptionHook:
    """Logs unexpected errors and shows them; install it with :func:`install_excepthook`."""

    def __init__(self, window_getter: WindowGetter) -> None:
        self._window_getter = window_getter
        self._relay = _Relay()
        self._relay.sig_report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.dialog: ErrorDialog | None = None
        self._previous_sys: Callable[..., Any] | None = None
        self._previous_thread: Callable[..., Any] | None = None

    # --- the three entrances ----------------------------------------------------------------------------

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """``sys.excepthook``."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report(exc_type, exc, tb)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        thread = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, where=f"thread {thread}")

    def loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        """The asyncio loop's exception handler."""
        error = context.get("exception")
        message = str(context.get("message") or "")
        if isinstance(error, BaseException) and not isinstance(error, asyncio.CancelledError):
            self.report(type(error), error, error.__traceback__, where=f"event loop: {message}")
            return
        # No exception (a task destroyed while pending, say): worth a log line, not a dialog.
        _log.warning("event loop: %s", redact_text(message or repr(context)))
        del loop

    # --- the work -----------------------------------------------------------------------------------------

    def report(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *, where: str = ""
    ) -> None:
        """Log the error and show it (from any thread)."""
        text = details_text(exc_type, exc, tb)
        try:
            _log.error(
                "unexpected error%s: %s: %s",
                f" ({where})" if where else "",
                exc_type.__name__,
                exc,
                exc_info=(exc_type, exc, tb),
            )
        except Exception:  # noqa: BLE001 - a failing log must not hide the dialog
            sys.stderr.write(text)
        self._relay.sig_report.emit(text)

    def _show(self, text: str) -> None:
        try:
            dialog = self.dialog
            if dialog is None:
                dialog = _dialog_class()(self._window_getter())
                self.dialog = dialog
            elif not dialog.isVisible():
                dialog.start_over()
            dialog.add_report(text)
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        except Exception:  # noqa: BLE001 - the hook's own failure is logged, never shown (no loop)
            _log.exception("the error dialog could not be shown")

    # --- installation -------------------------------------------------------------------------------------

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook`` (the old ones are kept for uninstall)."""
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self
        threading.excepthook = self.thread_hook

    def install_on_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Become the exception handler of ``loop``."""
        loop.set_exception_handler(self.loop_handler)

    def uninstall(self) -> None:
        """Give the hooks back."""
        if self._previous_sys is not None and sys.excepthook is self:
            sys.excepthook = self._previous_sys
        if self._previous_thread is not None and threading.excepthook == self.thread_hook:
            threading.excepthook = self._previous_thread


def install_excepthook(window_getter: WindowGetter) -> ExceptionHook:
    """Route every unexpected error to one hook (see the module text); returns it.

    ``window_getter`` gives the dialog's parent window (None before the window exists). The running
    asyncio loop, if there is one, gets the hook as its exception handler too.
    """
    hook = ExceptionHook(window_getter)
    hook.install()
    # Without a running loop, app.py installs it on the loop once that runs.
    with contextlib.suppress(RuntimeError):
        hook.install_on_loop(asyncio.get_running_loop())
    return hook


def _exported(name: str) -> Any:
    """``ErrorDialog`` for ``from app.gui.excepthook import ErrorDialog``, imported when first asked for."""
    if name == "ErrorDialog":
        return _dialog_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Hidden from type checkers, which see the TYPE_CHECKING import above (a module __getattr__ would make them
# accept any name imported from here).
if not TYPE_CHECKING:
    __getattr__ = _exported
