"""The car of a ticket: VIN search, the make → model group → model → variant cascade, and a VIN's tickets.

:meth:`VehicleService.resolve` turns a VIN into an :class:`~app.domain.wizard.VehicleChoice` (what the draft
keeps) with the production years and the DoIP requirement, asking for the model and variant records only
when the search answer leaves them out. The cascade's four lists are read completely (every page), sorted
by name the way people read names ("A3" before "A10"), and kept in memory: the catalogue does not change
while a technician works, and going back and forth between makes must not cost a request each time.
Concurrent requests for the same list share one download.

Tickets prepared for a VIN and the VIN's earlier tickets come back as small rows for the vehicle page; the
page loads them next to the search, so neither ever delays the car.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final, TypeVar, cast

from app.api.client import CustomerApi
from app.api.models import (
    HistoricalTicket,
    Make,
    Model,
    ModelGroup,
    ModelVariant,
    PreparedTicket,
)
from app.domain.ticket_state import TicketState
from app.domain.vin import is_valid_vin, normalize_vin
from app.domain.wizard import LoginState, VehicleChoice
from app.services.errors import translate_errors

__all__ = [
    "EARLIER_TICKETS_SHOWN",
    "EarlierTicketRow",
    "EarlierTickets",
    "PreparedTicketRow",
    "TicketProduct",
    "VehicleMatch",
    "VehicleService",
    "doip_blocked",
    "production_years",
]

#: How many of a VIN's earlier tickets the vehicle page lists (the newest; issue 4 adds the full history).
EARLIER_TICKETS_SHOWN: Final = 20
#: Prepared tickets are few per car; more than this would be a portal mistake, not something to page through.
_PREPARED_SHOWN: Final = 20
#: The API's largest page: the cascade's lists are read whole, in as few requests as possible.
_LIST_PAGE_SIZE: Final = 200

T = TypeVar("T")
_ListKey = tuple[str, int]
_NUMBER: Final = re.compile(r"(\d+)")


@dataclass(frozen=True, slots=True)
class VehicleMatch:
    """What a VIN search found: the car as the draft keeps it, and the VIN it was found for."""

    vin: str
    choice: VehicleChoice


@dataclass(frozen=True, slots=True)
class TicketProduct:
    """A product named on a prepared or earlier ticket; ``name`` is "" when the server gave none."""

    id: int
    name: str = ""


@dataclass(frozen=True, slots=True)
class PreparedTicketRow:
    """A ticket prepared in advance (e.g. by the office) for the VIN, as the vehicle page offers it."""

    #: The prepared ticket's UUID (the draft's ``prepared_ticket_id``).
    id: str
    products: tuple[TicketProduct, ...]
    vehicle_model_id: int | None = None
    vehicle_model_variant_id: int | None = None

    @property
    def product_names(self) -> tuple[str, ...]:
        """The named products, in the ticket's order."""
        return tuple(product.name for product in self.products if product.name)

    def fits(self, choice: VehicleChoice | None) -> bool:
        """Whether the ticket was prepared for this variant (True when either side does not say)."""
        if choice is None or self.vehicle_model_variant_id is None:
            return True
        return self.vehicle_model_variant_id == choice.variant_id


@dataclass(frozen=True, slots=True)
class EarlierTicketRow:
    """A finished ticket of the VIN, as the vehicle page lists it."""

    id: int
    state: TicketState | int
    reference: str
    created_at: datetime | None
    finished_at: datetime | None
    products: tuple[TicketProduct, ...]

    @property
    def product_names(self) -> tuple[str, ...]:
        """The named products, in the ticket's order."""
        return tuple(product.name for product in self.products if product.name)


@dataclass(frozen=True, slots=True)
class EarlierTickets:
    """The newest earlier tickets of a VIN, and how many there are in all."""

    rows: tuple[EarlierTicketRow, ...]
    total: int

    @property
    def more(self) -> int:
        """How many older tickets are not in ``rows``."""
        return max(0, self.total - len(self.rows))


def production_years(start: date | None, end: date | None) -> str:
    """Production years as the draft keeps them: "2019-2024", "2019-" while still built, "" when unknown."""
    if start is None:
        return "" if end is None else f"-{end.year}"
    if end is None:
        return f"{start.year}-"
    return f"{start.year}-{end.year}"


def doip_blocked(choice: VehicleChoice | None, login: LoginState) -> bool:
    """Whether the car needs DoIP and the logged-in connector cannot speak it (no ticket is possible)."""
    return choice is not None and choice.requires_doip and not login.supports_doip


def _name_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key reading numbers as numbers, so that "A3" comes before "A10" and "1.6" before "1.10"."""
    parts = _NUMBER.split(name.casefold().strip())
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in parts if part)


def _by_name(items: list[T], name: Callable[[T], str], ident: Callable[[T], int]) -> tuple[T, ...]:
    return tuple(sorted(items, key=lambda item: (_name_key(name(item)), ident(item))))


def _needs_details(record: Model | ModelVariant) -> bool:
    # A server may leave optional members out of the search answer; requires_doip defaulting to False
    # would then wrongly let a DoIP-only car through.
    return "requires_doip" not in record.model_fields_set


class VehicleService:
    """VIN search, the manual cascade, and the tickets of a VIN, over one :class:`CustomerApi`."""

    def __init__(self, api: CustomerApi) -> None:
        self._api = api
        self._lists: dict[_ListKey, tuple[Any, ...]] = {}
        self._loading: dict[_ListKey, asyncio.Task[tuple[Any, ...]]] = {}

    # --- VIN search ---------------------------------------------------------------------------------------

    async def resolve(self, vin: str) -> VehicleMatch | None:
        """The car a VIN belongs to, or None when the catalogue does not know it.

        ``vin`` is normalised first; a text that is then not 17 VIN characters finds nothing (without a
        request: no car has such a VIN).

        Raises:
            ServiceError: the search failed (offline, timeout, session ended...).
        """
        wanted = normalize_vin(vin)
        if not is_valid_vin(wanted):
            return None
        with translate_errors():
            found = await self._api.vehicles.search(wanted)
            if found is None:
                return None
            model, variant = found.model, found.model_variant
            if (
                _needs_details(model)
                or _needs_details(variant)
                or (model.manufactured_from is None and variant.manufactured_from is None)
            ):
                model, variant = await asyncio.gather(
                    self._api.vehicles.model(model.id), self._api.vehicles.model_variant(variant.id)
                )
        return VehicleMatch(vin=wanted, choice=self.choice(found.make, found.model_group, model, variant))

    @staticmethod
    def choice(make: Make, group: ModelGroup, model: Model, variant: ModelVariant) -> VehicleChoice:
        """The draft's car from the four catalogue records (a search answer or the cascade's choices)."""
        if variant.manufactured_from is not None or variant.manufactured_to is not None:
            years = production_years(variant.manufactured_from, variant.manufactured_to)
        else:
            years = production_years(model.manufactured_from, model.manufactured_to)
        return VehicleChoice(
            make_id=make.id,
            make_name=make.name,
            model_group_id=group.id,
            model_group_name=group.name,
            model_id=model.id,
            model_name=model.name,
            variant_id=variant.id,
            variant_name=variant.name,
            years=years,
            requires_doip=model.requires_doip or variant.requires_doip,
        )

    # --- the manual cascade -------------------------------------------------------------------------------

    async def makes(self) -> tuple[Make, ...]:
        """Every make, sorted by name."""

        async def fetch() -> tuple[Make, ...]:
            found = await self._api.vehicles.makes(page_size=_LIST_PAGE_SIZE).all()
            return _by_name(found, lambda item: item.name, lambda item: item.id)

        return await self._cached(("makes", 0), fetch)

    async def model_groups(self, make_id: int) -> tuple[ModelGroup, ...]:
        """The model groups of a make, sorted by name."""

        async def fetch() -> tuple[ModelGroup, ...]:
            found = await self._api.vehicles.model_groups(make_id, page_size=_LIST_PAGE_SIZE).all()
            return _by_name(found, lambda item: item.name, lambda item: item.id)

        return await self._cached(("model_groups", make_id), fetch)

    async def models(self, model_group_id: int) -> tuple[Model, ...]:
        """The models of a model group, sorted by name."""

        async def fetch() -> tuple[Model, ...]:
            found = await self._api.vehicles.models(model_group_id, page_size=_LIST_PAGE_SIZE).all()
            return _by_name(found, lambda item: item.name, lambda item: item.id)

        return await self._cached(("models", model_group_id), fetch)

    async def variants(self, model_id: int) -> tuple[ModelVariant, ...]:
        """The variants of a model, sorted by name."""

        async def fetch() -> tuple[ModelVariant, ...]:
            found = await self._api.vehicles.model_variants(model_id, page_size=_LIST_PAGE_SIZE).all()
            return _by_name(found, lambda item: item.name, lambda item: item.id)

        return await self._cached(("variants", model_id), fetch)

    def forget_catalogue(self) -> None:
        """Drop the kept lists (another service provider's catalogue may differ: call it on logout)."""
        self._lists.clear()
        self._loading.clear()

    async def _cached(self, key: _ListKey, fetch: Callable[[], Awaitable[tuple[T, ...]]]) -> tuple[T, ...]:
        if key in self._lists:
            return cast("tuple[T, ...]", self._lists[key])
        task = self._loading.get(key)
        if task is None or task.get_loop() is not asyncio.get_running_loop():
            task = asyncio.ensure_future(self._translated(fetch))
            self._loading[key] = task
            task.add_done_callback(lambda done: self._settle(key, done))
        # Shielded: a page that stops waiting (a newer choice won) must not cancel the download another
        # caller shares, and a finished download is kept for the next time.
        return cast("tuple[T, ...]", await asyncio.shield(task))

    @staticmethod
    async def _translated(fetch: Callable[[], Awaitable[tuple[T, ...]]]) -> tuple[T, ...]:
        with translate_errors():
            return await fetch()

    def _settle(self, key: _ListKey, task: asyncio.Task[tuple[Any, ...]]) -> None:
        if self._loading.get(key) is task:
            del self._loading[key]
        if task.cancelled():
            return
        # Reading the exception also marks it retrieved: a failed download nobody waits for is no warning.
        if task.exception() is None:
            self._lists[key] = task.result()

    # --- tickets of a VIN ---------------------------------------------------------------------------------

    async def prepared_tickets(self, vin: str) -> tuple[PreparedTicketRow, ...]:
        """The tickets prepared for this VIN and not used yet.

        Raises:
            ServiceError: the list could not be read.
        """
        wanted = normalize_vin(vin)
        if not is_valid_vin(wanted):
            return ()
        with translate_errors():
            page = await self._api.tickets.prepared(wanted, page_size=_PREPARED_SHOWN).first_page()
        return tuple(_prepared_row(ticket) for ticket in page.result)

    async def earlier_tickets(self, vin: str, *, limit: int = EARLIER_TICKETS_SHOWN) -> EarlierTickets:
        """The newest finished tickets of this VIN (at most ``limit``), newest first, and their total.

        Raises:
            ServiceError: the list could not be read.
        """
        wanted = normalize_vin(vin)
        if not is_valid_vin(wanted):
            return EarlierTickets(rows=(), total=0)
        with translate_errors():
            page = await self._api.tickets.historical(
                vin=wanted, page_size=limit, max_items=limit
            ).first_page()
        rows = [_earlier_row(ticket) for ticket in page.result]
        # The server sorts newest first; sorting again keeps that promise whatever a server does.
        rows.sort(key=lambda row: (row.created_at is not None, row.created_at, row.id), reverse=True)
        return EarlierTickets(rows=tuple(rows), total=max(page.total, len(rows)))


def _prepared_row(ticket: PreparedTicket) -> PreparedTicketRow:
    return PreparedTicketRow(
        id=ticket.id,
        products=tuple(
            TicketProduct(line.product_id, (line.name or "").strip()) for line in ticket.product_lines
        ),
        vehicle_model_id=ticket.vehicle_model_id,
        vehicle_model_variant_id=ticket.vehicle_model_variant_id,
    )


def _earlier_row(ticket: HistoricalTicket) -> EarlierTicketRow:
    return EarlierTicketRow(
        id=ticket.id,
        state=ticket.state,
        reference=(ticket.reference or "").strip(),
        created_at=ticket.created_at,
        finished_at=ticket.finished_at,
        products=tuple(
            TicketProduct(line.product_id, (line.description or "").strip()) for line in ticket.product_lines
        ),
    )
