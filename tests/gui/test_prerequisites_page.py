"""The prerequisites page against the sandbox: the form of all four kinds, completeness, restore, skip."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.domain.wizard import (
    LoginState,
    PrerequisiteKind,
    ProductChoice,
    ProductsState,
    Step,
    VehicleState,
    WizardDraft,
    missing_answers,
    next_step,
    with_products,
)
from app.gui.page import PageContext
from app.gui.pages.prerequisites import PrerequisitesPage
from app.gui.pages.products import ProductsPage
from app.gui.widgets.prerequisite_form import MAX_RADIO_OPTIONS, PrerequisiteField, normalize_number
from app.sandbox.runner import SandboxThread
from app.services.workbench import Workbench
from tests.samples import GOLF
from tests.samples import GOLF_UUID as GOLF_CONNECTOR

#: Asks a text (complaint), a yes/no (battery charger) and an optional number (odometer).
SUPPORT = ProductChoice(id=52322, name="Remote diagnostic support")
#: Asks two required choices of three options and an optional one of two.
TOW_BAR = ProductChoice(id=52311, name="Tow bar coding (aftermarket)")
#: Asks a required number (keys present).
REMOTE_SYNC = ProductChoice(id=52334, name="Remote control key synchronisation")
#: Asks an optional choice of five options (a drop-down list).
CAMERA_DYNAMIC = ProductChoice(id=52342, name="Front camera calibration (dynamic)")
PARKING_AID = ProductChoice(id=52318, name="Parking aid retrofit coding")
BATTERY_CHARGER, KEYS_PRESENT, ODOMETER = 1, 5, 8
TOW_BAR_SIDE, TOW_BAR_TYPE, TOW_BAR_PINS = 9, 10, 11
COMPLAINT, CALIBRATION_REASON = 20, 21


@pytest.fixture
def workbench(api: CustomerApi, run: Callable[..., Any]) -> Workbench:
    """A workbench logged in with the Golf's connector."""
    run(api.auth.login_pincode(GOLF_CONNECTOR, "4711"))
    return Workbench(api)


def make_page(qtbot: QtBot, workbench: Workbench) -> PrerequisitesPage:
    page = PrerequisitesPage(PageContext(workbench=workbench, sandbox=True))
    page.resize(1024, 620)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, workbench: Workbench) -> PrerequisitesPage:
    return make_page(qtbot, workbench)


def draft_for(*products: ProductChoice) -> WizardDraft:
    draft = WizardDraft(
        step=Step.PREREQUISITES,
        login=LoginState(connector_uuid=GOLF_CONNECTOR, connector_id=910000101, supports_doip=True),
        vehicle=VehicleState(vin="WVWZZZCDZMW072915", vin_source="connector", vin_valid=True, vehicle=GOLF),
    )
    return with_products(draft, ProductsState(products=products))


def entered(qtbot: QtBot, page: PrerequisitesPage, draft: WizardDraft) -> None:
    """Enter like the window does: every emitted draft is saved and handed back."""

    def save(new: object) -> None:
        assert isinstance(new, WizardDraft)
        page.update_draft(new)

    page.sig_draft_changed.connect(save)
    page.enter(draft)
    qtbot.waitUntil(lambda: page.draft.prerequisites.specs is not None and not page.busy, timeout=10_000)


def field(page: PrerequisitesPage, definition_id: int) -> PrerequisiteField:
    found = page.form.prerequisiteForm.field(definition_id)
    assert found is not None, definition_id
    return found


def valid(page: PrerequisitesPage) -> bool:
    """Read through a function: mypy would otherwise take a value asserted once for settled."""
    return page.valid


def edit_of(card: PrerequisiteField) -> QLineEdit:
    assert card.line_edit is not None
    return card.line_edit


def test_one_form_with_all_four_kinds(qtbot: QtBot, page: PrerequisitesPage) -> None:
    entered(qtbot, page, draft_for(SUPPORT, TOW_BAR))
    specs = page.draft.prerequisites.specs
    assert specs is not None
    assert {spec.kind for spec in specs} == set(PrerequisiteKind)
    assert page.draft.prerequisites.for_products == (SUPPORT.id, TOW_BAR.id)
    ids = [card.question.id for card in page.form.prerequisiteForm.fields()]
    assert ids == [spec.id for spec in specs]

    charger = field(page, BATTERY_CHARGER)
    assert charger.question_label.text() == "Is a battery charger connected (min. 13.2 V)?"
    assert "damage a control unit" in charger.description_label.text()
    assert charger.marker_label.text() == "Required"
    assert charger.yes_button is not None
    assert charger.no_button is not None
    # No default answer: neither button is pressed.
    assert not charger.yes_button.isChecked()
    assert not charger.no_button.isChecked()
    assert charger.yes_button.text() == "Yes"

    complaint = field(page, COMPLAINT)
    assert edit_of(complaint).validator() is None

    odometer = field(page, ODOMETER)
    assert odometer.marker_label.text() == "Optional"
    assert edit_of(odometer).validator() is not None

    side = field(page, TOW_BAR_SIDE)
    assert [radio.text() for radio in side.radio_buttons] == ["Left", "Right", "Centre"]
    assert not any(radio.isChecked() for radio in side.radio_buttons)
    assert side.combo is None

    # Four required questions unanswered: the page says so and marks them.
    assert not valid(page)
    assert page.form.statusLabel.text() == "4 required answers missing"
    assert page.form.showMissingButton.isVisibleTo(page)
    assert charger.problem == "Required: not answered yet."
    assert odometer.problem == ""


def test_next_only_when_every_required_answer_is_given(qtbot: QtBot, page: PrerequisitesPage) -> None:
    entered(qtbot, page, draft_for(SUPPORT, TOW_BAR))
    charger = field(page, BATTERY_CHARGER)
    assert charger.no_button is not None
    QTest.mouseClick(charger.no_button, Qt.MouseButton.LeftButton)
    assert page.draft.prerequisites.answer(BATTERY_CHARGER) == "false"
    assert charger.problem == ""
    assert page.form.statusLabel.text() == "3 required answers missing"
    QTest.keyClicks(edit_of(field(page, COMPLAINT)), "MIL on after cold start")
    assert page.draft.prerequisites.answer(COMPLAINT) == "MIL on after cold start"
    QTest.mouseClick(field(page, TOW_BAR_SIDE).radio_buttons[1], Qt.MouseButton.LeftButton)
    assert page.draft.prerequisites.answer(TOW_BAR_SIDE) == "Right"
    assert not valid(page)
    assert page.form.statusLabel.text() == "1 required answer missing"
    QTest.mouseClick(field(page, TOW_BAR_TYPE).radio_buttons[0], Qt.MouseButton.LeftButton)
    assert valid(page)
    assert missing_answers(page.draft.prerequisites) == ()
    assert page.form.statusLabel.text() == "All required questions are answered."
    assert not page.form.showMissingButton.isVisibleTo(page)
    assert next_step(page.draft) == Step.PRICE
    # Changing one's mind: yes instead of no.
    assert charger.yes_button is not None
    QTest.mouseClick(charger.yes_button, Qt.MouseButton.LeftButton)
    assert page.draft.prerequisites.answer(BATTERY_CHARGER) == "true"
    assert not charger.no_button.isChecked()
    # Clearing a required text makes the page incomplete again.
    edit_of(field(page, COMPLAINT)).clear()
    QTest.keyClick(edit_of(field(page, COMPLAINT)), Qt.Key.Key_Space)
    QTest.keyClick(edit_of(field(page, COMPLAINT)), Qt.Key.Key_Backspace)
    assert page.draft.prerequisites.answer(COMPLAINT) is None
    assert not valid(page)


def test_numbers_take_a_comma_and_refuse_letters(qtbot: QtBot, page: PrerequisitesPage) -> None:
    entered(qtbot, page, draft_for(REMOTE_SYNC, SUPPORT))
    keys = edit_of(field(page, KEYS_PRESENT))
    QTest.keyClicks(keys, "abc")
    # The validator refuses what is no number: nothing was typed, nothing answered.
    assert keys.text() == ""
    assert page.draft.prerequisites.answer(KEYS_PRESENT) is None
    QTest.keyClicks(keys, "-")
    assert page.draft.prerequisites.answer(KEYS_PRESENT) == "-"
    assert field(page, KEYS_PRESENT).problem == "Enter a number, for example 12 or 12,5."
    assert field(page, KEYS_PRESENT).problem_label.property("role") == "error"
    assert "1 answer is not valid" in page.form.statusLabel.text()
    keys.clear()
    QTest.keyClicks(keys, "2,5")
    assert keys.text() == "2,5"
    assert page.draft.prerequisites.answer(KEYS_PRESENT) == "2.5"
    assert field(page, KEYS_PRESENT).problem == ""
    odometer = edit_of(field(page, ODOMETER))
    QTest.keyClicks(odometer, "123456.")
    assert page.draft.prerequisites.answer(ODOMETER) == "123456"
    QTest.keyClicks(odometer, "7x")
    assert odometer.text() == "123456.7"
    assert page.draft.prerequisites.answer(ODOMETER) == "123456.7"


def test_many_options_become_a_drop_down_list(qtbot: QtBot, page: PrerequisitesPage) -> None:
    entered(qtbot, page, draft_for(CAMERA_DYNAMIC))
    reason = field(page, CALIBRATION_REASON)
    assert len(reason.question.options) > MAX_RADIO_OPTIONS
    assert reason.radio_buttons == []
    combo = reason.combo
    assert combo is not None
    assert combo.currentIndex() == -1
    assert combo.count() == 5
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert page.draft.prerequisites.answer(CALIBRATION_REASON) == "Windscreen replaced"
    QTest.keyClick(combo, Qt.Key.Key_Down)
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert page.draft.prerequisites.answer(CALIBRATION_REASON) == "Wheel alignment"


def test_answers_stay_in_the_draft_and_come_back_on_enter(
    qtbot: QtBot, page: PrerequisitesPage, workbench: Workbench, sandbox: SandboxThread
) -> None:
    entered(qtbot, page, draft_for(SUPPORT, TOW_BAR, REMOTE_SYNC))
    charger = field(page, BATTERY_CHARGER)
    assert charger.yes_button is not None
    QTest.mouseClick(charger.yes_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(edit_of(field(page, COMPLAINT)), "Noise")
    QTest.keyClicks(edit_of(field(page, KEYS_PRESENT)), "3")
    QTest.mouseClick(field(page, TOW_BAR_SIDE).radio_buttons[2], Qt.MouseButton.LeftButton)
    saved = page.draft
    page.leave()
    # Back to the products page and forth again: a new page shows the same answers, asking nothing.
    sandbox.admin.clear_requests()
    again = make_page(qtbot, workbench)
    entered(qtbot, again, saved)
    assert sandbox.admin.requests("/v1/product-prerequisites") == []
    charger = field(again, BATTERY_CHARGER)
    assert charger.yes_button is not None
    assert charger.yes_button.isChecked()
    assert edit_of(field(again, COMPLAINT)).text() == "Noise"
    assert edit_of(field(again, KEYS_PRESENT)).text() == "3"
    assert [radio.isChecked() for radio in field(again, TOW_BAR_SIDE).radio_buttons] == [False, False, True]
    assert again.form.statusLabel.text() == "1 required answer missing"


def test_after_a_restart_the_saved_questions_show_at_once(
    qtbot: QtBot, api: CustomerApi, workbench: Workbench, run: Callable[..., Any], sandbox: SandboxThread
) -> None:
    first = make_page(qtbot, workbench)
    entered(qtbot, first, draft_for(SUPPORT))
    QTest.keyClicks(edit_of(field(first, COMPLAINT)), "Starts badly")
    saved = WizardDraft.model_validate_json(first.draft.model_dump_json())
    # A new program: nothing kept in memory, the server slow to answer.
    sandbox.admin.add_fault(path="/v1/product-prerequisites", kind="latency", delay=0.5, times=1)
    restarted = make_page(qtbot, Workbench(api))
    restarted.sig_draft_changed.connect(restarted.update_draft)
    restarted.enter(saved)
    complaint = field(restarted, COMPLAINT)
    assert edit_of(complaint).text() == "Starts badly"
    assert complaint.question_label.text() == "Describe the complaint: what happens, when, and since when?"
    assert not restarted.busy
    assert restarted.form.statusLabel.text() == "1 required answer missing"
    # The server's wording (the description) follows, without replacing the field being typed in.
    qtbot.waitUntil(lambda: complaint.description_label.text() != "", timeout=10_000)
    assert field(restarted, COMPLAINT) is complaint
    assert "operator prepares the session" in complaint.description_label.text()


def test_products_without_questions_are_skipped(
    qtbot: QtBot, page: PrerequisitesPage, workbench: Workbench, run: Callable[..., Any]
) -> None:
    products = ProductsPage(PageContext(workbench=workbench, sandbox=True))
    qtbot.addWidget(products)
    products.sig_draft_changed.connect(products.update_draft)
    products.enter(draft_for(PARKING_AID).at(Step.PRODUCTS))
    assert run(products.before_next())
    assert products.draft.prerequisites.specs == ()
    assert next_step(products.draft) == Step.PRICE
    # Should the page be shown all the same (a saved draft), it says so and lets the technician on.
    entered(qtbot, page, products.draft.at(Step.PREREQUISITES))
    assert page.form.prerequisiteForm.fields() == ()
    assert page.form.statusLabel.text() == "These services ask no questions. Press Next to see the price."
    assert valid(page)


def test_show_goes_to_the_first_missing_answer(qtbot: QtBot, page: PrerequisitesPage) -> None:
    entered(qtbot, page, draft_for(SUPPORT, TOW_BAR))
    page.activateWindow()
    charger = field(page, BATTERY_CHARGER)
    assert charger.yes_button is not None
    QTest.mouseClick(charger.yes_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(page.form.showMissingButton, Qt.MouseButton.LeftButton)
    first_missing = missing_answers(page.draft.prerequisites)[0]
    target = field(page, first_missing.id)
    focused = target.line_edit or (target.radio_buttons[0] if target.radio_buttons else None)
    assert focused is not None
    qtbot.waitUntil(focused.hasFocus, timeout=2000)


def test_a_failed_fetch_offers_retry(qtbot: QtBot, page: PrerequisitesPage, sandbox: SandboxThread) -> None:
    sandbox.admin.add_fault(path="/v1/product-prerequisites", kind="status", status=503, times=2)
    page.enter(draft_for(SUPPORT))
    qtbot.waitUntil(lambda: page.error != "", timeout=10_000)
    assert not valid(page)
    assert page.form.statusLabel.text() == "Fetching the questions for these services…"
    page.sig_draft_changed.connect(page.update_draft)
    QTest.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form.prerequisiteForm.fields() != (), timeout=10_000)
    assert page.error == ""


@pytest.mark.parametrize(
    ("typed", "sent"),
    [("12", "12"), ("12,5", "12.5"), ("12.", "12"), (",5", "0.5"), ("-,5", "-0.5"), (" 7 ", "7"), ("-", "-")],
)
def test_numbers_are_sent_with_a_dot(typed: str, sent: str) -> None:
    assert normalize_number(typed) == sent
