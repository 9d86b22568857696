"""The simulated remote operator: the other side of the chat in a training or test session.

It listens to the event bus and answers on the sandbox clock, so a test that speeds the clock up or
advances it sees the whole conversation in moments:

- a ticket goes in progress → the ticket's operator (a name per ticket) greets, and about
  :data:`PHOTO_REQUEST_AFTER` sandbox seconds later asks for a photo of the dashboard with the ignition
  on (unless a photo came already);
- the technician sends an attachment → an image is acknowledged as showing the warning lights, any other
  file by its name;
- the technician writes → a short reply after a few sandbox seconds, chosen by keywords of the text
  (read through the sandbox translator, so a German "Wie lange dauert es?" is understood too): a time
  estimate, an acknowledgement of "done", thanks, a greeting, a question, or a plain "understood";
- a control ping after a silence → "I'm still here — working on the control unit now.";
- the ticket closes → the operator posts the diagnosis report (the file the closing note refers to) and
  a system message says the session has ended; a cancelled ticket gets a system message only.

Every message goes through the chat store, so it is paged over REST and pushed over the websocket like
any other. Whether something was already said is read from the chat itself, so a restart on a file
database neither greets twice nor forgets to close.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import PurePosixPath
from typing import Any

from app.domain.ticket_state import TicketState
from app.sandbox.chat import ChatStore, chat_store, operator_name
from app.sandbox.events import Event
from app.sandbox.state import FINAL_STATES, SandboxState, TicketRecord
from app.sandbox.translator import default_translator

log = logging.getLogger(__name__)

#: Sandbox seconds between the ticket going in progress and the greeting.
GREETING_DELAY = 2.0
#: Sandbox seconds between the greeting and the request for a dashboard photo.
PHOTO_REQUEST_AFTER = 15.0
#: Sandbox seconds the operator takes to answer a text, and an attachment.
TEXT_REPLY_DELAY = 4.0
ATTACHMENT_REPLY_DELAY = 3.0
#: A ping is answered when the operator has been silent for this many sandbox seconds.
SILENCE_BEFORE_PING_REPLY = 20.0
#: How often (real seconds) the operator looks at its agenda.
POLL_INTERVAL = 0.1

GREETING = "Hello, this is {first_name} from remote diagnostics. I am connected to the car now."
PHOTO_REQUEST = "Could you please send a photo of the dashboard with the ignition on?"
IMAGE_RECEIVED = "Thanks, I can see the warning lights."
FILE_RECEIVED = "Thanks, I received {file_name}."
STILL_HERE = "I'm still here — working on the control unit now."
TIME_ESTIMATE = "It will take about {minutes} more minutes."
DONE_ACKNOWLEDGED = "Great, thank you for letting me know."
YOU_ARE_WELCOME = "You're welcome."
HELLO_BACK = "Hello! How can I help?"
QUESTION_NOTED = "Good question, I will check that for you."
UNDERSTOOD = "Understood, I will take a look."
REPORT_POSTED = "Here is the diagnosis report."
SESSION_ENDED = "The session has ended."
TICKET_CANCELLED = "The ticket was cancelled."

IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".heic", ".heif", ".tif", ".tiff"}
)

_HOW_LONG = re.compile(r"\bhow long\b|\bhow much (?:more )?time\b|\bwhen will\b|\beta\b")
_DONE = re.compile(r"\b(?:done|finished|ready|complete|completed)\b")
_THANKS = re.compile(r"\bthanks?\b|\bthank you\b")
_HELLO = re.compile(r"^(?:hello|hi|hey|good (?:morning|afternoon|evening))\b")


def reply_to(text: str, *, minutes_left: int) -> str:
    """The operator's answer to a technician's text (any supported language; read as English)."""
    english = default_translator().translate(text, "en").text
    lowered = " ".join(english.lower().split())
    if _HOW_LONG.search(lowered):
        return TIME_ESTIMATE.format(minutes=minutes_left)
    if _DONE.search(lowered):
        return DONE_ACKNOWLEDGED
    if _THANKS.search(lowered):
        return YOU_ARE_WELCOME
    if _HELLO.search(lowered):
        return HELLO_BACK
    if lowered.rstrip().endswith("?"):
        return QUESTION_NOTED
    return UNDERSTOOD


def is_image(file_name: str, content_type: str | None = None) -> bool:
    """Whether an attachment is a picture (by its stored media type, else by its name)."""
    if content_type:
        return content_type.lower().startswith("image/")
    return PurePosixPath(file_name.lower()).suffix in IMAGE_SUFFIXES


@dataclass(order=True)
class _Job:
    due: datetime
    order: int
    channel_id: str = field(compare=False)
    kind: str = field(compare=False)
    #: The ticket states in which the job still makes sense when it falls due.
    states: tuple[int, ...] = field(compare=False, default=(TicketState.IN_PROGRESS,))
    payload: dict[str, Any] = field(compare=False, default_factory=dict)


class OperatorSimulator:
    """The operator of every ticket of one sandbox state; :meth:`run` is its life (until cancelled)."""

    def __init__(self, state: SandboxState, *, poll_interval: float = POLL_INTERVAL) -> None:
        self._state = state
        self._chat: ChatStore = chat_store(state)
        self._poll_interval = poll_interval
        self._agenda: list[_Job] = []
        self._order = itertools.count()
        self._seen_states: dict[str, int] = {}

    async def run(self) -> None:
        """React to events and work through the agenda until cancelled."""
        async with self._state.bus.subscribe() as events:
            while True:
                try:
                    event: Event | None = await asyncio.wait_for(events.get(), self._poll_interval)
                except TimeoutError:
                    event = None
                if event is not None:
                    self._guarded(self.on_event, event)
                self._guarded(self.run_due)

    def _guarded(self, step: Callable[..., None], *args: Any) -> None:
        # One bad ticket must not silence the operator of every other ticket.
        try:
            step(*args)
        except Exception:
            log.exception("the simulated operator failed on one step")

    # ------------------------------------------------------------------ events

    def on_event(self, event: Event) -> None:
        """Plan the operator's reaction to ``event``."""
        if event.topic == "ticket":
            ticket = self._state.ticket(int(event.key))
            if ticket is not None:
                self._on_ticket(ticket)
        elif event.topic == "channel":
            self._on_message(str(event.key), event.message)
        elif event.topic == "control":
            self._on_ping(str(event.key))

    def _on_ticket(self, ticket: TicketRecord) -> None:
        previous = self._seen_states.get(ticket.chat_id)
        if ticket.state in FINAL_STATES:
            # Nothing follows a final state; what was said already is read from the chat itself.
            self._seen_states.pop(ticket.chat_id, None)
        else:
            self._seen_states[ticket.chat_id] = ticket.state
        if previous == ticket.state:
            return
        if ticket.state == TicketState.IN_PROGRESS and not self._operator_spoke(ticket.chat_id):
            self._plan(ticket.chat_id, "greet", GREETING_DELAY)
        elif ticket.state == TicketState.CLOSED:
            self._close(ticket)
        elif ticket.state == TicketState.CANCELLED and not self._said(ticket.chat_id, TICKET_CANCELLED):
            self._chat.add_message(ticket.chat_id, sender="system", content=TICKET_CANCELLED)

    def _on_message(self, channel_id: str, message: dict[str, Any]) -> None:
        if message.get("sender") != "technician":
            return
        ticket = self._state.ticket_by_channel(channel_id)
        if ticket is None or ticket.state != TicketState.IN_PROGRESS:
            return
        attachment = message.get("attachment")
        if message.get("type") == "attachment" and isinstance(attachment, dict):
            self._plan(channel_id, "attachment", ATTACHMENT_REPLY_DELAY, payload=dict(attachment))
        elif message.get("type") == "text":
            # A burst of messages gets one answer, to the latest of them.
            self._cancel(channel_id, "text")
            self._plan(
                channel_id, "text", TEXT_REPLY_DELAY, payload={"content": str(message.get("content", ""))}
            )

    def _on_ping(self, channel_id: str) -> None:
        ticket = self._state.ticket_by_channel(channel_id)
        if ticket is None or ticket.state != TicketState.IN_PROGRESS:
            return
        if any(job.channel_id == channel_id and job.kind == "still_here" for job in self._agenda):
            return
        last = self._chat.last_message(channel_id, ("operator",))
        silent_for = math.inf if last is None else (self._state.now() - last.created_at).total_seconds()
        if silent_for >= SILENCE_BEFORE_PING_REPLY:
            self._plan(channel_id, "still_here", 1.0)

    def _close(self, ticket: TicketRecord) -> None:
        if self._said(ticket.chat_id, SESSION_ENDED):
            return
        self._cancel(ticket.chat_id, None)
        report = self._chat.ensure_session_report(ticket)
        self._chat.add_message(
            ticket.chat_id,
            sender="operator",
            sender_name=operator_name(ticket),
            content=REPORT_POSTED,
            type_="attachment",
            attachment=report,
        )
        self._chat.add_message(ticket.chat_id, sender="system", content=SESSION_ENDED)

    # ------------------------------------------------------------------ the agenda

    def _plan(
        self,
        channel_id: str,
        kind: str,
        delay: float,
        *,
        payload: dict[str, Any] | None = None,
    ) -> None:
        due = self._state.now() + timedelta(seconds=delay)
        heapq.heappush(self._agenda, _Job(due, next(self._order), channel_id, kind, payload=payload or {}))

    def _cancel(self, channel_id: str, kind: str | None) -> None:
        kept = [j for j in self._agenda if not (j.channel_id == channel_id and kind in {None, j.kind})]
        if len(kept) != len(self._agenda):
            self._agenda = kept
            heapq.heapify(self._agenda)

    def run_due(self) -> None:
        """Carry out every job whose time has come on the sandbox clock."""
        now = self._state.now()
        while self._agenda and self._agenda[0].due <= now:
            job = heapq.heappop(self._agenda)
            ticket = self._state.ticket_by_channel(job.channel_id)
            # After a reset or a state change the job may concern a ticket that is gone or moved on.
            if ticket is None or ticket.state not in job.states:
                continue
            self._guarded(self._do, job, ticket)

    def _do(self, job: _Job, ticket: TicketRecord) -> None:
        if job.kind == "greet":
            first_name = operator_name(ticket).split()[0]
            self._say(ticket, GREETING.format(first_name=first_name))
            self._plan(ticket.chat_id, "photo", PHOTO_REQUEST_AFTER)
        elif job.kind == "photo":
            if not self._photo_received(ticket.chat_id):
                self._say(ticket, PHOTO_REQUEST)
        elif job.kind == "attachment":
            file_name = str(job.payload.get("file_name", "the file"))
            image = self._is_image(ticket, str(job.payload.get("file_reference", "")), file_name)
            self._say(ticket, IMAGE_RECEIVED if image else FILE_RECEIVED.format(file_name=file_name))
        elif job.kind == "text":
            text = str(job.payload.get("content", ""))
            self._say(ticket, reply_to(text, minutes_left=self._minutes_left(ticket)))
        elif job.kind == "still_here":
            self._say(ticket, STILL_HERE)

    def _say(self, ticket: TicketRecord, content: str) -> None:
        self._chat.add_message(
            ticket.chat_id, sender="operator", sender_name=operator_name(ticket), content=content
        )

    # ------------------------------------------------------------------ what the chat already holds

    def _operator_spoke(self, channel_id: str) -> bool:
        return self._chat.last_message(channel_id, ("operator",)) is not None

    def _said(self, channel_id: str, content: str) -> bool:
        return any(m.content == content for m in self._chat.messages(channel_id) if m.sender != "technician")

    def _photo_received(self, channel_id: str) -> bool:
        for message in self._chat.messages(channel_id):
            if message.sender == "technician" and message.attachment is not None:
                record = self._chat.attachment(channel_id, message.attachment.file_reference)
                if self._is_image_record(message.attachment.file_name, record.object_key if record else None):
                    return True
        return False

    def _is_image(self, ticket: TicketRecord, file_reference: str, file_name: str) -> bool:
        record = self._chat.attachment(ticket.chat_id, file_reference)
        return self._is_image_record(file_name, None if record is None else record.object_key)

    def _is_image_record(self, file_name: str, key: str | None) -> bool:
        stored = None if key is None else self._chat.objects.stat(key)
        return is_image(file_name, None if stored is None else _declared_type(stored.content_type))

    def _minutes_left(self, ticket: TicketRecord) -> int:
        started = ticket.started_at or ticket.state_changed_at
        elapsed = (self._state.now() - started).total_seconds()
        remaining = self._state.config.in_progress_seconds - elapsed
        return max(1, math.ceil(remaining / 60))


def _declared_type(content_type: str) -> str | None:
    # A generic type says nothing about the file: the name says more then.
    if content_type.startswith("application/octet-stream"):
        return None
    return content_type
