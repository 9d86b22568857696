"""Fixtures shared by every test: a hermetic environment and a real sandbox server on loopback.

``sandbox_server`` (one per session) runs the sandbox in a background thread with response validation on:
every JSON answer of a documented route is checked against the app's own OpenAPI schema, and the session
fails at the end if any answer did not match. ``sandbox`` is the same server reset to fresh sample data
before each test.
"""

from __future__ import annotations

import os

# Qt aborts the process when it finds no display: this must be set before anything creates a QApplication.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.sandbox.config import SandboxConfig
from app.sandbox.runner import SandboxThread

_HERMETIC_DIRS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only: tests never read or write the user's secrets."""

    priority = 1  # type: ignore[assignment]  # keyring declares it as a classproperty

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


@pytest.fixture(scope="session", autouse=True)
def hermetic_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """HOME, the XDG directories and the keyring in temporary places: no test touches the user's files.

    Child processes started by tests inherit the environment: they see the same temporary directories and,
    through ``PYTHON_KEYRING_BACKEND``, keyring's "fail" backend, so they cannot store a secret either. The
    session bus is a dead address, so no desktop notification leaves a test.
    """
    home = tmp_path_factory.mktemp("home")
    previous_keyring = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        patch.setenv("HOME", str(home))
        for name in _HERMETIC_DIRS:
            directory = home / name.lower()
            directory.mkdir()
            patch.setenv(name, str(directory))
        patch.setenv("QT_QPA_PLATFORM", "offscreen")
        # No desktop notification from a test reaches the developer's screen: no session bus is there.
        patch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={home / 'no-session-bus'}")
        yield home
    keyring.set_keyring(previous_keyring)


@pytest.fixture(scope="session")
def sandbox_server(
    hermetic_environment: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SandboxThread]:
    """A sandbox for the whole session: in-memory SQLite, objects in a temp dir, answers validated."""
    config = SandboxConfig(
        db_path=":memory:",
        object_dir=tmp_path_factory.mktemp("sandbox-objects"),
        validate_responses=True,
    )
    with SandboxThread(config) as server:
        yield server
        violations = list(server.app.state.response_violations)
    if violations:
        lines = [f"{v['method']} {v['path']} -> {v['status']}: {v['error']}" for v in violations[:20]]
        pytest.fail("the sandbox answered outside its OpenAPI schema:\n" + "\n".join(lines), pytrace=False)


@pytest.fixture
def sandbox(sandbox_server: SandboxThread) -> SandboxThread:
    """The session's sandbox after a reset: fresh state, faults cleared, clock back to normal speed."""
    sandbox_server.admin.reset()
    return sandbox_server
