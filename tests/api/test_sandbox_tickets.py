"""Ticket creation and its refusals, idempotency, prepared and historical tickets, notes, CSAT."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import (
    Session,
    answers_for,
    connector_where,
    logged_in,
    offered,
    problem,
    ticket_body,
    variant_of,
)


@pytest.fixture
def api(sandbox: SandboxThread) -> Iterator[Session]:
    with logged_in(sandbox) as session:
        yield session


def create(api: Session, body: dict[str, Any], key: str | None = None) -> httpx.Response:
    headers = {"Idempotency-Key": key} if key else None
    return api.call(Op.CREATE_TICKET, json=body, headers=headers)


def test_create_ticket_answers_the_seed_shape(sandbox: SandboxThread, api: Session) -> None:
    balance_before = Decimal(api.get(Op.ME).json()["service_provider"]["prepaid_wallet_settings"]["balance"])
    body = ticket_body(sandbox.catalogue, api.connector)
    price = api.call(
        Op.CALCULATE_PRICES,
        json={k: body[k] for k in ("vehicle_model_id", "vehicle_model_variant_id", "product_ids", "vin")},
    ).json()
    response = api.call(Op.CREATE_TICKET, json=body)
    assert response.status_code == 201, response.text
    ticket = response.json()
    assert isinstance(ticket["id"], str)
    assert ticket["vin"] == ticket["vinNumber"] == body["vin"]
    assert ticket["product_ids"] == [body["product_ids"]]
    assert re.fullmatch(rf"{ticket['id']}_[0-9a-f-]{{36}}", ticket["chat_id"])
    assert ticket["connector_id"] == api.connector.id
    assert ticket["state"] == 1
    assert api.get(Op.ACTIVE_TICKET, connector_id=api.connector.id).json() == ticket
    stored = next(t for t in sandbox.admin.tickets() if str(t["id"]) == ticket["id"])
    assert stored["reference"] == body["reference"]
    assert {a["definition_id"] for a in stored["prerequisite_answers"]} == {
        a["definition_id"] for a in body["product_prerequisites"]
    }
    balance_after = Decimal(api.get(Op.ME).json()["service_provider"]["prepaid_wallet_settings"]["balance"])
    assert balance_before - balance_after == Decimal(str(price["total"]["net_price"]["value"]))


def test_second_ticket_on_the_connector_conflicts(sandbox: SandboxThread, api: Session) -> None:
    first = create(api, ticket_body(sandbox.catalogue, api.connector))
    assert first.status_code == 201
    again = problem(create(api, ticket_body(sandbox.catalogue, api.connector)), 409, "active-ticket-exists")
    assert str(again["ticket_id"]) == first.json()["id"]


def test_idempotency_key_replays_and_refuses_reuse(sandbox: SandboxThread, api: Session) -> None:
    key = str(uuid.uuid4())
    body = ticket_body(sandbox.catalogue, api.connector)
    first = api.call(Op.CREATE_TICKET, json=body, headers={"Idempotency-Key": key})
    replay = api.call(Op.CREATE_TICKET, json=body, headers={"Idempotency-Key": key})
    assert first.status_code == replay.status_code == 201
    assert replay.json() == first.json()
    assert len([t for t in sandbox.admin.tickets() if t["reference"] == body["reference"]]) == 1
    changed = {**body, "reference": "another"}
    problem(
        api.call(Op.CREATE_TICKET, json=changed, headers={"Idempotency-Key": key}),
        409,
        "idempotency-key-reused",
    )
    logged = sandbox.admin.requests("/v1/tickets")
    assert [entry["idempotency_key"] for entry in logged] == [key, key, key]
    assert [entry["status"] for entry in logged] == [201, 201, 409]


def test_idempotency_keys_are_forgotten_after_a_day(sandbox: SandboxThread, api: Session) -> None:
    key = str(uuid.uuid4())
    body = ticket_body(sandbox.catalogue, api.connector)
    assert api.call(Op.CREATE_TICKET, json=body, headers={"Idempotency-Key": key}).status_code == 201
    sandbox.admin.advance_clock(24 * 3600 + 1)
    with logged_in(sandbox, api.connector) as later:
        # The key is gone: the request runs again and meets the ticket it created a day ago.
        again = later.call(Op.CREATE_TICKET, json=body, headers={"Idempotency-Key": key})
        problem(again, 409, "active-ticket-exists")


def test_a_refused_request_is_not_remembered_under_its_key(sandbox: SandboxThread, api: Session) -> None:
    key = str(uuid.uuid4())
    body = ticket_body(sandbox.catalogue, api.connector)
    sandbox.admin.update_connector(api.connector.id, is_online=False)
    problem(api.call(Op.CREATE_TICKET, json=body, headers={"Idempotency-Key": key}), 409, "connector-offline")
    sandbox.admin.update_connector(api.connector.id, is_online=True)
    assert api.call(Op.CREATE_TICKET, json=body, headers={"Idempotency-Key": key}).status_code == 201


def test_ticket_only_on_the_logged_in_connector(sandbox: SandboxThread, api: Session) -> None:
    other = connector_where(
        sandbox.catalogue, lambda c: c.id != api.connector.id and c.variant_id is not None
    )
    body = ticket_body(sandbox.catalogue, api.connector, connector_id=other.id)
    problem(create(api, body), 403, "connector-not-allowed")


def test_vehicle_and_products_are_checked(sandbox: SandboxThread, api: Session) -> None:
    variant = variant_of(sandbox.catalogue, api.connector)
    other_model = next(m for m in sandbox.catalogue.models if m.id != variant.model_id)
    body = ticket_body(sandbox.catalogue, api.connector)
    problem(create(api, {**body, "vehicle_model_id": other_model.id}), 400, "variant-model-mismatch")
    problem(
        create(api, {**body, "vehicle_model_variant_id": 999_999}), 404, "vehicle-model-variant-not-found"
    )
    bad_vin = problem(create(api, {**body, "vin": "WVWZZZ1KZAW00000O"}), 400, "invalid-request")
    assert bad_vin["invalid_params"][0]["name"] == "vin"
    offered_ids = {p.id for p in offered(sandbox.catalogue, variant)}
    foreign = next(p.id for p in sandbox.catalogue.products if p.id not in offered_ids)
    refused = problem(create(api, {**body, "product_ids": [foreign]}), 400, "products-not-available")
    assert refused["product_ids"] == [foreign]
    problem(create(api, {**body, "product_ids": []}), 400, "invalid-request")
    no_metadata = {k: v for k, v in body.items() if k != "metadata"}
    assert (
        problem(create(api, no_metadata), 400, "invalid-request")["invalid_params"][0]["name"] == "metadata"
    )
    # A model id sent as a numeric string (as the seed's example does) is accepted.
    as_text = {**body, "vehicle_model_id": str(variant.model_id), "vehicle_model_variant_id": str(variant.id)}
    assert create(api, as_text).status_code == 201


def test_prerequisites_must_be_answered_and_valid(sandbox: SandboxThread, api: Session) -> None:
    variant = variant_of(sandbox.catalogue, api.connector)
    index_types = {p.id: p for p in sandbox.catalogue.prerequisites}
    product = next(
        p
        for p in offered(sandbox.catalogue, variant)
        if not p.is_unattended
        and any(index_types[d].required and index_types[d].type == "boolean" for d in p.prerequisite_ids)
    )
    body = ticket_body(sandbox.catalogue, api.connector, [product])
    required = sorted(d for d in product.prerequisite_ids if index_types[d].required)
    missing = problem(create(api, {**body, "product_prerequisites": []}), 400, "prerequisites-missing")
    assert missing["definition_ids"] == required
    boolean = next(d for d in product.prerequisite_ids if index_types[d].type == "boolean")
    wrong = [
        {**a, "value": "yes"} if a["definition_id"] == boolean else a
        for a in answers_for(sandbox.catalogue, [product])
    ]
    invalid = problem(create(api, {**body, "product_prerequisites": wrong}), 400, "invalid-request")
    assert invalid["invalid_params"] == [
        {"name": f"product_prerequisites[{boolean}]", "reason": 'a yes/no answer is "true" or "false"'}
    ]
    stranger = next(p.id for p in sandbox.catalogue.prerequisites if p.id not in product.prerequisite_ids)
    extra = [*body["product_prerequisites"], {"definition_id": stranger, "value": "true"}]
    problem(create(api, {**body, "product_prerequisites": extra}), 400, "invalid-request")
    assert create(api, body).status_code == 201


def test_choice_and_number_answers_are_checked(sandbox: SandboxThread, api: Session) -> None:
    variant = variant_of(sandbox.catalogue, api.connector)
    definitions = {p.id: p for p in sandbox.catalogue.prerequisites}
    product = next(
        p
        for p in offered(sandbox.catalogue, variant)
        if not p.is_unattended and any(definitions[d].type == "choice" for d in p.prerequisite_ids)
    )
    body = ticket_body(sandbox.catalogue, api.connector, [product])
    choice = next(d for d in product.prerequisite_ids if definitions[d].type == "choice")
    answers = [
        {**a, "value": "Nowhere"} if a["definition_id"] == choice else a
        for a in body["product_prerequisites"]
    ]
    body_bad = {**body, "product_prerequisites": answers}
    reason = problem(create(api, body_bad), 400, "invalid-request")["invalid_params"][0]["reason"]
    assert reason.startswith("not one of the options")
    numbers = [d for d in product.prerequisite_ids if definitions[d].type == "number"]
    if numbers:
        answers = [
            {**a, "value": "lots"} if a["definition_id"] == numbers[0] else a
            for a in body["product_prerequisites"]
        ]
        problem(create(api, {**body, "product_prerequisites": answers}), 400, "invalid-request")


def test_unattended_products_need_the_confirmation(sandbox: SandboxThread, api: Session) -> None:
    variant = variant_of(sandbox.catalogue, api.connector)
    unattended = next(p for p in offered(sandbox.catalogue, variant) if p.is_unattended)
    body = ticket_body(sandbox.catalogue, api.connector, [unattended], confirmed_unattended_service=False)
    problem(create(api, body), 400, "unattended-confirmation-required")
    assert create(api, {**body, "confirmed_unattended_service": True}).status_code == 201


def test_doip_car_on_a_classic_connector_is_refused(sandbox: SandboxThread) -> None:
    connector = connector_where(
        sandbox.catalogue,
        lambda c: c.is_online and not c.supports_doip and c.variant_id is not None and "DoIP" in c.label,
    )
    with logged_in(sandbox, connector) as api:
        problem(create(api, ticket_body(sandbox.catalogue, connector)), 400, "doip-required")


def test_offline_connector_and_closed_service_center_conflict(sandbox: SandboxThread, api: Session) -> None:
    body = ticket_body(sandbox.catalogue, api.connector)
    sandbox.admin.update_connector(api.connector.id, is_online=False)
    problem(create(api, body), 409, "connector-offline")
    sandbox.admin.update_connector(api.connector.id, is_online=True)
    sandbox.admin.set_service_center("closed", message="Closed for the national holiday.")
    closed = problem(create(api, body), 409, "service-center-closed")
    assert closed["detail"] == "Closed for the national holiday."
    status = api.get(Op.SERVICE_CENTER_STATUS).json()
    assert status == {"state": "closed", "ends_at": None, "message": "Closed for the national holiday."}
    sandbox.admin.set_service_center("opened")
    assert create(api, body).status_code == 201


def test_wallet_must_cover_the_total(sandbox: SandboxThread, api: Session) -> None:
    body = ticket_body(sandbox.catalogue, api.connector)
    sandbox.admin.set_wallet("1.00")
    short = problem(create(api, body), 400, "insufficient-wallet-balance")
    assert short["balance"] == "1.00"
    assert Decimal(short["required"]) > 1
    sandbox.admin.set_wallet("1.00", payment_by_prepaid_balance=False)
    assert create(api, body).status_code == 201
    assert api.get(Op.ME).json()["service_provider"]["prepaid_wallet_settings"]["balance"] == "1.00"


def test_prepared_ticket_is_used_once(sandbox: SandboxThread) -> None:
    vehicle = sandbox.catalogue.sample_vehicles[0]
    connector = connector_where(sandbox.catalogue, lambda c: c.vin_number == vehicle.vin and c.is_online)
    with logged_in(sandbox, connector) as api:
        prepared = api.get(Op.PREPARED_TICKETS, {"vin": vehicle.vin}).json()
        assert prepared["total"] >= 1
        chosen = prepared["result"][0]
        assert chosen["vin"] == vehicle.vin
        products = [
            p for line in chosen["product_lines"] if (p := sandbox.state.index.product(line["product_id"]))
        ]
        assert len(products) == len(chosen["product_lines"])
        assert [line["name"] for line in chosen["product_lines"]] == [p.name for p in products]
        body = ticket_body(sandbox.catalogue, connector, products, prepared_ticket_id=chosen["id"])
        assert create(api, body).status_code == 201
        left = api.get(Op.PREPARED_TICKETS, {"vin": vehicle.vin}).json()
        assert chosen["id"] not in {p["id"] for p in left["result"]}
        problem(api.get(Op.PREPARED_TICKETS), 400, "invalid-request")


def test_historical_tickets_filters_and_detail(sandbox: SandboxThread, api: Session) -> None:
    everything = api.get(Op.HISTORICAL_TICKETS, {"limit": 200}).json()
    assert everything["total"] >= 4
    created = [t["created_at"] for t in everything["result"]]
    assert created == sorted(created, reverse=True)
    sample = everything["result"][0]
    assert sample["state"] == 7
    line = sample["product_lines"][0]
    assert {
        "product_id",
        "description",
        "quantity",
        "gross_price",
        "net_price",
        "total_discount",
        "discounts",
    } <= set(line)
    lines_net = sum(Decimal(str(line["net_price"]["value"])) for line in sample["product_lines"])
    assert Decimal(str(sample["sub_total"]["net_price"]["value"])) == lines_net
    by_vin = api.get(Op.HISTORICAL_TICKETS, {"vin": sample["vin"]}).json()["result"]
    assert by_vin
    assert all(t["vin"] == sample["vin"] for t in by_vin)
    by_connector = api.get(Op.HISTORICAL_TICKETS, {"connector_id": sample["connector_id"]}).json()["result"]
    assert all(t["connector_id"] == sample["connector_id"] for t in by_connector)
    both = api.get(
        Op.HISTORICAL_TICKETS, {"vin": sample["vin"], "connector_id": sample["connector_id"]}
    ).json()
    assert sample["id"] in {t["id"] for t in both["result"]}
    assert api.get(Op.HISTORICAL_TICKET, historical_ticket_id=sample["id"]).json() == sample
    problem(api.get(Op.HISTORICAL_TICKET, historical_ticket_id=999_999), 404, "ticket-not-found")
    problem(api.get(Op.HISTORICAL_TICKETS, {"vin": "short"}), 400, "invalid-request")
    active = create(api, ticket_body(sandbox.catalogue, api.connector)).json()
    problem(api.get(Op.HISTORICAL_TICKET, historical_ticket_id=active["id"]), 404, "ticket-not-found")


def test_notes_and_csat(sandbox: SandboxThread, api: Session) -> None:
    sample = api.get(Op.HISTORICAL_TICKETS).json()["result"][0]
    notes = api.get(Op.TICKET_NOTES, ticket_id=sample["id"]).json()
    assert notes["total"] >= 1
    note = notes["result"][0]
    assert note["ticket_id"] == sample["id"]
    assert note["value"]
    assert isinstance(note["attachments"], list)
    problem(api.get(Op.TICKET_NOTES, ticket_id=999_999), 404, "ticket-not-found")
    assert (
        api.call(
            Op.TICKET_CSAT, ticket_id=sample["id"], json={"score": 1, "comment": "Quick and clear"}
        ).status_code
        == 204
    )
    assert api.call(Op.TICKET_CSAT, ticket_id=sample["id"], json={"score": -1}).status_code == 204
    stored = sandbox.state.db.execute(
        "SELECT score, comment FROM csat WHERE ticket_id = ?", (sample["id"],)
    ).fetchone()
    assert (stored["score"], stored["comment"]) == (-1, None)
    for score in (2, -2, 0.5, "good"):
        problem(
            api.call(Op.TICKET_CSAT, ticket_id=sample["id"], json={"score": score}), 400, "invalid-request"
        )
    problem(api.call(Op.TICKET_CSAT, ticket_id=999_999, json={"score": 0}), 404, "ticket-not-found")
