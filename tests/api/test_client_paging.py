"""Paging through real lists: later pages fetched concurrently, items yielded in list order."""

from __future__ import annotations

import time
from typing import Any

import pytest

from app.api import CustomerApi
from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from tests.api.conftest import requests_for

DELAY = 0.3


@pytest.mark.asyncio
async def test_pages_after_the_first_are_fetched_concurrently_and_yielded_in_order(
    logged_in: CustomerApi, sandbox: SandboxThread
) -> None:
    reference = await logged_in.vehicles.makes(page_size=200).all()
    assert len(reference) > 20, "the sample catalogue has enough makes for six pages"
    sandbox.admin.clear_requests()
    sandbox.admin.add_fault(path=Op.MAKES.route.path(), method="GET", kind="latency", delay=DELAY)

    started = time.monotonic()
    paged = [make async for make in logged_in.vehicles.makes(page_size=4)]
    elapsed = time.monotonic() - started

    assert [m.id for m in paged] == [m.id for m in reference]
    log = requests_for(sandbox, Op.MAKES)
    pages = -(-len(reference) // 4)
    assert len(log) == pages
    offsets = sorted(int(dict(p.split("=") for p in e["query"].split("&"))["offset"]) for e in log)
    assert offsets == list(range(0, len(reference), 4))
    # One page alone, then the rest four at a time: far below one delay per page.
    rounds = 1 + -(-(pages - 1) // 4)
    assert elapsed < (rounds + 1.5) * DELAY < pages * DELAY


@pytest.mark.asyncio
async def test_max_items_reads_only_what_is_needed(logged_in: CustomerApi, sandbox: SandboxThread) -> None:
    makes = await logged_in.vehicles.makes(page_size=5, max_items=7).all()
    assert len(makes) == 7
    limits = [
        int(dict(p.split("=") for p in e["query"].split("&"))["limit"])
        for e in requests_for(sandbox, Op.MAKES)
    ]
    assert sum(limits) == 7


@pytest.mark.asyncio
async def test_first_page_tells_the_total(logged_in: CustomerApi) -> None:
    page = await logged_in.vehicles.makes(page_size=3).first_page()
    assert len(page.result) == 3
    assert page.total > 3


@pytest.mark.asyncio
async def test_a_filtered_list_pages_with_its_filter(
    logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]
) -> None:
    found = await logged_in.vehicles.search(connector["vin_number"])
    assert found is not None
    whole = await logged_in.products.list(found.model.id, found.model_variant.id, page_size=200).all()
    paged = await logged_in.products.list(found.model.id, found.model_variant.id, page_size=7).all()
    assert [p.id for p in paged] == [p.id for p in whole]
    for entry in requests_for(sandbox, Op.PRODUCTS):
        assert f"vehicle_model_id={found.model.id}" in entry["query"]
