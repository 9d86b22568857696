"""Qt starts offscreen with what the set-up installed, and draws text with a real font."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontDatabase, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_a_label_is_drawn_offscreen(qtbot: QtBot) -> None:
    label = QLabel("Workbay WVWZZZCDZMW072915")
    label.setStyleSheet("background: white; color: black; font-size: 18px;")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    image: QImage = label.grab().toImage()
    assert not image.isNull()
    dark = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    # Text was drawn: some pixels are dark, most are the white background.
    assert 0 < dark < (image.width() * image.height()) // 8


def test_a_font_is_installed(qapp: object) -> None:
    # Without any font package Qt warns about nothing and draws every character as a box.
    assert QFontDatabase.families(), "no font found: install fonts-dejavu-core"
