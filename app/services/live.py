"""The created ticket as the live page shows it: the ticket, and its chat read once.

The live-ticket issue grows this into a followed ticket (websocket pushes, sending messages and photos);
for now the page reads the ticket and its messages when it is shown and when the technician refreshes.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Final

from app.api.client import CustomerApi
from app.api.models import ChatMessage, Ticket
from app.services.errors import ServiceError, translate_errors
from app.services.tickets import TicketService

__all__ = ["MESSAGE_LIMIT", "TicketView", "TicketViewService"]

_log = logging.getLogger(__name__)

#: The newest messages shown; a longer chat shows its end.
MESSAGE_LIMIT: Final = 200


@dataclass(frozen=True, slots=True)
class TicketView:
    """A ticket with its chat messages, oldest first.

    Attributes:
        ticket: the ticket as the server has it now.
        messages: its chat (at most :data:`MESSAGE_LIMIT`, the newest), () when it has no channel.
        chat_available: False when the chat could not be read (the ticket itself could): the page says so
            instead of showing an empty chat as if nobody had written.
    """

    ticket: Ticket
    messages: tuple[ChatMessage, ...] = ()
    chat_available: bool = True
    #: The car as one line ("VW Golf VIII 2.0 TDI"), when asked for and found; "" otherwise.
    vehicle_title: str = ""
    #: The ordered products' names, when asked for and found; () otherwise.
    product_names: tuple[str, ...] = ()


class TicketViewService:
    """Reads a ticket of the logged-in connector and its chat."""

    def __init__(self, api: CustomerApi) -> None:
        self._api = api
        self._tickets = TicketService(api)

    async def view(self, ticket_id: int, *, connector_id: int, describe: bool = False) -> TicketView:
        """The ticket and its chat.

        Args:
            ticket_id: the ticket.
            connector_id: the logged-in connector (the API reads a ticket through its connector).
            describe: also look up the car's and the products' names (for a ticket the draft does not
                describe, e.g. one found open at login). Names that cannot be had are left out.

        Raises:
            ServiceError: the ticket could not be read (``NOT_FOUND`` when it is not this connector's, or
                a network failure). A chat that cannot be read does not raise: see ``chat_available``.
        """
        ticket = await self._tickets.ticket(ticket_id, connector_id=connector_id)
        chat = asyncio.ensure_future(self._chat(ticket))
        try:
            vehicle_title, product_names = await self._names(ticket) if describe else ("", ())
        finally:
            messages, chat_available = await chat
        return TicketView(
            ticket=ticket,
            messages=messages,
            chat_available=chat_available,
            vehicle_title=vehicle_title,
            product_names=product_names,
        )

    async def _chat(self, ticket: Ticket) -> tuple[tuple[ChatMessage, ...], bool]:
        if not ticket.chat_id:
            return (), True
        try:
            return await self.messages(ticket.chat_id), True
        except ServiceError as error:
            _log.info("the chat of ticket %s could not be read: %s", ticket.id, error)
            return (), False

    async def _names(self, ticket: Ticket) -> tuple[str, tuple[str, ...]]:
        model_id, variant_id = ticket.vehicle_model_id, ticket.vehicle_model_variant_id
        if variant_id is None:
            return "", ()
        try:
            with translate_errors():
                variant = await self._api.vehicles.model_variant(variant_id)
                wanted = set(ticket.product_ids)
                names: dict[int, str] = {}
                if model_id is not None and wanted:
                    async for product in self._api.products.list(model_id, variant_id):
                        if product.id in wanted:
                            names[product.id] = product.name
        except ServiceError as error:
            _log.info("the names for ticket %s could not be read: %s", ticket.id, error)
            return "", ()
        parts = (variant.vehicle_make_name, variant.vehicle_model_name, variant.name)
        title = " ".join(part for part in parts if part)
        return title, tuple(names[i] for i in ticket.product_ids if i in names)

    async def messages(self, channel_id: str) -> tuple[ChatMessage, ...]:
        """A chat channel's messages, oldest first (the newest :data:`MESSAGE_LIMIT`).

        Raises:
            ServiceError: they could not be read.
        """
        kept: list[ChatMessage] = []
        with translate_errors():
            async for message in self._api.chat.messages(channel_id, page_size=50):
                kept.append(message)
                if len(kept) > MESSAGE_LIMIT:
                    del kept[0]
        return tuple(kept)
