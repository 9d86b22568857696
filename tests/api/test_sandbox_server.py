"""The server as a whole: error format, OpenAPI document, response validation, restarts, plug-ins."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app.domain.contract.customer_api import Op
from app.sandbox.config import SandboxConfig
from app.sandbox.routes_common import ERROR_RESPONSES
from app.sandbox.runner import SandboxThread, banner_text
from app.sandbox.schemas import Make
from app.sandbox.systems import (
    CUSTOMER_API,
    StaticSystem,
    register_system,
    registered_systems,
    unregister_system,
)
from tests.api.sandbox_support import (
    anonymous,
    doip_connector,
    logged_in,
    login_tokens,
    problem,
    ticket_body,
    variant_of,
)


def test_unknown_paths_and_methods_are_problems(sandbox: SandboxThread) -> None:
    with anonymous(sandbox) as http:
        problem(http.get("/v1/no-such-thing"), 404, "not-found")
        problem(http.get(Op.CREATE_TICKET.route.path()), 405, "method-not-allowed")
        malformed = http.post(
            Op.LOGIN_PINCODE.route.path(), content=b"{not json", headers={"Content-Type": "application/json"}
        )
    assert problem(malformed, 400, "invalid-request")["invalid_params"][0]["name"] == "body"


def test_openapi_documents_exactly_the_route_table(sandbox: SandboxThread) -> None:
    with anonymous(sandbox) as http:
        document = http.get("/openapi.json").json()
    served = {(method.upper(), path) for path, item in document["paths"].items() for method in item}
    assert served == {(op.route.method, op.route.template) for op in Op}
    assert len(list(Op)) == 48
    for item in document["paths"].values():
        for operation in item.values():
            assert "422" not in operation["responses"]
            assert {"400", "401", "404", "500"} <= set(operation["responses"])
    assert "HTTPValidationError" not in document["components"]["schemas"]


def test_the_session_server_checks_every_answer(sandbox: SandboxThread) -> None:
    validator = sandbox.app.state.response_validator
    before = validator.checked
    with logged_in(sandbox) as api:
        assert api.get(Op.MAKES).status_code == 200
        problem(api.get(Op.MODEL, model_id=999_999), 404, "vehicle-model-not-found")
    assert validator.checked >= before + 3
    path = Op.MAKES.route.template
    assert (
        validator.check(
            path, "GET", 200, b'{"result": [], "total": 0, "offset": 0, "limit": 20}', "application/json"
        )
        is None
    )
    assert validator.check(path, "GET", 200, b'{"result": 1}', "application/json") is not None
    assert validator.check(path, "GET", 200, b"{", "application/json") == "the body is not JSON"
    assert validator.check(path, "GET", 418, b"{}", "application/json") == "status 418 is not documented"
    assert validator.check(Op.TICKET_CSAT.route.template, "PUT", 204, b"", "") is None
    assert validator.route_of("/v1/customers/me") == "/v1/customers/me"
    assert (
        validator.route_of("/v1/connectors/12/active-ticket") == "/v1/connectors/{connector_id}/active-ticket"
    )
    assert validator.route_of("/_sandbox/tickets") is None


def test_response_validator_catches_a_wrong_body() -> None:
    config = SandboxConfig(validate_responses=True, operator_enabled=False)
    server = SandboxThread(config)
    router = APIRouter(responses=ERROR_RESPONSES)

    @router.get("/v1/test-only/make", response_model=Make)
    async def wrong_make() -> JSONResponse:
        return JSONResponse({"id": "ten", "name": "Ford"})

    @router.get("/v1/test-only/good", response_model=Make)
    async def good_make() -> dict[str, object]:
        return {"id": 10, "name": "Ford"}

    @router.get("/v1/test-only/crash", response_model=Make)
    async def crash() -> dict[str, object]:
        raise RuntimeError("boom")

    server.app.include_router(router)
    with server, anonymous(server) as http:
        assert http.get("/v1/test-only/good").status_code == 200
        assert server.app.state.response_violations == []
        assert http.get("/v1/test-only/make").status_code == 200
        crashed = http.get("/v1/test-only/crash")
        problem(crashed, 500, "internal-error")
        assert "boom" not in crashed.text
        violations = server.admin.violations()
    assert [(v["route"], v["status"]) for v in violations] == [("/v1/test-only/make", 200)]
    assert "id" in violations[0]["error"]


def test_state_survives_a_restart_with_a_file_database(tmp_path: Path) -> None:
    config = SandboxConfig(
        db_path=str(tmp_path / "sandbox.sqlite3"), operator_enabled=False, object_dir=tmp_path
    )
    with SandboxThread(config) as first:
        connector = doip_connector(first.catalogue)
        with logged_in(first, connector) as api:
            ticket = api.call(Op.CREATE_TICKET, json=ticket_body(first.catalogue, connector)).json()
            product_id = ticket_body(first.catalogue, connector)["product_ids"][0]
            assert api.call(Op.ADD_FAVORITE, json={"id": product_id}).status_code == 204
            token = api.tokens["access_token"]
            history = api.get(Op.HISTORICAL_TICKETS).json()["total"]
    with SandboxThread(config) as second, httpx.Client(base_url=second.base_url) as http:
        http.headers["Authorization"] = f"Bearer {token}"
        active = http.get(Op.ACTIVE_TICKET.route.path(connector_id=connector.id))
        assert active.json() == ticket
        assert http.get(Op.HISTORICAL_TICKETS.route.path()).json()["total"] == history
        body = ticket_body(second.catalogue, connector)
        variant = {
            "vehicle_model_id": body["vehicle_model_id"],
            "vehicle_model_variant_id": body["vehicle_model_variant_id"],
        }
        favourites = http.get(Op.PRODUCTS.route.path(), params={**variant, "is_favorite": "true"}).json()
        assert [p["id"] for p in favourites["result"]] == [product_id]
        second.admin.reset()
        problem(http.get(Op.ACTIVE_TICKET.route.path(connector_id=connector.id)), 401, "invalid-token")
        tokens = login_tokens(http, connector)
        http.headers["Authorization"] = f"Bearer {tokens['access_token']}"
        problem(http.get(Op.ACTIVE_TICKET.route.path(connector_id=connector.id)), 404, "no-active-ticket")


def test_systems_are_mounted_by_the_registry() -> None:
    assert registered_systems()[0] is CUSTOMER_API

    def router() -> APIRouter:
        extra = APIRouter()

        @extra.get("/ping", include_in_schema=False)
        async def ping() -> dict[str, str]:
            return {"system": "test"}

        return extra

    seeded: list[str] = []
    register_system(
        StaticSystem(
            name="test-system",
            prefix="/test-system",
            router_factory=router,
            schema_ddl="CREATE TABLE IF NOT EXISTS test_system (id INTEGER PRIMARY KEY);",
            seeder=lambda state: seeded.append(state.config.db_path),
        )
    )
    try:
        with SandboxThread(SandboxConfig(operator_enabled=False)) as server, anonymous(server) as http:
            assert http.get("/test-system/ping").json() == {"system": "test"}
            table = "SELECT name FROM sqlite_master WHERE name = 'test_system'"
            assert server.state.db.execute(table).fetchone()
            server.admin.reset()
            assert server.state.db.execute(table).fetchone()
            assert seeded == [":memory:", ":memory:"]
    finally:
        unregister_system("test-system")
    assert [s.name for s in registered_systems()] == ["customer-api"]


def test_banner_lists_where_to_connect_and_the_sample_connectors(sandbox_server: SandboxThread) -> None:
    text = banner_text(sandbox_server.base_url, sandbox_server.ws_url, sandbox_server.state)
    assert sandbox_server.base_url in text
    assert f"{sandbox_server.ws_url}?access_token=" in text
    assert f"{sandbox_server.base_url}/_sandbox/" in text
    for connector in sandbox_server.catalogue.connectors:
        assert connector.uuid in text
        assert connector.pincode in text


def test_request_bodies_refuse_unknown_members(sandbox: SandboxThread) -> None:
    connector = doip_connector(sandbox.catalogue)
    login = {"connector_uuid": connector.uuid, "pincode": connector.pincode}
    with anonymous(sandbox) as http:
        refused = http.post(Op.LOGIN_PINCODE.route.path(), json={**login, "extra": 1})
        assert http.post(Op.LOGIN_PINCODE.route.path(), json=login).status_code == 200
    body = problem(refused, 400, "invalid-request")
    assert body["invalid_params"] == [{"name": "extra", "reason": "Extra inputs are not permitted"}]
    assert "extra" in body["detail"]
    with logged_in(sandbox, connector) as api:
        ticket = ticket_body(sandbox.catalogue, connector)
        answers = ticket["product_prerequisites"]
        assert answers, "the sample order has prerequisites to answer"
        nested = api.call(
            Op.CREATE_TICKET,
            json={**ticket, "product_prerequisites": [{**answers[0], "note": "x"}, *answers[1:]]},
        )
        assert problem(nested, 400, "invalid-request")["invalid_params"] == [
            {"name": "product_prerequisites.0.note", "reason": "Extra inputs are not permitted"}
        ]
        translated = api.call(
            Op.TRANSLATE, json={"message": {"original": "Hallo", "colour": "red"}, "target_language": "en"}
        )
        assert problem(translated, 400, "invalid-request")["invalid_params"][0]["name"] == "message.colour"
        # The ticket's metadata is an open object in seed 001: an app may say more about itself.
        metadata = {**ticket["metadata"], "screen": "1920x1080"}
        assert api.call(Op.CREATE_TICKET, json={**ticket, "metadata": metadata}).status_code == 201


def test_documented_members_of_a_shared_object_are_accepted(sandbox: SandboxThread) -> None:
    """Seed 001 sends a whole product to add a favourite, and the message object both ways to translate."""
    with logged_in(sandbox) as api:
        variant = variant_of(sandbox.catalogue, api.connector)
        vehicle = {"vehicle_model_id": variant.model_id, "vehicle_model_variant_id": variant.id}
        product = api.get(Op.PRODUCTS, vehicle).json()["result"][0]
        assert api.call(Op.ADD_FAVORITE, json=product).status_code == 204
        favourites = api.get(Op.PRODUCTS, {**vehicle, "is_favorite": "true"}).json()["result"]
        assert [p["id"] for p in favourites] == [product["id"]]
        echoed = api.call(
            Op.TRANSLATE,
            json={"message": {"original": "Hallo Welt", "translated": None}, "target_language": "en"},
        )
        assert echoed.status_code == 200, echoed.text
        assert echoed.json()["message"]["original"] == "Hallo Welt"


def test_the_document_closes_every_request_body(sandbox: SandboxThread) -> None:
    with anonymous(sandbox) as http:
        document = http.get("/openapi.json").json()
    schemas = document["components"]["schemas"]

    def closed(schema: dict[str, Any], seen: frozenset[str] = frozenset()) -> list[str]:
        """The names of the open objects reachable from ``schema`` (TicketMetadata is open by design)."""
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            if name in seen:
                return []
            return closed(schemas[name], seen | {name}) if name != "TicketMetadata" else []
        found = []
        if schema.get("type") == "object" or "properties" in schema:
            if schema.get("additionalProperties") is not False:
                found.append(schema.get("title", "?"))
            for member in schema.get("properties", {}).values():
                found += closed(member, seen)
        for key in ("items", "anyOf", "oneOf", "allOf"):
            value = schema.get(key)
            for part in value if isinstance(value, list) else [value] if value else []:
                found += closed(part, seen)
        return found

    bodies = [
        operation["requestBody"]["content"]["application/json"]["schema"]
        for item in document["paths"].values()
        for operation in item.values()
        if "application/json" in operation.get("requestBody", {}).get("content", {})
    ]
    assert len(bodies) >= 15
    open_objects = [name for body in bodies for name in closed(body)]
    assert open_objects == []
    assert schemas["TicketMetadata"].get("additionalProperties") is not False
