"""Connectors: the customer's devices, their live status, and the ticket active on one.

``product_description`` is not explained by the seed; the sandbox fills it with the products of the
connector's active ticket (empty when none), which is what its example value looks like.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Path, Response

from app.domain.contract.customer_api import Op
from app.sandbox.auth import SessionDep, StateDep
from app.sandbox.catalogue import resolve_vin
from app.sandbox.catalogue_types import SampleConnector
from app.sandbox.problems import ProblemError
from app.sandbox.routes_common import DEFAULT_LIMIT, IdPath, Limit, Offset, customer_router, operation, page
from app.sandbox.schemas import UUID_PATTERN, Connector, Page, Ticket
from app.sandbox.state import SandboxState, Session, TicketRecord

router = customer_router("connectors")

_VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


def connector_not_found(identifier: object) -> ProblemError:
    """404 for a connector that does not exist or is not the customer's."""
    return ProblemError(404, "connector-not-found", "Not found", f"There is no connector {identifier}.")


def owned_connector(
    state: SandboxState, session: Session, connector: SampleConnector | None
) -> SampleConnector:
    """The connector when it belongs to the session's customer; 404 otherwise (no hint that it exists)."""
    if connector is None or state.customer_of_connector(connector.id) != session.customer_id:
        raise connector_not_found("with that id")
    return connector


def _vehicle_path(state: SandboxState, connector: SampleConnector, vin_number: str) -> str:
    variant_id = connector.variant_id
    if _VIN.match(vin_number):
        variant = resolve_vin(state.catalogue, vin_number)
        if variant is not None:
            variant_id = variant.id
    if variant_id is None:
        return ""
    return state.index.vehicle_path_string(variant_id)


def connector_wire(state: SandboxState, connector: SampleConnector) -> dict[str, Any]:
    """A connector in the wire shape, with its current status."""
    status = state.connector_status(connector.id)
    vin_number = status["vin_number"] if status is not None else connector.vin_number
    active = state.active_ticket(connector.id)
    products = []
    if active is not None:
        products = [p.name for p in (state.index.product(pid) for pid in active.product_ids) if p is not None]
    return {
        "id": connector.id,
        "uuid": connector.uuid,
        "is_online": bool(status["is_online"]) if status is not None else connector.is_online,
        "has_wifi": connector.has_wifi,
        "software_version": connector.software_version,
        "hardware_version": connector.hardware_version,
        "supports_doip": connector.supports_doip,
        "vehicle_path_string": _vehicle_path(state, connector, vin_number),
        "vin_number": vin_number,
        "product_description": ", ".join(products),
        "hardware_type": connector.hardware_type,
    }


def ticket_wire(ticket: TicketRecord) -> dict[str, Any]:
    """A ticket in the shape of the create and active-ticket answers (seed 001)."""
    return {
        "id": str(ticket.id),
        "uuid": ticket.uuid,
        "vin": ticket.vin,
        "vinNumber": ticket.vin,
        "vehicle_model_id": ticket.vehicle_model_id,
        "vehicle_model_variant_id": ticket.vehicle_model_variant_id,
        "product_ids": [list(ticket.product_ids)],
        "chat_id": ticket.chat_id,
        "connector_id": ticket.connector_id,
        "state": ticket.state,
    }


@operation(router, Op.CONNECTORS, response_model=Page[Connector])
async def list_connectors(
    *, state: StateDep, session: SessionDep, offset: Offset = 0, limit: Limit = DEFAULT_LIMIT
) -> dict[str, Any]:
    """The connectors of the logged-in customer."""
    connectors = [state.index.connector(cid) for cid in state.connector_ids(session.customer_id)]
    return page([connector_wire(state, c) for c in connectors if c is not None], offset, limit)


@operation(router, Op.CONNECTOR, response_model=Connector)
async def get_connector(*, state: StateDep, session: SessionDep, connector_id: IdPath) -> dict[str, Any]:
    """One connector by id."""
    return connector_wire(state, owned_connector(state, session, state.index.connector(connector_id)))


@operation(router, Op.CONNECTOR_BY_UUID, response_model=Connector)
async def get_connector_by_uuid(
    *, state: StateDep, session: SessionDep, connector_uuid: Annotated[str, Path(pattern=UUID_PATTERN)]
) -> dict[str, Any]:
    """One connector by UUID."""
    connector = state.index.connector_by_uuid(connector_uuid.lower())
    return connector_wire(state, owned_connector(state, session, connector))


@operation(router, Op.DISMISS_CALL_FOR_ATTENTION, status_code=204, response_class=Response)
async def dismiss_call_for_attention(
    *, state: StateDep, session: SessionDep, connector_uuid: Annotated[str, Path(pattern=UUID_PATTERN)]
) -> Response:
    """Clear the connector's call for attention (idempotent) and push its status."""
    connector = owned_connector(state, session, state.index.connector_by_uuid(connector_uuid.lower()))
    state.update_connector(connector.id, call_for_attention=False)
    return Response(status_code=204)


@operation(router, Op.ACTIVE_TICKET, response_model=Ticket)
async def get_active_ticket(*, state: StateDep, session: SessionDep, connector_id: IdPath) -> dict[str, Any]:
    """The connector's pending, in-progress or outsourced ticket; 404 ``no-active-ticket`` when none."""
    connector = owned_connector(state, session, state.index.connector(connector_id))
    ticket = state.active_ticket(connector.id)
    if ticket is None:
        raise ProblemError(404, "no-active-ticket", "Not found", "This connector has no active ticket.")
    return ticket_wire(ticket)
