"""The ``/_sandbox/`` admin API through its sync and async clients."""

from __future__ import annotations

import json

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from app.domain.contract.customer_api import Op
from app.sandbox.admin_client import AsyncSandboxAdmin
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import logged_in, ticket_body


def test_connectors_come_with_pincodes_and_labels(sandbox: SandboxThread) -> None:
    listed = sandbox.admin.connectors()
    assert [c["uuid"] for c in listed] == [c.uuid for c in sandbox.catalogue.connectors]
    for wire, sample in zip(listed, sandbox.catalogue.connectors, strict=True):
        assert wire["pincode"] == sample.pincode
        assert wire["label"] == sample.label
        assert wire["otp"] == sample.otp
        assert wire["voltage"] == float(sample.voltage)


def test_reset_restores_the_sample_state(sandbox: SandboxThread) -> None:
    with logged_in(sandbox) as api:
        assert (
            api.call(Op.CREATE_TICKET, json=ticket_body(sandbox.catalogue, api.connector)).status_code == 201
        )
    sandbox.admin.add_fault(path="/nowhere", kind="status")
    sandbox.admin.set_speed(50)
    seeded = len(sandbox.admin.tickets()) - 1
    sandbox.admin.reset()
    assert len(sandbox.admin.tickets()) == seeded
    assert all(t["state"] == 7 for t in sandbox.admin.tickets())
    assert sandbox.admin.faults() == []
    assert sandbox.admin.requests() == []
    assert sandbox.admin.clock()["speed"] == 1


def test_admin_refuses_bad_input(sandbox: SandboxThread) -> None:
    for call in (
        lambda: sandbox.admin.set_ticket_state(999_999, 7),
        lambda: sandbox.admin.set_ticket_state(sandbox.admin.tickets()[0]["id"], 5),
        lambda: sandbox.admin.update_connector(1, is_online=False),
        lambda: sandbox.admin.set_wallet("lots"),
        lambda: sandbox.admin.add_fault(kind="explode"),
        lambda: sandbox.admin.set_service_center("sleeping"),
    ):
        with pytest.raises(httpx.HTTPStatusError) as refused:
            call()
        assert refused.value.response.status_code in {400, 404}
        assert refused.value.response.headers["content-type"].startswith("application/problem+json")


def test_websockets_drop_and_objects_listing(sandbox: SandboxThread) -> None:
    assert sandbox.admin.objects() == []
    with logged_in(sandbox) as api:
        url = f"{sandbox.ws_url}?access_token={api.tokens['access_token']}"
        with connect(url, open_timeout=5) as socket:
            socket.send(json.dumps({"action": "subscribeToConnector", "connector_id": api.connector.id}))
            socket.recv(timeout=5)
            assert sandbox.admin.drop_websockets() == 1

            def read_until_closed() -> None:
                while True:
                    socket.recv(timeout=5)

            with pytest.raises(ConnectionClosed):
                read_until_closed()
    assert sandbox.admin.drop_websockets() == 0


@pytest.mark.asyncio
async def test_the_async_twin(sandbox: SandboxThread) -> None:
    async with AsyncSandboxAdmin(sandbox.base_url) as admin:
        await admin.add_fault(path="/v1/connectors", kind="status", status=502, times=1)
        async with httpx.AsyncClient(base_url=sandbox.base_url) as http:
            assert (await http.get("/v1/connectors")).status_code == 502
        assert [e["status"] for e in await admin.requests("/v1/connectors")] == [502]
        await admin.clear_requests()
        assert await admin.requests() == []
        assert await admin.expire_tokens() == 0
        connectors = await admin.connectors()
        assert len(connectors) == len(sandbox.catalogue.connectors)
        await admin.reset()
        assert (await admin.tickets()) == sandbox.admin.tickets()
