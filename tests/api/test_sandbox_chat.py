"""The sandbox's chat operations over HTTP: messages, paging, attachments, translation, control messages."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator

import httpx
import pytest

from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.sandbox.runner import SandboxThread
from tests.api.test_sandbox_chat_support import ChatTicket, open_ticket, plain_client, presigned


@pytest.fixture
def chat(sandbox: SandboxThread) -> Iterator[ChatTicket]:
    # A pending ticket: its chat is open, and the simulated operator is not on it yet (stays quiet).
    ticket = open_ticket(sandbox)
    yield ticket
    ticket.client.close()


def _problem_type(answer: httpx.Response) -> str:
    assert answer.headers["content-type"].startswith("application/problem+json")
    return str(answer.json()["type"]).rsplit("/", 1)[-1]


# ---------------------------------------------------------------------- messages


def test_messages_page_oldest_first_through_next_token(chat: ChatTicket) -> None:
    sent = [f"Message number {n}" for n in range(7)]
    for text in sent:
        assert chat.send(text).status_code == 201

    pages: list[list[str]] = []
    token: str | None = None
    while True:
        params: dict[str, object] = {"limit": 3}
        if token is not None:
            params["next_token"] = token
        answer = chat.messages(**params)
        assert answer.status_code == 200
        body = answer.json()
        pages.append([m["content"] for m in body["result"]])
        token = body["next_token"]
        if token is None:
            break

    assert pages == [sent[0:3], sent[3:6], sent[6:7]]


def test_an_exact_last_page_has_no_next_token(chat: ChatTicket) -> None:
    for n in range(4):
        chat.send(f"m{n}")
    first = chat.messages(limit=2).json()
    second = chat.messages(limit=2, next_token=first["next_token"]).json()
    assert [m["content"] for m in second["result"]] == ["m2", "m3"]
    assert second["next_token"] is None


def test_an_empty_channel_has_an_empty_first_page(chat: ChatTicket) -> None:
    assert chat.messages().json() == {"result": [], "next_token": None}


@pytest.mark.parametrize("limit", [0, 201, -1])
def test_page_size_out_of_bounds_is_refused(chat: ChatTicket, limit: int) -> None:
    answer = chat.messages(limit=limit)
    assert answer.status_code == 400
    assert answer.json()["invalid_params"][0]["name"] == "limit"


@pytest.mark.parametrize("token", ["garbage!", "eyJ4IjoxfQ", "e30"])
def test_a_garbled_next_token_is_refused(chat: ChatTicket, token: str) -> None:
    answer = chat.messages(next_token=token)
    assert answer.status_code == 400
    assert answer.json()["invalid_params"][0]["name"] == "next_token"


def test_a_next_token_only_works_on_its_own_channel(sandbox: SandboxThread, chat: ChatTicket) -> None:
    for n in range(3):
        chat.send(f"m{n}")
    token = chat.messages(limit=1).json()["next_token"]
    sandbox.admin.set_ticket_state(chat.ticket_id, TicketState.CANCELLED)
    other = open_ticket(sandbox)
    try:
        answer = other.messages(next_token=token)
        assert answer.status_code == 400
    finally:
        other.client.close()


def test_a_sent_message_has_the_documented_shape(chat: ChatTicket) -> None:
    answer = chat.send("  The ignition is on.  ")
    assert answer.status_code == 201
    message = answer.json()
    assert message["channel_id"] == chat.channel_id
    assert message["sender"] == "technician"
    assert message["sender_name"] is None
    assert message["type"] == "text"
    assert message["content"] == "The ignition is on."
    assert message["attachment"] is None
    assert message["created_at"].endswith(("Z", "+00:00"))
    assert chat.all_messages() == [message]


@pytest.mark.parametrize(
    "body",
    [{"content": ""}, {"content": "   \n "}, {"content": "x" * 4001}, {"content": "bell\x07"}, {}],
)
def test_invalid_message_bodies_are_refused(chat: ChatTicket, body: dict[str, object]) -> None:
    answer = chat.client.post(Op.SEND_MESSAGE.route.path(channel_id=chat.channel_id), json=body)
    assert answer.status_code == 400
    assert _problem_type(answer) == "invalid-request"
    assert chat.all_messages() == []


def test_the_longest_message_is_accepted(chat: ChatTicket) -> None:
    assert chat.send("y" * 4000).status_code == 201


def test_an_unknown_channel_is_not_found(chat: ChatTicket) -> None:
    for answer in (
        chat.client.get(Op.MESSAGES.route.path(channel_id="999_nope")),
        chat.client.post(Op.SEND_MESSAGE.route.path(channel_id="999_nope"), json={"content": "hi"}),
        chat.client.post(Op.SEND_CONTROL_MESSAGE.route.path(channel_id="999_nope")),
        chat.client.post(
            Op.CREATE_ATTACHMENT.route.path(), params={"channel_id": "999_nope"}, json={"file_name": "a"}
        ),
    ):
        assert answer.status_code == 404
        assert _problem_type(answer) == "channel-not-found"


def test_chat_routes_need_a_valid_token(sandbox: SandboxThread, chat: ChatTicket) -> None:
    anonymous = plain_client(sandbox.base_url)
    with anonymous:
        assert anonymous.get(Op.MESSAGES.route.path(channel_id=chat.channel_id)).status_code == 401
        translate = {"message": {"original": "Hello world!"}, "target_language": "de"}
        assert anonymous.post(Op.TRANSLATE.route.path(), json=translate).status_code == 401
    sandbox.admin.expire_tokens()
    answer = chat.messages()
    assert answer.status_code == 401
    assert _problem_type(answer) == "token-expired"


def test_a_closed_chat_takes_no_more_messages(sandbox: SandboxThread, chat: ChatTicket) -> None:
    chat.send("before the end")
    sandbox.admin.set_ticket_state(chat.ticket_id, TicketState.CANCELLED)
    for answer in (
        chat.send("after the end"),
        chat.client.post(Op.SEND_CONTROL_MESSAGE.route.path(channel_id=chat.channel_id)),
        chat.create_attachment("late.jpg"),
    ):
        assert answer.status_code == 409
        assert _problem_type(answer) == "chat-closed"
    assert "before the end" in [m["content"] for m in chat.all_messages()]


# ---------------------------------------------------------------------- attachments


def test_attachment_upload_message_and_download_round_trip(sandbox: SandboxThread, chat: ChatTicket) -> None:
    data = os.urandom(300_000) + b"\x00" * 1000
    digest = hashlib.sha256(data).hexdigest()
    created = chat.create_attachment("Dashboard photo (1).jpg")
    assert created.status_code == 201
    attachment = created.json()
    assert attachment["file_name"] == "Dashboard photo (1).jpg"
    assert attachment["file_reference"].startswith(f"/channel/{chat.channel_id}/")
    assert attachment["file_reference"].endswith("/Dashboard photo (1).jpg")
    assert attachment["upload_url"].startswith(f"{sandbox.base_url}/_objects/")
    assert "signature=" in attachment["upload_url"]

    put = presigned("PUT", attachment["upload_url"], content=data, headers={"Content-Type": "image/jpeg"})
    assert put.status_code == 200
    assert put.headers["etag"] == f'"{digest}"'
    stored = [o for o in sandbox.admin.objects() if o["key"] == attachment["file_reference"].lstrip("/")]
    assert stored == [
        {
            "key": attachment["file_reference"].lstrip("/"),
            "size": len(data),
            "sha256": digest,
            "complete": True,
            "content_type": "image/jpeg",
            "created_at": stored[0]["created_at"],
        }
    ]

    message = chat.send("Here is the dashboard", attachment=attachment["file_reference"])
    assert message.status_code == 201
    assert message.json()["type"] == "attachment"
    assert message.json()["attachment"] == {
        "file_name": "Dashboard photo (1).jpg",
        "file_reference": attachment["file_reference"],
    }

    described = chat.get_attachment(attachment["file_reference"])
    assert described.status_code == 200
    download_url = described.json()["download_url"]
    assert described.json()["file_reference"] == attachment["file_reference"]
    downloaded = presigned("GET", download_url)
    assert downloaded.status_code == 200
    assert downloaded.headers["content-type"] == "image/jpeg"
    assert "attachment" in downloaded.headers["content-disposition"]
    assert hashlib.sha256(downloaded.content).hexdigest() == digest


def test_an_attachment_alone_makes_a_message(chat: ChatTicket) -> None:
    attachment = chat.upload("scan.pdf", b"%PDF-1.4 fault scan")
    answer = chat.send(attachment=attachment["file_reference"])
    assert answer.status_code == 201
    assert answer.json()["content"] == ""
    assert answer.json()["type"] == "attachment"


def test_an_attachment_must_be_uploaded_before_it_is_sent_or_fetched(chat: ChatTicket) -> None:
    attachment = chat.create_attachment("pending.png").json()
    refused = chat.send("look", attachment=attachment["file_reference"])
    assert refused.status_code == 400
    assert _problem_type(refused) == "attachment-not-uploaded"
    pending = chat.get_attachment(attachment["file_reference"])
    assert pending.status_code == 409
    assert _problem_type(pending) == "attachment-not-uploaded"

    unknown = chat.send("look", attachment=f"/channel/{chat.channel_id}/nope/nope.png")
    assert unknown.status_code == 400
    assert _problem_type(unknown) == "attachment-not-uploaded"
    assert chat.get_attachment(f"/channel/{chat.channel_id}/nope/nope.png").status_code == 404


def test_an_attachment_of_another_channel_cannot_be_sent(sandbox: SandboxThread, chat: ChatTicket) -> None:
    attachment = chat.upload("mine.txt", b"belongs to the first ticket")
    sandbox.admin.set_ticket_state(chat.ticket_id, TicketState.CANCELLED)
    other = open_ticket(sandbox)
    try:
        answer = other.send("borrowed", attachment=attachment["file_reference"])
        assert answer.status_code == 400
        assert other.get_attachment(attachment["file_reference"]).status_code == 404
    finally:
        other.client.close()


@pytest.mark.parametrize(
    "file_name", ["", "   ", "../etc/passwd", "a/b.jpg", "a\\b.jpg", "..", "tab\tname.jpg", "x" * 256]
)
def test_bad_file_names_are_refused(chat: ChatTicket, file_name: str) -> None:
    answer = chat.create_attachment(file_name)
    assert answer.status_code == 400
    assert answer.json()["invalid_params"][0]["name"] == "file_name"


def test_a_unicode_file_name_survives_the_round_trip(chat: ChatTicket) -> None:
    name = "Fehlerspeicher Zündung ✓ 100%.txt"
    attachment = chat.upload(name, "Motorsteuergerät: keine Fehler".encode())
    assert attachment["file_name"] == name
    downloaded = presigned("GET", chat.get_attachment(attachment["file_reference"]).json()["download_url"])
    assert downloaded.content.decode() == "Motorsteuergerät: keine Fehler"


# ---------------------------------------------------------------------- translation


def _translate(chat: ChatTicket, text: str, target: str) -> httpx.Response:
    return chat.client.post(
        Op.TRANSLATE.route.path(), json={"message": {"original": text}, "target_language": target}
    )


def test_translation_answers_in_the_seed_shape(chat: ChatTicket) -> None:
    answer = _translate(chat, "Hello world!", "de")
    assert answer.status_code == 200
    assert answer.json() == {
        "message": {"original": "Hello world!", "translated": "Hallo Welt!"},
        "target_language": "de",
        "source_language": "en",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Hello, this is Sanne from remote diagnostics. I am connected to the car now.",
        "Could you please send a photo of the dashboard with the ignition on?",
        "I'm still here — working on the control unit now.",
        "Thanks, I received report.pdf.",
    ],
)
def test_canned_phrases_round_trip_through_german(chat: ChatTicket, sentence: str) -> None:
    german = _translate(chat, sentence, "de").json()
    assert german["source_language"] == "en"
    assert german["message"]["translated"] != sentence
    back = _translate(chat, german["message"]["translated"], "en").json()
    assert back["source_language"] == "de"
    assert back["message"]["translated"] == sentence


def test_untranslatable_text_comes_back_unchanged(chat: ChatTicket) -> None:
    body = _translate(chat, "Der Wagen macht seit gestern komische Geräusche", "fr").json()
    assert body["message"]["translated"] == "Der Wagen macht seit gestern komische Geräusche"
    assert body["source_language"] == "de"


@pytest.mark.parametrize("target", ["xx", "es", "klingon"])
def test_an_unsupported_target_language_is_refused(chat: ChatTicket, target: str) -> None:
    answer = _translate(chat, "Hello world!", target)
    assert answer.status_code == 400
    assert _problem_type(answer) == "unsupported-language"
    assert answer.json()["supported_languages"] == ["en", "de", "nl", "fr", "da"]


def test_an_empty_text_is_refused(chat: ChatTicket) -> None:
    assert _translate(chat, "", "de").status_code == 400


# ---------------------------------------------------------------------- control messages


def test_a_control_message_reaches_the_tickets_websocket(chat: ChatTicket) -> None:
    with chat.websocket() as ws:
        ws.send(json.dumps({"action": "subscribeToTicket", "ticket_id": chat.ticket_id}))
        assert json.loads(ws.recv(timeout=2))["action"] == "subscribeToTicket"
        answer = chat.client.post(Op.SEND_CONTROL_MESSAGE.route.path(channel_id=chat.channel_id))
        assert answer.status_code == 200
        assert answer.json() == {"channel_id": chat.channel_id}
        frame = json.loads(ws.recv(timeout=2))
        while frame["action"] == "subscribeToTicket":  # a periodic refresh may come first
            frame = json.loads(ws.recv(timeout=2))
        assert frame == {
            "action": "controlMessage",
            "message": {"channel_id": chat.channel_id, "type": "ping"},
        }
    history = chat.all_messages()
    assert [(m["type"], m["sender"]) for m in history] == [("control", "technician")]
