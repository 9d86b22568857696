"""Streamed file transfers through presigned object-store URLs (chat attachments).

A presigned URL carries its own signature in the query string, so these requests must never carry the
API's bearer token: object stores refuse a foreign ``Authorization`` header next to a signature, and a
token sent there would leave the API's trust boundary. The functions here take a *plain*
:class:`httpx.AsyncClient` and refuse to send when that client would add credentials.

Files are streamed in chunks both ways, never held in memory as a whole, so a 1 GiB diagnostic log costs
the same memory as a photo. URLs are logged without their query string and never appear in an
exception's text.

Retries: a presigned ``PUT`` and a ``GET`` are both idempotent, so a transfer that could not connect, whose
connection broke, or that met a 502/503/504 is started again from the first byte, at most
:data:`DEFAULT_RETRIES` more times. Timeouts on a live connection and other statuses are not retried: a
slow link does not get faster by sending the same gigabyte again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import mimetypes
import os
import random
import ssl
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Final, Self, TypeVar

import httpx

from app.api._http import default_ssl_context
from app.api.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    BadResponseError,
    Problem,
    error_for_status,
)
from app.api.redact import RedactingFilter, url_for_log
from app.api.retry import parse_retry_after

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_RETRIES",
    "DEFAULT_TIMEOUT",
    "ProgressCallback",
    "SourceFileChangedError",
    "TransferClient",
    "download_file",
    "upload_file",
]

log = logging.getLogger(__name__)

# httpx logs every request's full URL at INFO level, and a presigned URL's query string is a credential.
_httpx_log = logging.getLogger("httpx")
if not any(isinstance(existing, RedactingFilter) for existing in _httpx_log.filters):
    _httpx_log.addFilter(RedactingFilter())

_T = TypeVar("_T")

#: ``progress(done, total)``; ``total`` is 0 when the size is not known in advance (Qt's "busy" bar).
ProgressCallback = Callable[[int, int], None]

DEFAULT_CHUNK_SIZE: Final = 1 << 20
#: Extra attempts after a connection failure or a 502/503/504, each starting again from the first byte.
DEFAULT_RETRIES: Final = 2
#: Object stores answer a large PUT only once they have the last byte: the read timeout must be generous.
DEFAULT_TIMEOUT: Final = httpx.Timeout(connect=10.0, read=120.0, write=120.0, pool=10.0)

#: Statuses that mean "the store is busy, try again" (S3 answers 503 SlowDown under load).
_RETRYABLE_STATUSES: Final = frozenset({502, 503, 504})
_FIRST_RETRY_DELAY: Final = 0.5
#: The longest ``Retry-After`` honoured before a retry; a longer wait is the caller's decision.
_MAX_RETRY_AFTER: Final = 10.0
#: Error bodies are read only this far: enough for a problem document, never a whole page.
_MAX_ERROR_BODY: Final = 64 * 1024
_CREDENTIAL_HEADERS: Final = ("authorization", "proxy-authorization")


class SourceFileChangedError(OSError):
    """The file being uploaded changed size while it was read, so the upload was abandoned."""


def _refuse_credentials(client: httpx.AsyncClient, request: httpx.Request) -> None:
    """Raise ``ValueError`` when ``request`` would reach the object store with credentials."""
    if client.auth is not None:
        raise ValueError("refusing a presigned transfer through a client that authenticates its requests")
    if request.url.username or request.url.password:
        raise ValueError("refusing a presigned transfer to a URL that carries user credentials")
    for name in _CREDENTIAL_HEADERS:
        if name in request.headers:
            raise ValueError(f"refusing a presigned transfer that carries a {name.title()} header")


def _retry_delay(retry_number: int, retry_after: float | None) -> float:
    """How long to wait before retry ``retry_number`` (1-based): short, jittered, doubling."""
    if retry_after is not None:
        return min(retry_after, _MAX_RETRY_AFTER)
    base = _FIRST_RETRY_DELAY * 2.0 ** (retry_number - 1)
    return base * random.uniform(0.5, 1.0)  # noqa: S311 - jitter, not cryptography


class _RetryableError(Exception):
    """One attempt failed in a way that deserves another attempt from the first byte."""

    def __init__(self, error: ApiError, retry_after: float | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.retry_after = retry_after


async def _read_error_body(response: httpx.Response) -> bytes:
    body = bytearray()
    async for chunk in response.aiter_raw():
        body += chunk
        if len(body) >= _MAX_ERROR_BODY:
            break
    return bytes(body[:_MAX_ERROR_BODY])


async def _raise_for_status(response: httpx.Response, action: str) -> None:
    """Raise the matching :class:`ApiStatusError` (wrapped for a retry when the store is busy)."""
    if response.is_success:
        return
    body = await _read_error_body(response)
    content_type = response.headers.get("content-type", "")
    problem = Problem.parse(body) if "json" in content_type else None
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    error: ApiStatusError = error_for_status(
        response.status_code,
        problem=problem,
        request_id=response.headers.get("x-request-id") or response.headers.get("x-amz-request-id"),
        retry_after=retry_after,
    )
    log.warning(
        "%s %s: HTTP %d %s",
        action,
        url_for_log(str(response.request.url)),
        response.status_code,
        problem.problem_type_slug if problem is not None else f"({len(body)} bytes of {content_type!r})",
    )
    if response.status_code in _RETRYABLE_STATUSES:
        raise _RetryableError(error, retry_after)
    raise error


def _transport_error(exc: httpx.TransportError, action: str) -> Exception:
    """The client error for an httpx failure, wrapped for a retry when starting again may help."""
    # httpx's own messages name no URL; the request (and its signed URL) stays on the chained cause only.
    error: ApiConnectionError
    if isinstance(exc, httpx.TimeoutException):
        error = ApiTimeoutError(f"The {action} timed out ({type(exc).__name__})")
    else:
        error = ApiConnectionError(f"The {action} failed: the connection to the file store broke")
    retryable = isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout) or (
        not isinstance(exc, httpx.TimeoutException)
        and isinstance(exc, httpx.NetworkError | httpx.RemoteProtocolError)
    )
    return _RetryableError(error) if retryable else error


async def _with_retries(attempt: Callable[[], Awaitable[_T]], *, action: str, url: str, retries: int) -> _T:
    """Run ``attempt`` until it succeeds, fails for good, or ``retries`` extra attempts are spent."""
    retry_number = 0
    while True:
        try:
            return await attempt()
        except _RetryableError as failure:
            if retry_number >= retries:
                raise failure.error from failure.__cause__
            retry_number += 1
            delay = _retry_delay(retry_number, failure.retry_after)
            log.info(
                "%s %s: %s; starting again from the first byte in %.2f s (retry %d of %d)",
                action,
                url_for_log(url),
                failure.error.message,
                delay,
                retry_number,
                retries,
            )
            await asyncio.sleep(delay)


async def _file_chunks(
    source: BinaryIO, size: int, chunk_size: int, progress: ProgressCallback | None
) -> AsyncGenerator[bytes, None]:
    """The file's bytes, one chunk at a time, read in a worker thread so the loop never waits on disk."""
    sent = 0
    while sent < size:
        chunk = await asyncio.to_thread(source.read, min(chunk_size, size - sent))
        if not chunk:
            raise SourceFileChangedError(f"the file shrank while it was uploaded ({sent} of {size} bytes)")
        yield chunk
        sent += len(chunk)
        if progress is not None:
            progress(sent, size)
    if await asyncio.to_thread(source.read, 1):
        raise SourceFileChangedError(f"the file grew while it was uploaded (beyond {size} bytes)")
    if size == 0 and progress is not None:
        progress(0, 0)


async def upload_file(
    client: httpx.AsyncClient,
    url: str,
    path: Path,
    *,
    content_type: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: ProgressCallback | None = None,
    timeout: float | None = None,  # noqa: ASYNC109 - httpx's per-phase timeout, not a deadline
    retries: int = DEFAULT_RETRIES,
) -> None:
    """PUT the file at ``path`` to a presigned ``url``, streamed from disk with an exact Content-Length.

    The request carries no credentials: ``client`` must be a plain client (no ``auth``, no
    ``Authorization`` header), else ``ValueError`` is raised before anything is sent.

    A connection failure or a 502/503/504 starts the upload again from the first byte, at most
    ``retries`` more times (a PUT of the same bytes is idempotent); ``progress`` then restarts from 0.
    Cancelling the awaiting task stops the upload at once (the connection is closed, so the store discards
    the partial object) and raises ``asyncio.CancelledError``.

    Args:
        client: a client without authentication, e.g. :class:`TransferClient`'s.
        url: the presigned upload URL (its query string is a secret: it is never logged).
        path: the file to send.
        content_type: sent as ``Content-Type``; guessed from the file name when not given.
        chunk_size: bytes read from disk and sent per step.
        progress: called as ``progress(sent, total)`` after each chunk was handed to the connection.
        timeout: seconds for each of connect, write and read; None uses the client's own timeouts.
        retries: extra attempts after a retryable failure.

    Raises:
        PayloadTooLargeError: the store refused the file as too large (413).
        ApiStatusError: another error status (the matching subclass).
        ApiConnectionError: the store could not be reached or the connection broke (after the retries).
        ApiTimeoutError: the store did not answer in time.
        SourceFileChangedError: the file changed size while it was read.
        OSError: the file could not be read.
    """
    if chunk_size <= 0:
        raise ValueError("chunk_size must be positive")
    size = (await asyncio.to_thread(path.stat)).st_size
    headers = {
        "Content-Length": str(size),
        "Content-Type": content_type or mimetypes.guess_type(path.name)[0] or "application/octet-stream",
    }
    started = time.monotonic()

    async def attempt() -> None:
        with await asyncio.to_thread(path.open, "rb") as source:
            body = _file_chunks(source, size, chunk_size, progress)
            request = client.build_request(
                "PUT",
                url,
                content=body,
                headers=headers,
                timeout=client.timeout if timeout is None else timeout,
            )
            _refuse_credentials(client, request)
            try:
                response = await client.send(request, stream=True, follow_redirects=False)
            except httpx.TransportError as exc:
                raise _transport_error(exc, "upload") from exc
            finally:
                # The generator may be parked at a ``yield`` when the send stopped early: close it here so
                # the file is not read by a forgotten generator after ``source`` is closed.
                await body.aclose()
            try:
                await _raise_for_status(response, "upload")
            except httpx.TransportError as exc:
                raise _transport_error(exc, "upload") from exc
            finally:
                await response.aclose()

    try:
        await _with_retries(attempt, action="upload", url=url, retries=retries)
    except asyncio.CancelledError:
        log.info("upload to %s cancelled", url_for_log(url))
        raise
    elapsed = time.monotonic() - started
    log.info(
        "uploaded %d bytes to %s in %.2f s (%.1f MiB/s)",
        size,
        url_for_log(url),
        elapsed,
        size / (1 << 20) / elapsed if elapsed > 0 else 0.0,
    )


def _flush_and_sync(sink: BinaryIO) -> None:
    sink.flush()
    os.fsync(sink.fileno())


def _sync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _declared_length(response: httpx.Response) -> int:
    """The body's size as announced, or 0 when unknown (or encoded, so that bytes written differ)."""
    if response.headers.get("content-encoding", "identity").lower() != "identity":
        return 0
    value = response.headers.get("content-length", "")
    return int(value) if value.isdigit() else 0


async def download_file(
    client: httpx.AsyncClient,
    url: str,
    dest: Path,
    *,
    progress: ProgressCallback | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    timeout: float | None = None,  # noqa: ASYNC109 - httpx's per-phase timeout, not a deadline
    retries: int = DEFAULT_RETRIES,
) -> int:
    """GET a presigned ``url`` into ``dest``, streamed through ``<dest>.part``; return the bytes written.

    The part file is flushed to disk (fsync) and renamed over ``dest`` only when the whole body arrived,
    so ``dest`` is never a half file; on any failure or cancellation the part file is removed. A
    connection failure or a 502/503/504 starts again from the first byte, at most ``retries`` more times.

    Raises:
        ApiStatusError: an error status (the matching subclass, e.g. NotFoundError, PermissionDeniedError
            for an expired URL).
        ApiConnectionError: the store could not be reached or the connection broke (after the retries).
        ApiTimeoutError: the store did not answer in time.
        BadResponseError: the body was shorter or longer than announced, or could not be decoded.
        OSError: ``dest`` could not be written.
    """
    if chunk_size <= 0:
        raise ValueError("chunk_size must be positive")
    part = dest.with_name(dest.name + ".part")
    started = time.monotonic()

    async def attempt() -> int:
        request = client.build_request("GET", url, timeout=client.timeout if timeout is None else timeout)
        _refuse_credentials(client, request)
        try:
            response = await client.send(request, stream=True, follow_redirects=True)
        except httpx.TransportError as exc:
            raise _transport_error(exc, "download") from exc
        try:
            await _raise_for_status(response, "download")
            total = _declared_length(response)
            written = 0
            with await asyncio.to_thread(part.open, "wb") as sink:
                async for chunk in response.aiter_bytes(chunk_size):
                    await asyncio.to_thread(sink.write, chunk)
                    written += len(chunk)
                    if progress is not None:
                        progress(written, total)
                await asyncio.to_thread(_flush_and_sync, sink)
        except httpx.DecodingError as exc:
            raise BadResponseError(
                "The download failed: the file store sent a body that could not be decoded"
            ) from exc
        except httpx.TransportError as exc:
            raise _transport_error(exc, "download") from exc
        finally:
            await response.aclose()
        if total and written != total:
            raise BadResponseError(f"The download failed: {written} bytes arrived of the {total} announced")
        if written == 0 and progress is not None:
            progress(0, 0)
        return written

    try:
        written = await _with_retries(attempt, action="download", url=url, retries=retries)
        await asyncio.to_thread(os.replace, part, dest)
        await asyncio.to_thread(_sync_directory, dest.parent)
    except BaseException as exc:
        # A half-written part file is worthless (no resume); leave the destination as it was.
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        if isinstance(exc, asyncio.CancelledError):
            log.info("download from %s cancelled", url_for_log(url))
        raise
    elapsed = time.monotonic() - started
    log.info("downloaded %d bytes from %s in %.2f s", written, url_for_log(url), elapsed)
    return written


class TransferClient:
    """Owns a plain HTTP client for presigned uploads and downloads: no auth, no API headers.

    Use ``async with TransferClient() as transfers:`` or call :meth:`aclose`. The Customer API client
    creates one and hands presigned URLs to it, so the bearer token can never travel with a file.
    """

    def __init__(
        self,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        verify: ssl.SSLContext | bool | None = None,
        user_agent: str = "Workbay",
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        retries: int = DEFAULT_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """Build the client.

        Args:
            timeout: default timeouts (a float applies to connect, read, write and pool alike).
            verify: the TLS context; by default one backed by the operating system's trust store.
            user_agent: the ``User-Agent`` header.
            chunk_size: bytes per read and write step.
            retries: extra attempts after a connection failure or a 502/503/504.
            transport: a custom transport (tests of odd networks only).
        """
        self._chunk_size = chunk_size
        self._retries = retries
        self._client = httpx.AsyncClient(
            timeout=timeout,
            verify=default_ssl_context() if verify is None else verify,
            headers={"User-Agent": user_agent},
            transport=transport,
            follow_redirects=False,
        )

    @property
    def http(self) -> httpx.AsyncClient:
        """The underlying plain client (never give it credentials)."""
        return self._client

    async def upload(
        self,
        url: str,
        path: Path,
        *,
        content_type: str | None = None,
        progress: ProgressCallback | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - httpx's per-phase timeout, not a deadline
    ) -> None:
        """Upload ``path`` to a presigned ``url``; see :func:`upload_file`."""
        await upload_file(
            self._client,
            url,
            path,
            content_type=content_type,
            chunk_size=self._chunk_size,
            progress=progress,
            timeout=timeout,
            retries=self._retries,
        )

    async def download(
        self,
        url: str,
        dest: Path,
        *,
        progress: ProgressCallback | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - httpx's per-phase timeout, not a deadline
    ) -> int:
        """Download a presigned ``url`` into ``dest``; see :func:`download_file`."""
        return await download_file(
            self._client,
            url,
            dest,
            progress=progress,
            chunk_size=self._chunk_size,
            timeout=timeout,
            retries=self._retries,
        )

    async def aclose(self) -> None:
        """Close the connections."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
