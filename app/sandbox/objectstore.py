"""The sandbox's object store: files on disk behind presigned PUT and GET URLs, like S3.

The Customer API hands out an ``upload_url`` and a ``download_url`` for chat attachments; the bytes never
pass through the API itself. This module plays the storage service on the sandbox's own origin:

``/_objects/<key>?expires=<unix seconds>&signature=<hex>``

where the signature is HMAC-SHA256 over ``"<METHOD>\\n<key>\\n<expires>"`` with a secret drawn at random
when the store is created (so URLs die with the server, as presigned URLs of a rotated key do). The
fields are joined with newlines rather than simply concatenated, so that no key/expiry split can be
shifted into another valid one. ``expires`` is read on the sandbox clock, so a test can age a URL by
advancing the clock.

Like a real object store, a request that carries an ``Authorization`` header next to the signature is
refused (400 ``unexpected-authorization``): that is how the tests prove the client never leaks its bearer
token to the storage host.

Uploads stream to a temporary file in the store's ``.incoming`` directory while the SHA-256 and the size
are computed, never holding the body in memory; the size limit is enforced from ``Content-Length`` up
front and again while streaming (413 as soon as it is exceeded). Only a complete upload is renamed into
place; a client that disconnects (or a server that shuts down) mid-upload leaves nothing behind.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import math
import mimetypes
import secrets
import shutil
import sqlite3
import tempfile
import threading
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Literal
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from starlette.requests import ClientDisconnect

from app.sandbox.auth import get_state
from app.sandbox.problems import raise_problem
from app.sandbox.state import SandboxState, from_iso, to_iso

log = logging.getLogger(__name__)

#: The path prefix of presigned URLs.
OBJECTS_PREFIX = "/_objects/"
#: How long a presigned URL stays valid, in sandbox seconds.
DEFAULT_URL_TTL = 15 * 60
#: Longest object key accepted, in UTF-8 bytes (S3's limit).
MAX_KEY_BYTES = 1024
#: Bytes gathered from the request before one write to disk (bounded memory per upload).
_WRITE_BATCH = 1 << 20

PresignMethod = Literal["GET", "PUT"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS stored_objects (
    key TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content_type TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


class UploadAbandonedError(Exception):
    """An upload that ended without a complete body (client gone, body short, store reset under it)."""


class InvalidKeyError(ValueError):
    """An object key that the store refuses (empty, too long, absolute, with ``..`` or control characters)."""


@dataclass(frozen=True, slots=True)
class StoredObject:
    """A complete object: what the admin listing shows and what a download serves."""

    key: str
    path: Path
    size: int
    sha256: str
    content_type: str
    created_at: datetime

    def listing(self) -> dict[str, Any]:
        """The admin listing's row."""
        return {
            "key": self.key,
            "size": self.size,
            "sha256": self.sha256,
            "complete": True,
            "content_type": self.content_type,
            "created_at": to_iso(self.created_at),
        }


@dataclass(slots=True)
class _Upload:
    """An upload in flight (listed with ``complete: false`` until it ends one way or the other)."""

    key: str
    received: int
    started_at: datetime


#: Called with every object that became complete (the chat marks its attachment uploaded).
StoredListener = Callable[[StoredObject], None]


def validate_key(key: str) -> str:
    """``key`` when the store accepts it as an object key, else :class:`InvalidKeyError`."""
    if not key or key.startswith("/") or len(key.encode("utf-8")) > MAX_KEY_BYTES:
        raise InvalidKeyError("object keys are 1..1024 bytes and relative")
    if any(ord(char) < 32 or ord(char) == 127 for char in key):
        raise InvalidKeyError("object keys hold no control characters")
    if any(part in {"", ".", ".."} for part in key.split("/")):
        raise InvalidKeyError("object keys have no empty, '.' or '..' segments")
    return key


def _canonical(method: str, key: str, expires: int) -> bytes:
    return f"{method}\n{key}\n{expires}".encode()


class SignatureInvalidError(Exception):
    """The URL's signature is missing, malformed, or does not match the method, key and expiry."""


class UrlExpiredError(Exception):
    """The URL's signature matches but its time is up."""


class UrlSigner:
    """Presigned object URLs: HMAC-SHA256 signatures that expire on a given clock."""

    def __init__(self, secret: bytes, now: Callable[[], datetime]) -> None:
        if len(secret) < 16:
            raise ValueError("a signing secret needs at least 16 bytes")
        self._secret = secret
        self._now = now

    def signature(self, method: str, key: str, expires: int) -> str:
        """The hex HMAC-SHA256 of a request for ``key`` with ``method`` valid until ``expires``."""
        return hmac.new(self._secret, _canonical(method.upper(), key, expires), hashlib.sha256).hexdigest()

    def sign_path(self, method: PresignMethod, key: str, *, ttl: float = DEFAULT_URL_TTL) -> str:
        """The path and query ``/_objects/<key>?expires=..&signature=..`` allowing ``method`` on ``key``."""
        validate_key(key)
        expires = math.ceil(self._now().timestamp() + ttl)
        query = f"expires={expires}&signature={self.signature(method, key, expires)}"
        return f"{OBJECTS_PREFIX}{quote(key, safe='/')}?{query}"

    def verify(self, method: str, key: str, expires: str | None, signature: str | None) -> None:
        """Accept a request, or raise :class:`SignatureInvalidError` / :class:`UrlExpiredError`.

        The signature is checked before the expiry, so a tampered ``expires`` is a bad signature, not an
        expired URL.
        """
        if not expires or not signature or not expires.isdigit() or len(expires) > 12:
            raise SignatureInvalidError("The URL's signature is missing or malformed.")
        expected = self.signature(method, key, int(expires))
        if not hmac.compare_digest(expected, signature.lower()):
            raise SignatureInvalidError(
                "The URL's signature does not match this request (wrong method, key or expiry)."
            )
        if int(expires) < self._now().timestamp():
            raise UrlExpiredError("The URL has expired; ask the API for a new one.")


class ObjectStore:
    """Objects of one sandbox state, with the presigning secret of this server run."""

    def __init__(self, state: SandboxState, *, root: Path | None = None, secret: bytes | None = None) -> None:
        self._state = state
        self.signer = UrlSigner(secret if secret is not None else secrets.token_bytes(32), state.now)
        self.max_upload_bytes = state.config.max_upload_bytes
        directory = root if root is not None else state.config.object_dir
        if directory is not None:
            self.root = Path(directory)
        else:
            self.root = Path(tempfile.mkdtemp(prefix="workbay-sandbox-objects-"))
            weakref.finalize(self, shutil.rmtree, self.root, ignore_errors=True)
        self._data_dir = self.root / "objects"
        self._incoming_dir = self.root / ".incoming"
        self._data_dir.mkdir(parents=True, exist_ok=True)
        # Leftovers of a server that died mid-upload are never complete objects.
        shutil.rmtree(self._incoming_dir, ignore_errors=True)
        self._incoming_dir.mkdir(parents=True, exist_ok=True)
        self._uploads: dict[str, _Upload] = {}
        self._uploads_lock = threading.Lock()
        self._listeners: list[StoredListener] = []
        # Bumped by reset(): an upload that started before a reset must not land in the fresh store.
        self._generation = 0
        state.register_schema(_SCHEMA, self._on_reset)

    # ------------------------------------------------------------------ signing

    def presign(self, method: PresignMethod, key: str, base_url: str, *, ttl: float = DEFAULT_URL_TTL) -> str:
        """An absolute URL on ``base_url`` that allows ``method`` on ``key`` for ``ttl`` sandbox seconds."""
        return base_url.rstrip("/") + self.signer.sign_path(method, key, ttl=ttl)

    def check_signature(self, method: str, key: str, expires: str | None, signature: str | None) -> None:
        """Refuse (403 problem) a request whose signature does not match or whose URL has expired."""
        try:
            self.signer.verify(method, key, expires, signature)
        except SignatureInvalidError as exc:
            raise_problem(403, "signature-invalid", "Forbidden", str(exc))
        except UrlExpiredError as exc:
            raise_problem(403, "url-expired", "Forbidden", str(exc))

    # ------------------------------------------------------------------ objects

    def add_listener(self, listener: StoredListener) -> None:
        """Call ``listener`` with every object that becomes complete."""
        self._listeners.append(listener)

    def _path_of(self, key: str) -> Path:
        # Files are named by the key's hash: any key is a safe file name, and no key can escape the root.
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self._data_dir / digest[:2] / digest

    def stat(self, key: str) -> StoredObject | None:
        """The complete object stored under ``key``, or None."""
        with self._state.lock:
            row = self._state.db.execute("SELECT * FROM stored_objects WHERE key = ?", (key,)).fetchone()
        return None if row is None else self._object_from_row(row)

    def _object_from_row(self, row: sqlite3.Row) -> StoredObject:
        return StoredObject(
            key=row["key"],
            path=self._data_dir / row["file_name"],
            size=int(row["size"]),
            sha256=row["sha256"],
            content_type=row["content_type"],
            created_at=from_iso(row["created_at"]),
        )

    def objects(self) -> list[dict[str, Any]]:
        """The admin listing (see :meth:`list_objects`)."""
        return self.list_objects()

    def list_objects(self) -> list[dict[str, Any]]:
        """Every complete object and every upload in flight, oldest first (the admin listing)."""
        with self._state.lock:
            rows = self._state.db.execute("SELECT * FROM stored_objects ORDER BY created_at, key").fetchall()
        listing = [self._object_from_row(row).listing() for row in rows]
        with self._uploads_lock:
            in_flight = list(self._uploads.values())
        listing.extend(
            {
                "key": upload.key,
                "size": upload.received,
                "sha256": None,
                "complete": False,
                "content_type": None,
                "created_at": to_iso(upload.started_at),
            }
            for upload in in_flight
        )
        return listing

    def put_bytes(self, key: str, data: bytes, *, content_type: str | None = None) -> StoredObject:
        """Store a small object the sandbox makes itself (the operator's report), atomically."""
        validate_key(key)
        temp = self._incoming_dir / f"{uuid.uuid4().hex}.part"
        temp.write_bytes(data)
        return self._commit(
            key,
            temp,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            content_type=content_type,
            generation=self._generation,
        )

    def _commit(
        self, key: str, temp: Path, *, size: int, sha256: str, content_type: str | None, generation: int
    ) -> StoredObject:
        if generation != self._generation:
            temp.unlink(missing_ok=True)
            raise UploadAbandonedError("the store was reset during the upload")
        target = self._path_of(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        temp.replace(target)
        guessed = mimetypes.guess_type(PurePosixPath(key).name)[0]
        media_type = content_type or guessed or "application/octet-stream"
        now = self._state.now()
        with self._state.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO stored_objects"
                " (key, file_name, size, sha256, content_type, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (key, str(target.relative_to(self._data_dir)), size, sha256, media_type, to_iso(now)),
            )
        stored = StoredObject(key, target, size, sha256, media_type, now)
        for listener in list(self._listeners):
            try:
                listener(stored)
            except Exception:
                log.exception("object listener failed for a stored object")
        return stored

    async def receive(self, key: str, request: Request) -> StoredObject:
        """Stream ``request``'s body into the object ``key``; 413 problem over the size limit.

        Raises:
            ClientDisconnect: the client went away before the body was complete (nothing is kept).
            UploadAbandonedError: the body was short, or the store was reset meanwhile (nothing is kept).
        """
        validate_key(key)
        declared = request.headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                raise_problem(400, "invalid-request", "Bad Request", "Content-Length is not a number.")
            if int(declared) > self.max_upload_bytes:
                self._too_large()
        generation = self._generation
        temp = self._incoming_dir / f"{uuid.uuid4().hex}.part"
        upload = _Upload(key, 0, self._state.now())
        upload_id = temp.name
        with self._uploads_lock:
            self._uploads[upload_id] = upload
        hasher = hashlib.sha256()
        handle = await asyncio.to_thread(_open_for_writing, temp)
        committed = False
        try:
            batch: list[bytes] = []
            batch_size = 0
            async for chunk in request.stream():
                if not chunk:
                    continue
                upload.received += len(chunk)
                if upload.received > self.max_upload_bytes:
                    self._too_large()
                batch.append(chunk)
                batch_size += len(chunk)
                if batch_size >= _WRITE_BATCH:
                    await asyncio.to_thread(_write_batch, handle, hasher, batch)
                    batch, batch_size = [], 0
            if batch:
                await asyncio.to_thread(_write_batch, handle, hasher, batch)
            await asyncio.to_thread(handle.close)
            if declared is not None and upload.received != int(declared):
                raise UploadAbandonedError("the body ended short of its Content-Length")
            content_type = request.headers.get("content-type")
            stored = self._commit(
                key,
                temp,
                size=upload.received,
                sha256=hasher.hexdigest(),
                content_type=content_type,
                generation=generation,
            )
            committed = True
            return stored
        finally:
            with self._uploads_lock:
                self._uploads.pop(upload_id, None)
            if not committed:
                handle.close()
                temp.unlink(missing_ok=True)

    def _too_large(self) -> None:
        raise_problem(
            413,
            "payload-too-large",
            "Payload Too Large",
            f"The file is larger than the limit of {self.max_upload_bytes} bytes.",
            max_upload_bytes=self.max_upload_bytes,
        )

    def _on_reset(self) -> None:
        # The tables are fresh already; the files and any uploads in flight belong to the old state.
        self._generation += 1
        shutil.rmtree(self._data_dir, ignore_errors=True)
        self._data_dir.mkdir(parents=True, exist_ok=True)


def _open_for_writing(path: Path) -> BinaryIO:
    return path.open("wb")


def _write_batch(handle: BinaryIO, hasher: Any, chunks: list[bytes]) -> None:
    for chunk in chunks:
        hasher.update(chunk)
        handle.write(chunk)


_stores: weakref.WeakKeyDictionary[SandboxState, ObjectStore] = weakref.WeakKeyDictionary()
_stores_lock = threading.Lock()


def object_store(state: SandboxState, *, root: Path | None = None) -> ObjectStore:
    """The object store of ``state``, created with its table on first use.

    ``root`` (the first call's) is where the files go; without it, ``config.object_dir``, else a temporary
    directory removed with the store.
    """
    with _stores_lock:
        store = _stores.get(state)
        if store is None:
            store = ObjectStore(state, root=root)
            _stores[state] = store
        return store


# ---------------------------------------------------------------------- the storage host's routes


class _ObjectFileResponse(FileResponse):
    # Starlette reads files in 64 KiB pieces, each a hop to a worker thread; attachments run to hundreds of
    # MiB, and 1 MiB pieces double the download rate (measured) at a still small, bounded buffer.
    chunk_size = 1 << 20


router = APIRouter(include_in_schema=False)


def _refuse_authorization(request: Request) -> None:
    if "authorization" in request.headers:
        raise_problem(
            400,
            "unexpected-authorization",
            "Bad Request",
            "A presigned URL carries its own authorization; send no Authorization header with it.",
        )


def _key_of(path: str) -> str:
    try:
        return validate_key(path)
    except InvalidKeyError:
        raise_problem(404, "object-not-found", "Not Found", "There is no such object.")


@router.put(OBJECTS_PREFIX + "{key:path}")
async def put_object(key: str, request: Request) -> Response:
    """Store the request body as the object ``key`` (a presigned upload)."""
    _refuse_authorization(request)
    key = _key_of(key)
    store = object_store(get_state(request))
    store.check_signature(
        "PUT", key, request.query_params.get("expires"), request.query_params.get("signature")
    )
    try:
        stored = await store.receive(key, request)
    except (ClientDisconnect, UploadAbandonedError) as exc:
        # Usually nobody is listening any more; the answer only keeps the server's log honest.
        log.info("upload of an object abandoned: %s", type(exc).__name__)
        return Response(status_code=400)
    return Response(status_code=200, headers={"ETag": f'"{stored.sha256}"'})


@router.get(OBJECTS_PREFIX + "{key:path}")
async def get_object(key: str, request: Request) -> Response:
    """Stream the object ``key`` back (a presigned download)."""
    _refuse_authorization(request)
    key = _key_of(key)
    store = object_store(get_state(request))
    store.check_signature(
        "GET", key, request.query_params.get("expires"), request.query_params.get("signature")
    )
    stored = store.stat(key)
    if stored is None or not stored.path.is_file():
        raise_problem(404, "object-not-found", "Not Found", "There is no such object.")
    return _ObjectFileResponse(
        stored.path,
        media_type=stored.content_type,
        filename=PurePosixPath(stored.key).name,
        headers={"ETag": f'"{stored.sha256}"'},
    )
