"""The simulated operator in the chat, driven on the sandbox clock (advanced, never waited for)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.sandbox import operator
from app.sandbox.chat import OPERATOR_NAMES
from app.sandbox.runner import SandboxThread
from tests.api.test_sandbox_chat_support import ChatTicket, open_ticket, presigned, wait_for


@pytest.fixture
def live(sandbox: SandboxThread) -> Iterator[ChatTicket]:
    """A ticket the operator has picked up and greeted."""
    ticket = open_ticket(sandbox, state=TicketState.IN_PROGRESS)
    sandbox.admin.advance_clock(operator.GREETING_DELAY + 0.5)
    wait_for(lambda: _from_operator(ticket))
    yield ticket
    ticket.client.close()


def _from_operator(chat: ChatTicket) -> list[dict[str, Any]]:
    return [m for m in chat.all_messages() if m["sender"] == "operator"]


def _operator_says(chat: ChatTicket, content: str) -> dict[str, Any]:
    return wait_for(lambda: next((m for m in _from_operator(chat) if m["content"] == content), None))


def test_the_operator_greets_when_the_ticket_goes_in_progress(sandbox: SandboxThread) -> None:
    chat = open_ticket(sandbox)
    try:
        chat.send("Is anybody there?")
        time.sleep(0.4)  # the operator looks at its agenda every 0.1 s: time enough to (wrongly) answer
        assert _from_operator(chat) == []  # pending: no operator on the ticket yet

        chat.set_state(TicketState.IN_PROGRESS)
        sandbox.admin.advance_clock(operator.GREETING_DELAY + 0.5)
        greeting = wait_for(lambda: _from_operator(chat))[0]
        assert greeting["sender_name"] in OPERATOR_NAMES
        first_name = greeting["sender_name"].split()[0]
        assert greeting["content"] == (
            f"Hello, this is {first_name} from remote diagnostics. I am connected to the car now."
        )
        assert greeting["type"] == "text"
    finally:
        chat.client.close()


def test_the_operator_asks_for_a_dashboard_photo_a_little_later(
    sandbox: SandboxThread, live: ChatTicket
) -> None:
    assert [m["content"] for m in _from_operator(live)] == [_from_operator(live)[0]["content"]]
    sandbox.admin.advance_clock(operator.PHOTO_REQUEST_AFTER + 1)
    _operator_says(live, operator.PHOTO_REQUEST)


def test_a_photo_sent_early_spares_the_request(sandbox: SandboxThread, live: ChatTicket) -> None:
    photo = live.upload("dash.jpg", b"\xff\xd8\xff\xe0 fake jpeg", content_type="image/jpeg")
    live.send(attachment=photo["file_reference"])
    sandbox.admin.advance_clock(operator.PHOTO_REQUEST_AFTER + 1)
    _operator_says(live, operator.IMAGE_RECEIVED)
    time.sleep(0.4)
    assert operator.PHOTO_REQUEST not in [m["content"] for m in _from_operator(live)]


@pytest.mark.parametrize(
    ("file_name", "content_type", "answer"),
    [
        ("dashboard.jpg", "image/jpeg", operator.IMAGE_RECEIVED),
        ("IMG_2041.HEIC", None, operator.IMAGE_RECEIVED),
        ("freeze-frame.pdf", "application/pdf", "Thanks, I received freeze-frame.pdf."),
    ],
)
def test_the_operator_answers_an_attachment(
    sandbox: SandboxThread, live: ChatTicket, file_name: str, content_type: str | None, answer: str
) -> None:
    attachment = live.upload(file_name, b"some bytes", content_type=content_type)
    assert live.send("see attached", attachment=attachment["file_reference"]).status_code == 201
    sandbox.admin.advance_clock(operator.ATTACHMENT_REPLY_DELAY + 0.5)
    reply = _operator_says(live, answer)
    assert reply["sender_name"] == _from_operator(live)[0]["sender_name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How long will it take?", "It will take about"),
        ("Wie lange wird es dauern?", "It will take about"),
        ("I am done.", operator.DONE_ACKNOWLEDGED),
        ("Thank you.", operator.YOU_ARE_WELCOME),
        ("Should I open the bonnet?", operator.QUESTION_NOTED),
        ("The customer waits outside.", operator.UNDERSTOOD),
    ],
)
def test_the_operator_replies_to_text_by_keywords(
    sandbox: SandboxThread, live: ChatTicket, text: str, expected: str
) -> None:
    live.send(text)
    before = len(_from_operator(live))
    sandbox.admin.advance_clock(operator.TEXT_REPLY_DELAY + 0.5)
    reply = wait_for(lambda: _from_operator(live)[before:])[0]
    assert reply["content"].startswith(expected)
    if expected == "It will take about":
        minutes = int(reply["content"].split()[4])
        assert 1 <= minutes <= 10


def test_a_burst_of_texts_gets_one_reply(sandbox: SandboxThread, live: ChatTicket) -> None:
    before = len(_from_operator(live))
    for text in ("Hello", "one more thing", "How long will it take?"):
        live.send(text)
    sandbox.admin.advance_clock(operator.TEXT_REPLY_DELAY + 0.5)
    replies = wait_for(lambda: _from_operator(live)[before:])
    sandbox.admin.advance_clock(operator.TEXT_REPLY_DELAY + 0.5)
    time.sleep(0.4)
    assert len(_from_operator(live)[before:]) == len(replies) == 1
    assert replies[0]["content"].startswith("It will take about")


def test_a_ping_after_a_silence_is_answered(sandbox: SandboxThread, live: ChatTicket) -> None:
    ping = Op.SEND_CONTROL_MESSAGE.route.path(channel_id=live.channel_id)
    before = len(_from_operator(live))
    # Right after the greeting a ping is no reason to speak ...
    assert live.client.post(ping).status_code == 200
    sandbox.admin.advance_clock(2)
    time.sleep(0.4)
    assert operator.STILL_HERE not in [m["content"] for m in _from_operator(live)[before:]]
    # ... after a silence it is.
    sandbox.admin.advance_clock(operator.SILENCE_BEFORE_PING_REPLY)
    assert live.client.post(ping).status_code == 200
    sandbox.admin.advance_clock(2)
    _operator_says(live, operator.STILL_HERE)


def test_closing_posts_the_report_and_ends_the_session(sandbox: SandboxThread, live: ChatTicket) -> None:
    live.set_state(TicketState.CLOSED)
    ended = wait_for(lambda: [m for m in live.all_messages() if m["content"] == operator.SESSION_ENDED])
    assert ended[0]["sender"] == "system"
    messages = live.all_messages()
    report = next(m for m in messages if m["type"] == "attachment" and m["sender"] == "operator")
    assert report["content"] == operator.REPORT_POSTED
    assert messages.index(report) < messages.index(ended[0])

    described = live.get_attachment(report["attachment"]["file_reference"])
    assert described.status_code == 200
    text = presigned("GET", described.json()["download_url"]).text
    assert f"Ticket:     {live.ticket_id}" in text
    assert "Carried out:" in text

    # The closing note refers to the same file.
    notes = live.client.get(Op.TICKET_NOTES.route.path(ticket_id=live.ticket_id)).json()["result"]
    note_refs = [a["file_reference"] for note in notes for a in note["attachments"]]
    assert report["attachment"]["file_reference"] in note_refs


def test_the_closing_notes_report_is_downloadable_without_the_operator(sandbox: SandboxThread) -> None:
    # Cancelled and closed while the operator never spoke: the note's file is made on demand.
    chat = open_ticket(sandbox)
    try:
        chat.set_state(TicketState.CLOSED)
        notes = chat.client.get(Op.TICKET_NOTES.route.path(ticket_id=chat.ticket_id)).json()["result"]
        reference = notes[0]["attachments"][0]["file_reference"]
        described = chat.get_attachment(reference)
        assert described.status_code == 200
        assert (
            "Remote diagnostics - session report" in presigned("GET", described.json()["download_url"]).text
        )
    finally:
        chat.client.close()


def test_a_cancelled_ticket_gets_a_system_message(sandbox: SandboxThread, live: ChatTicket) -> None:
    sandbox.admin.set_ticket_state(live.ticket_id, TicketState.CANCELLED, reason="Customer left")
    cancelled = wait_for(
        lambda: [m for m in live.all_messages() if m["content"] == operator.TICKET_CANCELLED]
    )
    assert cancelled[0]["sender"] == "system"
    sandbox.admin.advance_clock(operator.PHOTO_REQUEST_AFTER + 1)
    time.sleep(0.4)
    assert operator.PHOTO_REQUEST not in [m["content"] for m in live.all_messages()]
