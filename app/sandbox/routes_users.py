"""The user, the workshop's employees and company details, branding and the service center.

The user of a connector login is the workshop's current employee (the first sample employee), which is
what ``GET /v1/employees/me`` returns too.
"""

from __future__ import annotations

import sqlite3
import uuid
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Path

from app.domain.contract.customer_api import Op
from app.sandbox.auth import SessionDep, StateDep
from app.sandbox.problems import ProblemError
from app.sandbox.routes_common import DEFAULT_LIMIT, Limit, Offset, customer_router, operation, page
from app.sandbox.schemas import (
    Branding,
    Customer,
    CustomerUpdate,
    Employee,
    EmployeeCreate,
    EmployeeUpdate,
    Page,
    ServiceCenter,
    ServiceCenterStatus,
    UserMe,
)
from app.sandbox.state import SandboxState, Session, to_iso

router = customer_router("users")

SERVICE_PROVIDER = {
    "id": 71,
    "name": "Nordic Remote Diagnostics",
    "logo": "/media/cache/service_provider_portal_header_logo_thumb/nordic-remote-diagnostics.png",
    "header_background": "#0b2545",
    "theme_color": "#00aeef",
}
DEFAULT_LOCALE = "en-GB"


def _employee_wire(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "given_name": row["given_name"],
        "family_name": row["family_name"],
        "username": row["username"],
        "enabled": bool(row["enabled"]),
        "correspondence_locale": row["correspondence_locale"],
    }


def _customer_row(state: SandboxState, customer_id: int) -> sqlite3.Row:
    with state.lock:
        row: sqlite3.Row | None = state.db.execute(
            "SELECT * FROM customers WHERE id = ?", (customer_id,)
        ).fetchone()
    if row is None:
        raise ProblemError(404, "customer-not-found", "Not found", "The customer does not exist.")
    return row


def _customer_wire(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "name": row["name"],
        "reference": row["id"],
        "street": row["street"],
        "number": row["number"],
        "postal_code": row["postal_code"],
        "city": row["city"],
        "country": row["country"],
        "email_address": row["email_address"],
        "financial_email_address": row["financial_email_address"],
        "phone": row["phone"],
        "currency": row["currency"],
    }


def _employee_row(state: SandboxState, session: Session, employee_id: str) -> sqlite3.Row:
    with state.lock:
        if employee_id == "me":
            row = state.db.execute(
                "SELECT * FROM employees WHERE customer_id = ? AND is_current = 1", (session.customer_id,)
            ).fetchone()
        else:
            row = state.db.execute(
                "SELECT * FROM employees WHERE customer_id = ? AND id = ?",
                (session.customer_id, employee_id.lower()),
            ).fetchone()
    if row is None:
        raise ProblemError(404, "employee-not-found", "Not found", f"There is no employee {employee_id}.")
    result: sqlite3.Row = row
    return result


def _username_taken(username: str) -> ProblemError:
    return ProblemError(
        409, "username-taken", "Username taken", f"Another employee already has the username {username}."
    )


@operation(router, Op.ME, response_model=UserMe)
async def get_me(state: StateDep, session: SessionDep) -> dict[str, Any]:
    """The logged-in user, the workshop and the service provider (wallet, service center, colours)."""
    employee = _employee_row(state, session, "me")
    customer = _customer_row(state, session.customer_id)
    with state.lock:
        wallet = state.db.execute(
            "SELECT * FROM wallets WHERE customer_id = ?", (session.customer_id,)
        ).fetchone()
    balance = Decimal(wallet["balance"]) if wallet else Decimal(0)
    center = state.service_center_status()
    scheduled = center.state == "scheduled"
    return {
        "id": employee["id"],
        "first_name": employee["given_name"],
        "middle_name": None,
        "last_name": employee["family_name"],
        "client": {
            "name": customer["name"],
            "reference": str(customer["id"]),
            "allow_tickets_without_product": False,
            "address": {
                "country": customer["country"],
                "locality": customer["city"],
                "street": f"{customer['street']} {customer['number']}",
                "postal_code": customer["postal_code"],
            },
        },
        "service_provider": {
            "id": SERVICE_PROVIDER["id"],
            "name": SERVICE_PROVIDER["name"],
            "has_prepaid_wallet": wallet is not None,
            "prepaid_wallet_settings": {"balance": str(balance)},
            "payment_by_prepaid_balance": bool(wallet["payment_by_prepaid_balance"]) if wallet else False,
            "service_center": {
                "is_open": center.state != "closed",
                "tickets_scheduler_active_until": center.ends_at if scheduled else None,
                "tickets_scheduler_enabled": scheduled,
                "tickets_scheduler_message": center.message if scheduled else None,
                "service_message": center.message,
                "service_message_active": center.message is not None,
            },
            "currency": state.catalogue.provider_currency,
            "ui": {
                "company_name": customer["name"],
                "portal_header_background_color": SERVICE_PROVIDER["header_background"],
                "portal_headerlogo_path": SERVICE_PROVIDER["logo"],
                "theme_color": SERVICE_PROVIDER["theme_color"],
            },
        },
    }


@operation(router, Op.EMPLOYEES, response_model=Page[Employee])
async def list_employees(
    *, state: StateDep, session: SessionDep, offset: Offset = 0, limit: Limit = DEFAULT_LIMIT
) -> dict[str, Any]:
    """The workshop's employees, oldest account first."""
    with state.lock:
        rows = state.db.execute(
            "SELECT * FROM employees WHERE customer_id = ? ORDER BY created_at, id", (session.customer_id,)
        ).fetchall()
    return page([_employee_wire(row) for row in rows], offset, limit)


@operation(router, Op.CREATE_EMPLOYEE, response_model=Employee, status_code=201)
async def create_employee(state: StateDep, session: SessionDep, body: EmployeeCreate) -> dict[str, Any]:
    """Add an employee (409 when the username is taken)."""
    employee_id = str(uuid.uuid4())
    try:
        with state.transaction() as db:
            db.execute(
                "INSERT INTO employees (id, customer_id, given_name, family_name, username, enabled,"
                " correspondence_locale, is_current, created_at) VALUES (?, ?, ?, ?, ?, 1, ?, 0, ?)",
                (
                    employee_id,
                    session.customer_id,
                    body.given_name,
                    body.family_name,
                    body.username,
                    body.correspondence_locale or DEFAULT_LOCALE,
                    to_iso(state.now()),
                ),
            )
    except sqlite3.IntegrityError as exc:
        raise _username_taken(body.username or "") from exc
    return _employee_wire(_employee_row(state, session, employee_id))


@operation(router, Op.EMPLOYEE, response_model=Employee)
async def get_employee(
    *, state: StateDep, session: SessionDep, employee_id: Annotated[str, Path(min_length=1, max_length=64)]
) -> dict[str, Any]:
    """One employee; ``me`` is the logged-in one."""
    return _employee_wire(_employee_row(state, session, employee_id))


@operation(router, Op.UPDATE_EMPLOYEE, response_model=Employee)
async def update_employee(
    *,
    state: StateDep,
    session: SessionDep,
    employee_id: Annotated[str, Path(min_length=1, max_length=64)],
    body: EmployeeUpdate,
) -> dict[str, Any]:
    """Change an employee; a username once set cannot be removed, only changed."""
    row = _employee_row(state, session, employee_id)
    if body.username is None and row["username"] is not None:
        raise ProblemError(
            400,
            "username-required",
            "Username required",
            "A username once set cannot be removed, only changed.",
            invalid_params=[{"name": "username", "reason": "cannot be unset"}],
        )
    enabled = row["enabled"] if body.enabled is None else int(body.enabled)
    try:
        with state.transaction() as db:
            db.execute(
                "UPDATE employees SET given_name = ?, family_name = ?, username = ?,"
                " correspondence_locale = ?, enabled = ? WHERE id = ?",
                (
                    body.given_name,
                    body.family_name,
                    body.username,
                    body.correspondence_locale or row["correspondence_locale"],
                    enabled,
                    row["id"],
                ),
            )
    except sqlite3.IntegrityError as exc:
        raise _username_taken(body.username or "") from exc
    return _employee_wire(_employee_row(state, session, row["id"]))


@operation(router, Op.CUSTOMER, response_model=Customer)
async def get_customer(state: StateDep, session: SessionDep) -> dict[str, Any]:
    """The workshop's company details."""
    return _customer_wire(_customer_row(state, session.customer_id))


@operation(router, Op.UPDATE_CUSTOMER, response_model=Customer)
async def update_customer(state: StateDep, session: SessionDep, body: CustomerUpdate) -> dict[str, Any]:
    """Change the given company details; the others stay."""
    changes = body.model_dump(exclude_none=True)
    if changes:
        assignments = ", ".join(f"{name} = ?" for name in changes)
        with state.transaction() as db:
            db.execute(
                f"UPDATE customers SET {assignments} WHERE id = ?",  # noqa: S608 - names come from the model
                (*changes.values(), session.customer_id),
            )
    return _customer_wire(_customer_row(state, session.customer_id))


@operation(router, Op.BRANDING, response_model=Branding)
async def get_branding(state: StateDep, session: SessionDep) -> dict[str, Any]:
    """The portal branding of the workshop."""
    customer = _customer_row(state, session.customer_id)
    return {
        "branding_name": customer["name"],
        "customer_portal_url": "customer-portal.sandbox.workbay.invalid",
    }


@operation(router, Op.SERVICE_CENTER, response_model=ServiceCenter)
async def get_service_center(state: StateDep, _session: SessionDep) -> dict[str, Any]:
    """The service center's settings."""
    with state.lock:
        wallet = state.db.execute("SELECT payment_by_prepaid_balance FROM wallets LIMIT 1").fetchone()
    return {
        "name": SERVICE_PROVIDER["name"],
        "payment_by_prepaid_wallet": bool(wallet["payment_by_prepaid_balance"]) if wallet else False,
        "pricing_version": 1,
        "primary_background_color": SERVICE_PROVIDER["header_background"],
        "logo": SERVICE_PROVIDER["logo"],
        "service_message": state.service_center_status().message,
        "primary_color": SERVICE_PROVIDER["theme_color"],
        "csat_enabled": True,
    }


@operation(router, Op.SERVICE_CENTER_STATUS, response_model=ServiceCenterStatus)
async def get_service_center_status(state: StateDep, _session: SessionDep) -> dict[str, Any]:
    """Whether the service center takes tickets now (opened, closed, or scheduled until ``ends_at``)."""
    status = state.service_center_status()
    return {"state": status.state, "ends_at": status.ends_at, "message": status.message}
