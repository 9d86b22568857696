"""The look of the window: brand colours that stay readable, line-edit clear buttons inside their field,
toggles that read as on, chat messages that wrap in bubbles, and the training server's start said once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from app.domain.wizard import Step
from app.gui.main_window import MainWindow
from app.gui.page import PageContext
from app.gui.pages.login import LoginPage
from app.gui.theme import apply_theme, colour, contrast
from app.services.workbench import Workbench


@pytest.mark.parametrize(
    "brand", ["#1464c8", "#00aeef", "#3a8a3a", "#e0454a", "#ffe066", "#777777", "#0b2545", "#ff00ff"]
)
def test_text_on_and_in_the_accent_reads_whatever_the_brand_colour(themed: QApplication, brand: str) -> None:
    apply_theme(themed, accent=brand)
    for fill in ("accent", "accent_hover", "accent_pressed"):
        assert contrast(colour(fill), colour("on_accent")) >= 4.5, (brand, fill)
    for background in ("surface", "canvas", "accent_soft"):
        assert contrast(colour("accent_ink"), colour(background)) >= 4.5, (brand, background)


@pytest.mark.usefixtures("themed")
def test_an_unknown_theme_colour_is_an_error() -> None:
    with pytest.raises(KeyError):
        colour("font_pt")
    with pytest.raises(KeyError):
        colour("no such colour")


@pytest.mark.usefixtures("themed")
def test_a_line_edits_clear_button_sits_inside_the_field_with_workbays_icon(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setClearButtonEnabled(True)
    edit.resize(320, 44)
    edit.show()
    edit.setText("84250")
    button = next(child for child in edit.findChildren(QToolButton) if child.isVisibleTo(edit))
    # The big-button rules used to push it past the field's edge, leaving a sliver.
    assert edit.rect().contains(button.geometry()), button.geometry()
    shown = edit.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton, None, edit)
    assert shown.pixmap(16).toImage() == QIcon(":/icons/close.svg").pixmap(16).toImage()


@pytest.mark.usefixtures("themed")
def test_a_checked_push_button_reads_as_chosen(qtbot: QtBot) -> None:
    chosen, other = QPushButton("Yes"), QPushButton("No")
    for button in (chosen, other):
        qtbot.addWidget(button)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.resize(160, 48)
        button.show()
    chosen.setChecked(True)
    middle = 24
    on, off = chosen.grab().toImage(), other.grab().toImage()
    assert on.pixelColor(8, middle) == colour("accent_soft")
    assert on.pixelColor(0, middle) == colour("accent"), "an accent border"
    assert off.pixelColor(8, middle) == colour("surface")
    assert off.pixelColor(0, middle) != colour("accent")


@pytest.mark.usefixtures("qloop", "themed")
def test_the_starting_training_server_is_said_once_beside_log_in(qtbot: QtBot, workbench: Workbench) -> None:
    window = MainWindow(PageContext(workbench=workbench, sandbox=True), embedded=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    login = window.page(Step.LOGIN)
    assert isinstance(login, LoginPage)
    window.server_starting()
    assert login.form.serverHintLabel.isVisibleTo(login)
    assert login.form.serverHintLabel.text() == "Starting the training server…"
    assert not login.banner.isVisibleTo(login), "not a second time in the banner"
    # A notice of the program's own stays when the server is ready; a failed start's banner goes.
    login.show_notice("This computer's storage cannot be written.")
    window.server_ready()
    assert login.banner.isVisibleTo(login)
    window.server_failed("The training server could not start.", retry=lambda: None)
    assert login.banner.isVisibleTo(login)
    window.server_starting()
    assert not login.banner.isVisibleTo(login)
