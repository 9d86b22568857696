"""The whole wizard driven through the real main window, as a technician works it, against the sandbox.

Every test types and clicks on the pages' own widgets and on the window's Back and Next; nothing sets a
draft by hand. What matters is checked where it ends up: the ticket in the sandbox (``sandbox.admin``),
the requests the sandbox saw, and the draft the window saved to its store on disk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.domain.wizard import Step, WizardDraft
from app.gui.main_window import MainWindow
from app.gui.page import PageContext, SampleConnector, WizardPage
from app.gui.pages.live import LivePage
from app.gui.pages.login import LoginPage
from app.gui.pages.prerequisites import PrerequisitesPage
from app.gui.pages.price import PricePage
from app.gui.pages.products import ProductsPage
from app.gui.pages.ticket import TicketPage
from app.gui.pages.vehicle import VehiclePage
from app.gui.theme import DEFAULT_ACCENT, apply_theme
from app.gui.widgets.prerequisite_form import PrerequisiteField
from app.gui.widgets.product_list import ProductRow
from app.sandbox.runner import SandboxThread
from app.services.workbench import Workbench
from app.store.database import Database
from app.store.drafts import DraftStore, StoredDraft
from tests.api.conftest import requests_for
from tests.samples import BMW_PINCODE, BMW_UUID, GOLF_CONNECTOR_ID, GOLF_PINCODE, GOLF_UUID, GOLF_VIN

P = TypeVar("P", bound=WizardPage)

NBSP: Final = "\u00a0"
#: Generous for a loaded two-core machine; a passing run waits far less.
WAIT_MS: Final = 15_000

#: Remote diagnostic support (EUR 59.00) asks yes/no (1), a number (8, optional) and text (20).
SUPPORT: Final = (52322, "Remote diagnostic support")
#: Tow bar coding, OE retrofit (EUR 69.00 + EUR 12.50 fee) asks yes/no (1) and two choices (9, 10).
TOW_BAR: Final = (52312, "Tow bar coding (OE retrofit)")
#: Ambient lighting retrofit coding (EUR 59.00) asks nothing: the questions page is skipped.
AMBIENT: Final = (52403, "Ambient lighting retrofit coding")

BATTERY_CHARGER: Final = 1
ODOMETER: Final = 8
COMPLAINT: Final = 20
SOCKET_SIDE: Final = 9
TOW_BAR_TYPE: Final = 10
COMPLAINT_TEXT: Final = "Trailer lights dead after the retrofit, fault U1123 stored"
#: Typed with a decimal comma, as a Danish or German technician would: the ticket carries a point.
ODOMETER_TYPED: Final = "84250,5"
ANSWERS: Final = {
    BATTERY_CHARGER: "true",
    ODOMETER: "84250.5",
    COMPLAINT: COMPLAINT_TEXT,
    SOCKET_SIDE: "Left",
    TOW_BAR_TYPE: "Detachable",
}
REFERENCE: Final = "WO-2025-0412"
SUMMARY: Final = "Customer waits in the shop."


# ---------------------------------------------------------------------------------------- fixtures


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """The window's draft store, a real SQLite file in the test's own directory."""
    return tmp_path / "workbay.sqlite3"


@pytest.fixture
def earlier(sandbox: SandboxThread) -> set[int]:
    """The ids of the tickets in the sandbox's sample history (finished tickets of other cars)."""
    return {ticket["id"] for ticket in sandbox.admin.tickets()}


@pytest.fixture
def window(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: object,
    workbench: Workbench,
    store_path: Path,
    sandbox: SandboxThread,
) -> Iterator[MainWindow]:
    """The real window with the real pages, its draft store on disk, the sandbox ready as in a training
    session (no keyring, no remembered connectors)."""
    database = Database.open(store_path)
    shown = MainWindow(
        PageContext(workbench=workbench, sandbox=True), store=DraftStore(database), embedded=True
    )
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    samples = [
        SampleConnector(uuid=c["uuid"], pincode=c["pincode"], label=c["label"])
        for c in sandbox.admin.connectors()
    ]
    shown.server_ready(connectors=samples)
    yield shown
    database.close()
    # The login applied the service provider's colours to the whole application: later tests start plain.
    apply_theme(qapp, accent=DEFAULT_ACCENT, header="")


def saved_draft(store_path: Path) -> tuple[StoredDraft, WizardDraft]:
    """What a new start of the program would find in the store (read through its own connection)."""
    with Database.open(store_path) as database:
        stored = DraftStore(database).load()
    assert stored is not None, "the window saved no draft"
    return stored, WizardDraft.model_validate_json(stored.payload)


def new_tickets(sandbox: SandboxThread, earlier: set[int]) -> list[dict[str, Any]]:
    """The tickets the sandbox holds besides its sample history (``earlier``: their ids)."""
    return [ticket for ticket in sandbox.admin.tickets() if ticket["id"] not in earlier]


def posts_of(sandbox: SandboxThread, op: Op) -> list[dict[str, Any]]:
    return [entry for entry in requests_for(sandbox, op) if entry["method"] == "POST"]


# ---------------------------------------------------------------------------------------- the technician


class Technician:
    """Works the window with keys and clicks, and waits for what a person would see before going on."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window

    # --- looking -------------------------------------------------------------------------------------

    def page(self, kind: type[P]) -> P:
        """The page on show, which must be of ``kind``."""
        page = self.window.current_page
        assert isinstance(page, kind), f"{type(page).__name__} is on show, not {kind.__name__}"
        return page

    def idle(self) -> bool:
        """Nothing loads: neither the page nor the window's navigation."""
        return not self.window.current_page.busy and not self.window.tasks.running("navigate")

    def next_enabled(self) -> bool:
        """Whether the window's Next button can be pressed."""
        button = self.window.form.nextButton
        return button.isVisible() and button.isEnabled()

    def wait(self, check: Callable[[], object], timeout: int = WAIT_MS) -> None:
        """Wait until ``check()`` is truthy (events and the asyncio tasks run meanwhile)."""
        self.qtbot.waitUntil(lambda: bool(check()), timeout=timeout)

    def wait_for_step(self, step: Step) -> WizardPage:
        """Wait until ``step`` is on show and its page idle."""
        self.wait(lambda: self.window.current_page.step == step and self.idle())
        return self.window.current_page

    # --- acting --------------------------------------------------------------------------------------

    def click(self, widget: QWidget) -> None:
        """A left click in the middle of ``widget``."""
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def type_into(self, field: QLineEdit, text: str) -> None:
        """Replace what ``field`` holds, key by key."""
        field.setFocus()
        field.selectAll()
        QTest.keyClick(field, Qt.Key.Key_Backspace)
        QTest.keyClicks(field, text)

    def press_next(self, expected: Step) -> WizardPage:
        """Press the window's Next as soon as it can be pressed; wait for ``expected``."""
        self.wait(self.next_enabled)
        self.click(self.window.form.nextButton)
        return self.wait_for_step(expected)

    def press_back(self, expected: Step) -> WizardPage:
        """Press the window's Back; wait for ``expected``."""
        back = self.window.form.backButton
        self.wait(lambda: back.isVisible() and back.isEnabled())
        self.click(back)
        return self.wait_for_step(expected)

    # --- the pages -----------------------------------------------------------------------------------

    def log_in(self, uuid: str, pincode: str) -> VehiclePage:
        """Type the connector's UUID and pincode, press Log in; the vehicle page follows."""
        login = self.page(LoginPage)
        self.type_into(login.form.uuidEdit, uuid)
        self.type_into(login.form.pincodeEdit, pincode)
        self.click(login.form.loginButton)
        self.wait_for_step(Step.VEHICLE)
        return self.page(VehiclePage)

    def wait_for_car(self) -> VehiclePage:
        """The vehicle page with the car shown for the VIN in the field."""
        vehicle = self.page(VehiclePage)
        self.wait(lambda: vehicle.form.resultStack.currentWidget() is vehicle.form.carPage and self.idle())
        return vehicle

    def product_row(self, product_id: int, name: str) -> ProductRow:
        """Search the catalogue for ``name`` and wait for the product's row among the results."""
        products = self.page(ProductsPage)
        self.type_into(products.form.searchEdit, name)
        found: list[ProductRow] = []

        def shown() -> bool:
            row = products.form.productList.row(product_id)
            if row is None or not row.isVisible():
                return False
            found[:] = [row]
            return True

        self.wait(shown)
        assert found[0].product.name == name
        return found[0]

    def tick(self, product_id: int, name: str) -> None:
        """Find the product by searching and tick it."""
        products = self.page(ProductsPage)
        row = self.product_row(product_id, name)
        assert not row.chosen
        self.click(row.check)
        self.wait(lambda: product_id in products.draft.products.product_ids)

    def clear_search(self) -> None:
        """Empty the search field (the list shows the group browsed again)."""
        field = self.page(ProductsPage).form.searchEdit
        field.setFocus()
        field.selectAll()
        QTest.keyClick(field, Qt.Key.Key_Backspace)

    def field(self, definition_id: int) -> PrerequisiteField:
        """The card of one question on the questions page."""
        field = self.page(PrerequisitesPage).form.prerequisiteForm.field(definition_id)
        assert field is not None, f"question {definition_id} is not asked"
        return field

    def answer_questions(self) -> None:
        """Answer every question of Remote diagnostic support and Tow bar coding through its own input."""
        charger = self.field(BATTERY_CHARGER)
        assert charger.yes_button is not None
        self.click(charger.yes_button)
        for definition_id, text in ((ODOMETER, ODOMETER_TYPED), (COMPLAINT, COMPLAINT_TEXT)):
            edit = self.field(definition_id).line_edit
            assert edit is not None
            self.type_into(edit, text)
        for definition_id in (SOCKET_SIDE, TOW_BAR_TYPE):
            self.click(self.option(definition_id, ANSWERS[definition_id]))

    def option(self, definition_id: int, value: str) -> QAbstractButton:
        """The radio button of one option of a choice question."""
        field = self.field(definition_id)
        return next(radio for radio in field.radio_buttons if radio.text() == value)

    def enter_voucher(self, code: str) -> PricePage:
        """Type a voucher code (replacing the one there); the price follows by itself."""
        price = self.page(PricePage)
        self.type_into(price.form.voucherEdit, code)
        return price

    def wait_for_quote(self, voucher: str) -> PricePage:
        """Wait until the price page shows the quote for its products with ``voucher``."""
        price = self.page(PricePage)
        self.wait(
            lambda: (
                price.quote is not None
                and price.quote.voucher == voucher
                and price.draft.price.quoted_for == (price.draft.products.product_ids, voucher)
                and price.conditions is not None
                and self.idle()
            )
        )
        return price


def go_to_price_with(technician: Technician, product: tuple[int, str]) -> PricePage:
    """Log in with the Golf's connector, take its car, tick one product that asks nothing: the window goes
    from the products straight to the price."""
    technician.log_in(GOLF_UUID, GOLF_PINCODE)
    technician.wait_for_car()
    technician.press_next(Step.PRODUCTS)
    technician.tick(*product)
    technician.clear_search()
    technician.press_next(Step.PRICE)
    return technician.page(PricePage)


# ---------------------------------------------------------------------------------------- the tests


def test_the_whole_flow_orders_one_ticket_with_everything_chosen(
    qtbot: QtBot,
    window: MainWindow,
    sandbox: SandboxThread,
    store_path: Path,
    earlier: set[int],
    api: CustomerApi,
    run: Callable[..., Any],
) -> None:
    technician = Technician(qtbot, window)
    chrome = window.form

    # 1. Log in: the window moves on by itself.
    assert not chrome.nextButton.isEnabled()
    vehicle = technician.log_in(GOLF_UUID, GOLF_PINCODE)

    # 2. The connector's VIN is taken and resolved to the car, marked as read by the connector.
    technician.wait_for_car()
    assert vehicle.form.vinEdit.vin == GOLF_VIN
    assert vehicle.form.sourceChip.isVisible()
    assert vehicle.form.sourceChip.text() == "Read by the connector"
    assert vehicle.form.makeValue.text() == "Volkswagen"
    assert vehicle.form.modelGroupValue.text() == "Golf"
    assert vehicle.form.doipBadge.isVisible(), "the Golf needs DoIP, which this connector has"
    assert not vehicle.form.doipCard.isVisible()
    assert len(requests_for(sandbox, Op.VEHICLE_SEARCH)) == 1

    # 3. Two products that ask questions of all four kinds between them.
    products = technician.press_next(Step.PRODUCTS)
    assert isinstance(products, ProductsPage)
    assert not technician.next_enabled()
    assert chrome.nextHint.text() == "Choose at least one product."
    technician.tick(*SUPPORT)
    technician.tick(*TOW_BAR)
    technician.clear_search()
    assert list(products.form.selectedStrip.chips) == [SUPPORT[0], TOW_BAR[0]]

    # 4. The questions: Next stays off until every required one is answered.
    questions = technician.press_next(Step.PREREQUISITES)
    assert isinstance(questions, PrerequisitesPage)
    asked = {field.question.id: field.question for field in questions.form.prerequisiteForm.fields()}
    assert set(asked) == set(ANSWERS)
    assert {str(question.kind) for question in asked.values()} == {"boolean", "number", "string", "choice"}
    assert not asked[ODOMETER].required, "the odometer is asked, not required"
    assert not technician.next_enabled()
    assert chrome.nextHint.text() == "Answer the required questions."
    technician.answer_questions()
    technician.wait(technician.next_enabled)
    assert questions.form.statusLabel.text() == "All required questions are answered."

    # 5. The price with the voucher.
    price = technician.press_next(Step.PRICE)
    assert isinstance(price, PricePage)
    technician.wait_for_quote("")
    assert price.table.total_text.startswith(f"EUR{NBSP}140.50")
    technician.enter_voucher("WELCOME10")
    technician.wait_for_quote("WELCOME10")
    assert price.table.total_text.startswith(f"EUR{NBSP}127.70")
    assert price.form.voucherStatusLabel.property("role") == "success"
    assert "WELCOME10" in price.form.voucherStatusLabel.text()

    # 6. The ticket: the reference and the description typed, one click on Create.
    ticket_page = technician.press_next(Step.TICKET)
    assert isinstance(ticket_page, TicketPage)
    assert not chrome.nextButton.isVisible(), "the page's own Create button orders"
    assert ticket_page.form.totalLabel.text().startswith(f"EUR{NBSP}127.70")
    assert "Voucher WELCOME10" in ticket_page.form.extrasLabel.text()
    technician.type_into(ticket_page.form.referenceEdit, REFERENCE)
    ticket_page.form.summaryEdit.setFocus()
    QTest.keyClicks(ticket_page.form.summaryEdit, SUMMARY)
    technician.click(ticket_page.form.createButton)

    # 7. The live page shows the ticket.
    live = technician.wait_for_step(Step.LIVE)
    assert isinstance(live, LivePage)
    technician.wait(lambda: live.ticket_status is not None)

    created = new_tickets(sandbox, earlier)
    assert len(created) == 1
    record = created[0]
    assert live.form.headingLabel.text() == f"Ticket {record['id']}"
    assert record["state"] == TicketState.PENDING
    assert record["connector_id"] == GOLF_CONNECTOR_ID
    assert record["vin"] == GOLF_VIN
    assert record["product_ids"] == [SUPPORT[0], TOW_BAR[0]]
    sent = {(answer["definition_id"], answer["value"]) for answer in record["prerequisite_answers"]}
    assert sent == set(ANSWERS.items())
    assert record["voucher"] == "WELCOME10"
    assert record["reference"] == REFERENCE
    assert record["total"] == "127.70"
    messages = run(api.chat.messages(record["chat_id"]).all())
    assert ("technician", SUMMARY) in [(message.sender, message.content) for message in messages]

    stored, draft = saved_draft(store_path)
    assert stored.step == "live"
    assert draft.ticket.ticket_id == record["id"]
    posts = posts_of(sandbox, Op.CREATE_TICKET)
    assert [entry["idempotency_key"] for entry in posts] == [draft.ticket.idempotency_key]
    assert draft.ticket.reference == REFERENCE
    assert draft.price.voucher == "WELCOME10"
    assert not chrome.backButton.isVisible(), "a created ticket cannot be un-ordered"


def test_back_restores_the_choices_and_answers_and_asks_nothing_twice(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxThread
) -> None:
    technician = Technician(qtbot, window)
    technician.log_in(GOLF_UUID, GOLF_PINCODE)
    technician.wait_for_car()
    technician.press_next(Step.PRODUCTS)
    technician.tick(*SUPPORT)
    technician.tick(*TOW_BAR)
    technician.clear_search()
    technician.press_next(Step.PREREQUISITES)
    technician.answer_questions()
    technician.wait(technician.next_enabled)
    searches = len(requests_for(sandbox, Op.VEHICLE_SEARCH))
    fetched = len(requests_for(sandbox, Op.PREREQUISITES))
    groups = len(requests_for(sandbox, Op.PRODUCT_GROUPS))
    assert (searches, fetched) == (1, 1)

    # Back to the products: both still ticked.
    products = technician.press_back(Step.PRODUCTS)
    assert isinstance(products, ProductsPage)
    strip = products.form.selectedStrip
    assert list(strip.chips) == [SUPPORT[0], TOW_BAR[0]]
    assert [strip.chips[pid].text() for pid in strip.chips] == [SUPPORT[1], TOW_BAR[1]]
    assert strip.title_label.text() == "Selected (2)"
    assert technician.product_row(*SUPPORT).chosen
    assert technician.product_row(*TOW_BAR).chosen
    technician.clear_search()

    # Back to the car: the VIN and the car as they were, without looking the VIN up again.
    vehicle = technician.press_back(Step.VEHICLE)
    assert isinstance(vehicle, VehiclePage)
    technician.wait_for_car()
    assert vehicle.form.vinEdit.vin == GOLF_VIN
    assert vehicle.form.sourceChip.text() == "Read by the connector"
    assert vehicle.form.makeValue.text() == "Volkswagen"
    assert len(requests_for(sandbox, Op.VEHICLE_SEARCH)) == searches

    # Forward again: the same choice, the same answers, neither the catalogue nor the questions fetched again.
    products = technician.press_next(Step.PRODUCTS)
    assert isinstance(products, ProductsPage)
    assert list(products.form.selectedStrip.chips) == [SUPPORT[0], TOW_BAR[0]]
    questions = technician.press_next(Step.PREREQUISITES)
    assert isinstance(questions, PrerequisitesPage)
    charger = technician.field(BATTERY_CHARGER)
    assert charger.yes_button is not None
    assert charger.yes_button.isChecked()
    complaint = technician.field(COMPLAINT).line_edit
    odometer = technician.field(ODOMETER).line_edit
    assert complaint is not None
    assert odometer is not None
    assert complaint.text() == COMPLAINT_TEXT
    assert odometer.text() == ODOMETER_TYPED
    assert technician.option(SOCKET_SIDE, "Left").isChecked()
    assert technician.option(TOW_BAR_TYPE, "Detachable").isChecked()
    assert technician.next_enabled(), "nothing to answer again"
    assert len(requests_for(sandbox, Op.PREREQUISITES)) == fetched
    assert len(requests_for(sandbox, Op.PRODUCT_GROUPS)) == groups
    assert len(requests_for(sandbox, Op.VEHICLE_SEARCH)) == searches

    # A smaller choice keeps the answers its questions share: the tow bar's are no longer asked.
    technician.press_back(Step.PRODUCTS)
    chip = products.form.selectedStrip.chips[TOW_BAR[0]]
    technician.click(chip)
    technician.wait(lambda: products.draft.products.product_ids == (SUPPORT[0],))
    questions = technician.press_next(Step.PREREQUISITES)
    assert isinstance(questions, PrerequisitesPage)
    shown = {field.question.id for field in questions.form.prerequisiteForm.fields()}
    assert shown == {BATTERY_CHARGER, ODOMETER, COMPLAINT}
    assert technician.next_enabled(), "the answers given before still count"
    assert len(requests_for(sandbox, Op.PREREQUISITES)) == fetched + 1, "a new choice, asked once"


def test_a_late_answer_for_an_older_voucher_never_replaces_the_newer_price(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxThread
) -> None:
    technician = Technician(qtbot, window)
    price = go_to_price_with(technician, AMBIENT)
    assert window.controller.back_target() == Step.PRODUCTS, "Back skips the questions page it skipped"
    technician.wait_for_quote("")
    assert price.table.total_text.startswith(f"EUR{NBSP}59.00")
    before = len(posts_of(sandbox, Op.CALCULATE_PRICES))

    # The next calculation (the first voucher's) takes five seconds to answer: long enough, even on a loaded
    # two-core machine, for the newer voucher's price to arrive first.
    sandbox.admin.add_fault(
        path="/v1/cart/calculate-prices", method="POST", kind="latency", delay=5.0, times=1
    )
    technician.enter_voucher("WELCOME10")
    technician.wait(lambda: len(posts_of(sandbox, Op.CALCULATE_PRICES)) == before + 1)
    assert sandbox.admin.faults() == [], "the first voucher's calculation is the slow one"
    assert not technician.next_enabled(), "the price for this voucher is not in yet"
    technician.enter_voucher("SPRING25")
    technician.wait_for_quote("SPRING25")
    slow = posts_of(sandbox, Op.CALCULATE_PRICES)[before]
    assert slow["status"] is None, "the older answer is still on its way"

    def both_answered() -> bool:
        sent = posts_of(sandbox, Op.CALCULATE_PRICES)[before:]
        return len(sent) == 2 and all(entry["status"] is not None for entry in sent)

    technician.wait(both_answered)
    qtbot.wait(150)  # the old answer, had the window still waited for it, would land now on loopback
    assert price.quote is not None
    assert price.quote.voucher_code == "SPRING25"
    assert price.table.total_text.startswith(f"EUR{NBSP}34.00")
    assert window.controller.draft.price.quoted_for == ((AMBIENT[0],), "SPRING25")
    assert window.controller.draft.price.total_text == price.table.total_text
    assert technician.next_enabled()


def test_a_double_click_on_create_makes_one_ticket(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxThread, store_path: Path, earlier: set[int]
) -> None:
    technician = Technician(qtbot, window)
    go_to_price_with(technician, AMBIENT)
    technician.wait_for_quote("")
    ticket_page = technician.press_next(Step.TICKET)
    assert isinstance(ticket_page, TicketPage)
    create = ticket_page.form.createButton
    clicks: list[bool] = []
    create.clicked.connect(lambda *_: clicks.append(True))

    # A double click as Qt 6 reports a real one: two presses and releases within the double-click interval
    # (QTest.mouseDClick alone sends no press that a button counts), faster than any answer can come.
    technician.click(create)
    technician.click(create)
    assert clicks, "the click reached the button"
    live = technician.wait_for_step(Step.LIVE)
    assert isinstance(live, LivePage)
    technician.wait(lambda: live.ticket_status is not None)

    created = new_tickets(sandbox, earlier)
    assert len(created) == 1
    assert created[0]["product_ids"] == [AMBIENT[0]]
    assert len(posts_of(sandbox, Op.CREATE_TICKET)) == 1
    _stored, draft = saved_draft(store_path)
    assert draft.ticket.ticket_id == created[0]["id"]


def test_a_car_that_needs_doip_is_blocked_for_a_connector_without_it(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxThread, store_path: Path
) -> None:
    technician = Technician(qtbot, window)
    vehicle = technician.log_in(BMW_UUID, BMW_PINCODE)
    technician.wait_for_car()
    form = vehicle.form
    assert form.makeValue.text() == "BMW"
    assert form.doipBadge.isVisible()
    assert form.doipCard.isVisible()
    assert form.doipHeading.text() == "This car needs a DoIP connector"
    assert "does not support DoIP" in form.doipText.text()
    chrome = window.form
    assert not chrome.nextButton.isEnabled()
    assert chrome.nextHint.text() == "This car needs a DoIP connector."

    # Neither the button nor the keyboard gets past it.
    technician.click(chrome.nextButton)
    QTest.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert technician.idle()
    assert window.current_page is vehicle
    stored, draft = saved_draft(store_path)
    assert stored.step == "vehicle"
    assert draft.vehicle.vehicle is not None
    assert draft.vehicle.vehicle.requires_doip
    assert not draft.login.supports_doip
    assert requests_for(sandbox, Op.PRODUCT_GROUPS) == []
