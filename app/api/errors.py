"""The one exception tree of the Customer API client.

Every failure the client meets ends up as an :class:`ApiError`. The transport's own exceptions (httpx) are
chained with ``raise ... from`` so a developer sees the cause, while ``str(error)`` stays safe to log and to
show: it never contains a token, a pincode, an ``Authorization`` header or a URL query string.
"""

from __future__ import annotations

import json
from typing import Any, Final

from pydantic import BaseModel, ConfigDict
from pydantic import ValidationError as PydanticValidationError

from app.api.redact import redact_text

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BadResponseError",
    "ConflictError",
    "InvalidParam",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "ServerError",
    "TransferCancelledError",
    "ValidationError",
    "error_for_status",
]

#: Enough of a problem's text to recognise it; a longer one is cut, as server pages can be large.
_MAX_TEXT: Final = 300


class InvalidParam(BaseModel):
    """One rejected request field of a validation problem (``{name, reason}``, other keys kept)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, frozen=True)

    name: str | None = None
    reason: str | None = None


class Problem(BaseModel):
    """An RFC 7807 problem object. Every field is optional and unknown extensions are kept."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, frozen=True)

    status: int | None = None
    type: str | None = None
    title: str | None = None
    detail: str | None = None
    invalid_params: tuple[InvalidParam, ...] | None = None

    @property
    def problem_type_slug(self) -> str | None:
        """The last path segment of ``type`` (``".../problems/active-ticket-exists"`` → that slug)."""
        if not self.type:
            return None
        slug = self.type.rstrip("/").rsplit("/", 1)[-1]
        # A "#fragment" or "?query" is not part of the name of the problem.
        slug = slug.split("#", 1)[0].split("?", 1)[0]
        return slug or None

    def extension(self, name: str) -> Any:
        """The value of a non-standard member (e.g. ``ticket_id``), or None when absent."""
        extra = self.model_extra or {}
        return extra.get(name)

    @classmethod
    def parse(cls, body: bytes | str | None) -> Problem | None:
        """The problem in a response body, or None when the body is not a JSON object."""
        if not body:
            return None
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(data, dict):
            return None
        try:
            return cls.model_validate(data)
        except PydanticValidationError:
            # A problem with odd member types (a string status, say) still tells us its title.
            lenient = {
                key: value
                for key, value in data.items()
                if key in {"title", "detail", "type"} and isinstance(value, str)
            }
            return cls.model_validate(lenient)


def _shorten(text: str, limit: int = _MAX_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ApiError(Exception):
    """Base of every error raised by the Customer API client.

    Attributes:
        message: a sentence safe for logs (no secrets, no query strings).
        operation: the name of the ``Op`` that failed, when known.
    """

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.operation = operation

    def __str__(self) -> str:
        if self.operation:
            return f"{self.message} (operation {self.operation})"
        return self.message


class ApiConnectionError(ApiError):
    """The server could not be reached, or the connection dropped before a complete answer."""


class ApiTimeoutError(ApiConnectionError):
    """The server did not answer in time."""


class BadResponseError(ApiError):
    """The server answered, but with a body that could not be read or had an unexpected shape."""

    def __init__(self, message: str, *, operation: str | None = None, status: int | None = None) -> None:
        super().__init__(message, operation=operation)
        self.status = status


class TransferCancelledError(ApiError):
    """An upload or a download was cancelled by the caller."""


class ApiStatusError(ApiError):
    """The server answered with an error status.

    Attributes:
        status: the HTTP status code.
        problem: the parsed problem body, if the server sent one.
        request_id: the server's request identifier (``X-Request-Id``), for support.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        problem: Problem | None = None,
        request_id: str | None = None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, operation=operation)
        self.status = status
        self.problem = problem
        self.request_id = request_id

    @property
    def problem_type_slug(self) -> str | None:
        """The slug of the problem type (``"active-ticket-exists"``), if any."""
        return self.problem.problem_type_slug if self.problem else None


class BadRequestError(ApiStatusError):
    """400: the request was refused as malformed."""


class ValidationError(BadRequestError):
    """400 or 422 with ``invalid_params``: some fields were rejected."""

    @property
    def invalid_params(self) -> tuple[InvalidParam, ...]:
        """The rejected fields."""
        if self.problem is None or self.problem.invalid_params is None:
            return ()
        return self.problem.invalid_params


class AuthenticationError(ApiStatusError):
    """401: no token, a bad or expired token, or wrong login credentials."""


class PermissionDeniedError(ApiStatusError):
    """403: the user may not do this."""


class NotFoundError(ApiStatusError):
    """404: no such resource."""


class ConflictError(ApiStatusError):
    """409: the request clashes with the current state (e.g. the connector already has a ticket)."""

    @property
    def ticket_id(self) -> int | None:
        """The id of the ticket in the way, when the problem names one (``active-ticket-exists``)."""
        if self.problem is None:
            return None
        value = self.problem.extension("ticket_id")
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return value
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
        return None


class PayloadTooLargeError(ApiStatusError):
    """413: the body (usually an uploaded file) is larger than the server accepts."""


class RateLimitError(ApiStatusError):
    """429: too many requests. ``retry_after`` is the wait the server asked for, in seconds."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        problem: Problem | None = None,
        request_id: str | None = None,
        operation: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status=status, problem=problem, request_id=request_id, operation=operation)
        self.retry_after = retry_after


class ServerError(ApiStatusError):
    """5xx: the server failed."""


_BY_STATUS: Final[dict[int, type[ApiStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    429: RateLimitError,
}


def _summary(status: int, problem: Problem | None) -> str:
    if problem is not None:
        parts = [part for part in (problem.title, problem.detail) if part]
        if parts:
            # A server may echo what it was sent; the text is masked like a log line before use.
            return f"HTTP {status}: " + _shorten(redact_text(": ".join(parts)))
    return f"HTTP {status}"


def error_for_status(
    status: int,
    *,
    problem: Problem | None = None,
    request_id: str | None = None,
    operation: str | None = None,
    retry_after: float | None = None,
) -> ApiStatusError:
    """The error matching an HTTP error status, with a message built only from the problem's text.

    The message never includes the request URL or headers, so it is safe to log and show.
    """
    message = _summary(status, problem)
    has_invalid_params = problem is not None and bool(problem.invalid_params)
    if status in {400, 422} and has_invalid_params:
        return ValidationError(
            message, status=status, problem=problem, request_id=request_id, operation=operation
        )
    if status == 429:
        return RateLimitError(
            message,
            status=status,
            problem=problem,
            request_id=request_id,
            operation=operation,
            retry_after=retry_after,
        )
    if status >= 500:
        error_type: type[ApiStatusError] = ServerError
    else:
        error_type = _BY_STATUS.get(status, ApiStatusError)
    return error_type(message, status=status, problem=problem, request_id=request_id, operation=operation)
