"""RFC 7807 problem answers: the one error format of the sandbox's Customer API.

Every refusal, from a handler (:func:`raise_problem`), from request validation, from the router (404, 405)
or from a crash (500), leaves as ``application/problem+json`` with ``status``, ``type``, ``title`` and
``detail``, plus extensions where a client needs them (``invalid_params``, ``ticket_id``, ``voucher`` ...).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any, NoReturn

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

log = logging.getLogger(__name__)

PROBLEM_TYPE_BASE = "https://sandbox.workbay.invalid/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"


def problem_type(slug: str) -> str:
    """The ``type`` URI of a problem slug (``about:blank`` stays as it is)."""
    if slug == "about:blank" or slug.startswith(("http://", "https://")):
        return slug
    return PROBLEM_TYPE_BASE + slug


def status_title(status: int) -> str:
    """The standard reason phrase of ``status``."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


class ProblemError(Exception):
    """A refusal that the exception handler turns into a problem answer."""

    def __init__(
        self,
        status: int,
        type_slug: str,
        title: str,
        detail: str,
        *,
        headers: Mapping[str, str] | None = None,
        **extensions: Any,
    ) -> None:
        super().__init__(f"{status} {type_slug}: {detail}")
        self.status = status
        self.type_slug = type_slug
        self.title = title
        self.detail = detail
        self.headers = dict(headers or {})
        self.extensions = extensions

    def body(self) -> dict[str, Any]:
        """The JSON object of the answer."""
        payload: dict[str, Any] = {
            "status": self.status,
            "type": problem_type(self.type_slug),
            "title": self.title,
            "detail": self.detail,
        }
        payload.update(self.extensions)
        return payload

    def response(self) -> JSONResponse:
        """The answer itself."""
        return problem_response(self.body(), headers=self.headers)


def raise_problem(status: int, type_slug: str, title: str, detail: str, **extensions: Any) -> NoReturn:
    """Refuse the request with a problem answer (``headers=`` may carry e.g. ``Retry-After``)."""
    headers = extensions.pop("headers", None)
    raise ProblemError(status, type_slug, title, detail, headers=headers, **extensions)


def problem_response(body: Mapping[str, Any], *, headers: Mapping[str, str] | None = None) -> JSONResponse:
    """A JSON response with the problem media type."""
    return JSONResponse(
        dict(body),
        status_code=int(body["status"]),
        headers=dict(headers or {}),
        media_type=PROBLEM_MEDIA_TYPE,
    )


def problem_body(status: int, type_slug: str, detail: str, *, title: str | None = None) -> dict[str, Any]:
    """A problem object without raising (for middleware that answers on its own)."""
    return {
        "status": status,
        "type": problem_type(type_slug),
        "title": title or status_title(status),
        "detail": detail,
    }


def _param_name(location: Sequence[int | str]) -> str:
    # The first element says where the value was (query, path, body, header); clients want the name only.
    parts = [str(part) for part in location[1:]] if len(location) > 1 else [str(p) for p in location]
    return ".".join(parts) or "body"


def invalid_params(errors: Sequence[Any]) -> list[dict[str, str]]:
    """``[{name, reason}]`` from pydantic's error list, one entry per offending value."""
    result: list[dict[str, str]] = []
    for error in errors:
        if not isinstance(error, Mapping):
            continue
        location = tuple(error.get("loc", ()))
        reason = str(error.get("msg", "invalid value"))
        if error.get("type") == "json_invalid":
            # pydantic puts the character offset where a field name would be.
            ctx = error.get("ctx") or {}
            detail = ctx.get("error") if isinstance(ctx, Mapping) else None
            result.append(
                {"name": "body", "reason": f"not valid JSON ({detail})" if detail else "not valid JSON"}
            )
            continue
        result.append({"name": _param_name(location), "reason": reason})
    return result


def validation_problem(params: list[dict[str, str]], detail: str | None = None) -> ProblemError:
    """The 400 answer to a request whose parameters or body do not validate."""
    names = ", ".join(sorted({p["name"] for p in params})) or "request"
    return ProblemError(
        400,
        "invalid-request",
        "Invalid request",
        detail or f"The request has invalid values: {names}.",
        invalid_params=params,
    )


async def _on_problem(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ProblemError)
    return exc.response()


async def _on_validation_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return validation_problem(invalid_params(exc.errors())).response()


def allowed_methods(request: Request) -> list[str]:
    """Every method some route of the app serves at the request's path, sorted.

    The router answers 405 with the ``Allow`` of the first route whose path matched; a path served by
    several routes (``GET`` and ``PUT /v1/customers/me``, one route each) needs all of them.
    """
    path: str = request.scope["path"]
    root_path: str = request.scope.get("root_path", "")
    if root_path and path.startswith(root_path + "/"):
        path = path[len(root_path) :]
    methods: set[str] = set()
    for route in iter_route_contexts(request.app.routes):
        path_regex = getattr(route, "path_regex", None)
        if route.methods and path_regex is not None and path_regex.match(path):
            methods.update(route.methods)
    return sorted(methods)


async def _on_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    slugs = {404: "not-found", 405: "method-not-allowed"}
    headers = dict(exc.headers or {})
    if status == 404:
        detail = "There is no such resource."
    elif status == 405:
        detail = "This method is not allowed on this resource."
        methods = allowed_methods(request)
        if methods:
            headers["Allow"] = ", ".join(methods)
    else:
        detail = str(exc.detail) if exc.detail else status_title(status)
    body = problem_body(status, slugs.get(status, "about:blank"), detail)
    return problem_response(body, headers=headers)


async def _on_crash(_request: Request, exc: Exception) -> Response:
    # The traceback goes to the log only: an answer never carries internals.
    log.error("unhandled error in the sandbox", exc_info=exc)
    return problem_response(problem_body(500, "internal-error", "The sandbox failed to handle the request."))


def install_problem_handlers(app: FastAPI) -> None:
    """Route every error of ``app`` to a problem answer."""
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_exception)
    app.add_exception_handler(Exception, _on_crash)
