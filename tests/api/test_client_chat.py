"""The chat through the client: paged messages, presigned uploads without the bearer, cancellation."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from app.api import CustomerApi, TransferCancelledError
from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from tests.api.conftest import build_order, requests_for


@pytest_asyncio.fixture
async def channel(logged_in: CustomerApi, sandbox: SandboxThread, connector: dict[str, Any]) -> str:
    """The chat channel of a fresh ticket on the logged-in connector."""
    ticket = await logged_in.tickets.create(await build_order(logged_in, connector))
    assert ticket.chat_id
    sandbox.admin.clear_requests()
    return ticket.chat_id


@pytest.mark.asyncio
async def test_messages_page_by_token_oldest_first(logged_in: CustomerApi, channel: str) -> None:
    before = await logged_in.chat.messages(channel).all()
    sent = [await logged_in.chat.send_message(channel, f"Message {n}") for n in range(5)]
    assert all(message.sender == "technician" for message in sent)
    messages = await logged_in.chat.messages(channel, page_size=2).all()
    assert [m.id for m in messages] == [m.id for m in before] + [m.id for m in sent]
    stamps = [m.created_at for m in messages]
    assert stamps == sorted(stamps)
    assert all(stamp.tzinfo is not None for stamp in stamps)


@pytest.mark.asyncio
async def test_an_upload_streams_to_the_presigned_url_without_the_bearer(
    logged_in: CustomerApi, sandbox: SandboxThread, channel: str, tmp_path: Path
) -> None:
    report = tmp_path / "fault-codes.txt"
    report.write_bytes(b"P0420 Catalyst system efficiency below threshold\n" * 30_000)
    seen: list[tuple[int, int]] = []
    attachment = await logged_in.chat.upload_attachment(
        channel, report, progress=lambda sent, total: seen.append((sent, total))
    )
    assert attachment.file_name == "fault-codes.txt"
    size = report.stat().st_size
    assert seen[-1] == (size, size)
    assert [sent for sent, _ in seen] == sorted(sent for sent, _ in seen)
    digest = hashlib.sha256(report.read_bytes()).hexdigest()
    assert digest in {obj["sha256"] for obj in sandbox.admin.objects() if obj.get("complete", True)}
    uploads = [e for e in sandbox.admin.requests() if e["path"].startswith("/_objects/")]
    assert [(e["method"], e["authorization_kind"], e["status"]) for e in uploads] == [("PUT", "none", 200)]
    assert "signature=" in uploads[0]["query"]


@pytest.mark.asyncio
async def test_an_upload_under_another_name_and_its_download(
    logged_in: CustomerApi, channel: str, tmp_path: Path
) -> None:
    photo = tmp_path / "IMG_0042.JPG"
    photo.write_bytes(bytes(range(256)) * 1000)
    attachment = await logged_in.chat.upload_attachment(channel, photo, file_name="dashboard.jpg")
    assert attachment.file_name == "dashboard.jpg"
    message = await logged_in.chat.send_message(channel, "", attachment=attachment)
    assert message.attachment is not None
    dest = tmp_path / "back" / "dashboard.jpg"
    dest.parent.mkdir()
    assert (
        await logged_in.chat.download_attachment(channel, message.attachment.file_reference, dest) == 256_000
    )
    assert dest.read_bytes() == photo.read_bytes()


@pytest.mark.asyncio
async def test_a_cancelled_upload_leaves_nothing_behind(
    logged_in: CustomerApi, sandbox: SandboxThread, channel: str, tmp_path: Path
) -> None:
    big = tmp_path / "trace.bin"
    with big.open("wb") as handle:
        handle.truncate(64 << 20)
    cancel = asyncio.Event()
    progress: list[int] = []

    def on_progress(sent: int, _total: int) -> None:
        progress.append(sent)
        cancel.set()

    with pytest.raises(TransferCancelledError):
        await logged_in.chat.upload_attachment(channel, big, progress=on_progress, cancel=cancel)
    assert progress
    assert progress[-1] < big.stat().st_size
    for _ in range(40):  # the server notices the disconnect a moment later
        if not sandbox.admin.objects():
            break
        await asyncio.sleep(0.05)
    assert sandbox.admin.objects() == []
    assert len(requests_for(sandbox, Op.CREATE_ATTACHMENT)) == 1


@pytest.mark.asyncio
async def test_a_cancelled_caller_task_stays_a_cancellation(
    logged_in: CustomerApi, channel: str, tmp_path: Path
) -> None:
    big = tmp_path / "trace.bin"
    with big.open("wb") as handle:
        handle.truncate(64 << 20)
    started = asyncio.Event()
    task = asyncio.create_task(
        logged_in.chat.upload_attachment(
            channel, big, progress=lambda _s, _t: started.set(), cancel=asyncio.Event()
        )
    )
    await asyncio.wait_for(started.wait(), 10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


@pytest.mark.asyncio
async def test_translation_and_control_message(
    logged_in: CustomerApi, sandbox: SandboxThread, channel: str
) -> None:
    translation = await logged_in.chat.translate("Thank you", "de")
    assert translation.source_language == "en"
    assert translation.text != "Thank you"
    await logged_in.chat.send_control_message(channel)
    [sent] = requests_for(sandbox, Op.SEND_CONTROL_MESSAGE)
    assert sent["status"] == 200
