"""Parsing of live-status frames into typed events (pure: the socket tests are in test_live_sandbox.py)."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.api.live import Subscription, parse_frame
from app.api.live_models import (
    ChannelMessage,
    ConnectionUpdate,
    ConnectorUpdate,
    ControlMessage,
    ServerError,
    TicketUpdate,
    UnknownEvent,
)
from app.domain.ticket_state import TicketState

TICKET_MESSAGE = {
    "id": 12,
    "ticket_id": 12,
    "ticket_uuid": "416e4c77-4fc0-40ca-b5a5-95a12c4e84e8",
    "state": 2,
    "connection_id": 99,
    "connection_uuid": "6a1f0f4e-0a0b-4c1d-9d52-0c2f2a3e4b5c",
    "cancelled_reason": None,
    "chat_state": "open",
    "vehicle_model_id": 7,
    "vehicle_model_variant_id": 70,
    "vin": "VF1CN04054456164",
    "is_script_composition_running": False,
    "schedule": {"message": "Back at 14:00", "until": "2026-05-09T14:00:00"},
    "operator_language": "de",
}


def _frame(action: str, message: object) -> str:
    return json.dumps({"action": action, "message": message})


def test_ticket_frame() -> None:
    event = parse_frame(_frame("subscribeToTicket", TICKET_MESSAGE))
    assert isinstance(event, TicketUpdate)
    assert event.ticket_id == 12
    assert event.state is TicketState.IN_PROGRESS
    assert event.vin == "VF1CN04054456164"  # 16 characters: kept, never judged
    assert event.schedule is not None
    assert event.schedule.until == datetime(2026, 5, 9, 14, tzinfo=UTC)
    assert event.model_extra == {"operator_language": "de"}


def test_unknown_ticket_state_stays_a_number() -> None:
    event = parse_frame(_frame("subscribeToTicket", {**TICKET_MESSAGE, "state": 5}))
    assert isinstance(event, TicketUpdate)
    assert event.state == 5
    assert not isinstance(event.state, TicketState)


def test_ticket_id_sent_as_a_string() -> None:
    event = parse_frame(_frame("subscribeToTicket", {"ticket_id": "3", "state": "7"}))
    assert isinstance(event, TicketUpdate)
    assert event.ticket_id == 3
    assert event.state is TicketState.CLOSED


def test_connector_frame_keeps_the_voltage_exact() -> None:
    event = parse_frame(
        '{"action": "subscribeToConnector", "message": {"connector_id": 910329423, "is_online": true,'
        ' "vin_number": "", "voltage": 12.6, "call_for_attention": false}}'
    )
    assert isinstance(event, ConnectorUpdate)
    assert event.voltage == Decimal("12.6")
    assert event.vin_number == ""


def test_connection_frame_hides_its_url_from_repr() -> None:
    event = parse_frame(
        _frame(
            "subscribeToConnection",
            {
                "connection_uuid": "c-1",
                "script_ui_wss_url": "wss://ui.example/x?token=SECRET",
                "script_ui_available": True,
                "is_autonomous": False,
            },
        )
    )
    assert isinstance(event, ConnectionUpdate)
    assert event.script_ui_available is True
    assert "SECRET" not in repr(event)


def test_channel_message_frame() -> None:
    event = parse_frame(
        _frame(
            "channelMessage",
            {
                "channel_id": "12_416e4c77",
                "id": "m-1",
                "sender": "operator",
                "sender_name": "Sanne de Vries",
                "type": "attachment",
                "content": "report",
                "attachment": {"file_name": "r.txt", "file_reference": "/channel/12_416e4c77/u/r.txt"},
                "created_at": "2026-05-09T10:00:00+02:00",
            },
        )
    )
    assert isinstance(event, ChannelMessage)
    assert event.channel_id == "12_416e4c77"
    assert event.message.attachment is not None
    assert event.message.created_at == datetime(2026, 5, 9, 8, tzinfo=UTC)


def test_control_and_error_frames() -> None:
    control = parse_frame(_frame("controlMessage", {"channel_id": "12_x", "type": "ping"}))
    assert control == ControlMessage(channel_id="12_x", type="ping")
    error = parse_frame(_frame("error", {"detail": "not your ticket", "code": "not-found"}))
    assert isinstance(error, ServerError)
    assert error.detail == "not your ticket"


def test_a_gateway_error_without_action_is_a_server_error() -> None:
    event = parse_frame('{"message": "Internal server error", "connectionId": "abc="}')
    assert event == ServerError(detail="Internal server error")


def test_unknown_action_is_kept() -> None:
    event = parse_frame(_frame("subscribeToWeather", {"sunny": True}))
    assert event == UnknownEvent(action="subscribeToWeather", message={"sunny": True})


@pytest.mark.parametrize(
    "raw",
    [
        "not json",
        b"\xff\xfe",
        "[1, 2]",
        '{"no": "action"}',
        '{"action": 5}',
        _frame("subscribeToTicket", "a string"),
        _frame("subscribeToTicket", {"state": 2}),
        _frame("subscribeToConnector", {"connector_id": "many"}),
        _frame("channelMessage", {"channel_id": "c", "id": "1", "sender": "x", "created_at": "yesterday"}),
    ],
)
def test_malformed_frames_are_skipped_and_logged(raw: str | bytes, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="app.api.live"):
        assert parse_frame(raw) is None
    assert caplog.records


def test_a_malformed_frame_log_names_fields_not_values(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="app.api.live"):
        parse_frame(_frame("subscribeToConnection", {"connection_uuid": 5, "script_ui_wss_url": ["tok3n"]}))
    text = caplog.text
    assert "script_ui_wss_url" in text
    assert "tok3n" not in text


def test_subscription_frames_use_the_services_spelling() -> None:
    assert Subscription("connector", 5).frame() == {"action": "subscribeToConnector", "connector_id": 5}
    assert Subscription("connector", 5).frame(subscribe=False) == {
        "action": "unsubscribeFromConnector",
        "connector_id": 5,
    }
    assert Subscription("ticket", 9).frame(subscribe=False) == {
        "action": "unsubscribeToTicket",
        "ticket_id": 9,
    }
    assert Subscription("connection", "u").frame() == {
        "action": "subscribeToConnection",
        "connection_uuid": "u",
    }
