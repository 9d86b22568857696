"""The one place unexpected errors end up: logged with their traceback, and shown in a non-modal dialog.

Expected failures (a wrong pincode, the network down) are :class:`~app.services.errors.ServiceError` and
go to the page's banner. Anything else is a bug: :func:`install_excepthook` routes ``sys.excepthook``,
``threading.excepthook`` and the asyncio loop's exception handler here. The technician reads one plain
sentence ("Your work is saved": the draft is saved at every change) and can copy the details for support;
the details are redacted like the log, so no token or pincode leaves the machine through them.

The dialog is never modal and never ``exec()``'d (a nested loop inside a coroutine fails). A burst of
errors fills one dialog. An error while showing the dialog is only logged, so a broken dialog can never
turn into an endless chain of dialogs.
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
from typing import Any, Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.domain.redact import redact_text

__all__ = ["ErrorDialog", "ExceptionHook", "details_text", "install_excepthook"]

_log = logging.getLogger(__name__)

WindowGetter = Callable[[], QWidget | None]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

# More than this many errors in one dialog are counted, not added: the first ones explain the rest.
_MAX_REPORTS: Final = 20


def details_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """What support needs: time, version, the exception and its traceback, with every secret masked."""
    moment = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    header = f"Workbay {__version__}, Python {sys.version.split()[0]}, {sys.platform}, {moment}"
    return redact_text(f"{header}\n{trace}").rstrip() + "\n"


class ErrorDialog(QDialog):
    """A non-modal dialog: a plain sentence, the details in a copyable box, Copy and Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumWidth(520)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("errorSentence")
        self.sentence.setProperty("role", "subheading")
        self.sentence.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "hint")
        self.details_button = QPushButton(self)
        self.details_button.setObjectName("detailsButton")
        self.details_button.setCheckable(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setMinimumHeight(220)
        self.details.hide()
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyDetailsButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setProperty("primary", True)  # noqa: FBT003 - a Qt property value
        self.close_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.sentence)
        layout.addWidget(self.hint)
        layout.addWidget(self.count_label)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)

        self.details_button.toggled.connect(self._on_details_button_toggled)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.clicked.connect(self.close)
        self._reports: list[str] = []
        self._count = 0
        self.retranslate()

    @property
    def count(self) -> int:
        """How many errors this dialog reports."""
        return self._count

    @property
    def text(self) -> str:
        """The details, as Copy puts them on the clipboard."""
        return self.details.toPlainText()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Workbay: unexpected error"))
        self.sentence.setText(self.tr("Something unexpected went wrong. Your work is saved."))
        self.hint.setText(
            self.tr(
                "You can carry on. If it happens again, copy the details and send them to support "
                "with what you were doing."
            )
        )
        self.details_button.setText(
            self.tr("Hide details") if self.details_button.isChecked() else self.tr("Details")
        )
        self.copy_button.setText(self.tr("Copy details"))
        self.close_button.setText(self.tr("Close"))
        self._update_count()

    def start_over(self) -> None:
        """Forget the errors reported before (the dialog was closed: a new burst begins)."""
        self._reports.clear()
        self._count = 0
        self.details.clear()
        self._update_count()

    def add_report(self, text: str) -> None:
        """Add one error's details."""
        self._count += 1
        if len(self._reports) < _MAX_REPORTS:
            self._reports.append(text)
            separator = "\n" + "-" * 72 + "\n"
            self.details.setPlainText(separator.join(self._reports))
        self._update_count()

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.text)
        self.copy_button.setText(self.tr("Copied"))

    def _update_count(self) -> None:
        if self._count > 1:
            self.count_label.setText(self.tr("%n errors happened.", "", self._count))
            self.count_label.show()
        else:
            self.count_label.hide()

    def _on_details_button_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.retranslate()
        self.adjustSize()


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
                dialog = ErrorDialog(self._window_getter())
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
