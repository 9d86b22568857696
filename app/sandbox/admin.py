"""The ``/_sandbox/`` admin API: what tests and trainers use to steer the sandbox.

Not part of the Customer API (hidden from its OpenAPI document) and never subject to injected faults or
the request log. Mirrored one-to-one by :class:`app.sandbox.admin_client.SandboxAdmin`.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.domain.ticket_state import TicketState
from app.sandbox.auth import StateDep
from app.sandbox.chat import AttachmentRecord, ChatStore, chat_store, file_name_problem, operator_name
from app.sandbox.config import FaultSpec
from app.sandbox.faults import FaultInjector
from app.sandbox.problems import ProblemError
from app.sandbox.routes_connectors import connector_wire
from app.sandbox.schemas_chat import MAX_FILE_NAME_LENGTH, MAX_MESSAGE_LENGTH, Sender
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


class _WithFile(BaseModel):
    """An optional file, as a name and its bytes in base64 (both or neither)."""

    model_config = ConfigDict(extra="forbid")

    file_name: str | None = Field(default=None, max_length=MAX_FILE_NAME_LENGTH)
    file_bytes_b64: str | None = None

    @field_validator("file_name")
    @classmethod
    def _usable_name(cls, value: str | None) -> str | None:
        problem = None if value is None else file_name_problem(value)
        if problem is not None:
            raise ValueError(problem)
        return value

    @model_validator(mode="after")
    def _both_or_neither(self) -> _WithFile:
        if (self.file_name is None) != (self.file_bytes_b64 is None):
            raise ValueError("give file_name and file_bytes_b64 together")
        return self


class AdminMessage(_WithFile):
    """A message the operator (or the system) posts into a ticket's chat, with an optional file."""

    content: str = Field(default="", max_length=MAX_MESSAGE_LENGTH)
    sender: Literal["operator", "system"] = "operator"

    @model_validator(mode="after")
    def _not_empty(self) -> AdminMessage:
        if not self.content.strip() and self.file_name is None:
            raise ValueError("a message needs content or a file")
        return self


class AdminNote(_WithFile):
    """A note the operator adds to a ticket, with an optional file."""

    value: str = Field(min_length=1, max_length=10_000)


def _injector(request: Request) -> FaultInjector:
    injector: FaultInjector = request.app.state.faults
    return injector


def _note_wire(note: dict[str, Any]) -> dict[str, Any]:
    return {
        **note,
        "created_at": note["created_at"].isoformat(),
        "updated_at": note["updated_at"].isoformat(),
    }


def _csat_wire(state: SandboxState, ticket_id: int) -> dict[str, Any] | None:
    csat = state.ticket_csat(ticket_id)
    if csat is None:
        return None
    return {**csat, "updated_at": csat["updated_at"].isoformat()}


def ticket_admin_wire(state: SandboxState, ticket: TicketRecord) -> dict[str, Any]:
    """Everything about a ticket, for tests and trainers (with its satisfaction score and notes)."""
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
        "csat": _csat_wire(state, ticket.id),
        "notes": [_note_wire(note) for note in state.ticket_notes(ticket.id)],
    }


def _ticket_or_404(state: SandboxState, ticket_id: int) -> TicketRecord:
    ticket = state.ticket(ticket_id)
    if ticket is None:
        raise ProblemError(404, "ticket-not-found", "Not found", f"There is no ticket {ticket_id}.")
    return ticket


def _stored_file(
    store: ChatStore, ticket: TicketRecord, body: _WithFile, sender: Sender
) -> AttachmentRecord | None:
    """The body's file stored as an uploaded attachment of the ticket's chat, or None without one.

    Stored like the operator's own report: the client downloads it through the usual
    ``GET /v1/channel-attachments`` call with the ticket's ``chat_id``.
    """
    if body.file_name is None or body.file_bytes_b64 is None:
        return None
    try:
        data = base64.b64decode(body.file_bytes_b64, validate=True)
    except (binascii.Error, ValueError):
        raise ProblemError(
            400,
            "invalid-request",
            "Invalid request",
            "file_bytes_b64 is not base64.",
            invalid_params=[{"name": "file_bytes_b64", "reason": "not base64"}],
        ) from None
    if len(data) > store.objects.max_upload_bytes:
        raise ProblemError(
            413,
            "payload-too-large",
            "Payload too large",
            f"The file is larger than the limit of {store.objects.max_upload_bytes} bytes.",
            max_upload_bytes=store.objects.max_upload_bytes,
        )
    return store.store_file(ticket.chat_id, body.file_name, data, created_by=sender)


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
    _ticket_or_404(state, ticket_id)
    return ticket_admin_wire(state, state.set_ticket_state(ticket_id, body.state, reason=body.reason))


@router.post("/tickets/{ticket_id}/messages", status_code=201)
async def post_ticket_message(
    state: StateDep, ticket_id: Annotated[int, Path(gt=0)], body: AdminMessage
) -> dict[str, Any]:
    """Post into a ticket's chat as the operator or the system (pushed like any message), with a file."""
    ticket = _ticket_or_404(state, ticket_id)
    store = chat_store(state)
    attachment = _stored_file(store, ticket, body, body.sender)
    message = store.add_message(
        ticket.chat_id,
        sender=body.sender,
        sender_name=operator_name(ticket) if body.sender == "operator" else None,
        content=body.content.strip(),
        type_="text" if attachment is None else "attachment",
        attachment=attachment,
    )
    return message.wire()


@router.get("/tickets/{ticket_id}/messages")
async def ticket_messages(state: StateDep, ticket_id: Annotated[int, Path(gt=0)]) -> list[dict[str, Any]]:
    """A ticket's whole chat, oldest first, control messages included."""
    ticket = _ticket_or_404(state, ticket_id)
    return [message.wire() for message in chat_store(state).messages(ticket.chat_id)]


@router.post("/tickets/{ticket_id}/notes", status_code=201)
async def add_ticket_note(
    state: StateDep, ticket_id: Annotated[int, Path(gt=0)], body: AdminNote
) -> dict[str, Any]:
    """Add a note to a ticket; its file becomes an attachment of the ticket's chat."""
    ticket = _ticket_or_404(state, ticket_id)
    record = _stored_file(chat_store(state), ticket, body, "operator")
    attachments = (
        [] if record is None else [{"file_name": record.file_name, "file_reference": record.file_reference}]
    )
    note_id = state.add_ticket_note(ticket.id, body.value, attachments)
    return next(_note_wire(note) for note in state.ticket_notes(ticket.id) if note["id"] == note_id)


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
