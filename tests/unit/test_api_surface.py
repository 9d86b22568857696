"""The client's surface: every operation of the route table has a method; options are keyword-only."""

from __future__ import annotations

import base64
import inspect
import json

import pytest

from app.api import CustomerApi, websocket_url_for
from app.api._ops import operation, operations_of
from app.api.tokens import _jwt_expiry
from app.domain.contract.customer_api import PRODUCTION_BASE_URL, PRODUCTION_WEBSOCKET_URL, Op

RESOURCES = (
    "auth",
    "connectors",
    "vehicles",
    "products",
    "cart",
    "tickets",
    "users",
    "employees",
    "customers",
    "service_center",
    "chat",
)


@pytest.fixture
def api() -> CustomerApi:
    # Nothing is sent: the client only builds its pools lazily, so no server is needed here.
    return CustomerApi("http://127.0.0.1:9")


def test_every_operation_has_a_client_method(api: CustomerApi) -> None:
    declared = api.declared_operations()
    missing = [op.name for op in Op if op not in declared]
    assert missing == []
    assert len(Op) == 48


def test_every_declared_method_is_public_and_takes_a_keyword_only_timeout(api: CustomerApi) -> None:
    checked = 0
    for name in RESOURCES:
        resource = getattr(api, name)
        for attribute in dir(type(resource)):
            method = getattr(type(resource), attribute)
            if not operations_of(method):
                continue
            assert not attribute.startswith("_"), attribute
            parameters = inspect.signature(method).parameters
            assert "timeout" in parameters, f"{name}.{attribute}"
            assert parameters["timeout"].kind is inspect.Parameter.KEYWORD_ONLY
            assert parameters["timeout"].default is None
            for parameter in parameters.values():
                if parameter.default is not inspect.Parameter.empty and parameter.name != "employee_id":
                    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, (
                        f"{name}.{attribute}: {parameter}"
                    )
            checked += 1
    assert checked >= 48


def test_the_marker_needs_an_operation() -> None:
    with pytest.raises(ValueError, match="at least one"):
        operation()
    assert operations_of(len) == ()


def test_the_websocket_url_is_derived_from_the_base_url() -> None:
    assert websocket_url_for("http://127.0.0.1:8765") == "ws://127.0.0.1:8765/wssprd"
    assert websocket_url_for("https://api.example/some/prefix/") == "wss://api.example/wssprd"
    assert websocket_url_for(PRODUCTION_BASE_URL) == PRODUCTION_WEBSOCKET_URL
    with pytest.raises(ValueError, match="http"):
        websocket_url_for("ftp://x")
    assert CustomerApi("http://h:1", ws_url="ws://elsewhere/wssprd").ws_url == "ws://elsewhere/wssprd"


def test_a_jwt_expiry_is_read_without_verification() -> None:
    def part(data: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    token = f"{part({'alg': 'none'})}.{part({'exp': 1_900_000_000, 'sub': 'x'})}.sig"
    assert _jwt_expiry(token) == 1_900_000_000.0
    assert _jwt_expiry("opaque-token") is None
    assert _jwt_expiry("a.!!!.c") is None
    assert _jwt_expiry(f"{part({})}.{part({'exp': 'soon'})}.s") is None
