"""Login requests and the token triple they answer with."""

from __future__ import annotations

from pydantic import Field

from app.api.models._base import ApiModel, ApiRequest, LooseStr

__all__ = [
    "ConnectorIdLogin",
    "ForgotPasswordRequest",
    "ForgotPasswordResult",
    "OtpLogin",
    "PincodeLogin",
    "RefreshRequest",
    "TokenSet",
]


class TokenSet(ApiModel):
    """The ID, access and refresh tokens of a login. Its repr never shows them."""

    access_token: str = Field(repr=False)
    id_token: str | None = Field(default=None, repr=False)
    refresh_token: str | None = Field(default=None, repr=False)
    #: Seconds the access token lives, when the server says so (not in the seed; some gateways add it).
    expires_in: int | None = None

    def __str__(self) -> str:
        return "TokenSet(***)"


class PincodeLogin(ApiRequest):
    """Log in with the connector's UUID and pincode."""

    connector_uuid: str
    # Always sent as a string: a pincode may start with a zero, which a number would lose.
    pincode: LooseStr = Field(repr=False)


class ConnectorIdLogin(ApiRequest):
    """Log in with the connector's numeric id and pincode (deprecated by the API)."""

    connector_id: int
    pincode: LooseStr = Field(repr=False)


class OtpLogin(ApiRequest):
    """Log in with a one-time password."""

    otp: str = Field(repr=False)


class RefreshRequest(ApiRequest):
    """Trade a refresh token for a new token triple."""

    refresh_token: str = Field(repr=False)


class ForgotPasswordRequest(ApiRequest):
    """Ask for a password reset (customer portal migration only)."""

    email_address: str


class ForgotPasswordResult(ApiModel):
    """How the reset continues (``SESSION`` in the seed)."""

    method: str | None = None
