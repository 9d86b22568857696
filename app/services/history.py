"""Earlier tickets: of a vehicle (its VIN), of a connector, or both, and one of them in detail.

The API's historical tickets carry ids where people want names: the products of each line and the car's
model and variant. The names come from the catalogue (the products offered for the ticket's model and
variant, the variant record), read once per model and variant and kept while the technician works; a
product the catalogue no longer offers keeps the line's own description. Names are a nicety: when the
catalogue cannot be read the list is shown without them, never not at all.

Asking for a VIN and a connector together gives the union of both histories (the API's two filters
together would give only the tickets that match both), newest first.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final, TypeVar

from app.api.client import CustomerApi
from app.api.models import (
    Discount,
    HistoricalProductLine,
    HistoricalTicket,
    ModelVariant,
    Note,
    Price,
    PriceTotals,
)
from app.api.paging import MAX_PAGE_SIZE
from app.domain.vin import is_valid_vin, normalize_vin
from app.domain.wizard import vehicle_title
from app.services.errors import ServiceError, translate_errors
from app.services.pricing import Amount

__all__ = ["HistoryDetail", "HistoryLine", "HistoryRow", "HistoryService"]

_log = logging.getLogger(__name__)

T = TypeVar("T")
_K = TypeVar("_K")
_VariantKey = tuple[int, int]  # (model id, variant id)
_EARLIEST: Final = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """An earlier ticket as the history list shows it.

    Attributes:
        id: the ticket.
        state: its final state (closed, cancelled... as the number the server sent).
        vin: the car's VIN ("" when the ticket has none).
        connector_id: the connector it was served through.
        created_at: when it was ordered.
        finished_at: when it ended.
        reference: the workshop's reference ("" when none).
        total: what was charged, None when the server did not say.
        product_names: the products' names in the ticket's order (unnamed products left out).
        vehicle_title: the car as one line ("Volkswagen GOLF VIII (CD1) 2.0 TDI 110KW DTTA"), "" when not
            known.
    """

    id: int
    state: int
    vin: str
    connector_id: int | None
    created_at: datetime | None
    finished_at: datetime | None
    reference: str
    total: Amount | None
    product_names: tuple[str, ...]
    vehicle_title: str


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """A product line of an earlier ticket: list price, what was charged, and the discount between them."""

    product_id: int
    name: str
    quantity: int
    gross: Amount | None
    net: Amount | None
    #: What the discounts took off; None when nothing was.
    discount: Amount | None


@dataclass(frozen=True, slots=True)
class HistoryDetail:
    """One earlier ticket in full: its row, its lines, its totals and its notes.

    Attributes:
        row: the ticket as the list shows it.
        lines: the product lines, in the ticket's order.
        sub_total: the products after their discounts, before the OE fees.
        total: what was charged.
        fee: the original-equipment service fees, None when there were none.
        voucher: the voucher used ("" when none).
        odometer: the mileage read at the time, when known.
        notes: the operator's notes, oldest first; () when they could not be read.
    """

    row: HistoryRow
    lines: tuple[HistoryLine, ...]
    sub_total: Amount | None
    total: Amount | None
    fee: Amount | None
    voucher: str
    odometer: int | None
    notes: tuple[Note, ...]


def _amount(price: Price | None) -> Amount | None:
    return None if price is None else Amount.of(price)


def _net(totals: PriceTotals | None) -> Amount | None:
    return None if totals is None else _amount(totals.net_price)


def _nonzero(amount: Amount | None) -> Amount | None:
    return None if amount is None or amount.is_zero else amount


def _discount(discount: Discount | None) -> Amount | None:
    return None if discount is None else _nonzero(_amount(discount.price))


def _newest_first_key(ticket: HistoricalTicket) -> tuple[datetime, datetime, int]:
    return (ticket.finished_at or _EARLIEST, ticket.created_at or _EARLIEST, ticket.id)


async def _gather_all(works: Iterable[Awaitable[T]]) -> list[T]:
    """Await all at once; when one fails the others are cancelled (gather would leave them running)."""
    tasks = [asyncio.ensure_future(work) for work in works]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        raise


@dataclass(frozen=True, slots=True)
class _Names:
    """The catalogue's names for a set of tickets."""

    products: dict[_VariantKey, dict[int, str]]
    titles: dict[int, str]

    def product_name(self, ticket: HistoricalTicket, line: HistoricalProductLine) -> str:
        names: dict[int, str] = {}
        if ticket.vehicle_model_id is not None and ticket.vehicle_model_variant_id is not None:
            names = self.products.get((ticket.vehicle_model_id, ticket.vehicle_model_variant_id), {})
        return (names.get(line.product_id) or line.description or "").strip()

    def title(self, ticket: HistoricalTicket) -> str:
        variant_id = ticket.vehicle_model_variant_id
        return "" if variant_id is None else self.titles.get(variant_id, "")


class HistoryService:
    """Earlier tickets of a vehicle or a connector, with the catalogue's names (Qt-free).

    The names read from the catalogue are kept for the life of the service (a successful read only: a
    failed one is tried again next time); :meth:`clear_cache` forgets them.
    """

    def __init__(self, api: CustomerApi) -> None:
        self._api = api
        self._product_names: dict[_VariantKey, asyncio.Task[dict[int, str]]] = {}
        self._titles: dict[int, asyncio.Task[str]] = {}

    def clear_cache(self) -> None:
        """Forget the names read (another customer's catalogue may differ: call it on logout)."""
        self._product_names.clear()
        self._titles.clear()

    async def tickets(
        self, *, vin: str | None = None, connector_id: int | None = None, limit: int = 100
    ) -> tuple[HistoryRow, ...]:
        """The earlier tickets of a VIN, of a connector, or of either (the union), newest first.

        Newest means the latest to finish (then the latest ordered). With neither a VIN nor a connector,
        the whole workshop's history. A VIN that cannot be one (not 17 VIN characters once normalised)
        has no tickets and costs no request.

        Args:
            vin: the car.
            connector_id: the connector.
            limit: at most this many rows (the newest), for each filter and in all.

        Raises:
            ValueError: ``limit`` is not positive.
            ServiceError: the list could not be read (the names failing is no failure).
        """
        if limit < 1:
            raise ValueError("limit must be positive")
        wanted_vin = normalize_vin(vin) if vin else None
        queries: list[tuple[str | None, int | None]] = []
        if wanted_vin is not None and is_valid_vin(wanted_vin):
            queries.append((wanted_vin, None))
        if connector_id is not None:
            queries.append((None, connector_id))
        if vin is None and connector_id is None:
            queries.append((None, None))
        if not queries:
            return ()
        pages = await _gather_all(self._historical(v, c, limit) for v, c in queries)
        unique = {ticket.id: ticket for page in pages for ticket in page}
        found = sorted(unique.values(), key=_newest_first_key, reverse=True)[:limit]
        names = await self._names(found)
        return tuple(self._row(ticket, names) for ticket in found)

    async def detail(self, ticket_id: int) -> HistoryDetail:
        """One earlier ticket with its lines, totals and notes (the notes failing leaves them out).

        Raises:
            ServiceError: the ticket could not be read (``NOT_FOUND`` while it has not finished).
        """
        notes_task = asyncio.ensure_future(self._notes(ticket_id))
        try:
            with translate_errors():
                ticket = await self._api.tickets.historical_ticket(ticket_id)
            names = await self._names([ticket])
        except BaseException:
            notes_task.cancel()
            raise
        notes = await notes_task
        return HistoryDetail(
            row=self._row(ticket, names),
            lines=tuple(
                HistoryLine(
                    product_id=line.product_id,
                    name=names.product_name(ticket, line),
                    quantity=line.quantity,
                    gross=_amount(line.gross_price),
                    net=_amount(line.net_price),
                    discount=_discount(line.total_discount),
                )
                for line in ticket.product_lines
            ),
            sub_total=_net(ticket.sub_total),
            total=_net(ticket.total),
            fee=_nonzero(_net(ticket.original_equipment_service_fee)),
            voucher=(ticket.voucher or "").strip(),
            odometer=ticket.odometer_reading,
            notes=notes,
        )

    # --- reading ------------------------------------------------------------------------------------------

    async def _historical(
        self, vin: str | None, connector_id: int | None, limit: int
    ) -> Sequence[HistoricalTicket]:
        with translate_errors():
            pager = self._api.tickets.historical(
                vin=vin, connector_id=connector_id, page_size=min(limit, MAX_PAGE_SIZE), max_items=limit
            )
            return await pager.all()

    async def _notes(self, ticket_id: int) -> tuple[Note, ...]:
        try:
            with translate_errors():
                notes = await self._api.tickets.notes(ticket_id).all()
        except ServiceError as error:
            _log.info("the notes of ticket %s could not be read: %s", ticket_id, error)
            return ()
        return tuple(sorted(notes, key=lambda note: note.created_at or _EARLIEST))

    @staticmethod
    def _row(ticket: HistoricalTicket, names: _Names) -> HistoryRow:
        product_names = (names.product_name(ticket, line) for line in ticket.product_lines)
        return HistoryRow(
            id=ticket.id,
            state=int(ticket.state),
            vin=(ticket.vin or "").strip(),
            connector_id=ticket.connector_id,
            created_at=ticket.created_at,
            finished_at=ticket.finished_at,
            reference=(ticket.reference or "").strip(),
            total=_net(ticket.total),
            product_names=tuple(name for name in product_names if name),
            vehicle_title=names.title(ticket),
        )

    # --- the catalogue's names ----------------------------------------------------------------------------

    async def order_names(
        self, model_id: int | None, variant_id: int | None, product_ids: Sequence[int]
    ) -> tuple[str, tuple[str, ...]]:
        """The car's title and the named products of an order (one not in the history, e.g. an open
        ticket), read through the same cache; what cannot be read is left out ("" and no names)."""
        title = "" if variant_id is None else await self._title_of(variant_id)
        if model_id is None or variant_id is None or not product_ids:
            return title, ()
        names = await self._product_names_of((model_id, variant_id))
        return title, tuple(names[i] for i in product_ids if i in names)

    async def _names(self, tickets: Sequence[HistoricalTicket]) -> _Names:
        product_keys = sorted(
            {
                (t.vehicle_model_id, t.vehicle_model_variant_id)
                for t in tickets
                if t.vehicle_model_id is not None and t.vehicle_model_variant_id is not None
            }
        )
        title_keys = sorted(
            {t.vehicle_model_variant_id for t in tickets if t.vehicle_model_variant_id is not None}
        )
        # Each lookup falls back to "no names" by itself, so none can fail the others or the list.
        found_products, found_titles = await asyncio.gather(
            asyncio.gather(*(self._product_names_of(key) for key in product_keys)),
            asyncio.gather(*(self._title_of(variant_id) for variant_id in title_keys)),
        )
        return _Names(
            products=dict(zip(product_keys, found_products, strict=True)),
            titles=dict(zip(title_keys, found_titles, strict=True)),
        )

    async def _product_names_of(self, key: _VariantKey) -> dict[int, str]:
        async def fetch() -> dict[int, str]:
            model_id, variant_id = key
            with translate_errors():
                products = await self._api.products.list(model_id, variant_id, page_size=MAX_PAGE_SIZE).all()
            return {product.id: product.name.strip() for product in products if product.name.strip()}

        return await _cached(self._product_names, key, fetch, {}, f"the products of variant {key[1]}")

    async def _title_of(self, variant_id: int) -> str:
        async def fetch() -> str:
            with translate_errors():
                variant = await self._api.vehicles.model_variant(variant_id)
            return _vehicle_title(variant)

        return await _cached(self._titles, variant_id, fetch, "", f"variant {variant_id}")


def _vehicle_title(variant: ModelVariant) -> str:
    """Make, model and variant in one line, without the production years the catalogue appends to both."""
    return vehicle_title(variant.vehicle_make_name, variant.vehicle_model_name, variant.name)


async def _cached(
    tasks: dict[_K, asyncio.Task[T]],
    key: _K,
    fetch: Callable[[], Awaitable[T]],
    fallback: T,
    what: str,
) -> T:
    """``fetch()``'s answer, read once and shared; ``fallback`` when it fails (and read again next time)."""
    task = tasks.get(key)
    if task is None or task.get_loop() is not asyncio.get_running_loop():
        task = asyncio.ensure_future(fetch())
        tasks[key] = task
        task.add_done_callback(lambda done: _settle(tasks, key, done))
    try:
        # Shielded: a caller that stops waiting must not cancel a read another caller shares.
        return await asyncio.shield(task)
    except ServiceError as error:
        _log.info("names from the catalogue left out: %s could not be read (%s)", what, error)
        return fallback


def _settle(tasks: dict[_K, asyncio.Task[T]], key: _K, task: asyncio.Task[T]) -> None:
    """Forget a read that failed or was cancelled, so the next call tries again."""
    # Reading the exception also marks it retrieved: a failed read nobody waits for any more is no warning.
    if (task.cancelled() or task.exception() is not None) and tasks.get(key) is task:
        del tasks[key]
