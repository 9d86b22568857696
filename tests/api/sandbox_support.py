"""Helpers for the sandbox's own tests: raw HTTP (httpx) against the thread server, sample-data lookups."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from app.domain.contract.customer_api import Op
from app.sandbox.catalogue import CatalogueIndex, products_for_variant
from app.sandbox.catalogue_types import Catalogue, Product, SampleConnector, Variant
from app.sandbox.runner import SandboxThread


@dataclass
class Session:
    """A logged-in HTTP client and the connector it logged in with."""

    http: httpx.Client
    connector: SampleConnector
    tokens: dict[str, str]

    def get(self, op: Op, params: httpx.QueryParams | Any = None, **path: str | int) -> httpx.Response:
        """GET an operation of the route table."""
        return self.http.get(op.route.path(**path), params=params)

    def call(
        self, op: Op, *, json: Any = None, params: Any = None, headers: Any = None, **path: str | int
    ) -> httpx.Response:
        """Any operation of the route table, with its method."""
        return self.http.request(
            op.route.method, op.route.path(**path), json=json, params=params, headers=headers
        )


def connector_where(catalogue: Catalogue, predicate: Callable[[SampleConnector], bool]) -> SampleConnector:
    """The first sample connector that fits."""
    return next(c for c in catalogue.connectors if predicate(c))


def doip_connector(catalogue: Catalogue) -> SampleConnector:
    """An online DoIP connector that knows its car's variant and read a valid VIN."""
    return connector_where(
        catalogue,
        lambda c: c.is_online and c.supports_doip and c.variant_id is not None and len(c.vin_number) == 17,
    )


@contextmanager
def anonymous(sandbox: SandboxThread) -> Iterator[httpx.Client]:
    """An HTTP client without a token."""
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as http:
        yield http


def login_tokens(http: httpx.Client, connector: SampleConnector) -> dict[str, str]:
    """Log in by UUID and pincode; the token triple."""
    response = http.post(
        Op.LOGIN_PINCODE.route.path(), json={"connector_uuid": connector.uuid, "pincode": connector.pincode}
    )
    assert response.status_code == 200, response.text
    tokens: dict[str, str] = response.json()
    return tokens


@contextmanager
def logged_in(sandbox: SandboxThread, connector: SampleConnector | None = None) -> Iterator[Session]:
    """A client logged in with ``connector`` (default: an online DoIP connector)."""
    connector = connector or doip_connector(sandbox.catalogue)
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as http:
        tokens = login_tokens(http, connector)
        http.headers["Authorization"] = f"Bearer {tokens['access_token']}"
        yield Session(http, connector, tokens)


def variant_of(catalogue: Catalogue, connector: SampleConnector) -> Variant:
    """The variant of the car a connector is plugged into."""
    assert connector.variant_id is not None
    variant = CatalogueIndex(catalogue).variant(connector.variant_id)
    assert variant is not None
    return variant


def offered(catalogue: Catalogue, variant: Variant) -> tuple[Product, ...]:
    """The products offered for a variant."""
    return products_for_variant(catalogue, variant)


def answers_for(catalogue: Catalogue, products: list[Product]) -> list[dict[str, Any]]:
    """A valid answer to every prerequisite of the products (required or not)."""
    index = CatalogueIndex(catalogue)
    answers = []
    for definition_id in sorted({pid for p in products for pid in p.prerequisite_ids}):
        prerequisite = index.prerequisite(definition_id)
        assert prerequisite is not None
        value = {
            "boolean": "true",
            "number": "123456",
            "string": "Key tags 41, 42",
        }.get(prerequisite.type)
        if prerequisite.type == "choice":
            value = prerequisite.options[0].value
        answers.append({"definition_id": definition_id, "value": value})
    return answers


def ticket_body(
    catalogue: Catalogue,
    connector: SampleConnector,
    products: list[Product] | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    """A valid ticket creation body for the connector's car (attended products by default)."""
    variant = variant_of(catalogue, connector)
    if products is None:
        products = [p for p in offered(catalogue, variant) if not p.is_unattended][:2]
    body: dict[str, Any] = {
        "vin": connector.vin_number,
        "vehicle_model_id": variant.model_id,
        "vehicle_model_variant_id": variant.id,
        "connector_id": connector.id,
        "product_ids": [p.id for p in products],
        "product_prerequisites": answers_for(catalogue, products),
        "metadata": {"app_name": "Workbay tests", "app_version": "0.1.0", "vin_is_found_by_reader": True},
        "reference": "test-" + uuid.uuid4().hex[:8],
    }
    if any(p.is_unattended for p in products):
        body["confirmed_unattended_service"] = True
    body.update(overrides)
    return body


def problem(response: httpx.Response, status: int, slug: str) -> dict[str, Any]:
    """Assert a problem answer with this status and type slug; its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"].rsplit("/", 1)[-1] == slug, body
    assert body["title"]
    assert body["detail"]
    return body
