"""Answers the sandbox does not give by itself, made by a gateway between the client and the sandbox.

Every request still goes to the real sandbox over loopback and takes effect there; the gateway only changes
what comes back (a 502 in place of the server's 201, a garbled body, a null VIN) or drops a header on the way,
as proxies and load balancers in front of the real service do.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
import pytest_asyncio

from app.api import ApiTimeoutError, ConflictError, CustomerApi, RetryPolicy
from app.api.models import TicketCreate
from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from tests.api.conftest import FAST_RETRY, build_order, entries_for, requests_for, route_pattern

Forward = Callable[[httpx.Request], Awaitable[httpx.Response]]
Rule = Callable[[httpx.Request, Forward], Awaitable[httpx.Response]]

#: Odd VINs the server may send, which the client must take as they are.
ODD_VINS: tuple[str | None, ...] = (None, "", "VF1CN04054456164", "wvwzzz1kzaw000001")


class Gateway(httpx.AsyncBaseTransport):
    """An httpx transport that forwards to the sandbox and lets a test's rule rewrite the exchange."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.rule: Rule = _pass_through

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.rule(request, self._forward)

    async def _forward(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        # Read the whole answer, so that the server has answered before a rule replaces it.
        body = await response.aread()
        await response.aclose()
        headers = [(k, v) for k, v in response.headers.items() if k.lower() != "content-encoding"]
        return httpx.Response(response.status_code, headers=headers, content=body)

    async def aclose(self) -> None:
        await self._inner.aclose()


async def _pass_through(request: httpx.Request, forward: Forward) -> httpx.Response:
    return await forward(request)


def replaced(status: int, content: bytes, content_type: str = "application/json") -> httpx.Response:
    """A gateway's own answer."""
    return httpx.Response(status, headers={"content-type": content_type}, content=content)


def is_op(request: httpx.Request, op: Op) -> bool:
    """True when ``request`` is ``op`` (method and path template)."""
    return request.method == op.route.method and bool(route_pattern(op).match(request.url.path))


@pytest.fixture
def gateway() -> Gateway:
    """A gateway that passes everything until a test sets its rule."""
    return Gateway()


@pytest_asyncio.fixture
async def behind_gateway(
    sandbox: SandboxThread, gateway: Gateway, connector: dict[str, Any]
) -> AsyncIterator[CustomerApi]:
    """A client logged in through ``gateway``; the sandbox's request log starts empty."""
    async with CustomerApi(sandbox.base_url, retry=FAST_RETRY, timeout=10.0, transport=gateway) as api:
        await api.auth.login_pincode(connector["uuid"], connector["pincode"])
        sandbox.admin.clear_requests()
        yield api


def ticket_count(sandbox: SandboxThread) -> int:
    """Every ticket the sandbox holds, in any state."""
    return len(sandbox.admin.tickets())


# ------------------------------------------------------------------------------- ticket creation


async def _bad_gateway(request: httpx.Request, forward: Forward) -> httpx.Response:
    await forward(request)
    return replaced(502, b"<html><body>502 Bad Gateway</body></html>", "text/html")


async def _garbled(request: httpx.Request, forward: Forward) -> httpx.Response:
    answer = await forward(request)
    return replaced(answer.status_code, answer.content[: len(answer.content) // 2])


async def _wrong_shape(request: httpx.Request, forward: Forward) -> httpx.Response:
    answer = await forward(request)
    return replaced(answer.status_code, b'{"status": "accepted"}')


@pytest.mark.parametrize(
    "spoil",
    [_bad_gateway, _garbled, _wrong_shape],
    ids=["502-after-the-server-acted", "garbled-2xx", "2xx-of-another-shape"],
)
@pytest.mark.asyncio
async def test_a_spoiled_answer_after_the_server_acted_returns_the_one_ticket(
    behind_gateway: CustomerApi,
    gateway: Gateway,
    sandbox: SandboxThread,
    connector: dict[str, Any],
    spoil: Rule,
) -> None:
    order = await build_order(behind_gateway, connector)
    before = ticket_count(sandbox)
    spoiled = 0

    async def rule(request: httpx.Request, forward: Forward) -> httpx.Response:
        nonlocal spoiled
        if is_op(request, Op.CREATE_TICKET) and not spoiled:
            spoiled += 1
            return await spoil(request, forward)
        return await forward(request)

    gateway.rule = rule
    ticket = await behind_gateway.tickets.create(order)
    tickets = sandbox.admin.tickets()
    assert len(tickets) == before + 1
    assert ticket.id == max(t["id"] for t in tickets)
    assert ticket.connector_id == connector["id"]
    assert set(ticket.product_ids) == set(order.product_ids)
    # The ticket was found on the connector: the creation was not sent again.
    assert [entry["status"] for entry in requests_for(sandbox, Op.CREATE_TICKET)] == [201]
    assert [entry["status"] for entry in requests_for(sandbox, Op.ACTIVE_TICKET)] == [200]


async def _other_order(behind_gateway: CustomerApi, connector: dict[str, Any]) -> TicketCreate:
    order = await build_order(behind_gateway, connector, products=2)
    assert len(order.product_ids) == 2
    return order


@pytest.mark.asyncio
async def test_a_resend_refused_for_our_own_ticket_returns_it(
    behind_gateway: CustomerApi, gateway: Gateway, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    # A server that ignores Idempotency-Key (the gateway strips it): the first send creates the ticket
    # and its answer is lost, the look-up fails, the resend meets 409 active-ticket-exists for it.
    order = await build_order(behind_gateway, connector)
    before = ticket_count(sandbox)

    async def rule(request: httpx.Request, forward: Forward) -> httpx.Response:
        if is_op(request, Op.CREATE_TICKET):
            del request.headers["Idempotency-Key"]
        return await forward(request)

    gateway.rule = rule
    sandbox.admin.add_fault(
        path=Op.CREATE_TICKET.route.path(), method="POST", kind="drop", after_processing=True, times=1
    )
    sandbox.admin.add_fault(
        path="/v1/connectors/*/active-ticket",
        method="GET",
        kind="status",
        status=503,
        times=FAST_RETRY.max_attempts,
    )
    ticket = await behind_gateway.tickets.create(order)
    tickets = sandbox.admin.tickets()
    assert len(tickets) == before + 1
    assert ticket.id == max(t["id"] for t in tickets)
    log = sandbox.admin.requests()
    sent = entries_for(log, Op.CREATE_TICKET)
    assert [entry["idempotency_key"] for entry in sent] == [None, None]
    assert [entry["status"] for entry in sent][1] == 409
    lookups = [entry["status"] for entry in entries_for(log, Op.ACTIVE_TICKET)]
    assert lookups == [503] * FAST_RETRY.max_attempts + [200]


@pytest.mark.asyncio
async def test_a_resend_refused_for_someone_elses_ticket_is_the_conflict(
    behind_gateway: CustomerApi, gateway: Gateway, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    # The first send never arrives; before the resend, another order (other products) takes the
    # connector. That ticket is not ours: the 409 stands.
    order = await build_order(behind_gateway, connector)
    other = await _other_order(behind_gateway, connector)
    before = ticket_count(sandbox)
    creations = 0

    async def rule(request: httpx.Request, forward: Forward) -> httpx.Response:
        nonlocal creations
        if is_op(request, Op.CREATE_TICKET):
            creations += 1
            if creations == 2:
                rival = httpx.Request(
                    "POST",
                    request.url,
                    headers={"Authorization": request.headers["Authorization"]},
                    json=other.to_wire(),
                )
                assert (await forward(rival)).status_code == 201
            del request.headers["Idempotency-Key"]
        return await forward(request)

    gateway.rule = rule
    sandbox.admin.add_fault(path=Op.CREATE_TICKET.route.path(), method="POST", kind="drop", times=1)
    with pytest.raises(ConflictError) as caught:
        await behind_gateway.tickets.create(order)
    assert caught.value.problem_type_slug == "active-ticket-exists"
    tickets = sandbox.admin.tickets()
    assert len(tickets) == before + 1
    [rival_ticket] = [t for t in tickets if t["id"] == caught.value.ticket_id]
    assert set(rival_ticket["product_ids"]) == set(other.product_ids)


# ------------------------------------------------------------------------------- the time budget


class _Trickle(httpx.AsyncByteStream):
    """A body that comes a few bytes at a time: every read is quick, the whole answer is not."""

    def __init__(self, body: bytes, *, pieces: int, pause: float) -> None:
        self._body = body
        self._pieces = pieces
        self._pause = pause

    async def __aiter__(self) -> AsyncIterator[bytes]:
        size = -(-len(self._body) // self._pieces)
        for start in range(0, len(self._body), size):
            await asyncio.sleep(self._pause)
            yield self._body[start : start + size]


@pytest.mark.asyncio
async def test_an_answer_that_trickles_in_is_cut_at_the_budget(
    sandbox: SandboxThread, gateway: Gateway, connector: dict[str, Any]
) -> None:
    # No single read is slow, so no per-read timeout trips; the whole answer would take 4 s.
    async def rule(request: httpx.Request, forward: Forward) -> httpx.Response:
        answer = await forward(request)
        if is_op(request, Op.MAKES):
            trickle = _Trickle(answer.content, pieces=40, pause=0.1)
            return httpx.Response(200, headers={"content-type": "application/json"}, stream=trickle)
        return answer

    gateway.rule = rule
    policy = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05, total_budget=1.5)
    async with CustomerApi(sandbox.base_url, retry=policy, timeout=10.0, transport=gateway) as api:
        await api.auth.login_pincode(connector["uuid"], connector["pincode"])
        sandbox.admin.clear_requests()
        started = time.monotonic()
        with pytest.raises(ApiTimeoutError):
            await api.vehicles.makes().first_page()
        elapsed = time.monotonic() - started
    assert 1.4 <= elapsed <= policy.total_budget + policy.min_attempt_timeout
    assert len(requests_for(sandbox, Op.MAKES)) == 1


# ------------------------------------------------------------------------------- odd VINs


def _with_odd_vins(answer: httpx.Response, member: str) -> httpx.Response:
    page = json.loads(answer.content)
    assert len(page["result"]) >= len(ODD_VINS), "the sample page is long enough to carry every odd VIN"
    for item, vin in zip(page["result"], ODD_VINS, strict=False):
        item[member] = vin
    return replaced(answer.status_code, json.dumps(page).encode())


@pytest.mark.asyncio
async def test_a_connectors_page_with_null_and_odd_vins_is_read_whole(
    behind_gateway: CustomerApi, gateway: Gateway
) -> None:
    async def rule(request: httpx.Request, forward: Forward) -> httpx.Response:
        answer = await forward(request)
        if is_op(request, Op.CONNECTORS):
            return _with_odd_vins(answer, "vin_number")
        return answer

    gateway.rule = rule
    connectors = await behind_gateway.connectors.list().all()
    expected = ["" if vin is None else vin for vin in ODD_VINS]
    assert [c.vin_number for c in connectors[: len(ODD_VINS)]] == expected


@pytest.mark.asyncio
async def test_serviced_vehicles_with_null_and_odd_vins_are_read_whole(
    behind_gateway: CustomerApi, gateway: Gateway
) -> None:
    async def rule(request: httpx.Request, forward: Forward) -> httpx.Response:
        answer = await forward(request)
        if is_op(request, Op.SERVICED_VEHICLES):
            return _with_odd_vins(answer, "vin")
        return answer

    gateway.rule = rule
    vehicles = await behind_gateway.vehicles.serviced().all()
    expected = ["" if vin is None else vin for vin in ODD_VINS]
    assert [v.vin for v in vehicles[: len(ODD_VINS)]] == expected
