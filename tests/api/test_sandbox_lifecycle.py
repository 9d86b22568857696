"""Tickets moving through their states on the sandbox clock (advanced or sped up, never waited for)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import Session, logged_in, offered, problem, ticket_body, variant_of


@pytest.fixture
def api(sandbox: SandboxThread) -> Iterator[Session]:
    with logged_in(sandbox) as session:
        yield session


def wait_for(condition: Callable[[], Any], timeout: float = 3.0) -> Any:
    """Poll until ``condition`` gives something truthy (the scheduler ticks every 0.2 s)."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail("the sandbox did not get there in time")
        time.sleep(0.05)


def admin_ticket(sandbox: SandboxThread, ticket_id: str) -> dict[str, Any]:
    return next(t for t in sandbox.admin.tickets() if str(t["id"]) == ticket_id)


def in_state(sandbox: SandboxThread, ticket_id: str, state: int) -> Callable[[], dict[str, Any] | None]:
    def check() -> dict[str, Any] | None:
        ticket = admin_ticket(sandbox, ticket_id)
        return ticket if ticket["state"] == state else None

    return check


def test_pending_in_progress_closed(sandbox: SandboxThread, api: Session) -> None:
    body = ticket_body(sandbox.catalogue, api.connector)
    ticket = api.call(Op.CREATE_TICKET, json=body).json()
    sandbox.admin.advance_clock(5)
    time.sleep(0.3)
    assert admin_ticket(sandbox, ticket["id"])["state"] == 1
    sandbox.admin.advance_clock(16)
    started = wait_for(in_state(sandbox, ticket["id"], 2))
    assert started["connection_uuid"]
    assert started["message"]["connection_uuid"] == started["connection_uuid"]
    assert started["message"]["chat_state"] == "open"
    active = api.get(Op.ACTIVE_TICKET, connector_id=api.connector.id).json()
    assert active["state"] == 2
    sandbox.admin.advance_clock(10 * 60)
    closed = wait_for(in_state(sandbox, ticket["id"], 7))
    assert closed["finished_at"]
    assert closed["message"]["chat_state"] == "closed"
    problem(api.get(Op.ACTIVE_TICKET, connector_id=api.connector.id), 404, "no-active-ticket")
    # A closed ticket is history, with a note carrying the session report.
    history = api.get(Op.HISTORICAL_TICKET, historical_ticket_id=ticket["id"]).json()
    assert history["state"] == 7
    assert history["reference"] == body["reference"]
    assert [line["product_id"] for line in history["product_lines"]] == body["product_ids"]
    notes = api.get(Op.TICKET_NOTES, ticket_id=ticket["id"]).json()["result"]
    assert notes[-1]["attachments"][0]["file_name"] == f"session-report-{ticket['id']}.txt"
    assert notes[-1]["attachments"][0]["file_reference"].startswith(f"/channel/{ticket['chat_id']}/")
    serviced = api.get(Op.SERVICED_VEHICLES).json()["result"]
    assert serviced[0]["vin"] == body["vin"]
    assert serviced[0]["model_variant_id"] == body["vehicle_model_variant_id"]
    # The connector is free again.
    again = ticket_body(sandbox.catalogue, api.connector)
    with logged_in(sandbox, api.connector) as fresh:
        assert fresh.call(Op.CREATE_TICKET, json=again).status_code == 201


def test_unattended_tickets_are_outsourced(sandbox: SandboxThread, api: Session) -> None:
    variant = variant_of(sandbox.catalogue, api.connector)
    unattended = [p for p in offered(sandbox.catalogue, variant) if p.is_unattended][:1]
    ticket = api.call(Op.CREATE_TICKET, json=ticket_body(sandbox.catalogue, api.connector, unattended)).json()
    sandbox.admin.advance_clock(21)
    outsourced = wait_for(in_state(sandbox, ticket["id"], 3))
    assert outsourced["message"]["is_script_composition_running"] is True
    sandbox.admin.advance_clock(601)
    wait_for(in_state(sandbox, ticket["id"], 7))


def test_clock_speed_drives_the_scheduler(sandbox: SandboxThread, api: Session) -> None:
    ticket = api.call(Op.CREATE_TICKET, json=ticket_body(sandbox.catalogue, api.connector)).json()
    sandbox.admin.set_speed(200)
    wait_for(in_state(sandbox, ticket["id"], 2), timeout=2)
    assert sandbox.admin.clock()["speed"] == 200


def test_scheduled_service_center_holds_pending_tickets(sandbox: SandboxThread, api: Session) -> None:
    until = datetime.now(UTC) + timedelta(hours=1)
    sandbox.admin.set_service_center("scheduled", ends_at=until.isoformat(), message="Back at 14:00.")
    status = api.get(Op.SERVICE_CENTER_STATUS).json()
    assert status["state"] == "scheduled"
    assert status["message"] == "Back at 14:00."
    assert datetime.fromisoformat(status["ends_at"]) == until
    me = api.get(Op.ME).json()["service_provider"]["service_center"]
    assert me["tickets_scheduler_enabled"] is True
    assert me["is_open"] is True
    ticket = api.call(Op.CREATE_TICKET, json=ticket_body(sandbox.catalogue, api.connector)).json()
    sandbox.admin.advance_clock(120)
    time.sleep(0.4)
    waiting = admin_ticket(sandbox, ticket["id"])
    assert waiting["state"] == 1
    assert waiting["message"]["schedule"] == {"message": "Back at 14:00.", "until": until.isoformat()}
    sandbox.admin.advance_clock(3600)
    started = wait_for(in_state(sandbox, ticket["id"], 2))
    assert started["message"]["schedule"] is None
    with logged_in(sandbox, api.connector) as later:
        assert later.get(Op.SERVICE_CENTER_STATUS).json()["state"] == "opened"


def test_admin_cancels_a_ticket_with_a_reason(sandbox: SandboxThread, api: Session) -> None:
    ticket = api.call(Op.CREATE_TICKET, json=ticket_body(sandbox.catalogue, api.connector)).json()
    cancelled = sandbox.admin.set_ticket_state(int(ticket["id"]), 8, reason="The car left the workshop.")
    assert cancelled["state"] == 8
    assert cancelled["message"]["cancelled_reason"] == "The car left the workshop."
    problem(api.get(Op.ACTIVE_TICKET, connector_id=api.connector.id), 404, "no-active-ticket")
    history = api.get(Op.HISTORICAL_TICKETS, {"connector_id": api.connector.id}).json()["result"]
    assert history[0]["id"] == int(ticket["id"])
    assert history[0]["state"] == 8
