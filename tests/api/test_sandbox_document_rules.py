"""The sandbox enforces exactly the rules its OpenAPI document states (the cases schemathesis found).

The property-based test (``test_sandbox_schemathesis.py``) finds these only when its draws happen to hit
them; these pin each one down.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from app.sandbox.schemas import MAX_ID, SUPPORTED_LOCALES
from tests.api.sandbox_support import Session, logged_in, offered, problem, variant_of


@pytest.fixture
def api(sandbox: SandboxThread) -> Iterator[Session]:
    with logged_in(sandbox) as session:
        yield session


@pytest.fixture
def document(sandbox: SandboxThread) -> dict[str, Any]:
    answer = httpx.get(sandbox.base_url + "/openapi.json", timeout=10)
    assert answer.status_code == httpx.codes.OK
    result: dict[str, Any] = answer.json()
    return result


def _parameter(document: dict[str, Any], op: Op, name: str) -> dict[str, Any]:
    operation = document["paths"][op.route.template][op.route.method.lower()]
    found: dict[str, Any] = next(p for p in operation["parameters"] if p["name"] == name)
    return found


@pytest.mark.parametrize(
    ("method", "op", "allowed"),
    [
        ("OPTIONS", Op.CUSTOMER, "GET, PUT"),
        ("DELETE", Op.EMPLOYEE, "GET, PUT"),
        ("PUT", Op.EMPLOYEES, "GET, POST"),
        ("DELETE", Op.GET_ATTACHMENT, "GET, POST"),
        ("PATCH", Op.MESSAGES, "GET, POST"),
    ],
)
def test_a_405_allows_every_method_of_the_path(api: Session, method: str, op: Op, allowed: str) -> None:
    path = op.route.template.replace("{employee_id}", "me").replace("{channel_id}", "1")
    answer = api.http.request(method, path)
    problem(answer, 405, "method-not-allowed")
    assert answer.headers["Allow"] == allowed


def test_an_undocumented_query_parameter_is_refused(api: Session) -> None:
    assert api.get(Op.SERVICED_VEHICLES, {"offset": 0, "limit": 5}).status_code == httpx.codes.OK
    refused = problem(api.get(Op.SERVICED_VEHICLES, {"offset": 0, "ofset": 5}), 400, "invalid-request")
    assert refused["invalid_params"] == [{"name": "ofset", "reason": "not a parameter of this operation"}]


def test_an_id_beyond_the_documented_maximum_is_malformed_and_one_within_is_unknown(
    api: Session, document: dict[str, Any]
) -> None:
    assert _parameter(document, Op.HISTORICAL_TICKET, "historical_ticket_id")["schema"]["maximum"] == MAX_ID
    for too_large in (MAX_ID + 1, 2**63):
        refused = problem(
            api.get(Op.HISTORICAL_TICKET, historical_ticket_id=too_large), 400, "invalid-request"
        )
        assert refused["invalid_params"][0]["name"] == "historical_ticket_id"
        problem(api.get(Op.TICKET_NOTES, ticket_id=too_large), 400, "invalid-request")
        problem(api.call(Op.REMOVE_FAVORITE, product_id=too_large), 400, "invalid-request")
    problem(api.get(Op.HISTORICAL_TICKET, historical_ticket_id=MAX_ID), 404, "ticket-not-found")
    problem(api.call(Op.TICKET_CSAT, ticket_id=MAX_ID, json={"score": 1}), 404, "ticket-not-found")
    problem(api.call(Op.REMOVE_FAVORITE, product_id=MAX_ID), 404, "favorite-not-found")


def test_products_document_that_group_and_bundle_exclude_each_other(
    sandbox: SandboxThread, api: Session, document: dict[str, Any]
) -> None:
    operation = document["paths"][Op.PRODUCTS.route.template]["get"]
    assert operation["x-mutually-exclusive-parameters"] == [["product_group_id", "product_bundle_id"]]
    variant = variant_of(sandbox.catalogue, api.connector)
    bundle = sandbox.catalogue.bundles[0]
    both = {
        "vehicle_model_id": variant.model_id,
        "vehicle_model_variant_id": variant.id,
        "product_group_id": bundle.group_id,
        "product_bundle_id": bundle.id,
    }
    refused = problem(api.get(Op.PRODUCTS, both), 400, "invalid-request")
    assert {p["name"] for p in refused["invalid_params"]} == {"product_group_id", "product_bundle_id"}


def test_product_id_lists_follow_the_documented_pattern(
    sandbox: SandboxThread, api: Session, document: dict[str, Any]
) -> None:
    pattern = _parameter(document, Op.PREREQUISITES, "product_id")["schema"]["items"]["pattern"]
    assert pattern.startswith("^")
    variant = variant_of(sandbox.catalogue, api.connector)
    product = offered(sandbox.catalogue, variant)[0]
    vehicle = {"vehicle_model_id": variant.model_id, "vehicle_model_variant_id": variant.id}
    for accepted in (f"{product.id}", f" {product.id} , {product.id}", f"00{product.id}"):
        assert api.get(Op.PREREQUISITES, {**vehicle, "product_id": accepted}).status_code == httpx.codes.OK
    # "²" passes str.isdigit() but not int(): it once crashed the parser.
    for refused in ("", "0", "1,", ",1", "1;2", "²", "1\t"):
        body = problem(api.get(Op.PREREQUISITES, {**vehicle, "product_id": refused}), 400, "invalid-request")
        assert body["invalid_params"][0]["name"] == "product_id"


def test_names_are_limited_as_sent_and_stored_stripped(api: Session, document: dict[str, Any]) -> None:
    body = {"given_name": "  Ida ", "family_name": "Holm", "username": None, "correspondence_locale": "da-DK"}
    created = api.call(Op.CREATE_EMPLOYEE, json=body)
    assert created.status_code == httpx.codes.CREATED, created.text
    assert created.json()["given_name"] == "Ida"
    for blank in (" ", "\u3000\u00a0", "\u2028"):
        refused = problem(
            api.call(Op.CREATE_EMPLOYEE, json={**body, "given_name": blank}), 400, "invalid-request"
        )
        assert refused["invalid_params"][0]["name"] == "given_name"
    padded = " " + "x" * 255
    problem(api.call(Op.UPDATE_CUSTOMER, json={"city": padded}), 400, "invalid-request")
    assert api.call(Op.UPDATE_CUSTOMER, json={"city": padded[1:]}).status_code == httpx.codes.OK
    locale = document["components"]["schemas"]["EmployeeCreate"]["properties"]["correspondence_locale"]
    assert locale["anyOf"][0]["enum"] == list(SUPPORTED_LOCALES)
    problem(api.call(Op.CREATE_EMPLOYEE, json={**body, "correspondence_locale": ""}), 400, "invalid-request")


def test_numbers_standing_for_text_are_read_within_the_exact_range(
    api: Session, sandbox: SandboxThread
) -> None:
    # 12.0 is an integer to JSON Schema, so the document's integer branch admits it.
    changed = api.call(Op.UPDATE_CUSTOMER, json={"phone": 4586123456.0})
    assert changed.json()["phone"] == "4586123456"
    for bad in (MAX_ID + 1, -4586123456, 12345):
        problem(api.call(Op.UPDATE_CUSTOMER, json={"phone": bad}), 400, "invalid-request")
    connector = next(c for c in sandbox.catalogue.connectors if not c.pincode.startswith("0"))
    login = {"connector_uuid": connector.uuid, "pincode": float(connector.pincode)}
    assert api.http.post(Op.LOGIN_PINCODE.route.path(), json=login).status_code == httpx.codes.OK
    login["pincode"] = MAX_ID + 1
    problem(api.http.post(Op.LOGIN_PINCODE.route.path(), json=login), 400, "invalid-request")


@pytest.mark.parametrize(("tag", "answered"), [("de", "de"), ("DE-at", "de"), ("nl_BE", "nl")])
def test_a_documented_language_tag_is_translated_into(api: Session, tag: str, answered: str) -> None:
    body = {"message": {"original": "Hello world!"}, "target_language": tag}
    answer = api.call(Op.TRANSLATE, json=body)
    assert answer.status_code == httpx.codes.OK, answer.text
    assert answer.json()["target_language"] == answered


@pytest.mark.parametrize("tag", [" de", "de-", "de-toolongsubtag", "0000000000"])
def test_a_tag_outside_the_documented_pattern_is_unsupported(api: Session, tag: str) -> None:
    body = {"message": {"original": "Hello world!"}, "target_language": tag}
    problem(api.call(Op.TRANSLATE, json=body), 400, "unsupported-language")
