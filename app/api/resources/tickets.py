"""Tickets: creating one safely, prepared and historical tickets, notes and the satisfaction score."""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Final

from app.api._ops import operation
from app.api.errors import (
    ApiConnectionError,
    ApiError,
    BadResponseError,
    ConflictError,
    NotFoundError,
    ServerError,
)
from app.api.models import CsatScore, HistoricalTicket, Note, PreparedTicket, Ticket, TicketCreate
from app.api.paging import AsyncPager
from app.api.resources._base import Resource
from app.domain.contract.customer_api import Op

__all__ = ["TicketsResource"]

log = logging.getLogger("app.api")

#: How many times a create left unanswered is sent again (with the same idempotency key).
DEFAULT_RESENDS: Final = 2
#: Statuses a gateway may answer with although the server behind it acted (or is still acting).
_GATEWAY_STATUSES: Final = frozenset({502, 503, 504})
_ACTIVE_TICKET_EXISTS: Final = "active-ticket-exists"


def _may_have_acted(error: ApiError) -> bool:
    """True when ``error`` leaves open whether the server created the ticket."""
    if isinstance(error, ApiConnectionError | BadResponseError):
        return True
    return isinstance(error, ServerError) and error.status in _GATEWAY_STATUSES


def _is_our_ticket(ticket: Ticket, request: TicketCreate) -> bool:
    """True when the connector's active ticket is the one ``request`` asked for."""
    same_vin = (ticket.vehicle_vin or "").upper() == request.vin.upper()
    return same_vin and set(ticket.product_ids) == set(request.product_ids)


class TicketsResource(Resource):
    """``api.tickets``."""

    @operation(Op.CREATE_TICKET, Op.ACTIVE_TICKET)
    async def create(
        self,
        ticket: TicketCreate,
        *,
        idempotency_key: str | None = None,
        resends: int = DEFAULT_RESENDS,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Ticket:
        """Create a ticket, exactly once even when the answer is lost or spoiled on the way.

        Every attempt carries the same ``Idempotency-Key`` (a new UUID unless given). When the answer
        leaves open whether the server acted, the ticket may exist although we never heard so: the
        connector's active ticket is asked for first, and returned when it is this order (same VIN, same
        products); otherwise the request is sent again with the same key, after a short back-off, at most
        ``resends`` times. Such answers are: a timeout or a broken connection, a success status whose
        body cannot be read, and 502, 503 or 504 (a gateway may answer so after the server acted).

        A resend refused with 409 ``active-ticket-exists`` means an earlier send of ours got through
        while the server did not recognise the key (it forgot or ignores it): when the connector's active
        ticket is this order, it is returned instead of the error.

        Raises:
            ConflictError: the connector already has another ticket (slug ``active-ticket-exists``, its id
                in ``ConflictError.ticket_id``), the connector is offline, the service center is closed,
                or the key was used before for a different order.
            BadRequestError: the order was refused (missing prerequisite answers, DoIP needed, ...).
            ApiConnectionError: the answer was lost every time and no ticket could be found.
            BadResponseError: the answer could not be read every time and no ticket could be found.
            ServerError: the server failed; for 502, 503 and 504 every time, and no ticket was found.
        """
        if resends < 0:
            raise ValueError("resends must not be negative")
        key = idempotency_key or str(uuid.uuid4())
        body = ticket.to_wire()
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._http.call_model(
                    Op.CREATE_TICKET, Ticket, body=body, timeout=timeout, idempotency_key=key
                )
            except ConflictError as exc:
                if attempt == 1 or exc.problem_type_slug != _ACTIVE_TICKET_EXISTS:
                    raise
                found = await self._find_created(ticket)
                if found is None or (exc.ticket_id is not None and exc.ticket_id != found.id):
                    raise
                log.info("a resent ticket creation met the ticket an earlier send made: ticket %s", found.id)
                return found
            except ApiError as exc:
                if not _may_have_acted(exc):
                    raise
                log.warning("creating a ticket: no usable answer (%s); looking for the ticket", exc.message)
                unanswered = exc
            found = await self._find_created(ticket)
            if found is not None:
                log.info("the unanswered ticket creation had succeeded: ticket %s", found.id)
                return found
            if attempt > resends:
                raise unanswered
            log.info("no ticket found; sending the creation again with the same idempotency key")
            await asyncio.sleep(self._http.retry.delay_for(attempt))

    async def _find_created(self, request: TicketCreate) -> Ticket | None:
        """The connector's active ticket when it is ``request``'s order; None when none or unknown."""
        try:
            active = await self._http.call_model(
                Op.ACTIVE_TICKET, Ticket, path_params={"connector_id": request.connector_id}
            )
        except NotFoundError:
            return None
        except (ApiConnectionError, BadResponseError, ServerError):
            # Unknown, not "none": resending with the same key is still safe, the server deduplicates it.
            return None
        return active if _is_our_ticket(active, request) else None

    @operation(Op.PREPARED_TICKETS)
    def prepared(
        self,
        vin: str,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> AsyncPager[PreparedTicket]:
        """Tickets prepared in advance for a vehicle."""
        return self._pager(
            Op.PREPARED_TICKETS,
            PreparedTicket,
            params={"vin": vin},
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    @operation(Op.HISTORICAL_TICKETS)
    def historical(
        self,
        *,
        vin: str | None = None,
        connector_id: int | None = None,
        page_size: int = 100,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> AsyncPager[HistoricalTicket]:
        """Finished tickets, of a vehicle and/or a connector."""
        return self._pager(
            Op.HISTORICAL_TICKETS,
            HistoricalTicket,
            params={"vin": vin, "connector_id": connector_id},
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    @operation(Op.HISTORICAL_TICKET)
    async def historical_ticket(
        self,
        historical_ticket_id: int,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> HistoricalTicket:
        """One finished ticket with its lines and totals."""
        return await self._http.call_model(
            Op.HISTORICAL_TICKET,
            HistoricalTicket,
            path_params={"historical_ticket_id": historical_ticket_id},
            timeout=timeout,
        )

    @operation(Op.TICKET_NOTES)
    def notes(
        self,
        ticket_id: int,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> AsyncPager[Note]:
        """The operator's notes on a ticket, with their attachments."""
        return self._pager(
            Op.TICKET_NOTES,
            Note,
            path_params={"ticket_id": ticket_id},
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    @operation(Op.TICKET_CSAT)
    async def set_csat(
        self,
        ticket_id: int,
        score: int,
        *,
        comment: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> None:
        """Give or change the satisfaction score (-1, 0 or 1) and comment of a ticket.

        Raises:
            pydantic.ValidationError: the score is outside -1..1 (nothing is sent).
        """
        body = CsatScore(score=score, comment=comment).to_wire()
        await self._http.call_no_content(
            Op.TICKET_CSAT, path_params={"ticket_id": ticket_id}, body=body, timeout=timeout
        )
