"""Which client method speaks which operation of the route table.

Every public method that sends a request of ``Op`` says so with ``@operation(Op.X)``. A test walks the
client's resources and checks that every member of ``Op`` has a method, so a row added to the route table
without a client method fails the build instead of being forgotten.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, TypeVar

from app.domain.contract.customer_api import Op

__all__ = ["declared_operations", "operation", "operations_of"]

FuncT = TypeVar("FuncT", bound=Callable[..., Any])

_ATTRIBUTE: Final = "__api_operations__"


def operation(*ops: Op) -> Callable[[FuncT], FuncT]:
    """Mark a method as the client's way to send ``ops`` (usually one)."""
    if not ops:
        raise ValueError("name at least one operation")

    def mark(func: FuncT) -> FuncT:
        setattr(func, _ATTRIBUTE, ops)
        return func

    return mark


def operations_of(func: object) -> tuple[Op, ...]:
    """The operations a method declared with :func:`operation` (empty when none)."""
    found = getattr(func, _ATTRIBUTE, ())
    return tuple(op for op in found if isinstance(op, Op))


def declared_operations(*resources: object) -> dict[Op, list[str]]:
    """Every operation declared by a method of ``resources``, with the ``Class.method`` names that send it."""
    found: dict[Op, list[str]] = {}
    for resource in resources:
        cls = type(resource)
        for name in dir(cls):
            if name.startswith("__"):
                continue
            for op in operations_of(getattr(cls, name, None)):
                found.setdefault(op, []).append(f"{cls.__name__}.{name}")
    return found
