"""Property-based conformance of the sandbox with its own OpenAPI document (schemathesis).

Schemathesis generates requests from the document for every operation; the sandbox must never answer
with a server error, and every answer must match the status codes, media types and bodies it documents.
This complements the response recorder of the session fixture, which checks only the requests the other
tests happen to make.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import negated_parameters

from app.sandbox.config import SandboxConfig
from app.sandbox.routes_common import MUTUALLY_EXCLUSIVE_PARAMETERS
from app.sandbox.server import create_app

_app = create_app(SandboxConfig(operator_enabled=False))
schema = schemathesis.openapi.from_asgi("/openapi.json", _app)


@schema.hook
def filter_case(ctx: schemathesis.HookContext, case: schemathesis.Case) -> bool:
    """Keep the cases that send at most one of each group of mutually exclusive query parameters.

    OpenAPI cannot say "not both" about two parameters, so the document says it in an extension
    (``x-mutually-exclusive-parameters``) that schemathesis does not read; this hook reads it. A case
    hook, because query hooks do not run in the coverage phase.
    """
    if _negates_the_token(case):
        return False
    if ctx.operation is None or not case.query:
        return True
    groups: list[list[str]] = ctx.operation.definition.raw.get(MUTUALLY_EXCLUSIVE_PARAMETERS, [])
    return all(len(set(group).intersection(case.query)) <= 1 for group in groups)


def _negates_the_token(case: schemathesis.Case) -> bool:
    """A negative case that leaves out or spoils the Authorization header.

    The test sends a valid token with every case, which undoes exactly that mutation: the sandbox then
    rightly accepts the request, and schemathesis would report it as invalid data accepted.
    """
    return any(
        name.lower() == "authorization" and location == ParameterLocation.HEADER
        for name, location in negated_parameters(case.meta)
    )


async def _login() -> httpx.Response:
    connector = _app.state.sandbox.catalogue.connectors[0]
    transport = httpx.ASGITransport(app=_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.invalid") as client:
        return await client.post(
            "/v2/authenticate/pincode",
            json={"connector_uuid": connector.uuid, "pincode": connector.pincode},
        )


@pytest.fixture(scope="module")
def bearer() -> str:
    answer = asyncio.run(_login())
    assert answer.status_code == httpx.codes.OK, answer.text
    token: str = answer.json()["access_token"]
    return token


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)
def test_every_operation_conforms_to_the_document(case: schemathesis.Case, bearer: str) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {bearer}"})
