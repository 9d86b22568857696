"""TicketService against the sandbox: one ticket per draft whatever happens, refusals as service errors, the
description in the chat, and a ticket read back."""

from __future__ import annotations

import pytest
import pytest_asyncio

from app.api import CustomerApi
from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.domain.wizard import PriceState, TicketDraft, WizardDraft
from app.sandbox.runner import SandboxThread
from app.services.errors import Failure, ServiceError
from app.services.tickets import TicketService
from tests.api.conftest import requests_for
from tests.services.test_pricing import UNATTENDED_PRODUCT, golf, sample_draft


@pytest.fixture
def tickets(api: CustomerApi) -> TicketService:
    return TicketService(api)


@pytest_asyncio.fixture
async def draft(api: CustomerApi, sandbox: SandboxThread) -> WizardDraft:
    """A complete draft for the Golf with two products, every question answered, a reference typed."""
    ready = await sample_draft(api, golf(sandbox))
    return ready.model_copy(
        update={"ticket": TicketDraft(reference="Job 4711", summary="ABS light stays on.")}
    )


def priced(draft: WizardDraft, **changes: object) -> WizardDraft:
    """The draft as the price page leaves it (quoted for its products and voucher)."""
    voucher = str(changes.get("voucher", draft.price.voucher))
    price = PriceState(quoted_for=(draft.products.product_ids, voucher.strip()), **changes)  # type: ignore[arg-type]
    return draft.model_copy(update={"price": price})


@pytest.mark.asyncio
async def test_a_ticket_is_created_with_products_answers_reference_and_voucher(
    tickets: TicketService, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    order = priced(draft, voucher="WELCOME10")
    ticket = await tickets.create(order, language="da")

    created = sandbox.admin.tickets()
    assert [t["id"] for t in created if t["state"] == TicketState.PENDING] == [ticket.id]
    record = next(t for t in created if t["id"] == ticket.id)
    assert record["product_ids"] == list(draft.products.product_ids)
    assert record["vin"] == draft.vehicle.vin
    assert record["reference"] == "Job 4711"
    assert record["voucher"] == "WELCOME10"
    sent = {(a.definition_id, a.value) for a in draft.prerequisites.answers_to_send()}
    assert {(a["definition_id"], a["value"]) for a in record["prerequisite_answers"]} == sent
    assert sent, "the sample products ask questions"
    posts = requests_for(sandbox, Op.CREATE_TICKET)
    assert [p["idempotency_key"] for p in posts] == [draft.ticket.idempotency_key]
    assert ticket.is_active


@pytest.mark.asyncio
async def test_a_refused_voucher_is_not_sent(
    tickets: TicketService, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    order = tickets.order(priced(draft, voucher="SUMMER2025", voucher_refused=True))
    assert order.voucher is None
    ticket = await tickets.create(priced(draft, voucher="SUMMER2025", voucher_refused=True))
    assert next(t for t in sandbox.admin.tickets() if t["id"] == ticket.id)["voucher"] is None


@pytest.mark.asyncio
async def test_the_same_idempotency_key_twice_makes_one_ticket(
    tickets: TicketService, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    before = len(sandbox.admin.tickets())
    first = await tickets.create(priced(draft))
    again = await tickets.create(priced(draft))
    assert again.id == first.id
    assert len(sandbox.admin.tickets()) == before + 1


@pytest.mark.asyncio
async def test_changed_texts_after_an_order_went_through_still_make_one_ticket(
    tickets: TicketService, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    before = len(sandbox.admin.tickets())
    first = await tickets.create(priced(draft))
    edited = priced(draft).model_copy(
        update={"ticket": draft.ticket.model_copy(update={"reference": "Job 4712"})}
    )
    again = await tickets.create(edited)
    assert again.id == first.id
    assert len(sandbox.admin.tickets()) == before + 1


@pytest.mark.asyncio
async def test_a_lost_answer_still_makes_one_ticket(
    tickets: TicketService, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    before = len(sandbox.admin.tickets())
    sandbox.admin.add_fault(path="/v1/tickets", method="POST", kind="drop", after_processing=True, times=1)
    ticket = await tickets.create(priced(draft))
    after = sandbox.admin.tickets()
    assert len(after) == before + 1
    assert after[-1]["id"] == ticket.id
    assert len(requests_for(sandbox, Op.CREATE_TICKET)) == 1


@pytest.mark.asyncio
async def test_an_open_ticket_on_the_connector_is_named(
    tickets: TicketService, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    first = await tickets.create(priced(draft))
    other = priced(draft).model_copy(update={"ticket": TicketDraft(reference="another order")})
    with pytest.raises(ServiceError) as caught:
        await tickets.create(other)
    assert caught.value.failure == Failure.ACTIVE_TICKET_EXISTS
    assert caught.value.ticket_id == first.id


@pytest.mark.asyncio
async def test_refusals_carry_their_kind_and_the_servers_explanation(
    tickets: TicketService, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    sandbox.admin.set_service_center("closed", message="Closed for the national holiday.")
    with pytest.raises(ServiceError) as closed:
        await tickets.create(priced(draft))
    assert closed.value.failure == Failure.SERVICE_CENTER_CLOSED
    assert closed.value.detail == "Closed for the national holiday."
    sandbox.admin.set_service_center("opened")

    sandbox.admin.set_wallet("40.00")
    with pytest.raises(ServiceError) as poor:
        await tickets.create(priced(draft))
    assert poor.value.failure == Failure.INSUFFICIENT_WALLET
    assert "40.00" in poor.value.detail
    sandbox.admin.set_wallet("250.00")

    sandbox.admin.update_connector(golf(sandbox)["id"], is_online=False)
    with pytest.raises(ServiceError) as offline:
        await tickets.create(priced(draft))
    assert offline.value.failure == Failure.CONNECTOR_OFFLINE
    sandbox.admin.update_connector(golf(sandbox)["id"], is_online=True)

    # A refused request is not remembered: the same key goes through once the cause is gone.
    ticket = await tickets.create(priced(draft))
    assert [t["id"] for t in sandbox.admin.tickets() if t["state"] == TicketState.PENDING] == [ticket.id]


@pytest.mark.asyncio
async def test_an_unattended_service_needs_the_confirmation(
    tickets: TicketService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    draft = await sample_draft(api, golf(sandbox), (52322, UNATTENDED_PRODUCT))
    with pytest.raises(ServiceError) as caught:
        await tickets.create(priced(draft, needs_unattended_confirmation=True))
    assert caught.value.failure == Failure.UNATTENDED_CONFIRMATION_REQUIRED
    ticket = await tickets.create(
        priced(draft, needs_unattended_confirmation=True, confirmed_unattended=True)
    )
    assert ticket.is_active


@pytest.mark.asyncio
async def test_the_summary_is_the_operators_first_chat_message_and_is_sent_once(
    tickets: TicketService, api: CustomerApi, draft: WizardDraft
) -> None:
    ticket = await tickets.create(priced(draft))
    assert ticket.chat_id
    assert await tickets.send_summary(ticket, "  ABS light stays on.\nCode C1145.  ")
    assert not await tickets.send_summary(ticket, "ABS light stays on.\nCode C1145.")
    assert not await tickets.send_summary(ticket, "   ")
    mine = [m for m in await api.chat.messages(ticket.chat_id).all() if m.sender == "technician"]
    assert [m.content for m in mine] == ["ABS light stays on.\nCode C1145."]


@pytest.mark.asyncio
async def test_a_ticket_is_read_back_open_or_finished(
    tickets: TicketService, draft: WizardDraft, sandbox: SandboxThread
) -> None:
    connector_id = golf(sandbox)["id"]
    created = await tickets.create(priced(draft))
    open_ticket = await tickets.ticket(created.id, connector_id=connector_id)
    assert open_ticket.id == created.id
    assert open_ticket.chat_id == created.chat_id
    assert (await tickets.active_ticket(connector_id)) == open_ticket

    sandbox.admin.set_ticket_state(created.id, TicketState.CLOSED)
    finished = await tickets.ticket(created.id, connector_id=connector_id)
    assert finished.state == TicketState.CLOSED
    assert set(finished.product_ids) == set(draft.products.product_ids)
    assert await tickets.active_ticket(connector_id) is None

    with pytest.raises(ServiceError) as caught:
        await tickets.ticket(999_999, connector_id=connector_id)
    assert caught.value.failure == Failure.NOT_FOUND


@pytest.mark.asyncio
async def test_an_incomplete_draft_is_a_programming_error(tickets: TicketService) -> None:
    with pytest.raises(ValueError, match="needs a connector"):
        await tickets.create(WizardDraft())
