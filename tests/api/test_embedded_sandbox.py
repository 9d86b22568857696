"""The training sandbox as a child process: started, announced, used, and always ended with its parent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.domain.contract.customer_api import Op
from app.services.embedded import (
    EmbeddedSandbox,
    EmbeddedSandboxError,
    StartProblem,
    parse_ready_line,
    sandbox_command,
)
from tests.api.sandbox_process import REPO_ROOT, child_env
from tests.samples import GOLF_UUID

pytestmark = pytest.mark.timeout(90)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (ended, not yet reaped) counts as gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.asyncio
async def test_the_child_serves_announces_its_connectors_and_stops() -> None:
    sandbox = EmbeddedSandbox(db=":memory:", speed=5)
    endpoint = await sandbox.start()
    try:
        assert sandbox.running
        assert endpoint.base_url.startswith("http://127.0.0.1:")
        assert endpoint.ws_url == endpoint.base_url.replace("http://", "ws://") + "/wssprd"
        golf = next(c for c in endpoint.connectors if c.uuid == GOLF_UUID)
        assert golf.pincode == "4711"
        assert "VW Golf VIII" in golf.label
        assert any("Offline" in c.label for c in endpoint.connectors)
        assert any(c.otp == "TRAIN-739154" for c in endpoint.connectors)
        async with httpx.AsyncClient(base_url=endpoint.base_url) as http:
            login = await http.post(
                Op.LOGIN_PINCODE.route.path(), json={"connector_uuid": golf.uuid, "pincode": golf.pincode}
            )
            clock = await http.get("/_sandbox/clock")
        assert login.status_code == 200
        assert clock.json()["speed"] == 5
    finally:
        code = await sandbox.stop()
    assert code == 0
    assert not sandbox.running
    assert sandbox.pid is not None
    assert not _alive(sandbox.pid)
    assert await sandbox.stop() == 0, "stopping twice is harmless"


def test_the_sandbox_command_ends_when_its_stdin_closes() -> None:
    command = sandbox_command(db=":memory:")
    assert command[-2:] == ["--ready-json", "--exit-with-stdin"]
    child = subprocess.Popen(
        command,
        cwd=REPO_ROOT,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdin is not None
        ready = json.loads(child.stdout.readline())
        assert set(ready) == {"base_url", "ws_url", "connectors"}
        assert all(set(c) == {"uuid", "pincode", "label", "otp"} for c in ready["connectors"])
        assert child.poll() is None
        started = time.monotonic()
        child.stdin.close()
        assert child.wait(timeout=15) == 0
        assert time.monotonic() - started < 10
        assert child.stdout.read() == "", "nothing but the ready line goes to stdout"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    stderr = child.stderr.read() if child.stderr else ""
    assert "closed the sandbox's standard input" in stderr
    assert "Traceback" not in stderr


@pytest.mark.asyncio
async def test_a_child_that_ends_early_is_a_clear_error() -> None:
    script = "import sys; sys.stderr.write('port in use\\n'); sys.exit(3)"
    sandbox = EmbeddedSandbox(command=[sys.executable, "-c", script])
    with pytest.raises(EmbeddedSandboxError) as caught:
        await sandbox.start()
    assert caught.value.problem == StartProblem.EXITED
    assert "exit status 3" in str(caught.value)
    assert "port in use" in str(caught.value)
    assert not sandbox.running


@pytest.mark.asyncio
async def test_a_child_that_never_gets_ready_is_stopped_after_the_timeout() -> None:
    script = "import sys, time; print('warming up', flush=True); time.sleep(60)"
    sandbox = EmbeddedSandbox(command=[sys.executable, "-c", script], ready_timeout=1.0)
    started = time.monotonic()
    with pytest.raises(EmbeddedSandboxError) as caught:
        await sandbox.start()
    assert caught.value.problem == StartProblem.TIMEOUT
    assert "within 1 s" in str(caught.value)
    assert time.monotonic() - started < 8
    assert sandbox.pid is not None
    assert not _alive(sandbox.pid)


@pytest.mark.asyncio
async def test_a_program_that_cannot_be_started_is_a_clear_error() -> None:
    sandbox = EmbeddedSandbox(command=["/nonexistent/workbay-python", "-m", "app"])
    with pytest.raises(EmbeddedSandboxError) as caught:
        await sandbox.start()
    assert caught.value.problem == StartProblem.NOT_STARTED


@pytest.mark.parametrize(
    "line",
    [
        "",
        "not json",
        "[1, 2]",
        '{"ws_url": "ws://x/wssprd"}',
        '{"base_url": 1, "ws_url": "ws://x"}',
    ],
)
def test_lines_that_are_not_a_ready_line(line: str) -> None:
    assert parse_ready_line(line) is None


def test_a_ready_line_keeps_only_usable_connectors() -> None:
    line = json.dumps(
        {
            "base_url": "http://127.0.0.1:5000",
            "ws_url": "ws://127.0.0.1:5000/wssprd",
            "connectors": [
                {"uuid": "a", "pincode": "1", "label": "A", "otp": None},
                {"uuid": "b"},
                "junk",
                {"uuid": "c", "pincode": "3"},
            ],
        }
    )
    endpoint = parse_ready_line(line)
    assert endpoint is not None
    assert [(c.uuid, c.pincode, c.label) for c in endpoint.connectors] == [("a", "1", "A"), ("c", "3", "")]
