"""The VIN input: large monospace capitals, cleaned as they arrive, and told apart from a barcode scan.

Typed input is normalised on every key (:func:`app.domain.vin.normalize_vin`): small letters become
capitals, spaces and dashes vanish, the cursor stays where the technician was typing. A barcode scanner
"types" too, only much faster, and ends with Enter; it may wrap the VIN in an AIM identifier, a leading
``I`` or a check character. Such wrapping is only unwrapped once the read is complete (on Enter, a pause,
leaving the field, or a paste): unwrapping half a read could take 17 of its characters for a VIN that is
not the one on the car.
"""

from __future__ import annotations

import time
from typing import Final

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.vin import VIN_LENGTH, normalize_vin

__all__ = ["VinField"]

#: Longer than any scanner read that can hold a VIN (prefix, AIM identifier, I, VIN, check character,
#: suffix, separators); a paste of a whole document is cut here rather than shown.
_MAX_INPUT: Final = 48
#: Keys closer together than this belong to one burst (a person or a scanner typing without a pause).
_BURST_GAP_S: Final = 0.1
#: A scanner sends a character every few milliseconds; nobody types 17 characters this fast.
_SCAN_INTERVAL_S: Final = 0.035
#: After this pause the input counts as complete and scanner wrapping is removed.
_SETTLE_MS: Final = 250
#: The VIN's font size relative to the body text: read at arm's length on a shop-floor screen.
_FONT_SCALE: Final = 1.6


def _clean(text: str) -> str:
    """Capitals without separators, never unwrapping: each character on its own is too short for that."""
    return "".join(normalize_vin(char) for char in text)


class VinField(QLineEdit):
    """A line edit for a VIN; read :attr:`vin`, listen to the two signals."""

    sig_vin_edited = Signal(str, str)
    """The technician changed the VIN (arguments: the normalised text; "typed" or "scanned")."""

    sig_vin_entered = Signal(str, str)
    """Enter was pressed (arguments: the normalised text; "scanned" after a scanner's burst, else "typed")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vinField")
        # The style sheet's monospace role; the font below is the same choice for when no sheet is applied.
        self.setProperty("role", "code")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        base = self.font().pointSizeF()
        if base > 0:
            font.setPointSizeF(base * _FONT_SCALE)
        font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 1.0)
        self.setFont(font)
        self.setMaxLength(_MAX_INPUT)
        self.setClearButtonEnabled(True)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferUppercase
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhLatinOnly
        )
        self._previous = ""
        self._burst_start = 0.0
        self._burst_keys = 0
        self._last_key = 0.0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)
        self.textEdited.connect(self._on_self_text_edited)
        self.returnPressed.connect(self._on_self_return_pressed)

    def set_kiosk(self, kiosk: bool) -> None:
        """On a touch kiosk, no clear button: its ~20 px target is missed by a finger and empties the VIN."""
        self.setClearButtonEnabled(not kiosk)

    @property
    def vin(self) -> str:
        """The VIN as shown (already normalised)."""
        return self.text()

    def set_vin(self, vin: str) -> None:
        """Show ``vin`` without emitting anything (restoring a draft, the connector's VIN)."""
        self._settle.stop()
        self._previous = vin
        if self.text() != vin:
            self.setText(vin)

    def looks_scanned(self) -> bool:
        """Whether the current burst of keys came at a scanner's pace and holds at least a VIN."""
        if self._burst_keys < VIN_LENGTH:
            return False
        if time.monotonic() - self._last_key > _BURST_GAP_S:
            return False
        mean_gap = (self._last_key - self._burst_start) / max(1, self._burst_keys - 1)
        return mean_gap <= _SCAN_INTERVAL_S

    # --- events -------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Time the keys that insert text (the scanner test), then edit as usual."""
        self._note_key(event)
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Leaving the field completes the input (a scanner set to end with Tab leaves it too)."""
        scanned = self.looks_scanned()
        self._burst_keys = 0
        self._complete("scanned" if scanned else "typed", announce=scanned)
        super().focusOutEvent(event)

    def _note_key(self, event: QKeyEvent) -> None:
        if not event.text() or not event.text().isprintable():
            return
        now = time.monotonic()
        if self._burst_keys == 0 or now - self._last_key > _BURST_GAP_S:
            self._burst_start = now
            self._burst_keys = 0
        self._burst_keys += 1
        self._last_key = now

    def _on_self_text_edited(self, text: str) -> None:
        inserted = len(text) - len(self._previous)
        # A paste (or a scanner in keyboard-wedge "paste" mode) arrives whole: it can be unwrapped at once.
        cleaned = normalize_vin(text) if inserted > 1 else _clean(text)
        if cleaned != text:
            self._show_keeping_cursor(text, cleaned)
        self._previous = cleaned
        if len(cleaned) > VIN_LENGTH:
            self._settle.start()
        self.sig_vin_edited.emit(cleaned, "typed")

    def _on_self_return_pressed(self) -> None:
        source = "scanned" if self.looks_scanned() else "typed"
        self._burst_keys = 0
        self._complete(source, announce=False)
        self.sig_vin_entered.emit(self.text(), source)

    def _on_settle_timeout(self) -> None:
        self._complete("typed")

    def _complete(self, source: str, *, announce: bool = False) -> None:
        """Unwrap what a scanner put around the VIN, once the input is complete.

        ``sig_vin_edited`` follows when that changed the text, or always with ``announce`` (the source
        changed to "scanned").
        """
        self._settle.stop()
        text = self.text()
        finished = normalize_vin(text)
        if finished != text:
            self._previous = finished
            self.setText(finished)
        if finished != text or announce:
            self.sig_vin_edited.emit(finished, source)

    def _show_keeping_cursor(self, raw: str, cleaned: str) -> None:
        cursor = self.cursorPosition()
        before = _clean(raw[:cursor])
        self.setText(cleaned)
        self.setCursorPosition(len(before) if cleaned.startswith(before) else len(cleaned))
