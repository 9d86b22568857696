"""Login, token refresh and the legacy forgot-password call.

A wrong pincode and an unknown connector get the same 401 ``invalid-credentials`` answer, so the API
does not tell which connectors exist. Wrong pincodes are counted per connector on the sandbox clock:
the one that reaches ``login_lockout_attempts`` within ``login_lockout_window`` seconds, and every login
of that connector after it until the window has passed, gets 429 ``too-many-attempts`` with Retry-After.
"""

from __future__ import annotations

import hmac
import math
from datetime import timedelta
from typing import Any

from app.domain.contract.customer_api import Op
from app.sandbox.auth import StateDep
from app.sandbox.catalogue_types import SampleConnector
from app.sandbox.problems import ProblemError
from app.sandbox.routes_common import customer_router, operation
from app.sandbox.schemas import (
    ForgotPasswordAnswer,
    ForgotPasswordRequest,
    OtpLogin,
    PincodeLogin,
    PincodeLoginById,
    RefreshRequest,
    TokenSet,
)
from app.sandbox.state import SandboxState

router = customer_router("authentication")


def _invalid_credentials() -> ProblemError:
    return ProblemError(
        401, "invalid-credentials", "Invalid credentials", "The connector or its pincode is not correct."
    )


def _locked_out(state: SandboxState, connector_id: int) -> ProblemError | None:
    window = timedelta(seconds=state.config.login_lockout_window)
    now = state.now()
    failures = state.login_failures_since(connector_id, now - window)
    if len(failures) < state.config.login_lockout_attempts:
        return None
    # Unlocks when the oldest failure that still counts leaves the window.
    unlock_at = failures[-state.config.login_lockout_attempts] + window
    wait = max(1, math.ceil(state.clock.real_seconds((unlock_at - now).total_seconds())))
    return ProblemError(
        429,
        "too-many-attempts",
        "Too many attempts",
        f"Too many wrong pincodes for this connector. Try again in {wait} seconds.",
        headers={"Retry-After": str(wait)},
    )


def _login(state: SandboxState, connector: SampleConnector | None, pincode: str) -> dict[str, str]:
    if connector is None:
        raise _invalid_credentials()
    locked = _locked_out(state, connector.id)
    if locked is not None:
        raise locked
    if not hmac.compare_digest(pincode.strip().encode(), connector.pincode.encode()):
        state.record_login_failure(connector.id)
        locked = _locked_out(state, connector.id)
        raise locked if locked is not None else _invalid_credentials()
    state.clear_login_failures(connector.id)
    return state.issue_tokens(connector.id)


@operation(router, Op.LOGIN_PINCODE, response_model=TokenSet)
async def login_pincode(body: PincodeLogin, state: StateDep) -> dict[str, str]:
    """Log in with the connector's UUID and pincode."""
    return _login(state, state.index.connector_by_uuid(body.connector_uuid.strip().lower()), body.pincode)


@operation(router, Op.LOGIN_PINCODE_BY_ID, response_model=TokenSet, deprecated=True)
async def login_pincode_by_id(body: PincodeLoginById, state: StateDep) -> dict[str, str]:
    """Log in with the connector's numeric id and pincode (deprecated: use the UUID)."""
    return _login(state, state.index.connector(body.connector_id), body.pincode)


@operation(router, Op.LOGIN_OTP, response_model=TokenSet)
async def login_otp(body: OtpLogin, state: StateDep) -> dict[str, str]:
    """Log in with a one-time password; each works once (until the sandbox is reset)."""
    given = body.otp.strip().encode()
    connector = next(
        (c for c in state.catalogue.connectors if c.otp and hmac.compare_digest(given, c.otp.encode())),
        None,
    )
    if connector is None or not state.use_otp(body.otp.strip()):
        raise ProblemError(
            401,
            "invalid-credentials",
            "Invalid credentials",
            "The one-time password is unknown or used already.",
        )
    return state.issue_tokens(connector.id)


@operation(router, Op.REFRESH, response_model=TokenSet)
async def refresh(body: RefreshRequest, state: StateDep) -> dict[str, str]:
    """A new token triple for a refresh token, which is spent by it (rotation)."""
    status, tokens = state.rotate_refresh_token(body.refresh_token)
    if status == "expired":
        raise ProblemError(
            401, "token-expired", "Unauthorized", "The refresh token has expired; log in again."
        )
    if tokens is None:
        raise ProblemError(
            401,
            "invalid-token",
            "Unauthorized",
            "The refresh token is not valid (it may have been used already).",
        )
    return tokens


@operation(router, Op.FORGOT_PASSWORD, response_model=ForgotPasswordAnswer, tags=["legacy"])
async def forgot_password(body: ForgotPasswordRequest) -> dict[str, Any]:
    """The portal's migration-time password reset: the sandbox always continues by session."""
    del body  # validated; nothing is sent anywhere from a sandbox
    return {"method": "SESSION"}
