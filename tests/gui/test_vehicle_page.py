"""The vehicle page against the sandbox, driven through its widgets: the connector's VIN, typing and
scanning, validation, the debounced and latest-wins lookup, the manual cascade, the DoIP block, prepared
and earlier tickets, failures with Retry, and restoring from a draft."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.domain.vin import check_digit_ok, with_check_digit
from app.domain.wizard import Blocker, LoginState, Step, WizardDraft, blockers
from app.gui.history import HistoryDialog
from app.gui.messages import failure_text
from app.gui.page import PageContext
from app.gui.pages.vehicle import VehiclePage
from app.gui.widgets.filter_list import FilterList
from app.gui.widgets.vin_field import VinField
from app.sandbox.catalogue import index_of, resolve_vin
from app.sandbox.runner import SandboxThread
from app.services.errors import Failure, ServiceError
from tests.samples import BMW_UUID, GOLF7_VIN
from tests.samples import GOLF_UUID as DOIP_UUID
from tests.samples import GOLF_VIN as GOLF8_VIN

NO_VIN_UUID = "e63cee55-309c-5287-8d66-a1375f02e5ba"  # no DoIP, read no VIN
AUDI_VIN = "WAUZZZ8V5EA123456"  # Audi A3 8V, no DoIP
SEARCH = "/v1/vehicles/search"


def gets(sandbox: SandboxThread, path: str) -> list[dict[str, Any]]:
    return [entry for entry in sandbox.admin.requests(path) if entry["method"] == "GET"]


def shown(widget: QWidget) -> bool:
    """Whether the widget is shown within its page, whatever the test window's state."""
    return widget.isVisibleTo(widget.window())


def click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def type_vin(page: VehiclePage, text: str, *, enter: bool = False) -> None:
    field = page.form.vinEdit
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    if enter:
        QTest.keyClick(field, Qt.Key.Key_Return)


def click_entry(qtbot: QtBot, entries: FilterList, text: str) -> None:
    """Tap the shown entry with this text."""
    index = entries.shown_index(text)
    assert index is not None, f"{text!r} is not shown in {entries.visible_texts()}"
    entries.view.scrollTo(index)
    rect = entries.view.visualRect(index)
    QTest.mouseClick(
        entries.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )


def unknown_vin(sandbox: SandboxThread) -> str:
    for wmi in ("LZZ", "9BD", "KNA", "JHM", "XTA", "MA3", "6T1"):
        vin = with_check_digit(f"{wmi}AB12C0N1234567")
        if resolve_vin(sandbox.catalogue, vin) is None:
            return vin
    pytest.fail("every candidate WMI is known to the sample catalogue")


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """Collect the test's closed qasync loop here, after ``qloop``'s teardown (this fixture is set up first).

    A closed qasync loop keeps the Qt timers of its cancelled ``call_later`` handles (every HTTP timeout)
    on a QObject until they fire. Left to the cyclic garbage collector, that QObject may be destroyed on
    the sandbox's server thread, which cannot stop Qt timers of the GUI thread: the next test then gets a
    timer event for a deleted object and the process crashes.
    """
    yield
    gc.collect()


@pytest.fixture
def open_page(
    qtbot: QtBot, context: PageContext, api: CustomerApi, run: Callable[..., Any], sandbox: SandboxThread
) -> Callable[..., VehiclePage]:
    """Log in with a sample connector and show the vehicle page on a fresh draft, as the window would."""

    def make(uuid: str, draft: WizardDraft | None = None) -> VehiclePage:
        connector = next(c for c in sandbox.admin.connectors() if c["uuid"] == uuid)
        run(api.auth.login_pincode(connector["uuid"], connector["pincode"]))
        found = run(api.connectors.get_by_uuid(uuid))
        login = LoginState(
            connector_uuid=found.uuid,
            connector_id=found.id,
            supports_doip=found.supports_doip,
            is_online=found.is_online,
            connector_vin=found.vin_number,
        )
        sandbox.admin.clear_requests()
        page = VehiclePage(context)
        qtbot.addWidget(page)
        page.resize(1024, 600)
        page.show()
        # The window keeps the draft and hands it back after saving it.
        page.sig_draft_changed.connect(page.update_draft)
        start = draft or WizardDraft(step=Step.VEHICLE)
        page.enter(start.model_copy(update={"login": login}))
        return page

    return make


def valid(page: VehiclePage) -> bool:
    """``page.valid`` read afresh (the checker would carry an earlier assertion's narrowing over)."""
    return page.valid


def in_cascade(page: VehiclePage) -> bool:
    return page.in_cascade


def prepared_id(page: VehiclePage) -> str | None:
    return page.draft.vehicle.prepared_ticket_id


def vin_source(page: VehiclePage) -> str:
    return page.draft.vehicle.vin_source


def car_shown(page: VehiclePage, make: str) -> bool:
    return page.form.resultStack.currentWidget() is page.form.carPage and page.form.makeValue.text() == make


# --- the connector's VIN -------------------------------------------------------------------------------


def test_the_connectors_vin_is_prefilled_marked_and_resolved(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    page = open_page(DOIP_UUID)

    assert page.form.vinEdit.text() == GOLF8_VIN
    assert shown(page.form.sourceChip)
    assert page.form.sourceChip.text() == "Read by the connector"
    qtbot.waitUntil(lambda: car_shown(page, "Volkswagen"), timeout=5000)
    vehicle = page.draft.vehicle
    assert vehicle.vin == GOLF8_VIN
    assert vehicle.vin_source == "connector"
    assert vehicle.vehicle is not None
    assert vehicle.vehicle.model_group_name == "Golf"
    assert page.form.modelGroupValue.text() == "Golf"
    assert page.form.variantValue.text() == vehicle.vehicle.variant_name
    assert shown(page.form.doipBadge)  # the Golf VIII needs DoIP; this connector has it
    assert not shown(page.form.doipCard)
    assert valid(page)
    assert len(gets(sandbox, SEARCH)) == 1


def test_editing_the_connectors_vin_makes_it_typed_and_a_fixed_typo_keeps_the_car(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    page = open_page(DOIP_UUID)
    qtbot.waitUntil(lambda: car_shown(page, "Volkswagen"), timeout=5000)
    car = page.draft.vehicle.vehicle
    field = page.form.vinEdit
    field.setFocus()
    field.end(False)

    QTest.keyClick(field, Qt.Key.Key_Backspace)
    assert vin_source(page) == "typed"
    assert not valid(page)
    assert not shown(page.form.sourceChip)
    assert shown(page.form.connectorVinButton)
    QTest.keyClicks(field, GOLF8_VIN[-1])
    qtbot.wait(600)  # longer than the lookup's pause

    assert page.draft.vehicle.vin == GOLF8_VIN
    assert page.draft.vehicle.vehicle == car
    assert car_shown(page, "Volkswagen")
    assert valid(page)
    assert len(gets(sandbox, SEARCH)) == 1  # the car already belonged to this VIN

    click(page.form.connectorVinButton)
    assert vin_source(page) == "connector"


# --- typing and scanning -------------------------------------------------------------------------------


def test_input_is_normalised_as_it_is_typed(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage]
) -> None:
    page = open_page(NO_VIN_UUID)

    type_vin(page, "wvw zzz-au")

    assert page.form.vinEdit.text() == "WVWZZZAU"
    assert page.form.vinCounter.text() == "8/17"
    assert page.draft.vehicle.vin == "WVWZZZAU"
    assert page.draft.vehicle.vin_source == "typed"
    assert page.form.vinMessage.text() == "Characters still to type: 9."
    assert page.form.vinMessage.property("role") == "hint"
    assert not valid(page)


def test_an_invalid_letter_is_shown_and_blocks(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    page = open_page(NO_VIN_UUID)

    type_vin(page, "WVWZZZCDZMWO72915")  # an O at position 12
    qtbot.wait(600)

    message = page.form.vinMessage
    assert shown(message)
    assert message.property("role") == "error"
    assert "Position 12" in message.text()
    assert "letter O" in message.text()
    assert page.form.vinEdit.property("state") == "error"
    assert page.draft.vehicle.vin_valid is False
    assert not valid(page)
    assert Blocker.NO_VEHICLE in blockers(page.draft, Step.VEHICLE)
    assert gets(sandbox, SEARCH) == []


def test_a_check_digit_warning_does_not_block(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage]
) -> None:
    assert not check_digit_ok(GOLF7_VIN)
    page = open_page(NO_VIN_UUID)

    type_vin(page, GOLF7_VIN)
    qtbot.waitUntil(lambda: car_shown(page, "Volkswagen"), timeout=5000)

    message = page.form.vinMessage
    assert message.property("role") == "warning"
    assert "check digit" in message.text()
    assert page.form.vinEdit.property("state") == "warning"
    assert page.draft.vehicle.vin_valid is True
    assert valid(page)


def test_fast_typing_sends_one_search(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    page = open_page(NO_VIN_UUID)

    type_vin(page, GOLF7_VIN)
    qtbot.waitUntil(lambda: car_shown(page, "Volkswagen"), timeout=5000)
    qtbot.waitUntil(lambda: not page.tasks.running("vehicle-earlier"), timeout=5000)

    searches = gets(sandbox, SEARCH)
    assert len(searches) == 1
    assert f"vin={GOLF7_VIN}" in searches[0]["query"]
    assert len(gets(sandbox, "/v1/prepared-tickets")) == 1
    assert len(gets(sandbox, "/v1/historical-tickets")) == 1


def test_a_scanner_read_is_unwrapped_and_marked_scanned(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage]
) -> None:
    page = open_page(NO_VIN_UUID)

    # A scanner set to send the AIM identifier (]C0: Code 128) "types" it before the VIN, then Enter.
    type_vin(page, "]C0" + GOLF7_VIN, enter=True)

    assert page.form.vinEdit.text() == GOLF7_VIN
    assert page.draft.vehicle.vin_source == "scanned"
    assert page.form.sourceChip.text() == "Scanned"
    qtbot.waitUntil(lambda: car_shown(page, "Volkswagen"), timeout=5000)


def test_the_vin_field_tells_typing_from_scanning(qtbot: QtBot, qloop: Any) -> None:
    field = VinField()
    qtbot.addWidget(field)
    field.show()
    entered: list[tuple[str, str]] = []
    field.sig_vin_entered.connect(lambda vin, source: entered.append((vin, source)))

    field.setFocus()
    for char in GOLF7_VIN[:10]:
        QTest.keyClicks(field, char)
        qtbot.wait(120)  # a person's pace
    QTest.keyClicks(field, GOLF7_VIN[10:])
    QTest.keyClick(field, Qt.Key.Key_Return)

    assert entered == [(GOLF7_VIN, "typed")]


# --- latest wins ---------------------------------------------------------------------------------------


def test_a_stale_answer_never_overwrites_the_newer_car(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    page = open_page(NO_VIN_UUID)
    sandbox.admin.add_fault(path=SEARCH, kind="latency", delay=0.8, times=1)

    type_vin(page, GOLF7_VIN, enter=True)
    qtbot.waitUntil(lambda: len(gets(sandbox, SEARCH)) == 1, timeout=5000)
    assert page.busy
    type_vin(page, AUDI_VIN, enter=True)
    qtbot.waitUntil(lambda: car_shown(page, "Audi"), timeout=5000)
    qtbot.wait(1000)  # the Golf's answer is due by now

    assert car_shown(page, "Audi")
    vehicle = page.draft.vehicle
    assert vehicle.vin == AUDI_VIN
    assert vehicle.vehicle is not None
    assert vehicle.vehicle.make_name == "Audi"
    assert valid(page)
    assert len(gets(sandbox, SEARCH)) == 2


# --- unknown VIN and the manual cascade ----------------------------------------------------------------


def test_an_unknown_vin_offers_the_cascade(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    page = open_page(NO_VIN_UUID)

    type_vin(page, unknown_vin(sandbox), enter=True)
    qtbot.waitUntil(lambda: "No car is known" in page.form.resultMessage.text(), timeout=5000)

    assert shown(page.form.chooseByHandButton)
    assert page.form.chooseByHandButton.property("primary") is True
    assert not shown(page.form.notThisCarButton)
    assert page.draft.vehicle.vehicle is None
    assert page.draft.vehicle.vin_valid
    assert not valid(page)
    click(page.form.chooseByHandButton)
    assert in_cascade(page)


def test_the_manual_cascade_by_filtering_and_tapping_sets_the_car(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    catalogue = sandbox.catalogue
    index = index_of(catalogue)
    target = resolve_vin(catalogue, GOLF7_VIN)
    assert target is not None
    model = index.model(target.model_id)
    assert model is not None
    page = open_page(NO_VIN_UUID)
    vin = unknown_vin(sandbox)
    type_vin(page, vin, enter=True)
    qtbot.waitUntil(lambda: shown(page.form.chooseByHandButton) and not page.busy, timeout=5000)
    click(page.form.chooseByHandButton)
    makes, groups, models, variants = page.cascade.lists

    qtbot.waitUntil(lambda: len(makes.keys()) == len(catalogue.makes), timeout=5000)
    QTest.keyClicks(makes.filter_edit, "volks")
    assert makes.visible_texts() == ["Volkswagen"]
    click_entry(qtbot, makes, "Volkswagen")
    qtbot.waitUntil(lambda: "Golf" in groups.visible_texts(), timeout=5000)
    QTest.keyClicks(groups.filter_edit, "GOL")
    click_entry(qtbot, groups, "Golf")
    qtbot.waitUntil(lambda: model.name in models.visible_texts(), timeout=5000)
    QTest.keyClicks(models.filter_edit, "5g1")  # the Golf VII's type code
    assert models.visible_texts() == [model.name]
    assert not page.cascade.form.useButton.isEnabled()
    click_entry(qtbot, models, model.name)
    expected = sorted(v.id for v in catalogue.variants if v.model_id == model.id)
    qtbot.waitUntil(lambda: sorted(variants.keys()) == expected, timeout=5000)  # type: ignore[type-var]
    click_entry(qtbot, variants, target.name)
    assert page.cascade.form.useButton.isEnabled()
    assert target.name in page.cascade.form.summaryLabel.text()
    click(page.cascade.form.useButton)

    assert not in_cascade(page)
    vehicle = page.draft.vehicle
    assert vehicle.manual is True
    assert vehicle.vin == vin
    assert vehicle.vehicle is not None
    assert (vehicle.vehicle.model_id, vehicle.vehicle.variant_id) == (model.id, target.id)
    assert car_shown(page, "Volkswagen")
    assert shown(page.form.manualBadge)
    assert valid(page)


def test_cancel_in_the_cascade_keeps_the_vin_and_the_car(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage]
) -> None:
    page = open_page(DOIP_UUID)
    qtbot.waitUntil(lambda: car_shown(page, "Volkswagen"), timeout=5000)
    before = page.draft

    click(page.form.notThisCarButton)
    assert in_cascade(page)
    assert not valid(page)
    variants = page.cascade.lists[3]
    # The current car is chosen again, so only the wrong part needs changing.
    car = before.vehicle.vehicle
    assert car is not None
    qtbot.waitUntil(lambda: variants.chosen_key == car.variant_id, timeout=5000)
    click(page.cascade.form.cancelButton)

    assert not in_cascade(page)
    assert page.draft == before
    assert page.form.vinEdit.text() == GOLF8_VIN
    assert valid(page)


# --- DoIP -----------------------------------------------------------------------------------------------


def test_a_doip_car_on_a_connector_without_doip_is_blocked(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage]
) -> None:
    page = open_page(BMW_UUID)
    qtbot.waitUntil(lambda: car_shown(page, "BMW"), timeout=5000)

    assert shown(page.form.doipCard)
    assert "does not support DoIP" in page.form.doipText.text()
    assert shown(page.form.doipBadge)
    assert Blocker.DOIP_REQUIRED in blockers(page.draft, Step.VEHICLE)
    assert not valid(page)
    assert not page.busy


# --- prepared and earlier tickets ----------------------------------------------------------------------


def test_a_prepared_ticket_is_offered_and_chosen_into_the_draft(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    page = open_page(DOIP_UUID)
    qtbot.waitUntil(lambda: len(page.prepared_buttons) == 2, timeout=5000)
    qtbot.waitUntil(lambda: page.form.earlierList.topLevelItemCount() > 0, timeout=5000)

    first = next(iter(page.prepared_buttons))
    click(page.prepared_buttons[first])
    assert prepared_id(page) == first
    assert page.prepared_buttons[first].isChecked()
    assert page.prepared_buttons[first].text() == "Don't use it"
    click(page.prepared_buttons[first])
    assert prepared_id(page) is None

    history = [t for t in sandbox.admin.tickets() if t["vin"] == GOLF8_VIN]
    assert page.form.earlierList.topLevelItemCount() == len(history)
    items = [page.form.earlierList.topLevelItem(i) for i in range(len(history))]
    assert {item.text(1) for item in items if item is not None} == {"Done"}
    assert valid(page)


def test_a_failed_side_list_never_holds_up_the_car(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path="/v1/historical-tickets", kind="status", status=503, times=2)
    page = open_page(DOIP_UUID)

    qtbot.waitUntil(lambda: shown(page.form.earlierRetryButton), timeout=5000)
    assert "could not be loaded" in page.form.earlierStatus.text()
    assert car_shown(page, "Volkswagen")
    assert valid(page)
    assert not page.error
    click(page.form.earlierRetryButton)
    qtbot.waitUntil(lambda: page.form.earlierList.topLevelItemCount() > 0, timeout=5000)
    assert not shown(page.form.earlierRetryButton)


def click_earlier_row(page: VehiclePage, row: int) -> int:
    """Click a row of the earlier tickets; the id of its ticket."""
    tree = page.form.earlierList
    item = tree.topLevelItem(row)
    assert item is not None
    rect = tree.visualItemRect(item)
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    ticket_id = item.data(0, Qt.ItemDataRole.UserRole)
    assert isinstance(ticket_id, int)
    return ticket_id


def history_of(page: VehiclePage) -> HistoryDialog | None:
    """The page's history dialog, read afresh (the checker would carry an earlier narrowing over)."""
    return page.history_dialog


def history_receipt_shown(page: VehiclePage, ticket_id: int) -> bool:
    dialog = page.history_dialog
    return (
        dialog is not None
        and dialog.isVisible()
        and dialog.shown_ticket_id == ticket_id
        and dialog.detail is not None
        and dialog.detail.row.id == ticket_id
    )


def test_a_click_on_an_earlier_ticket_opens_its_receipt_beside_the_page(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage]
) -> None:
    page = open_page(DOIP_UUID)
    qtbot.waitUntil(lambda: page.form.earlierList.topLevelItemCount() > 1, timeout=5000)
    assert history_of(page) is None

    newest = click_earlier_row(page, 0)
    qtbot.waitUntil(lambda: history_receipt_shown(page, newest), timeout=10_000)

    dialog = history_of(page)
    assert dialog is not None
    assert dialog.vin == GOLF8_VIN
    assert dialog.connector_id == page.draft.login.connector_id
    assert dialog.windowModality() == Qt.WindowModality.NonModal  # the page stays usable beside it
    assert dialog.form.detailHeading.text() == f"Ticket {newest}"
    # Another row while it is open: the same dialog turns to that ticket.
    older = click_earlier_row(page, 1)
    qtbot.waitUntil(lambda: history_receipt_shown(page, older), timeout=10_000)
    assert page.history_dialog is dialog
    # Its list loaded behind the receipt: Back shows the VIN's tickets with the one just seen current.
    qtbot.waitUntil(lambda: len(dialog.rows) == page.form.earlierList.topLevelItemCount(), timeout=10_000)
    click(dialog.form.backButton)
    current = dialog.form.ticketList.currentItem()
    assert current is not None
    assert current.data(0, Qt.ItemDataRole.UserRole) == older


def test_show_all_opens_the_history_of_the_vin_and_of_the_connector(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    page = open_page(DOIP_UUID)
    assert not shown(page.form.earlierShowAllButton)  # nothing to show all of yet
    qtbot.waitUntil(lambda: shown(page.form.earlierShowAllButton), timeout=5000)
    earlier = [
        item.data(0, Qt.ItemDataRole.UserRole)
        for item in (
            page.form.earlierList.topLevelItem(i) for i in range(page.form.earlierList.topLevelItemCount())
        )
        if item is not None
    ]

    click(page.form.earlierShowAllButton)
    dialog = page.history_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.rows) > 0, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.shown_ticket_id is None
    assert [row.id for row in dialog.rows] == earlier
    assert shown(dialog.form.scopeSwitch)

    click(dialog.form.connectorScopeButton)
    connector_id = page.draft.login.connector_id
    finished = [
        t["id"] for t in sandbox.admin.tickets() if t["connector_id"] == connector_id and t["state"] in (7, 8)
    ]
    qtbot.waitUntil(lambda: sorted(row.id for row in dialog.rows) == sorted(finished), timeout=10_000)

    # Closed, it is gone; Show all opens a fresh one.
    click(dialog.form.closeButton)
    assert history_of(page) is None
    click(page.form.earlierShowAllButton)
    again = history_of(page)
    assert again is not None
    assert again is not dialog


# --- failures and restoring ----------------------------------------------------------------------------


def test_a_failed_lookup_shows_a_sentence_and_retry_finds_the_car(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    page = open_page(NO_VIN_UUID)
    sandbox.admin.add_fault(path=SEARCH, kind="status", status=503, times=2)  # the client tries twice

    type_vin(page, GOLF7_VIN, enter=True)
    qtbot.waitUntil(lambda: bool(page.error), timeout=5000)

    assert page.error == failure_text(ServiceError(Failure.SERVER))
    assert page.banner.text == page.error
    assert "could not be looked up" in page.form.resultMessage.text()
    assert not valid(page)
    click(page.banner.action_button)
    qtbot.waitUntil(lambda: car_shown(page, "Volkswagen"), timeout=5000)
    assert not page.error
    assert valid(page)


def test_entering_again_restores_the_car_without_a_search(
    qtbot: QtBot, qloop: Any, open_page: Callable[..., VehiclePage], sandbox: SandboxThread
) -> None:
    first = open_page(DOIP_UUID)
    qtbot.waitUntil(lambda: car_shown(first, "Volkswagen") and len(first.prepared_buttons) == 2, timeout=5000)
    click(next(iter(first.prepared_buttons.values())))
    saved = WizardDraft.model_validate_json(first.draft.model_dump_json())
    first.leave()

    again = open_page(DOIP_UUID, saved)

    assert car_shown(again, "Volkswagen")
    assert again.form.vinEdit.text() == GOLF8_VIN
    assert valid(again)
    qtbot.waitUntil(lambda: len(again.prepared_buttons) == 2, timeout=5000)
    assert again.prepared_buttons[str(saved.vehicle.prepared_ticket_id)].isChecked()
    assert again.draft == saved
    assert gets(sandbox, SEARCH) == []
    assert len(gets(sandbox, "/v1/prepared-tickets")) == 1
