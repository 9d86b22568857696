"""The program as a technician starts it: ``python -m app`` with no API, offscreen, in a hermetic home.

It paints the login page, starts the training sandbox as a child process, and that child ends with it:
when the window is closed (SIGTERM here, as a session manager would) and when the program is killed
with SIGKILL, which no handler of the program can see.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(120)

_SERVES = re.compile(r"the embedded sandbox \(pid (\d+)\) serves (http://127\.0\.0\.1:\d+)")


def hermetic_env(home: Path) -> dict[str, str]:
    """The environment of a child program whose settings, store, log and keyring are all under ``home``."""
    env = dict(os.environ)
    env.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PYTHONUNBUFFERED": "1",
        }
    )
    for name in [key for key in env if key.startswith("WORKBAY_")]:
        del env[name]
    return env


def log_file(home: Path) -> Path:
    """Where the program under ``home`` writes its log."""
    return home / "state" / "workbay" / "log" / "workbay.log"


def alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, ended but not reaped, counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_for_sandbox(home: Path, program: subprocess.Popen[str], timeout: float = 60) -> tuple[int, str]:
    """The sandbox child's pid and address, once the program's log says it serves."""
    deadline = time.monotonic() + timeout
    path = log_file(home)
    while time.monotonic() < deadline:
        if program.poll() is not None:
            raise AssertionError(
                f"the program ended early ({program.returncode}): {program.communicate()[1]}"
            )
        if path.is_file() and (match := _SERVES.search(path.read_text(encoding="utf-8"))):
            return int(match.group(1)), match.group(2)
        time.sleep(0.1)
    raise AssertionError(f"the sandbox did not start in {timeout} s; log:\n{_text(path)}")


def wait_gone(pid: int, timeout: float) -> float:
    """Seconds until ``pid`` is gone; fails after ``timeout``."""
    started = time.monotonic()
    while alive(pid):
        if time.monotonic() - started > timeout:
            raise AssertionError(f"process {pid} still runs after {timeout} s")
        time.sleep(0.05)
    return time.monotonic() - started


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else "(no log)"


@pytest.fixture
def program(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """``python -m app`` running in a hermetic home; killed at the end if it still runs."""
    home = tmp_path / "home"
    child = subprocess.Popen(
        [sys.executable, "-m", "app"],
        cwd=REPO_ROOT,
        env=hermetic_env(home),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield child, home
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate(timeout=30)


def test_the_startup_probe_prints_the_time_to_the_painted_login_page(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--startup-probe"],
        cwd=REPO_ROOT,
        env=hermetic_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    match = re.fullmatch(r"startup-probe: (\d+) ms to the login page painted\n", result.stdout)
    assert match is not None, result.stdout
    assert 0 < int(match.group(1)) < 60_000
    assert "Traceback" not in result.stderr
    logged = _text(log_file(tmp_path))
    assert "showing login" in logged
    assert "embedded sandbox" not in logged, "the probe measures the start, it serves nothing"


def test_closing_the_program_stops_the_sandbox_child(program: tuple[subprocess.Popen[str], Path]) -> None:
    child, home = program
    sandbox_pid, base_url = wait_for_sandbox(home, child)
    assert alive(sandbox_pid)
    assert base_url.startswith("http://127.0.0.1:")
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=30) == 0
    wait_gone(sandbox_pid, timeout=10)
    logged = _text(log_file(home))
    assert "the embedded sandbox stopped (exit status 0)" in logged
    assert "Workbay stopped" in logged
    assert "Traceback" not in logged


def test_killing_the_program_ends_the_sandbox_child_too(program: tuple[subprocess.Popen[str], Path]) -> None:
    child, home = program
    sandbox_pid, _base_url = wait_for_sandbox(home, child)
    child.kill()  # SIGKILL: the program gets no chance to stop its child
    child.wait(timeout=10)
    seconds = wait_gone(sandbox_pid, timeout=10)
    assert seconds < 10


def test_the_tour_saves_a_painted_screenshot_of_every_page(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "app", "tour", "--out", str(out), "--width", "1024", "--height", "700"],
        cwd=REPO_ROOT,
        env=hermetic_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    names = [
        "01-login.png",
        "01b-login-error.png",
        "02-vehicle.png",
        "02b-vehicle-cascade.png",
        "03-products.png",
        "04-prerequisites.png",
        "05-price.png",
        "06-ticket.png",
        "07-live.png",
        "08-live-chat.png",
        "09-finished.png",
        "10-history.png",
    ]
    assert result.stdout.splitlines() == [str(out / name) for name in names]
    assert sorted(path.name for path in out.iterdir()) == sorted(names)
    for name in names:
        data = (out / name).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n"), name
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        if name == "10-history.png":
            # The history is a dialog over the window, sized to fit inside it.
            assert 0 < width <= 1024, name
            assert 0 < height <= 700, name
        else:
            assert (width, height) == (1024, 700), name
    # The tour keeps the technician's own store and log out of it.
    assert not (tmp_path / "home" / "data" / "workbay" / "workbay.db").exists()
