"""The access, refresh and ID tokens of a login, held in memory only, and their renewal.

A request refused with 401 asks :meth:`TokenManager.recover` for a fresh token, then is sent once more.
Many requests may meet a 401 at the same moment (the token expired under all of them); they share one
renewal: a lock serialises the callers, and a generation counter (bumped by every new token) tells a caller
that somebody else already renewed the token its request used. Renewal is a refresh; when the server
refuses the refresh token, a login again with the pincode remembered in memory, when the caller allowed
that; otherwise the session ends with :class:`~app.api.errors.AuthenticationError`.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, Literal

from app.api._http import HttpTransport
from app.api._ops import operation
from app.api.errors import ApiError, AuthenticationError, BadRequestError, PermissionDeniedError
from app.api.models import ConnectorIdLogin, OtpLogin, PincodeLogin, RefreshRequest, TokenSet
from app.domain.contract.customer_api import Op
from app.domain.jwt import unverified_claims

__all__ = ["TokenManager"]

log = logging.getLogger("app.api")

#: A token this close to its known expiry is renewed before use rather than sent to be refused.
_EXPIRY_MARGIN: Final = 30.0

#: What a refused renewal looks like: the refresh token (or pincode) is no longer accepted.
_REFUSED = (AuthenticationError, BadRequestError, PermissionDeniedError)


@dataclass(frozen=True, slots=True)
class _Credentials:
    """A connector's login, remembered in memory (never on disk) to log in again after a refused refresh."""

    kind: Literal["uuid", "id"]
    connector: str
    pincode: str = field(repr=False)


def _jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim (seconds since the epoch) of a JWT, read without verifying; None if not a JWT."""
    claims = unverified_claims(token)
    exp = claims.get("exp") if claims is not None else None
    return float(exp) if isinstance(exp, int | float) and not isinstance(exp, bool) else None


class TokenManager:
    """Logs in, keeps the tokens in memory, and renews them for the transport.

    Attach it to an :class:`HttpTransport`; it sets itself as the transport's ``auth``.
    """

    def __init__(
        self,
        http: HttpTransport,
        *,
        max_token_age: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        """Create a logged-out manager.

        Args:
            http: the transport the login and refresh calls go through.
            max_token_age: for :meth:`access_token`: an access token whose expiry the client cannot read
                (an opaque token) is renewed once it is this many seconds old.
            clock: monotonic seconds (tests may pass a fake).
            wall_clock: seconds since the epoch, to read a JWT's ``exp``.
        """
        self._http = http
        self._max_token_age = max_token_age
        self._clock = clock
        self._wall_clock = wall_clock
        self._tokens: TokenSet | None = None
        self._generation = 0
        self._obtained_at = 0.0
        self._expires_at: float | None = None
        self._credentials: _Credentials | None = None
        self._lock = asyncio.Lock()
        http.auth = self

    def __repr__(self) -> str:
        state = "logged in" if self._tokens is not None else "logged out"
        return f"<{type(self).__name__} {state}, generation {self._generation}>"

    @property
    def is_authenticated(self) -> bool:
        """True while the client holds an access token."""
        return self._tokens is not None

    @property
    def remembers_pincode(self) -> bool:
        """True when a refused refresh can be answered by logging in again without asking the user."""
        return self._credentials is not None

    # ------------------------------------------------------------------ logins

    @operation(Op.LOGIN_PINCODE)
    async def login_pincode(
        self,
        connector_uuid: str,
        pincode: str | int,
        *,
        remember: bool = True,
        timeout: float | None = None,  # noqa: ASYNC109 - per-request timeout
    ) -> TokenSet:
        """Log in with the connector's UUID and pincode.

        Args:
            connector_uuid: the UUID printed on the connector.
            pincode: its pincode (a string keeps leading zeros).
            remember: keep the pincode in memory to log in again if the refresh token is refused later.
            timeout: seconds for this request.

        Raises:
            AuthenticationError: wrong UUID or pincode.
            RateLimitError: too many wrong pincodes; ``retry_after`` says how long to wait.
        """
        credentials = _Credentials("uuid", str(connector_uuid), str(pincode))
        async with self._lock:
            tokens = await self._login(credentials, timeout=timeout)
            self._install(tokens, credentials if remember else None)
        log.info("logged in with a connector UUID")
        return tokens

    @operation(Op.LOGIN_PINCODE_BY_ID)
    async def login_connector_id(
        self,
        connector_id: int,
        pincode: str | int,
        *,
        remember: bool = True,
        timeout: float | None = None,  # noqa: ASYNC109 - per-request timeout
    ) -> TokenSet:
        """Log in with the connector's numeric id and pincode (deprecated by the API: prefer the UUID)."""
        warnings.warn(
            "logging in by connector id is deprecated by the Customer API; use login_pincode with the UUID",
            DeprecationWarning,
            stacklevel=2,
        )
        credentials = _Credentials("id", str(connector_id), str(pincode))
        async with self._lock:
            tokens = await self._login(credentials, timeout=timeout)
            self._install(tokens, credentials if remember else None)
        log.info("logged in with a connector id (deprecated login)")
        return tokens

    @operation(Op.LOGIN_OTP)
    async def login_otp(
        self,
        otp: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - per-request timeout
    ) -> TokenSet:
        """Log in with a one-time password. Nothing is remembered: an OTP cannot be used twice."""
        async with self._lock:
            tokens = await self._http.call_model(
                Op.LOGIN_OTP, TokenSet, body=OtpLogin(otp=otp).to_wire(), timeout=timeout
            )
            self._install(tokens, None)
        log.info("logged in with a one-time password")
        return tokens

    @operation(Op.REFRESH)
    async def refresh(
        self,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - per-request timeout
    ) -> TokenSet:
        """Trade the refresh token for new tokens now (the client also does this by itself on a 401).

        Raises:
            AuthenticationError: not logged in, no refresh token, or the server refused it.
        """
        async with self._lock:
            current = self._tokens
            if current is None or not current.refresh_token:
                raise AuthenticationError("Not logged in", status=401, operation=Op.REFRESH.name)
            tokens = await self._refresh(current, timeout=timeout)
            self._install(tokens, self._credentials)
            return tokens

    def logout(self) -> None:
        """Forget the tokens and any remembered pincode (the API has no server-side logout)."""
        was_authenticated = self._tokens is not None
        self._forget()
        if was_authenticated:
            log.info("logged out")

    async def access_token(self) -> str:
        """A usable access token, renewed first when it is known (or assumed) to be about to expire.

        For the live-status websocket, which cannot meet a 401 the way a REST request does.

        Raises:
            AuthenticationError: not logged in, or the session could not be renewed.
        """
        bearer = self.bearer()
        if bearer is None:
            raise AuthenticationError("Not logged in", status=401)
        token, generation = bearer
        if not self._is_stale():
            return token
        if not await self.recover(generation):
            raise AuthenticationError("The session expired; log in again", status=401)
        renewed = self.bearer()
        if renewed is None:
            raise AuthenticationError("The session expired; log in again", status=401)
        return renewed[0]

    async def token_rejected(self, token: str) -> None:
        """Renew the session because a server (the websocket) refused ``token``, if it is still current.

        Failures are logged, not raised: the caller (the live-status client) retries on its own schedule.
        """
        bearer = self.bearer()
        if bearer is None or bearer[0] != token:
            return
        try:
            renewed = await self.recover(bearer[1])
        except ApiError as exc:
            log.warning("renewing a refused token failed: %s", exc.message)
            return
        if not renewed:
            log.warning("a refused token could not be renewed; the session has ended")

    # ------------------------------------------------------------------ what the transport calls

    def bearer(self) -> tuple[str, int] | None:
        """The current access token and its generation, or None when logged out."""
        if self._tokens is None:
            return None
        return self._tokens.access_token, self._generation

    async def recover(self, generation: int) -> bool:
        """Renew the session after the token of ``generation`` was refused; False if that is impossible.

        Callers that arrive while another renews wait for it, then find the generation moved on and
        return at once, so a burst of 401s costs one refresh.
        """
        async with self._lock:
            if self._tokens is None:
                return False
            if generation != self._generation:
                return True
            return await self._renew()

    # ------------------------------------------------------------------ internals (lock held)

    async def _renew(self) -> bool:
        current = self._tokens
        assert current is not None
        if current.refresh_token:
            try:
                tokens = await self._refresh(current, timeout=None)
            except _REFUSED as exc:
                log.info("the refresh token was refused (HTTP %s)", exc.status)
            else:
                self._install(tokens, self._credentials)
                log.info("tokens refreshed")
                return True
        credentials = self._credentials
        if credentials is None:
            self._forget()
            return False
        try:
            tokens = await self._login(credentials, timeout=None)
        except _REFUSED as exc:
            log.warning("logging in again with the remembered pincode failed (HTTP %s)", exc.status)
            self._forget()
            return False
        self._install(tokens, credentials)
        log.info("logged in again with the remembered pincode")
        return True

    async def _refresh(self, current: TokenSet, *, timeout: float | None) -> TokenSet:  # noqa: ASYNC109
        assert current.refresh_token is not None
        tokens = await self._http.call_model(
            Op.REFRESH,
            TokenSet,
            body=RefreshRequest(refresh_token=current.refresh_token).to_wire(),
            timeout=timeout,
        )
        if tokens.refresh_token is None:
            # A server that does not rotate refresh tokens keeps the old one valid.
            tokens = tokens.model_copy(update={"refresh_token": current.refresh_token})
        return tokens

    async def _login(self, credentials: _Credentials, *, timeout: float | None) -> TokenSet:  # noqa: ASYNC109
        if credentials.kind == "uuid":
            body = PincodeLogin(connector_uuid=credentials.connector, pincode=credentials.pincode).to_wire()
            return await self._http.call_model(Op.LOGIN_PINCODE, TokenSet, body=body, timeout=timeout)
        login = ConnectorIdLogin(connector_id=int(credentials.connector), pincode=credentials.pincode)
        return await self._http.call_model(
            Op.LOGIN_PINCODE_BY_ID, TokenSet, body=login.to_wire(), timeout=timeout
        )

    def _install(self, tokens: TokenSet, credentials: _Credentials | None) -> None:
        self._tokens = tokens
        self._credentials = credentials
        self._generation += 1
        now = self._clock()
        self._obtained_at = now
        expiry = _jwt_expiry(tokens.access_token)
        if expiry is not None:
            self._expires_at = now + (expiry - self._wall_clock())
        elif tokens.expires_in is not None:
            self._expires_at = now + tokens.expires_in
        else:
            self._expires_at = None

    def _forget(self) -> None:
        self._tokens = None
        self._credentials = None
        self._expires_at = None
        self._generation += 1

    def _is_stale(self) -> bool:
        now = self._clock()
        if self._expires_at is not None:
            return now >= self._expires_at - _EXPIRY_MARGIN
        return now - self._obtained_at >= self._max_token_age
