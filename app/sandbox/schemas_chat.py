"""Wire models of the sandbox's chat operations: messages, translation, control messages, attachments.

Field names follow seed 001 where it shows them (translate, control message, channel attachments) and
API-CONTRACT's chosen shapes elsewhere (messages and their paging). ``sender_name`` is an addition of the
sandbox: the operator's display name, which a chat window wants next to the bubble.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from app.sandbox.schemas import RequestBody, Wire
from app.sandbox.translator import SUPPORTED_LANGUAGES

Sender = Literal["operator", "technician", "system"]
MessageType = Literal["text", "attachment", "control"]

#: Longest chat message, in characters.
MAX_MESSAGE_LENGTH = 4000
#: Longest attachment file name, in characters.
MAX_FILE_NAME_LENGTH = 255
#: Longest text accepted by the translator, in characters.
MAX_TRANSLATE_LENGTH = 5000
#: A language tag the translator takes: a supported primary language in any letter case, then any BCP 47
#: subtags (``-`` or ``_`` separated), which are ignored: ``de``, ``DE-at``, ``nl_BE``.
LANGUAGE_TAG_PATTERN = (
    "^(?:"
    + "|".join(
        "".join(f"[{letter}{letter.upper()}]" for letter in language) for language in SUPPORTED_LANGUAGES
    )
    + ")(?:[-_][0-9A-Za-z]{1,8})*$"
)


class AttachmentRef(Wire):
    """An attachment as a message carries it."""

    file_name: str = Field(description="Name of the file as the sender gave it.")
    file_reference: str = Field(
        description="Where the file lives: /channel/<channel id>/<uuid>/<file name>.",
        examples=["/channel/2349283_416e4c77-4fc0-40ca-b5a5-95a12c4e84e8/0b8f.../photo.jpg"],
    )


class ChatMessage(Wire):
    """One message of a ticket's chat channel."""

    channel_id: str
    id: str = Field(description="Unique id of the message (a UUID).")
    sender: Sender
    sender_name: str | None = Field(
        default=None, description="Display name of the operator; null for technician and system messages."
    )
    type: MessageType
    content: str
    attachment: AttachmentRef | None = None
    created_at: datetime


class ChatMessagePage(Wire):
    """A page of messages, oldest first; ``next_token`` fetches the next page (null: there is none)."""

    result: list[ChatMessage]
    next_token: str | None = Field(
        default=None, description="Opaque token for the next page; pass it back unchanged."
    )


class SendMessageRequest(RequestBody):
    """A technician's message: text, an uploaded attachment, or both."""

    content: str = Field(default="", max_length=MAX_MESSAGE_LENGTH)
    attachment: str | None = Field(
        default=None,
        max_length=1024,
        description="The file_reference of an attachment of this channel that has been uploaded.",
    )


class TranslateText(RequestBody):
    """The text to translate: the seed's message object, whose ``translated`` the answer fills in."""

    original: str = Field(min_length=1, max_length=MAX_TRANSLATE_LENGTH)
    translated: str | None = Field(
        default=None,
        max_length=MAX_TRANSLATE_LENGTH * 4,
        description="Accepted because the request and the answer share the message object; ignored.",
    )


class TranslateRequest(RequestBody):
    """``{message: {original}, target_language}`` as seed 001 shows."""

    message: TranslateText
    #: Checked by the route (400 ``unsupported-language``), against the pattern the document gives.
    target_language: str = Field(
        min_length=2, max_length=35, examples=["de"], json_schema_extra={"pattern": LANGUAGE_TAG_PATTERN}
    )


class TranslatedText(Wire):
    """The original text and its translation."""

    original: str
    translated: str


class TranslateResponse(Wire):
    """The translation, with the language it was detected to be in (``und`` when none was recognised)."""

    message: TranslatedText
    target_language: str
    source_language: str


class ControlMessageResponse(Wire):
    """The channel the control message (a ping over the websocket) went to."""

    channel_id: str


class CreateAttachmentRequest(RequestBody):
    """The file to attach; the upload goes to ``upload_url`` afterwards."""

    file_name: str = Field(min_length=1, max_length=MAX_FILE_NAME_LENGTH, examples=["file.txt"])


class CreatedAttachment(Wire):
    """A new attachment and the presigned URL to ``PUT`` its bytes to (no Authorization header)."""

    file_name: str
    file_reference: str
    upload_url: str


class AttachmentDownload(Wire):
    """An uploaded attachment and a presigned URL to ``GET`` its bytes from."""

    file_name: str
    file_reference: str
    download_url: str
