"""What every resource group shares: the transport, and a way to build pagers over list operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from app.api._http import HttpTransport, QueryParams
from app.api.models import Page
from app.api.paging import AsyncPager
from app.domain.contract.customer_api import Op

__all__ = ["Resource"]

ItemT = TypeVar("ItemT")


class Resource:
    """A group of operations of the Customer API, reached as an attribute of the client."""

    def __init__(self, http: HttpTransport) -> None:
        """Bind the group to the client's transport."""
        self._http = http

    def _pager(
        self,
        op: Op,
        item: type[ItemT],
        *,
        params: QueryParams | None = None,
        path_params: Mapping[str, str | int] | None = None,
        page_size: int,
        max_items: int | None,
        timeout: float | None,
    ) -> AsyncPager[ItemT]:
        fixed = dict(params or {})

        async def fetch(offset: int, limit: int) -> Page[ItemT]:
            return await self._http.call_page(
                op,
                item,
                path_params=path_params,
                params={**fixed, "offset": offset, "limit": limit},
                timeout=timeout,
            )

        return AsyncPager(fetch, page_size=page_size, max_items=max_items)
