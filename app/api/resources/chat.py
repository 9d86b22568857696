"""The ticket chat: messages, attachments through presigned URLs, translation and control messages."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from pathlib import Path
from typing import TypeVar

import httpx

from app.api._http import HttpTransport
from app.api._ops import operation
from app.api.errors import BadResponseError, TransferCancelledError
from app.api.models import (
    Attachment,
    AttachmentRef,
    ChatMessage,
    ChatPage,
    ControlMessageResult,
    CreateAttachmentRequest,
    SendMessageRequest,
    TranslateRequest,
    Translation,
    TranslationText,
)
from app.api.paging import MAX_PAGE_SIZE, CursorPager
from app.api.resources._base import Resource
from app.api.transfer import ProgressCallback, TransferClient
from app.domain.contract.customer_api import Op

__all__ = ["ChatResource"]

log = logging.getLogger("app.api")

ResultT = TypeVar("ResultT")


async def _unless_cancelled(work: Awaitable[ResultT], cancel: asyncio.Event | None, what: str) -> ResultT:
    """Await ``work``; when ``cancel`` is set first, stop it and raise :class:`TransferCancelledError`.

    The caller's own task being cancelled stays an ``asyncio.CancelledError``: turning that into another
    exception would break ``asyncio.timeout`` and task groups. ``cancel`` is the user's Cancel button.
    """
    if cancel is None:
        return await work
    task = asyncio.ensure_future(work)
    waiter = asyncio.ensure_future(cancel.wait())
    try:
        await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    if task.cancelled():
        raise TransferCancelledError(f"The {what} was cancelled")
    return task.result()


class ChatResource(Resource):
    """``api.chat``. A ticket's ``chat_id`` is its channel id."""

    def __init__(self, http: HttpTransport, transfers: TransferClient) -> None:
        """Bind the chat to the API transport and to the plain client for presigned transfers."""
        super().__init__(http)
        self._transfers = transfers

    @operation(Op.MESSAGES)
    def messages(
        self,
        channel_id: str,
        *,
        page_size: int = 50,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> CursorPager[ChatMessage]:
        """The messages of a channel, oldest first (paged by ``next_token``, one page after the other)."""
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")

        async def fetch(token: str | None) -> tuple[tuple[ChatMessage, ...], str | None]:
            page = await self._http.call_model(
                Op.MESSAGES,
                ChatPage,
                path_params={"channel_id": channel_id},
                params={"limit": page_size, "next_token": token},
                timeout=timeout,
            )
            return page.result, page.next_token

        return CursorPager(fetch, max_items=max_items)

    @operation(Op.SEND_MESSAGE)
    async def send_message(
        self,
        channel_id: str,
        content: str,
        *,
        attachment: Attachment | AttachmentRef | str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> ChatMessage:
        """Send a text, optionally with an uploaded attachment (the attachment or its ``file_reference``)."""
        reference = attachment if isinstance(attachment, str | None) else attachment.file_reference
        body = SendMessageRequest(content=content, attachment=reference).to_wire()
        return await self._http.call_model(
            Op.SEND_MESSAGE, ChatMessage, path_params={"channel_id": channel_id}, body=body, timeout=timeout
        )

    @operation(Op.TRANSLATE)
    async def translate(
        self,
        text: str,
        target_language: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Translation:
        """Translate a text (e.g. an operator's message) into ``target_language`` (``"de"``, ``"nl"``...)."""
        body = TranslateRequest(message=TranslationText(original=text), target_language=target_language)
        return await self._http.call_model(Op.TRANSLATE, Translation, body=body.to_wire(), timeout=timeout)

    @operation(Op.SEND_CONTROL_MESSAGE)
    async def send_control_message(
        self,
        channel_id: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> ControlMessageResult | None:
        """Ping the channel over the websocket (nudges the operator)."""
        return await self._http.call_optional_model(
            Op.SEND_CONTROL_MESSAGE,
            ControlMessageResult,
            path_params={"channel_id": channel_id},
            timeout=timeout,
        )

    @operation(Op.CREATE_ATTACHMENT)
    async def create_attachment(
        self,
        channel_id: str,
        file_name: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Attachment:
        """Announce a file; the answer carries the presigned ``upload_url`` to PUT it to."""
        return await self._http.call_model(
            Op.CREATE_ATTACHMENT,
            Attachment,
            params={"channel_id": channel_id},
            body=CreateAttachmentRequest(file_name=file_name).to_wire(),
            timeout=timeout,
        )

    @operation(Op.GET_ATTACHMENT)
    async def get_attachment(
        self,
        channel_id: str,
        file_reference: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Attachment:
        """An attachment with a presigned ``download_url``."""
        return await self._http.call_model(
            Op.GET_ATTACHMENT,
            Attachment,
            params={"channel_id": channel_id, "file_reference": file_reference},
            timeout=timeout,
        )

    @operation(Op.CREATE_ATTACHMENT)
    async def upload_attachment(
        self,
        channel_id: str,
        path: Path,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: asyncio.Event | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Attachment:
        """Upload a file into a channel: announce it, then stream it to the presigned URL (no bearer token).

        Send it afterwards with :meth:`send_message` (``attachment=`` the result).

        Args:
            channel_id: the ticket's ``chat_id``.
            path: the file.
            file_name: the name the operator sees; the file's own name by default.
            content_type: its media type; guessed from the name by default.
            progress: ``progress(sent, total)`` after each chunk.
            cancel: set it to stop the upload (raises :class:`TransferCancelledError`).
            timeout: seconds for each phase of each request.

        Raises:
            TransferCancelledError: ``cancel`` was set.
            PayloadTooLargeError: the file is larger than the store accepts.
        """
        attachment = await self.create_attachment(channel_id, file_name or path.name, timeout=timeout)
        if not attachment.upload_url:
            raise BadResponseError("The server gave no upload address for the attachment", operation="upload")
        upload = self._transfers.upload(
            self._absolute(attachment.upload_url),
            path,
            content_type=content_type,
            progress=progress,
            timeout=timeout,
        )
        await _unless_cancelled(upload, cancel, "upload")
        log.info("attachment uploaded to channel %s", channel_id)
        return attachment

    @operation(Op.GET_ATTACHMENT)
    async def download_attachment(
        self,
        channel_id: str,
        file_reference: str,
        dest: Path,
        *,
        progress: ProgressCallback | None = None,
        cancel: asyncio.Event | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> int:
        """Download an attachment into ``dest`` (written whole or not at all); return the bytes written.

        Raises:
            TransferCancelledError: ``cancel`` was set (``dest`` is left as it was).
            ConflictError: the file is not fully uploaded yet.
        """
        attachment = await self.get_attachment(channel_id, file_reference, timeout=timeout)
        if not attachment.download_url:
            raise BadResponseError(
                "The server gave no download address for the attachment", operation="download"
            )
        download = self._transfers.download(
            self._absolute(attachment.download_url), dest, progress=progress, timeout=timeout
        )
        return await _unless_cancelled(download, cancel, "download")

    def _absolute(self, url: str) -> str:
        # Presigned URLs are absolute on real object stores; a relative one is on the API's own origin.
        return str(httpx.URL(self._http.base_url + "/").join(url))
