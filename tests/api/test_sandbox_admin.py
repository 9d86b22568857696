"""The ``/_sandbox/`` admin API through its sync and async clients."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from app.domain.contract.customer_api import Op, WsAction
from app.sandbox.admin_client import AsyncSandboxAdmin
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import Session, anonymous, logged_in, ticket_body

#: A small picture's bytes (a PNG signature and some body: the store keeps bytes, it does not decode them).
PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def open_ticket(api: Session, sandbox: SandboxThread) -> dict[str, Any]:
    """A new ticket of the session's connector."""
    created = api.call(Op.CREATE_TICKET, json=ticket_body(sandbox.catalogue, api.connector))
    assert created.status_code == 201, created.text
    ticket: dict[str, Any] = created.json()
    return ticket


def admin_ticket(sandbox: SandboxThread, ticket_id: int | str) -> dict[str, Any]:
    """The admin's record of a ticket (the API sends ids as strings, the admin as numbers)."""
    return next(t for t in sandbox.admin.tickets() if t["id"] == int(ticket_id))


def downloaded(sandbox: SandboxThread, api: Session, channel_id: str, file_reference: str) -> bytes:
    """An attachment's bytes, fetched as the client does: the API's presigned URL, then a plain GET."""
    answer = api.get(Op.GET_ATTACHMENT, params={"channel_id": channel_id, "file_reference": file_reference})
    assert answer.status_code == 200, answer.text
    with anonymous(sandbox) as http:
        response = http.get(answer.json()["download_url"])
    assert response.status_code == 200, response.text
    return response.content


def test_connectors_come_with_pincodes_and_labels(sandbox: SandboxThread) -> None:
    listed = sandbox.admin.connectors()
    assert [c["uuid"] for c in listed] == [c.uuid for c in sandbox.catalogue.connectors]
    for wire, sample in zip(listed, sandbox.catalogue.connectors, strict=True):
        assert wire["pincode"] == sample.pincode
        assert wire["label"] == sample.label
        assert wire["otp"] == sample.otp
        assert wire["voltage"] == float(sample.voltage)


def test_reset_restores_the_sample_state(sandbox: SandboxThread) -> None:
    with logged_in(sandbox) as api:
        assert (
            api.call(Op.CREATE_TICKET, json=ticket_body(sandbox.catalogue, api.connector)).status_code == 201
        )
    sandbox.admin.add_fault(path="/nowhere", kind="status")
    sandbox.admin.set_speed(50)
    seeded = len(sandbox.admin.tickets()) - 1
    sandbox.admin.reset()
    assert len(sandbox.admin.tickets()) == seeded
    assert all(t["state"] == 7 for t in sandbox.admin.tickets())
    assert sandbox.admin.faults() == []
    assert sandbox.admin.requests() == []
    assert sandbox.admin.clock()["speed"] == 1


def test_admin_refuses_bad_input(sandbox: SandboxThread) -> None:
    for call in (
        lambda: sandbox.admin.set_ticket_state(999_999, 7),
        lambda: sandbox.admin.set_ticket_state(sandbox.admin.tickets()[0]["id"], 5),
        lambda: sandbox.admin.update_connector(1, is_online=False),
        lambda: sandbox.admin.set_wallet("lots"),
        lambda: sandbox.admin.add_fault(kind="explode"),
        lambda: sandbox.admin.set_service_center("sleeping"),
    ):
        with pytest.raises(httpx.HTTPStatusError) as refused:
            call()
        assert refused.value.response.status_code in {400, 404}
        assert refused.value.response.headers["content-type"].startswith("application/problem+json")


def test_websockets_drop_and_objects_listing(sandbox: SandboxThread) -> None:
    assert sandbox.admin.objects() == []
    with logged_in(sandbox) as api:
        url = f"{sandbox.ws_url}?access_token={api.tokens['access_token']}"
        with connect(url, open_timeout=5) as socket:
            socket.send(json.dumps({"action": "subscribeToConnector", "connector_id": api.connector.id}))
            socket.recv(timeout=5)
            assert sandbox.admin.drop_websockets() == 1

            def read_until_closed() -> None:
                while True:
                    socket.recv(timeout=5)

            with pytest.raises(ConnectionClosed):
                read_until_closed()
    assert sandbox.admin.drop_websockets() == 0


@pytest.mark.asyncio
async def test_the_async_twin(sandbox: SandboxThread) -> None:
    async with AsyncSandboxAdmin(sandbox.base_url) as admin:
        await admin.add_fault(path="/v1/connectors", kind="status", status=502, times=1)
        async with httpx.AsyncClient(base_url=sandbox.base_url) as http:
            assert (await http.get("/v1/connectors")).status_code == 502
        assert [e["status"] for e in await admin.requests("/v1/connectors")] == [502]
        await admin.clear_requests()
        assert await admin.requests() == []
        assert await admin.expire_tokens() == 0
        connectors = await admin.connectors()
        assert len(connectors) == len(sandbox.catalogue.connectors)
        await admin.reset()
        assert (await admin.tickets()) == sandbox.admin.tickets()


def test_an_operator_message_with_a_file_is_pushed_listed_and_downloadable(sandbox: SandboxThread) -> None:
    with logged_in(sandbox) as api:
        ticket = open_ticket(api, sandbox)
        url = f"{sandbox.ws_url}?access_token={api.tokens['access_token']}"
        with connect(url, open_timeout=5) as socket:
            socket.send(json.dumps({"action": str(WsAction.SUBSCRIBE_TICKET), "ticket_id": ticket["id"]}))
            assert json.loads(socket.recv(timeout=5))["action"] == WsAction.SUBSCRIBE_TICKET
            posted = sandbox.admin.post_message(
                ticket["id"], "  Here is the wiring diagram. ", file_name="diagram.png", data=PICTURE
            )
            while (frame := json.loads(socket.recv(timeout=5)))["action"] != WsAction.CHANNEL_MESSAGE:
                pass
        assert frame["message"] == posted
        assert posted["sender"] == "operator"
        assert posted["sender_name"]
        assert posted["type"] == "attachment"
        assert posted["content"] == "Here is the wiring diagram."
        assert posted["attachment"]["file_name"] == "diagram.png"

        listed = api.get(Op.MESSAGES, channel_id=ticket["chat_id"]).json()["result"]
        assert listed == [posted]
        assert sandbox.admin.messages(ticket["id"]) == [posted]
        reference = posted["attachment"]["file_reference"]
        assert downloaded(sandbox, api, ticket["chat_id"], reference) == PICTURE
    (stored,) = [o for o in sandbox.admin.objects() if o["key"] == reference.lstrip("/")]
    assert stored["size"] == len(PICTURE)
    assert stored["sha256"] == hashlib.sha256(PICTURE).hexdigest()
    assert stored["content_type"] == "image/png"


def test_a_system_message_and_refused_posts(sandbox: SandboxThread) -> None:
    with logged_in(sandbox) as api:
        ticket = open_ticket(api, sandbox)
    system = sandbox.admin.post_message(ticket["id"], "The operator changed.", sender="system")
    assert (system["sender"], system["sender_name"], system["type"]) == ("system", None, "text")
    assert sandbox.admin.messages(ticket["id"]) == [system]

    with pytest.raises(ValueError, match="together"):
        sandbox.admin.post_message(ticket["id"], "no bytes", file_name="a.txt")
    with pytest.raises(httpx.HTTPStatusError) as missing:
        sandbox.admin.post_message(999_999, "Hello")
    assert missing.value.response.status_code == 404
    path = f"{sandbox.base_url}/_sandbox/tickets/{ticket['id']}/messages"
    encoded = base64.b64encode(b"x").decode()
    for body in (
        {"content": "   "},
        {"content": "x", "sender": "technician"},
        {"content": "x", "file_name": "a.txt"},
        {"content": "x", "file_name": "a.txt", "file_bytes_b64": "not base64!"},
        {"content": "x", "file_name": "../a.txt", "file_bytes_b64": encoded},
        {"content": "x", "unknown": 1},
    ):
        refused = httpx.post(path, json=body)
        assert refused.status_code == 400, body
        assert refused.headers["content-type"].startswith("application/problem+json")
    assert sandbox.admin.messages(ticket["id"]) == [system]


def test_notes_and_the_satisfaction_score_show_in_the_ticket_record(sandbox: SandboxThread) -> None:
    with logged_in(sandbox) as api:
        ticket = open_ticket(api, sandbox)
        record = admin_ticket(sandbox, ticket["id"])
        assert (record["csat"], record["notes"]) == (None, [])

        first = sandbox.admin.add_note(ticket["id"], "Fuse F12 replaced.", file_name="fuse.jpg", data=PICTURE)
        second = sandbox.admin.add_note(ticket["id"], "Battery tested: fine.")
        (attachment,) = first["attachments"]
        assert attachment["file_name"] == "fuse.jpg"
        assert second["attachments"] == []
        assert [n["id"] for n in admin_ticket(sandbox, ticket["id"])["notes"]] == [first["id"], second["id"]]

        listed = api.get(Op.TICKET_NOTES, ticket_id=ticket["id"]).json()["result"]
        assert [(n["id"], n["value"], n["attachments"]) for n in listed] == [
            (first["id"], "Fuse F12 replaced.", [attachment]),
            (second["id"], "Battery tested: fine.", []),
        ]
        assert downloaded(sandbox, api, ticket["chat_id"], attachment["file_reference"]) == PICTURE

        rated = api.call(
            Op.TICKET_CSAT, json={"score": 1, "comment": "Quick and clear."}, ticket_id=ticket["id"]
        )
        assert rated.status_code == 204, rated.text
    csat = admin_ticket(sandbox, ticket["id"])["csat"]
    assert (csat["score"], csat["comment"]) == (1, "Quick and clear.")
    assert csat["updated_at"]
    # A note's file is an attachment of the chat, not a message in it.
    assert sandbox.admin.messages(ticket["id"]) == []


@pytest.mark.asyncio
async def test_the_async_twin_posts_messages_and_notes(sandbox: SandboxThread) -> None:
    with logged_in(sandbox) as api:
        ticket = open_ticket(api, sandbox)
    async with AsyncSandboxAdmin(sandbox.base_url) as admin:
        posted = await admin.post_message(
            ticket["id"], "From the operator.", file_name="log.txt", data=b"OK\n"
        )
        assert await admin.messages(ticket["id"]) == [posted]
        note = await admin.add_note(ticket["id"], "Checked.")
    assert posted["attachment"]["file_name"] == "log.txt"
    assert admin_ticket(sandbox, ticket["id"])["notes"][0]["id"] == note["id"]
