"""The typed async client of the Jifeline Customer API.

Start at :class:`CustomerApi`; every failure is an :class:`ApiError` (see :mod:`app.api.errors`); the
models of every request and answer are in :mod:`app.api.models`.
"""

from __future__ import annotations

from app.api.client import CustomerApi, default_user_agent, websocket_url_for
from app.api.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    BadResponseError,
    ConflictError,
    InvalidParam,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    Problem,
    RateLimitError,
    ServerError,
    TransferCancelledError,
    ValidationError,
)
from app.api.paging import AsyncPager, CursorPager
from app.api.retry import RetryPolicy
from app.api.tokens import TokenManager

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "BadResponseError",
    "ConflictError",
    "CursorPager",
    "CustomerApi",
    "InvalidParam",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "TokenManager",
    "TransferCancelledError",
    "ValidationError",
    "default_user_agent",
    "websocket_url_for",
]
