"""The failures the workflow expects, as the GUI needs them: what happened, and whether Retry can help.

Services never let an :mod:`app.api` (or httpx) exception out. :func:`translate_errors` turns every
:class:`~app.api.errors.ApiError` into a :class:`ServiceError` with a :class:`Failure` kind; the GUI turns
the kind into a sentence in the technician's language. ``detail`` carries the server's own explanation
where it is meant for people (a voucher's refusal reason, the service center's message); it never holds a
URL, header, token or traceback. The original error stays chained (``__cause__``) for the log.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Final

from app.api.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadResponseError,
    ConflictError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransferCancelledError,
)

__all__ = ["Failure", "ServiceError", "translate_errors"]

_log = logging.getLogger(__name__)


class Failure(StrEnum):
    """What went wrong, in the technician's terms."""

    #: No answer: network down, server unreachable, DNS.
    OFFLINE = "offline"
    #: The server did not answer in time.
    TIMEOUT = "timeout"
    #: The server failed (5xx) or answered something unreadable.
    SERVER = "server"
    #: Connector UUID or pincode (or the one-time password) not accepted.
    WRONG_CREDENTIALS = "wrong-credentials"
    #: Too many attempts; ``retry_after`` says how long to wait.
    TOO_MANY_ATTEMPTS = "too-many-attempts"
    #: The session ended and could not be renewed: log in again.
    SESSION_EXPIRED = "session-expired"
    #: Not allowed for this user or connector.
    FORBIDDEN = "forbidden"
    #: The thing asked for does not exist (an unknown VIN, a ticket gone).
    NOT_FOUND = "not-found"
    CONNECTOR_OFFLINE = "connector-offline"
    DOIP_REQUIRED = "doip-required"
    ACTIVE_TICKET_EXISTS = "active-ticket-exists"
    SERVICE_CENTER_CLOSED = "service-center-closed"
    VOUCHER_REFUSED = "voucher-refused"
    INSUFFICIENT_WALLET = "insufficient-wallet-balance"
    UNATTENDED_CONFIRMATION_REQUIRED = "unattended-confirmation-required"
    PREREQUISITES_MISSING = "prerequisites-missing"
    PREPARED_TICKET_INVALID = "prepared-ticket-invalid"
    CHAT_CLOSED = "chat-closed"
    #: A file larger than the chat takes (the attachment rules, or the file store's 413).
    FILE_TOO_LARGE = "file-too-large"
    #: A file the chat does not take: a program or script, an empty file, or no file at all (gone, a
    #: folder, unreadable). ``detail`` names the file.
    FILE_REFUSED = "file-refused"
    #: The request was refused as invalid: a bug or a contract change, not the technician's fault.
    REJECTED = "rejected"
    CANCELLED = "cancelled"


#: Failures a plain Retry may cure.
_RETRYABLE: Final = frozenset({Failure.OFFLINE, Failure.TIMEOUT, Failure.SERVER, Failure.TOO_MANY_ATTEMPTS})

#: Problem type slugs of the Customer API that have their own failure kind.
_BY_SLUG: Final = {
    "invalid-credentials": Failure.WRONG_CREDENTIALS,
    "too-many-attempts": Failure.TOO_MANY_ATTEMPTS,
    "connector-offline": Failure.CONNECTOR_OFFLINE,
    "doip-required": Failure.DOIP_REQUIRED,
    "active-ticket-exists": Failure.ACTIVE_TICKET_EXISTS,
    "service-center-closed": Failure.SERVICE_CENTER_CLOSED,
    "voucher-invalid": Failure.VOUCHER_REFUSED,
    "insufficient-wallet-balance": Failure.INSUFFICIENT_WALLET,
    "unattended-confirmation-required": Failure.UNATTENDED_CONFIRMATION_REQUIRED,
    "prerequisites-missing": Failure.PREREQUISITES_MISSING,
    "prepared-ticket-invalid": Failure.PREPARED_TICKET_INVALID,
    "chat-closed": Failure.CHAT_CLOSED,
    "payload-too-large": Failure.FILE_TOO_LARGE,
}

#: Failures whose server ``detail`` is written for people and may be shown as it is.
_SHOW_DETAIL: Final = frozenset(
    {
        Failure.VOUCHER_REFUSED,
        Failure.SERVICE_CENTER_CLOSED,
        Failure.TOO_MANY_ATTEMPTS,
        Failure.INSUFFICIENT_WALLET,
        Failure.PREPARED_TICKET_INVALID,
    }
)


class ServiceError(Exception):
    """An expected failure of the workflow.

    Attributes:
        failure: the kind, for the GUI's sentence.
        detail: the server's explanation meant for people, or "".
        retry_after: seconds to wait before Retry makes sense, when the server said so.
        ticket_id: the ticket that caused an ``ACTIVE_TICKET_EXISTS`` conflict, when known.
    """

    def __init__(
        self,
        failure: Failure,
        detail: str = "",
        *,
        retry_after: float | None = None,
        ticket_id: int | None = None,
    ) -> None:
        super().__init__(f"{failure.value}: {detail}" if detail else failure.value)
        self.failure = failure
        self.detail = detail
        self.retry_after = retry_after
        self.ticket_id = ticket_id

    @property
    def retryable(self) -> bool:
        """Whether Retry (the same request again) may succeed."""
        return self.failure in _RETRYABLE


def _failure_of(error: ApiError) -> Failure:
    if isinstance(error, TransferCancelledError):
        return Failure.CANCELLED
    if isinstance(error, ApiTimeoutError):
        return Failure.TIMEOUT
    if isinstance(error, ApiConnectionError):
        return Failure.OFFLINE
    if isinstance(error, BadResponseError):
        return Failure.SERVER
    if isinstance(error, ApiStatusError):
        slug = error.problem_type_slug
        if slug in _BY_SLUG:
            return _BY_SLUG[slug]
        by_class: tuple[tuple[type[ApiStatusError], Failure], ...] = (
            (AuthenticationError, Failure.SESSION_EXPIRED),
            (PermissionDeniedError, Failure.FORBIDDEN),
            (NotFoundError, Failure.NOT_FOUND),
            (PayloadTooLargeError, Failure.FILE_TOO_LARGE),
            (RateLimitError, Failure.TOO_MANY_ATTEMPTS),
            (ServerError, Failure.SERVER),
            (ConflictError, Failure.REJECTED),
        )
        for cls, failure in by_class:
            if isinstance(error, cls):
                return failure
        return Failure.REJECTED
    return Failure.SERVER


def service_error(error: ApiError) -> ServiceError:
    """The :class:`ServiceError` for a client error (logged here, with its redacted text, for support)."""
    failure = _failure_of(error)
    detail = ""
    retry_after: float | None = None
    ticket_id: int | None = None
    if isinstance(error, ApiStatusError):
        if failure in _SHOW_DETAIL and error.problem is not None:
            detail = (error.problem.detail or "").strip()
        if isinstance(error, RateLimitError):
            retry_after = error.retry_after
        if isinstance(error, ConflictError):
            ticket_id = error.ticket_id
    level = logging.INFO if failure not in {Failure.SERVER, Failure.REJECTED} else logging.WARNING
    _log.log(level, "request failed (%s): %s", failure.value, error)
    return ServiceError(failure, detail, retry_after=retry_after, ticket_id=ticket_id)


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn any :class:`ApiError` raised inside the block into a :class:`ServiceError` (chained)."""
    try:
        yield
    except ApiError as error:
        raise service_error(error) from error
