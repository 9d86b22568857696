"""The sandbox's object store behind presigned URLs: refusals, expiry, size limit, interrupted uploads."""

from __future__ import annotations

import hashlib
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx
import pytest

from app.sandbox.config import SandboxConfig
from app.sandbox.runner import SandboxThread
from tests.api.test_sandbox_chat_support import ChatTicket, login, open_ticket, presigned, wait_for

_LIMIT = 64 * 1024


@pytest.fixture
def chat(sandbox: SandboxThread) -> Iterator[ChatTicket]:
    ticket = open_ticket(sandbox)
    yield ticket
    ticket.client.close()


@pytest.fixture(scope="module")
def small_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxThread]:
    """A sandbox of its own with a tiny upload limit and a known object directory (no operator)."""
    config = SandboxConfig(
        object_dir=tmp_path_factory.mktemp("small-objects"), max_upload_bytes=_LIMIT, operator_enabled=False
    )
    with SandboxThread(config) as server:
        yield server


@pytest.fixture
def small_chat(small_sandbox: SandboxThread) -> Iterator[ChatTicket]:
    small_sandbox.admin.reset()
    ticket = open_ticket(small_sandbox)
    yield ticket
    ticket.client.close()


def _files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def _object_root(sandbox: SandboxThread) -> Path:
    return Path(sandbox.app.state.object_store.root)


def _store_is_empty(sandbox: SandboxThread) -> bool:
    """No object listed (complete or in flight) and no file on disk, not even a partial one."""
    return not sandbox.admin.objects() and not _files_under(_object_root(sandbox))


def _with_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


def _slug(answer: httpx.Response) -> str:
    return str(answer.json()["type"]).rsplit("/", 1)[-1]


def test_an_upload_carrying_a_bearer_token_is_refused(sandbox: SandboxThread, chat: ChatTicket) -> None:
    attachment = chat.create_attachment("leak.txt").json()
    answer = presigned(
        "PUT", attachment["upload_url"], content=b"data", headers={"Authorization": f"Bearer {chat.token}"}
    )
    assert answer.status_code == 400
    assert _slug(answer) == "unexpected-authorization"
    assert chat.token not in answer.text
    assert not [o for o in sandbox.admin.objects() if o["key"] == attachment["file_reference"].lstrip("/")]
    assert chat.get_attachment(attachment["file_reference"]).status_code == 409


def test_a_download_carrying_a_bearer_token_is_refused(chat: ChatTicket) -> None:
    attachment = chat.upload("a.txt", b"abc")
    url = chat.get_attachment(attachment["file_reference"]).json()["download_url"]
    answer = presigned("GET", url, headers={"Authorization": f"Bearer {chat.token}"})
    assert answer.status_code == 400
    assert _slug(answer) == "unexpected-authorization"


def test_urls_expire_on_the_sandbox_clock(sandbox: SandboxThread, chat: ChatTicket) -> None:
    uploaded = chat.upload("early.txt", b"in time")
    download_url = chat.get_attachment(uploaded["file_reference"]).json()["download_url"]
    late = chat.create_attachment("late.txt").json()
    sandbox.admin.advance_clock(16 * 60)
    for answer in (presigned("PUT", late["upload_url"], content=b"too late"), presigned("GET", download_url)):
        assert answer.status_code == 403
        assert _slug(answer) == "url-expired"
    # A fresh download URL works again (the login token may have expired meanwhile: log in anew).
    client, _token, _connector = login(sandbox)
    try:
        answer = client.get(
            "/v1/channel-attachments",
            params={"channel_id": chat.channel_id, "file_reference": uploaded["file_reference"]},
        )
    finally:
        client.close()
    assert answer.status_code == 200, answer.text
    assert presigned("GET", answer.json()["download_url"]).content == b"in time"


@pytest.mark.parametrize(
    "tamper",
    [
        {"signature": "0" * 64},
        {"expires": "9999999999"},
        {"signature": ""},
    ],
)
def test_a_tampered_url_is_refused(chat: ChatTicket, tamper: dict[str, str]) -> None:
    attachment = chat.create_attachment("t.txt").json()
    answer = presigned("PUT", _with_query(attachment["upload_url"], **tamper), content=b"x")
    assert answer.status_code == 403
    assert _slug(answer) == "signature-invalid"


def test_an_upload_url_does_not_download_and_another_key_is_refused(chat: ChatTicket) -> None:
    attachment = chat.upload("one.txt", b"one")
    assert presigned("GET", attachment["upload_url"]).status_code == 403
    parts = urlsplit(attachment["upload_url"])
    other = urlunsplit(parts._replace(path=parts.path.replace("one.txt", "two.txt")))
    answer = presigned("PUT", other, content=b"two")
    assert answer.status_code == 403
    assert _slug(answer) == "signature-invalid"


def test_a_declared_size_over_the_limit_is_refused_at_once(
    small_sandbox: SandboxThread, small_chat: ChatTicket
) -> None:
    attachment = small_chat.create_attachment("big.bin").json()
    answer = presigned("PUT", attachment["upload_url"], content=b"z" * (_LIMIT + 1))
    assert answer.status_code == 413
    assert _slug(answer) == "payload-too-large"
    assert answer.json()["max_upload_bytes"] == _LIMIT
    assert _files_under(_object_root(small_sandbox)) == []
    assert small_sandbox.admin.objects() == []


def test_a_streamed_body_over_the_limit_is_cut_off(
    small_sandbox: SandboxThread, small_chat: ChatTicket
) -> None:
    attachment = small_chat.create_attachment("stream.bin").json()
    sent = 0

    def body() -> Iterator[bytes]:
        nonlocal sent
        for _ in range(64):  # 64 x 8 KiB = 8 times the limit, without a Content-Length
            sent += 8192
            yield b"q" * 8192

    try:
        answer = presigned("PUT", attachment["upload_url"], content=body(), timeout=10)
    except httpx.TransportError:
        pass  # the server may close before the client has finished sending: that is a refusal too
    else:
        assert answer.status_code == 413
    wait_for(lambda: _store_is_empty(small_sandbox))
    assert small_chat.get_attachment(attachment["file_reference"]).status_code == 409


def test_an_upload_at_the_limit_is_accepted(small_sandbox: SandboxThread, small_chat: ChatTicket) -> None:
    data = b"k" * _LIMIT
    attachment = small_chat.upload("exact.bin", data)
    listed = small_sandbox.admin.objects()
    assert [(o["size"], o["sha256"]) for o in listed] == [(_LIMIT, hashlib.sha256(data).hexdigest())]
    assert small_chat.get_attachment(attachment["file_reference"]).status_code == 200


def test_an_interrupted_upload_leaves_nothing_behind(
    small_sandbox: SandboxThread, small_chat: ChatTicket
) -> None:
    attachment = small_chat.create_attachment("cut.bin").json()
    url = urlsplit(attachment["upload_url"])
    target = f"{url.path}?{url.query}"
    with socket.create_connection((url.hostname, url.port), timeout=5) as raw:
        head = (
            f"PUT {target} HTTP/1.1\r\nHost: {url.netloc}\r\nContent-Length: {_LIMIT}\r\n"
            "Content-Type: application/octet-stream\r\n\r\n"
        )
        raw.sendall(head.encode("ascii") + b"h" * (_LIMIT // 2))
        # The server is receiving: the upload shows as incomplete in the admin listing.
        in_flight = wait_for(lambda: [o for o in small_sandbox.admin.objects() if not o["complete"]] or None)
        assert in_flight[0]["key"] == attachment["file_reference"].lstrip("/")
        time.sleep(0.05)
    wait_for(lambda: _store_is_empty(small_sandbox))
    assert small_chat.get_attachment(attachment["file_reference"]).status_code == 409


def test_reset_empties_the_object_store(small_sandbox: SandboxThread, small_chat: ChatTicket) -> None:
    small_chat.upload("keep.txt", b"until the reset")
    assert _files_under(_object_root(small_sandbox))
    small_sandbox.admin.reset()
    assert small_sandbox.admin.objects() == []
    assert _files_under(_object_root(small_sandbox)) == []


def test_a_missing_object_is_not_found(chat: ChatTicket) -> None:
    attachment = chat.create_attachment("never.txt").json()
    store = chat.sandbox.app.state.object_store
    url = store.presign("GET", attachment["file_reference"].lstrip("/"), chat.sandbox.base_url)
    answer = presigned("GET", url)
    assert answer.status_code == 404
    assert _slug(answer) == "object-not-found"
