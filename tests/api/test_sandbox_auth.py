"""Login, refresh, lockout and token checks of the sandbox, over HTTP."""

from __future__ import annotations

from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import (
    anonymous,
    connector_where,
    doip_connector,
    logged_in,
    login_tokens,
    problem,
)


def test_login_by_uuid_accepts_pincode_as_number_or_string(sandbox: SandboxThread) -> None:
    connector = doip_connector(sandbox.catalogue)
    with anonymous(sandbox) as http:
        for pincode in (int(connector.pincode), connector.pincode):
            response = http.post(
                Op.LOGIN_PINCODE.route.path(), json={"connector_uuid": connector.uuid, "pincode": pincode}
            )
            assert response.status_code == 200
            tokens = response.json()
            assert set(tokens) == {"id_token", "access_token", "refresh_token"}
            assert len(set(tokens.values())) == 3
            me = http.get(Op.ME.route.path(), headers={"Authorization": f"Bearer {tokens['access_token']}"})
            assert me.status_code == 200


def test_wrong_pincode_and_unknown_connector_get_the_same_answer(sandbox: SandboxThread) -> None:
    connector = doip_connector(sandbox.catalogue)
    with anonymous(sandbox) as http:
        wrong = http.post(
            Op.LOGIN_PINCODE.route.path(), json={"connector_uuid": connector.uuid, "pincode": "0000"}
        )
        unknown = http.post(
            Op.LOGIN_PINCODE.route.path(),
            json={"connector_uuid": "00000000-0000-4000-8000-000000000000", "pincode": connector.pincode},
        )
    first = problem(wrong, 401, "invalid-credentials")
    second = problem(unknown, 401, "invalid-credentials")
    assert first == second


def test_deprecated_login_by_connector_id(sandbox: SandboxThread) -> None:
    connector = doip_connector(sandbox.catalogue)
    with anonymous(sandbox) as http:
        good = http.post(
            Op.LOGIN_PINCODE_BY_ID.route.path(),
            json={"connector_id": connector.id, "pincode": int(connector.pincode)},
        )
        bad = http.post(
            Op.LOGIN_PINCODE_BY_ID.route.path(), json={"connector_id": connector.id, "pincode": "9"}
        )
    assert good.status_code == 200
    assert good.json()["access_token"]
    problem(bad, 401, "invalid-credentials")


def test_five_wrong_pincodes_lock_the_connector_out_until_the_window_passes(sandbox: SandboxThread) -> None:
    connector = doip_connector(sandbox.catalogue)
    other = connector_where(sandbox.catalogue, lambda c: c.id != connector.id)
    path = Op.LOGIN_PINCODE.route.path()
    with anonymous(sandbox) as http:
        statuses = [
            http.post(path, json={"connector_uuid": connector.uuid, "pincode": "0000"}).status_code
            for _ in range(4)
        ]
        assert statuses == [401, 401, 401, 401]
        fifth = http.post(path, json={"connector_uuid": connector.uuid, "pincode": "0000"})
        body = problem(fifth, 429, "too-many-attempts")
        assert 1 <= int(fifth.headers["Retry-After"]) <= 60
        assert connector.pincode not in body["detail"]
        # Even the right pincode waits, while other connectors are not affected.
        locked = http.post(path, json={"connector_uuid": connector.uuid, "pincode": connector.pincode})
        problem(locked, 429, "too-many-attempts")
        assert (
            http.post(path, json={"connector_uuid": other.uuid, "pincode": other.pincode}).status_code == 200
        )
        sandbox.admin.advance_clock(61)
        assert (
            http.post(path, json={"connector_uuid": connector.uuid, "pincode": connector.pincode}).status_code
            == 200
        )


def test_otp_logs_in_once(sandbox: SandboxThread) -> None:
    connector = connector_where(sandbox.catalogue, lambda c: c.otp is not None)
    with anonymous(sandbox) as http:
        first = http.post(Op.LOGIN_OTP.route.path(), json={"otp": connector.otp})
        again = http.post(Op.LOGIN_OTP.route.path(), json={"otp": connector.otp})
        unknown = http.post(Op.LOGIN_OTP.route.path(), json={"otp": "not-an-otp"})
        assert first.status_code == 200
        me = http.get(
            Op.ACTIVE_TICKET.route.path(connector_id=connector.id),
            headers={"Authorization": f"Bearer {first.json()['access_token']}"},
        )
    problem(me, 404, "no-active-ticket")
    problem(again, 401, "invalid-credentials")
    problem(unknown, 401, "invalid-credentials")


def test_refresh_rotates_the_refresh_token(sandbox: SandboxThread) -> None:
    connector = doip_connector(sandbox.catalogue)
    with anonymous(sandbox) as http:
        tokens = login_tokens(http, connector)
        renewed = http.post(Op.REFRESH.route.path(), json={"refresh_token": tokens["refresh_token"]})
        assert renewed.status_code == 200
        fresh = renewed.json()
        assert fresh["refresh_token"] != tokens["refresh_token"]
        assert fresh["access_token"] != tokens["access_token"]
        reused = http.post(Op.REFRESH.route.path(), json={"refresh_token": tokens["refresh_token"]})
        problem(reused, 401, "invalid-token")
        assert (
            http.post(Op.REFRESH.route.path(), json={"refresh_token": fresh["refresh_token"]}).status_code
            == 200
        )


def test_missing_invalid_and_expired_tokens_are_told_apart(sandbox: SandboxThread) -> None:
    with anonymous(sandbox) as http:
        missing = http.get(Op.CONNECTORS.route.path())
        invalid = http.get(Op.CONNECTORS.route.path(), headers={"Authorization": "Bearer nonsense"})
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    problem(missing, 401, "missing-token")
    problem(invalid, 401, "invalid-token")
    with logged_in(sandbox) as api:
        assert api.get(Op.CONNECTORS).status_code == 200
        assert sandbox.admin.expire_tokens() >= 1
        expired = api.get(Op.CONNECTORS)
        problem(expired, 401, "token-expired")
        assert api.tokens["access_token"] not in expired.text
        # The refresh token outlives the access token.
        renewed = api.http.post(Op.REFRESH.route.path(), json={"refresh_token": api.tokens["refresh_token"]})
        assert renewed.status_code == 200


def test_access_token_expires_after_fifteen_sandbox_minutes(sandbox: SandboxThread) -> None:
    with logged_in(sandbox) as api:
        sandbox.admin.advance_clock(14 * 60)
        assert api.get(Op.CONNECTORS).status_code == 200
        sandbox.admin.advance_clock(61)
        problem(api.get(Op.CONNECTORS), 401, "token-expired")


def test_login_validation_errors_are_400_with_invalid_params(sandbox: SandboxThread) -> None:
    with anonymous(sandbox) as http:
        response = http.post(Op.LOGIN_PINCODE.route.path(), json={"connector_uuid": "x"})
        flagged = http.post(Op.LOGIN_PINCODE.route.path(), json={"connector_uuid": "x", "pincode": True})
    body = problem(response, 400, "invalid-request")
    assert {"name": "pincode", "reason": "Field required"} in body["invalid_params"]
    assert problem(flagged, 400, "invalid-request")["invalid_params"][0]["name"] == "pincode"


def test_forgot_password_answers_session_for_a_valid_email(sandbox: SandboxThread) -> None:
    path = Op.FORGOT_PASSWORD.route.path()
    with anonymous(sandbox) as http:
        good = http.post(path, json={"email_address": "test@test.nl"})
        bad = http.post(path, json={"email_address": "not an email"})
    assert good.status_code == 200
    assert good.json() == {"method": "SESSION"}
    problem(bad, 400, "invalid-request")
