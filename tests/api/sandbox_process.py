"""``python -m app ...`` as a child process, as a technician or ``make run`` starts it, for tests of the CLI.

The child's output is read by two threads, so a chatty log can never fill a pipe and stall the server.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Self

import httpx

REPO_ROOT = Path(__file__).resolve().parents[2]

#: How long a child may take to print its banner (a cold start imports FastAPI and builds the catalogue).
START_DEADLINE = 15.0

_URL_LINE = re.compile(r"^\s*Customer API\s+(http://\S+)\s*$")


def workbay_command(*args: str) -> list[str]:
    """The argv of ``workbay ARGS`` in the test's interpreter."""
    return [sys.executable, "-m", "app", *args]


def child_env(data_home: Path | None = None) -> dict[str, str]:
    """The environment of a child: this one, with the user data directory inside the test's temp dir."""
    env = dict(os.environ)
    env["PYTHONUNBUFFERED"] = "1"
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    return env


def run_workbay(*args: str, timeout: float = 15.0) -> subprocess.CompletedProcess[str]:
    """Run ``workbay ARGS`` to its end (for the calls that must stop by themselves)."""
    return subprocess.run(
        workbay_command(*args),
        cwd=REPO_ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


class SandboxProcess:
    """A ``workbay`` child that serves the sandbox; ``base_url`` is known once the banner has been read."""

    def __init__(self, *args: str, data_home: Path | None = None) -> None:
        self.args = args
        self._data_home = data_home
        self._process: subprocess.Popen[str] | None = None
        self._stdout: list[str] = []
        self._stderr: list[str] = []
        self._stdout_lines: queue.Queue[str | None] = queue.Queue()
        self._readers: list[threading.Thread] = []
        self.base_url = ""
        self.banner = ""

    @property
    def process(self) -> subprocess.Popen[str]:
        """The child process (once started)."""
        assert self._process is not None, "the child has not been started"
        return self._process

    @property
    def stdout(self) -> str:
        """Everything the child wrote to stdout so far."""
        return "".join(self._stdout)

    @property
    def stderr(self) -> str:
        """Everything the child wrote to stderr so far."""
        return "".join(self._stderr)

    def start(self, deadline: float = START_DEADLINE) -> Self:
        """Start the child and read its banner up to the API's address (``base_url``)."""
        self._process = subprocess.Popen(
            workbay_command(*self.args),
            cwd=REPO_ROOT,
            env=child_env(self._data_home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        assert self._process.stderr is not None
        self._readers = [
            threading.Thread(target=self._read, args=(self._process.stdout, self._stdout, True), daemon=True),
            threading.Thread(
                target=self._read, args=(self._process.stderr, self._stderr, False), daemon=True
            ),
        ]
        for reader in self._readers:
            reader.start()
        end = time.monotonic() + deadline
        banner: list[str] = []
        while not self.base_url:
            remaining = end - time.monotonic()
            if remaining <= 0:
                self.kill()
                raise AssertionError(f"no banner within {deadline} s; stderr:\n{self.stderr}")
            try:
                line = self._stdout_lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                self.process.wait(timeout=5)
                raise AssertionError(
                    f"the child ended ({self.process.returncode}) before its banner; stderr:\n{self.stderr}"
                )
            banner.append(line)
            if match := _URL_LINE.match(line):
                self.base_url = match.group(1)
        # The rest of the banner follows in the same write; give it a moment to arrive in full.
        time.sleep(0.05)
        self.banner = self.stdout
        return self

    def _read(self, stream: IO[str], sink: list[str], lines: bool) -> None:
        for line in stream:
            sink.append(line)
            if lines:
                self._stdout_lines.put(line)
        if lines:
            self._stdout_lines.put(None)

    def stop(self, timeout: float = 10.0) -> int:
        """Ask the child to stop (SIGTERM, as a service manager does) and return its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise
        for reader in self._readers:
            reader.join(timeout=5)
        return code

    def kill(self) -> None:
        """End the child at once (cleanup after a failure)."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait(timeout=10)

    def client(self) -> httpx.Client:
        """A client of the child's API."""
        return httpx.Client(base_url=self.base_url, timeout=10.0)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.kill()
