"""``workbay --startup-probe``: how long from the process's start until the login page is painted.

The origin is the kernel's record of when the process started (Linux: ``/proc/self/stat`` field 22, in
clock ticks since boot, plus ``btime`` from ``/proc/stat``), so the interpreter's own start and every
import count. Elsewhere the origin is the earliest time the program took (``app.cli`` notes it when it is
imported). This module stays light: the benchmark's empty window imports it too, to be measured the
same way.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

__all__ = ["PaintProbe", "probe_line", "process_start_time"]


def _linux_start_time() -> float | None:
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii")
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text(encoding="ascii").splitlines()
            if line.startswith("btime ")
        )
    except (OSError, StopIteration, ValueError, IndexError):
        return None
    # The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
    fields = stat[stat.rindex(")") + 2 :].split()
    ticks = float(fields[19])  # field 22 of the whole line
    return boot + ticks / os.sysconf("SC_CLK_TCK")


def process_start_time(fallback: float | None = None) -> float:
    """When this process started, as a ``time.time()`` value.

    Args:
        fallback: the earliest time the program noted, for systems without ``/proc``.
    """
    if sys.platform.startswith("linux"):
        found = _linux_start_time()
        if found is not None:
            return found
    return fallback if fallback is not None else time.time()


def probe_line(milliseconds: float) -> str:
    """The line ``--startup-probe`` prints."""
    return f"startup-probe: {milliseconds:.0f} ms to the login page painted"


class PaintProbe(QObject):
    """Calls ``on_painted(time)`` once, right after ``widget``'s first paint while it is visible.

    The time is taken in a zero-delay timer after the paint event, i.e. once the paint pass is over.
    """

    def __init__(self, widget: QWidget, on_painted: Callable[[float], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._on_painted = on_painted
        self._seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Notice the first paint of the watched widget."""
        painted = watched is self._widget and event.type() == QEvent.Type.Paint
        if not self._seen and painted and self._widget.isVisible():
            self._seen = True
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self._on_painted(time.time())
