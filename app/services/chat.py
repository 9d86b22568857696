"""The ticket's chat as the live page uses it: texts, files both ways, translation, the ping, notes and CSAT.

Files go out in two steps: the file is streamed from disk to the presigned upload address the API hands
out (never read into memory whole), then one chat message that carries it is posted. The attachment rules
(:class:`~app.domain.attachments.AttachmentRules`) are checked first, from the file's name and size alone,
so a refused file costs no request. Cancel works until the upload is complete; a cancelled or failed
upload posts no message at all, so the operator never sees half an attachment.

The operator's files are downloaded into one cache directory under a safe name of their own (the server's
file name is only a suggestion: it may hold path separators or ".."), so a second click opens the file
already there.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from app.api.client import CustomerApi
from app.api.models import ChatMessage, Note
from app.domain.attachments import AttachmentRules, Refusal, is_image
from app.services.errors import Failure, ServiceError, translate_errors
from app.store.paths import make_private_dir

__all__ = ["ChatService", "FileCheck", "ProgressCallback", "cache_file_name"]

_log = logging.getLogger(__name__)

#: ``progress(done, total)`` in bytes; ``total`` is 0 when the size is not known in advance.
ProgressCallback = Callable[[int, int], None]

# Characters that no file name may hold on one of the systems Workbay runs on (Windows is the strictest).
_FORBIDDEN_IN_NAMES: Final = re.compile(r'[<>:"/\\|?*]')
# Long enough to recognise the file, short enough for Windows' 260-character paths under a cache folder.
_MAX_STEM: Final = 80
_MAX_SUFFIX: Final = 16
_REFERENCE_DIGEST_LENGTH: Final = 16
_EARLIEST: Final = datetime.min.replace(tzinfo=UTC)
_DEFAULT_RULES: Final = AttachmentRules()  # frozen: one shared default is safe


@dataclass(frozen=True, slots=True)
class FileCheck:
    """A file the technician chose, as the chat rules judge it (from its name and size only).

    Attributes:
        path: the file.
        file_name: the name the operator will see.
        size: its size in bytes (0 when it is not a file).
        is_image: whether the chat shows it as a picture.
        refusal: why it cannot be sent; None when it may be.
        max_bytes: the size limit, for the sentence that explains a refusal.
    """

    path: Path
    file_name: str
    size: int
    is_image: bool
    refusal: Refusal | None
    max_bytes: int

    @property
    def allowed(self) -> bool:
        """Whether the file may be sent."""
        return self.refusal is None


def cache_file_name(file_reference: str, file_name: str) -> str:
    """A safe local name for a downloaded attachment: the server's name cleaned, unique per reference.

    The name keeps its suffix (so the system opens it with the right program) and loses every path
    separator, control character, character Windows refuses, and leading or trailing dot or space (so
    neither "..", nor a hidden file, nor "report.pdf." can come out). A digest of ``file_reference`` makes
    it unique: two operators' "photo.jpg" never overwrite each other, and the same reference always gets
    the same name, which is what makes the cache work.
    """
    base = unicodedata.normalize("NFC", file_name).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join("_" if unicodedata.category(char).startswith("C") else char for char in base)
    base = _FORBIDDEN_IN_NAMES.sub("_", base).strip(" .")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = stem[:_MAX_STEM].strip(" .") or "attachment"
    suffix = suffix.strip(" ")[:_MAX_SUFFIX]
    digest = hashlib.sha256(file_reference.encode("utf-8")).hexdigest()[:_REFERENCE_DIGEST_LENGTH]
    return f"{stem}-{digest}.{suffix}" if suffix else f"{stem}-{digest}"


class ChatService:
    """Sending into a ticket's chat and reading from it, over one :class:`CustomerApi` (Qt-free).

    Args:
        api: the client.
        rules: what may be sent (size limit, refused types).
        download_dir: where the operator's files are kept once downloaded (created when first needed,
            readable by this user only: they are customers' cars and documents).
    """

    def __init__(
        self, api: CustomerApi, *, rules: AttachmentRules = _DEFAULT_RULES, download_dir: Path
    ) -> None:
        self._api = api
        self.rules = rules
        self._download_dir = download_dir
        # One download per reference at a time: a second click waits for the first, then finds the file.
        # A lock per attachment clicked: a handful per ticket.
        self._download_locks: dict[str, asyncio.Lock] = {}

    @property
    def download_dir(self) -> Path:
        """Where downloaded attachments are kept."""
        return self._download_dir

    # --- texts --------------------------------------------------------------------------------------------

    async def send_text(self, channel_id: str, text: str) -> ChatMessage:
        """Post the technician's text (stripped) into the chat; the message as the server stored it.

        Raises:
            ValueError: the text is empty (the composer never sends one).
            ServiceError: it was not posted (``CHAT_CLOSED`` once the ticket has ended).
        """
        content = text.strip()
        if not content:
            raise ValueError("an empty text is not a message")
        with translate_errors():
            return await self._api.chat.send_message(channel_id, content)

    # --- files --------------------------------------------------------------------------------------------

    def check_file(self, path: Path) -> FileCheck:
        """What the rules say about sending ``path``: looks at its name and size only, never raises."""
        size = 0
        refusal: Refusal | None = None
        try:
            status = path.stat()
        except (OSError, ValueError):  # gone, unreachable, or a name the system cannot take
            refusal = Refusal.NOT_A_FILE
        else:
            if stat.S_ISREG(status.st_mode):
                size = status.st_size
            else:
                refusal = Refusal.NOT_A_FILE
        if refusal is None:
            refusal = self.rules.refusal(path.name, size)
        return FileCheck(
            path=path,
            file_name=path.name,
            size=size,
            is_image=is_image(path.name),
            refusal=refusal,
            max_bytes=self.rules.max_bytes,
        )

    async def send_file(
        self,
        channel_id: str,
        path: Path,
        *,
        caption: str = "",
        progress: ProgressCallback | None = None,
        cancel: asyncio.Event | None = None,
    ) -> ChatMessage:
        """Upload a file from disk and post one chat message that carries it (with ``caption``, if any).

        Args:
            channel_id: the ticket's chat.
            path: the file; it is streamed, so its size costs no memory.
            caption: text sent with the file.
            progress: ``progress(sent, total)`` in bytes while the file is uploaded.
            cancel: set it to stop the upload; no message is posted then.

        Raises:
            ServiceError: ``FILE_TOO_LARGE`` or ``FILE_REFUSED`` (``detail`` is the file's name) before any
                request, or for ``FILE_TOO_LARGE`` when the file store refuses it; ``CANCELLED`` when
                ``cancel`` was set before the upload was complete; ``FILE_REFUSED`` when the file could
                not be read or changed while it was sent; any other failure of the upload or the post.
        """
        check = await asyncio.to_thread(self.check_file, path)  # a stat can wait on a network drive
        if check.refusal is not None:
            failure = Failure.FILE_TOO_LARGE if check.refusal is Refusal.TOO_LARGE else Failure.FILE_REFUSED
            _log.info("not sending %s (%d bytes): %s", check.file_name, check.size, check.refusal.value)
            raise ServiceError(failure, check.file_name)
        if cancel is not None and cancel.is_set():
            raise ServiceError(Failure.CANCELLED)
        try:
            with translate_errors():
                attachment = await self._api.chat.upload_attachment(
                    channel_id, path, file_name=check.file_name, progress=progress, cancel=cancel
                )
        except ServiceError as error:
            if error.failure is Failure.FILE_TOO_LARGE:
                raise ServiceError(Failure.FILE_TOO_LARGE, check.file_name) from error.__cause__
            raise
        except OSError as error:  # deleted, unreadable, or written to while it was sent
            _log.info("%s could not be sent: %s", check.file_name, error)
            raise ServiceError(Failure.FILE_REFUSED, check.file_name) from error
        # Whenever no message follows from here on (cancelled now, or the post failing), the uploaded object
        # stays in the store with no message referring to it: nobody is ever shown it, so it is harmless.
        # A cancel midway through the upload leaves not even that: the store discards a partial upload.
        if cancel is not None and cancel.is_set():
            _log.info("upload of %s finished as it was cancelled: not posted", check.file_name)
            raise ServiceError(Failure.CANCELLED)
        # From here Cancel is too late: the file is complete, and a post cut off midway may still land.
        with translate_errors():
            message = await self._api.chat.send_message(channel_id, caption.strip(), attachment=attachment)
        _log.info("sent %s (%d bytes) into channel %s", check.file_name, check.size, channel_id)
        return message

    async def fetch_attachment(
        self,
        channel_id: str,
        file_reference: str,
        file_name: str,
        *,
        progress: ProgressCallback | None = None,
        cancel: asyncio.Event | None = None,
    ) -> Path:
        """The local copy of an attachment (of a message or a note), downloaded when not there yet.

        The file is written whole or not at all, so a file found in the cache is complete.

        Raises:
            ServiceError: it could not be downloaded (``CANCELLED`` when ``cancel`` was set).
            OSError: the cache directory cannot be written (a full or read-only disk).
        """
        target = self._download_dir / cache_file_name(file_reference, file_name)
        lock = self._download_locks.setdefault(file_reference, asyncio.Lock())
        async with lock:
            if await asyncio.to_thread(target.is_file):
                _log.debug("attachment %s is in the cache already", target.name)
                return target
            if cancel is not None and cancel.is_set():
                raise ServiceError(Failure.CANCELLED)
            await asyncio.to_thread(make_private_dir, self._download_dir)
            with translate_errors():
                size = await self._api.chat.download_attachment(
                    channel_id, file_reference, target, progress=progress, cancel=cancel
                )
        _log.info("downloaded attachment %s (%d bytes)", target.name, size)
        return target

    # --- translation and the ping ------------------------------------------------------------------------

    async def translate(self, text: str, language: str) -> str:
        """``text`` in ``language`` (en, de, nl, fr, da); the original when the service cannot translate it.

        Raises:
            ServiceError: the translation service failed.
        """
        if not text.strip():
            return text
        with translate_errors():
            translation = await self._api.chat.translate(text, language)
        return translation.text

    async def ping(self, channel_id: str) -> None:
        """Nudge the channel with a control message (the operator's side is woken; nothing is written).

        Raises:
            ServiceError: it was not sent (``CHAT_CLOSED`` once the ticket has ended).
        """
        with translate_errors():
            await self._api.chat.send_control_message(channel_id)

    async def dismiss_call_for_attention(self, connector_uuid: str) -> None:
        """Acknowledge the operator's call for attention (the connector stops blinking).

        Raises:
            ServiceError: it was not acknowledged.
        """
        with translate_errors():
            await self._api.connectors.dismiss_call_for_attention(connector_uuid)

    # --- around the chat ---------------------------------------------------------------------------------

    async def notes(self, ticket_id: int) -> tuple[Note, ...]:
        """The operator's notes on a ticket (every page), oldest first.

        Raises:
            ServiceError: they could not be read.
        """
        with translate_errors():
            notes = await self._api.tickets.notes(ticket_id).all()
        # Stable: notes without a time keep the server's order among themselves.
        return tuple(sorted(notes, key=lambda note: note.created_at or _EARLIEST))

    async def set_csat(self, ticket_id: int, score: int, comment: str) -> None:
        """Give (or change) the technician's satisfaction with a ticket: -1, 0 or 1, and a comment.

        Raises:
            ValueError: the score is not -1, 0 or 1 (nothing is sent).
            ServiceError: it was not stored.
        """
        if isinstance(score, bool) or score not in (-1, 0, 1):
            raise ValueError(f"a satisfaction score is -1, 0 or 1, not {score!r}")
        with translate_errors():
            await self._api.tickets.set_csat(ticket_id, score, comment=comment.strip() or None)
        _log.info("satisfaction %+d given for ticket %s", score, ticket_id)
