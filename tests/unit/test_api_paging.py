"""The pagers' logic with an in-memory list: order, bounded concurrency, limits, early stops."""

from __future__ import annotations

import asyncio

import pytest

from app.api.models import Page
from app.api.paging import AsyncPager, CursorPager


class FakeList:
    """A server-side list: answers ``(offset, limit)`` after a short pause, counting what is in flight."""

    def __init__(self, size: int, *, cap: int = 200, delays: dict[int, float] | None = None) -> None:
        self.items = list(range(size))
        self.cap = cap
        self.delays = delays or {}
        self.requests: list[tuple[int, int]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.cancelled = 0

    async def fetch(self, offset: int, limit: int) -> Page[int]:
        self.requests.append((offset, limit))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delays.get(offset, 0.01))
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1
        limit = min(limit, self.cap)
        return Page[int](
            result=tuple(self.items[offset : offset + limit]),
            total=len(self.items),
            offset=offset,
            limit=limit,
        )


@pytest.mark.asyncio
async def test_every_item_comes_once_and_in_order_although_pages_finish_out_of_order() -> None:
    # Later pages answer first: the pager must still yield in list order.
    server = FakeList(23, delays={5: 0.08, 10: 0.05, 15: 0.01, 20: 0.0})
    items = await AsyncPager(server.fetch, page_size=5, concurrency=4).all()
    assert items == list(range(23))
    assert sorted(server.requests) == [(0, 5), (5, 5), (10, 5), (15, 5), (20, 3)]


@pytest.mark.asyncio
async def test_after_the_first_page_the_rest_is_fetched_concurrently_within_the_bound() -> None:
    server = FakeList(100, delays=dict.fromkeys(range(0, 100, 10), 0.02))
    await AsyncPager(server.fetch, page_size=10, concurrency=3).all()
    assert server.max_in_flight == 3
    assert server.requests[0] == (0, 10)


@pytest.mark.asyncio
async def test_the_first_page_goes_alone() -> None:
    server = FakeList(30)
    pager = AsyncPager(server.fetch, page_size=10, concurrency=4)
    seen_in_flight: list[int] = []
    async for _ in pager:
        seen_in_flight.append(server.max_in_flight)
        break
    assert seen_in_flight == [1]


@pytest.mark.asyncio
async def test_max_items_stops_early_and_asks_for_no_more_than_needed() -> None:
    server = FakeList(1000)
    items = await AsyncPager(server.fetch, page_size=50, max_items=120).all()
    assert items == list(range(120))
    assert sum(limit for _, limit in server.requests) == 120


@pytest.mark.asyncio
async def test_a_server_that_caps_the_page_size_is_followed() -> None:
    server = FakeList(45, cap=10)
    items = await AsyncPager(server.fetch, page_size=200).all()
    assert items == list(range(45))
    assert [offset for offset, _ in sorted(server.requests)] == [0, 10, 20, 30, 40]


@pytest.mark.asyncio
async def test_an_empty_list_is_one_request() -> None:
    server = FakeList(0)
    assert await AsyncPager(server.fetch).all() == []
    assert server.requests == [(0, 100)]


@pytest.mark.asyncio
async def test_first_page_gives_the_total() -> None:
    server = FakeList(42)
    page = await AsyncPager(server.fetch, page_size=5).first_page()
    assert (page.total, page.result) == (42, (0, 1, 2, 3, 4))


@pytest.mark.asyncio
async def test_breaking_out_cancels_the_pages_in_flight() -> None:
    server = FakeList(100, delays=dict.fromkeys(range(10, 100, 10), 0.5))
    iterator = AsyncPager(server.fetch, page_size=10, concurrency=4).__aiter__()
    assert await anext(iterator) == 0
    for _ in range(9):
        await anext(iterator)
    # The 11th item needs page 2, still in flight with pages 3-5; stop here instead.
    pending = asyncio.ensure_future(anext(iterator))
    await asyncio.sleep(0.05)
    pending.cancel()
    with pytest.raises(asyncio.CancelledError):
        await pending
    await iterator.aclose()  # type: ignore[attr-defined]
    assert server.in_flight == 0
    assert server.cancelled == 4


@pytest.mark.asyncio
async def test_a_failing_page_fails_the_iteration_and_cancels_the_others() -> None:
    server = FakeList(50, delays=dict.fromkeys(range(20, 50, 10), 0.5))

    async def fetch(offset: int, limit: int) -> Page[int]:
        if offset == 10:
            raise RuntimeError("page 2 broke")
        return await server.fetch(offset, limit)

    with pytest.raises(RuntimeError, match="page 2 broke"):
        await AsyncPager(fetch, page_size=10).all()
    assert server.in_flight == 0


@pytest.mark.parametrize(
    "kwargs", [{"page_size": 0}, {"page_size": 201}, {"concurrency": 0}, {"max_items": -1}]
)
def test_nonsense_options_are_refused(kwargs: dict[str, int]) -> None:
    async def fetch(offset: int, limit: int) -> Page[int]:
        raise AssertionError

    with pytest.raises(ValueError):
        AsyncPager(fetch, **kwargs)


@pytest.mark.asyncio
async def test_a_pager_can_be_read_twice() -> None:
    server = FakeList(7)
    pager = AsyncPager(server.fetch, page_size=3)
    assert await pager.all() == await pager.all() == list(range(7))


# ---------------------------------------------------------------------- cursor pages


def cursor_source(pages: list[list[str]]) -> tuple[list[str | None], CursorPager[str]]:
    asked: list[str | None] = []

    async def fetch(token: str | None) -> tuple[tuple[str, ...], str | None]:
        asked.append(token)
        index = 0 if token is None else int(token)
        following = str(index + 1) if index + 1 < len(pages) else None
        return tuple(pages[index]), following

    return asked, CursorPager(fetch)


@pytest.mark.asyncio
async def test_cursor_pages_are_followed_in_order() -> None:
    asked, pager = cursor_source([["a", "b"], ["c"], ["d", "e"]])
    assert await pager.all() == ["a", "b", "c", "d", "e"]
    assert asked == [None, "1", "2"]


@pytest.mark.asyncio
async def test_cursor_max_items() -> None:
    asked, pager = cursor_source([["a", "b"], ["c", "d"], ["e"]])
    limited = CursorPager(pager._fetch, max_items=3)
    assert await limited.all() == ["a", "b", "c"]
    assert asked == [None, "1"]


@pytest.mark.asyncio
async def test_a_repeated_cursor_does_not_loop_forever() -> None:
    calls = 0

    async def fetch(token: str | None) -> tuple[tuple[int, ...], str | None]:
        nonlocal calls
        calls += 1
        return (calls,), "same"

    assert await CursorPager(fetch).all() == [1, 2]
