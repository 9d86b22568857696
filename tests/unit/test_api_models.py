"""The wire models read the seed's own examples, exactly (money as Decimal, times aware, ids flat)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
from pydantic import ValidationError as PydanticValidationError

from app.api._http import decode_json
from app.api.live_models import ConnectorUpdate, TicketUpdate
from app.api.models import (
    Attachment,
    ChatMessage,
    ChatPage,
    Connector,
    CsatScore,
    Customer,
    EmployeeCreate,
    EmployeeUpdate,
    HistoricalTicket,
    Note,
    Page,
    PreparedTicket,
    Prerequisite,
    PrerequisiteAnswer,
    PriceCalculation,
    PriceRequest,
    Product,
    ProductBundle,
    ServiceCenterStatus,
    ServicedVehicle,
    Ticket,
    TicketCreate,
    TicketMetadata,
    TokenSet,
    Translation,
    User,
    VehicleSearchResult,
)
from app.domain.money import Money
from app.domain.ticket_state import TicketState

PRICE = '{"currency": "EUR", "value": 100, "localized_value": 110, "localized_currency": "GBP"}'
DISCOUNT = '{"type": "percentual", "percentage": 30.35, "price": ' + PRICE + "}"
TOTALS = '{"gross_price": ' + PRICE + ', "net_price": ' + PRICE + ', "total_discount": ' + DISCOUNT + "}"


def wire(text: str) -> Any:
    """The body as the client decodes it (decimals exact)."""
    return decode_json(httpx.Response(200, content=text.encode()))


SEED_TICKET = """{
  "id": "3", "uuid": "abcb2f39-7620-401a-8dab-ec2f6075ed8a", "vin": "JFL91010104591010",
  "vinNumber": "JFL91010104591010", "vehicle_model_id": 23423, "vehicle_model_variant_id": 23423,
  "product_ids": [[324234]], "chat_id": "2349283_416e4c77-4fc0-40ca-b5a5-95a12c4e84e8",
  "connector_id": 990001234, "state": 1
}"""

SEED_PRODUCT = (
    '{"id": 52351, "item_number": 100022, "name": "Remote Diagnostic Support",'
    ' "internal_name": "Airbag Module Replacement", "description": "Remote diagnostic support session.",'
    ' "is_favorite": true, "is_unattended": true, "gross_price": ' + PRICE + ', "net_price": ' + PRICE + ","
    ' "total_discount": ' + DISCOUNT + ', "original_equipment_service_fee": ' + PRICE + ","
    ' "price": {"price_original": 10, "price_final": 8, "partner_price": 9, "contains_discount": false,'
    ' "currency": "EUR"}}'
)


def test_the_seed_ticket() -> None:
    ticket = Ticket.model_validate(wire(SEED_TICKET))
    assert ticket.id == 3
    assert ticket.product_ids == (324234,)
    assert ticket.state is TicketState.PENDING
    assert ticket.is_active
    assert ticket.vin_number == "JFL91010104591010"
    assert ticket.channel_id == "2349283_416e4c77-4fc0-40ca-b5a5-95a12c4e84e8"
    assert ticket.model_dump(by_alias=True)["vinNumber"] == "JFL91010104591010"


def test_an_unknown_ticket_state_stays_a_number() -> None:
    data = json.loads(SEED_TICKET) | {"state": 5, "product_ids": [1, [2, [3]]]}
    ticket = Ticket.model_validate(data)
    assert ticket.state == 5
    assert not isinstance(ticket.state, TicketState)
    assert not ticket.is_active
    assert ticket.product_ids == (1, 2, 3)


def test_a_ticket_with_any_vin_is_read() -> None:
    ticket = Ticket.model_validate(json.loads(SEED_TICKET) | {"vin": "VF1CN0405445616", "vinNumber": ""})
    assert ticket.vehicle_vin == "VF1CN0405445616"


def test_the_seed_product_reads_prices_exactly() -> None:
    product = Product.model_validate(wire(SEED_PRODUCT))
    assert product.item_number == "100022"
    assert product.gross_price is not None
    assert product.gross_price.money == Money.of("100", "EUR")
    assert product.gross_price.localized_money == Money.of("110", "GBP")
    assert product.total_discount is not None
    assert product.total_discount.percentage == Decimal("30.35")
    assert product.price is not None
    assert product.price.price_final == Decimal(8)


def test_decimals_are_exact_from_the_wire() -> None:
    data = wire('{"currency": "EUR", "value": 0.1, "localized_value": 0.7460}')
    assert data["value"] == Decimal("0.1")
    assert isinstance(data["localized_value"], Decimal)


def test_the_seed_bundle_flattens_nested_product_ids() -> None:
    bundle = ProductBundle.model_validate(
        wire(
            '{"id": "5f3d760d-ade2-4a19-aea4-36e097678ae3", "product_group_id": 57182, "name": "Navigation",'
            ' "description": "Navigation", "reference": "01e2b527-c085-4d8a-ad02-715553d0becb",'
            ' "blocks": [{"optional": true, "product_ids": [[52351, 52352]]}, {"optional": false,'
            ' "product_ids": [52352, 7]}]}'
        )
    )
    assert bundle.blocks[0].product_ids == (52351, 52352)
    assert bundle.product_ids == (52351, 52352, 7)


def test_the_seed_prerequisite_reads_its_camel_case_option() -> None:
    prerequisite = Prerequisite.model_validate(
        wire(
            '{"id": 1, "name": "Battery charger", "description": "Check for battery",'
            ' "question": "Did you secure the vehicle\'s power supply?", "required": true, "type": "string",'
            ' "options": [{"id": 1, "productPrerequisiteId": 1, "value": "Left"}]}'
        )
    )
    assert prerequisite.options[0].product_prerequisite_id == 1
    assert prerequisite.options[0].value == "Left"


def test_the_seed_price_calculation() -> None:
    item = (
        '{"description": "string", "product_id": 52351, "product_item_number": 100022,'
        ' "product_name": "Remote Diagnostic Support", "product_is_unattended": true,'
        ' "gross_price": ' + PRICE + ', "net_price": ' + PRICE + ', "total_discount": ' + DISCOUNT + ","
        ' "original_equipment_service_fee": ' + PRICE + "}"
    )
    calculation = PriceCalculation.model_validate(
        wire(
            '{"voucher": "23MDU53", "voucher_discount": ' + DISCOUNT + ', "vehicle_model_id": 23423,'
            ' "vehicle_model_variant_id": 23423, "needs_confirmation_for_unattended_service": true,'
            ' "sub_total": ' + TOTALS + ', "voucher_sub_total": ' + TOTALS + ","
            ' "original_equipment_service_fee": ' + TOTALS + ', "total": ' + TOTALS + ","
            ' "items": [' + item + "]}"
        )
    )
    assert calculation.needs_confirmation_for_unattended_service
    assert calculation.total is not None
    assert calculation.total.net_price is not None
    assert calculation.total.net_price.money == Money.of("100", "EUR")
    assert calculation.items[0].product_item_number == "100022"


def test_the_seed_historical_ticket() -> None:
    line = (
        '{"product_id": 1234, "description": "Tow bar coding", "quantity": 2, "gross_price": ' + PRICE + ","
        ' "net_price": ' + PRICE + ', "total_discount": ' + DISCOUNT + ","
        ' "original_equipment_service_fee": ' + PRICE + ","
        ' "discounts": [{"product_id": 1234, "description": "Tow bar coding", "discount": ' + DISCOUNT + "}]}"
    )
    ticket = HistoricalTicket.model_validate(
        wire(
            '{"id": 7014044, "connector_id": 910101043, "state": 7, "vin": "JFL91010104591010",'
            ' "odometer_reading": 138853, "reference": "Licence plate", "voucher": "23MDU53",'
            ' "vehicle_model_id": 23423, "vehicle_model_variant_id": 23423, "sub_total": ' + TOTALS + ","
            ' "total": ' + TOTALS + ', "original_equipment_service_fee": ' + TOTALS + ","
            ' "product_lines": [' + line + '], "created_at": "2021-09-08T10:03:29+00:00",'
            ' "finished_at": "2021-09-08T10:03:29+00:00"}'
        )
    )
    assert ticket.state is TicketState.CLOSED
    assert ticket.product_lines[0].quantity == 2
    assert ticket.product_lines[0].discounts[0].discount is not None
    assert ticket.created_at == datetime(2021, 9, 8, 10, 3, 29, tzinfo=UTC)


def test_the_seed_vehicle_search_result() -> None:
    model = (
        '{"id": 23423, "name": "FOCUS - II (DA_, HCP, DP) (2004 - 2013)", "manufactured_from": "2019-09-08",'
        ' "manufactured_to": "2020-09-08", "vehicle_model_group_id": 0, "vehicle_model_group_name": "string",'
        ' "vehicle_make_id": 0, "vehicle_make_name": "string", "requires_doip": true}'
    )
    variant = (
        '{"id": 34234, "name": "1.4 59KW ASDA, ASDB (2004 - 2012)", "manufactured_from": "2019-09-08",'
        ' "manufactured_to": "2020-09-08", "vehicle_model_id": 0, "vehicle_model_name": "string",'
        ' "requires_doip": false}'
    )
    result = VehicleSearchResult.model_validate(
        wire(
            '{"make": {"id": 10, "name": "Ford"}, "model_group": {"id": 234, "name": "Focus",'
            ' "vehicle_make_id": 0, "vehicle_make_name": "string"}, "model": ' + model + ","
            ' "model_variant": ' + variant + "}"
        )
    )
    assert result.model.manufactured_from == date(2019, 9, 8)
    assert result.requires_doip


@pytest.mark.parametrize("vin", ["VF1CN04054456164", "", "VF1CN040544561640"])
def test_a_connector_keeps_whatever_vin_it_read(vin: str) -> None:
    connector = Connector.model_validate(
        {
            "id": 910329423,
            "uuid": "5f3d760d-ade2-4a19-aea4-36e097678ae3",
            "is_online": True,
            "supports_doip": True,
            "vehicle_path_string": "AUDI#100#100 - (44, 44Q, C3)#1.8 Quattro 65KW SH",
            "vin_number": vin,
            "hardware_type": "classic",
            "firmware_channel": "beta",
        }
    )
    assert connector.vin_number == vin
    assert connector.vehicle_path == ("AUDI", "100", "100 - (44, 44Q, C3)", "1.8 Quattro 65KW SH")
    assert connector.model_extra == {"firmware_channel": "beta"}


CONNECTOR = {
    "id": 910329423,
    "uuid": "5f3d760d-ade2-4a19-aea4-36e097678ae3",
    "is_online": True,
    "supports_doip": True,
    "vin_number": "VF1CN040544561640",
}

#: What the server may send as a VIN: null, nothing, 16 characters (real connector data), small letters.
ODD_VINS = [None, "", "VF1CN04054456164", "wvwzzz1kzaw000001"]


@pytest.mark.parametrize("vin", ODD_VINS)
def test_a_connector_or_serviced_vehicle_takes_any_vin_null_as_empty(vin: str | None) -> None:
    as_text = "" if vin is None else vin
    assert Connector.model_validate(CONNECTOR | {"vin_number": vin}).vin_number == as_text
    serviced = ServicedVehicle.model_validate({"vin": vin, "make_name": "Renault"})
    assert serviced.vin == as_text
    assert ServicedVehicle.model_validate({"make_name": "Renault"}).vin == ""


@pytest.mark.parametrize("vin", ODD_VINS)
def test_tickets_and_live_updates_take_any_vin_null_as_none(vin: str | None) -> None:
    ticket = Ticket.model_validate(json.loads(SEED_TICKET) | {"vin": vin, "vinNumber": vin})
    assert (ticket.vin, ticket.vin_number) == (vin, vin)
    prepared = PreparedTicket.model_validate({"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "vin": vin})
    assert prepared.vin == vin
    assert HistoricalTicket.model_validate({"id": 7, "state": 7, "vin": vin}).vin == vin
    assert TicketUpdate.model_validate({"ticket_id": 7, "vin": vin}).vin == vin
    assert ConnectorUpdate.model_validate({"connector_id": 1, "vin_number": vin}).vin_number == vin


def test_a_vin_sent_as_a_number_is_read_as_text() -> None:
    assert Connector.model_validate(CONNECTOR | {"vin_number": 1234567}).vin_number == "1234567"
    assert ServicedVehicle.model_validate({"vin": 1234567}).vin == "1234567"
    assert TicketUpdate.model_validate({"ticket_id": 7, "vin": 1234567}).vin == "1234567"
    assert ConnectorUpdate.model_validate({"connector_id": 1, "vin_number": 1234567}).vin_number == "1234567"


def test_one_connector_without_a_vin_does_not_spoil_its_page() -> None:
    page = Page[Connector].model_validate(
        {
            "result": [CONNECTOR, CONNECTOR | {"id": 910329424, "vin_number": None}],
            "total": 2,
            "offset": 0,
            "limit": 100,
        }
    )
    assert [c.vin_number for c in page.result] == ["VF1CN040544561640", ""]


def test_the_seed_user_reads_the_wallet_balance_string_exactly() -> None:
    user = User.model_validate(
        wire(
            '{"id": "0777bdfc-e9de-4a02-8958-46b3d36015ce", "first_name": "John", "middle_name": "Edeward",'
            ' "last_name": "Doe", "client": {"name": "Garage John Doe", "reference": "Garage john doe",'
            ' "allow_tickets_without_product": false, "address": {"country": "NL", "locality": "Zevenbergen",'
            ' "street": "main street 12a", "postal_code": "7777 AZ"}}, "service_provider": {"id": 71,'
            ' "name": "Partner X", "has_prepaid_wallet": true,'
            ' "prepaid_wallet_settings": {"balance": "120.10"},'
            ' "payment_by_prepaid_balance": true, "service_center": {"is_open": true,'
            ' "tickets_scheduler_active_until": "2021-09-08T10:03:29+00:00",'
            ' "tickets_scheduler_enabled": true,'
            ' "tickets_scheduler_message": "Ticket scheduling will be resumed tomorrow",'
            ' "service_message": "We are open for service", "service_message_active": true},'
            ' "currency": "EUR", "ui": {"company_name": "Garage John Doe",'
            ' "portal_header_background_color": "#fff", "theme_color": "#00aeef"}}}'
        )
    )
    assert user.full_name == "John Edeward Doe"
    assert user.service_provider is not None
    assert user.service_provider.wallet_balance == Money.of("120.10", "EUR")
    assert user.service_provider.ui is not None
    assert user.service_provider.ui.theme_color == "#00aeef"


def test_the_seed_customer_reads_numbers_as_text() -> None:
    customer = Customer.model_validate(
        wire('{"name": "Autodiagnose Vogels", "reference": 213432, "phone": 31651226913, "currency": "EUR"}')
    )
    assert customer.reference == "213432"
    assert customer.phone == "31651226913"


def test_service_center_status_times_become_utc() -> None:
    status = ServiceCenterStatus.model_validate(
        {"state": "opened", "ends_at": "2023-05-22T12:44:36+0200", "message": "High demand"}
    )
    assert status.is_open
    assert status.ends_at == datetime(2023, 5, 22, 10, 44, 36, tzinfo=UTC)


def test_an_unknown_service_center_state_is_kept() -> None:
    status = ServiceCenterStatus.model_validate({"state": "maintenance"})
    assert status.state == "maintenance"
    assert not status.is_open


def test_a_naive_time_is_taken_as_utc() -> None:
    message = ChatMessage.model_validate(
        {
            "channel_id": "c",
            "id": 12,
            "sender": "operator",
            "content": "Hi",
            "created_at": "2025-01-02T03:04:05",
        }
    )
    assert message.created_at.tzinfo is not None
    assert message.created_at == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert message.id == "12"


def test_a_chat_page_and_a_note() -> None:
    page = ChatPage.model_validate(
        {
            "result": [
                {
                    "channel_id": "c",
                    "id": "m1",
                    "sender": "technician",
                    "type": "attachment",
                    "content": "",
                    "attachment": {"file_name": "dash.jpg", "file_reference": "/channel/c/u/dash.jpg"},
                    "created_at": "2025-01-02T03:04:05Z",
                }
            ],
            "next_token": None,
        }
    )
    assert page.result[0].attachment is not None
    assert page.result[0].attachment.file_name == "dash.jpg"
    note = Note.model_validate(
        {
            "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
            "ticket_id": 0,
            "value": "string",
            "created_at": "2019-08-24T14:15:22Z",
            "updated_at": "2019-08-24T14:15:22Z",
            "attachments": [{"file_name": "r.txt", "file_reference": "/channel/x/y/r.txt"}],
        }
    )
    assert note.attachments[0].file_reference == "/channel/x/y/r.txt"


def test_secrets_stay_out_of_reprs() -> None:
    tokens = TokenSet(
        id_token="id-secret-1", access_token="access-secret-2", refresh_token="refresh-secret-3"
    )
    attachment = Attachment(
        file_name="a.txt", file_reference="/channel/a", upload_url="https://s/a?signature=sig-secret-4"
    )
    for text in (repr(tokens), str(tokens), repr(attachment), str(attachment)):
        for secret in ("id-secret-1", "access-secret-2", "refresh-secret-3", "sig-secret-4"):
            assert secret not in text


def test_the_ticket_request_matches_the_seed_body() -> None:
    request = TicketCreate(
        vin="JFL91010104391010",
        vehicle_model_id=284841,
        vehicle_model_variant_id=284841,
        connector_id=910101043,
        voucher="234MD23",
        product_ids=(52351, 52352),
        product_prerequisites=(PrerequisiteAnswer(definition_id=1, value=True),),  # type: ignore[arg-type]
        metadata=TicketMetadata(app_version="1.16.6", locale="nl_NL", latitude="51.985104"),
        prepared_ticket_id="ca09a970-6519-4280-b6a6-65727e2894e3",
        reference="aa-bb-12",
        confirmed_unattended_service=True,
    )
    body = request.to_wire()
    assert body["product_ids"] == [52351, 52352]
    assert body["product_prerequisites"] == [{"definition_id": 1, "value": "true"}]
    assert body["metadata"]["app_name"] == "Workbay"
    assert body["metadata"]["latitude"] == "51.985104"
    assert body["metadata"]["vin_is_found_by_reader"] is False
    assert "device_model" not in body["metadata"]
    assert body["confirmed_unattended_service"] is True
    assert json.loads(json.dumps(body)) == body


def test_float_coordinates_are_sent_without_binary_noise() -> None:
    assert TicketMetadata(latitude=51.985104).latitude == "51.985104"  # type: ignore[arg-type]


def test_a_price_request_leaves_out_what_is_not_set() -> None:
    body = PriceRequest(vehicle_model_id=1, vehicle_model_variant_id=2, product_ids=(3,)).to_wire()
    assert body == {"vehicle_model_id": 1, "vehicle_model_variant_id": 2, "product_ids": [3]}


def test_nulls_that_mean_something_are_sent() -> None:
    assert CsatScore(score=1).to_wire() == {"score": 1, "comment": None}
    assert EmployeeCreate(given_name="John", family_name="Smith").to_wire()["username"] is None
    assert "enabled" not in EmployeeUpdate(given_name="J", family_name="S").to_wire()


@pytest.mark.parametrize("score", [-2, 2])
def test_csat_outside_minus_one_to_one_is_refused(score: int) -> None:
    with pytest.raises(PydanticValidationError):
        CsatScore(score=score)


def test_a_translation_and_a_prepared_ticket() -> None:
    translation = Translation.model_validate(
        {"message": {"original": "Hello world!", "translated": "Hallo Welt!"}, "target_language": "de"}
    )
    assert translation.text == "Hallo Welt!"
    untranslated = Translation.model_validate({"message": {"original": "Hm"}, "target_language": "de"})
    assert untranslated.text == "Hm"
    prepared = PreparedTicket.model_validate(
        {
            "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
            "vin": "JFL91010104591010",
            "vehicle_model_id": 32443,
            "vehicle_model_variant_id": 0,
            "product_lines": [{"product_id": 234234, "name": "Remote diagnostics"}],
        }
    )
    assert prepared.product_ids == (234234,)


def test_a_page_knows_where_the_next_one_starts() -> None:
    page = Page[int].model_validate({"result": [1, 2], "total": 5, "offset": 2, "limit": 2})
    assert page.next_offset == 4
    assert Page[int].model_validate({"result": [5], "total": 5, "offset": 4, "limit": 2}).next_offset is None


def test_models_are_immutable() -> None:
    ticket = Ticket.model_validate(json.loads(SEED_TICKET))
    with pytest.raises(PydanticValidationError):
        ticket.state = 7  # type: ignore[misc]
