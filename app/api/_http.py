"""The transport under every resource: requests from the route table, auth, retries, errors, logging.

One :class:`HttpTransport` per :class:`~app.api.client.CustomerApi`. It builds each request from
``Op.<NAME>.route`` (the only place paths come from), adds the bearer token unless the route is anonymous,
retries what may be retried (:mod:`app.api.retry`), turns every failure into the :mod:`app.api.errors`
tree with ``raise ... from`` the httpx exception, and logs one line per attempt with secrets masked.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final, Protocol, TypeVar

import httpx
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from app.api.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadResponseError,
    Problem,
    error_for_status,
)
from app.api.models import Page
from app.api.redact import RedactingFilter, redact_text, redact_url
from app.api.retry import RetryPolicy, parse_retry_after
from app.domain.contract.customer_api import Op

__all__ = [
    "AuthProvider",
    "HttpTransport",
    "QueryParams",
    "default_ssl_context",
    "logger",
]

logger = logging.getLogger("app.api")
if not any(isinstance(existing, RedactingFilter) for existing in logger.filters):
    logger.addFilter(RedactingFilter())

ModelT = TypeVar("ModelT", bound=BaseModel)
ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")

QueryValue = str | int | bool | Sequence[int] | Sequence[str] | None
QueryParams = Mapping[str, QueryValue]

#: A server error page can be large; the log keeps only enough of it to recognise it.
_LOGGED_BODY_CHARS: Final = 500


class AuthProvider(Protocol):
    """What the transport needs from the token manager."""

    def bearer(self) -> tuple[str, int] | None:
        """The current access token and its generation, or None when logged out."""

    async def recover(self, generation: int) -> bool:
        """Get a usable token after ``generation``'s was refused; False when that is impossible."""


@dataclass(frozen=True, slots=True)
class _Failure:
    """One attempt that did not succeed."""

    shown: str
    error: ApiError
    cause: BaseException | None
    retryable: bool = True
    retry_after: float | None = None


class _UndecodableBodyError(Exception):
    """A success status with a body that is not the JSON it should be (a cut or garbled answer)."""


def default_ssl_context() -> ssl.SSLContext:
    """A TLS context backed by the operating system's trust store (workshop proxies and their CAs)."""
    import truststore  # noqa: PLC0415 - imported only when an https client is built

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


_QueryPairs = list[tuple[str, str | int | float | bool | None]]


def _query(params: QueryParams | None) -> _QueryPairs:
    pairs: _QueryPairs = []
    for name, value in (params or {}).items():
        if value is None:
            continue
        if isinstance(value, bool):
            pairs.append((name, "true" if value else "false"))
        elif isinstance(value, str | int):
            pairs.append((name, str(value)))
        else:
            # Lists go comma-separated, as the API documents for ``product_id=1,2,3``.
            pairs.append((name, ",".join(str(item) for item in value)))
    return pairs


def _capped(timeout: httpx.Timeout, ceiling: float) -> httpx.Timeout:
    """``timeout`` with no phase longer than ``ceiling`` seconds (an unbounded phase gets the ceiling)."""

    def cap(value: float | None) -> float:
        return ceiling if value is None else min(value, ceiling)

    return httpx.Timeout(
        connect=cap(timeout.connect), read=cap(timeout.read), write=cap(timeout.write), pool=cap(timeout.pool)
    )


def decode_json(response: httpx.Response) -> Any:
    """The JSON body, with every decimal number read exactly (as ``Decimal``, never a float)."""
    try:
        return json.loads(response.content, parse_float=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _UndecodableBodyError(str(exc)) from exc


def _shape_error(op: Op, exc: PydanticValidationError, status: int) -> BadResponseError:
    # Only locations and messages: the offending values could be tokens or personal data.
    problems = "; ".join(
        f"{'.'.join(str(part) for part in error['loc']) or '(body)'}: {error['msg']}"
        for error in exc.errors(include_input=False, include_url=False)[:5]
    )
    return BadResponseError(
        f"The server's answer had an unexpected shape ({problems})", operation=op.name, status=status
    )


class HttpTransport:
    """Sends the Customer API's requests. Resources call :meth:`call` and its typed helpers."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float | httpx.Timeout,
        retry: RetryPolicy,
        user_agent: str,
        transport: httpx.AsyncBaseTransport | None = None,
        verify: ssl.SSLContext | bool | None = None,
    ) -> None:
        """Build the underlying httpx client.

        Args:
            base_url: the API's origin, e.g. ``https://customer-api-001.prd.jifeline.cloud``.
            timeout: default timeouts; a float applies to connect, read, write and pool alike.
            retry: the retry rules for idempotent requests.
            user_agent: the ``User-Agent`` header.
            transport: a custom httpx transport (tests of odd networks only).
            verify: TLS verification; by default the system trust store for https.
        """
        self.base_url = base_url.rstrip("/")
        self.retry = retry
        self.auth: AuthProvider | None = None
        if verify is None:
            verify = default_ssl_context() if self.base_url.startswith("https:") else True
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=timeout,
            transport=transport,
            verify=verify,
            follow_redirects=False,
            headers={"User-Agent": user_agent, "Accept": "application/json, application/problem+json"},
        )

    @property
    def is_closed(self) -> bool:
        """True once :meth:`aclose` ran."""
        return self._client.is_closed

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()

    # ------------------------------------------------------------------ typed helpers

    async def call_model(
        self,
        op: Op,
        model: type[ModelT],
        *,
        path_params: Mapping[str, str | int] | None = None,
        params: QueryParams | None = None,
        body: Mapping[str, Any] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - per-request httpx timeout
        idempotency_key: str | None = None,
    ) -> ModelT:
        """Send ``op`` and read its answer as ``model``."""

        def parse(response: httpx.Response) -> ModelT:
            data = decode_json(response)
            try:
                return model.model_validate(data)
            except PydanticValidationError as exc:
                raise _shape_error(op, exc, response.status_code) from exc

        return await self.call(
            op,
            parse,
            path_params=path_params,
            params=params,
            body=body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )

    async def call_optional_model(
        self,
        op: Op,
        model: type[ModelT],
        *,
        path_params: Mapping[str, str | int] | None = None,
        params: QueryParams | None = None,
        body: Mapping[str, Any] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - per-request httpx timeout
    ) -> ModelT | None:
        """Send ``op``; its answer as ``model``, or None when the server answered with no body."""

        def parse(response: httpx.Response) -> ModelT | None:
            if response.status_code == 204 or not response.content.strip():
                return None
            data = decode_json(response)
            if data is None:
                return None
            try:
                return model.model_validate(data)
            except PydanticValidationError as exc:
                raise _shape_error(op, exc, response.status_code) from exc

        return await self.call(op, parse, path_params=path_params, params=params, body=body, timeout=timeout)

    async def call_page(
        self,
        op: Op,
        item: type[ItemT],
        *,
        path_params: Mapping[str, str | int] | None = None,
        params: QueryParams | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - per-request httpx timeout
    ) -> Page[ItemT]:
        """Send a list operation and read one ``{result, total, offset, limit}`` page of ``item``."""
        page_type: type[Page[ItemT]] = Page[item]  # type: ignore[valid-type]
        return await self.call_model(op, page_type, path_params=path_params, params=params, timeout=timeout)

    async def call_no_content(
        self,
        op: Op,
        *,
        path_params: Mapping[str, str | int] | None = None,
        params: QueryParams | None = None,
        body: Mapping[str, Any] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - per-request httpx timeout
    ) -> None:
        """Send ``op`` for its effect; any success body is ignored."""

        def parse(_response: httpx.Response) -> None:
            return None

        await self.call(op, parse, path_params=path_params, params=params, body=body, timeout=timeout)

    # ------------------------------------------------------------------ the one send loop

    async def call(
        self,
        op: Op,
        parse: Callable[[httpx.Response], ResultT],
        *,
        path_params: Mapping[str, str | int] | None = None,
        params: QueryParams | None = None,
        body: Mapping[str, Any] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - per-request httpx timeout
        idempotency_key: str | None = None,
    ) -> ResultT:
        """Send ``op`` until it succeeds, may not be retried, or the retry policy gives up.

        ``parse`` turns a success response into the result; it runs inside the loop, so an answer cut or
        garbled on the way (not JSON) is retried like a dropped connection when the route is idempotent.
        Each attempt's timeout is cut to what is left of the policy's ``total_budget`` (never below its
        ``min_attempt_timeout``), so the whole exchange ends within ``total_budget + min_attempt_timeout``
        seconds; a token renewal on the way is an exchange of its own.

        Raises:
            ApiStatusError: an error status (its subclass by status), after retries where allowed.
            ApiTimeoutError: no answer in time, after retries where allowed.
            ApiConnectionError: the server could not be reached or the connection broke.
            BadResponseError: the answer could not be read or had an unexpected shape.
        """
        route = op.route
        path = route.path(**(path_params or {}))
        query = _query(params)
        started = time.monotonic()
        attempt = 0
        reauthenticated = False
        while True:
            attempt += 1
            headers: dict[str, str] = {}
            generation: int | None = None
            if not route.anonymous:
                bearer = self.auth.bearer() if self.auth is not None else None
                if bearer is None:
                    raise AuthenticationError("Not logged in", status=401, operation=op.name)
                token, generation = bearer
                headers["Authorization"] = f"Bearer {token}"
            if idempotency_key is not None:
                headers["Idempotency-Key"] = idempotency_key
            # However slow the server, the exchange ends within its budget (plus one minimum attempt).
            allowed = self.retry.attempt_timeout(time.monotonic() - started)
            configured = self._client.timeout if timeout is None else httpx.Timeout(timeout)
            request = self._client.build_request(
                route.method,
                path,
                params=query,
                json=body,
                headers=headers,
                timeout=_capped(configured, allowed),
            )
            outcome = await self._attempt(op, request, parse, attempt, allowed)
            if not isinstance(outcome, _Failure):
                return outcome
            error = outcome.error
            if (
                isinstance(error, AuthenticationError)
                and generation is not None
                and self.auth is not None
                and not reauthenticated
            ):
                reauthenticated = True
                if await self.auth.recover(generation):
                    # A refused token is not the server failing: the fresh one gets a full set of tries.
                    attempt -= 1
                    continue
            if not (route.idempotent and outcome.retryable):
                raise error from outcome.cause
            delay = self.retry.next_delay(attempt, time.monotonic() - started, outcome.retry_after)
            if delay is None:
                logger.warning("%s failed after %d attempt(s): %s", outcome.shown, attempt, error.message)
                raise error from outcome.cause
            logger.info(
                "%s failed (%s); attempt %d of %d in %.2f s",
                outcome.shown,
                error.message,
                attempt + 1,
                self.retry.max_attempts,
                delay,
            )
            await asyncio.sleep(delay)

    async def _attempt(
        self,
        op: Op,
        request: httpx.Request,
        parse: Callable[[httpx.Response], ResultT],
        attempt: int,
        allowed: float,
    ) -> ResultT | _Failure:
        """Send ``request`` once: the parsed result, or what went wrong and whether a retry may help.

        The attempt, answer included, may take ``allowed`` seconds in all.
        """
        shown = f"{request.method} {redact_url(request.url.raw_path.decode('ascii', 'replace'))}"
        sent_at = time.monotonic()
        try:
            # httpx's timeouts bound each phase (connect, each read...), not the whole exchange: a
            # server trickling its answer would never trip them. The deadline bounds the attempt.
            async with asyncio.timeout(allowed):
                response = await self._client.send(request)
        except httpx.TimeoutException as exc:
            message = f"The server did not answer in time ({type(exc).__name__})"
            return _Failure(shown, ApiTimeoutError(message, operation=op.name), exc)
        except TimeoutError as exc:
            message = f"The server did not answer within the time left for this request ({allowed:.1f} s)"
            return _Failure(shown, ApiTimeoutError(message, operation=op.name), exc)
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            message = f"The connection to the server failed ({type(exc).__name__})"
            return _Failure(shown, ApiConnectionError(message, operation=op.name), exc)
        except httpx.DecodingError as exc:
            message = "The server's answer could not be decoded"
            return _Failure(shown, BadResponseError(message, operation=op.name), exc)
        except httpx.RequestError as exc:
            # Local protocol errors, bad proxies, unsupported schemes: another try cannot help.
            message = f"The request could not be sent ({type(exc).__name__})"
            return _Failure(shown, ApiConnectionError(message, operation=op.name), exc, retryable=False)
        status = response.status_code
        logger.debug(
            "%s -> %d in %.0f ms (attempt %d, request id %s)",
            shown,
            status,
            (time.monotonic() - sent_at) * 1000,
            attempt,
            response.headers.get("x-request-id") or "-",
        )
        if not response.is_success:
            error = self._status_error(op, response, shown)
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            return _Failure(
                shown, error, None, retryable=self.retry.retries_status(status), retry_after=retry_after
            )
        try:
            return parse(response)
        except _UndecodableBodyError as exc:
            logger.warning(
                "%s: the answer is not valid JSON: %s",
                shown,
                redact_text(response.text[:_LOGGED_BODY_CHARS]),
            )
            message = "The server's answer could not be read (not valid JSON)"
            return _Failure(shown, BadResponseError(message, operation=op.name, status=status), exc)

    @staticmethod
    def _status_error(op: Op, response: httpx.Response, shown: str) -> ApiStatusError:
        problem = Problem.parse(response.content)
        if problem is None and response.content:
            # Not a problem document (a proxy's HTML page, say): keep a little of it for support, in the
            # log only; the exception stays a short sentence.
            logger.warning(
                "%s -> %d with a non-problem body: %s",
                shown,
                response.status_code,
                redact_text(response.text[:_LOGGED_BODY_CHARS]),
            )
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return error_for_status(
            response.status_code,
            problem=problem,
            request_id=response.headers.get("x-request-id"),
            operation=op.name,
            retry_after=retry_after,
        )
