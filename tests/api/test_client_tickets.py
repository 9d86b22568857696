"""Ticket creation exactly once: lost answers, resends with the same key, conflicts and refusals."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from app.api import ApiConnectionError, BadRequestError, ConflictError, CustomerApi, ServerError
from app.api.models import Ticket
from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.sandbox.runner import SandboxThread
from tests.api.conftest import build_order, requests_for

TICKETS = Op.CREATE_TICKET.route.path()


def active_tickets(sandbox: SandboxThread) -> list[dict[str, Any]]:
    return [t for t in sandbox.admin.tickets() if t["state"] in {1, 2, 3}]


def ticket_count(sandbox: SandboxThread) -> int:
    """Every ticket the sandbox holds, in any state: a second ticket cannot hide in another state."""
    return len(sandbox.admin.tickets())


def assert_one_new_ticket(sandbox: SandboxThread, before: int, ticket: Ticket) -> None:
    """Exactly one ticket was created, and it is ``ticket``."""
    tickets = sandbox.admin.tickets()
    assert len(tickets) == before + 1
    newest = max(tickets, key=lambda t: t["id"])
    assert ticket.id == newest["id"]
    assert newest["state"] == TicketState.PENDING


@pytest.mark.asyncio
async def test_a_created_ticket_is_pending_and_sent_with_an_idempotency_key(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    order = await build_order(logged_in, connector, products=2)
    ticket = await logged_in.tickets.create(order)
    assert ticket.state is TicketState.PENDING
    assert ticket.connector_id == connector["id"]
    assert set(ticket.product_ids) == set(order.product_ids)
    [sent] = requests_for(sandbox, Op.CREATE_TICKET)
    assert sent["idempotency_key"]
    assert (await logged_in.connectors.active_ticket(connector["id"])) == ticket


@pytest.mark.asyncio
async def test_a_lost_answer_is_found_on_the_connector_instead_of_ordering_twice(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    order = await build_order(logged_in, connector)
    before = ticket_count(sandbox)
    sandbox.admin.add_fault(path=TICKETS, method="POST", kind="drop", after_processing=True, times=1)
    ticket = await logged_in.tickets.create(order)
    assert_one_new_ticket(sandbox, before, ticket)
    # The server acted on the one request that reached it; the client found the ticket instead of
    # sending the order again.
    [sent] = requests_for(sandbox, Op.CREATE_TICKET)
    assert sent["fault"] == "drop"
    assert [entry["status"] for entry in requests_for(sandbox, Op.ACTIVE_TICKET)] == [200]


@pytest.mark.parametrize(
    "fault", [{"kind": "status", "status": 504}, {"kind": "status", "status": 502}, {"kind": "malformed"}]
)
@pytest.mark.asyncio
async def test_a_bad_answer_after_the_server_acted_is_found_on_the_connector(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any], fault: dict[str, Any]
) -> None:
    # The sandbox makes the ticket, then a "gateway" replaces the real answer: the client must find it.
    order = await build_order(logged_in, connector)
    before = ticket_count(sandbox)
    sandbox.admin.add_fault(path=TICKETS, method="POST", after_processing=True, times=1, **fault)
    ticket = await logged_in.tickets.create(order)
    assert_one_new_ticket(sandbox, before, ticket)
    [sent] = requests_for(sandbox, Op.CREATE_TICKET)
    assert sent["fault"] == fault["kind"]
    assert [e["status"] for e in requests_for(sandbox, Op.ACTIVE_TICKET)] == [200]


@pytest.mark.asyncio
async def test_a_cut_answer_after_the_server_acted_is_found_on_the_connector(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    order = await build_order(logged_in, connector)
    before = ticket_count(sandbox)
    # A truncate fault lets the server create the ticket, then cuts the answer half way.
    sandbox.admin.add_fault(path=TICKETS, method="POST", kind="truncate", after_processing=True, times=1)
    ticket = await logged_in.tickets.create(order)
    assert_one_new_ticket(sandbox, before, ticket)
    assert [entry["status"] for entry in requests_for(sandbox, Op.CREATE_TICKET)] == [201]
    assert len(requests_for(sandbox, Op.ACTIVE_TICKET)) == 1


@pytest.mark.asyncio
async def test_a_garbled_success_answer_is_looked_up_then_resent_with_the_same_key(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    order = await build_order(logged_in, connector)
    before = ticket_count(sandbox)
    # The malformed fault answers 200 with a cut JSON body without handling the request: no ticket yet.
    sandbox.admin.add_fault(path=TICKETS, method="POST", kind="malformed", times=1)
    ticket = await logged_in.tickets.create(order, idempotency_key="order-8")
    assert_one_new_ticket(sandbox, before, ticket)
    sent = requests_for(sandbox, Op.CREATE_TICKET)
    assert [(entry["status"], entry["idempotency_key"]) for entry in sent] == [
        (200, "order-8"),
        (201, "order-8"),
    ]
    assert [entry["status"] for entry in requests_for(sandbox, Op.ACTIVE_TICKET)] == [404]


@pytest.mark.parametrize("status", [502, 503, 504])
@pytest.mark.asyncio
async def test_a_gateway_error_is_looked_up_then_resent_with_the_same_key(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any], status: int
) -> None:
    order = await build_order(logged_in, connector)
    before = ticket_count(sandbox)
    sandbox.admin.add_fault(path=TICKETS, method="POST", kind="status", status=status, times=1)
    ticket = await logged_in.tickets.create(order)
    assert_one_new_ticket(sandbox, before, ticket)
    sent = requests_for(sandbox, Op.CREATE_TICKET)
    assert [entry["status"] for entry in sent] == [status, 201]
    assert len({entry["idempotency_key"] for entry in sent}) == 1
    assert [entry["status"] for entry in requests_for(sandbox, Op.ACTIVE_TICKET)] == [404]


@pytest.mark.asyncio
async def test_a_gateway_that_keeps_failing_is_raised_after_the_resends(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    order = await build_order(logged_in, connector)
    before = ticket_count(sandbox)
    sandbox.admin.add_fault(path=TICKETS, method="POST", kind="status", status=502)
    with pytest.raises(ServerError) as caught:
        await logged_in.tickets.create(order, resends=2)
    assert caught.value.status == 502
    assert ticket_count(sandbox) == before
    sent = requests_for(sandbox, Op.CREATE_TICKET)
    assert len(sent) == 3
    assert len({entry["idempotency_key"] for entry in sent}) == 1
    assert len(requests_for(sandbox, Op.ACTIVE_TICKET)) == 3


@pytest.mark.asyncio
async def test_a_request_that_never_arrived_is_sent_again_with_the_same_key(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    order = await build_order(logged_in, connector)
    before = ticket_count(sandbox)
    sandbox.admin.add_fault(path=TICKETS, method="POST", kind="drop", times=1)
    ticket = await logged_in.tickets.create(order, idempotency_key="order-7-attempt")
    assert_one_new_ticket(sandbox, before, ticket)
    assert [t["id"] for t in active_tickets(sandbox)] == [ticket.id]
    sent = requests_for(sandbox, Op.CREATE_TICKET)
    assert [entry["idempotency_key"] for entry in sent] == ["order-7-attempt", "order-7-attempt"]
    assert [entry["status"] for entry in sent][-1] == 201


@pytest.mark.asyncio
async def test_a_timed_out_creation_resent_with_the_same_key_makes_one_ticket(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    order = await build_order(logged_in, connector)
    # The first request is held before the server handles it, long past the client's patience; the resend
    # carries the same key, so however the server treats the late original there is one ticket.
    sandbox.admin.add_fault(path=TICKETS, method="POST", kind="latency", delay=0.8, times=1)
    ticket = await logged_in.tickets.create(order, timeout=0.3)
    sent = requests_for(sandbox, Op.CREATE_TICKET)
    for _ in range(50):  # until the held original has been answered too
        if all(entry["status"] is not None for entry in sent):
            break
        await asyncio.sleep(0.05)
        sent = requests_for(sandbox, Op.CREATE_TICKET)
    # The held original is answered too, as a replay or refused as abandoned; never as a second ticket.
    assert sent[1]["status"] == 201
    assert sent[0]["status"] in {201, 400}
    assert sent[0]["idempotency_key"] == sent[1]["idempotency_key"]
    assert [t["id"] for t in active_tickets(sandbox)] == [ticket.id]


@pytest.mark.asyncio
async def test_the_same_key_twice_replays_the_first_answer(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    order = await build_order(logged_in, connector)
    first = await logged_in.tickets.create(order, idempotency_key="same-key")
    again = await logged_in.tickets.create(order, idempotency_key="same-key")
    assert again == first
    assert len(active_tickets(sandbox)) == 1


@pytest.mark.asyncio
async def test_a_second_order_on_a_busy_connector_names_the_ticket_in_the_way(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    order = await build_order(logged_in, connector)
    first = await logged_in.tickets.create(order)
    with pytest.raises(ConflictError) as caught:
        await logged_in.tickets.create(order)
    assert caught.value.problem_type_slug == "active-ticket-exists"
    assert caught.value.ticket_id == first.id
    assert len(requests_for(sandbox, Op.CREATE_TICKET)) == 2


@pytest.mark.asyncio
async def test_every_answer_lost_is_a_connection_error_and_no_ticket(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    order = await build_order(logged_in, connector)
    sandbox.admin.add_fault(path=TICKETS, method="POST", kind="drop")
    with pytest.raises(ApiConnectionError):
        await logged_in.tickets.create(order, resends=2)
    sent = requests_for(sandbox, Op.CREATE_TICKET)
    assert len(sent) == 3
    assert len({entry["idempotency_key"] for entry in sent}) == 1
    assert active_tickets(sandbox) == []


@pytest.mark.asyncio
async def test_a_car_that_needs_doip_is_refused_on_a_plain_connector(
    api: CustomerApi, sandbox: SandboxThread
) -> None:
    plain = next(
        c
        for c in sandbox.admin.connectors()
        if c["is_online"] and not c["supports_doip"] and "DoIP" in c["label"] and len(c["vin_number"]) == 17
    )
    await api.auth.login_pincode(plain["uuid"], plain["pincode"])
    order = await build_order(api, plain)
    with pytest.raises(BadRequestError) as caught:
        await api.tickets.create(order)
    assert caught.value.problem_type_slug == "doip-required"
    assert caught.value.problem is not None
    assert caught.value.problem.detail
    assert active_tickets(sandbox) == []


@pytest.mark.asyncio
async def test_the_satisfaction_score_is_checked_before_sending(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    with pytest.raises(ValueError, match="less than or equal to 1"):
        await logged_in.tickets.set_csat(7014001, 5)
    assert requests_for(sandbox, Op.TICKET_CSAT) == []
