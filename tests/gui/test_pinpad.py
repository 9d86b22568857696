"""The touch PIN pad types into its field like a keyboard: digits, delete, clear, validator and length."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.gui.widgets.pinpad import BACKSPACE, CLEAR, PinPad


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """The test's window, held here: qtbot keeps a weak reference, and a collected host takes its children."""
    window = QWidget()
    qtbot.addWidget(window)
    return window


def pad_with_field(host: QWidget, *, max_length: int = 12) -> tuple[PinPad, QLineEdit]:
    field = QLineEdit(host)
    field.setMaxLength(max_length)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), field))
    pad = PinPad(host)
    pad.set_target(field)
    layout = QVBoxLayout(host)
    layout.addWidget(field)
    layout.addWidget(pad)
    host.show()
    return pad, field


def press(pad: PinPad, *keys: str) -> None:
    for key in keys:
        if key == BACKSPACE:
            button = pad.backspace_button
        elif key == CLEAR:
            button = pad.clear_button
        else:
            button = pad.digit_buttons[key]
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_digits_delete_and_clear_edit_the_field(qtbot: QtBot, host: QWidget) -> None:
    pad, field = pad_with_field(host)
    edited: list[str] = []
    field.textEdited.connect(edited.append)
    pressed: list[str] = []
    pad.sig_key_pressed.connect(pressed.append)
    press(pad, "0", "4", "7", "1", "1")
    assert field.text() == "04711"
    press(pad, BACKSPACE)
    assert field.text() == "0471"
    press(pad, CLEAR)
    assert field.text() == ""
    assert pressed == ["0", "4", "7", "1", "1", BACKSPACE, CLEAR]
    # Every change reaches textEdited, as the technician's own typing would (pages listen to it).
    assert edited == ["0", "04", "047", "0471", "04711", "0471", ""]


def test_a_digit_replaces_the_selection_and_respects_the_length(qtbot: QtBot, host: QWidget) -> None:
    pad, field = pad_with_field(host, max_length=4)
    field.setText("9999")
    field.selectAll()
    press(pad, "1")
    assert field.text() == "1"
    press(pad, "2", "3", "4", "5")
    assert field.text() == "1234"


def test_the_keys_are_big_and_never_take_the_focus(qtbot: QtBot, host: QWidget) -> None:
    pad, _field = pad_with_field(host)
    keys = [*pad.digit_buttons.values(), pad.backspace_button, pad.clear_button]
    assert sorted(pad.digit_buttons) == [str(digit) for digit in range(10)]
    for key in keys:
        assert key.minimumHeight() >= 64
        assert key.minimumWidth() >= 64
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert key.property("role") == "pinKey"
        assert key.accessibleName()
    pad.set_key_size(40)
    assert pad.digit_buttons["5"].minimumHeight() == 64, "never below the touch minimum"
    pad.set_key_size(80)
    assert pad.digit_buttons["5"].minimumHeight() == 80


def test_a_disabled_field_or_no_field_takes_nothing(qtbot: QtBot, host: QWidget) -> None:
    pad, field = pad_with_field(host)
    field.setEnabled(False)
    press(pad, "5")
    assert field.text() == ""
    pad.set_target(None)
    field.setEnabled(True)
    pressed: list[str] = []
    pad.sig_key_pressed.connect(pressed.append)
    press(pad, "6")
    assert field.text() == ""
    assert pressed == ["6"]
