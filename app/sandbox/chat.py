"""The sandbox's ticket chat: message store, attachments, translation and control messages.

A ticket's ``chat_id`` is its channel id. Messages live in SQLite (registered with the state, so a reset
empties them), are paged oldest first by an opaque ``next_token``, and every new one is published on the
event bus (topic ``channel``), which the websocket hub pushes as ``channelMessage`` and the simulated
operator answers. Attachments are announced here (``POST /v1/channel-attachments`` → presigned
``upload_url``), uploaded straight to the object store, and marked uploaded when the store reports the
complete object; only then can a message carry them.
"""

from __future__ import annotations

import base64
import binascii
import json
import random
import re
import threading
import unicodedata
import uuid
import weakref
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn

from fastapi import Depends, FastAPI, Query, Request

from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.sandbox.auth import SessionDep, StateDep, require_session
from app.sandbox.events import Event
from app.sandbox.objectstore import ObjectStore, StoredObject, object_store
from app.sandbox.problems import raise_problem, validation_problem
from app.sandbox.routes_common import customer_router, operation
from app.sandbox.schemas_chat import (
    LANGUAGE_TAG_PATTERN,
    MAX_FILE_NAME_LENGTH,
    AttachmentDownload,
    AttachmentRef,
    ChatMessage,
    ChatMessagePage,
    ControlMessageResponse,
    CreateAttachmentRequest,
    CreatedAttachment,
    MessageType,
    Sender,
    SendMessageRequest,
    TranslatedText,
    TranslateRequest,
    TranslateResponse,
)
from app.sandbox.state import (
    FINAL_STATES,
    SandboxState,
    TicketRecord,
    from_iso,
    note_attachment_reference,
    to_iso,
)
from app.sandbox.translator import SUPPORTED_LANGUAGES, UnsupportedLanguageError, default_translator
from app.sandbox.ws import hub_for

#: The remote operators of the sample service center; a ticket gets one of them (see :func:`operator_name`).
OPERATOR_NAMES: tuple[str, ...] = (
    "Sanne de Vries",
    "Lars Mikkelsen",
    "Julia Becker",
    "Thomas Janssens",
    "Camille Laurent",
)
DEFAULT_PAGE_SIZE = 50
_LANGUAGE_TAG = re.compile(LANGUAGE_TAG_PATTERN)
MAX_PAGE_SIZE = 200

_SCHEMA = """
CREATE TABLE IF NOT EXISTS chat_messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    channel_id TEXT NOT NULL,
    sender TEXT NOT NULL CHECK (sender IN ('operator', 'technician', 'system')),
    sender_name TEXT,
    type TEXT NOT NULL CHECK (type IN ('text', 'attachment', 'control')),
    content TEXT NOT NULL,
    attachment_file_name TEXT,
    attachment_file_reference TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chat_messages_channel ON chat_messages (channel_id, seq);
CREATE TABLE IF NOT EXISTS chat_attachments (
    file_reference TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    object_key TEXT NOT NULL UNIQUE,
    uploaded INTEGER NOT NULL DEFAULT 0,
    size INTEGER,
    sha256 TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    uploaded_at TEXT
);
CREATE INDEX IF NOT EXISTS chat_attachments_channel ON chat_attachments (channel_id);
"""


def operator_name(ticket: TicketRecord) -> str:
    """The operator who handles ``ticket`` (stable for the ticket, varied across tickets)."""
    return OPERATOR_NAMES[ticket.id % len(OPERATOR_NAMES)]


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """A chat message as stored; ``seq`` orders a channel's messages."""

    seq: int
    id: str
    channel_id: str
    sender: Sender
    sender_name: str | None
    type: MessageType
    content: str
    attachment: AttachmentRef | None
    created_at: datetime

    def model(self) -> ChatMessage:
        """The wire model."""
        return ChatMessage(
            channel_id=self.channel_id,
            id=self.id,
            sender=self.sender,
            sender_name=self.sender_name,
            type=self.type,
            content=self.content,
            attachment=self.attachment,
            created_at=self.created_at,
        )

    def wire(self) -> dict[str, Any]:
        """The JSON-ready message, exactly as the REST answer serialises it (the websocket pushes this)."""
        return self.model().model_dump(mode="json")


@dataclass(frozen=True, slots=True)
class AttachmentRecord:
    """An attachment of a channel: announced, and uploaded once the object store has all its bytes."""

    file_reference: str
    channel_id: str
    file_name: str
    object_key: str
    uploaded: bool
    size: int | None
    sha256: str | None
    created_by: str
    created_at: datetime

    def ref(self) -> AttachmentRef:
        """The attachment as a message carries it."""
        return AttachmentRef(file_name=self.file_name, file_reference=self.file_reference)


def file_name_problem(file_name: str) -> str | None:
    """Why ``file_name`` cannot name an attachment, or None when it can."""
    if not file_name.strip():
        return "The file name is empty."
    if len(file_name) > MAX_FILE_NAME_LENGTH:
        return f"The file name is longer than {MAX_FILE_NAME_LENGTH} characters."
    if "/" in file_name or "\\" in file_name:
        return "The file name contains a path separator."
    if file_name in {".", ".."}:
        return "The file name is not a file."
    if any(unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} for char in file_name):
        return "The file name contains control characters."
    return None


def _message_text_problem(content: str) -> str | None:
    # Line breaks and tabs belong in chat text; other control characters only garble the other side.
    if any(unicodedata.category(char) == "Cc" and char not in "\n\r\t" for char in content):
        return "The message contains control characters."
    return None


class ChatStore:
    """Messages and attachments of every channel of one sandbox state."""

    def __init__(self, state: SandboxState, objects: ObjectStore) -> None:
        self._state = state
        self.objects = objects
        state.register_schema(_SCHEMA)
        objects.add_listener(self._on_object_stored)

    # ------------------------------------------------------------------ messages

    def add_message(
        self,
        channel_id: str,
        *,
        sender: Sender,
        content: str,
        type_: MessageType = "text",
        attachment: AttachmentRecord | None = None,
        sender_name: str | None = None,
        publish: bool = True,
    ) -> StoredMessage:
        """Store a message (stamped with the sandbox clock) and, unless told otherwise, push it."""
        message_id = str(uuid.uuid4())
        now = self._state.now()
        with self._state.transaction() as db:
            cursor = db.execute(
                "INSERT INTO chat_messages (id, channel_id, sender, sender_name, type, content,"
                " attachment_file_name, attachment_file_reference, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id,
                    channel_id,
                    sender,
                    sender_name,
                    type_,
                    content,
                    None if attachment is None else attachment.file_name,
                    None if attachment is None else attachment.file_reference,
                    to_iso(now),
                ),
            )
            seq = int(cursor.lastrowid or 0)
        message = StoredMessage(
            seq=seq,
            id=message_id,
            channel_id=channel_id,
            sender=sender,
            sender_name=sender_name,
            type=type_,
            content=content,
            attachment=None if attachment is None else attachment.ref(),
            created_at=now,
        )
        if publish:
            self._state.publish(Event("channel", channel_id, message.wire()))
        return message

    def page(self, channel_id: str, *, after_seq: int, limit: int) -> tuple[list[StoredMessage], bool]:
        """Up to ``limit`` messages after ``after_seq``, oldest first, and whether more follow."""
        with self._state.lock:
            rows = self._state.db.execute(
                "SELECT * FROM chat_messages WHERE channel_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                (channel_id, after_seq, limit + 1),
            ).fetchall()
        messages = [_message_from_row(row) for row in rows[:limit]]
        return messages, len(rows) > limit

    def messages(self, channel_id: str) -> list[StoredMessage]:
        """Every message of a channel, oldest first."""
        with self._state.lock:
            rows = self._state.db.execute(
                "SELECT * FROM chat_messages WHERE channel_id = ? ORDER BY seq", (channel_id,)
            ).fetchall()
        return [_message_from_row(row) for row in rows]

    def last_message(self, channel_id: str, senders: tuple[Sender, ...]) -> StoredMessage | None:
        """The newest message of a channel from one of ``senders``."""
        marks = ", ".join("?" for _ in senders)
        with self._state.lock:
            row = self._state.db.execute(
                f"SELECT * FROM chat_messages WHERE channel_id = ? AND sender IN ({marks})"  # noqa: S608
                " ORDER BY seq DESC LIMIT 1",
                (channel_id, *senders),
            ).fetchone()
        return None if row is None else _message_from_row(row)

    # ------------------------------------------------------------------ attachments

    def create_attachment(self, channel_id: str, file_name: str, *, created_by: Sender) -> AttachmentRecord:
        """Announce a new attachment of ``channel_id``; it becomes usable once its bytes are uploaded."""
        file_reference = f"/channel/{channel_id}/{uuid.uuid4()}/{file_name}"
        return self._insert_attachment(channel_id, file_name, file_reference, created_by)

    def _insert_attachment(
        self, channel_id: str, file_name: str, file_reference: str, created_by: Sender
    ) -> AttachmentRecord:
        now = self._state.now()
        with self._state.transaction() as db:
            db.execute(
                "INSERT INTO chat_attachments (file_reference, channel_id, file_name, object_key, created_by,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (file_reference, channel_id, file_name, object_key(file_reference), created_by, to_iso(now)),
            )
        record = self.attachment(channel_id, file_reference)
        assert record is not None
        return record

    def attachment(self, channel_id: str, file_reference: str) -> AttachmentRecord | None:
        """An attachment of ``channel_id`` by its reference."""
        with self._state.lock:
            row = self._state.db.execute(
                "SELECT * FROM chat_attachments WHERE channel_id = ? AND file_reference = ?",
                (channel_id, file_reference),
            ).fetchone()
        if row is None:
            return None
        return AttachmentRecord(
            file_reference=row["file_reference"],
            channel_id=row["channel_id"],
            file_name=row["file_name"],
            object_key=row["object_key"],
            uploaded=bool(row["uploaded"]),
            size=row["size"],
            sha256=row["sha256"],
            created_by=row["created_by"],
            created_at=from_iso(row["created_at"]),
        )

    def store_file(
        self,
        channel_id: str,
        file_name: str,
        data: bytes,
        *,
        created_by: Sender,
        content_type: str | None = None,
        file_reference: str | None = None,
    ) -> AttachmentRecord:
        """Attach a file the sandbox makes itself (the operator's report): announced and uploaded at once."""
        reference = file_reference or f"/channel/{channel_id}/{uuid.uuid4()}/{file_name}"
        if self.attachment(channel_id, reference) is None:
            self._insert_attachment(channel_id, file_name, reference, created_by)
        self.objects.put_bytes(object_key(reference), data, content_type=content_type)
        record = self.attachment(channel_id, reference)
        assert record is not None
        assert record.uploaded
        return record

    def _on_object_stored(self, stored: StoredObject) -> None:
        with self._state.transaction() as db:
            db.execute(
                "UPDATE chat_attachments SET uploaded = 1, size = ?, sha256 = ?, uploaded_at = ?"
                " WHERE object_key = ?",
                (stored.size, stored.sha256, to_iso(stored.created_at), stored.key),
            )

    def ensure_session_report(self, ticket: TicketRecord) -> AttachmentRecord:
        """The closing report of a finished ticket, written into the chat's attachments if not there yet.

        Its reference is the one the ticket's closing note points at, so the note's attachment can always
        be downloaded, whether or not the simulated operator already posted the report.
        """
        file_name = session_report_name(ticket)
        reference = note_attachment_reference(ticket, file_name)
        existing = self.attachment(ticket.chat_id, reference)
        if existing is not None and existing.uploaded:
            return existing
        return self.store_file(
            ticket.chat_id,
            file_name,
            session_report_text(self._state, ticket).encode("utf-8"),
            created_by="operator",
            content_type="text/plain; charset=utf-8",
            file_reference=reference,
        )


def object_key(file_reference: str) -> str:
    """The object store key of an attachment: its reference without the leading slash."""
    return file_reference.lstrip("/")


def _message_from_row(row: Any) -> StoredMessage:
    reference = row["attachment_file_reference"]
    return StoredMessage(
        seq=int(row["seq"]),
        id=row["id"],
        channel_id=row["channel_id"],
        sender=row["sender"],
        sender_name=row["sender_name"],
        type=row["type"],
        content=row["content"],
        attachment=None
        if reference is None
        else AttachmentRef(file_name=row["attachment_file_name"], file_reference=reference),
        created_at=from_iso(row["created_at"]),
    )


# ---------------------------------------------------------------------- the closing report

#: Fault codes the simulated diagnosis "finds": (code, description), plausible for any car.
_FINDINGS: tuple[tuple[str, str], ...] = (
    ("P0300", "Random/multiple cylinder misfire detected"),
    ("P0171", "System too lean, bank 1"),
    ("P0420", "Catalyst system efficiency below threshold, bank 1"),
    ("U0100", "Lost communication with ECM/PCM"),
    ("U0121", "Lost communication with ABS control module"),
    ("B1000", "ECU internal malfunction (stored, not active)"),
    ("C0035", "Left front wheel speed sensor circuit"),
    ("B0001", "Driver frontal stage 1 deployment control"),
    ("P0562", "System voltage low"),
    ("U0155", "Lost communication with instrument panel cluster"),
)


def session_report_name(ticket: TicketRecord) -> str:
    """The file name of a ticket's closing report (the closing note refers to it)."""
    return f"session-report-{ticket.id}.txt"


def session_report_text(state: SandboxState, ticket: TicketRecord) -> str:
    """The operator's closing report of a ticket: what was done and found, as plain text."""
    # Seeded by the ticket, so the same ticket always yields the same report.
    rng = random.Random(ticket.uuid)
    findings = rng.sample(_FINDINGS, k=rng.randint(1, 3))
    products = [state.index.product(product_id) for product_id in ticket.product_ids]
    vehicle = state.index.vehicle_path_string(ticket.vehicle_model_variant_id).replace("#", " / ")
    finished = ticket.finished_at or state.now()
    started = ticket.started_at or ticket.created_at
    outcome = "completed" if ticket.state == TicketState.CLOSED else f"ended in state {ticket.state}"
    lines = [
        "Remote diagnostics - session report",
        "",
        f"Ticket:     {ticket.id} ({ticket.uuid})",
        f"Vehicle:    {vehicle or 'unknown variant'}",
        f"VIN:        {ticket.vin}",
        f"Operator:   {operator_name(ticket)}",
        f"Started:    {started.strftime('%Y-%m-%d %H:%M UTC')}",
        f"Finished:   {finished.strftime('%Y-%m-%d %H:%M UTC')}",
        f"Outcome:    {outcome}",
        "",
        "Carried out:",
        *(f"  - {product.name} (item {product.item_number})" for product in products if product is not None),
        "",
        "Fault memory before the work:",
        *(f"  - {code}  {description}" for code, description in findings),
        "",
        "All stored faults were cleared after the work; none returned during the final scan.",
        "",
    ]
    if ticket.state in FINAL_STATES and ticket.cancelled_reason:
        lines[-1:-1] = [f"Note: {ticket.cancelled_reason}", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------- one store per state

_stores: weakref.WeakKeyDictionary[SandboxState, ChatStore] = weakref.WeakKeyDictionary()
_stores_lock = threading.Lock()


def chat_store(state: SandboxState) -> ChatStore:
    """The chat store of ``state`` (created, with its tables and the object store, on first use)."""
    with _stores_lock:
        store = _stores.get(state)
        if store is None:
            store = ChatStore(state, object_store(state))
            _stores[state] = store
        return store


def install(app: FastAPI) -> ChatStore:
    """Wire the chat side into ``app`` (``create_app`` calls this once ``app.state.sandbox`` is set).

    Creates the chat's tables and the object store (files under ``app.state.object_dir`` when set), and
    publishes ``app.state.object_store`` (admin listing: ``objects()``) and ``app.state.ws_hub``
    (``drop_all()``, ``count()``) for the admin routes.
    """
    state: SandboxState = app.state.sandbox
    root = getattr(app.state, "object_dir", None)
    app.state.object_store = object_store(state, root=None if root is None else Path(root))
    app.state.ws_hub = hub_for(app)
    return chat_store(state)


# ---------------------------------------------------------------------- routes

router = customer_router("chat")


def _channel_ticket(state: SandboxState, customer_id: int, channel_id: str) -> TicketRecord:
    ticket = state.ticket_by_channel(channel_id)
    if ticket is None or ticket.customer_id != customer_id:
        # Another customer's channel is answered like a missing one: its existence is not ours to reveal.
        raise_problem(404, "channel-not-found", "Not Found", "There is no chat channel with this id.")
    return ticket


def _refuse_when_closed(ticket: TicketRecord) -> None:
    if ticket.state in FINAL_STATES:
        raise_problem(
            409,
            "chat-closed",
            "Conflict",
            "The chat of this ticket has ended; nothing more can be sent to it.",
            ticket_id=ticket.id,
        )


def _encode_token(channel_id: str, seq: int) -> str:
    raw = json.dumps({"c": channel_id, "s": seq}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _decode_token(channel_id: str, token: str) -> int:
    try:
        padded = token + "=" * (-len(token) % 4)
        decoded = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        seq = decoded["s"]
        if decoded["c"] != channel_id or not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            raise ValueError("token of another channel")  # noqa: TRY301
    except (ValueError, KeyError, TypeError, UnicodeError, binascii.Error):
        raise validation_problem(
            [{"name": "next_token", "reason": "not a token of this channel's message list"}],
            "The next_token is not valid for this channel; start again without it.",
        ) from None
    return seq


PageSize = Annotated[
    int, Query(ge=1, le=MAX_PAGE_SIZE, description="The maximum number of messages to return (1..200).")
]
NextToken = Annotated[
    str | None,
    Query(max_length=512, description="The next_token of the previous page; omit it for the first page."),
]


@operation(router, Op.MESSAGES, response_model=ChatMessagePage)
async def list_messages(
    channel_id: str,
    state: StateDep,
    session: SessionDep,
    limit: PageSize = DEFAULT_PAGE_SIZE,
    next_token: NextToken = None,
) -> ChatMessagePage:
    """The messages of a ticket's chat, oldest first, paged by ``next_token``."""
    _channel_ticket(state, session.customer_id, channel_id)
    after = 0 if not next_token else _decode_token(channel_id, next_token)
    messages, more = chat_store(state).page(channel_id, after_seq=after, limit=limit)
    token = _encode_token(channel_id, messages[-1].seq) if more and messages else None
    return ChatMessagePage(result=[m.model() for m in messages], next_token=token)


@operation(router, Op.SEND_MESSAGE, response_model=ChatMessage, status_code=201)
async def send_message(
    channel_id: str, body: SendMessageRequest, state: StateDep, session: SessionDep
) -> ChatMessage:
    """Post the technician's message (text, an uploaded attachment, or both) to a ticket's chat."""
    ticket = _channel_ticket(state, session.customer_id, channel_id)
    content = body.content.strip()
    problem = _message_text_problem(content)
    if problem is None and not content and body.attachment is None:
        problem = "A message needs text or an attachment."
    if problem is not None:
        raise validation_problem([{"name": "content", "reason": problem}], problem)
    _refuse_when_closed(ticket)
    store = chat_store(state)
    attachment = None
    if body.attachment is not None:
        attachment = store.attachment(channel_id, body.attachment)
        if attachment is None or not attachment.uploaded:
            detail = (
                "No attachment with this reference belongs to this channel."
                if attachment is None
                else "The attachment has not been uploaded completely yet."
            )
            raise_problem(
                400, "attachment-not-uploaded", "Bad Request", detail, file_reference=body.attachment
            )
    message = store.add_message(
        channel_id,
        sender="technician",
        content=content,
        type_="text" if attachment is None else "attachment",
        attachment=attachment,
    )
    return message.model()


def _refuse_language(language: str) -> NoReturn:
    raise_problem(
        400,
        "unsupported-language",
        "Bad Request",
        str(UnsupportedLanguageError(language)),
        supported_languages=list(SUPPORTED_LANGUAGES),
        invalid_params=[{"name": "target_language", "reason": "not a supported language"}],
    )


@operation(router, Op.TRANSLATE, response_model=TranslateResponse, dependencies=[Depends(require_session)])
async def translate(body: TranslateRequest) -> TranslateResponse:
    """Translate a chat text into ``target_language`` (en, de, nl, fr or da)."""
    # The document's pattern is the rule; the translator's own reading of a tag is more forgiving.
    if not _LANGUAGE_TAG.fullmatch(body.target_language):
        _refuse_language(body.target_language)
    try:
        result = default_translator().translate(body.message.original, body.target_language)
    except UnsupportedLanguageError as exc:
        _refuse_language(exc.language)
    return TranslateResponse(
        message=TranslatedText(original=body.message.original, translated=result.text),
        target_language=result.target_language,
        source_language=result.source_language,
    )


@operation(router, Op.SEND_CONTROL_MESSAGE, response_model=ControlMessageResponse)
async def send_control_message(
    channel_id: str, state: StateDep, session: SessionDep
) -> ControlMessageResponse:
    """Ping the channel: the websocket delivers a control message, and the operator takes it as a nudge."""
    ticket = _channel_ticket(state, session.customer_id, channel_id)
    _refuse_when_closed(ticket)
    # Kept in the history (type "control"), so a transcript shows when the technician nudged, but not
    # pushed as a chat message: the websocket carries it as a controlMessage instead.
    chat_store(state).add_message(
        channel_id, sender="technician", content="ping", type_="control", publish=False
    )
    state.publish(Event("control", channel_id, {"channel_id": channel_id, "type": "ping"}))
    return ControlMessageResponse(channel_id=channel_id)


ChannelQuery = Annotated[
    str, Query(min_length=1, max_length=200, description="The channel (a ticket's chat_id).")
]


@operation(router, Op.CREATE_ATTACHMENT, response_model=CreatedAttachment, status_code=201)
async def create_attachment(
    channel_id: ChannelQuery,
    body: CreateAttachmentRequest,
    request: Request,
    state: StateDep,
    session: SessionDep,
) -> CreatedAttachment:
    """Announce an attachment and hand out the presigned URL to upload it to (without a bearer token)."""
    ticket = _channel_ticket(state, session.customer_id, channel_id)
    problem = file_name_problem(body.file_name)
    if problem is not None:
        raise validation_problem([{"name": "file_name", "reason": problem}], problem)
    _refuse_when_closed(ticket)
    store = chat_store(state)
    record = store.create_attachment(channel_id, body.file_name, created_by="technician")
    upload_url = store.objects.presign("PUT", record.object_key, str(request.base_url))
    return CreatedAttachment(
        file_name=record.file_name, file_reference=record.file_reference, upload_url=upload_url
    )


@operation(router, Op.GET_ATTACHMENT, response_model=AttachmentDownload)
async def get_attachment(
    channel_id: ChannelQuery,
    file_reference: Annotated[str, Query(min_length=1, max_length=1024)],
    request: Request,
    state: StateDep,
    session: SessionDep,
) -> AttachmentDownload:
    """An uploaded attachment with a presigned URL to download it from."""
    ticket = _channel_ticket(state, session.customer_id, channel_id)
    store = chat_store(state)
    record = store.attachment(channel_id, file_reference)
    if (
        record is None
        and ticket.state in FINAL_STATES
        and file_reference == note_attachment_reference(ticket, session_report_name(ticket))
    ):
        record = store.ensure_session_report(ticket)
    if record is None:
        raise_problem(
            404, "attachment-not-found", "Not Found", "This channel has no attachment with this reference."
        )
    if not record.uploaded:
        raise_problem(
            409,
            "attachment-not-uploaded",
            "Conflict",
            "The attachment has not been uploaded completely yet.",
            file_reference=file_reference,
        )
    download_url = store.objects.presign("GET", record.object_key, str(request.base_url))
    return AttachmentDownload(
        file_name=record.file_name, file_reference=record.file_reference, download_url=download_url
    )
