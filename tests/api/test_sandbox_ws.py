"""The sandbox's live-status websocket: authentication, subscriptions, pushes, errors and drops."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from app.domain.ticket_state import TicketState
from app.sandbox.runner import SandboxThread
from app.sandbox.ws import CLOSE_UNAUTHORIZED
from tests.api.test_sandbox_chat_support import ChatTicket, open_ticket, wait_for

_TICKET_FIELDS = {
    "id",
    "ticket_id",
    "ticket_uuid",
    "state",
    "connection_id",
    "connection_uuid",
    "cancelled_reason",
    "chat_state",
    "vehicle_model_id",
    "vehicle_model_variant_id",
    "vin",
    "is_script_composition_running",
    "schedule",
}


@pytest.fixture
def chat(sandbox: SandboxThread) -> Iterator[ChatTicket]:
    ticket = open_ticket(sandbox)
    yield ticket
    ticket.client.close()


def _send(ws: ClientConnection, frame: dict[str, Any] | str) -> None:
    ws.send(frame if isinstance(frame, str) else json.dumps(frame))


def _recv(ws: ClientConnection, timeout: float = 2.0) -> dict[str, Any]:
    frame: dict[str, Any] = json.loads(ws.recv(timeout=timeout))
    return frame


def _recv_action(ws: ClientConnection, action: str, timeout: float = 2.0) -> dict[str, Any]:
    """The next frame of ``action``, skipping periodic refreshes of other subscriptions."""
    deadline = time.monotonic() + timeout
    while True:
        frame = _recv(ws, max(0.01, deadline - time.monotonic()))
        if frame["action"] == action:
            return frame


def _silent(ws: ClientConnection, seconds: float) -> list[dict[str, Any]]:
    """Every frame that arrives within ``seconds``."""
    frames = []
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            frames.append(_recv(ws, left))
        except TimeoutError:
            break
    return frames


def _until_closed(ws: ClientConnection) -> ConnectionClosed:
    """Read (and drop) frames until the connection ends; how it ended."""
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        try:
            ws.recv(timeout=deadline - time.monotonic())
        except ConnectionClosed as closed:
            return closed
    raise AssertionError("the connection stayed open")


# ---------------------------------------------------------------------- authentication


@pytest.mark.parametrize("query", ["", "?access_token=", "?access_token=not-a-token"])
def test_a_socket_without_a_valid_token_is_closed_4401(sandbox: SandboxThread, query: str) -> None:
    with connect(sandbox.ws_url + query, open_timeout=5) as ws, pytest.raises(ConnectionClosed) as closed:
        ws.recv(timeout=2)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == CLOSE_UNAUTHORIZED
    assert closed.value.rcvd.reason == "unauthorized"


def test_an_expired_token_is_closed_with_its_reason(sandbox: SandboxThread, chat: ChatTicket) -> None:
    sandbox.admin.expire_tokens()
    with chat.websocket() as ws, pytest.raises(ConnectionClosed) as closed:
        ws.recv(timeout=2)
    assert closed.value.rcvd is not None
    assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (CLOSE_UNAUTHORIZED, "token-expired")


# ---------------------------------------------------------------------- subscriptions


def test_subscribing_to_a_ticket_answers_at_once_and_pushes_changes(
    sandbox: SandboxThread, chat: ChatTicket
) -> None:
    with chat.websocket() as ws:
        _send(ws, {"action": "subscribeToTicket", "ticket_id": chat.ticket_id})
        first = _recv(ws)
        assert first["action"] == "subscribeToTicket"
        assert set(first["message"]) == _TICKET_FIELDS
        assert first["message"]["ticket_id"] == chat.ticket_id
        assert first["message"]["state"] == TicketState.PENDING

        sandbox.admin.set_ticket_state(chat.ticket_id, TicketState.IN_PROGRESS)
        changed = _recv_action(ws, "subscribeToTicket")
        assert changed["message"]["state"] == TicketState.IN_PROGRESS
        assert changed["message"]["connection_uuid"]


def test_the_ticket_id_may_be_given_as_the_seeds_string(chat: ChatTicket) -> None:
    with chat.websocket() as ws:
        _send(ws, {"action": "subscribeToTicket", "ticket_id": str(chat.ticket_id)})
        assert _recv(ws)["message"]["id"] == chat.ticket_id


def test_connector_and_connection_subscriptions(sandbox: SandboxThread, chat: ChatTicket) -> None:
    chat.set_state(TicketState.IN_PROGRESS)
    connection_uuid = next(t for t in sandbox.admin.tickets() if int(t["id"]) == chat.ticket_id)[
        "connection_uuid"
    ]
    with chat.websocket() as ws:
        _send(ws, {"action": "subscribeToConnector", "connector_id": chat.connector_id})
        connector = _recv(ws)
        assert connector["action"] == "subscribeToConnector"
        assert connector["message"]["connector_id"] == chat.connector_id

        _send(ws, {"action": "subscribeToConnection", "connection_uuid": connection_uuid})
        connection = _recv_action(ws, "subscribeToConnection")
        assert connection["message"]["connection_uuid"] == connection_uuid
        assert connection["message"]["script_ui_available"] is True

        sandbox.admin.update_connector(chat.connector_id, voltage="11.9", call_for_attention=True)
        pushed = _recv_action(ws, "subscribeToConnector")
        assert pushed["message"]["voltage"] == pytest.approx(11.9)
        assert pushed["message"]["call_for_attention"] is True


def test_a_new_chat_message_is_pushed_to_the_tickets_subscribers(chat: ChatTicket) -> None:
    with chat.websocket() as ws:
        _send(ws, {"action": "subscribeToTicket", "ticket_id": chat.ticket_id})
        _recv(ws)
        sent = chat.send("The ignition is on.").json()
        pushed = _recv_action(ws, "channelMessage")
        assert pushed["message"] == sent


def test_refreshes_come_every_five_sandbox_seconds(sandbox: SandboxThread, chat: ChatTicket) -> None:
    with chat.websocket() as ws:
        _send(ws, {"action": "subscribeToTicket", "ticket_id": chat.ticket_id})
        _recv(ws)
        # At normal speed nothing more comes within a second ...
        assert _silent(ws, 0.6) == []
        # ... five sandbox seconds later a refresh does ...
        sandbox.admin.advance_clock(5)
        assert _recv(ws, 1.0)["action"] == "subscribeToTicket"
        # ... and a fast clock refreshes often, but never more often than every 0.2 s of real time.
        sandbox.admin.set_speed(100)
        started = time.monotonic()
        frames = _silent(ws, 1.25)
        elapsed = time.monotonic() - started
        # (At this speed the ticket also goes in progress and the operator speaks: pushes of changes.)
        refreshes = [f for f in frames if f["action"] == "subscribeToTicket"]
        changes = sum(
            1 for a, b in itertools.pairwise(refreshes) if a["message"]["state"] != b["message"]["state"]
        )
        assert 3 <= len(refreshes) <= elapsed / 0.2 + 1 + changes


def test_unsubscribing_stops_the_pushes(sandbox: SandboxThread, chat: ChatTicket) -> None:
    with chat.websocket() as ws:
        _send(ws, {"action": "subscribeToTicket", "ticket_id": chat.ticket_id})
        _recv(ws)
        _send(ws, {"action": "unsubscribeToTicket", "ticket_id": chat.ticket_id})
        time.sleep(0.1)
        sandbox.admin.set_speed(100)
        sandbox.admin.set_ticket_state(chat.ticket_id, TicketState.IN_PROGRESS)
        chat.send("nobody is listening")
        assert _silent(ws, 0.8) == []


def test_unsubscribing_one_kind_keeps_the_others(sandbox: SandboxThread, chat: ChatTicket) -> None:
    with chat.websocket() as ws:
        _send(ws, {"action": "subscribeToTicket", "ticket_id": chat.ticket_id})
        _send(ws, {"action": "subscribeToConnector", "connector_id": chat.connector_id})
        _recv_action(ws, "subscribeToConnector")
        _send(ws, {"action": "unsubscribeFromConnector", "connector_id": chat.connector_id})
        time.sleep(0.1)
        _silent(ws, 0.1)
        sandbox.admin.set_ticket_state(chat.ticket_id, TicketState.IN_PROGRESS)
        sandbox.admin.update_connector(chat.connector_id, voltage="12.1")
        frames = _silent(ws, 0.6)
        assert [f["action"] for f in frames] == ["subscribeToTicket"]


# ---------------------------------------------------------------------- bad frames


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ("{not json", "malformed-frame"),
        ("[1, 2]", "malformed-frame"),
        ({"ticket_id": 1}, "malformed-frame"),
        ({"action": "subscribeToEverything"}, "unknown-action"),
        ({"action": "subscribeToTicket"}, "malformed-frame"),
        ({"action": "subscribeToTicket", "ticket_id": -3}, "malformed-frame"),
        ({"action": "subscribeToTicket", "ticket_id": True}, "malformed-frame"),
        ({"action": "subscribeToTicket", "ticket_id": 987654}, "not-found"),
        ({"action": "subscribeToConnector", "connector_id": 1}, "not-found"),
        (
            {"action": "subscribeToConnection", "connection_uuid": "0f7d4c7e-0000-0000-0000-000000000000"},
            "not-found",
        ),
    ],
)
def test_a_bad_frame_gets_an_error_frame_and_the_socket_stays_open(
    chat: ChatTicket, frame: dict[str, Any] | str, code: str
) -> None:
    with chat.websocket() as ws:
        _send(ws, frame)
        error = _recv(ws)
        assert error["action"] == "error"
        assert error["message"]["code"] == code
        assert error["message"]["detail"]
        _send(ws, {"action": "subscribeToTicket", "ticket_id": chat.ticket_id})
        assert _recv(ws)["action"] == "subscribeToTicket"


def test_a_binary_frame_gets_an_error_frame(chat: ChatTicket) -> None:
    with chat.websocket() as ws:
        ws.send(b'{"action": "subscribeToTicket"}')
        assert _recv(ws)["message"]["code"] == "unsupported-frame"


# ---------------------------------------------------------------------- dropping


def test_drop_all_cuts_every_socket(sandbox: SandboxThread, chat: ChatTicket) -> None:
    with chat.websocket() as first, chat.websocket() as second:
        for ws in (first, second):
            _send(ws, {"action": "subscribeToTicket", "ticket_id": chat.ticket_id})
            _recv(ws)
        assert sandbox.app.state.ws_hub.count() == 2
        assert sandbox.admin.drop_websockets() == 2
        for ws in (first, second):
            # Cut, not closed: no close frame came (1006 on the client's side).
            assert _until_closed(ws).rcvd is None
    wait_for(lambda: sandbox.app.state.ws_hub.count() == 0)
    # A new socket works as before.
    with chat.websocket() as ws:
        _send(ws, {"action": "subscribeToTicket", "ticket_id": chat.ticket_id})
        assert _recv(ws)["action"] == "subscribeToTicket"


def test_a_socket_outlives_its_token(sandbox: SandboxThread, chat: ChatTicket) -> None:
    # Authorization happens at the handshake, as at an API gateway: an open socket keeps working.
    with chat.websocket() as ws:
        _send(ws, {"action": "subscribeToTicket", "ticket_id": chat.ticket_id})
        _recv(ws)
        sandbox.admin.expire_tokens()
        sandbox.admin.set_ticket_state(chat.ticket_id, TicketState.IN_PROGRESS)
        assert _recv_action(ws, "subscribeToTicket")["message"]["state"] == TicketState.IN_PROGRESS
