"""Async iteration over the Customer API's lists.

Offset lists (``{result, total, offset, limit}``) are read with :class:`AsyncPager`: the first page alone,
then, once ``total`` is known, the remaining pages fetched a few at a time concurrently, but always
yielded in order. Chat messages page by an opaque ``next_token`` and can only be read one page after the
other: :class:`CursorPager`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Final, Generic, TypeVar

from app.api.models import Page

__all__ = ["MAX_PAGE_SIZE", "AsyncPager", "CursorPager"]

ItemT = TypeVar("ItemT")

#: The API's largest ``limit``.
MAX_PAGE_SIZE: Final = 200

#: ``fetch(offset, limit)`` → one page.
PageFetcher = Callable[[int, int], Awaitable[Page[ItemT]]]
#: ``fetch(next_token)`` → the items of one page and the token of the next (None: no more).
CursorFetcher = Callable[[str | None], Awaitable[tuple[tuple[ItemT, ...], str | None]]]


class AsyncPager(Generic[ItemT]):
    """Every item of an offset-paged list: ``async for item in pager`` or ``await pager.all()``.

    Nothing is sent before the pager is iterated; each iteration reads the list afresh.
    """

    def __init__(
        self,
        fetch: PageFetcher[ItemT],
        *,
        page_size: int = 100,
        concurrency: int = 4,
        max_items: int | None = None,
    ) -> None:
        """Describe the listing.

        Args:
            fetch: sends one request for ``(offset, limit)``.
            page_size: items asked for per request, 1 to 200.
            concurrency: pages in flight at once after the first one.
            max_items: stop after this many items (None: the whole list).
        """
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must not be negative")
        self._fetch = fetch
        self._page_size = page_size
        self._concurrency = concurrency
        self._max_items = max_items

    async def first_page(self) -> Page[ItemT]:
        """Only the first page (with ``total``), e.g. to show a count or the newest few entries."""
        limit = self._page_size if self._max_items is None else min(self._page_size, self._max_items)
        return await self._fetch(0, limit)

    async def all(self) -> list[ItemT]:
        """Every item, in order."""
        return [item async for item in self]

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[ItemT]:
        budget = self._max_items
        if budget == 0:
            return
        first = await self.first_page()
        for item in first.result[:budget]:
            yield item
        if budget is not None:
            budget -= min(len(first.result), budget)
            if budget == 0:
                return
        if not first.result:
            return
        # A server may cap ``limit`` below what we asked; its echo tells the real step.
        step = len(first.result)
        end = first.total if budget is None else min(first.total, first.offset + step + budget)
        offsets = deque(range(first.offset + step, end, step))
        in_flight: deque[asyncio.Task[Page[ItemT]]] = deque()
        try:
            while offsets or in_flight:
                while offsets and len(in_flight) < self._concurrency:
                    offset = offsets.popleft()
                    limit = min(step, end - offset)
                    in_flight.append(asyncio.ensure_future(self._fetch(offset, limit)))
                page = await in_flight.popleft()
                items = page.result if budget is None else page.result[:budget]
                for item in items:
                    yield item
                if budget is not None:
                    budget -= len(items)
                    if budget <= 0:
                        return
        finally:
            for task in in_flight:
                task.cancel()
            for task in in_flight:
                with contextlib.suppress(BaseException):
                    await task


class CursorPager(Generic[ItemT]):
    """Every item of a token-paged list, one page after the other: ``async for item in pager``."""

    def __init__(self, fetch: CursorFetcher[ItemT], *, max_items: int | None = None) -> None:
        """Describe the listing; ``fetch(next_token)`` reads one page (None for the first)."""
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must not be negative")
        self._fetch = fetch
        self._max_items = max_items

    async def first_page(self) -> tuple[tuple[ItemT, ...], str | None]:
        """The first page and the token of the next one."""
        return await self._fetch(None)

    async def all(self) -> list[ItemT]:
        """Every item, in order."""
        return [item async for item in self]

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[ItemT]:
        remaining = self._max_items
        token: str | None = None
        seen_tokens: set[str] = set()
        while remaining is None or remaining > 0:
            items, token = await self._fetch(token)
            for item in items if remaining is None else items[:remaining]:
                yield item
            if remaining is not None:
                remaining -= min(len(items), remaining)
            if token is None or not items or token in seen_tokens:
                # A token seen before would loop forever; a server bug must not hang the chat.
                return
            seen_tokens.add(token)
