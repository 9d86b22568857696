"""ChatService against the sandbox: files up byte for byte and down once, refusals before any request,
Cancel that leaves no message, translation, the ping, notes and the satisfaction score."""

from __future__ import annotations

import asyncio
import hashlib
import random
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from app.api import CustomerApi
from app.api.models import Ticket
from app.domain.attachments import AttachmentRules, Refusal
from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.sandbox.runner import SandboxThread
from app.services.chat import ChatService, cache_file_name
from app.services.embedded import sandbox_command
from app.services.errors import Failure, ServiceError
from app.services.live import TicketFollower
from app.services.workbench import Workbench
from tests.api.conftest import build_order, requests_for
from tests.samples import GOLF_UUID

MIB = 1024 * 1024


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(MIB):
            digest.update(chunk)
    return digest.hexdigest()


def _photo(path: Path, size: int, seed: int = 7) -> bytes:
    """A file that starts like a JPEG and holds varied bytes (a misplaced chunk would show)."""
    data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + random.Random(seed).randbytes(size - 11)
    path.write_bytes(data)
    return data


def _attachment_messages(sandbox: SandboxThread, ticket: Ticket) -> list[dict[str, Any]]:
    """The technician's messages that carry a file, as the sandbox's own chat holds them."""
    return [
        m for m in sandbox.admin.messages(ticket.id) if m["sender"] == "technician" and m.get("attachment")
    ]


@pytest_asyncio.fixture
async def ticket(api: CustomerApi, sandbox: SandboxThread) -> Ticket:
    """An open ticket of the Golf's connector (pending: its chat takes messages); the request log empty."""
    golf = next(c for c in sandbox.admin.connectors() if c["uuid"] == GOLF_UUID)
    created = await api.tickets.create(await build_order(api, golf))
    assert created.chat_id
    sandbox.admin.clear_requests()
    return created


@pytest.fixture
def chat(api: CustomerApi, tmp_path: Path) -> ChatService:
    return ChatService(api, download_dir=tmp_path / "downloads")


# --- a photo up, and down again ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_photo_reaches_the_store_byte_identical_as_one_message(
    chat: ChatService, api: CustomerApi, ticket: Ticket, sandbox: SandboxThread, tmp_path: Path
) -> None:
    source = tmp_path / "dashboard.jpg"
    data = _photo(source, 2 * MIB + 12_345)
    steps: list[tuple[int, int]] = []
    assert ticket.chat_id is not None

    message = await chat.send_file(
        ticket.chat_id,
        source,
        caption="  Dashboard, ignition on  ",
        progress=lambda s, t: steps.append((s, t)),
    )

    assert message.sender == "technician"
    assert message.type == "attachment"
    assert message.content == "Dashboard, ignition on"
    assert message.attachment is not None
    assert message.attachment.file_name == "dashboard.jpg"
    # Streamed in chunks, to the last byte.
    assert len(steps) >= 3
    assert steps[-1] == (len(data), len(data))
    assert [sent for sent, _ in steps] == sorted(sent for sent, _ in steps)
    # The store holds exactly these bytes.
    stored = [o for o in sandbox.admin.objects() if o["sha256"] == _sha256(data)]
    assert len(stored) == 1
    assert stored[0]["size"] == len(data)
    assert stored[0]["complete"] is True
    # One message carries it, in the sandbox's chat and in the chat the API lists.
    [posted] = _attachment_messages(sandbox, ticket)
    assert posted["id"] == message.id
    assert posted["attachment"]["file_reference"] == message.attachment.file_reference
    listed = await api.chat.messages(ticket.chat_id).all()
    assert [m.id for m in listed if m.attachment is not None and m.sender == "technician"] == [message.id]
    assert len(requests_for(sandbox, Op.SEND_MESSAGE)) == 1

    # Downloaded back, it is the same file; the second time it comes from the cache without a request.
    sandbox.admin.clear_requests()
    local = await chat.fetch_attachment(ticket.chat_id, message.attachment.file_reference, "dashboard.jpg")
    assert _file_sha256(local) == _sha256(data)
    assert local.parent == chat.download_dir
    assert local.suffix == ".jpg"
    fetched = len(sandbox.admin.requests())
    assert fetched == 2  # the presigned address, then the bytes
    again = await chat.fetch_attachment(ticket.chat_id, message.attachment.file_reference, "dashboard.jpg")
    assert again == local
    assert len(sandbox.admin.requests()) == fetched


@pytest.mark.asyncio
async def test_two_clicks_on_one_attachment_download_it_once(
    chat: ChatService, ticket: Ticket, sandbox: SandboxThread
) -> None:
    posted = sandbox.admin.post_message(
        ticket.id, "The readout", file_name="readout.csv", data=b"dtc,P0401\n" * 1000
    )
    reference = posted["attachment"]["file_reference"]
    assert ticket.chat_id is not None
    sandbox.admin.clear_requests()

    first, second = await asyncio.gather(
        chat.fetch_attachment(ticket.chat_id, reference, "readout.csv"),
        chat.fetch_attachment(ticket.chat_id, reference, "readout.csv"),
    )

    assert first == second
    assert first.read_bytes() == b"dtc,P0401\n" * 1000
    assert len(requests_for(sandbox, Op.GET_ATTACHMENT)) == 1
    assert not list(chat.download_dir.glob("*.part"))


@pytest.mark.asyncio
async def test_a_missing_attachment_is_not_found_and_leaves_no_file(
    chat: ChatService, ticket: Ticket
) -> None:
    assert ticket.chat_id is not None
    with pytest.raises(ServiceError) as caught:
        await chat.fetch_attachment(ticket.chat_id, "no-such-reference", "ghost.pdf")
    assert caught.value.failure is Failure.NOT_FOUND
    assert not chat.download_dir.exists() or not any(chat.download_dir.iterdir())


# --- Cancel, refusals, the store's limit ------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_cancelled_upload_posts_no_message(
    chat: ChatService, api: CustomerApi, ticket: Ticket, sandbox: SandboxThread, tmp_path: Path
) -> None:
    source = tmp_path / "engine-bay.jpg"
    _photo(source, 8 * MIB)
    cancel = asyncio.Event()
    steps: list[tuple[int, int]] = []

    def cancel_after_the_first_chunk(sent: int, total: int) -> None:
        steps.append((sent, total))
        cancel.set()

    assert ticket.chat_id is not None
    with pytest.raises(ServiceError) as caught:
        await chat.send_file(ticket.chat_id, source, progress=cancel_after_the_first_chunk, cancel=cancel)

    assert caught.value.failure is Failure.CANCELLED
    assert steps[0][0] < steps[0][1]  # it was cancelled midway, not before it started
    assert len(requests_for(sandbox, Op.CREATE_ATTACHMENT)) == 1
    assert requests_for(sandbox, Op.SEND_MESSAGE) == []
    assert _attachment_messages(sandbox, ticket) == []
    assert not [m for m in await api.chat.messages(ticket.chat_id).all() if m.attachment is not None]


@pytest.mark.asyncio
async def test_a_cancel_before_the_start_sends_nothing(
    chat: ChatService, ticket: Ticket, sandbox: SandboxThread, tmp_path: Path
) -> None:
    source = tmp_path / "vin-plate.png"
    _photo(source, 1000)
    cancel = asyncio.Event()
    cancel.set()
    assert ticket.chat_id is not None

    with pytest.raises(ServiceError) as caught:
        await chat.send_file(ticket.chat_id, source, cancel=cancel)

    assert caught.value.failure is Failure.CANCELLED
    assert sandbox.admin.requests() == []


@pytest.mark.asyncio
async def test_refused_files_cost_no_request(
    api: CustomerApi, ticket: Ticket, sandbox: SandboxThread, tmp_path: Path
) -> None:
    chat = ChatService(api, rules=AttachmentRules(max_bytes=4096), download_dir=tmp_path / "downloads")
    large = tmp_path / "scan.png"
    large.write_bytes(b"x" * 4097)
    program = tmp_path / "flash-tool.exe"
    program.write_bytes(b"MZ" + b"\x00" * 100)
    empty = tmp_path / "notes.txt"
    empty.touch()
    folder = tmp_path / "photos"
    folder.mkdir()
    missing = tmp_path / "gone.jpg"
    expected = {
        large: (Failure.FILE_TOO_LARGE, Refusal.TOO_LARGE),
        program: (Failure.FILE_REFUSED, Refusal.BLOCKED_TYPE),
        empty: (Failure.FILE_REFUSED, Refusal.EMPTY),
        folder: (Failure.FILE_REFUSED, Refusal.NOT_A_FILE),
        missing: (Failure.FILE_REFUSED, Refusal.NOT_A_FILE),
    }
    assert ticket.chat_id is not None

    for path, (failure, refusal) in expected.items():
        check = chat.check_file(path)
        assert (check.refusal, check.allowed, check.max_bytes) == (refusal, False, 4096), path.name
        assert check.file_name == path.name
        with pytest.raises(ServiceError) as caught:
            await chat.send_file(ticket.chat_id, path, caption="look")
        assert (caught.value.failure, caught.value.detail) == (failure, path.name)

    assert sandbox.admin.requests() == []
    fine = chat.check_file(tmp_path / "scan.png")
    assert (fine.size, fine.is_image) == (4097, True)
    large.write_bytes(b"x" * 4096)
    assert chat.check_file(large).allowed


@pytest.mark.asyncio
async def test_a_file_the_store_refuses_as_too_large_is_file_too_large(
    api: CustomerApi, ticket: Ticket, sandbox: SandboxThread, tmp_path: Path
) -> None:
    limit = sandbox.config.max_upload_bytes
    # The rules allow more than the store takes (a server configured smaller than the program).
    chat = ChatService(api, rules=AttachmentRules(max_bytes=4 * limit), download_dir=tmp_path / "downloads")
    source = tmp_path / "session-trace.bin"
    with source.open("wb") as sink:  # sparse: costs no disk
        sink.truncate(limit + 1)
    assert chat.check_file(source).allowed
    assert ticket.chat_id is not None

    with pytest.raises(ServiceError) as caught:
        await chat.send_file(ticket.chat_id, source)

    assert (caught.value.failure, caught.value.detail) == (Failure.FILE_TOO_LARGE, "session-trace.bin")
    assert [r["status"] for r in sandbox.admin.requests("/_objects/*")] == [413]
    assert requests_for(sandbox, Op.SEND_MESSAGE) == []


@pytest.mark.asyncio
async def test_a_file_changed_while_it_is_sent_is_refused_without_a_message(
    chat: ChatService, ticket: Ticket, sandbox: SandboxThread, tmp_path: Path
) -> None:
    source = tmp_path / "live-log.txt"
    source.write_bytes(b"frame\n" * (MIB // 2))  # 3 MiB: more than one chunk

    def log_grows(_sent: int, _total: int) -> None:
        with source.open("ab") as sink:
            sink.write(b"late frame\n")

    assert ticket.chat_id is not None
    with pytest.raises(ServiceError) as caught:
        await chat.send_file(ticket.chat_id, source, progress=log_grows)

    assert (caught.value.failure, caught.value.detail) == (Failure.FILE_REFUSED, "live-log.txt")
    assert requests_for(sandbox, Op.SEND_MESSAGE) == []


# --- texts, translation, the ping -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_text_is_sent_stripped_and_a_closed_chat_refuses_text_and_ping(
    chat: ChatService, ticket: Ticket, sandbox: SandboxThread
) -> None:
    assert ticket.chat_id is not None
    message = await chat.send_text(ticket.chat_id, "  The ABS light is on.\n")
    assert (message.sender, message.content) == ("technician", "The ABS light is on.")
    assert [m["content"] for m in sandbox.admin.messages(ticket.id) if m["sender"] == "technician"] == [
        "The ABS light is on."
    ]
    with pytest.raises(ValueError, match="empty"):
        await chat.send_text(ticket.chat_id, " \n ")

    sandbox.admin.set_ticket_state(ticket.id, int(TicketState.CLOSED))
    for attempt in (chat.send_text(ticket.chat_id, "Still there?"), chat.ping(ticket.chat_id)):
        with pytest.raises(ServiceError) as caught:
            await attempt
        assert caught.value.failure is Failure.CHAT_CLOSED


@pytest.mark.asyncio
async def test_a_german_text_to_english_and_back(chat: ChatService, sandbox: SandboxThread) -> None:
    german = "Bitte lassen Sie die Zündung eingeschaltet."

    english = await chat.translate(german, "en")
    back = await chat.translate(english, "de")

    assert english != german
    assert "ignition" in english
    assert back == german
    assert len(requests_for(sandbox, Op.TRANSLATE)) == 2
    assert await chat.translate("  ", "de") == "  "  # nothing to translate: no request
    assert len(requests_for(sandbox, Op.TRANSLATE)) == 2


@pytest.mark.asyncio
async def test_a_ping_reaches_the_channel(chat: ChatService, ticket: Ticket, sandbox: SandboxThread) -> None:
    assert ticket.chat_id is not None
    await chat.ping(ticket.chat_id)

    [sent] = requests_for(sandbox, Op.SEND_CONTROL_MESSAGE)
    assert sent["status"] == 200
    assert sent["path"].endswith("/" + ticket.chat_id)
    controls = [m for m in sandbox.admin.messages(ticket.id) if m["type"] == "control"]
    assert [(m["sender"], m["content"]) for m in controls] == [("technician", "ping")]


# --- notes and the satisfaction score ------------------------------------------------------------------


@pytest.mark.asyncio
async def test_notes_oldest_first_with_their_attachment(
    chat: ChatService, ticket: Ticket, sandbox: SandboxThread
) -> None:
    assert await chat.notes(ticket.id) == ()
    sandbox.admin.add_note(ticket.id, "Connected; reading fault memory.")
    sandbox.admin.advance_clock(90)
    sandbox.admin.add_note(
        ticket.id, "Fault memory attached.", file_name="faults.txt", data=b"P0401 EGR flow\n"
    )

    notes = await chat.notes(ticket.id)

    assert [n.value for n in notes] == ["Connected; reading fault memory.", "Fault memory attached."]
    assert notes[0].created_at is not None
    assert notes[1].created_at is not None
    assert notes[0].created_at < notes[1].created_at
    [attachment] = notes[1].attachments
    assert ticket.chat_id is not None
    local = await chat.fetch_attachment(ticket.chat_id, attachment.file_reference, attachment.file_name or "")
    assert local.read_bytes() == b"P0401 EGR flow\n"
    assert local.name.startswith("faults-")
    assert local.suffix == ".txt"


@pytest.mark.asyncio
async def test_the_satisfaction_score_reaches_the_sandbox_and_can_change(
    chat: ChatService, ticket: Ticket, sandbox: SandboxThread
) -> None:
    sandbox.admin.set_ticket_state(ticket.id, int(TicketState.CLOSED))

    await chat.set_csat(ticket.id, 1, "  Quick and clear.  ")
    record = next(t for t in sandbox.admin.tickets() if t["id"] == ticket.id)
    assert (record["csat"]["score"], record["csat"]["comment"]) == (1, "Quick and clear.")

    await chat.set_csat(ticket.id, -1, "")
    record = next(t for t in sandbox.admin.tickets() if t["id"] == ticket.id)
    assert (record["csat"]["score"], record["csat"]["comment"]) == (-1, None)
    assert [r["status"] for r in requests_for(sandbox, Op.TICKET_CSAT)] == [204, 204]


@pytest.mark.asyncio
@pytest.mark.parametrize("score", [2, -2, True])
async def test_a_score_outside_minus_one_to_one_is_not_sent(
    chat: ChatService, ticket: Ticket, sandbox: SandboxThread, score: int
) -> None:
    with pytest.raises(ValueError, match="-1, 0 or 1"):
        await chat.set_csat(ticket.id, score, "")
    assert requests_for(sandbox, Op.TICKET_CSAT) == []


# --- the cache's names, the workbench, the embedded sandbox ---------------------------------------------


@pytest.mark.parametrize(
    ("file_name", "stem", "suffix"),
    [
        ("dashboard.jpg", "dashboard", ".jpg"),
        ("../../etc/passwd", "passwd", ""),
        ("..\\..\\Windows\\evil.EXE", "evil", ".EXE"),
        ("..", "attachment", ""),
        ("", "attachment", ""),
        (".hidden.pdf", "hidden", ".pdf"),
        ("report.pdf. . ", "report", ".pdf"),
        ('bad<>:"|?*name.png', "bad_______name", ".png"),
        ("line\nbreak\x00.txt", "line_break_", ".txt"),
        ("x" * 300 + ".csv", "x" * 80, ".csv"),
    ],
)
def test_a_cached_file_gets_a_safe_name_that_keeps_its_suffix(file_name: str, stem: str, suffix: str) -> None:
    name = cache_file_name("/channel/c-1/u-1/file", file_name)
    digest = hashlib.sha256(b"/channel/c-1/u-1/file").hexdigest()[:16]

    assert name == f"{stem}-{digest}{suffix}"
    assert "/" not in name
    assert "\\" not in name
    assert not name.startswith(".")
    assert Path(name).name == name


def test_the_cached_name_is_unique_per_reference() -> None:
    assert cache_file_name("ref-a", "photo.jpg") == cache_file_name("ref-a", "photo.jpg")
    assert cache_file_name("ref-a", "photo.jpg") != cache_file_name("ref-b", "photo.jpg")


@pytest.mark.asyncio
async def test_the_workbench_builds_chat_and_history_with_its_rules(api: CustomerApi, tmp_path: Path) -> None:
    rules = AttachmentRules(max_bytes=3 * MIB)
    bench = Workbench(api, rules=rules, download_dir=tmp_path / "attachments")

    assert bench.chat is bench.chat
    assert bench.chat.rules is rules
    assert bench.chat.download_dir == tmp_path / "attachments"
    assert bench.history is bench.history
    # Without a folder given, downloads go to the user's cache (a temporary one in tests).
    assert Workbench(api).chat.download_dir.name == "attachments"
    assert Workbench(api).chat.rules == AttachmentRules()
    # A new follower for every call: two pages following the same ticket must not share one.
    first, second = bench.follow(7014001, 910000101), bench.follow(7014001, 910000101)
    assert isinstance(first, TicketFollower)
    assert first is not second
    await first.aclose()
    await second.aclose()


def test_the_embedded_sandbox_takes_the_same_upload_limit() -> None:
    command = sandbox_command(db=":memory:", max_upload_mb=200)
    assert command[command.index("--max-upload-mb") + 1] == "200"
    assert "--max-upload-mb" not in sandbox_command(db=":memory:")
    with pytest.raises(ValueError, match="positive"):
        sandbox_command(db=":memory:", max_upload_mb=0)
