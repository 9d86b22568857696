"""Presigned uploads and downloads (app.api.transfer) against the sandbox's object store over loopback."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
import pytest

from app.api.errors import (
    ApiConnectionError,
    BadRequestError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
)
from app.api.transfer import SourceFileChangedError, TransferClient, download_file, upload_file
from app.domain.contract.customer_api import Op
from app.sandbox.config import SandboxConfig
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import doip_connector, login_tokens, ticket_body

MIB = 1 << 20


# ---------------------------------------------------------------------- helpers


class Channel:
    """The chat channel of a fresh ticket, with the REST calls that mint presigned URLs for it."""

    def __init__(self, server: SandboxThread) -> None:
        self.server = server
        connector = doip_connector(server.catalogue)
        with httpx.Client(base_url=server.base_url, timeout=10) as http:
            self.token = login_tokens(http, connector)["access_token"]
            self.headers = {"Authorization": f"Bearer {self.token}"}
            created = http.post(
                Op.CREATE_TICKET.route.path(),
                json=ticket_body(server.catalogue, connector),
                headers=self.headers,
            )
        assert created.status_code == 201, created.text
        self.channel_id: str = created.json()["chat_id"]

    def create_attachment(self, file_name: str) -> dict[str, Any]:
        response = httpx.post(
            self.server.base_url + Op.CREATE_ATTACHMENT.route.path(),
            params={"channel_id": self.channel_id},
            json={"file_name": file_name},
            headers=self.headers,
        )
        assert response.status_code == 201, response.text
        attachment: dict[str, Any] = response.json()
        return attachment

    def get_attachment(self, file_reference: str) -> httpx.Response:
        return httpx.get(
            self.server.base_url + Op.GET_ATTACHMENT.route.path(),
            params={"channel_id": self.channel_id, "file_reference": file_reference},
            headers=self.headers,
        )

    def download_url(self, file_reference: str) -> str:
        response = self.get_attachment(file_reference)
        assert response.status_code == 200, response.text
        url: str = response.json()["download_url"]
        return url


def _object_for(server: SandboxThread, upload_url: str) -> dict[str, Any] | None:
    path = urlsplit(upload_url).path
    for stored in server.admin.objects():
        if path.endswith(stored["key"]):
            return stored
    return None


async def _object_disappears(server: SandboxThread, upload_url: str) -> bool:
    """True once the store holds nothing (not even an upload in flight) for the URL's key."""
    # The server notices a closed connection on its own schedule: give it a few seconds.
    for _ in range(100):
        if _object_for(server, upload_url) is None:
            return True
        await asyncio.sleep(0.05)
    return False


def _write_file(path: Path, size: int) -> str:
    """A file of ``size`` varied bytes (not zeros, so a misplaced chunk would show); its sha256."""
    digest = hashlib.sha256()
    block = hashlib.sha256(b"workbay").digest() * (MIB // 32)
    with path.open("wb") as sink:
        written = 0
        counter = 0
        while written < size:
            piece = (counter.to_bytes(8, "big") + block)[: min(MIB, size - written)]
            sink.write(piece)
            digest.update(piece)
            written += len(piece)
            counter += 1
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(MIB):
            digest.update(chunk)
    return digest.hexdigest()


def _with_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


class ProgressLog:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))


@pytest.fixture
def channel(sandbox: SandboxThread) -> Channel:
    return Channel(sandbox)


# ---------------------------------------------------------------------- uploads


@pytest.mark.asyncio
async def test_a_50_mib_upload_arrives_intact_and_downloads_back(channel: Channel, tmp_path: Path) -> None:
    source = tmp_path / "diagnostic-log.bin"
    size = 50 * MIB
    expected = _write_file(source, size)
    attachment = channel.create_attachment(source.name)
    upload_progress = ProgressLog()

    async with TransferClient() as transfers:
        await transfers.upload(attachment["upload_url"], source, progress=upload_progress)

        stored = _object_for(channel.server, attachment["upload_url"])
        assert stored is not None
        assert stored["sha256"] == expected
        assert stored["size"] == size

        sent = [done for done, _ in upload_progress.calls]
        assert sent == sorted(sent)
        assert len(set(sent)) == len(sent)
        assert upload_progress.calls[-1] == (size, size)
        assert {total for _, total in upload_progress.calls} == {size}

        dest = tmp_path / "back" / "copy.bin"
        dest.parent.mkdir()
        download_progress = ProgressLog()
        written = await transfers.download(
            channel.download_url(attachment["file_reference"]), dest, progress=download_progress
        )

    assert written == size
    assert _sha256(dest) == expected
    assert download_progress.calls[-1] == (size, size)
    assert not dest.with_name(dest.name + ".part").exists()
    puts = channel.server.admin.requests("/_objects/*")
    assert [entry["authorization_kind"] for entry in puts] == ["none", "none"]


@pytest.mark.asyncio
async def test_an_empty_file_uploads_and_reports_progress_once(channel: Channel, tmp_path: Path) -> None:
    source = tmp_path / "empty.txt"
    source.write_bytes(b"")
    attachment = channel.create_attachment(source.name)
    progress = ProgressLog()
    async with httpx.AsyncClient() as client:
        await upload_file(client, attachment["upload_url"], source, progress=progress)
    stored = _object_for(channel.server, attachment["upload_url"])
    assert stored is not None
    assert stored["size"] == 0
    assert stored["sha256"] == hashlib.sha256(b"").hexdigest()
    assert progress.calls == [(0, 0)]


@pytest.mark.asyncio
async def test_the_content_type_is_guessed_from_the_name(channel: Channel, tmp_path: Path) -> None:
    source = tmp_path / "dashboard.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    attachment = channel.create_attachment(source.name)
    async with TransferClient() as transfers:
        await transfers.upload(attachment["upload_url"], source)
        response = await transfers.http.get(channel.download_url(attachment["file_reference"]))
    assert response.headers["content-type"] == "image/jpeg"
    assert response.content == source.read_bytes()


@pytest.mark.asyncio
async def test_the_upload_announces_its_exact_length_and_is_not_chunked(
    channel: Channel, tmp_path: Path
) -> None:
    source = tmp_path / "notes.txt"
    source.write_bytes(b"odometer 123456\n" * 5000)
    attachment = channel.create_attachment(source.name)
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request)

    async with httpx.AsyncClient(event_hooks={"request": [record]}) as client:
        await upload_file(client, attachment["upload_url"], source, chunk_size=4096)
    (request,) = sent
    assert request.method == "PUT"
    assert request.headers["content-length"] == str(source.stat().st_size)
    assert "transfer-encoding" not in request.headers
    assert request.headers["content-type"] == "text/plain"
    assert "authorization" not in request.headers


@pytest.mark.parametrize(
    "client_options",
    [
        {"headers": {"Authorization": "Bearer leaked-token"}},
        {"auth": httpx.BasicAuth("user", "secret")},
    ],
)
@pytest.mark.asyncio
async def test_a_client_with_credentials_is_refused_before_sending(
    channel: Channel, tmp_path: Path, client_options: dict[str, Any]
) -> None:
    source = tmp_path / "photo.png"
    source.write_bytes(b"x" * 1000)
    attachment = channel.create_attachment(source.name)
    channel.server.admin.clear_requests()
    async with httpx.AsyncClient(**client_options) as client:
        with pytest.raises(ValueError, match="refusing"):
            await upload_file(client, attachment["upload_url"], source)
        with pytest.raises(ValueError, match="refusing"):
            await download_file(client, attachment["upload_url"], tmp_path / "never")
    assert channel.server.admin.requests("/_objects/*") == []
    assert not (tmp_path / "never").exists()


@pytest.mark.asyncio
async def test_a_url_with_user_credentials_is_refused(channel: Channel, tmp_path: Path) -> None:
    source = tmp_path / "photo.png"
    source.write_bytes(b"x")
    attachment = channel.create_attachment(source.name)
    url = attachment["upload_url"].replace("http://", "http://user:pw@", 1)
    async with httpx.AsyncClient() as client:
        with pytest.raises(ValueError, match="refusing"):
            await upload_file(client, url, source)


@pytest.mark.asyncio
async def test_cancelling_mid_upload_stops_at_once_and_leaves_no_object(
    channel: Channel, tmp_path: Path
) -> None:
    source = tmp_path / "big.bin"
    _write_file(source, 40 * MIB)
    attachment = channel.create_attachment(source.name)
    task: asyncio.Task[None] | None = None
    cancelled_at: list[float] = []

    def cancel_on_first_chunk(done: int, total: int) -> None:
        assert task is not None
        if not cancelled_at:
            cancelled_at.append(time.monotonic())
            task.cancel()

    async with TransferClient(chunk_size=256 * 1024) as transfers:
        task = asyncio.create_task(
            transfers.upload(attachment["upload_url"], source, progress=cancel_on_first_chunk)
        )
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - cancelled_at[0] < 1.0

    assert await _object_disappears(channel.server, attachment["upload_url"])
    assert channel.get_attachment(attachment["file_reference"]).status_code == 409


@pytest.mark.asyncio
async def test_a_file_over_the_limit_is_refused_with_payload_too_large(
    channel: Channel, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    limit = channel.server.config.max_upload_bytes
    source = tmp_path / "huge.bin"
    with source.open("wb") as sink:  # sparse: costs no disk
        sink.truncate(limit + 1)
    attachment = channel.create_attachment(source.name)
    channel.server.admin.clear_requests()
    async with TransferClient() as transfers:
        with caplog.at_level(logging.DEBUG), pytest.raises(PayloadTooLargeError) as caught:
            await transfers.upload(attachment["upload_url"], source)
    assert caught.value.status == 413
    assert caught.value.problem_type_slug == "payload-too-large"
    assert "signature" not in str(caught.value)
    assert "expires=" not in str(caught.value)
    signature = dict(parse_qsl(urlsplit(attachment["upload_url"]).query))["signature"]
    assert signature not in caplog.text  # httpx logs every URL: the signature must be masked there too
    assert len(channel.server.admin.requests("/_objects/*")) == 1  # a 413 is final: no retry
    assert _object_for(channel.server, attachment["upload_url"]) is None


@pytest.mark.asyncio
async def test_a_busy_store_is_retried_from_the_first_byte(channel: Channel, tmp_path: Path) -> None:
    source = tmp_path / "report.pdf"
    expected = _write_file(source, 3 * MIB)
    attachment = channel.create_attachment(source.name)
    channel.server.admin.add_fault(path="/_objects/*", method="PUT", kind="status", status=503, times=1)
    channel.server.admin.clear_requests()
    progress = ProgressLog()
    async with TransferClient() as transfers:
        await transfers.upload(attachment["upload_url"], source, progress=progress)
    stored = _object_for(channel.server, attachment["upload_url"])
    assert stored is not None
    assert stored["sha256"] == expected
    assert [entry["status"] for entry in channel.server.admin.requests("/_objects/*")] == [503, 200]
    assert progress.calls[-1] == (3 * MIB, 3 * MIB)


@pytest.mark.asyncio
async def test_a_dropped_connection_is_retried_then_given_up(channel: Channel, tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_bytes(b"diagnosis\n" * 1000)
    attachment = channel.create_attachment(source.name)
    channel.server.admin.add_fault(path="/_objects/*", method="PUT", kind="drop", times=1)
    async with httpx.AsyncClient() as client:
        await upload_file(client, attachment["upload_url"], source)
        assert _object_for(channel.server, attachment["upload_url"]) is not None

        second = channel.create_attachment("again.txt")
        channel.server.admin.add_fault(path="/_objects/*", method="PUT", kind="drop")
        channel.server.admin.clear_requests()
        with pytest.raises(ApiConnectionError) as caught:
            await upload_file(client, second["upload_url"], source, retries=1)
    assert len(channel.server.admin.requests("/_objects/*")) == 2
    assert "signature" not in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.TransportError)


@pytest.mark.asyncio
async def test_a_file_that_shrinks_while_uploading_is_abandoned(channel: Channel, tmp_path: Path) -> None:
    source = tmp_path / "growing.log"
    _write_file(source, 4 * MIB)
    attachment = channel.create_attachment(source.name)

    def shrink_after_first_chunk(done: int, total: int) -> None:
        if done == MIB:
            os.truncate(source, MIB)

    async with httpx.AsyncClient() as client:
        with pytest.raises(SourceFileChangedError):
            await upload_file(client, attachment["upload_url"], source, progress=shrink_after_first_chunk)
    assert await _object_disappears(channel.server, attachment["upload_url"])


@pytest.mark.asyncio
async def test_a_tampered_or_expired_upload_url_is_refused(channel: Channel, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"abc")
    attachment = channel.create_attachment(source.name)
    url = attachment["upload_url"]
    async with httpx.AsyncClient() as client:
        with pytest.raises(PermissionDeniedError) as caught:
            await upload_file(client, _with_query(url, signature="0" * 64), source)
        assert caught.value.problem_type_slug == "signature-invalid"
        channel.server.admin.advance_clock(16 * 60)
        with pytest.raises(PermissionDeniedError) as caught:
            await upload_file(client, url, source)
        assert caught.value.problem_type_slug == "url-expired"


# ---------------------------------------------------------------------- downloads


async def _uploaded(channel: Channel, tmp_path: Path, size: int) -> tuple[dict[str, Any], str]:
    source = tmp_path / "source.bin"
    digest = _write_file(source, size)
    attachment = channel.create_attachment("source.bin")
    async with httpx.AsyncClient() as client:
        await upload_file(client, attachment["upload_url"], source)
    return attachment, digest


@pytest.mark.asyncio
async def test_a_download_replaces_the_destination_only_when_complete(
    channel: Channel, tmp_path: Path
) -> None:
    attachment, digest = await _uploaded(channel, tmp_path, 2 * MIB + 123)
    dest = tmp_path / "out.bin"
    dest.write_bytes(b"the previous version")
    url = channel.download_url(attachment["file_reference"])
    async with httpx.AsyncClient() as client:
        with pytest.raises(PermissionDeniedError):
            await download_file(client, _with_query(url, signature="f" * 64), dest)
        assert dest.read_bytes() == b"the previous version"
        assert not (tmp_path / "out.bin.part").exists()

        assert await download_file(client, url, dest) == 2 * MIB + 123
    assert _sha256(dest) == digest


@pytest.mark.asyncio
async def test_a_cancelled_download_leaves_no_part_file(channel: Channel, tmp_path: Path) -> None:
    attachment, _ = await _uploaded(channel, tmp_path, 8 * MIB)
    dest = tmp_path / "cancelled.bin"
    task: asyncio.Task[int] | None = None

    def cancel(done: int, total: int) -> None:
        assert task is not None
        task.cancel()

    async with httpx.AsyncClient() as client:
        task = asyncio.create_task(
            download_file(
                client,
                channel.download_url(attachment["file_reference"]),
                dest,
                progress=cancel,
                chunk_size=65536,
            )
        )
        with pytest.raises(asyncio.CancelledError):
            await task
    assert not dest.exists()
    assert not (tmp_path / "cancelled.bin.part").exists()


@pytest.mark.asyncio
async def test_a_truncated_download_is_retried_and_then_reported(channel: Channel, tmp_path: Path) -> None:
    attachment, digest = await _uploaded(channel, tmp_path, MIB)
    url = channel.download_url(attachment["file_reference"])
    dest = tmp_path / "t.bin"
    channel.server.admin.add_fault(path="/_objects/*", method="GET", kind="truncate", times=1)
    async with httpx.AsyncClient() as client:
        assert await download_file(client, url, dest) == MIB
        assert _sha256(dest) == digest

        dest.unlink()
        channel.server.admin.add_fault(path="/_objects/*", method="GET", kind="truncate")
        with pytest.raises(ApiConnectionError):
            await download_file(client, url, dest, retries=1)
    assert not dest.exists()
    assert not (tmp_path / "t.bin.part").exists()


@pytest.mark.asyncio
async def test_download_errors_map_to_the_error_tree(channel: Channel, tmp_path: Path) -> None:
    attachment, _ = await _uploaded(channel, tmp_path, 10)
    url = channel.download_url(attachment["file_reference"])
    missing = url.replace("source.bin", "missing.bin")
    async with httpx.AsyncClient(headers={"X-Workbay": "1"}) as client:
        with pytest.raises((NotFoundError, PermissionDeniedError)):
            await download_file(client, missing, tmp_path / "m.bin")
        channel.server.admin.add_fault(path="/_objects/*", method="GET", kind="status", status=400)
        with pytest.raises(BadRequestError):
            await download_file(client, url, tmp_path / "m.bin")
    assert not (tmp_path / "m.bin").exists()


# ---------------------------------------------------------------------- memory

#: Above the shared sandbox's 50 MiB limit: this test runs its own sandbox.
LARGE_FILE = 256 * MIB
PEAK_LIMIT = 16 * MIB


@pytest.fixture(scope="module")
def roomy_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxThread]:
    config = SandboxConfig(
        object_dir=tmp_path_factory.mktemp("roomy-objects"),
        max_upload_bytes=LARGE_FILE + MIB,
        operator_enabled=False,
    )
    with SandboxThread(config) as server:
        yield server


@pytest.mark.slow
@pytest.mark.asyncio
async def test_a_256_mib_upload_stays_under_16_mib_of_python_memory(
    roomy_sandbox: SandboxThread, tmp_path: Path
) -> None:
    """The whole file never sits in memory: tracemalloc's peak stays a few MiB.

    The sandbox thread lives in this process, so the peak counts the server's allocations too: the bound
    holds for both ends together.
    """
    source = tmp_path / "sparse.bin"
    with source.open("wb") as sink:
        sink.truncate(LARGE_FILE)  # sparse: costs no disk, reads as zeros
    attachment = Channel(roomy_sandbox).create_attachment(source.name)

    async with TransferClient() as transfers:
        tracemalloc.start()
        try:
            await transfers.upload(attachment["upload_url"], source)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()

    assert peak < PEAK_LIMIT, f"peak {peak / MIB:.1f} MiB"
    stored = _object_for(roomy_sandbox, attachment["upload_url"])
    assert stored is not None
    assert stored["size"] == LARGE_FILE
    zeros = hashlib.sha256()
    for _ in range(LARGE_FILE // MIB):
        zeros.update(bytes(MIB))
    assert stored["sha256"] == zeros.hexdigest()
