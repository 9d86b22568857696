"""Prices and tickets: the cart calculation, ticket creation, prepared and historical tickets, notes, CSAT.

Ticket creation honours ``Idempotency-Key``: the first *created* ticket is remembered with its key for
``idempotency_ttl`` sandbox seconds; the same key with the same JSON body replays that answer (201, the
same ticket), with another body it is refused with 409 ``idempotency-key-reused``. A refused request is
not remembered: it changed nothing, so sending it again with the same key runs it again.

Historical tickets are the finished ones (closed 7 and cancelled 8), newest first.
"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from fastapi import Header, Query, Request, Response
from fastapi.responses import JSONResponse

from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.sandbox.auth import SessionDep, StateDep
from app.sandbox.catalogue_types import Prerequisite, Product, Variant
from app.sandbox.events import Event
from app.sandbox.pricing import Pricing, calculate_cart, check_voucher, total_due
from app.sandbox.problems import ProblemError, validation_problem
from app.sandbox.routes_common import DEFAULT_LIMIT, IdPath, Limit, Offset, customer_router, operation, page
from app.sandbox.routes_connectors import ticket_wire
from app.sandbox.routes_products import check_products, prerequisites_of, vehicle_variant
from app.sandbox.routes_vehicles import variant_requires_doip
from app.sandbox.schemas import (
    MAX_ID,
    VIN_PATTERN,
    CsatRequest,
    HistoricalTicket,
    Note,
    Page,
    PreparedTicket,
    PriceCalculation,
    PriceRequest,
    Ticket,
    TicketCreate,
)
from app.sandbox.state import FINAL_STATES, SandboxState, Session, TicketRecord, json_dumps, to_iso

router = customer_router("tickets")

VinFilter = Annotated[str, Query(pattern=VIN_PATTERN, description="Vehicle identification number")]


# ---------------------------------------------------------------- shared checks


def _prepared_ticket(state: SandboxState, session: Session, prepared_ticket_id: str | None) -> str | None:
    if prepared_ticket_id is None:
        return None
    with state.lock:
        row = state.db.execute(
            "SELECT id FROM prepared_tickets WHERE id = ? AND customer_id = ? AND used_by_ticket_id IS NULL",
            (prepared_ticket_id.lower(), session.customer_id),
        ).fetchone()
    if row is None:
        raise ProblemError(
            400,
            "prepared-ticket-invalid",
            "Prepared ticket not available",
            "The prepared ticket does not exist or has been used already.",
            prepared_ticket_id=prepared_ticket_id,
        )
    return str(row["id"])


def _price(
    state: SandboxState, variant: Variant, products: list[Product], voucher_code: str | None
) -> dict[str, Any]:
    voucher = None
    if voucher_code and voucher_code.strip():
        voucher = check_voucher(state.catalogue, voucher_code, [p.id for p in products], state.now())
    return calculate_cart(
        Pricing(state.catalogue),
        products,
        voucher,
        vehicle_model_id=variant.model_id,
        vehicle_model_variant_id=variant.id,
    )


@operation(router, Op.CALCULATE_PRICES, response_model=PriceCalculation)
async def calculate_prices(state: StateDep, session: SessionDep, body: PriceRequest) -> dict[str, Any]:
    """Prices of a cart: lines, sub-total, voucher, OE fees, total, and whether confirmation is needed."""
    variant = vehicle_variant(state, body.vehicle_model_id, body.vehicle_model_variant_id)
    products = check_products(state, variant, body.product_ids)
    _prepared_ticket(state, session, body.prepared_ticket_id)
    return _price(state, variant, products, body.voucher)


# ---------------------------------------------------------------- ticket creation


def _check_answer(prerequisite: Prerequisite, raw: str) -> tuple[str | None, str | None]:
    """The normalised answer, or the reason it is not valid for the prerequisite's type."""
    value = raw.strip()
    if prerequisite.type == "boolean":
        if value.lower() not in {"true", "false"}:
            return None, 'a yes/no answer is "true" or "false"'
        return value.lower(), None
    if prerequisite.type == "number":
        try:
            number = Decimal(value)
        except InvalidOperation:
            return None, "not a number"
        if not number.is_finite():
            return None, "not a number"
        return value, None
    if prerequisite.type == "choice":
        for option in prerequisite.options:
            if value in (option.value, str(option.id)):
                return option.value, None
        return None, "not one of the options: " + ", ".join(o.value for o in prerequisite.options)
    return value, None


def _check_prerequisites(
    state: SandboxState, products: list[Product], answers: list[tuple[int, str]]
) -> tuple[list[tuple[int, str]], int | None]:
    """Validated answers (in definition order) and the odometer reading when one was asked."""
    definitions = {p.id: p for p in prerequisites_of(state, products)}
    given = dict(answers)
    problems: list[dict[str, str]] = []
    normalised: list[tuple[int, str]] = []
    odometer: int | None = None
    for definition_id, raw in given.items():
        prerequisite = definitions.get(definition_id)
        if prerequisite is None:
            problems.append(
                {
                    "name": f"product_prerequisites[{definition_id}]",
                    "reason": "not a prerequisite of these products",
                }
            )
            continue
        if not raw.strip():
            continue
        value, reason = _check_answer(prerequisite, raw)
        if reason is not None or value is None:
            problems.append(
                {"name": f"product_prerequisites[{definition_id}]", "reason": reason or "invalid"}
            )
            continue
        normalised.append((definition_id, value))
        if prerequisite.type == "number" and "odometer" in prerequisite.name.lower():
            odometer = int(Decimal(value))
    if problems:
        raise validation_problem(problems, "Some prerequisite answers are not valid.")
    answered = {definition_id for definition_id, _ in normalised}
    missing = sorted(d.id for d in definitions.values() if d.required and d.id not in answered)
    if missing:
        raise ProblemError(
            400,
            "prerequisites-missing",
            "Prerequisites not answered",
            "Answer every required prerequisite first: "
            + ", ".join(definitions[m].name for m in missing)
            + ".",
            definition_ids=missing,
        )
    return sorted(normalised), odometer


def _wallet(state: SandboxState, customer_id: int) -> tuple[Decimal, bool]:
    with state.lock:
        row = state.db.execute("SELECT * FROM wallets WHERE customer_id = ?", (customer_id,)).fetchone()
    if row is None:
        return Decimal(0), False
    return Decimal(row["balance"]), bool(row["payment_by_prepaid_balance"])


def _body_hash(raw: bytes) -> str:
    try:
        canonical = json.dumps(json.loads(raw), sort_keys=True, separators=(",", ":"))
    except ValueError:
        canonical = raw.decode("utf-8", "replace")
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _replay(state: SandboxState, session: Session, key: str, body_hash: str) -> JSONResponse | None:
    cutoff = to_iso(state.now() - timedelta(seconds=state.config.idempotency_ttl))
    row = state.db.execute(
        "SELECT * FROM idempotency_keys WHERE customer_id = ? AND key = ? AND created_at > ?",
        (session.customer_id, key, cutoff),
    ).fetchone()
    if row is None:
        return None
    if row["body_hash"] != body_hash:
        raise ProblemError(
            409,
            "idempotency-key-reused",
            "Idempotency key reused",
            "This Idempotency-Key was already used for a different request.",
        )
    return JSONResponse(json.loads(row["response"]), status_code=int(row["status"]))


def _create(state: SandboxState, session: Session, body: TicketCreate) -> TicketRecord:
    if body.connector_id != session.connector_id:
        raise ProblemError(
            403,
            "connector-not-allowed",
            "Forbidden",
            "A ticket can only be created on the connector you logged in with.",
        )
    connector = state.index.connector(body.connector_id)
    status = state.connector_status(body.connector_id)
    if connector is None or status is None:
        raise ProblemError(404, "connector-not-found", "Not found", "There is no such connector.")
    variant = vehicle_variant(state, body.vehicle_model_id, body.vehicle_model_variant_id)
    if not body.product_ids:
        raise validation_problem([{"name": "product_ids", "reason": "choose at least one product"}])
    products = check_products(state, variant, body.product_ids)
    answers, odometer = _check_prerequisites(
        state, products, [(a.definition_id, a.value) for a in body.product_prerequisites]
    )
    if any(p.is_unattended for p in products) and not body.confirmed_unattended_service:
        raise ProblemError(
            400,
            "unattended-confirmation-required",
            "Confirmation required",
            "Some products run as an unattended service: confirm that with confirmed_unattended_service.",
        )
    if variant_requires_doip(state, variant) and not connector.supports_doip:
        raise ProblemError(
            400,
            "doip-required",
            "DoIP connector required",
            "This vehicle can only be served through a connector that supports DoIP.",
        )
    if not status["is_online"]:
        raise ProblemError(409, "connector-offline", "Connector offline", "The connector is offline.")
    center = state.service_center_status()
    if center.state == "closed":
        raise ProblemError(
            409,
            "service-center-closed",
            "Service center closed",
            center.message or "The service center is closed and takes no tickets now.",
            ends_at=None if center.ends_at is None else center.ends_at.isoformat(),
        )
    active = state.active_ticket(body.connector_id)
    if active is not None:
        raise ProblemError(
            409,
            "active-ticket-exists",
            "Active ticket exists",
            f"The connector already has an active ticket ({active.id}).",
            ticket_id=active.id,
        )
    prepared_id = _prepared_ticket(state, session, body.prepared_ticket_id)
    cart = _price(state, variant, products, body.voucher)
    balance, prepaid = _wallet(state, session.customer_id)
    due = total_due(cart)
    if prepaid and due > balance:
        raise ProblemError(
            400,
            "insufficient-wallet-balance",
            "Insufficient wallet balance",
            f"The ticket costs {due:.2f} {state.catalogue.provider_currency}; the prepaid wallet holds "
            f"{balance:.2f}.",
            balance=str(balance),
            required=str(due),
        )
    with state.transaction() as db:
        ticket_id = state.insert_ticket(
            db,
            customer_id=session.customer_id,
            connector_id=body.connector_id,
            vin=body.vin,
            vehicle_model_id=variant.model_id,
            vehicle_model_variant_id=variant.id,
            product_ids=[p.id for p in products],
            state=TicketState.PENDING,
            reference=body.reference,
            voucher=cart["voucher"],
            is_unattended=all(p.is_unattended for p in products),
            totals=cart,
            prerequisite_answers=answers,
            metadata=body.metadata.model_dump(mode="json", exclude_none=True),
            prepared_ticket_id=prepared_id,
            odometer_reading=odometer,
        )
        if prepaid:
            db.execute(
                "UPDATE wallets SET balance = ? WHERE customer_id = ?",
                (str(balance - due), session.customer_id),
            )
        if prepared_id is not None:
            db.execute(
                "UPDATE prepared_tickets SET used_by_ticket_id = ? WHERE id = ?", (ticket_id, prepared_id)
            )
    ticket = state.ticket(ticket_id)
    assert ticket is not None
    state.publish(Event("ticket", ticket.id, state.ticket_message(ticket.id)))
    return ticket


@operation(router, Op.CREATE_TICKET, response_model=Ticket, status_code=201)
async def create_ticket(
    *,
    request: Request,
    state: StateDep,
    session: SessionDep,
    body: TicketCreate,
    idempotency_key: Annotated[str | None, Header(min_length=1, max_length=255)] = None,
) -> Response:
    """Order the products for the vehicle on the logged-in connector (pending until an operator starts)."""
    body_hash = _body_hash(await request.body())
    with state.lock:
        if idempotency_key is not None:
            replay = _replay(state, session, idempotency_key, body_hash)
            if replay is not None:
                return replay
        ticket = _create(state, session, body)
        answer = Ticket.model_validate(ticket_wire(ticket)).model_dump(mode="json", by_alias=True)
        if idempotency_key is not None:
            now = state.now()
            with state.transaction() as db:
                db.execute(
                    "DELETE FROM idempotency_keys WHERE created_at <= ?",
                    (to_iso(now - timedelta(seconds=state.config.idempotency_ttl)),),
                )
                db.execute(
                    "INSERT OR REPLACE INTO idempotency_keys (customer_id, key, body_hash, status, response,"
                    " created_at) VALUES (?, ?, ?, 201, ?, ?)",
                    (session.customer_id, idempotency_key, body_hash, json_dumps(answer), to_iso(now)),
                )
    return JSONResponse(answer, status_code=201)


# ---------------------------------------------------------------- prepared and historical tickets


@operation(router, Op.PREPARED_TICKETS, response_model=Page[PreparedTicket])
async def list_prepared_tickets(
    *, state: StateDep, session: SessionDep, vin: VinFilter, offset: Offset = 0, limit: Limit = DEFAULT_LIMIT
) -> dict[str, Any]:
    """Tickets prepared in the portal for this VIN and not used yet."""
    with state.lock:
        rows = state.db.execute(
            "SELECT * FROM prepared_tickets WHERE customer_id = ? AND vin = ? AND used_by_ticket_id IS NULL"
            " ORDER BY created_at, id",
            (session.customer_id, vin),
        ).fetchall()
    prepared = []
    for row in rows:
        lines = []
        for product_id in json.loads(row["product_ids"]):
            product = state.index.product(product_id)
            lines.append({"product_id": product_id, "name": product.name if product else ""})
        prepared.append(
            {
                "id": row["id"],
                "vin": row["vin"],
                "vehicle_model_id": row["vehicle_model_id"],
                "vehicle_model_variant_id": row["vehicle_model_variant_id"],
                "product_lines": lines,
            }
        )
    return page(prepared, offset, limit)


def historical_wire(ticket: TicketRecord) -> dict[str, Any]:
    """A finished ticket with its price lines, in the wire shape."""
    totals = ticket.totals
    lines = []
    for item in totals.get("items", []):
        discounts = []
        if Decimal(str(item["total_discount"]["price"]["value"])) > 0:
            discounts.append(
                {
                    "product_id": item["product_id"],
                    "description": "Standing discount",
                    "discount": item["total_discount"],
                }
            )
        lines.append(
            {
                "product_id": item["product_id"],
                "description": item["description"],
                "quantity": 1,
                "gross_price": item["gross_price"],
                "net_price": item["net_price"],
                "total_discount": item["total_discount"],
                "original_equipment_service_fee": item["original_equipment_service_fee"],
                "discounts": discounts,
            }
        )
    return {
        "id": ticket.id,
        "connector_id": ticket.connector_id,
        "state": ticket.state,
        "vin": ticket.vin,
        "odometer_reading": ticket.odometer_reading,
        "reference": ticket.reference,
        "voucher": ticket.voucher,
        "vehicle_model_id": ticket.vehicle_model_id,
        "vehicle_model_variant_id": ticket.vehicle_model_variant_id,
        "sub_total": totals["sub_total"],
        "total": totals["total"],
        "original_equipment_service_fee": totals["original_equipment_service_fee"],
        "product_lines": lines,
        "created_at": ticket.created_at,
        "finished_at": ticket.finished_at,
    }


@operation(router, Op.HISTORICAL_TICKETS, response_model=Page[HistoricalTicket])
async def list_historical_tickets(
    *,
    state: StateDep,
    session: SessionDep,
    vin: Annotated[str | None, Query(pattern=VIN_PATTERN)] = None,
    connector_id: Annotated[int | None, Query(gt=0, le=MAX_ID)] = None,
    offset: Offset = 0,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """Finished tickets of the customer, newest first, by VIN and/or connector."""
    tickets = [
        t
        for t in state.tickets_in_states(FINAL_STATES)
        if t.customer_id == session.customer_id
        and (vin is None or t.vin == vin)
        and (connector_id is None or t.connector_id == connector_id)
    ]
    tickets.sort(key=lambda t: (t.created_at, t.id), reverse=True)
    return page([historical_wire(t) for t in tickets], offset, limit)


def _owned_ticket(state: SandboxState, session: Session, ticket_id: int) -> TicketRecord:
    ticket = state.ticket(ticket_id)
    if ticket is None or ticket.customer_id != session.customer_id:
        raise ProblemError(404, "ticket-not-found", "Not found", f"There is no ticket {ticket_id}.")
    return ticket


@operation(router, Op.HISTORICAL_TICKET, response_model=HistoricalTicket)
async def get_historical_ticket(
    *, state: StateDep, session: SessionDep, historical_ticket_id: IdPath
) -> dict[str, Any]:
    """One finished ticket (404 while it is not finished)."""
    ticket = _owned_ticket(state, session, historical_ticket_id)
    if ticket.state not in FINAL_STATES:
        raise ProblemError(
            404, "ticket-not-found", "Not found", f"Ticket {historical_ticket_id} has not finished yet."
        )
    return historical_wire(ticket)


@operation(router, Op.TICKET_NOTES, response_model=Page[Note])
async def list_ticket_notes(
    *,
    state: StateDep,
    session: SessionDep,
    ticket_id: IdPath,
    offset: Offset = 0,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """The notes of a ticket, oldest first."""
    ticket = _owned_ticket(state, session, ticket_id)
    return page(state.ticket_notes(ticket.id), offset, limit)


@operation(router, Op.TICKET_CSAT, status_code=204, response_class=Response)
async def put_ticket_csat(
    *, state: StateDep, session: SessionDep, ticket_id: IdPath, body: CsatRequest
) -> Response:
    """Add or replace the satisfaction score (-1, 0, 1) and comment of a ticket."""
    ticket = _owned_ticket(state, session, ticket_id)
    with state.transaction() as db:
        db.execute(
            "INSERT OR REPLACE INTO csat (ticket_id, score, comment, updated_at) VALUES (?, ?, ?, ?)",
            (ticket.id, body.score, body.comment, to_iso(state.now())),
        )
    return Response(status_code=204)
