"""Every operation of the route table, called through the typed client against the sandbox.

One walk through a technician's whole day (and the office's), asserting each answer, then the sandbox's
request log proves that every (method, path template) of ``Op`` was sent by the client.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.api import CustomerApi
from app.api.models import CustomerUpdate, EmployeeCreate, EmployeeUpdate, PriceRequest
from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.sandbox.runner import SandboxThread
from tests.api.conftest import build_order, entries_for


async def _auth(api: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]) -> None:
    reset = await api.auth.forgot_password("werkstatt@example.com")
    assert reset.method == "SESSION"
    with_otp = next(c for c in sandbox.admin.connectors() if c["otp"])
    assert (await api.auth.login_otp(with_otp["otp"])).access_token
    with pytest.warns(DeprecationWarning, match="deprecated"):
        await api.auth.login_connector_id(connector["id"], connector["pincode"])
    await api.auth.login_pincode(connector["uuid"], connector["pincode"])
    before = api.auth.bearer()
    await api.auth.refresh()
    assert api.auth.bearer() != before
    assert api.auth.is_authenticated


async def _connectors(api: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]) -> None:
    connectors = await api.connectors.list(page_size=3).all()
    assert {c.id for c in connectors} == {c["id"] for c in sandbox.admin.connectors()}
    by_id = await api.connectors.get(connector["id"])
    by_uuid = await api.connectors.get_by_uuid(connector["uuid"])
    assert by_id == by_uuid
    assert by_id.vin_number == connector["vin_number"]
    sandbox.admin.update_connector(connector["id"], call_for_attention=True)
    await api.connectors.dismiss_call_for_attention(connector["uuid"])
    assert (
        next(c for c in sandbox.admin.connectors() if c["id"] == connector["id"])["call_for_attention"]
        is False
    )
    assert await api.connectors.active_ticket(connector["id"]) is None


async def _vehicles(api: CustomerApi, connector: dict[str, Any]) -> tuple[int, int]:
    found = await api.vehicles.search(connector["vin_number"])
    assert found is not None
    makes = await api.vehicles.makes().all()
    assert found.make.id in {m.id for m in makes}
    groups = await api.vehicles.model_groups(found.make.id).all()
    assert found.model_group.id in {g.id for g in groups}
    assert (await api.vehicles.model_group(found.model_group.id)).name == found.model_group.name
    models = await api.vehicles.models(found.model_group.id).all()
    assert found.model.id in {m.id for m in models}
    assert (await api.vehicles.model(found.model.id)).requires_doip == found.model.requires_doip
    variants = await api.vehicles.model_variants(found.model.id).all()
    assert found.model_variant.id in {v.id for v in variants}
    assert (await api.vehicles.model_variant(found.model_variant.id)).name == found.model_variant.name
    serviced = await api.vehicles.serviced().all()
    stamps = [v.last_serviced_at for v in serviced if v.last_serviced_at is not None]
    assert stamps == sorted(stamps, reverse=True)
    return found.model.id, found.model_variant.id


async def _products(api: CustomerApi, model_id: int, variant_id: int) -> None:
    groups = await api.products.groups(model_id, variant_id).all()
    assert groups
    bundles = await api.products.bundles(model_id, variant_id).all()
    assert all(bundle.blocks for bundle in bundles)
    products = await api.products.list(model_id, variant_id, product_group_id=groups[0].id).all()
    favourite = products[0]
    await api.products.add_favorite(favourite)
    favourites = await api.products.list(model_id, variant_id, is_favorite=True).all()
    assert favourite.id in {p.id for p in favourites}
    await api.products.remove_favorite(favourite.id)
    favourites = await api.products.list(model_id, variant_id, is_favorite=True).all()
    assert favourite.id not in {p.id for p in favourites}
    prerequisites = await api.products.prerequisites(model_id, variant_id, [p.id for p in products]).all()
    assert all(p.question for p in prerequisites)


async def _tickets(api: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]) -> str:
    order = await build_order(api, connector)
    price = await api.cart.calculate_prices(
        PriceRequest(
            vehicle_model_id=order.vehicle_model_id,
            vehicle_model_variant_id=order.vehicle_model_variant_id,
            product_ids=order.product_ids,
            vin=order.vin,
        )
    )
    assert price.total is not None
    assert price.total.net_price is not None
    assert price.total.net_price.value > Decimal(0)
    ticket = await api.tickets.create(order)
    assert ticket.state is TicketState.PENDING
    assert set(ticket.product_ids) == set(order.product_ids)
    assert [t["id"] for t in sandbox.admin.tickets() if t["state"] == 1] == [ticket.id]
    prepared = await api.tickets.prepared(connector["vin_number"]).all()
    assert all(p.vin == connector["vin_number"] for p in prepared)
    history = await api.tickets.historical(vin=connector["vin_number"]).all()
    assert history
    closed = await api.tickets.historical_ticket(history[0].id)
    assert closed.id == history[0].id
    assert closed.state is TicketState.CLOSED
    notes = await api.tickets.notes(closed.id).all()
    assert all(note.value for note in notes)
    await api.tickets.set_csat(closed.id, 1, comment="Quick and friendly")
    assert ticket.chat_id is not None
    return ticket.chat_id


async def _company(api: CustomerApi) -> None:
    me = await api.users.me()
    assert me.service_provider is not None
    assert me.service_provider.wallet_balance is not None
    employees = await api.employees.list().all()
    created = await api.employees.create(
        EmployeeCreate(
            given_name="Freja",
            family_name="Holm",
            username="freja.holm@example.com",
            correspondence_locale="da-DK",
        )
    )
    assert created.id not in {e.id for e in employees}
    assert (await api.employees.get(created.id)).username == "freja.holm@example.com"
    assert (await api.employees.get()).id in {e.id for e in employees}
    changed = await api.employees.update(
        created.id,
        EmployeeUpdate(given_name="Freja", family_name="Holm-Berg", username="freja.holm@example.com"),
    )
    assert changed.family_name == "Holm-Berg"
    customer = await api.customers.me()
    updated = await api.customers.update(CustomerUpdate(city="Aarhus"))
    assert updated.city == "Aarhus"
    assert updated.name == customer.name
    assert (await api.customers.branding()).branding_name
    assert (await api.service_center.get()).name
    assert (await api.service_center.status()).is_open


async def _chat(api: CustomerApi, channel_id: str, tmp_path: Path) -> None:
    translation = await api.chat.translate("Thank you", "de")
    assert translation.target_language == "de"
    await api.chat.send_control_message(channel_id)
    photo = tmp_path / "dashboard.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    attachment = await api.chat.upload_attachment(channel_id, photo)
    sent = await api.chat.send_message(channel_id, "Dashboard photo", attachment=attachment)
    assert sent.attachment is not None
    assert sent.attachment.file_reference == attachment.file_reference
    copy = tmp_path / "copy.jpg"
    written = await api.chat.download_attachment(channel_id, attachment.file_reference, copy)
    assert written == photo.stat().st_size
    assert copy.read_bytes() == photo.read_bytes()
    messages = await api.chat.messages(channel_id).all()
    assert sent.id in {m.id for m in messages}


@pytest.mark.asyncio
async def test_every_operation_goes_through_the_client(
    api: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any], tmp_path: Path
) -> None:
    await _auth(api, sandbox, connector)
    await _connectors(api, sandbox, connector)
    model_id, variant_id = await _vehicles(api, connector)
    await _products(api, model_id, variant_id)
    channel_id = await _tickets(api, sandbox, connector)
    await _company(api)
    await _chat(api, channel_id, tmp_path)

    log = sandbox.admin.requests()
    missing = [op.name for op in Op if not entries_for(log, op)]
    assert missing == []
    anonymous = {op.route.template for op in Op if op.route.anonymous}
    for entry in log:
        if entry["path"] in anonymous:
            assert entry["authorization_kind"] == "none", entry
    object_requests = [entry for entry in log if entry["path"].startswith("/_objects/")]
    assert object_requests
    assert all(entry["authorization_kind"] == "none" for entry in object_requests)
