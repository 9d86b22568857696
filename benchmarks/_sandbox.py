"""A sandbox in a child process for benchmarks, so its CPU and memory are not counted as the client's."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path


def _serve(conn: Connection, object_dir: str | None, max_upload_bytes: int) -> None:
    """Child process: run a sandbox, report its URL, serve until the parent says stop."""
    from app.sandbox.config import SandboxConfig  # noqa: PLC0415 - only the child needs the server
    from app.sandbox.runner import SandboxThread  # noqa: PLC0415

    config = SandboxConfig(
        object_dir=Path(object_dir) if object_dir else None,
        max_upload_bytes=max_upload_bytes,
        operator_enabled=False,
    )
    with SandboxThread(config) as server:
        conn.send(server.base_url)
        conn.recv()


@contextmanager
def sandbox_process(
    *, object_dir: Path | None = None, max_upload_bytes: int = 50 << 20, start_timeout: float = 60
) -> Iterator[str]:
    """Run a sandbox in a spawned child process for the duration of the block; yields its base URL."""
    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe()
    server = context.Process(
        target=_serve,
        args=(child_end, str(object_dir) if object_dir else None, max_upload_bytes),
        daemon=True,
    )
    server.start()
    try:
        if not parent_end.poll(start_timeout):
            raise RuntimeError("the sandbox did not start")
        yield parent_end.recv()
    finally:
        parent_end.send("stop")
        server.join(15)
        if server.is_alive():
            server.terminate()
            server.join(5)
