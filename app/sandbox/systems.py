"""The systems one sandbox server plays: the Customer API first, the secondary systems beside it.

Each system brings its router (mounted under its ``prefix``), its tables, and its sample data. The four
secondary systems of API-CONTRACT (Connected Cars deep link, flinkey, Ownli, Autengo) register here in a
later issue; ``create_app`` mounts whatever is registered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from fastapi import APIRouter

if TYPE_CHECKING:
    from app.sandbox.state import SandboxState


@runtime_checkable
class SandboxSystem(Protocol):
    """A system the sandbox serves."""

    @property
    def name(self) -> str:
        """A short unique name, e.g. ``customer-api``."""
        ...

    @property
    def prefix(self) -> str:
        """Where its routes are mounted ("" for the origin's root)."""
        ...

    @property
    def router(self) -> APIRouter:
        """Its routes."""
        ...

    @property
    def schema_ddl(self) -> str:
        """``CREATE TABLE IF NOT EXISTS`` statements of its own tables ("" for none)."""
        ...

    def seed(self, state: SandboxState) -> None:
        """Fill its tables with sample data (after creation and after every reset)."""
        ...


@dataclass(frozen=True)
class StaticSystem:
    """A system given as plain values: enough for most sandboxes."""

    name: str
    prefix: str
    router_factory: Callable[[], APIRouter]
    schema_ddl: str = ""
    seeder: Callable[[SandboxState], None] | None = field(default=None)

    @property
    def router(self) -> APIRouter:
        """The routes, built on demand (routers may import heavy modules)."""
        return self.router_factory()

    def seed(self, state: SandboxState) -> None:
        """Run the seeder, if any."""
        if self.seeder is not None:
            self.seeder(state)


_registry: dict[str, SandboxSystem] = {}
_registry_lock = threading.Lock()


def register_system(system: SandboxSystem) -> None:
    """Add a system (a name registered twice is replaced, so re-imports are harmless)."""
    with _registry_lock:
        _registry[system.name] = system


def registered_systems() -> list[SandboxSystem]:
    """Every registered system, in registration order (the Customer API first)."""
    with _registry_lock:
        return list(_registry.values())


def _customer_api_router() -> APIRouter:
    # Imported on demand: the route modules import the state, which imports the catalogue.
    from app.sandbox import (  # noqa: PLC0415
        chat,
        routes_auth,
        routes_connectors,
        routes_products,
        routes_tickets,
        routes_users,
        routes_vehicles,
    )

    router = APIRouter()
    for module in (
        routes_auth,
        routes_connectors,
        routes_vehicles,
        routes_products,
        routes_tickets,
        routes_users,
        chat,
    ):
        router.include_router(module.router)
    return router


#: The Jifeline Customer API (its tables and sample data live in ``state.py`` and ``seed.py``).
CUSTOMER_API = StaticSystem(name="customer-api", prefix="", router_factory=_customer_api_router)

register_system(CUSTOMER_API)


def unregister_system(name: str) -> None:
    """Remove a system (tests that register one of their own clean up with this)."""
    with _registry_lock:
        _registry.pop(name, None)
