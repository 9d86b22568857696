"""The test session itself is hermetic: user directories and the keyring are temporary stand-ins."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import platformdirs

from tests.conftest import MemoryKeyring


def test_user_directories_are_temporary(hermetic_environment: Path) -> None:
    for directory in (
        platformdirs.user_config_dir("workbay"),
        platformdirs.user_data_dir("workbay"),
        platformdirs.user_log_dir("workbay"),
        platformdirs.user_cache_dir("workbay"),
    ):
        assert Path(directory).is_relative_to(hermetic_environment)
    assert Path(os.environ["HOME"]) == hermetic_environment


def test_keyring_is_in_memory() -> None:
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    keyring.set_password("workbay-test", "connector", "1234")
    assert backend.secrets[("workbay-test", "connector")] == "1234"
    keyring.delete_password("workbay-test", "connector")
    assert keyring.get_password("workbay-test", "connector") is None


def test_child_processes_get_no_keyring() -> None:
    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"


def test_no_desktop_session_bus_is_reachable(hermetic_environment: Path) -> None:
    address = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    assert address.startswith("unix:path=")
    path = Path(address.removeprefix("unix:path="))
    assert path.is_relative_to(hermetic_environment)
    assert not path.exists(), "nothing listens there: notifications from tests go nowhere"
