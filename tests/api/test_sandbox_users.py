"""The user, employees, company details, branding and the service center."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import Session, logged_in, problem


@pytest.fixture
def api(sandbox: SandboxThread) -> Iterator[Session]:
    with logged_in(sandbox) as session:
        yield session


def test_users_me_has_the_seed_shape(sandbox: SandboxThread, api: Session) -> None:
    me = api.get(Op.ME).json()
    assert set(me) == {"id", "first_name", "middle_name", "last_name", "client", "service_provider"}
    assert set(me["client"]["address"]) == {"country", "locality", "street", "postal_code"}
    provider = me["service_provider"]
    assert isinstance(provider["prepaid_wallet_settings"]["balance"], str)
    assert Decimal(provider["prepaid_wallet_settings"]["balance"]) == sandbox.catalogue.wallet_balance
    assert provider["currency"] == sandbox.catalogue.provider_currency
    assert provider["service_center"]["is_open"] is True
    assert provider["service_center"]["tickets_scheduler_enabled"] is False
    assert provider["ui"]["theme_color"].startswith("#")
    assert api.get(Op.EMPLOYEE, employee_id="me").json()["id"] == me["id"]


def test_employees_list_create_read_update(api: Session) -> None:
    listed = api.get(Op.EMPLOYEES).json()
    assert listed["total"] >= 3
    body = {
        "given_name": "Ida",
        "family_name": "Holm",
        "username": "ida.holm@example.dk",
        "correspondence_locale": "da-DK",
    }
    created = api.call(Op.CREATE_EMPLOYEE, json=body)
    assert created.status_code == 201
    employee = created.json()
    assert employee | {"id": None} == {**body, "enabled": True, "id": None}
    assert api.get(Op.EMPLOYEE, employee_id=employee["id"]).json() == employee
    assert api.get(Op.EMPLOYEES).json()["total"] == listed["total"] + 1
    update = {**body, "family_name": "Holm-Jensen", "enabled": False}
    changed = api.call(Op.UPDATE_EMPLOYEE, employee_id=employee["id"], json=update).json()
    assert changed["family_name"] == "Holm-Jensen"
    assert changed["enabled"] is False
    kept = api.call(Op.UPDATE_EMPLOYEE, employee_id=employee["id"], json={**body, "enabled": None}).json()
    assert kept["enabled"] is False
    problem(
        api.call(Op.UPDATE_EMPLOYEE, employee_id=employee["id"], json={**body, "username": None}),
        400,
        "username-required",
    )
    problem(api.call(Op.CREATE_EMPLOYEE, json=body), 409, "username-taken")
    problem(
        api.get(Op.EMPLOYEE, employee_id="00000000-0000-4000-8000-000000000000"), 404, "employee-not-found"
    )


def test_employee_validation(api: Session) -> None:
    good = {"given_name": "Ida", "family_name": "Holm", "username": "ida@example.dk"}
    cases = {
        "given_name": {**good, "given_name": "x" * 256},
        "family_name": {**good, "family_name": ""},
        "username": {**good, "username": "not-an-email"},
        "correspondence_locale": {**good, "correspondence_locale": "xx-XX"},
    }
    for field, body in cases.items():
        refused = problem(api.call(Op.CREATE_EMPLOYEE, json=body), 400, "invalid-request")
        assert [p["name"] for p in refused["invalid_params"]] == [field]
    locale = problem(
        api.call(Op.CREATE_EMPLOYEE, json={**good, "correspondence_locale": "english"}),
        400,
        "invalid-request",
    )
    assert "BCP 47" in locale["invalid_params"][0]["reason"]


def test_customer_details_read_and_edit(api: Session) -> None:
    customer = api.get(Op.CUSTOMER).json()
    assert set(customer) == {
        "name",
        "reference",
        "street",
        "number",
        "postal_code",
        "city",
        "country",
        "email_address",
        "financial_email_address",
        "phone",
        "currency",
    }
    changed = api.call(Op.UPDATE_CUSTOMER, json={"city": "Aarhus C", "phone": 4586123456}).json()
    assert changed == {**customer, "city": "Aarhus C", "phone": "4586123456"}
    assert api.get(Op.CUSTOMER).json() == changed
    for bad in ({"country": "Denmark"}, {"email_address": "nope"}, {"name": ""}, {"phone": "call me"}):
        problem(api.call(Op.UPDATE_CUSTOMER, json=bad), 400, "invalid-request")


def test_branding_and_service_center(api: Session) -> None:
    branding = api.get(Op.BRANDING).json()
    assert set(branding) == {"branding_name", "customer_portal_url"}
    center = api.get(Op.SERVICE_CENTER).json()
    assert center["csat_enabled"] is True
    assert center["payment_by_prepaid_wallet"] is True
    assert api.get(Op.SERVICE_CENTER_STATUS).json() == {"state": "opened", "ends_at": None, "message": None}
