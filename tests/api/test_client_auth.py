"""Logins, token renewal under concurrency, re-login with a remembered pincode, and no secret leaking."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from app.api import AuthenticationError, CustomerApi, RateLimitError
from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from tests.api.conftest import entries_for, requests_for

REFRESH = Op.REFRESH.route.path()


@pytest.mark.asyncio
async def test_a_wrong_pincode_is_an_authentication_error_without_the_pincode(
    api: CustomerApi, connector: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "860213" if connector["pincode"] != "860213" else "860214"
    with caplog.at_level(logging.DEBUG, logger="app.api"), pytest.raises(AuthenticationError) as caught:
        await api.auth.login_pincode(connector["uuid"], wrong)
    assert caught.value.status == 401
    assert wrong not in str(caught.value)
    assert wrong not in repr(caught.value.problem)
    assert wrong not in caplog.text
    assert not api.auth.is_authenticated


@pytest.mark.asyncio
async def test_too_many_wrong_pincodes_are_rate_limited_and_not_retried(
    api: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    refused = 0
    while True:
        try:
            await api.auth.login_pincode(connector["uuid"], f"00{refused:02d}")
        except AuthenticationError:
            refused += 1
            assert refused <= 10, "the sandbox never locked the connector"
        except RateLimitError:
            break
    assert refused >= 3
    with pytest.raises(RateLimitError) as caught:
        await api.auth.login_pincode(connector["uuid"], connector["pincode"])
    assert caught.value.retry_after is not None
    assert caught.value.retry_after > 0
    # Every login went out exactly once: a refused login is never sent again by the client.
    assert len(requests_for(sandbox, Op.LOGIN_PINCODE)) == refused + 2


@pytest.mark.asyncio
async def test_ten_requests_meeting_an_expired_token_share_one_refresh(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    assert sandbox.admin.expire_tokens() >= 1
    # All ten read the (now refused) token before any answer is back, so each meets its own 401.
    users = await asyncio.gather(*(logged_in.users.me() for _ in range(10)))
    assert len({user.id for user in users}) == 1
    log = sandbox.admin.requests()
    refreshes = entries_for(log, Op.REFRESH)
    assert len(refreshes) == 1
    assert refreshes[0]["status"] == 200
    assert entries_for(log, Op.LOGIN_PINCODE) == []
    me = entries_for(log, Op.ME)
    assert sorted(entry["status"] for entry in me) == [200] * 10 + [401] * 10
    # Every request that got through was sent after the one refresh, with its token.
    arrivals = [(entry["path"], entry["status"]) for entry in log]
    refreshed_at = arrivals.index((REFRESH, 200))
    assert (Op.ME.route.path(), 200) not in arrivals[:refreshed_at]
    assert logged_in.auth.is_authenticated


@pytest.mark.asyncio
async def test_a_refused_refresh_logs_in_again_with_the_remembered_pincode(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path=REFRESH, method="POST", kind="status", status=401, times=1)
    sandbox.admin.expire_tokens()
    user = await logged_in.users.me()
    assert user.id
    sequence = [
        (entry["path"], entry["status"])
        for entry in sandbox.admin.requests()
        if entry["path"] != Op.ME.route.path() or entry["status"] == 200
    ]
    assert sequence == [(REFRESH, 401), (Op.LOGIN_PINCODE.route.path(), 200), (Op.ME.route.path(), 200)]


@pytest.mark.asyncio
async def test_a_refused_refresh_without_a_remembered_pincode_ends_the_session(
    api: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    await api.auth.login_pincode(connector["uuid"], connector["pincode"], remember=False)
    assert not api.auth.remembers_pincode
    sandbox.admin.add_fault(path=REFRESH, method="POST", kind="status", status=401, times=1)
    sandbox.admin.expire_tokens()
    results = await asyncio.gather(*(api.users.me() for _ in range(5)), return_exceptions=True)
    assert all(isinstance(result, AuthenticationError) for result in results)
    assert not api.auth.is_authenticated
    assert len(requests_for(sandbox, Op.REFRESH)) == 1
    assert len(requests_for(sandbox, Op.LOGIN_PINCODE)) == 1


@pytest.mark.asyncio
async def test_an_otp_session_cannot_log_in_again(api: CustomerApi, sandbox: SandboxThread) -> None:
    with_otp = next(c for c in sandbox.admin.connectors() if c["otp"])
    await api.auth.login_otp(with_otp["otp"])
    assert not api.auth.remembers_pincode
    sandbox.admin.add_fault(path=REFRESH, method="POST", kind="status", status=400, times=1)
    sandbox.admin.expire_tokens()
    with pytest.raises(AuthenticationError):
        await api.service_center.status()
    assert not api.auth.is_authenticated


@pytest.mark.asyncio
async def test_nothing_is_sent_without_a_login(api: CustomerApi, sandbox: SandboxThread) -> None:
    with pytest.raises(AuthenticationError, match="Not logged in"):
        await api.users.me()
    assert sandbox.admin.requests() == []


@pytest.mark.asyncio
async def test_logout_forgets_the_tokens(logged_in: CustomerApi, sandbox: SandboxThread) -> None:
    logged_in.auth.logout()
    assert not logged_in.auth.is_authenticated
    with pytest.raises(AuthenticationError):
        await logged_in.users.me()
    with pytest.raises(AuthenticationError):
        await logged_in.auth.access_token()
    assert sandbox.admin.requests() == []


@pytest.mark.asyncio
async def test_the_websocket_token_is_renewed_once_the_server_refuses_it(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    token = await logged_in.auth.access_token()
    assert token == await logged_in.auth.access_token()
    await logged_in.auth.token_rejected("some-older-token")
    assert requests_for(sandbox, Op.REFRESH) == []
    sandbox.admin.expire_tokens()
    await logged_in.auth.token_rejected(token)
    renewed = await logged_in.auth.access_token()
    assert renewed != token
    assert len(requests_for(sandbox, Op.REFRESH)) == 1
    assert (await logged_in.service_center.status()).state


@pytest.mark.asyncio
async def test_no_token_or_pincode_reaches_the_log(
    api: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        first = await api.auth.login_pincode(connector["uuid"], connector["pincode"])
        sandbox.admin.expire_tokens()
        await api.users.me()
        second = await api.auth.refresh()
        sandbox.admin.add_fault(path=Op.ME.route.path(), kind="status", status=503, retry_after=0, times=1)
        await api.users.me()
    secrets = [
        connector["pincode"],
        first.access_token,
        first.refresh_token,
        first.id_token,
        second.access_token,
        second.refresh_token,
    ]
    assert caplog.records
    for secret in secrets:
        assert secret
        assert secret not in caplog.text
        assert secret not in repr(first)
        assert secret not in repr(api.auth)
