"""What every Customer API router of the sandbox shares: registration from the route table, paging,
documented error answers, the refusal of undocumented query parameters."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.types import DecoratedCallable

from app.domain.contract.customer_api import Op
from app.sandbox.problems import validation_problem
from app.sandbox.schemas import MAX_ID, Problem

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


#: OpenAPI extension of an operation: groups of parameters of which a request may send at most one each,
#: e.g. ``[["product_group_id", "product_bundle_id"]]``. The sandbox answers 400 to a request that sends
#: more; the description of each parameter says it in words.
MUTUALLY_EXCLUSIVE_PARAMETERS = "x-mutually-exclusive-parameters"

#: Longest unknown parameter name repeated in an answer (the name is the caller's text).
_MAX_ECHOED_NAME = 64


def _query_names(dependant: Dependant) -> Iterable[str]:
    yield from (param.alias for param in dependant.query_params)
    for dependency in dependant.dependencies:
        yield from _query_names(dependency)


def declared_query_parameters(route: APIRoute) -> frozenset[str]:
    """The query parameters ``route`` declares, its dependencies' included (a walk over a few nodes)."""
    return frozenset(_query_names(route.dependant))


async def refuse_unknown_query_parameters(request: Request) -> None:
    """Refuse a query parameter the operation does not document (400 ``invalid-request``).

    Ignoring it would answer a misspelt filter (``?vehicle_modelid=``) as if no filter had been asked
    for; and the OpenAPI document says that an operation takes exactly its listed parameters.
    """
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    declared = declared_query_parameters(route)
    unknown = sorted({name for name in request.query_params if name not in declared})
    if unknown:
        raise validation_problem(
            [
                {"name": name[:_MAX_ECHOED_NAME], "reason": "not a parameter of this operation"}
                for name in unknown
            ],
            "The request has query parameters this operation does not take.",
        )


def customer_router(tag: str) -> APIRouter:
    """A router of the Customer API with the documented problem answers."""
    return APIRouter(
        tags=[tag], responses=ERROR_RESPONSES, dependencies=[Depends(refuse_unknown_query_parameters)]
    )


def operation(router: APIRouter, op: Op, **options: Any) -> Callable[[DecoratedCallable], DecoratedCallable]:
    """Register a handler for ``op`` at exactly the route table's method and path."""
    route = op.route
    options.setdefault("operation_id", op.name.lower())
    return router.api_route(route.template, methods=[route.method], **options)


#: A positive id in the path; larger than :data:`~app.sandbox.schemas.MAX_ID` is malformed (400).
IdPath = Annotated[int, Path(gt=0, le=MAX_ID)]

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
