"""Layout rules at the sizes a workshop uses: a 1024 px kiosk, a 1024 x 700 desk; nothing cut, nothing tiny.

Each test shows the real page (or the real window with scripted pages) at such a size and measures the
widgets: a field inside its card, a heading inside its column, a text row as tall as its wrapped text,
no clear buttons for a finger to miss, no empty button bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.domain.wizard import LoginState, PrerequisiteKind, PrerequisiteSpec, Step, WizardDraft
from app.gui.main_window import MainWindow
from app.gui.page import PageContext, WizardPage
from app.gui.pages.login import LoginPage
from app.gui.pages.prerequisites import PrerequisitesPage
from app.gui.pages.price import PricePage
from app.gui.pages.products import ProductsPage
from app.gui.pages.vehicle import VehiclePage
from app.gui.widgets.prerequisite_form import PrerequisiteForm
from app.gui.widgets.product_list import ProductList, ProductSection
from app.sandbox.runner import SandboxThread
from app.services.catalogue import CatalogueProduct, PrerequisiteQuestion
from app.services.workbench import Workbench
from app.store.database import Database
from app.store.drafts import DraftStore

KIOSK_WIDTH = 1024
#: The page's share of a 1024 x 768 kiosk window (header, sandbox strip, steps and button bar take the rest).
KIOSK_PAGE_HEIGHT = 530
GOLF_UUID = "03991f3a-26f3-521a-913f-e5db77b27774"


@pytest.fixture
def kiosk(workbench: Workbench) -> PageContext:
    """A touch kiosk on the training server."""
    return PageContext(workbench=workbench, sandbox=True, kiosk=True)


def _show(qtbot: QtBot, widget: QWidget, width: int, height: int) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def _inside(widget: QWidget, ancestor: QWidget) -> bool:
    """Whether ``widget`` lies wholly inside ``ancestor``'s rectangle."""
    top_left = widget.mapTo(ancestor, widget.rect().topLeft())
    return ancestor.rect().contains(QRect(top_left, widget.size()))


def _line_edits(root: QWidget) -> list[QLineEdit]:
    return [edit for edit in root.findChildren(QLineEdit) if edit.isVisibleTo(root)]


def test_at_1024_px_in_a_kiosk_no_line_edit_of_the_login_page_leaves_its_card(
    qtbot: QtBot, qloop: object, kiosk: PageContext
) -> None:
    page = LoginPage(kiosk)
    _show(qtbot, page, KIOSK_WIDTH, KIOSK_PAGE_HEIGHT)
    form = page.form
    qtbot.waitUntil(lambda: form.uuidEdit.width() >= form.uuidEdit.minimumWidth(), timeout=2_000)
    edits = _line_edits(form.loginCard)
    assert form.uuidEdit in edits
    for edit in edits:
        parent = edit.parentWidget()
        assert parent is not None
        assert edit.geometry().right() <= parent.rect().right(), edit.objectName()
        assert _inside(edit, form.loginCard), edit.objectName()
    assert form.uuidEdit.width() >= form.uuidEdit.fontMetrics().horizontalAdvance(GOLF_UUID)


def test_the_training_column_keeps_its_place_while_the_server_starts(
    qtbot: QtBot, qloop: object, kiosk: PageContext
) -> None:
    page = LoginPage(kiosk)
    _show(qtbot, page, KIOSK_WIDTH, KIOSK_PAGE_HEIGHT)
    form = page.form
    page.set_server_ready(False, "Starting the training server…")
    qtbot.waitUntil(lambda: form.sideColumn.x() > form.loginColumn.x(), timeout=2_000)
    before = form.loginColumn.geometry()
    assert form.trainingCard.isVisible()
    assert (
        form.trainingHintLabel.text()
        == "The training server's sample connectors appear here as soon as it runs."
    )
    page.set_training_connectors([])
    page.set_server_ready(True)
    assert form.loginColumn.geometry() == before


def test_a_kiosk_has_no_clear_buttons_a_finger_would_miss(
    qtbot: QtBot, qloop: object, kiosk: PageContext, context: PageContext
) -> None:
    questions = [
        PrerequisiteQuestion(PrerequisiteSpec(id=1, kind=PrerequisiteKind.NUMBER), question="Odometer in km"),
        PrerequisiteQuestion(PrerequisiteSpec(id=2, kind=PrerequisiteKind.STRING), question="Complaint"),
    ]
    page_classes: list[type[WizardPage]] = [
        LoginPage,
        VehiclePage,
        ProductsPage,
        PrerequisitesPage,
        PricePage,
    ]
    for desk in (False, True):
        for page_class in page_classes:
            page = page_class(context if desk else kiosk)
            qtbot.addWidget(page)
            if isinstance(page, PrerequisitesPage):
                form: PrerequisiteForm = page.form.prerequisiteForm
                form.set_questions(questions, {})
            edits = page.findChildren(QLineEdit)
            assert edits, page_class.__name__
            with_clear = [edit.objectName() for edit in edits if edit.isClearButtonEnabled()]
            if desk:
                continue
            assert with_clear == [], f"{page_class.__name__}: {with_clear}"
    # The desk keeps them where they help (the VIN, the search, the answers, the cascade's filters).
    desk_page = VehiclePage(context)
    qtbot.addWidget(desk_page)
    assert desk_page.form.vinEdit.isClearButtonEnabled()
    assert all(filter_list.filter_edit.isClearButtonEnabled() for filter_list in desk_page.cascade.lists)


@pytest.fixture
def vehicle_page(
    qtbot: QtBot, kiosk: PageContext, api: CustomerApi, run: Callable[..., Any], sandbox: SandboxThread
) -> Callable[[int, int], VehiclePage]:
    """The vehicle page of the Golf's connector, logged in, at a given size."""

    def make(width: int, height: int) -> VehiclePage:
        connector = next(c for c in sandbox.admin.connectors() if c["uuid"] == GOLF_UUID)
        run(api.auth.login_pincode(connector["uuid"], connector["pincode"]))
        found = run(api.connectors.get_by_uuid(GOLF_UUID))
        login = LoginState(
            connector_uuid=found.uuid,
            connector_id=found.id,
            supports_doip=found.supports_doip,
            is_online=found.is_online,
            connector_vin=found.vin_number,
        )
        page = VehiclePage(kiosk)
        _show(qtbot, page, width, height)
        page.sig_draft_changed.connect(page.update_draft)
        page.enter(WizardDraft(step=Step.VEHICLE, login=login))
        return page

    return make


def test_in_a_kiosk_at_1024_px_the_vehicle_page_cuts_neither_heading_nor_rows(
    qtbot: QtBot, qloop: object, vehicle_page: Callable[[int, int], VehiclePage]
) -> None:
    page = vehicle_page(KIOSK_WIDTH, KIOSK_PAGE_HEIGHT)
    form = page.form
    qtbot.waitUntil(lambda: page.draft.vehicle.vehicle is not None, timeout=10_000)
    qtbot.waitUntil(lambda: len(page.prepared_buttons) == 2, timeout=10_000)
    qtbot.wait(50)  # one layout pass for the rows just added
    for scroll in (form.leftScroll, form.rightScroll):
        content = scroll.widget()
        assert content is not None
        assert content.width() <= scroll.viewport().width(), scroll.objectName()
    for widget in (form.vinHeading, form.vinCounter, form.notThisCarButton, form.vinEdit):
        assert _inside(widget, form.leftColumn), widget.objectName()
        assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
    for button in page.prepared_buttons.values():
        row = button.parentWidget()
        assert row is not None
        text = row.findChild(QLabel)
        assert text is not None
        # The wrapped text gets every line it needs: no line cut at the top or the bottom.
        assert text.height() >= text.heightForWidth(text.width()), text.text()


def test_after_a_tick_the_focus_stays_in_the_product_list(qtbot: QtBot, qloop: object) -> None:
    host = QWidget()
    layout = QVBoxLayout(host)
    products = ProductList(host)
    chip = QPushButton("Remote diagnostic support", host)
    layout.addWidget(products)
    layout.addWidget(chip)
    _show(qtbot, host, 800, 500)
    first = CatalogueProduct(id=2691, name="Remote diagnostic support")
    second = CatalogueProduct(id=2700, name="Front camera calibration (static)")
    products.show_sections([ProductSection((first,))])
    row = products.row(first.id)
    assert row is not None
    row.check.setFocus(Qt.FocusReason.MouseFocusReason)
    assert host.focusWidget() is row.check
    # The search is cleared: another list replaces the row that held the focus.
    products.show_sections([ProductSection((second,))])
    assert host.focusWidget() is products, "not the chip below the list"
    products.show_sections([ProductSection((first, second))])
    row.check.setFocus(Qt.FocusReason.MouseFocusReason)
    # Shown again in another list (a group's, the favourites): the box keeps the focus.
    products.show_sections([ProductSection((second,)), ProductSection((first,), title="Favourites")])
    assert host.focusWidget() is row.check


def test_the_live_page_has_no_empty_button_bar(qtbot: QtBot, qloop: object, workbench: Workbench) -> None:
    from tests.gui.test_main_window import scripted  # noqa: PLC0415 - the window's scripted pages

    window = MainWindow(
        PageContext(workbench=workbench), store=DraftStore(Database.in_memory()), page_factory=scripted
    )
    _show(qtbot, window, KIOSK_WIDTH, 700)
    nav = window.form.navBar
    assert nav.isVisible(), "the login page has Next"
    window.show_step(Step.LIVE)
    qtbot.waitUntil(lambda: window.current_page.step == Step.LIVE, timeout=2_000)
    assert not window.form.nextButton.isVisible()
    assert not window.form.backButton.isVisible()
    assert not nav.isVisible()
    window.show_step(Step.LOGIN)
    assert nav.isVisible()
