"""Retries against injected faults, counted on the sandbox's side: what was sent, how often, how long."""

from __future__ import annotations

import socket
import time
from typing import Any

import httpx
import pytest

from app.api import (
    ApiConnectionError,
    ApiTimeoutError,
    BadResponseError,
    CustomerApi,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from tests.api.conftest import FAST_RETRY, build_order, online_connector, requests_for

MAKES = Op.MAKES.route.path()


def statuses(sandbox: SandboxThread, op: Op) -> list[int | None]:
    return [entry["status"] for entry in requests_for(sandbox, op)]


@pytest.mark.asyncio
async def test_two_503s_then_success_is_three_requests(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="status", status=503, retry_after=0.05, times=2)
    page = await logged_in.vehicles.makes().first_page()
    assert page.result
    assert statuses(sandbox, Op.MAKES) == [503, 503, 200]


@pytest.mark.asyncio
async def test_retry_after_is_waited_for(logged_in: CustomerApi, sandbox: SandboxThread) -> None:
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="status", status=429, retry_after=0.4, times=1)
    started = time.monotonic()
    await logged_in.vehicles.makes().first_page()
    elapsed = time.monotonic() - started
    # FAST_RETRY alone would wait at most 0.05 s: the server's 0.4 s decided.
    assert 0.4 <= elapsed < 3.0
    assert statuses(sandbox, Op.MAKES) == [429, 200]


@pytest.mark.asyncio
async def test_a_retry_after_beyond_the_budget_is_not_waited_for(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="status", status=429, retry_after=30, times=1)
    started = time.monotonic()
    with pytest.raises(RateLimitError) as caught:
        await logged_in.vehicles.makes().first_page()
    assert time.monotonic() - started < 2.0
    assert caught.value.retry_after == 30.0
    assert statuses(sandbox, Op.MAKES) == [429]


@pytest.mark.asyncio
async def test_persistent_503_gives_up_after_max_attempts(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="status", status=503)
    with pytest.raises(ServerError) as caught:
        await logged_in.vehicles.makes().first_page()
    assert caught.value.status == 503
    assert caught.value.operation == "MAKES"
    assert statuses(sandbox, Op.MAKES) == [503] * FAST_RETRY.max_attempts


@pytest.mark.asyncio
async def test_a_ticket_creation_is_never_retried_on_500(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    # Unlike 502-504 (a gateway's answer, see test_client_tickets), a 500 is the server's own refusal.
    order = await build_order(logged_in, connector)
    sandbox.admin.add_fault(
        path=Op.CREATE_TICKET.route.path(), method="POST", kind="status", status=500, times=1
    )
    with pytest.raises(ServerError):
        await logged_in.tickets.create(order)
    assert statuses(sandbox, Op.CREATE_TICKET) == [500]
    assert requests_for(sandbox, Op.ACTIVE_TICKET) == []
    assert not [t for t in sandbox.admin.tickets() if t["state"] in {1, 2, 3}]


@pytest.mark.asyncio
async def test_a_login_is_never_retried_on_503(
    api: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    sandbox.admin.add_fault(path=Op.LOGIN_PINCODE.route.path(), kind="status", status=503, retry_after=0)
    with pytest.raises(ServerError):
        await api.auth.login_pincode(connector["uuid"], connector["pincode"])
    assert statuses(sandbox, Op.LOGIN_PINCODE) == [503]


@pytest.mark.asyncio
async def test_a_404_is_final(logged_in: CustomerApi, sandbox: SandboxThread) -> None:
    with pytest.raises(NotFoundError):
        await logged_in.vehicles.model(999_999_999)
    assert statuses(sandbox, Op.MODEL) == [404]


@pytest.mark.asyncio
async def test_a_malformed_body_is_retried_then_read(logged_in: CustomerApi, sandbox: SandboxThread) -> None:
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="malformed", times=1)
    page = await logged_in.vehicles.makes().first_page()
    assert page.total > 0
    assert len(requests_for(sandbox, Op.MAKES)) == 2


@pytest.mark.asyncio
async def test_a_body_that_stays_malformed_is_a_bad_response(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="malformed")
    with pytest.raises(BadResponseError) as caught:
        await logged_in.vehicles.makes().first_page()
    assert caught.value.status == 200
    assert len(requests_for(sandbox, Op.MAKES)) == FAST_RETRY.max_attempts


@pytest.mark.asyncio
async def test_a_truncated_body_is_retried_then_read(logged_in: CustomerApi, sandbox: SandboxThread) -> None:
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="truncate", times=1)
    assert (await logged_in.vehicles.makes().first_page()).result
    assert len(requests_for(sandbox, Op.MAKES)) == 2


@pytest.mark.asyncio
async def test_a_body_that_is_always_cut_is_a_connection_error(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="truncate")
    with pytest.raises(ApiConnectionError) as caught:
        await logged_in.vehicles.makes().first_page()
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert len(requests_for(sandbox, Op.MAKES)) == FAST_RETRY.max_attempts


@pytest.mark.asyncio
async def test_a_dropped_connection_is_retried(logged_in: CustomerApi, sandbox: SandboxThread) -> None:
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="drop", times=2)
    assert (await logged_in.vehicles.makes().first_page()).result
    assert len(requests_for(sandbox, Op.MAKES)) == 3


@pytest.mark.asyncio
async def test_a_slow_answer_times_out_and_the_retry_gets_through(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="latency", delay=1.0, times=1)
    started = time.monotonic()
    page = await logged_in.vehicles.makes(timeout=0.25).first_page()
    assert page.result
    assert time.monotonic() - started < 0.9
    assert len(requests_for(sandbox, Op.MAKES)) == 2


@pytest.mark.asyncio
async def test_an_answer_that_never_comes_in_time_is_a_timeout(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="latency", delay=0.6)
    with pytest.raises(ApiTimeoutError) as caught:
        await logged_in.vehicles.makes(timeout=0.1).first_page()
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert isinstance(caught.value, ApiConnectionError)
    assert len(requests_for(sandbox, Op.MAKES)) == FAST_RETRY.max_attempts


@pytest.mark.asyncio
async def test_a_server_that_is_not_there_is_a_connection_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    policy = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.01)
    async with CustomerApi(f"http://127.0.0.1:{port}", retry=policy) as api:
        with pytest.raises(ApiConnectionError) as caught:
            await api.auth.forgot_password("a@example.com")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert str(port) not in str(caught.value)


@pytest.mark.asyncio
async def test_a_slow_answer_cannot_stretch_the_exchange_beyond_its_budget(sandbox: SandboxThread) -> None:
    # The client's request timeout (10 s) is far longer than the budget: the budget must cut the attempt.
    policy = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05, total_budget=1.5)
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="latency", delay=4.0, times=1)
    async with CustomerApi(sandbox.base_url, retry=policy, timeout=10.0) as api:
        await api.auth.login_pincode(*_credentials(sandbox))
        sandbox.admin.clear_requests()
        started = time.monotonic()
        with pytest.raises(ApiTimeoutError):
            await api.vehicles.makes().first_page()
        elapsed = time.monotonic() - started
    assert 1.4 <= elapsed <= policy.total_budget + policy.min_attempt_timeout
    # No time was left for a second attempt.
    assert len(requests_for(sandbox, Op.MAKES)) == 1


@pytest.mark.asyncio
async def test_a_last_attempt_gets_the_minimum_time_and_no_more(sandbox: SandboxThread) -> None:
    # Every answer takes 1.2 s; the first is a 503. The second attempt starts with 0.3 s of the 1.5 s
    # budget left, gets the 1 s minimum instead, and is cut at budget + minimum although the answer
    # (a success) would have come 0.2 s later.
    policy = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05, total_budget=1.5)
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="latency", delay=1.2)
    sandbox.admin.add_fault(path=MAKES, method="GET", kind="status", status=503, times=1)
    async with CustomerApi(sandbox.base_url, retry=policy, timeout=10.0) as api:
        await api.auth.login_pincode(*_credentials(sandbox))
        sandbox.admin.clear_requests()
        started = time.monotonic()
        with pytest.raises(ApiTimeoutError):
            await api.vehicles.makes().first_page()
        elapsed = time.monotonic() - started
    assert 2.1 <= elapsed <= policy.total_budget + policy.min_attempt_timeout + 0.15
    assert statuses(sandbox, Op.MAKES)[0] == 503
    assert len(requests_for(sandbox, Op.MAKES)) == 2


def _credentials(sandbox: SandboxThread) -> tuple[str, str]:
    connector = online_connector(sandbox)
    return connector["uuid"], connector["pincode"]
