"""The typed async client of the Jifeline Customer API.

Start at :class:`CustomerApi`; every failure is an :class:`ApiError` (see :mod:`app.api.errors`); the
models of every request and answer are in :mod:`app.api.models`.

The names below are imported from their modules on first use (PEP 562), not with this package: importing
one light submodule (``app.api.errors`` for the error tree) must not pay for the HTTP stack (httpx,
websockets) and every model, which the window's first paint does not need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
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

#: The submodule each exported name lives in.
_HOMES: Final[dict[str, str]] = {
    "CustomerApi": "app.api.client",
    "default_user_agent": "app.api.client",
    "websocket_url_for": "app.api.client",
    "ApiConnectionError": "app.api.errors",
    "ApiError": "app.api.errors",
    "ApiStatusError": "app.api.errors",
    "ApiTimeoutError": "app.api.errors",
    "AuthenticationError": "app.api.errors",
    "BadRequestError": "app.api.errors",
    "BadResponseError": "app.api.errors",
    "ConflictError": "app.api.errors",
    "InvalidParam": "app.api.errors",
    "NotFoundError": "app.api.errors",
    "PayloadTooLargeError": "app.api.errors",
    "PermissionDeniedError": "app.api.errors",
    "Problem": "app.api.errors",
    "RateLimitError": "app.api.errors",
    "ServerError": "app.api.errors",
    "TransferCancelledError": "app.api.errors",
    "ValidationError": "app.api.errors",
    "AsyncPager": "app.api.paging",
    "CursorPager": "app.api.paging",
    "RetryPolicy": "app.api.retry",
    "TokenManager": "app.api.tokens",
}


def _load(name: str) -> Any:
    """Import an exported name from its submodule when it is first asked for, then keep it here."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    # Kept as a real attribute: later look-ups do not come back here.
    globals()[name] = value
    return value


def _names() -> list[str]:
    """What ``dir()`` lists: this module's own names and every export, loaded or not."""
    return sorted({*globals(), *__all__})


# Hidden from type checkers: a module-level __getattr__ would make mypy accept any name imported from here
# (a misspelt one included); it checks the imports under TYPE_CHECKING above instead.
if not TYPE_CHECKING:
    __getattr__ = _load
    __dir__ = _names
