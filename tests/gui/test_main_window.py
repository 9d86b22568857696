"""The main window and its controller: Next and Back as the domain says, the draft saved and resumed,
logout, the SANDBOX strip, and the service provider's branding from the sandbox.

The navigation tests use small stand-in pages (this file's ``ScriptedPage``) whose ``valid``, ``busy`` and
``before_next`` the test sets, so that each rule of the chrome is seen on its own; the branding and
login tests use the real login page against the sandbox.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.domain.wizard import (
    DRAFT_VERSION,
    LoginState,
    PrerequisiteKind,
    PrerequisiteSpec,
    PrerequisitesState,
    ProductChoice,
    ProductsState,
    Step,
    VehicleState,
    WizardDraft,
    with_login,
    with_prerequisites,
    with_products,
    with_vehicle,
)
from app.gui.controller import WizardController
from app.gui.main_window import MainWindow
from app.gui.page import PageContext, SampleConnector, WizardPage
from app.gui.pages.live import LivePage
from app.gui.theme import DEFAULT_ACCENT, Theme, brand_colour, current_theme, pixmap, stylesheet
from app.gui.widgets.steps import INDICATED_STEPS
from app.sandbox.runner import SandboxThread
from app.services.workbench import Workbench
from app.store.database import Database
from app.store.drafts import DraftStore
from tests.samples import GOLF, GOLF_UUID, order_golf
from tests.samples import GOLF_LOGIN as LOGGED_IN

OTHER_UUID = "e63cee55-0000-4000-8000-000000000003"
PRODUCTS = ProductsState(products=(ProductChoice(id=2691, name="Diagnostics"),))
QUESTION = PrerequisiteSpec(id=7, kind=PrerequisiteKind.BOOLEAN, required=True, label="Battery charger on?")


def _save(store: DraftStore, draft: WizardDraft, *, version: int = DRAFT_VERSION) -> None:
    """What an earlier run left in the store."""
    store.save(
        draft.model_dump_json(), step=draft.step.value, connector_uuid=GOLF_UUID, schema_version=version
    )


def _at_products() -> WizardDraft:
    draft = with_login(WizardDraft(), LOGGED_IN)
    draft = with_vehicle(draft, VehicleState(vin="WVWZZZCDZMW072915", vin_valid=True, vehicle=GOLF))
    return with_products(draft, PRODUCTS).at(Step.PRODUCTS)


# ---------------------------------------------------------------------------------------- stand-in pages


class ScriptedPage(WizardPage):
    """A page whose state the test sets; it records what the window asked of it."""

    step: ClassVar[Step]

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.entered: list[WizardDraft] = []
        self.left = 0
        self.allow_next = True
        self.next_calls = 0
        self.forced_valid: bool | None = None
        self.server: tuple[bool, str] = (True, "")
        self.training: list[SampleConnector] = []

    @property
    def valid(self) -> bool:
        """The domain's rule unless the test forces it."""
        return super().valid if self.forced_valid is None else self.forced_valid

    def force_valid(self, valid: bool | None) -> None:
        self.forced_valid = valid
        self.sig_state_changed.emit()

    def enter(self, draft: WizardDraft) -> None:
        super().enter(draft)
        self.entered.append(draft)

    def leave(self) -> None:
        super().leave()
        self.left += 1

    async def before_next(self) -> bool:
        self.next_calls += 1
        return self.allow_next

    def set_server_ready(self, ready: bool, message: str = "") -> None:
        self.server = (ready, message)

    def set_training_connectors(self, connectors: list[SampleConnector]) -> None:
        self.training = list(connectors)

    def log_in(self, login: LoginState = LOGGED_IN) -> None:
        """What the login page does after a successful login."""
        self.change_draft(with_login(self.draft, login))
        self.sig_next_requested.emit()


PAGES: dict[Step, type[ScriptedPage]] = {
    step: type(f"Scripted{step.value.title()}Page", (ScriptedPage,), {"step": step}) for step in Step
}


def scripted(step: Step, context: PageContext) -> WizardPage:
    return PAGES[step](context)


@pytest.fixture
def store() -> DraftStore:
    return DraftStore(Database.in_memory())


@pytest.fixture
def make_window(
    qtbot: QtBot, qloop: object, workbench: Workbench, store: DraftStore
) -> Callable[..., MainWindow]:
    def make(*, embedded: bool = False) -> MainWindow:
        window = MainWindow(
            PageContext(workbench=workbench, sandbox=embedded),
            store=store,
            page_factory=scripted,
            embedded=embedded,
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        return window

    return make


def _page(window: MainWindow) -> ScriptedPage:
    page = window.current_page
    assert isinstance(page, ScriptedPage)
    return page


# ---------------------------------------------------------------------------------------- the controller


def test_the_controller_moves_as_the_domain_says_and_skips_a_page_without_questions(
    store: DraftStore,
) -> None:
    controller = WizardController(store)
    assert controller.next_target() is None, "nobody logged in"
    controller.change(with_login(controller.draft, LOGGED_IN))
    assert controller.next_target() == Step.VEHICLE
    controller.move_to(Step.VEHICLE)
    assert controller.next_target() is None, "no car yet"
    controller.change(_at_products().at(Step.VEHICLE))
    controller.move_to(Step.PRODUCTS)
    # The chosen products ask nothing: the questions page is skipped, both ways.
    controller.change(
        with_prerequisites(controller.draft, PrerequisitesState(specs=(), for_products=(2691,)))
    )
    assert controller.next_target() == Step.PRICE
    controller.move_to(Step.PRICE)
    assert controller.back_target() == Step.PRODUCTS
    assert controller.back_targets() == (Step.PRODUCTS, Step.VEHICLE)
    assert controller.done_steps() == (Step.LOGIN, Step.VEHICLE, Step.PRODUCTS, Step.PREREQUISITES)


def test_the_controller_saves_every_change_and_only_with_a_connector(store: DraftStore) -> None:
    saved: list[WizardDraft] = []
    controller = WizardController(store, on_saved=saved.append)
    controller.change(WizardDraft())
    assert store.load() is None, "nothing to save before a login"
    kept = controller.change(_at_products())
    assert kept.step == Step.LOGIN, "the step is the window's to decide"
    draft = controller.move_to(Step.PRODUCTS)
    stored = store.load()
    assert stored is not None
    assert stored.step == "products"
    assert stored.connector_uuid == GOLF_UUID
    assert WizardDraft.model_validate_json(stored.payload) == draft
    assert saved == [kept, draft]
    controller.move_to(Step.PRICE)
    stored = store.load()
    assert stored is not None
    assert stored.step == "price"


def test_a_page_cannot_move_the_controller_to_another_step(store: DraftStore) -> None:
    controller = WizardController(store)
    controller.change(_at_products())
    controller.move_to(Step.PRODUCTS)
    kept = controller.change(_at_products().at(Step.TICKET))
    assert kept.step == Step.PRODUCTS


def test_a_saved_draft_is_offered_and_continued_for_the_same_connector(store: DraftStore) -> None:
    _save(store, _at_products())
    controller = WizardController(store)
    offer = controller.resume_offer()
    assert offer is not None
    assert offer.step == Step.PRODUCTS
    assert offer.vehicle_text == "Volkswagen Golf VIII 2.0 TDI 110KW"
    assert offer.saved_at.tzinfo is not None
    prefill = controller.accept_resume()
    assert prefill.step == Step.LOGIN
    assert prefill.login.connector_uuid == GOLF_UUID
    assert not prefill.login.logged_in, "the technician logs in again"
    new_login = LOGGED_IN.model_copy(update={"is_online": False})
    resumed = controller.after_login(with_login(prefill, new_login))
    assert resumed is not None
    assert resumed.step == Step.PRODUCTS
    assert resumed.products == PRODUCTS
    assert resumed.login == new_login
    assert controller.pending_resume is None


def test_another_connector_does_not_continue_the_saved_draft(store: DraftStore) -> None:
    _save(store, _at_products())
    controller = WizardController(store)
    assert controller.resume_offer() is not None
    other = LoginState(connector_uuid=OTHER_UUID, connector_id=5)
    assert controller.after_login(with_login(WizardDraft(), other)) is None
    assert controller.pending_resume is None


def test_nothing_is_offered_at_login_for_another_format_or_after_start_over(store: DraftStore) -> None:
    controller = WizardController(store)
    controller.change(with_login(WizardDraft(), LOGGED_IN))
    assert WizardController(store).resume_offer() is None, "a draft still at the login is no work to lose"
    _save(store, _at_products(), version=99)
    assert WizardController(store).resume_offer() is None
    _save(store, _at_products())
    fresh = WizardController(store)
    assert fresh.resume_offer() is not None
    fresh.decline_resume()
    assert store.load() is None


def test_logout_clears_the_draft_and_the_store(store: DraftStore) -> None:
    controller = WizardController(store)
    controller.change(_at_products())
    assert controller.clear() == WizardDraft(ticket=controller.draft.ticket)
    assert store.load() is None


# ---------------------------------------------------------------------------------------- the window


def test_next_and_back_follow_the_domain_and_the_page_state(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    form = window.form
    login = _page(window)
    assert login.step == Step.LOGIN
    assert not form.nextButton.isEnabled()
    assert not form.backButton.isVisible()
    assert form.nextHint.text() == "Enter the connector's UUID and pincode."
    login.log_in()
    qtbot.waitUntil(lambda: window.current_page.step == Step.VEHICLE)
    vehicle = _page(window)
    assert login.left == 1
    assert vehicle.entered[-1].login == LOGGED_IN
    assert form.backButton.isVisible()
    assert not form.nextButton.isEnabled()
    assert form.nextHint.text() == "Find the car by its VIN, or choose it by hand."
    assert form.stepIndicator.state_of(Step.LOGIN) == "done"
    assert form.stepIndicator.state_of(Step.VEHICLE) == "current"
    vehicle.change_draft(
        with_vehicle(vehicle.draft, VehicleState(vin="WVWZZZCDZMW072915", vin_valid=True, vehicle=GOLF))
    )
    assert form.nextButton.isEnabled()
    assert form.nextHint.text() == ""
    qtbot.mouseClick(form.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page.step == Step.PRODUCTS)
    products = _page(window)
    products.change_draft(with_products(products.draft, PRODUCTS))
    products.change_draft(
        with_prerequisites(products.draft, PrerequisitesState(specs=(QUESTION,), for_products=(2691,)))
    )
    form.nextButton.click()
    qtbot.waitUntil(lambda: window.current_page.step == Step.PREREQUISITES)
    assert window.current_page.draft.products == PRODUCTS
    form.backButton.click()
    assert window.current_page is products
    assert products.entered[-1].products == PRODUCTS, "Back restores what was chosen"


def test_a_page_that_refuses_next_stays_and_a_busy_page_shows_the_spinner(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    login = _page(window)
    login.change_draft(with_login(login.draft, LOGGED_IN))
    login.allow_next = False
    window.form.nextButton.click()
    qtbot.waitUntil(lambda: login.next_calls == 1)
    qtbot.waitUntil(lambda: not window.tasks.running("navigate"))
    assert window.current_page is login
    login.allow_next = True

    async def slow() -> None:
        await asyncio.sleep(0.3)

    login.run("work", slow, lambda _result: None)
    qtbot.waitUntil(lambda: window.form.spinner.spinning)
    assert not window.form.nextButton.isEnabled()
    assert window.form.nextHint.text() == "Working…"
    qtbot.waitUntil(lambda: not window.form.spinner.spinning, timeout=5000)
    assert window.form.nextButton.isEnabled()
    window.form.nextButton.click()
    qtbot.waitUntil(lambda: window.current_page.step == Step.VEHICLE)


def test_keyboard_shortcuts_move_back_and_next(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    _page(window).log_in()
    qtbot.waitUntil(lambda: window.current_page.step == Step.VEHICLE)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_page.step == Step.LOGIN)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_page.step == Step.VEHICLE)


def test_every_change_is_saved_and_logout_clears_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow], store: DraftStore
) -> None:
    window = make_window()
    _page(window).log_in()
    qtbot.waitUntil(lambda: window.current_page.step == Step.VEHICLE)
    vehicle = _page(window)
    vehicle.change_draft(
        with_vehicle(vehicle.draft, VehicleState(vin="WVWZZZCDZMW072915", vin_valid=True, vehicle=GOLF))
    )
    stored = store.load()
    assert stored is not None
    assert stored.step == "vehicle"
    assert WizardDraft.model_validate_json(stored.payload).vehicle.vehicle == GOLF
    assert window.form.header.connector_chip.isVisibleTo(window)
    assert window.form.header.logout_button.isVisibleTo(window)

    window.form.header.logout_button.click()
    box = window.findChild(QMessageBox, "logoutConfirmation")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.windowModality() != Qt.WindowModality.ApplicationModal, "never application-modal"
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "logoutConfirmation") is None)
    assert window.current_page.step == Step.VEHICLE, "Cancel keeps the order"

    window.form.header.logout_button.click()
    box = window.findChild(QMessageBox, "logoutConfirmation")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.current_page.step == Step.LOGIN)
    assert store.load() is None
    assert window.controller.draft.login == LoginState()
    assert not window.form.header.connector_chip.isVisibleTo(window)
    assert "logged out" in window.current_page.banner.text


def test_the_sandbox_strip_shows_only_for_the_training_server(make_window: Callable[..., MainWindow]) -> None:
    plain = make_window()
    assert not plain.form.sandboxBadge.isVisibleTo(plain)
    assert "SANDBOX" not in plain.windowTitle()
    embedded = make_window(embedded=True)
    assert embedded.form.sandboxBadge.isVisibleTo(embedded)
    assert embedded.form.sandboxBadge.text() == "SANDBOX — training server, no real orders"
    assert "SANDBOX" in embedded.windowTitle()


def test_logins_wait_for_the_training_server(
    make_window: Callable[..., MainWindow], workbench: Workbench
) -> None:
    window = make_window(embedded=True)
    login = _page(window)
    window.server_starting()
    assert login.server == (False, "Starting the training server…")
    retried: list[bool] = []
    window.server_failed("The training server could not start.", retry=lambda: retried.append(True))
    # The banner says what failed and offers Retry; the hint beside Log in does not repeat it.
    assert login.server == (False, "You can log in as soon as the training server runs.")
    assert login.error == "The training server could not start."
    login.banner.action_button.click()
    assert retried == [True]
    sample = SampleConnector(uuid=GOLF_UUID, pincode="4711", label="Online, DoIP, VIN read (VW Golf VIII)")
    fresh = Workbench(workbench.api)
    window.server_ready(fresh, [sample])
    assert login.server == (True, "")
    assert login.training == [sample]
    assert login.context.workbench is fresh
    assert window.context.workbench is fresh


def test_the_resume_offer_continues_at_the_saved_step_after_login(
    qtbot: QtBot, make_window: Callable[..., MainWindow], store: DraftStore
) -> None:
    saved = _at_products()
    store.save(
        saved.model_dump_json(), step="products", connector_uuid=GOLF_UUID, schema_version=DRAFT_VERSION
    )
    window = make_window()
    offer = window.offer_resume()
    assert offer is not None
    form = window.form
    assert form.resumeOffer.isVisibleTo(window)
    assert form.resumeDetail.text().startswith(
        "Products for Volkswagen Golf VIII 2.0 TDI 110KW, saved today at "
    )
    form.continueButton.click()
    login = _page(window)
    assert login.entered[-1].login.connector_uuid == GOLF_UUID
    assert not login.entered[-1].login.logged_in
    assert form.resumeTitle.text() == "Log in to continue"
    login.log_in(LOGGED_IN.model_copy(update={"connector_vin": "WVWZZZCDZMW072915"}))
    qtbot.waitUntil(lambda: window.current_page.step == Step.PRODUCTS)
    products = _page(window)
    assert products.entered[-1].products == PRODUCTS
    assert products.entered[-1].vehicle.vehicle == GOLF
    assert products.entered[-1].login.connector_vin == "WVWZZZCDZMW072915"
    assert not form.resumeOffer.isVisibleTo(window)


def test_start_over_discards_the_saved_draft(
    make_window: Callable[..., MainWindow], store: DraftStore
) -> None:
    _save(store, _at_products())
    window = make_window()
    window.offer_resume()
    window.form.startOverButton.click()
    assert not window.form.resumeOffer.isVisibleTo(window)
    assert store.load() is None


def test_the_step_indicator_goes_back_only_to_finished_steps(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    _page(window).log_in()
    qtbot.waitUntil(lambda: window.current_page.step == Step.VEHICLE)
    vehicle = _page(window)
    vehicle.change_draft(
        with_vehicle(vehicle.draft, VehicleState(vin="WVWZZZCDZMW072915", vin_valid=True, vehicle=GOLF))
    )
    window.form.nextButton.click()
    qtbot.waitUntil(lambda: window.current_page.step == Step.PRODUCTS)
    steps = window.form.stepIndicator
    assert steps.is_clickable(Step.VEHICLE)
    assert not steps.is_clickable(Step.LOGIN), "going back to the login is Back's job, not a shortcut"
    assert not steps.is_clickable(Step.PRICE)
    steps.buttons[Step.PRICE].click()
    assert window.current_page.step == Step.PRODUCTS
    steps.buttons[Step.VEHICLE].click()
    assert window.current_page.step == Step.VEHICLE


# ---------------------------------------------------------------------------------------- real pages


def test_the_real_login_page_logs_in_and_the_branding_styles_the_header(
    qtbot: QtBot, qloop: object, workbench: Workbench, store: DraftStore, sandbox: SandboxThread
) -> None:
    window = MainWindow(PageContext(workbench=workbench, sandbox=True), store=store, embedded=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert current_theme().accent == DEFAULT_ACCENT
    window.server_ready(connectors=[SampleConnector(uuid=GOLF_UUID, pincode="4711", label="VW Golf VIII")])
    login = window.current_page
    form = login.form  # type: ignore[attr-defined]
    qtbot.keyClicks(form.uuidEdit, GOLF_UUID)
    qtbot.keyClicks(form.pincodeEdit, "4711")
    with qtbot.waitSignal(window.sig_branding_applied, timeout=20000):
        form.loginButton.click()
    qtbot.waitUntil(lambda: window.current_page.step == Step.VEHICLE, timeout=20000)
    branding = window.branding
    assert branding is not None
    assert branding.theme_color == "#00aeef"
    assert branding.header_color == "#0b2545"
    assert branding.company_name
    assert branding.logo is None, "the sandbox's logo path serves no image: no logo, no error"
    assert current_theme().accent == "#00aeef"
    assert current_theme().header == "#0b2545"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert "#00aeef" in app.styleSheet()
    header = window.form.header
    assert header.company == branding.company_name
    assert header.company_name.text() == branding.company_name
    assert header.connector_label.text() == "Connector 03991f3a"
    assert not header.has_logo
    assert sandbox.admin.requests("/v1/users/me"), "the branding came from the user endpoint"
    stored = store.load()
    assert stored is not None
    assert stored.step == "vehicle"
    assert "4711" not in stored.payload

    window.logout()
    assert current_theme().accent == DEFAULT_ACCENT
    assert header.company == ""
    assert store.load() is None


def test_a_connector_with_an_open_ticket_goes_straight_to_it(
    qtbot: QtBot, qloop: object, api: CustomerApi, run: Callable[..., object], store: DraftStore
) -> None:
    draft = run(order_golf(api))
    window = MainWindow(PageContext(workbench=Workbench(api), sandbox=True), store=store, embedded=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.server_ready()
    form = window.current_page.form  # type: ignore[attr-defined]
    qtbot.keyClicks(form.uuidEdit, GOLF_UUID)
    qtbot.keyClicks(form.pincodeEdit, "4711")
    form.loginButton.click()
    qtbot.waitUntil(lambda: window.current_page.step == Step.LIVE, timeout=20000)
    live = window.current_page
    assert isinstance(live, LivePage)
    qtbot.waitUntil(lambda: live.ticket_status is not None, timeout=20000)
    assert live.form.headingLabel.text() == f"Ticket {draft.ticket.ticket_id}"
    # The draft of this session knows neither car nor products: the page asked for their names.
    qtbot.waitUntil(lambda: live.form.vehicleValue.text().startswith("Volkswagen"), timeout=20000)
    assert "Fault memory read and clear" in live.form.productsValue.text()
    chrome = window.form
    assert not chrome.nextButton.isVisible()
    assert not chrome.backButton.isVisible(), "a created ticket cannot be un-ordered"
    assert all(chrome.stepIndicator.state_of(step) == "done" for step in INDICATED_STEPS)


# ---------------------------------------------------------------------------------------- the theme


def test_a_brand_colour_is_read_leniently_and_kept_readable(qapp: QApplication) -> None:
    assert brand_colour("#00AEEF") == "#00aeef"
    assert brand_colour("00aeef") == "#00aeef"
    assert brand_colour("navy") == "#000080"
    assert brand_colour("") is None
    assert brand_colour("not a colour") is None
    assert brand_colour("#00000000") is None, "a transparent colour is no colour"
    pale = stylesheet(Theme(accent="#ffe066"))
    # Pale yellow: dark text on the primary button, and a darkened yellow wherever the accent is text.
    assert "color: #1f2933;\n    font-weight: 600;\n    padding: 0 26px;" in pale
    assert "\n    color: #ffe066;" not in pale
    dark = stylesheet(Theme(accent="#0b2545"))
    assert "color: #ffffff;\n    font-weight: 600;" in dark


def test_kiosk_mode_makes_text_and_targets_larger(qapp: QApplication) -> None:
    desk = stylesheet(Theme(kiosk=False))
    kiosk = stylesheet(Theme(kiosk=True))
    assert "font-size: 11pt;" in desk
    assert "font-size: 13pt;" in kiosk
    assert "min-height: 44px;" in desk
    assert "min-height: 56px;" in kiosk
    assert "{{" not in kiosk, "every placeholder is filled"
    assert "px;" not in "".join(line for line in kiosk.splitlines() if "font-size" in line), "text in points"


def test_the_icons_load_as_svg_offscreen(qapp: QApplication) -> None:
    for name in ("back", "next", "logout", "connector", "workbay", "refresh", "clock"):
        image = pixmap(name, 32)
        assert not image.isNull(), name
        assert image.toImage().pixelColor(16, 16).isValid()
    recoloured = pixmap("check", 32, "#ff0000").toImage()
    reds = [
        recoloured.pixelColor(x, y)
        for x in range(32)
        for y in range(32)
        if recoloured.pixelColor(x, y).alpha() > 200
    ]
    assert reds
    assert all(colour.red() > 200 and colour.green() < 60 for colour in reds)
