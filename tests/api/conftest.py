"""Fixtures for the typed client's tests: a ``CustomerApi`` on the session's sandbox, logged in or not.

The sandbox fixtures (``sandbox``, ``sandbox_server``) come from ``tests/conftest.py``. Retries here are
fast (milliseconds) so that fault tests count requests without waiting; the rules are the same objects.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest
import pytest_asyncio

from app.api import CustomerApi, RetryPolicy
from app.api.models import Prerequisite, PrerequisiteAnswer, TicketCreate, TicketMetadata
from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread

#: The production rules, with delays scaled down so fault tests run in milliseconds.
FAST_RETRY = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05, total_budget=5.0)


def route_pattern(op: Op) -> re.Pattern[str]:
    """A regex matching the concrete paths of ``op``'s template."""
    escaped = re.escape(op.route.template)
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", escaped) + "$")


def entries_for(log: list[dict[str, Any]], op: Op) -> list[dict[str, Any]]:
    """The entries of a request log that are ``op`` (method and path template both match)."""
    pattern = route_pattern(op)
    return [entry for entry in log if entry["method"] == op.route.method and pattern.match(entry["path"])]


def requests_for(sandbox: SandboxThread, op: Op) -> list[dict[str, Any]]:
    """The sandbox's log entries of ``op``."""
    return entries_for(sandbox.admin.requests(), op)


def online_connector(sandbox: SandboxThread, *, doip: bool = True) -> dict[str, Any]:
    """An online sample connector that read a full VIN (a DoIP one by default: it can serve every car)."""
    return next(
        c
        for c in sandbox.admin.connectors()
        if c["is_online"] and len(c["vin_number"]) == 17 and c["supports_doip"] is doip
    )


def answer_for(prerequisite: Prerequisite) -> str:
    """A valid answer of the prerequisite's type."""
    if prerequisite.type == "boolean":
        return "true"
    if prerequisite.type == "number":
        return "4"
    if prerequisite.type == "choice" and prerequisite.options:
        return prerequisite.options[0].value
    return "A1B2C3"


async def build_order(api: CustomerApi, connector: dict[str, Any], *, products: int = 1) -> TicketCreate:
    """A complete, valid order for the connector's car: the cheapest attended products, answers filled in."""
    found = await api.vehicles.search(connector["vin_number"])
    assert found is not None, "the sample connector's VIN resolves"
    model_id, variant_id = found.model.id, found.model_variant.id
    offered = await api.products.list(model_id, variant_id).all()
    attended = sorted(
        (p for p in offered if not p.is_unattended and p.net_price is not None),
        key=lambda p: p.net_price.value if p.net_price else Decimal(0),
    )
    chosen = tuple(p.id for p in attended[:products])
    prerequisites = await api.products.prerequisites(model_id, variant_id, chosen).all()
    return TicketCreate(
        vin=connector["vin_number"],
        vehicle_model_id=model_id,
        vehicle_model_variant_id=variant_id,
        connector_id=connector["id"],
        product_ids=chosen,
        product_prerequisites=tuple(
            PrerequisiteAnswer(definition_id=p.id, value=answer_for(p)) for p in prerequisites if p.required
        ),
        metadata=TicketMetadata(app_version="0.1.0", locale="en_GB", vin_is_found_by_reader=True),
        reference="Job 7",
    )


@pytest.fixture
def connector(sandbox: SandboxThread) -> dict[str, Any]:
    """The sample connector the tests log in with (online, DoIP, VIN read)."""
    return online_connector(sandbox)


@pytest_asyncio.fixture
async def api(sandbox: SandboxThread) -> AsyncIterator[CustomerApi]:
    """A logged-out client on a freshly reset sandbox with an empty request log."""
    sandbox.admin.clear_requests()
    async with CustomerApi(sandbox.base_url, retry=FAST_RETRY, timeout=10.0) as client:
        yield client


@pytest_asyncio.fixture
async def logged_in(api: CustomerApi, connector: dict[str, Any], sandbox: SandboxThread) -> CustomerApi:
    """``api`` logged in with ``connector``'s UUID and pincode (remembered); the log starts empty."""
    await api.auth.login_pincode(connector["uuid"], connector["pincode"])
    sandbox.admin.clear_requests()
    return api
