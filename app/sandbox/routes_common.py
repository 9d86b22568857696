"""What every Customer API router of the sandbox shares: registration from the route table, paging,
documented error answers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Query
from fastapi.types import DecoratedCallable

from app.domain.contract.customer_api import Op
from app.sandbox.schemas import Problem

T = TypeVar("T")

DEFAULT_LIMIT = 20
MAX_LIMIT = 200

_ERROR_DESCRIPTIONS = {
    400: "Invalid request (application/problem+json, with invalid_params for bad values)",
    401: "Missing, invalid or expired access token",
    403: "Not allowed for this connector or customer",
    404: "No such resource",
    405: "Method not allowed",
    409: "Conflicts with the current state",
    413: "Payload too large",
    429: "Too many attempts: wait for Retry-After seconds",
    500: "The sandbox failed",
    503: "Service unavailable",
}

#: Problem answers documented on every route (the response validator checks them like any other answer).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": Problem, "description": description}
    for status, description in _ERROR_DESCRIPTIONS.items()
}


def customer_router(tag: str) -> APIRouter:
    """A router of the Customer API with the documented problem answers."""
    return APIRouter(tags=[tag], responses=ERROR_RESPONSES)


def operation(router: APIRouter, op: Op, **options: Any) -> Callable[[DecoratedCallable], DecoratedCallable]:
    """Register a handler for ``op`` at exactly the route table's method and path."""
    route = op.route
    options.setdefault("operation_id", op.name.lower())
    return router.api_route(route.template, methods=[route.method], **options)


Offset = Annotated[int, Query(ge=0, description="The number of items to skip.")]
Limit = Annotated[
    int, Query(ge=0, le=MAX_LIMIT, description="The maximum number of items to return (0..200).")
]


def page(items: Sequence[T], offset: int, limit: int) -> dict[str, Any]:
    """``{result, total, offset, limit}`` of one page of ``items``."""
    return {
        "result": list(items[offset : offset + limit]),
        "total": len(items),
        "offset": offset,
        "limit": limit,
    }
