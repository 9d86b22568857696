"""The sandbox application: the Customer API (and the systems beside it) on one FastAPI app.

Layers, outermost first: the fault middleware (request log, injected faults), the response validator
(when ``validate_responses``), then FastAPI with its problem handlers. The lifespan runs the ticket
scheduler and the simulated operator as tasks on the server's loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.types import ASGIApp

from app.sandbox import admin, chat, objectstore, ws
from app.sandbox.config import SandboxConfig
from app.sandbox.faults import FaultInjector, FaultMiddleware
from app.sandbox.lifecycle import TicketScheduler
from app.sandbox.operator import OperatorSimulator
from app.sandbox.problems import PROBLEM_MEDIA_TYPE, install_problem_handlers
from app.sandbox.state import SandboxState
from app.sandbox.systems import SandboxSystem, registered_systems
from app.sandbox.validation import ResponseValidator

log = logging.getLogger(__name__)

API_TITLE = "Workbay sandbox: Jifeline Customer API"
API_VERSION = "1.0.0-sandbox"


class SandboxApp(FastAPI):
    """FastAPI with the fault middleware and the response validator outside everything else.

    Outside Starlette's own error middleware, the request log sees the 500 of a crash, and the fault
    middleware gets uvicorn's own ``send``, through which it reaches the transport to drop connections.
    """

    fault_injector: FaultInjector
    response_validator: ResponseValidator | None = None

    def build_middleware_stack(self) -> ASGIApp:
        """Starlette's stack, wrapped in the validator and the fault middleware."""
        stack: Any = super().build_middleware_stack()
        if self.response_validator is not None:
            stack = self.response_validator.middleware(stack)
        result: ASGIApp = FaultMiddleware(stack, self.fault_injector)
        return result

    def openapi(self) -> dict[str, Any]:
        """The OpenAPI document as the sandbox really answers.

        FastAPI documents 422 answers and every answer as ``application/json``; the sandbox refuses bad input
        with 400 and answers every error as ``application/problem+json``.
        """
        if self.openapi_schema:
            return self.openapi_schema
        document = get_openapi(
            title=self.title,
            version=self.version,
            openapi_version=self.openapi_version,
            description=self.description,
            routes=self.routes,
        )
        for operations in document.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.get("responses", {})
                responses.pop("422", None)
                for status, response in responses.items():
                    content = response.get("content", {})
                    if status.isdigit() and int(status) >= 400 and "application/json" in content:
                        content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
        schemas = document.get("components", {}).get("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        self.openapi_schema = document
        return document


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    state: SandboxState = app.state.sandbox
    state.attach_loop(asyncio.get_running_loop())
    tasks = [asyncio.create_task(TicketScheduler(state).run(), name="ticket-scheduler")]
    if state.config.operator_enabled:
        tasks.append(asyncio.create_task(OperatorSimulator(state).run(), name="operator"))
    try:
        yield
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        state.attach_loop(None)


def create_app(config: SandboxConfig | None = None) -> FastAPI:
    """A sandbox app with its own state (catalogue, SQLite, clock, faults)."""
    config = config or SandboxConfig()
    state = SandboxState(config)
    app = SandboxApp(
        title=API_TITLE,
        version=API_VERSION,
        description="A local stand-in for the Jifeline Customer API, with sample data. Nothing here is real.",
        lifespan=_lifespan,
        redoc_url=None,
    )
    app.state.sandbox = state
    app.fault_injector = FaultInjector(state, config.faults)
    app.state.faults = app.fault_injector
    validator = ResponseValidator(app) if config.validate_responses else None
    app.response_validator = validator
    app.state.response_validator = validator
    app.state.response_violations = validator.violations if validator is not None else []
    # None: the object store makes a temporary directory of its own.
    app.state.object_dir = config.object_dir
    install_problem_handlers(app)
    chat.install(app)
    for system in registered_systems():
        _mount(app, state, system)
    app.include_router(objectstore.router)
    app.include_router(ws.router)
    app.include_router(admin.router)
    return app


def _mount(app: FastAPI, state: SandboxState, system: SandboxSystem) -> None:
    app.include_router(system.router, prefix=system.prefix)
    if system.schema_ddl:

        def reseed() -> None:
            system.seed(state)

        state.register_schema(system.schema_ddl, reset_hook=reseed)
    system.seed(state)
