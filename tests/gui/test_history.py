"""The history dialog against the sandbox, driven through its widgets: the tickets of the VIN and of the
connector, a ticket's receipt with its lines, totals and notes as the sandbox has them, Back to the list
where it was, failures with Retry, opening straight at a ticket, and closing that stops the loads."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QTreeWidget, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.api.models import PrerequisiteAnswer, Price, PriceCalculation, PriceRequest, TicketCreate
from app.domain.ticket_state import TicketState
from app.gui.history import HistoryColumn, HistoryDialog, HistoryScope, ReceiptTotal
from app.gui.messages import failure_text
from app.gui.theme import apply_theme
from app.gui.widgets.ticket_status import state_text
from app.sandbox.runner import SandboxThread
from app.services.errors import Failure, ServiceError
from app.services.history import HistoryService
from tests.samples import GOLF, GOLF_CONNECTOR_ID, GOLF_VIN

FINAL = (int(TicketState.CLOSED), int(TicketState.CANCELLED))
LIST_PATH = "/v1/historical-tickets"
#: A well-formed VIN of a car the sample workshop never served.
UNSERVED_VIN = "WAUZZZ8V5EA123456"
NBSP = "\u00a0"

pytestmark = pytest.mark.usefixtures("themed")


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """Collect the test's closed qasync loop here, on the GUI thread (see test_vehicle_page.py)."""
    yield
    gc.collect()


@pytest.fixture
def service(logged_in: CustomerApi, sandbox: SandboxThread) -> HistoryService:
    """The history of the sample workshop, logged in with the Golf's connector (its wallet topped up, so
    that tests can order and close more tickets)."""
    sandbox.admin.set_wallet("10000.00")
    return HistoryService(logged_in)


@pytest.fixture
def open_dialog(qtbot: QtBot, service: HistoryService) -> Callable[..., HistoryDialog]:
    """Show a history dialog as the vehicle page would: for the Golf's VIN and connector by default."""

    def make(
        *,
        vin: str | None = GOLF_VIN,
        connector_id: int | None = GOLF_CONNECTOR_ID,
        ticket_id: int | None = None,
    ) -> HistoryDialog:
        dialog = HistoryDialog(service, vin=vin, connector_id=connector_id, ticket_id=ticket_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


# --- helpers ------------------------------------------------------------------------------------------


def shown(widget: QWidget) -> bool:
    """Whether the widget is shown within its dialog."""
    return widget.isVisibleTo(widget.window())


def click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    """Click the middle of a row's work cell, as a technician would."""
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )


def listed(dialog: HistoryDialog) -> list[int]:
    """The ticket ids in the list, top to bottom."""
    tree = dialog.form.ticketList
    items = [tree.topLevelItem(index) for index in range(tree.topLevelItemCount())]
    return [item.data(0, Qt.ItemDataRole.UserRole) for item in items if item is not None]


def list_ready(dialog: HistoryDialog) -> bool:
    return dialog.form.listStack.currentWidget() is dialog.form.listTablePage and bool(listed(dialog))


def receipt_ready(dialog: HistoryDialog, ticket_id: int) -> bool:
    form = dialog.form
    return (
        form.views.currentWidget() is form.detailView
        and form.detailStack.currentWidget() is form.detailContentPage
        and dialog.shown_ticket_id == ticket_id
    )


def newest_first(tickets: list[dict[str, Any]]) -> list[int]:
    """Finished tickets by the time they finished, then were ordered, the newest first."""

    def key(ticket: dict[str, Any]) -> tuple[datetime, datetime, int]:
        return (
            datetime.fromisoformat(ticket["finished_at"]),
            datetime.fromisoformat(ticket["created_at"]),
            ticket["id"],
        )

    return [ticket["id"] for ticket in sorted(tickets, key=key, reverse=True)]


def history_of(sandbox: SandboxThread, **match: Any) -> list[dict[str, Any]]:
    """The sandbox's finished tickets whose fields have these values."""
    return [
        ticket
        for ticket in sandbox.admin.tickets()
        if ticket["state"] in FINAL and all(ticket[field] == value for field, value in match.items())
    ]


def money(value: Decimal, currency: str) -> str:
    """An amount as the technician reads it in the test's C locale, e.g. ``EUR 1,234.50``."""
    sign = "\u2212" if value < 0 else ""
    return f"{sign}{currency}{NBSP}{abs(value):,.2f}"


def both(price: Price | None, *, negative: bool = False) -> str:
    """Both currencies of a wire price on one line, as the receipt shows them."""
    assert price is not None
    factor = -1 if negative else 1
    first = money(factor * price.value, price.currency)
    if price.localized_value is None or not price.localized_currency:
        return first
    return f"{first} \u00b7 {money(factor * price.localized_value, price.localized_currency)}"


def order(
    api: CustomerApi,
    run: Callable[..., Any],
    *,
    product_ids: tuple[int, ...] | None = None,
    voucher: str | None = None,
    reference: str = "Job 77",
) -> tuple[int, PriceRequest]:
    """Order work for the Golf through its connector (the questions answered); the ticket's id and the
    price request that prices the same order."""

    async def place() -> tuple[int, PriceRequest]:
        offered = await api.products.list(GOLF.model_id, GOLF.variant_id).all()
        picks = product_ids or (next(p.id for p in offered if not p.is_unattended),)
        questions = await api.products.prerequisites(GOLF.model_id, GOLF.variant_id, picks).all()
        answers = []
        for question in questions:
            if not question.required:
                continue
            value = {"boolean": "true", "number": "4"}.get(question.type, "A1")
            if question.type == "choice" and question.options:
                value = question.options[0].value
            answers.append(PrerequisiteAnswer(definition_id=question.id, value=value))
        ticket = await api.tickets.create(
            TicketCreate(
                vin=GOLF_VIN,
                vehicle_model_id=GOLF.model_id,
                vehicle_model_variant_id=GOLF.variant_id,
                connector_id=GOLF_CONNECTOR_ID,
                product_ids=picks,
                product_prerequisites=tuple(answers),
                voucher=voucher,
                reference=reference,
            )
        )
        request = PriceRequest(
            vehicle_model_id=GOLF.model_id,
            vehicle_model_variant_id=GOLF.variant_id,
            product_ids=picks,
            voucher=voucher,
            vin=GOLF_VIN,
        )
        return ticket.id, request

    result: tuple[int, PriceRequest] = run(place())
    return result


def closed_tickets(
    api: CustomerApi, run: Callable[..., Any], sandbox: SandboxThread, count: int
) -> list[int]:
    """Order and close ``count`` tickets for the Golf, one after the other (a connector has one open)."""
    made = []
    for number in range(count):
        ticket_id, _ = order(api, run, reference=f"Visit {number + 1}")
        sandbox.admin.set_ticket_state(ticket_id, int(TicketState.CLOSED))
        made.append(ticket_id)
    return made


# --- the list -----------------------------------------------------------------------------------------


def test_the_vehicles_tickets_are_listed_newest_first_with_state_work_total_and_reference(
    qtbot: QtBot,
    qloop: Any,
    logged_in: CustomerApi,
    run: Callable[..., Any],
    sandbox: SandboxThread,
    open_dialog: Callable[..., HistoryDialog],
) -> None:
    cancelled, _ = order(logged_in, run, reference="Customer left")
    sandbox.admin.set_ticket_state(cancelled, int(TicketState.CANCELLED), reason="The customer took the car")
    expected = history_of(sandbox, vin=GOLF_VIN)
    assert len(expected) >= 3

    dialog = open_dialog()
    qtbot.waitUntil(lambda: list_ready(dialog), timeout=10_000)

    form = dialog.form
    assert dialog.scope == HistoryScope.VEHICLE
    assert not dialog.isModal()
    assert dialog.windowModality() == Qt.WindowModality.NonModal
    assert shown(form.scopeSwitch)
    assert form.vehicleScopeButton.isChecked()
    assert not form.connectorScopeButton.isChecked()
    assert form.ticketList.isColumnHidden(HistoryColumn.VEHICLE)  # one car: no column saying it each time
    assert GOLF_VIN in form.listSubtitle.text().replace(NBSP, " ")
    assert listed(dialog) == newest_first(expected)
    by_id = {ticket["id"]: ticket for ticket in expected}
    tree = form.ticketList
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None
        ticket = by_id[item.data(0, Qt.ItemDataRole.UserRole)]
        assert item.text(HistoryColumn.STATE) == state_text(ticket["state"])
        assert item.text(HistoryColumn.REFERENCE) == ticket["reference"]
        assert money(Decimal(str(ticket["total"])), "EUR") in item.text(HistoryColumn.TOTAL)
        assert item.text(HistoryColumn.WORK)
    cancelled_item = dialog.item(cancelled)
    assert cancelled_item is not None
    assert cancelled_item.text(HistoryColumn.STATE) == state_text(TicketState.CANCELLED)
    assert shown(form.listStatus)


def test_this_connector_lists_its_tickets_for_any_car_and_the_vehicle_comes_back_without_a_request(
    qtbot: QtBot,
    qloop: Any,
    logged_in: CustomerApi,
    run: Callable[..., Any],
    sandbox: SandboxThread,
    open_dialog: Callable[..., HistoryDialog],
) -> None:
    # The sample connector served another car before; now it has served the Golf VIII too.
    closed_tickets(logged_in, run, sandbox, 1)
    dialog = open_dialog()
    qtbot.waitUntil(lambda: list_ready(dialog), timeout=10_000)
    vehicle_ids = listed(dialog)
    expected = newest_first(history_of(sandbox, connector_id=GOLF_CONNECTOR_ID))
    assert expected
    assert expected != vehicle_ids  # the connector served other cars too

    click(dialog.form.connectorScopeButton)
    qtbot.waitUntil(lambda: list_ready(dialog) and listed(dialog) == expected, timeout=10_000)

    form = dialog.form
    assert dialog.scope == HistoryScope.CONNECTOR
    assert form.connectorScopeButton.isChecked()
    assert not form.vehicleScopeButton.isChecked()
    assert not form.ticketList.isColumnHidden(HistoryColumn.VEHICLE)
    vins = {ticket["vin"] for ticket in history_of(sandbox, connector_id=GOLF_CONNECTOR_ID)}
    assert len(vins) > 1
    first = form.ticketList.topLevelItem(0)
    assert first is not None
    assert first.text(HistoryColumn.VEHICLE)

    sandbox.admin.clear_requests()
    click(form.vehicleScopeButton)
    assert listed(dialog) == vehicle_ids
    assert sandbox.admin.requests(f"{LIST_PATH}*") == []


def test_only_the_scope_given_is_offered_and_an_empty_history_says_so(
    qtbot: QtBot, qloop: Any, open_dialog: Callable[..., HistoryDialog]
) -> None:
    car_only = open_dialog(vin=UNSERVED_VIN, connector_id=None)
    form = car_only.form
    qtbot.waitUntil(lambda: form.listStack.currentWidget() is form.listMessagePage, timeout=10_000)
    assert form.listMessage.text() == "No earlier tickets for this vehicle."
    assert not shown(form.listRetryButton)
    assert not shown(form.scopeSwitch)

    connector_only = open_dialog(vin=None, connector_id=GOLF_CONNECTOR_ID)
    qtbot.waitUntil(lambda: list_ready(connector_only), timeout=10_000)
    assert connector_only.scope == HistoryScope.CONNECTOR
    assert not shown(connector_only.form.scopeSwitch)


def test_a_failed_list_offers_retry_and_retry_loads_it(
    qtbot: QtBot, qloop: Any, sandbox: SandboxThread, open_dialog: Callable[..., HistoryDialog]
) -> None:
    # The test client tries twice: both attempts fail.
    sandbox.admin.add_fault(path=f"{LIST_PATH}*", kind="status", status=503, times=2)

    dialog = open_dialog(connector_id=None)
    form = dialog.form
    qtbot.waitUntil(lambda: shown(form.listRetryButton), timeout=10_000)
    assert form.listStack.currentWidget() is form.listMessagePage
    assert form.listMessage.text() == "The earlier tickets could not be loaded."
    assert form.listMessageHint.text() == failure_text(ServiceError(Failure.SERVER))
    assert listed(dialog) == []

    click(form.listRetryButton)
    qtbot.waitUntil(lambda: list_ready(dialog), timeout=10_000)
    assert listed(dialog) == newest_first(history_of(sandbox, vin=GOLF_VIN))


# --- the receipt --------------------------------------------------------------------------------------


def test_a_click_opens_the_receipt_with_the_lines_totals_and_notes_the_sandbox_has(
    qtbot: QtBot,
    qloop: Any,
    logged_in: CustomerApi,
    run: Callable[..., Any],
    sandbox: SandboxThread,
    open_dialog: Callable[..., HistoryDialog],
) -> None:
    catalogue = {product.id: product for product in sandbox.catalogue.products}
    offered = [
        p.id
        for p in run(logged_in.products.list(GOLF.model_id, GOLF.variant_id).all())
        if not p.is_unattended
    ]
    with_fee = next(i for i in offered if catalogue[i].oe_service_fee)
    discounted = next(i for i in offered if catalogue[i].discount_percent > 0 and i != with_fee)
    plain = next(i for i in offered if i not in {with_fee, discounted})
    ticket_id, request = order(
        logged_in,
        run,
        product_ids=(with_fee, discounted, plain),
        voucher="WELCOME10",
        reference="WO-2025-0412",
    )
    sandbox.admin.set_ticket_state(ticket_id, int(TicketState.CLOSED))
    sandbox.admin.add_note(ticket_id, "Glow plug relay replaced.", file_name="scan-report.pdf", data=b"%PDF")
    # The same order priced again: what the ticket must have been charged, line by line.
    calculation: PriceCalculation = run(logged_in.cart.calculate_prices(request))

    dialog = open_dialog()
    qtbot.waitUntil(lambda: dialog.item(ticket_id) is not None, timeout=10_000)
    item = dialog.item(ticket_id)
    assert item is not None
    with qtbot.waitSignal(dialog.sig_detail_shown, timeout=10_000) as shown_signal:
        click_row(dialog.form.ticketList, item)
    assert shown_signal.args == [ticket_id]

    form = dialog.form
    assert receipt_ready(dialog, ticket_id)
    assert form.detailHeading.text() == f"Ticket {ticket_id}"
    assert form.stateBadge.text() == state_text(TicketState.CLOSED)
    assert form.vinValue.text() == GOLF_VIN
    assert form.referenceValue.text() == "WO-2025-0412"
    assert form.voucherValue.text() == "WELCOME10"
    assert GOLF.model_group_name.upper() in form.vehicleValue.text().upper()

    lines = dialog.receipt_lines()
    assert [line.name for line in lines] == [catalogue[i].name for i in (with_fee, discounted, plain)]
    assert [line.quantity for line in lines] == ["1", "1", "1"]
    for line, priced in zip(lines, calculation.items, strict=True):
        assert line.price == both(priced.net_price)
        assert line.list_price == both(priced.gross_price)
    assert lines[1].discount == both(calculation.items[1].total_discount.price, negative=True)  # type: ignore[union-attr]
    assert lines[0].discount == ""
    assert calculation.sub_total is not None
    assert calculation.total is not None
    assert calculation.voucher_discount is not None
    assert calculation.original_equipment_service_fee is not None
    # The ticket keeps no voucher amount: the receipt shows what it took off so that the lines add up.
    # In the provider's currency that is the voucher's amount to the cent; the customer's currency, each
    # total converted on its own, may differ from the converted voucher by a cent.
    voucher = calculation.voucher_discount.price
    assert voucher is not None
    voucher_row = dialog.receipt_totals()[1].amount
    assert voucher_row.startswith(money(-voucher.value, voucher.currency) + " \u00b7 ")
    local = Decimal(voucher_row.rpartition(NBSP)[2].replace(",", ""))
    assert voucher.localized_value is not None
    assert abs(local - voucher.localized_value) <= Decimal("0.01")
    assert dialog.receipt_totals() == [
        ReceiptTotal("Sub-total", both(calculation.sub_total.net_price)),
        ReceiptTotal("Voucher WELCOME10", voucher_row),
        ReceiptTotal("OE service fee", both(calculation.original_equipment_service_fee.net_price)),
        ReceiptTotal("Total", both(calculation.total.net_price)),
    ]
    admin_ticket = next(t for t in sandbox.admin.tickets() if t["id"] == ticket_id)
    assert money(Decimal(str(admin_ticket["total"])), "EUR") in dialog.receipt_totals()[-1].amount

    notes = dialog.note_texts()
    assert len(notes) == len(admin_ticket["notes"]) >= 2  # the session's closing note and ours
    assert "Glow plug relay replaced.\nscan-report.pdf" in notes


def test_back_returns_to_the_list_where_it_was_and_keys_work_too(
    qtbot: QtBot,
    qloop: Any,
    logged_in: CustomerApi,
    run: Callable[..., Any],
    sandbox: SandboxThread,
    open_dialog: Callable[..., HistoryDialog],
) -> None:
    closed_tickets(logged_in, run, sandbox, 5)
    dialog = open_dialog(connector_id=None)
    qtbot.waitUntil(lambda: list_ready(dialog), timeout=10_000)
    form = dialog.form
    tree = form.ticketList
    dialog.resize(dialog.minimumSize())
    qtbot.waitUntil(lambda: tree.verticalScrollBar().maximum() > 0, timeout=5000)
    qtbot.wait(50)  # the rows are laid out again for the new column widths on a zero timer
    bar = tree.verticalScrollBar()
    bar.setValue(bar.maximum())
    scrolled = bar.value()
    assert scrolled > 0
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert last is not None
    last_id = last.data(0, Qt.ItemDataRole.UserRole)

    click_row(tree, last)
    qtbot.waitUntil(lambda: receipt_ready(dialog, last_id), timeout=10_000)
    click(form.backButton)

    assert form.views.currentWidget() is form.listView
    assert dialog.shown_ticket_id is None
    assert bar.value() == scrolled
    assert tree.currentItem() is last

    # The keyboard: Enter on the current row opens it, Esc goes back, Esc again closes the dialog.
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: receipt_ready(dialog, last_id), timeout=10_000)  # read once: at once now
    assert dialog.isVisible()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert form.views.currentWidget() is form.listView
    assert dialog.isVisible()
    QTest.keyClick(tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_failed_receipt_offers_retry_and_retry_shows_it(
    qtbot: QtBot, qloop: Any, sandbox: SandboxThread, open_dialog: Callable[..., HistoryDialog]
) -> None:
    dialog = open_dialog()
    qtbot.waitUntil(lambda: list_ready(dialog), timeout=10_000)
    first = listed(dialog)[0]
    sandbox.admin.add_fault(path=f"{LIST_PATH}/*", kind="status", status=503, times=2)
    item = dialog.item(first)
    assert item is not None

    click_row(dialog.form.ticketList, item)
    form = dialog.form
    qtbot.waitUntil(lambda: shown(form.detailRetryButton), timeout=10_000)
    assert form.detailMessage.text() == f"Ticket {first} could not be loaded."
    assert form.detailMessageHint.text() == failure_text(ServiceError(Failure.SERVER))

    click(form.detailRetryButton)
    qtbot.waitUntil(lambda: receipt_ready(dialog, first), timeout=10_000)
    assert dialog.receipt_lines()


def test_opened_at_a_ticket_the_receipt_shows_at_once_and_the_list_loads_behind_it(
    qtbot: QtBot, qloop: Any, sandbox: SandboxThread, open_dialog: Callable[..., HistoryDialog]
) -> None:
    expected = newest_first(history_of(sandbox, vin=GOLF_VIN))
    oldest = expected[-1]

    dialog = open_dialog(ticket_id=oldest)
    form = dialog.form
    assert form.views.currentWidget() is form.detailView
    assert dialog.shown_ticket_id == oldest
    qtbot.waitUntil(lambda: receipt_ready(dialog, oldest), timeout=10_000)
    qtbot.waitUntil(lambda: listed(dialog) == expected, timeout=10_000)
    assert form.views.currentWidget() is form.detailView  # the list arriving does not take the view

    click(form.backButton)
    current = form.ticketList.currentItem()
    assert current is not None
    assert current.data(0, Qt.ItemDataRole.UserRole) == oldest


def test_closing_stops_the_loads_and_showing_again_reloads(
    qtbot: QtBot, qloop: Any, sandbox: SandboxThread, open_dialog: Callable[..., HistoryDialog]
) -> None:
    sandbox.admin.add_fault(path=f"{LIST_PATH}*", kind="latency", delay=3.0, times=1)
    dialog = open_dialog(connector_id=None)
    assert dialog.tasks.running("history-list")

    click(dialog.form.closeButton)

    assert not dialog.isVisible()
    assert not dialog.tasks.running("history-list")
    sandbox.admin.clear_faults()  # the slow answer still on its way counts as the fault's one time
    sandbox.admin.clear_requests()
    dialog.show()
    qtbot.waitUntil(lambda: list_ready(dialog), timeout=10_000)
    assert len(sandbox.admin.requests(f"{LIST_PATH}*")) == 1


def test_a_dialog_deleted_while_loading_drops_the_late_answer(
    qtbot: QtBot, qloop: Any, sandbox: SandboxThread, open_dialog: Callable[..., HistoryDialog]
) -> None:
    # Logging out deletes the pages and with them an open history; its load may still be on its way.
    sandbox.admin.add_fault(path=f"{LIST_PATH}*", kind="latency", delay=0.3, times=1)
    dialog = open_dialog(connector_id=None)
    tasks = dialog.tasks
    assert tasks.running("history-list")

    shiboken6.delete(dialog)

    # The answer arrives for a dialog that is gone: dropped, no error (pytest-qt fails on an exception).
    qtbot.waitUntil(lambda: not tasks.running("history-list"), timeout=5000)
    assert not shiboken6.isValid(dialog)


def test_in_a_kiosk_window_the_list_fits_its_width_and_every_row_shows_all_its_work(
    qtbot: QtBot,
    qloop: Any,
    qapp: QApplication,
    logged_in: CustomerApi,
    run: Callable[..., Any],
    sandbox: SandboxThread,
    service: HistoryService,
) -> None:
    apply_theme(qapp, kiosk=True)  # the autouse fixture puts the desk back afterwards
    closed_tickets(logged_in, run, sandbox, 1)
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    dialog = HistoryDialog(service, vin=GOLF_VIN, connector_id=GOLF_CONNECTOR_ID, parent=window)
    dialog.show()
    click(dialog.form.connectorScopeButton)
    qtbot.waitUntil(lambda: list_ready(dialog) and dialog.scope == HistoryScope.CONNECTOR, timeout=10_000)
    qtbot.wait(50)  # the rows are laid out again for the settled column widths on a zero timer

    assert dialog.width() <= window.width()
    assert dialog.height() <= window.height()
    tree = dialog.form.ticketList
    columns = [column for column in range(tree.columnCount()) if not tree.isColumnHidden(column)]
    assert sum(tree.columnWidth(column) for column in columns) <= tree.viewport().width()
    assert tree.columnWidth(HistoryColumn.WORK) >= tree.viewport().width() // 5
    metrics = tree.fontMetrics()
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None
        for column in (HistoryColumn.WORK, HistoryColumn.VEHICLE):
            # The text wrapped to its column (less the cell's padding) fits the row's height.
            text = metrics.boundingRect(
                QRect(0, 0, tree.columnWidth(column) - 30, 10_000),
                int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap),
                item.text(column),
            )
            assert tree.visualItemRect(item).height() >= text.height(), item.text(column)
