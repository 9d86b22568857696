"""An operator's message while the technician is away: an unread count, a notification, sound only with it.

The desktop side is checked twice: with a recording backend (what the notifier asks for), and with the
freedesktop backend against a private D-Bus daemon and a notification server on it (what goes over the
wire: the exact ``Notify`` signature every real server insists on).
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from app.gui.notify import (
    BODY_LIMIT,
    DesktopNotifications,
    FreedesktopNotifications,
    Notifier,
    TrayNotifications,
    notification_body,
)


@dataclass
class Shown:
    title: str
    body: str
    sound: bool


@dataclass
class RecordingBackend:
    """A notification backend that records what it was asked to show, and answers ``result``."""

    result: bool = True
    shown: list[Shown] = field(default_factory=list)

    def notify(self, title: str, body: str, *, sound: bool) -> bool:
        self.shown.append(Shown(title, body, sound))
        return self.result


@pytest.fixture
def windows(qtbot: QtBot) -> tuple[QWidget, QWidget]:
    """Workbay's window (active) and another program's window, both shown."""
    main = QWidget()
    main.setWindowTitle("Workbay")
    other = QWidget()
    other.setWindowTitle("Another program")
    for window in (main, other):
        qtbot.addWidget(window)
        window.resize(300, 200)
        window.show()
    activate(qtbot, main)
    return main, other


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    """The windows whose taskbar entry was asked to flash."""
    flashed: list[QWidget] = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, _msec=0: flashed.append(widget))
    return flashed


def test_nothing_happens_while_the_technician_looks_at_the_window(
    windows: tuple[QWidget, QWidget], alerts: list[QWidget]
) -> None:
    main, _other = windows
    backend = RecordingBackend()
    notifier = Notifier(main, backend=backend)
    counts: list[int] = []
    notifier.sig_unread_changed.connect(counts.append)
    notifier.operator_message("Anna", "Please send a photo of the fuse box.")
    assert backend.shown == []
    assert notifier.unread == 0
    assert counts == []
    assert alerts == []


def test_another_active_window_gets_a_notification_and_an_unread_count(
    qtbot: QtBot, windows: tuple[QWidget, QWidget], alerts: list[QWidget]
) -> None:
    main, other = windows
    backend = RecordingBackend()
    notifier = Notifier(main, backend=backend)
    counts: list[int] = []
    notifier.sig_unread_changed.connect(counts.append)
    activate(qtbot, other)
    notifier.operator_message("Anna", "Please send a photo of the fuse box.")
    notifier.operator_message("Anna", "And the VIN plate.")
    assert notifier.unread == 2
    assert counts == [1, 2]
    assert [shown.body for shown in backend.shown] == [
        "Anna: Please send a photo of the fuse box.",
        "Anna: And the VIN plate.",
    ]
    assert backend.shown[0].title == "New message from the operator"
    assert [shown.sound for shown in backend.shown] == [False, False]
    assert alerts == [main, main]

    # Back at Workbay, the page marks the chat seen.
    activate(qtbot, main)
    notifier.clear()
    assert notifier.unread == 0
    assert counts == [1, 2, 0]
    notifier.clear()
    assert counts == [1, 2, 0]


def test_a_minimised_window_is_not_looked_at(qtbot: QtBot, windows: tuple[QWidget, QWidget]) -> None:
    main, _other = windows
    backend = RecordingBackend()
    notifier = Notifier(main, backend=backend)
    main.showMinimized()
    qtbot.waitUntil(main.isMinimized, timeout=2000)
    notifier.operator_message("Operator", "Done: the gateway is coded.")
    assert notifier.unread == 1
    assert len(backend.shown) == 1


def test_the_sound_is_asked_for_only_when_enabled(qtbot: QtBot, windows: tuple[QWidget, QWidget]) -> None:
    main, other = windows
    backend = RecordingBackend()
    notifier = Notifier(main, sound=True, backend=backend)
    activate(qtbot, other)
    notifier.operator_message("Anna", "Hello")
    notifier.sound = False
    notifier.operator_message("Anna", "Hello again")
    assert [shown.sound for shown in backend.shown] == [True, False]


def test_a_notification_that_cannot_be_shown_still_counts_for_the_badge(
    qtbot: QtBot, windows: tuple[QWidget, QWidget], alerts: list[QWidget]
) -> None:
    main, other = windows
    backend = RecordingBackend(result=False)
    notifier = Notifier(main, sound=True, backend=backend)
    counts: list[int] = []
    notifier.sig_unread_changed.connect(counts.append)
    activate(qtbot, other)
    notifier.operator_message("Anna", "Hello")
    assert notifier.unread == 1
    assert counts == [1]
    assert alerts == [main]


def test_without_any_backend_the_badge_and_taskbar_still_tell(
    qtbot: QtBot, windows: tuple[QWidget, QWidget], alerts: list[QWidget]
) -> None:
    main, other = windows
    notifier = Notifier(main, sound=True, backend=None)
    activate(qtbot, other)
    notifier.operator_message("Anna", "Hello")
    assert notifier.unread == 1
    assert alerts == [main]


def test_the_body_is_the_sender_and_the_start_of_the_message_on_one_line() -> None:
    assert notification_body("Anna", "Hello\n\n  there") == "Anna: Hello there"
    long = "word " * 60
    body = notification_body("Anna", long)
    assert body.startswith("Anna: word word")
    assert body.endswith("…")
    assert len(body) <= len("Anna: ") + BODY_LIMIT + 1
    assert notification_body("", "Hi") == "Hi"


# --- the freedesktop backend on a real bus ----------------------------------------------------------------


def test_no_session_bus_means_no_notification(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus-here'}")
    backend = FreedesktopNotifications()
    assert backend.notify("New message from the operator", "Anna: Hello", sound=True) is False
    assert backend.available() is False


def test_the_tray_backend_shows_nothing_without_a_tray() -> None:
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this desktop has a system tray")
    assert TrayNotifications().notify("Title", "Body", sound=True) is False


_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={directory}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    """A private session bus (no service activation: nothing of the machine's starts on it)."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    config = tmp_path / "bus.conf"
    config.write_text(_BUS_CONFIG.format(directory=tmp_path))
    process = subprocess.Popen(
        [daemon, "--config-file", str(config), "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        process.terminate()
        process.wait(timeout=5)


class NotificationServer(threading.Thread):
    """A notification server on the bus: records each ``Notify`` call and answers with an id (or refuses)."""

    def __init__(self, address: str, *, refuse: bool = False) -> None:
        super().__init__(daemon=True)
        # Imported here: the recording-backend tests above run where jeepney is not installed too.
        from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]  # noqa: PLC0415
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]  # noqa: PLC0415

        self.calls: list[tuple[str, str, tuple[Any, ...]]] = []
        self.refuse = refuse
        self._stopping = threading.Event()
        self._connection = open_dbus_connection(address)
        reply = self._connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"))
        assert reply.body == (1,)  # the primary owner

    def run(self) -> None:
        from jeepney import (  # type: ignore[import-untyped]  # noqa: PLC0415
            HeaderFields,
            MessageType,
            new_error,
            new_method_return,
        )

        while not self._stopping.is_set():
            try:
                message = self._connection.receive(timeout=0.05)
            except TimeoutError:
                continue
            if message.header.message_type != MessageType.method_call:
                continue
            fields = message.header.fields
            self.calls.append(
                (fields[HeaderFields.member], fields.get(HeaderFields.signature, ""), message.body)
            )
            if self.refuse:
                self._connection.send_message(new_error(message, "org.freedesktop.DBus.Error.Failed"))
            else:
                self._connection.send_message(new_method_return(message, "u", (100 + len(self.calls),)))

    def stop(self) -> None:
        self._stopping.set()
        self.join(timeout=5)
        self._connection.close()


@pytest.fixture
def server(bus_address: str) -> Iterator[NotificationServer]:
    running = NotificationServer(bus_address)
    running.start()
    yield running
    running.stop()


def test_notify_goes_out_with_the_exact_signature_and_the_sound_hint(
    bus_address: str, server: NotificationServer
) -> None:
    backend = FreedesktopNotifications(bus=bus_address)
    try:
        assert backend.available() is True
        assert backend.notify("New message from the operator", "Anna: Hello", sound=True) is True
        assert backend.notify("New message from the operator", "Anna: Still there?", sound=False) is True
    finally:
        backend.close()
    assert [call[:2] for call in server.calls] == [("Notify", "susssasa{sv}i"), ("Notify", "susssasa{sv}i")]
    first, second = (call[2] for call in server.calls)
    assert first == (
        "Workbay",
        0,
        "",
        "New message from the operator",
        "Anna: Hello",
        [],
        {"sound-name": ("s", "message-new-instant")},
        -1,
    )
    # The second replaces the first (the id the server gave it), and asks for silence.
    assert second[1] == 101
    assert second[4] == "Anna: Still there?"
    assert second[6] == {"suppress-sound": ("b", True)}


def test_a_refusing_server_means_not_shown(bus_address: str) -> None:
    server = NotificationServer(bus_address, refuse=True)
    server.start()
    backend = FreedesktopNotifications(bus=bus_address)
    try:
        assert backend.notify("Title", "Body", sound=True) is False
    finally:
        backend.close()
        server.stop()
    assert len(server.calls) == 1


def test_without_a_server_on_the_bus_the_backend_is_not_available(bus_address: str) -> None:
    backend = FreedesktopNotifications(bus=bus_address)
    try:
        assert backend.available() is False
        assert backend.notify("Title", "Body", sound=False) is False
    finally:
        backend.close()


class StalledNotifications(FreedesktopNotifications):
    """A freedesktop backend whose server takes its time to answer each call."""

    def __init__(self, *, bus: str, delay: float) -> None:
        super().__init__(bus=bus)
        self.delay = delay

    def notify(self, title: str, body: str, *, sound: bool) -> bool:
        time.sleep(self.delay)
        return super().notify(title, body, sound=sound)


def test_the_desktop_backend_never_makes_the_window_wait(
    bus_address: str, server: NotificationServer
) -> None:
    backend = DesktopNotifications(freedesktop=StalledNotifications(bus=bus_address, delay=0.5))
    try:
        deadline = time.monotonic() + 5
        while not backend.uses_freedesktop and time.monotonic() < deadline:
            time.sleep(0.01)
        assert backend.uses_freedesktop
        started = time.monotonic()
        assert backend.notify("New message from the operator", "Anna: Hello", sound=False) is True
        assert time.monotonic() - started < 0.1, "the call went to the worker, not the GUI thread"
        backend.wait_idle()
    finally:
        backend.close()
    assert [call[0] for call in server.calls].count("Notify") == 1


def test_the_desktop_backend_falls_back_to_the_tray_without_the_service(bus_address: str) -> None:
    backend = DesktopNotifications(freedesktop=FreedesktopNotifications(bus=bus_address))
    try:
        backend.wait_idle()
        assert not backend.uses_freedesktop
        # Offscreen there is no tray either: nothing shown, and the caller is told so.
        assert backend.notify("Title", "Body", sound=True) is False
    finally:
        backend.close()
