"""Connectors: listing, lookups, live status changes, call for attention, active ticket."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import Session, connector_where, logged_in, problem, ticket_body

SEED_FIELDS = {
    "id",
    "uuid",
    "is_online",
    "has_wifi",
    "software_version",
    "hardware_version",
    "supports_doip",
    "vehicle_path_string",
    "vin_number",
    "product_description",
    "hardware_type",
}


@pytest.fixture
def api(sandbox: SandboxThread) -> Iterator[Session]:
    with logged_in(sandbox) as session:
        yield session


def test_every_sample_connector_is_listed_with_the_seed_fields(sandbox: SandboxThread, api: Session) -> None:
    listed = api.get(Op.CONNECTORS, {"limit": 200}).json()
    assert listed["total"] == len(sandbox.catalogue.connectors)
    by_id = {c["id"]: c for c in listed["result"]}
    for sample in sandbox.catalogue.connectors:
        wire = by_id[sample.id]
        assert set(wire) == SEED_FIELDS
        assert wire["uuid"] == sample.uuid
        assert wire["is_online"] == sample.is_online
        assert wire["supports_doip"] == sample.supports_doip
        # VINs are passed on as the connector read them, 16 characters included.
        assert wire["vin_number"] == sample.vin_number
        if sample.variant_id is not None:
            assert wire["vehicle_path_string"] == sandbox.state.index.vehicle_path_string(sample.variant_id)
            assert wire["vehicle_path_string"].count("#") == 3
        else:
            assert wire["vehicle_path_string"] == ""
    assert api.get(Op.CONNECTORS, {"limit": 3, "offset": 3}).json()["result"] == listed["result"][3:6]


def test_connector_by_id_and_by_uuid(sandbox: SandboxThread, api: Session) -> None:
    by_id = api.get(Op.CONNECTOR, connector_id=api.connector.id).json()
    by_uuid = api.get(Op.CONNECTOR_BY_UUID, connector_uuid=api.connector.uuid).json()
    assert by_id == by_uuid
    assert by_id["uuid"] == api.connector.uuid
    problem(api.get(Op.CONNECTOR, connector_id=1), 404, "connector-not-found")
    problem(
        api.get(Op.CONNECTOR_BY_UUID, connector_uuid="00000000-0000-4000-8000-000000000000"),
        404,
        "connector-not-found",
    )
    problem(api.get(Op.CONNECTOR_BY_UUID, connector_uuid="not-a-uuid"), 400, "invalid-request")


def test_admin_status_changes_show_in_the_api(sandbox: SandboxThread, api: Session) -> None:
    other = connector_where(sandbox.catalogue, lambda c: c.id != api.connector.id and c.is_online)
    changed = sandbox.admin.update_connector(
        other.id, is_online=False, vin_number="WVWZZZAUZGW041873", voltage=11.9
    )
    assert changed["is_online"] is False
    assert changed["voltage"] == 11.9
    wire = api.get(Op.CONNECTOR, connector_id=other.id).json()
    assert wire["is_online"] is False
    assert wire["vin_number"] == "WVWZZZAUZGW041873"
    # The path follows the VIN the connector now reads.
    vehicle = next(v for v in sandbox.catalogue.sample_vehicles if v.vin == "WVWZZZAUZGW041873")
    assert wire["vehicle_path_string"] == sandbox.state.index.vehicle_path_string(vehicle.variant_id)


def test_dismiss_call_for_attention(sandbox: SandboxThread, api: Session) -> None:
    sandbox.admin.update_connector(api.connector.id, call_for_attention=True)
    assert sandbox.state.connector_message(api.connector.id)["call_for_attention"] is True
    response = api.call(Op.DISMISS_CALL_FOR_ATTENTION, connector_uuid=api.connector.uuid)
    assert response.status_code == 204
    assert response.content == b""
    assert sandbox.state.connector_message(api.connector.id)["call_for_attention"] is False
    assert api.call(Op.DISMISS_CALL_FOR_ATTENTION, connector_uuid=api.connector.uuid).status_code == 204
    problem(
        api.call(Op.DISMISS_CALL_FOR_ATTENTION, connector_uuid="00000000-0000-4000-8000-000000000000"),
        404,
        "connector-not-found",
    )


def test_active_ticket_and_product_description(sandbox: SandboxThread, api: Session) -> None:
    problem(api.get(Op.ACTIVE_TICKET, connector_id=api.connector.id), 404, "no-active-ticket")
    assert api.get(Op.CONNECTOR, connector_id=api.connector.id).json()["product_description"] == ""
    body = ticket_body(sandbox.catalogue, api.connector)
    ticket = api.call(Op.CREATE_TICKET, json=body).json()
    assert api.get(Op.ACTIVE_TICKET, connector_id=api.connector.id).json()["id"] == ticket["id"]
    names = [sandbox.state.index.product(pid).name for pid in body["product_ids"]]  # type: ignore[union-attr]
    assert api.get(Op.CONNECTOR, connector_id=api.connector.id).json()["product_description"] == ", ".join(
        names
    )
    problem(api.get(Op.ACTIVE_TICKET, connector_id=999_999_999), 404, "connector-not-found")
