"""A large PIN pad for touch screens and greasy fingers: ten digits, delete and clear.

The pad types into a target :class:`QLineEdit` the way a keyboard would: a digit replaces the selection (so
after a refused pincode, which the page selects, the first key starts the retype), the field's validator
and maximum length still apply, and the keys never take the focus away from the field.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

__all__ = ["BACKSPACE", "CLEAR", "PinPad"]

#: The keys that are not digits, as :attr:`PinPad.sig_key_pressed` names them.
BACKSPACE: Final = "backspace"
CLEAR: Final = "clear"

#: The smallest key, in pixels: a gloved fingertip needs about 10 mm.
_MIN_KEY: Final = 64
#: Digits in the order of a phone's keypad (1 at the top left), as (row, column).
_DIGIT_CELLS: Final = {
    "1": (0, 0),
    "2": (0, 1),
    "3": (0, 2),
    "4": (1, 0),
    "5": (1, 1),
    "6": (1, 2),
    "7": (2, 0),
    "8": (2, 1),
    "9": (2, 2),
    "0": (3, 1),
}


class PinPad(QWidget):
    """Digits 0-9, delete and clear, typing into :meth:`target`.

    Attributes:
        digit_buttons: the digit keys by their digit ("0" to "9").
        backspace_button: deletes the digit before the cursor (or the selection).
        clear_button: empties the field.
    """

    sig_key_pressed = Signal(str)
    """A key was pressed (argument: the digit, ``"backspace"`` or ``"clear"``), after the field changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self._target: QLineEdit | None = None
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.digit_buttons: dict[str, QPushButton] = {}
        for digit, (row, column) in _DIGIT_CELLS.items():
            button = self._key(f"pinKey{digit}", digit)
            button.setText(digit)
            layout.addWidget(button, row, column)
            self.digit_buttons[digit] = button
        self.clear_button = self._key("pinKeyClear", CLEAR)
        self.backspace_button = self._key("pinKeyBackspace", BACKSPACE)
        self.backspace_button.setAutoRepeat(True)
        layout.addWidget(self.clear_button, 3, 0)
        layout.addWidget(self.backspace_button, 3, 2)
        self.set_key_size(_MIN_KEY)
        self.retranslate()

    # --- set-up -----------------------------------------------------------------------------------------

    def target(self) -> QLineEdit | None:
        """The field the keys type into."""
        return self._target

    def set_target(self, field: QLineEdit | None) -> None:
        """Type into ``field`` from now on (None: the keys only emit :attr:`sig_key_pressed`)."""
        self._target = field

    def set_key_size(self, pixels: int) -> None:
        """Make every key at least ``pixels`` square (never below the touch minimum of 64)."""
        size = max(pixels, _MIN_KEY)
        for button in self._buttons():
            button.setMinimumSize(QSize(size, size))

    def set_backspace_icon(self, icon: QIcon) -> None:
        """Show ``icon`` on the delete key instead of its symbol."""
        if icon.isNull():
            return
        self.backspace_button.setIcon(icon)
        self.backspace_button.setText("")

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        if self.backspace_button.icon().isNull():
            self.backspace_button.setText("⌫")
        delete = self.tr("Delete the last digit")
        self.backspace_button.setToolTip(delete)
        self.backspace_button.setAccessibleName(delete)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the pincode"))
        for digit, button in self.digit_buttons.items():
            button.setAccessibleName(self.tr("Digit %1").replace("%1", digit))

    # --- internals --------------------------------------------------------------------------------------

    def _buttons(self) -> list[QPushButton]:
        return [*self.digit_buttons.values(), self.clear_button, self.backspace_button]

    def _key(self, name: str, key: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setProperty("role", "pinKey")
        # The field keeps the focus (and its caret): the pad is another keyboard, not a place to be.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: self._on_key_clicked(key))
        return button

    def _on_key_clicked(self, key: str) -> None:
        field = self._target
        if field is not None and field.isEnabled() and not field.isReadOnly():
            if key == BACKSPACE:
                field.backspace()
            elif key == CLEAR:
                field.clear()
                # backspace() and insert() report a change as the technician's own (textEdited); clear()
                # does not, so the pad does, as the keyboard would have.
                field.textEdited.emit("")
            else:
                # insert() replaces a selection and goes through the validator and maxLength, like typing.
                field.insert(key)
        self.sig_key_pressed.emit(key)
