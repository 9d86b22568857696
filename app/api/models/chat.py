"""The ticket chat: messages, attachments, translations and control messages."""

from __future__ import annotations

from pydantic import Field

from app.api.models._base import ApiModel, ApiRequest, LooseStr, UtcDatetime

__all__ = [
    "Attachment",
    "AttachmentRef",
    "ChatMessage",
    "ChatPage",
    "ControlMessageResult",
    "CreateAttachmentRequest",
    "SendMessageRequest",
    "TranslateRequest",
    "Translation",
    "TranslationText",
]


class Attachment(ApiModel):
    """A file of a chat channel. The URLs are presigned (they carry a signature) and hidden from repr."""

    file_name: str
    file_reference: str
    upload_url: str | None = Field(default=None, repr=False)
    download_url: str | None = Field(default=None, repr=False)


class AttachmentRef(ApiModel):
    """The file a chat message carries."""

    file_reference: str
    file_name: str | None = None


class ChatMessage(ApiModel):
    """A message of a ticket's chat channel."""

    channel_id: str
    id: LooseStr
    #: ``operator``, ``technician`` or ``system``.
    sender: str
    #: The operator's name (e.g. "Sanne de Vries"), when the server gives it.
    sender_name: str | None = None
    #: ``text``, ``attachment`` or ``control``; unknown kinds kept as they are.
    type: str = "text"
    content: str | None = None
    attachment: AttachmentRef | None = None
    created_at: UtcDatetime


class ChatPage(ApiModel):
    """A page of messages, oldest first; ``next_token`` fetches the next page (None: no more)."""

    result: tuple[ChatMessage, ...] = ()
    next_token: str | None = None


class SendMessageRequest(ApiRequest):
    """A message to send; ``attachment`` is the ``file_reference`` of an uploaded attachment."""

    content: str
    attachment: str | None = None


class TranslationText(ApiModel):
    """A text and, once translated, its translation."""

    original: str
    translated: str | None = None


class TranslateRequest(ApiRequest):
    """Translate ``message.original`` into ``target_language``."""

    message: TranslationText
    target_language: str


class Translation(ApiModel):
    """A translation with the detected source language."""

    message: TranslationText
    target_language: str
    source_language: str | None = None

    @property
    def text(self) -> str:
        """The translation, or the original when the server could not translate it."""
        return self.message.translated if self.message.translated is not None else self.message.original


class CreateAttachmentRequest(ApiRequest):
    """Announce a file before uploading it."""

    file_name: str


class ControlMessageResult(ApiModel):
    """The answer to a control message (a ping over the websocket)."""

    channel_id: str | None = None
