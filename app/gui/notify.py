"""Telling the technician about an operator's message while Workbay is not in front of them.

:class:`Notifier` decides *whether* to tell (only while the window is not the active one, or is
minimised) and keeps the unread count for the badge; a :class:`NotificationBackend` shows the desktop
notification: :class:`FreedesktopNotifications` on a Linux desktop, :class:`TrayNotifications` where a
system tray exists (Windows, macOS, most Linux desktops). A sound is only ever asked for together with a
notification on screen, never alone.

Why not QtDBus for the freedesktop call: ``Notify`` has the signature ``susssasa{sv}i`` and every
notification server checks it (GLib's rejects anything else with ``InvalidArgs``, Qt's finds no such
method). PySide6's QtDBus cannot write a ``uint32``: a Python int goes out as ``int32`` and
``QDBusArgument << int`` writes a ``uint16``; an empty list goes out as ``av``. Jeepney (already
installed on Linux: keyring's Secret Service backend uses it) writes the exact signature.
"""

from __future__ import annotations

import logging
import re
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Final, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from app.gui.theme import icon

__all__ = [
    "BODY_LIMIT",
    "DesktopNotifications",
    "FreedesktopNotifications",
    "NotificationBackend",
    "Notifier",
    "TrayNotifications",
    "notification_body",
]

_log = logging.getLogger(__name__)

#: How much of a message the notification quotes: enough to know what it is about, never a wall of text.
BODY_LIMIT: Final = 120
APP_NAME: Final = "Workbay"
#: The freedesktop sound theme's name for an incoming instant message.
SOUND_NAME: Final = "message-new-instant"
_BUS: Final = "org.freedesktop.DBus"
_SERVICE: Final = "org.freedesktop.Notifications"
_PATH: Final = "/org/freedesktop/Notifications"
_SIGNATURE: Final = "susssasa{sv}i"
#: A notification server answers in milliseconds; one that does not must not freeze the window for long.
_CALL_TIMEOUT: Final = 1.5
_SPACES: Final = re.compile(r"\s+")
#: What talking to a bus can raise: no address (KeyError), an address of an unknown kind or a failed
#: handshake (ValueError, RuntimeError), a missing or dead socket (OSError), no answer (TimeoutError).
_FAILURES: Final = (OSError, TimeoutError, KeyError, ValueError, RuntimeError)


class NotificationBackend(Protocol):
    """Shows a desktop notification."""

    def notify(self, title: str, body: str, *, sound: bool) -> bool:
        """Show ``title`` and ``body``, with the desktop's message sound when ``sound``; False: not shown."""
        ...


def notification_body(sender: str, text: str) -> str:
    """ "Sender: " and the first :data:`BODY_LIMIT` characters of the message on one line ("…" when cut)."""
    flat = _SPACES.sub(" ", text).strip()
    if len(flat) > BODY_LIMIT:
        flat = flat[:BODY_LIMIT].rstrip() + "…"
    name = _SPACES.sub(" ", sender).strip()
    return f"{name}: {flat}" if name else flat


class FreedesktopNotifications:
    """``org.freedesktop.Notifications.Notify`` on the session bus (GNOME, KDE, XFCE, dunst, mako...).

    Each notification replaces the previous one, so a burst of messages shows as one notification with the
    newest message rather than a pile.
    """

    def __init__(self, *, bus: str = "SESSION", timeout: float = _CALL_TIMEOUT) -> None:
        """Args:
        bus: "SESSION" (the desktop's bus, from ``DBUS_SESSION_BUS_ADDRESS``) or a bus address.
        timeout: seconds to wait for the notification server's answer.
        """
        self._bus = bus
        self._timeout = timeout
        self._connection: Any = None
        self._last_id = 0

    def available(self) -> bool:
        """Whether a notification server runs on the bus now."""
        try:
            reply = self._call(_BUS, "/org/freedesktop/DBus", "NameHasOwner", "s", (_SERVICE,))
        except (ImportError, *_FAILURES) as error:
            _log.debug("no desktop notifications: %s", error)
            self.close()
            return False
        return reply is not None and bool(reply[0])

    def notify(self, title: str, body: str, *, sound: bool) -> bool:
        """Show the notification; False when there is no session bus, no server, or the server refused."""
        hints = {"sound-name": ("s", SOUND_NAME)} if sound else {"suppress-sound": ("b", True)}
        arguments: tuple[Any, ...] = (APP_NAME, self._last_id, "", title, body, [], hints, -1)
        try:
            reply = self._call(_SERVICE, _PATH, "Notify", _SIGNATURE, arguments)
        except ImportError:
            return False
        except _FAILURES as error:
            _log.info("the desktop notification could not be shown: %s", error)
            self.close()
            return False
        if reply is None:
            return False
        self._last_id = int(reply[0])
        return True

    def close(self) -> None:
        """Close the connection to the bus (the next notification opens a new one)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except OSError:
                _log.debug("closing the session bus connection failed", exc_info=True)

    def _call(
        self, service: str, path: str, member: str, signature: str, body: tuple[Any, ...]
    ) -> tuple[Any, ...] | None:
        """Call ``service``'s method of the same-named interface; the reply's body, None on an error reply.

        Raises:
            ImportError: jeepney is not installed (not a Linux desktop).
            OSError, TimeoutError, KeyError, ValueError, RuntimeError: see ``_FAILURES``.
        """
        # Imported here: only a Linux desktop needs it, and start-up does not.
        import jeepney  # type: ignore[import-untyped]  # noqa: PLC0415
        import jeepney.io.blocking  # type: ignore[import-untyped]  # noqa: PLC0415

        if self._connection is None:
            self._connection = jeepney.io.blocking.open_dbus_connection(self._bus, auth_timeout=self._timeout)
        address = jeepney.DBusAddress(path, bus_name=service, interface=service)
        message = jeepney.new_method_call(address, member, signature, body)
        reply = self._connection.send_and_get_reply(message, timeout=self._timeout)
        if reply.header.message_type == jeepney.MessageType.error:
            _log.info("the bus refused %s: %s", member, reply.body[:1])
            return None
        return tuple(reply.body)


class TrayNotifications:
    """A balloon from a tray icon, where the desktop has a system tray; clicking it brings ``window`` up."""

    def __init__(self, window: QWidget | None = None) -> None:
        self._window = window
        self._tray: QSystemTrayIcon | None = None

    def notify(self, title: str, body: str, *, sound: bool) -> bool:
        """Show the balloon (and beep when ``sound``); False when the desktop has no tray."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        tray = self._tray
        if tray is None:
            tray = self._tray = QSystemTrayIcon(icon("workbay"), self._window)
            tray.setToolTip(APP_NAME)
            tray.messageClicked.connect(self._on_tray_message_clicked)
            tray.activated.connect(self._on_tray_activated)
        tray.show()
        tray.showMessage(title, body, icon("workbay"), 10_000)
        if sound:
            QApplication.beep()
        return True

    def _on_tray_message_clicked(self) -> None:
        self._bring_up()

    def _on_tray_activated(self, _reason: QSystemTrayIcon.ActivationReason) -> None:
        self._bring_up()

    def _bring_up(self) -> None:
        window = self._window
        if window is None:
            return
        window = window.window()
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()


class DesktopNotifications:
    """The desktop's notifications without ever making the window wait.

    A D-Bus call answers in a millisecond, but a hung notification server would hold it up to the call's
    timeout; so the freedesktop calls run one after the other in a worker thread of their own (which also
    owns the bus connection). Whether the service exists is asked once, at construction, in that thread;
    until the answer is known, and after it said no, the tray shows the notification instead.
    """

    def __init__(
        self, window: QWidget | None = None, *, freedesktop: FreedesktopNotifications | None = None
    ) -> None:
        self._freedesktop = freedesktop if freedesktop is not None else FreedesktopNotifications()
        self._tray = TrayNotifications(window)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbay-notify")
        self._available: Future[bool] = self._worker.submit(self._freedesktop.available)

    @property
    def uses_freedesktop(self) -> bool:
        """Whether the freedesktop service answered that it is there (False while the question is open)."""
        return self._available.done() and not self._available.exception() and self._available.result()

    def notify(self, title: str, body: str, *, sound: bool) -> bool:
        """Hand the notification to the worker (True), or show it in the tray (its answer)."""
        if self.uses_freedesktop:
            self._worker.submit(self._send, title, body, sound)
            return True
        return self._tray.notify(title, body, sound=sound)

    def close(self) -> None:
        """Finish the calls under way and close the bus connection."""
        self._worker.submit(self._freedesktop.close)
        self._worker.shutdown(wait=False)

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Wait until the calls handed over so far are done (for tests and shutdown)."""
        self._worker.submit(lambda: None).result(timeout)

    def _send(self, title: str, body: str, sound: bool) -> None:
        if not self._freedesktop.notify(title, body, sound=sound):
            _log.info("the desktop notification was not shown")


class Notifier(QObject):
    """Counts the operator's messages the technician has not seen, and tells them when away.

    While ``window`` is the active window nothing happens (the technician sees the message arrive). Else the
    unread count grows (the page's badge), the backend shows a desktop notification (with the sound when
    enabled), and the taskbar entry flashes until the window is brought up.
    """

    sig_unread_changed = Signal(int)
    """The number of unseen operator messages changed (0: all seen)."""

    def __init__(
        self, window: QWidget, *, sound: bool = False, backend: NotificationBackend | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._backend = backend
        self._unread = 0
        #: Whether to ask for the message sound; a setting the technician can change at any time.
        self.sound = sound

    @property
    def unread(self) -> int:
        """Operator messages that arrived while the window was not in front."""
        return self._unread

    @property
    def backend(self) -> NotificationBackend | None:
        """What shows the desktop notifications (None: the badge and the taskbar only)."""
        return self._backend

    def operator_message(self, sender: str, text: str) -> None:
        """An operator's message arrived: count it and notify, unless the technician is looking."""
        if self._seen():
            return
        self._unread += 1
        self.sig_unread_changed.emit(self._unread)
        if self._backend is not None:
            title = self.tr("New message from the operator")
            body = notification_body(sender, text) or self.tr("Open Workbay to read it.")
            # The backend plays the sound only with a notification it shows; if it cannot show one, the
            # badge and the flashing taskbar still say it, silently.
            if not self._backend.notify(title, body, sound=self.sound):
                _log.info("no desktop notification; the unread badge shows %s", self._unread)
        QApplication.alert(self._window.window(), 0)

    def clear(self) -> None:
        """The technician has seen the chat: no unread messages."""
        if self._unread:
            self._unread = 0
            self.sig_unread_changed.emit(0)

    def _seen(self) -> bool:
        window = self._window.window()
        if not window.isVisible() or window.isMinimized():
            return False
        if window.windowState() & Qt.WindowState.WindowMinimized:
            return False
        return window.isActiveWindow()
