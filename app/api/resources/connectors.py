"""Connectors: the remote-diagnostics devices of the logged-in user."""

from __future__ import annotations

from app.api._ops import operation
from app.api.errors import NotFoundError
from app.api.models import Connector, Ticket
from app.api.paging import AsyncPager
from app.api.resources._base import Resource
from app.domain.contract.customer_api import Op

__all__ = ["ConnectorsResource"]


class ConnectorsResource(Resource):
    """``api.connectors``."""

    @operation(Op.CONNECTORS)
    def list(
        self, *, page_size: int = 100, max_items: int | None = None, timeout: float | None = None
    ) -> AsyncPager[Connector]:
        """The user's connectors."""
        return self._pager(
            Op.CONNECTORS, Connector, page_size=page_size, max_items=max_items, timeout=timeout
        )

    @operation(Op.CONNECTOR)
    async def get(self, connector_id: int, *, timeout: float | None = None) -> Connector:  # noqa: ASYNC109
        """One connector by its numeric id."""
        return await self._http.call_model(
            Op.CONNECTOR, Connector, path_params={"connector_id": connector_id}, timeout=timeout
        )

    @operation(Op.CONNECTOR_BY_UUID)
    async def get_by_uuid(
        self,
        connector_uuid: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Connector:
        """One connector by its UUID."""
        return await self._http.call_model(
            Op.CONNECTOR_BY_UUID, Connector, path_params={"connector_uuid": connector_uuid}, timeout=timeout
        )

    @operation(Op.DISMISS_CALL_FOR_ATTENTION)
    async def dismiss_call_for_attention(
        self,
        connector_uuid: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> None:
        """Acknowledge the connector's call for attention (its blinking light)."""
        await self._http.call_no_content(
            Op.DISMISS_CALL_FOR_ATTENTION, path_params={"connector_uuid": connector_uuid}, timeout=timeout
        )

    @operation(Op.ACTIVE_TICKET)
    async def active_ticket(
        self,
        connector_id: int,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Ticket | None:
        """The ticket pending or in progress on the connector, or None when there is none."""
        try:
            return await self._http.call_model(
                Op.ACTIVE_TICKET, Ticket, path_params={"connector_id": connector_id}, timeout=timeout
            )
        except NotFoundError:
            return None
