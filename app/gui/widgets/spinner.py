"""A small busy indicator: a turning arc in the accent colour, drawn by a timer (never by a blocking loop)."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.gui.theme import current_theme

__all__ = ["Spinner"]

_STEP_DEGREES: Final = 30
_INTERVAL_MS: Final = 80


class Spinner(QWidget):
    """Turns while :meth:`start` is in force; hidden (and costing nothing) when stopped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spinner")
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Working…"))
        self.hide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """A square as tall as a line of large text."""
        side = round(self.fontMetrics().height() * 1.8)
        return QSize(side, side)

    @property
    def spinning(self) -> bool:
        """Whether it is shown and turning."""
        return self._timer.isActive()

    def start(self) -> None:
        """Show it and start turning."""
        if not self._timer.isActive():
            self._timer.start()
        self.show()

    def stop(self) -> None:
        """Stop turning and hide it."""
        self._timer.stop()
        self.hide()

    def set_spinning(self, spinning: bool) -> None:
        """:meth:`start` or :meth:`stop`."""
        if spinning:
            self.start()
        else:
            self.stop()

    def _on_timer_timeout(self) -> None:
        self._angle = (self._angle + _STEP_DEGREES) % 360
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw a faint ring and the turning arc."""
        side = min(self.width(), self.height())
        pen_width = max(2.0, side / 9)
        margin = pen_width / 2 + 1
        box = QRectF(
            (self.width() - side) / 2 + margin,
            (self.height() - side) / 2 + margin,
            side - 2 * margin,
            side - 2 * margin,
        )
        accent = QColor(current_theme().accent)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = QColor(accent)
        ring.setAlpha(50)
        painter.setPen(QPen(ring, pen_width))
        painter.drawEllipse(box)
        painter.setPen(QPen(accent, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        # Qt counts angles in sixteenths of a degree, anticlockwise from three o'clock.
        painter.drawArc(box, -self._angle * 16, 100 * 16)
        painter.end()
