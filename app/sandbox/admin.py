"""The ``/_sandbox/`` admin API: what tests and trainers use to steer the sandbox.

Not part of the Customer API (hidden from its OpenAPI document) and never subject to injected faults or
the request log. Mirrored one-to-one by :class:`app.sandbox.admin_client.SandboxAdmin`.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.domain.ticket_state import TicketState
from app.sandbox.auth import StateDep
from app.sandbox.config import FaultSpec
from app.sandbox.faults import FaultInjector
from app.sandbox.problems import ProblemError
from app.sandbox.routes_connectors import connector_wire
from app.sandbox.state import SandboxState, TicketRecord

router = APIRouter(prefix="/_sandbox", include_in_schema=False, tags=["sandbox admin"])


class ClockChange(BaseModel):
    """Move the clock forward and/or change its speed."""

    model_config = ConfigDict(extra="forbid")

    advance_seconds: float | None = Field(default=None, ge=0)
    speed: float | None = Field(default=None, gt=0, le=10_000)


class TicketStateChange(BaseModel):
    """Force a ticket into a state."""

    model_config = ConfigDict(extra="forbid")

    state: int
    reason: str | None = Field(default=None, max_length=500)

    @field_validator("state")
    @classmethod
    def _known(cls, value: int) -> int:
        if value not in {s.value for s in TicketState}:
            raise ValueError(
                "not a ticket state: " + ", ".join(f"{s.value} {s.name.lower()}" for s in TicketState)
            )
        return value


class ConnectorChange(BaseModel):
    """Change a connector's live status."""

    model_config = ConfigDict(extra="forbid")

    is_online: bool | None = None
    vin_number: str | None = Field(default=None, max_length=32)
    voltage: Decimal | None = Field(default=None, ge=0, le=60)
    call_for_attention: bool | None = None


class ServiceCenterChange(BaseModel):
    """Open, close or schedule the service center."""

    model_config = ConfigDict(extra="forbid")

    state: Literal["opened", "closed", "scheduled"]
    ends_at: datetime | None = None
    message: str | None = Field(default=None, max_length=1000)

    @field_validator("ends_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("give a time zone (e.g. +00:00)")
        return value


class WalletChange(BaseModel):
    """Set the prepaid wallet."""

    model_config = ConfigDict(extra="forbid")

    balance: str
    payment_by_prepaid_balance: bool | None = None

    @field_validator("balance")
    @classmethod
    def _decimal(cls, value: str) -> str:
        try:
            amount = Decimal(value)
        except InvalidOperation as exc:
            raise ValueError("a decimal amount such as 120.00") from exc
        if not amount.is_finite() or amount < 0:
            raise ValueError("a non-negative amount")
        return str(amount)


def _injector(request: Request) -> FaultInjector:
    injector: FaultInjector = request.app.state.faults
    return injector


def ticket_admin_wire(state: SandboxState, ticket: TicketRecord) -> dict[str, Any]:
    """Everything about a ticket, for tests and trainers."""
    return {
        "id": ticket.id,
        "uuid": ticket.uuid,
        "state": ticket.state,
        "customer_id": ticket.customer_id,
        "connector_id": ticket.connector_id,
        "vin": ticket.vin,
        "vehicle_model_id": ticket.vehicle_model_id,
        "vehicle_model_variant_id": ticket.vehicle_model_variant_id,
        "product_ids": list(ticket.product_ids),
        "chat_id": ticket.chat_id,
        "connection_id": ticket.connection_id,
        "connection_uuid": ticket.connection_uuid,
        "reference": ticket.reference,
        "voucher": ticket.voucher,
        "is_unattended": ticket.is_unattended,
        "created_at": ticket.created_at.isoformat(),
        "state_changed_at": ticket.state_changed_at.isoformat(),
        "started_at": None if ticket.started_at is None else ticket.started_at.isoformat(),
        "finished_at": None if ticket.finished_at is None else ticket.finished_at.isoformat(),
        "cancelled_reason": ticket.cancelled_reason,
        "total": ticket.totals.get("total", {}).get("net_price", {}).get("value"),
        "prerequisite_answers": [{"definition_id": d, "value": v} for d, v in ticket.prerequisite_answers],
        "odometer_reading": ticket.odometer_reading,
        "message": state.ticket_message(ticket.id),
    }


def _clock(state: SandboxState) -> dict[str, Any]:
    return {"now": state.now().isoformat(), "speed": state.clock.speed}


@router.post("/reset", status_code=204, response_class=Response)
async def reset(request: Request, state: StateDep) -> Response:
    """Fresh sample data, no faults, empty request log, clock at the configured speed."""
    state.reset()
    _injector(request).reset()
    return Response(status_code=204)


@router.get("/connectors")
async def connectors(state: StateDep) -> list[dict[str, Any]]:
    """The sample connectors with pincodes, OTPs, labels and their current status."""
    result = []
    for connector in state.catalogue.connectors:
        wire = connector_wire(state, connector)
        status = state.connector_message(connector.id)
        wire.update(
            pincode=connector.pincode,
            otp=connector.otp,
            label=connector.label,
            voltage=status["voltage"],
            call_for_attention=status["call_for_attention"],
        )
        result.append(wire)
    return result


@router.put("/connectors/{connector_id}")
async def update_connector(
    state: StateDep, connector_id: Annotated[int, Path(gt=0)], body: ConnectorChange
) -> dict[str, Any]:
    """Change a connector's live status (pushed to websocket subscribers)."""
    connector = state.index.connector(connector_id)
    if connector is None:
        raise ProblemError(404, "connector-not-found", "Not found", f"There is no connector {connector_id}.")
    state.update_connector(connector_id, **body.model_dump(exclude_none=True))
    wire = connector_wire(state, connector)
    wire.update(state.connector_message(connector_id))
    return wire


@router.get("/clock")
async def get_clock(state: StateDep) -> dict[str, Any]:
    """The sandbox time and speed."""
    return _clock(state)


@router.post("/clock")
async def change_clock(state: StateDep, body: ClockChange) -> dict[str, Any]:
    """Advance the clock and/or change its speed."""
    if body.speed is not None:
        state.clock.set_speed(body.speed)
    if body.advance_seconds:
        state.clock.advance(body.advance_seconds)
    return _clock(state)


@router.get("/faults")
async def list_faults(request: Request) -> list[dict[str, Any]]:
    """The faults in force."""
    return _injector(request).faults()


@router.put("/faults")
async def replace_faults(request: Request, body: Annotated[list[FaultSpec], Body()]) -> list[dict[str, Any]]:
    """Replace the fault list."""
    return _injector(request).set_faults(body)


@router.post("/faults")
async def add_fault(request: Request, body: FaultSpec) -> list[dict[str, Any]]:
    """Add one fault."""
    return _injector(request).add_faults([body])


@router.delete("/faults", status_code=204, response_class=Response)
async def clear_faults(request: Request) -> Response:
    """Remove every fault."""
    _injector(request).clear_faults()
    return Response(status_code=204)


@router.get("/requests")
async def list_requests(
    request: Request, path: Annotated[str | None, Query(max_length=500)] = None
) -> list[dict[str, Any]]:
    """The request log, oldest first (``?path=`` an fnmatch glob)."""
    return _injector(request).requests(path)


@router.delete("/requests", status_code=204, response_class=Response)
async def clear_requests(request: Request) -> Response:
    """Empty the request log."""
    _injector(request).clear_requests()
    return Response(status_code=204)


@router.get("/tickets")
async def tickets(state: StateDep) -> list[dict[str, Any]]:
    """Every ticket, oldest first, with its state and websocket message."""
    return [ticket_admin_wire(state, t) for t in state.all_tickets()]


@router.put("/tickets/{ticket_id}/state")
async def force_ticket_state(
    state: StateDep, ticket_id: Annotated[int, Path(gt=0)], body: TicketStateChange
) -> dict[str, Any]:
    """Force a ticket into a state (8 cancelled takes a reason)."""
    if state.ticket(ticket_id) is None:
        raise ProblemError(404, "ticket-not-found", "Not found", f"There is no ticket {ticket_id}.")
    return ticket_admin_wire(state, state.set_ticket_state(ticket_id, body.state, reason=body.reason))


@router.put("/service-center")
async def set_service_center(state: StateDep, body: ServiceCenterChange) -> dict[str, Any]:
    """Open, close or schedule the service center."""
    state.set_service_center_status(body.state, body.ends_at, body.message)
    status = state.service_center_status()
    return {
        "state": status.state,
        "ends_at": None if status.ends_at is None else status.ends_at.isoformat(),
        "message": status.message,
    }


@router.put("/wallet")
async def set_wallet(state: StateDep, body: WalletChange) -> dict[str, Any]:
    """Set the prepaid wallet's balance (and whether tickets are paid from it)."""
    with state.transaction() as db:
        db.execute("UPDATE wallets SET balance = ?", (body.balance,))
        if body.payment_by_prepaid_balance is not None:
            db.execute(
                "UPDATE wallets SET payment_by_prepaid_balance = ?", (int(body.payment_by_prepaid_balance),)
            )
        row = db.execute("SELECT * FROM wallets LIMIT 1").fetchone()
    return {"balance": row["balance"], "payment_by_prepaid_balance": bool(row["payment_by_prepaid_balance"])}


@router.post("/tokens/expire")
async def expire_tokens(state: StateDep) -> dict[str, int]:
    """Expire every live access token now."""
    return {"expired": state.expire_access_tokens()}


@router.post("/websockets/drop")
async def drop_websockets(request: Request) -> dict[str, int]:
    """Cut every open websocket abruptly."""
    return {"dropped": int(request.app.state.ws_hub.drop_all())}


@router.get("/objects")
async def objects(request: Request) -> list[dict[str, Any]]:
    """The object store's listing."""
    listing: list[dict[str, Any]] = request.app.state.object_store.objects()
    return listing


@router.get("/violations")
async def violations(request: Request) -> list[dict[str, Any]]:
    """Answers that did not match the OpenAPI schema (response validation on)."""
    return list(request.app.state.response_violations)
