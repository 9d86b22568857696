"""HistoryService against the sandbox's seeded history: by VIN, by connector, the union, the detail, and
names that degrade instead of failing the list."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from app.api import CustomerApi
from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.sandbox.runner import SandboxThread
from app.services.errors import Failure, ServiceError
from app.services.history import HistoryRow, HistoryService
from app.services.pricing import Amount
from tests.api.conftest import build_order, requests_for
from tests.samples import GOLF_CONNECTOR_ID, GOLF_UUID, GOLF_VIN

_FINAL = {int(TicketState.CLOSED), int(TicketState.CANCELLED)}


@pytest.fixture
def history(api: CustomerApi) -> HistoryService:
    return HistoryService(api)


def _finished(sandbox: SandboxThread, **match: Any) -> set[int]:
    """The ids of the finished tickets whose admin record has every ``match`` value."""
    return {
        t["id"]
        for t in sandbox.admin.tickets()
        if t["state"] in _FINAL and all(t[key] == value for key, value in match.items())
    }


def _newest_first(rows: tuple[HistoryRow, ...]) -> bool:
    keys: list[tuple[datetime, datetime]] = []
    for row in rows:
        assert row.finished_at is not None
        assert row.created_at is not None
        keys.append((row.finished_at, row.created_at))
    return keys == sorted(keys, reverse=True)


async def _names_of(api: CustomerApi, model_id: int, variant_id: int) -> dict[int, str]:
    return {p.id: p.name for p in await api.products.list(model_id, variant_id).all()}


@pytest.mark.asyncio
async def test_the_tickets_of_a_vin_newest_first_with_names_and_totals(
    history: HistoryService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    rows = await history.tickets(vin=GOLF_VIN.lower())

    assert {row.id for row in rows} == _finished(sandbox, vin=GOLF_VIN)
    assert len(rows) == 2
    assert _newest_first(rows)
    raw = {t.id: t for t in await api.tickets.historical(vin=GOLF_VIN).all()}
    for row in rows:
        ticket = raw[row.id]
        assert ticket.vehicle_model_id is not None
        assert ticket.vehicle_model_variant_id is not None
        names = await _names_of(api, ticket.vehicle_model_id, ticket.vehicle_model_variant_id)
        assert row.vin == GOLF_VIN
        assert row.state == TicketState.CLOSED
        assert row.reference.startswith("Job ")
        assert row.product_names == tuple(names[line.product_id] for line in ticket.product_lines)
        # The catalogue's names without the production years it appends to the model and the variant.
        assert row.vehicle_title == "Volkswagen GOLF VIII (CD1) 2.0 TDI 110KW DTTA"
        assert ticket.total is not None
        assert ticket.total.net_price is not None
        assert row.total == Amount.of(ticket.total.net_price)
        assert row.total is not None
        assert row.total.money.amount > 0


@pytest.mark.asyncio
async def test_the_tickets_of_a_connector(history: HistoryService, sandbox: SandboxThread) -> None:
    rows = await history.tickets(connector_id=GOLF_CONNECTOR_ID)

    assert {row.id for row in rows} == _finished(sandbox, connector_id=GOLF_CONNECTOR_ID)
    assert rows
    assert {row.connector_id for row in rows} == {GOLF_CONNECTOR_ID}
    assert all(row.vin != GOLF_VIN for row in rows)  # this connector served another car before
    assert _newest_first(rows)


@pytest.mark.asyncio
async def test_vin_and_connector_together_give_the_union_once_each(
    history: HistoryService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    expected = _finished(sandbox, vin=GOLF_VIN) | _finished(sandbox, connector_id=GOLF_CONNECTOR_ID)
    # A new ticket of this car on this connector matches both filters: it must come once.
    golf = next(c for c in sandbox.admin.connectors() if c["uuid"] == GOLF_UUID)
    ticket = await api.tickets.create(await build_order(api, golf))
    sandbox.admin.set_ticket_state(ticket.id, int(TicketState.CLOSED))

    rows = await history.tickets(vin=GOLF_VIN, connector_id=GOLF_CONNECTOR_ID)

    assert [row.id for row in rows].count(ticket.id) == 1
    assert {row.id for row in rows} == expected | {ticket.id}
    assert rows[0].id == ticket.id  # the latest to finish
    assert _newest_first(rows)
    assert rows[0].reference == "Job 7"


@pytest.mark.asyncio
async def test_without_filters_the_whole_history_and_a_limit_keeps_the_newest(
    history: HistoryService, sandbox: SandboxThread
) -> None:
    everything = await history.tickets()
    assert {row.id for row in everything} == _finished(sandbox)
    assert _newest_first(everything)

    newest = await history.tickets(vin=GOLF_VIN, connector_id=GOLF_CONNECTOR_ID, limit=1)
    union = await history.tickets(vin=GOLF_VIN, connector_id=GOLF_CONNECTOR_ID)
    assert newest == union[:1]
    with pytest.raises(ValueError, match="positive"):
        await history.tickets(vin=GOLF_VIN, limit=0)


@pytest.mark.asyncio
async def test_a_text_that_is_no_vin_finds_nothing_without_a_request(
    history: HistoryService, sandbox: SandboxThread
) -> None:
    sandbox.admin.clear_requests()
    assert await history.tickets(vin="WVWZZZ") == ()
    assert await history.tickets(vin="") == ()
    assert sandbox.admin.requests() == []


@pytest.mark.asyncio
async def test_names_that_cannot_be_read_leave_the_list_whole_and_are_read_again_later(
    history: HistoryService, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path=Op.PRODUCTS.route.template, kind="status", status=500)
    sandbox.admin.add_fault(path="/v1/vehicles/model-variants/*", kind="status", status=503)

    degraded = await history.tickets(vin=GOLF_VIN)

    assert {row.id for row in degraded} == _finished(sandbox, vin=GOLF_VIN)
    assert all(row.vehicle_title == "" for row in degraded)
    # The lines' own descriptions stand in for the catalogue's names.
    assert all(row.product_names for row in degraded)

    sandbox.admin.clear_faults()
    whole = await history.tickets(vin=GOLF_VIN)
    assert all(row.vehicle_title.startswith("Volkswagen GOLF VIII") for row in whole)
    assert [row.id for row in whole] == [row.id for row in degraded]

    # Read once, then kept: another list of the same car asks the catalogue nothing.
    sandbox.admin.clear_requests()
    assert await history.tickets(vin=GOLF_VIN) == whole
    assert requests_for(sandbox, Op.PRODUCTS) == []
    assert requests_for(sandbox, Op.MODEL_VARIANT) == []
    history.clear_cache()
    await history.tickets(vin=GOLF_VIN)
    assert len(requests_for(sandbox, Op.MODEL_VARIANT)) == 1


@pytest.mark.asyncio
async def test_the_list_itself_failing_is_a_service_error(
    history: HistoryService, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path=Op.HISTORICAL_TICKETS.route.template, kind="status", status=503)
    with pytest.raises(ServiceError) as caught:
        await history.tickets(vin=GOLF_VIN, connector_id=GOLF_CONNECTOR_ID)
    assert caught.value.failure is Failure.SERVER


@pytest.mark.asyncio
async def test_the_detail_with_lines_totals_times_and_notes(
    history: HistoryService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    [newest, older] = await history.tickets(vin=GOLF_VIN)

    detail = await history.detail(older.id)

    assert detail.row == older
    raw = await api.tickets.historical_ticket(older.id)
    assert raw.vehicle_model_id is not None
    assert raw.vehicle_model_variant_id is not None
    names = await _names_of(api, raw.vehicle_model_id, raw.vehicle_model_variant_id)
    assert [line.product_id for line in detail.lines] == [line.product_id for line in raw.product_lines]
    assert [line.name for line in detail.lines] == [names[line.product_id] for line in raw.product_lines]
    for line in detail.lines:
        assert line.quantity == 1
        assert line.gross is not None
        assert line.net is not None
        assert line.net.money <= line.gross.money
        if line.discount is not None:
            assert line.gross.money - line.discount.money == line.net.money
    assert detail.sub_total is not None
    assert detail.total is not None
    currency = detail.total.money.currency
    line_sum = sum((line.net.money.amount for line in detail.lines if line.net), start=0)
    assert detail.sub_total.money.amount == line_sum
    fee = detail.fee.money.amount if detail.fee is not None else 0
    assert detail.total.money.amount == detail.sub_total.money.amount + fee
    assert detail.sub_total.money.currency == currency
    assert detail.voucher == ""
    record = next(t for t in sandbox.admin.tickets() if t["id"] == older.id)
    assert detail.odometer == record["odometer_reading"] > 0
    assert detail.row.created_at is not None
    assert detail.row.finished_at is not None
    assert detail.row.created_at < detail.row.finished_at
    [note] = detail.notes
    assert note.value.startswith("Work completed remotely: ")
    assert newest.id != older.id


@pytest.mark.asyncio
async def test_a_detail_without_its_notes_and_an_unfinished_ticket(
    history: HistoryService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    [row, *_] = await history.tickets(vin=GOLF_VIN)
    sandbox.admin.add_fault(path="/v1/tickets/*/notes", kind="status", status=500)

    detail = await history.detail(row.id)

    assert detail.notes == ()
    assert detail.lines
    sandbox.admin.clear_faults()
    golf = next(c for c in sandbox.admin.connectors() if c["uuid"] == GOLF_UUID)
    open_ticket = await api.tickets.create(await build_order(api, golf))
    with pytest.raises(ServiceError) as caught:
        await history.detail(open_ticket.id)
    assert caught.value.failure is Failure.NOT_FOUND


@pytest.mark.asyncio
async def test_the_names_of_an_open_order_come_through_the_same_cache(
    history: HistoryService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    found = await api.vehicles.search(GOLF_VIN)
    assert found is not None
    model_id, variant_id = found.model.id, found.model_variant.id
    names = await _names_of(api, model_id, variant_id)
    wanted = sorted(names)[:2]
    sandbox.admin.clear_requests()

    title, ordered = await history.order_names(model_id, variant_id, [*reversed(wanted), 999_999_999])
    again = await history.order_names(model_id, variant_id, wanted)

    assert title == "Volkswagen GOLF VIII (CD1) 2.0 TDI 110KW DTTA"
    assert ordered == tuple(names[i].strip() for i in reversed(wanted)), (
        "in the order's order; unknown ids left out"
    )
    assert again == (title, tuple(names[i].strip() for i in wanted))
    assert len(requests_for(sandbox, Op.MODEL_VARIANT)) == 1, "read once, then from the cache"
    assert await history.order_names(None, None, wanted) == ("", ())
