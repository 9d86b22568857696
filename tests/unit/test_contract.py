"""The Customer API route table: one row per operation of API-CONTRACT section 1, well formed."""

from __future__ import annotations

import re

import pytest

from app.domain.contract.customer_api import Op, Route, WsAction

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def test_every_operation_of_the_contract_has_a_row() -> None:
    # API-CONTRACT section 1 lists 48 operations: 5 auth, 5 connectors, 9 vehicles, 6 products,
    # 7 prices and tickets, 10 user/company/service center, 6 chat.
    assert len(Op) == 48


def test_method_and_path_pairs_are_unique() -> None:
    pairs = [(op.route.method, op.route.template) for op in Op]
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize("op", list(Op), ids=lambda op: op.name)
def test_routes_are_well_formed(op: Op) -> None:
    route = op.route
    assert route.template.startswith("/")
    assert route.sure in {"seen", "likely", "chosen"}
    # GET and PUT and DELETE are idempotent by HTTP's definition; a POST only where the contract makes it so
    if route.method in {"GET", "PUT", "DELETE"}:
        assert route.idempotent
    if route.anonymous:
        assert route.method == "POST"
        assert "authenticate" in route.template


def test_path_fills_and_encodes_placeholders() -> None:
    route = Op.CONNECTOR_BY_UUID.route
    assert route.path(connector_uuid="5f3d760d-ade2") == "/v2/connectors/5f3d760d-ade2"
    # a value can never escape its path segment
    assert Op.CONNECTOR.route.path(connector_id="1/../x") == "/v1/connectors/1%2F..%2Fx"


def test_path_refuses_unknown_and_missing_parameters() -> None:
    with pytest.raises(KeyError):
        Op.CONNECTOR.route.path(ticket_id=1)
    with pytest.raises(KeyError):
        Op.CONNECTOR.route.path()


def test_route_is_frozen() -> None:
    route = Route("GET", "/x", "chosen", idempotent=True)
    with pytest.raises(AttributeError):
        route.template = "/y"  # type: ignore[misc]


def test_websocket_actions_keep_the_services_spelling() -> None:
    assert WsAction.UNSUBSCRIBE_CONNECTOR == "unsubscribeFromConnector"
    assert WsAction.UNSUBSCRIBE_TICKET == "unsubscribeToTicket"


def test_placeholders_use_snake_case() -> None:
    for op in Op:
        for name in _PLACEHOLDER.findall(op.route.template):
            assert name == name.lower()


def test_the_posts_retried_automatically_are_exactly_the_safe_ones() -> None:
    # A POST is retried only when sending it twice has the effect of sending it once: a price calculation
    # and a translation compute an answer and change nothing; dismissing a call for attention twice leaves
    # it dismissed. Every other POST (logins, ticket creation, messages, attachments...) is never retried.
    retried_posts = {op for op in Op if op.route.method == "POST" and op.route.idempotent}
    assert retried_posts == {Op.CALCULATE_PRICES, Op.TRANSLATE, Op.DISMISS_CALL_FOR_ATTENTION}
