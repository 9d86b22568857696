"""The training sandbox as a child process of the program: started when no API is configured.

The child is ``workbay sandbox`` on a free loopback port with ``--ready-json`` (it prints one JSON line with
its address and sample connectors once it accepts connections) and ``--exit-with-stdin`` (it shuts down
when the pipe to its standard input closes). The parent holds that pipe for as long as it lives, so the
child ends with it in every case: a normal exit closes the pipe, and so does the kernel when the parent
crashes or is killed with SIGKILL. The child's output goes to this program's log.

Qt-free asyncio; the window starts it after its first paint and shows the sample connectors.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sys
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

__all__ = [
    "READY_TIMEOUT",
    "EmbeddedSandbox",
    "EmbeddedSandboxError",
    "SandboxEndpoint",
    "StartProblem",
    "TrainingConnector",
]

_log = logging.getLogger(__name__)
_child_log = logging.getLogger("app.sandbox.child")

#: How long the child may take to accept connections (a cold start imports FastAPI and builds the data).
READY_TIMEOUT: Final = 30.0
#: How long a stopping child gets before it is killed.
STOP_GRACE: Final = 3.0
# The lines of the child's stderr kept to explain a failed start.
_TAIL_LINES: Final = 20
# The directory that holds the ``app`` package, so ``python -m app`` works from any working directory.
_SOURCE_ROOT: Final = Path(__file__).resolve().parents[2]


class StartProblem(StrEnum):
    """Why the sandbox did not start (the GUI words it for the technician)."""

    #: The child process could not be created at all.
    NOT_STARTED = "not-started"
    #: It ended before saying it was ready.
    EXITED = "exited"
    #: It did not get ready in time.
    TIMEOUT = "timeout"
    #: It said something that is not the expected ready line.
    GARBLED = "garbled"


class EmbeddedSandboxError(Exception):
    """The sandbox child could not be started; ``problem`` says how, the message has the details."""

    def __init__(self, problem: StartProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class TrainingConnector:
    """A sample connector of the sandbox, to offer on the login page."""

    uuid: str
    pincode: str
    #: What it is for, e.g. "Offline (Skoda Octavia III)".
    label: str
    otp: str | None = None


@dataclass(frozen=True, slots=True)
class SandboxEndpoint:
    """Where the running sandbox answers, and its sample connectors."""

    base_url: str
    ws_url: str
    connectors: tuple[TrainingConnector, ...]


def parse_ready_line(line: str) -> SandboxEndpoint | None:
    """The endpoint a ``--ready-json`` line announces, or None when ``line`` is not such a line."""
    try:
        document = json.loads(line)
    except ValueError:
        return None
    if not isinstance(document, dict):
        return None
    base_url, ws_url = document.get("base_url"), document.get("ws_url")
    if not isinstance(base_url, str) or not isinstance(ws_url, str):
        return None
    connectors = []
    for item in document.get("connectors") or []:
        if not isinstance(item, dict):
            continue
        uuid, pincode, label = item.get("uuid"), item.get("pincode"), item.get("label")
        if isinstance(uuid, str) and isinstance(pincode, str):
            otp = item.get("otp")
            connectors.append(
                TrainingConnector(
                    uuid=uuid,
                    pincode=pincode,
                    label=label if isinstance(label, str) else "",
                    otp=otp if isinstance(otp, str) else None,
                )
            )
    return SandboxEndpoint(base_url=base_url, ws_url=ws_url, connectors=tuple(connectors))


def sandbox_command(
    *,
    db: str,
    speed: float = 1.0,
    port: int = 0,
    faults: str | None = None,
    max_upload_mb: int | None = None,
) -> list[str]:
    """The argv of the sandbox child in this interpreter (or this frozen program).

    ``max_upload_mb`` is the largest attachment the child's object store takes (None: its default); the
    program passes its own attachment limit, so that the store and the chat's rules agree.
    """
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "app"]
    command = [
        *program,
        "sandbox",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--db",
        db,
        "--speed",
        repr(float(speed)),
        "--ready-json",
        "--exit-with-stdin",
    ]
    if faults:
        command += ["--faults", faults]
    if max_upload_mb is not None:
        if max_upload_mb <= 0:
            raise ValueError("max_upload_mb must be positive")
        command += ["--max-upload-mb", str(max_upload_mb)]
    return command


class EmbeddedSandbox:
    """One sandbox child: :meth:`start` it, read :attr:`endpoint`, :meth:`stop` it.

    Args:
        db: the child's SQLite file, or ``":memory:"``.
        speed: its clock factor.
        port: its loopback port (0: any free port).
        faults: faults to inject from the start (JSON or a file), for training.
        max_upload_mb: the largest attachment its object store takes, in MiB (None: the sandbox's default).
        ready_timeout: how long :meth:`start` waits for the ready line.
        command: the child's argv (default: :func:`sandbox_command`); tests may start something else.
    """

    def __init__(
        self,
        *,
        db: str = ":memory:",
        speed: float = 1.0,
        port: int = 0,
        faults: str | None = None,
        max_upload_mb: int | None = None,
        ready_timeout: float = READY_TIMEOUT,
        command: Sequence[str] | None = None,
    ) -> None:
        self._command = (
            list(command)
            if command
            else sandbox_command(db=db, speed=speed, port=port, faults=faults, max_upload_mb=max_upload_mb)
        )
        self._ready_timeout = ready_timeout
        self._process: asyncio.subprocess.Process | None = None
        self._readers: list[asyncio.Task[None]] = []
        self._stderr_tail: deque[str] = deque(maxlen=_TAIL_LINES)
        self.endpoint: SandboxEndpoint | None = None

    @property
    def pid(self) -> int | None:
        """The child's process id, once started."""
        return self._process.pid if self._process is not None else None

    @property
    def running(self) -> bool:
        """Whether the child is alive."""
        return self._process is not None and self._process.returncode is None

    async def start(self) -> SandboxEndpoint:
        """Start the child and wait until it accepts connections.

        Raises:
            EmbeddedSandboxError: it could not be started, ended early, or was not ready in time (the
                child is stopped then).
        """
        if self._process is not None:
            raise RuntimeError("this sandbox was started already")
        env = dict(os.environ)
        env["PYTHONUNBUFFERED"] = "1"
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_SOURCE_ROOT), env.get("PYTHONPATH", "")]))
        _log.info("starting the embedded sandbox: %s", " ".join(self._command))
        try:
            self._process = await asyncio.create_subprocess_exec(
                *self._command,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                env=env,
            )
        except OSError as exc:
            raise EmbeddedSandboxError(
                StartProblem.NOT_STARTED, f"the sandbox process could not be started ({exc})"
            ) from exc
        process = self._process
        assert process.stdout is not None
        assert process.stderr is not None
        self._readers.append(asyncio.ensure_future(self._pump_stderr(process.stderr)))
        try:
            endpoint = await asyncio.wait_for(self._read_ready(process.stdout), self._ready_timeout)
        except TimeoutError:
            await self.stop()
            raise EmbeddedSandboxError(
                StartProblem.TIMEOUT, f"the sandbox was not ready within {self._ready_timeout:g} s"
            ) from None
        except EmbeddedSandboxError:
            await self.stop()
            raise
        self.endpoint = endpoint
        self._readers.append(asyncio.ensure_future(self._pump_stdout(process.stdout)))
        _log.info("the embedded sandbox (pid %s) serves %s", process.pid, endpoint.base_url)
        return endpoint

    async def _read_ready(self, stdout: asyncio.StreamReader) -> SandboxEndpoint:
        while True:
            raw = await stdout.readline()
            if not raw:
                # Its stderr says why; wait for the rest of it so the message is complete.
                if self._process is not None:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._process.wait(), STOP_GRACE)
                    await asyncio.sleep(0)
                code = self._process.returncode if self._process is not None else None
                tail = " | ".join(self._stderr_tail) or "no output"
                raise EmbeddedSandboxError(
                    StartProblem.EXITED, f"the sandbox ended before it was ready (exit status {code}): {tail}"
                )
            line = raw.decode("utf-8", "replace").strip()
            endpoint = parse_ready_line(line) if line.startswith("{") else None
            if endpoint is not None:
                return endpoint
            if line:
                _child_log.info("%s", line)

    async def _pump_stdout(self, stream: asyncio.StreamReader) -> None:
        async for raw in stream:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                _child_log.info("%s", line)

    async def _pump_stderr(self, stream: asyncio.StreamReader) -> None:
        async for raw in stream:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                self._stderr_tail.append(line)
                _child_log.info("%s", line)

    async def wait(self) -> int | None:
        """Wait until the child ends (by itself, or stopped); its exit status, None if never started."""
        if self._process is None:
            return None
        return await self._process.wait()

    async def stop(self) -> int | None:
        """End the child: close its stdin, terminate it, kill it after :data:`STOP_GRACE` seconds.

        Returns its exit status (None when it never started). Safe to call more than once.
        """
        process = self._process
        if process is None:
            return None
        if process.returncode is None:
            if process.stdin is not None and not process.stdin.is_closing():
                process.stdin.close()
            with contextlib.suppress(ProcessLookupError):
                process.terminate()
            try:
                await asyncio.wait_for(process.wait(), STOP_GRACE)
            except TimeoutError:
                _log.warning("the embedded sandbox (pid %s) did not stop in time: killing it", process.pid)
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                await process.wait()
            _log.info("the embedded sandbox stopped (exit status %s)", process.returncode)
        # The pipes are at their end once the process is gone; the readers finish by themselves.
        readers, self._readers = self._readers, []
        if readers:
            _done, pending = await asyncio.wait(readers, timeout=STOP_GRACE)
            for task in pending:
                task.cancel()
        if process.stdin is not None and not process.stdin.is_closing():
            process.stdin.close()
        return process.returncode
