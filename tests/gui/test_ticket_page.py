"""The ticket page against the sandbox: Create makes exactly one ticket (a double click too), the description
reaches the operator's chat, and every failure keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.domain.ticket_state import TicketState
from app.domain.wizard import PriceState, Step, TicketDraft, VehicleState, WizardDraft
from app.gui.page import PageContext
from app.gui.pages.ticket import TicketPage
from app.sandbox.runner import SandboxThread
from app.services.tickets import SUMMARY_MAX_LENGTH
from app.services.workbench import Workbench
from tests.services.test_pricing import golf, sample_draft

TICKETS = "/v1/tickets"
REFERENCE = "Job 4711"
SUMMARY = "ABS light stays on after the wheel speed sensor was replaced.\nCode C1145."


@pytest.fixture
def draft(logged_in: CustomerApi, sandbox: SandboxThread, run: Callable[..., Any]) -> WizardDraft:
    """The draft as the price page leaves it: everything chosen, answered and priced; nothing typed yet."""
    ready: WizardDraft = run(sample_draft(logged_in, golf(sandbox), step=Step.TICKET))
    ids = ready.products.product_ids
    price = PriceState(quoted_for=(ids, ""), total_text="EUR\u00a0140.50 · DKK\u00a01,048.19")
    return ready.model_copy(update={"price": price})


@pytest.fixture
def page(qtbot: QtBot, logged_in: CustomerApi) -> TicketPage:
    """A shown ticket page over a logged-in workbench."""
    shown = TicketPage(PageContext(workbench=Workbench(logged_in), sandbox=True))
    qtbot.addWidget(shown)
    shown.resize(1024, 620)
    shown.show()
    return shown


def type_texts(page: TicketPage) -> None:
    QTest.keyClicks(page.form.referenceEdit, REFERENCE)
    page.form.summaryEdit.setFocus()
    page.form.summaryEdit.insertPlainText(SUMMARY)


def posts(sandbox: SandboxThread) -> list[dict[str, Any]]:
    return [entry for entry in sandbox.admin.requests(TICKETS) if entry["method"] == "POST"]


def pending(sandbox: SandboxThread) -> list[dict[str, Any]]:
    return [t for t in sandbox.admin.tickets() if t["state"] == TicketState.PENDING]


def chat_of(
    run: Callable[..., Any], api: CustomerApi, sandbox: SandboxThread, ticket_id: int
) -> list[tuple[str, str | None]]:
    chat_id = next(t["chat_id"] for t in sandbox.admin.tickets() if t["id"] == ticket_id)
    messages = run(api.chat.messages(chat_id).all())
    return [(m.sender, m.content) for m in messages]


def test_create_makes_one_ticket_with_the_order_and_sends_the_description(
    qtbot: QtBot,
    page: TicketPage,
    draft: WizardDraft,
    sandbox: SandboxThread,
    logged_in: CustomerApi,
    run: Callable[..., Any],
) -> None:
    page.enter(draft)
    assert page.form.totalLabel.text() == "EUR\u00a0140.50 · DKK\u00a01,048.19"
    assert [line.lstrip("• ") for line in page.form.productsLabel.text().splitlines()] == [
        p.name for p in draft.products.products
    ]
    type_texts(page)
    assert page.draft.ticket.reference == REFERENCE
    assert page.draft.ticket.summary == SUMMARY
    sandbox.admin.clear_requests()

    with qtbot.waitSignal(page.sig_jump_requested, timeout=10_000) as jumped:
        QTest.mouseClick(page.form.createButton, Qt.MouseButton.LeftButton)
    assert jumped.args == [Step.LIVE]

    created = pending(sandbox)
    assert len(created) == 1
    record = created[0]
    assert record["reference"] == REFERENCE
    assert record["product_ids"] == list(draft.products.product_ids)
    assert {(a["definition_id"], a["value"]) for a in record["prerequisite_answers"]} == {
        (a.definition_id, a.value) for a in draft.prerequisites.answers_to_send()
    }
    assert page.draft.ticket.ticket_id == record["id"]
    assert page.valid
    assert [p["idempotency_key"] for p in posts(sandbox)] == [draft.ticket.idempotency_key]
    assert ("technician", SUMMARY) in chat_of(run, logged_in, sandbox, record["id"])
    assert not page.form.createButton.isEnabled()
    assert page.form.referenceEdit.isReadOnly()


def test_a_double_click_on_create_makes_one_ticket(
    qtbot: QtBot, page: TicketPage, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    page.enter(draft)
    sandbox.admin.clear_requests()
    before = len(sandbox.admin.tickets())

    with qtbot.waitSignal(page.sig_jump_requested, timeout=10_000):
        QTest.mouseClick(page.form.createButton, Qt.MouseButton.LeftButton)
        QTest.mouseClick(page.form.createButton, Qt.MouseButton.LeftButton)
        QTest.mouseDClick(page.form.createButton, Qt.MouseButton.LeftButton)
    qtbot.wait(200)  # a second creation would be on its way now

    assert len(sandbox.admin.tickets()) == before + 1
    assert len(posts(sandbox)) == 1


def test_a_closed_service_center_keeps_the_texts_and_retry_creates_the_ticket(
    qtbot: QtBot, page: TicketPage, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    sandbox.admin.set_service_center("closed", message="Closed for the national holiday.")
    page.enter(draft)
    type_texts(page)
    QTest.mouseClick(page.form.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.error) and not page.busy, timeout=10_000)

    assert "The service center is closed" in page.banner.text
    assert "Closed for the national holiday." in page.banner.text
    assert page.form.referenceEdit.text() == REFERENCE
    assert page.form.summaryEdit.toPlainText() == SUMMARY
    assert page.draft.ticket.reference == REFERENCE
    assert page.draft.ticket.ticket_id is None
    assert not page.form.referenceEdit.isReadOnly()
    assert page.form.createButton.isEnabled()
    assert page.banner.action_button.isVisible()
    assert pending(sandbox) == []

    sandbox.admin.set_service_center("opened")
    with qtbot.waitSignal(page.sig_jump_requested, timeout=10_000):
        QTest.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    assert len(pending(sandbox)) == 1
    assert pending(sandbox)[0]["reference"] == REFERENCE


def test_an_open_ticket_on_the_connector_is_offered_instead(
    qtbot: QtBot,
    page: TicketPage,
    draft: WizardDraft,
    sandbox: SandboxThread,
    run: Callable[..., Any],
    logged_in: CustomerApi,
) -> None:
    other = draft.model_copy(update={"ticket": TicketDraft(reference="ordered elsewhere")})
    existing = run(Workbench(logged_in).tickets.create(other))
    page.enter(draft)
    type_texts(page)
    QTest.mouseClick(page.form.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.error) and not page.busy, timeout=10_000)

    assert "already has an open ticket" in page.banner.text
    assert page.banner.action_button.text() == "Open the open ticket"
    assert page.form.summaryEdit.toPlainText() == SUMMARY
    with qtbot.waitSignal(page.sig_jump_requested, timeout=5_000) as jumped:
        QTest.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    assert jumped.args == [Step.LIVE]
    assert page.draft.ticket.ticket_id == existing.id
    assert len(pending(sandbox)) == 1


def test_an_offline_connector_and_a_low_wallet_are_explained_and_nothing_is_lost(
    qtbot: QtBot, page: TicketPage, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    connector_id = golf(sandbox)["id"]
    sandbox.admin.update_connector(connector_id, is_online=False)
    page.enter(draft)
    type_texts(page)
    QTest.mouseClick(page.form.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.error) and not page.busy, timeout=10_000)
    assert "The connector is offline" in page.banner.text
    assert page.banner.action_button.isVisible()

    sandbox.admin.update_connector(connector_id, is_online=True)
    sandbox.admin.set_wallet("40.00")
    QTest.mouseClick(page.form.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wallet" in page.banner.text and not page.busy, timeout=10_000)
    assert "does not cover this order" in page.banner.text
    assert "40.00" in page.banner.text
    assert not page.banner.action_button.isVisible()
    assert "http" not in page.banner.text.lower()
    assert page.form.referenceEdit.text() == REFERENCE
    assert page.form.summaryEdit.toPlainText() == SUMMARY
    assert pending(sandbox) == []


def test_a_description_that_could_not_be_sent_is_retried_once_the_ticket_exists(
    qtbot: QtBot,
    page: TicketPage,
    draft: WizardDraft,
    sandbox: SandboxThread,
    logged_in: CustomerApi,
    run: Callable[..., Any],
) -> None:
    sandbox.admin.add_fault(path="/v1/channels/*/messages", method="POST", kind="status", status=500, times=1)
    page.enter(draft)
    type_texts(page)
    QTest.mouseClick(page.form.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.error) and not page.busy, timeout=10_000)

    ticket_id = page.draft.ticket.ticket_id
    assert ticket_id is not None
    assert page.banner.text.startswith(f"Ticket {ticket_id} was created.")
    assert page.valid, "the ticket exists: Next leads to it"
    assert not page.form.createButton.isEnabled()

    with qtbot.waitSignal(page.sig_jump_requested, timeout=10_000):
        QTest.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    sent = [
        content for sender, content in chat_of(run, logged_in, sandbox, ticket_id) if sender == "technician"
    ]
    assert sent == [SUMMARY]
    assert len(pending(sandbox)) == 1


def test_texts_are_restored_and_limits_kept(page: TicketPage, draft: WizardDraft) -> None:
    typed = draft.model_copy(
        update={"ticket": draft.ticket.model_copy(update={"reference": "R-1", "summary": "Hi"})}
    )
    page.enter(typed)
    assert page.form.referenceEdit.text() == "R-1"
    assert page.form.summaryEdit.toPlainText() == "Hi"
    assert page.form.referenceEdit.maxLength() == 255
    page.form.summaryEdit.setPlainText("x" * (SUMMARY_MAX_LENGTH + 50))
    assert len(page.form.summaryEdit.toPlainText()) == SUMMARY_MAX_LENGTH
    assert len(page.draft.ticket.summary) == SUMMARY_MAX_LENGTH


def test_a_car_without_a_vin_cannot_be_ordered(
    page: TicketPage, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    manual = draft.vehicle.model_copy(
        update={"vin": "", "vin_source": "none", "vin_valid": False, "manual": True}
    )
    page.enter(draft.model_copy(update={"vehicle": VehicleState.model_validate(manual.model_dump())}))
    assert not page.form.createButton.isEnabled()
    assert "17-character VIN" in page.form.statusLabel.text()
    QTest.mouseClick(page.form.createButton, Qt.MouseButton.LeftButton)
    assert posts(sandbox) == []
