"""Creating the ticket exactly once, handing the technician's description to the operator, and reading a
ticket back.

Where the texts go:

* ``reference`` (the garage's own order number) is the ticket's ``reference`` member: it comes back on
  the invoice and the ticket history, which is what the garage matches its own books against.
* ``summary`` (what is wrong with the car, in the technician's words) has no member in the ticket request:
  ``metadata`` describes the ordering device, and ``reference`` is searched and printed as an order
  number. The operator reads the ticket's chat, so the summary is sent as the first chat message right
  after creation (:meth:`TicketService.send_summary`). It is not part of the creation request, so a
  changed summary never makes a retried creation look like a different order.

A creation is never sent twice for one draft: every attempt carries the draft's idempotency key, and the
client looks up the connector's active ticket before resending after a lost answer.
"""

from __future__ import annotations

import logging
from typing import Final

from app import __version__
from app.api.client import CustomerApi
from app.api.errors import ApiError, ConflictError
from app.api.models import HistoricalTicket, PrerequisiteAnswer, Ticket, TicketCreate, TicketMetadata
from app.domain.vin import normalize_vin
from app.domain.wizard import WizardDraft
from app.services.errors import Failure, ServiceError, service_error, translate_errors

__all__ = ["SUMMARY_MAX_LENGTH", "TicketService"]

_log = logging.getLogger(__name__)

#: The longest description a chat message carries.
SUMMARY_MAX_LENGTH: Final = 4000
#: The server refuses a key it saw with a different order (the texts changed after an unanswered send).
_KEY_REUSED: Final = "idempotency-key-reused"
#: How many chat messages are read to find a description sent before.
_SUMMARY_LOOKBACK: Final = 50


def _locale_tag(language: str) -> str | None:
    tag = language.strip().replace("-", "_")
    return tag or None


def _is_order(ticket: Ticket, request: TicketCreate) -> bool:
    same_vin = (ticket.vehicle_vin or "").upper() == request.vin.upper()
    return same_vin and set(ticket.product_ids) == set(request.product_ids)


class TicketService:
    """Ticket creation that never orders twice, and the ticket as the ticket view shows it."""

    def __init__(self, api: CustomerApi) -> None:
        self._api = api

    def order(self, draft: WizardDraft, *, language: str = "") -> TicketCreate:
        """The creation request for ``draft``: car, connector, products, answers, voucher, reference.

        Raises:
            ValueError: the draft is not ready for a ticket (no connector, car or products).
        """
        vehicle = draft.vehicle.vehicle
        connector_id = draft.login.connector_id
        if vehicle is None or connector_id is None or not draft.products.product_ids:
            raise ValueError("a ticket needs a connector, a vehicle and at least one product")
        price = draft.price
        voucher = price.voucher.strip()
        # Only a voucher the last quote accepted: a refused one would refuse the whole order.
        send_voucher = bool(voucher) and not price.voucher_refused and price.quoted_for is not None
        return TicketCreate(
            vin=normalize_vin(draft.vehicle.vin),
            vehicle_model_id=vehicle.model_id,
            vehicle_model_variant_id=vehicle.variant_id,
            connector_id=connector_id,
            product_ids=draft.products.product_ids,
            product_prerequisites=tuple(
                PrerequisiteAnswer(definition_id=answer.definition_id, value=answer.value)
                for answer in draft.prerequisites.answers_to_send()
            ),
            metadata=TicketMetadata(
                app_version=__version__,
                locale=_locale_tag(language),
                vin_is_found_by_reader=draft.vehicle.vin_source == "connector",
            ),
            voucher=voucher if send_voucher else None,
            prepared_ticket_id=draft.vehicle.prepared_ticket_id,
            reference=draft.ticket.reference.strip(),
            confirmed_unattended_service=price.confirmed_unattended,
        )

    async def create(self, draft: WizardDraft, *, language: str = "") -> Ticket:
        """Create the ticket of ``draft`` (once, whatever happens on the way).

        Args:
            draft: the complete draft; its ``ticket.idempotency_key`` goes with every attempt.
            language: the interface language, sent as the ticket's locale.

        Raises:
            ValueError: the draft is not ready for a ticket.
            ServiceError: the order was refused or could not be sent. ``ACTIVE_TICKET_EXISTS`` carries the
                connector's open ticket in ``ticket_id``; ``SERVICE_CENTER_CLOSED``,
                ``INSUFFICIENT_WALLET`` and ``VOUCHER_REFUSED`` carry the server's explanation.
        """
        request = self.order(draft, language=language)
        key = draft.ticket.idempotency_key
        try:
            ticket = await self._api.tickets.create(request, idempotency_key=key)
        except ConflictError as error:
            if error.problem_type_slug == _KEY_REUSED:
                found = await self._own_active_ticket(request)
                if found is not None:
                    _log.info("the order had been created before its texts changed: ticket %s", found.id)
                    return found
            raise service_error(error) from error
        except ApiError as error:
            raise service_error(error) from error
        _log.info("ticket %s created (state %s)", ticket.id, ticket.state)
        return ticket

    async def _own_active_ticket(self, request: TicketCreate) -> Ticket | None:
        with translate_errors():
            active = await self._api.connectors.active_ticket(request.connector_id)
        if active is not None and _is_order(active, request):
            return active
        return None

    async def send_summary(self, ticket: Ticket, summary: str) -> bool:
        """Send the technician's description as the ticket chat's message to the operator.

        Sending again after an unanswered attempt does not post it twice: the chat is read first.

        Returns:
            True when it was sent now, False when there was nothing to send or it was there already.

        Raises:
            ServiceError: the chat could not be read or written.
        """
        text = summary.strip()
        if not text:
            return False
        if not ticket.chat_id:
            raise ServiceError(Failure.NOT_FOUND)
        text = text[:SUMMARY_MAX_LENGTH]
        with translate_errors():
            async for message in self._api.chat.messages(ticket.chat_id, max_items=_SUMMARY_LOOKBACK):
                if message.sender == "technician" and (message.content or "").strip() == text:
                    _log.info("the description of ticket %s is in its chat already", ticket.id)
                    return False
            await self._api.chat.send_message(ticket.chat_id, text)
        return True

    async def active_ticket(self, connector_id: int) -> Ticket | None:
        """The connector's open ticket, or None.

        Raises:
            ServiceError: it could not be asked for.
        """
        with translate_errors():
            return await self._api.connectors.active_ticket(connector_id)

    async def ticket(self, ticket_id: int, *, connector_id: int) -> Ticket:
        """One ticket of the connector: its open ticket, or a finished one.

        The Customer API has no read of a single ticket: an open ticket is the connector's active ticket,
        a finished one is in the ticket history (without a chat channel).

        Raises:
            ServiceError: ``NOT_FOUND`` when it is neither (e.g. another connector's ticket), or the
                request failed.
        """
        active = await self.active_ticket(connector_id)
        if active is not None and active.id == ticket_id:
            return active
        try:
            with translate_errors():
                finished = await self._api.tickets.historical_ticket(ticket_id)
        except ServiceError as error:
            if error.failure == Failure.NOT_FOUND:
                _log.info("ticket %s is neither open on connector %s nor finished", ticket_id, connector_id)
            raise
        return _from_history(finished)


def _from_history(finished: HistoricalTicket) -> Ticket:
    return Ticket(
        id=finished.id,
        vin=finished.vin,
        vehicle_model_id=finished.vehicle_model_id,
        vehicle_model_variant_id=finished.vehicle_model_variant_id,
        product_ids=tuple(line.product_id for line in finished.product_lines),
        connector_id=finished.connector_id,
        state=finished.state,
    )
