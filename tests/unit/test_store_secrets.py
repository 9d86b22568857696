"""Pincodes only in a secure keyring: never in plain text, never an exception for a keyring's failure."""

from __future__ import annotations

import functools
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from app.store.secrets import SERVICE_NAME, KeyringProblem, SecretStore
from tests.conftest import MemoryKeyring

GOLF = "03991f3a-26f3-521a-913f-e5db77b27774"
PINCODE = "4711"


@dataclass(frozen=True)
class Fakes:
    """Backends that look like the kinds SecretStore must tell apart."""

    plaintext: type[MemoryKeyring]
    unrecommended: type[MemoryKeyring]
    unusable: type[MemoryKeyring]
    refusing: type[MemoryKeyring]


@functools.cache
def fakes() -> Fakes:
    """The fake backends, defined on first use rather than at import.

    keyring registers every backend class when it is defined, and the session's first ``get_keyring()``
    considers them all: classes defined while tests are collected would take part in that discovery.
    By the time a test runs, discovery is over (the session fixture has run it).
    """

    class FileKeyring(MemoryKeyring):
        """Stands in for keyrings.alt's file backends: a good priority claimed, secrets in a plain file."""

    FileKeyring.__module__ = "keyrings.alt.file"

    class UnrecommendedKeyring(MemoryKeyring):
        """A backend keyring itself would not pick for secrets (a priority below one)."""

        priority = 0.5  # type: ignore[assignment]

    class UnusableKeyring(MemoryKeyring):
        """A backend whose priority says it cannot work here (keyring's convention: it raises)."""

        @property
        def priority(self) -> float:  # type: ignore[override]
            raise RuntimeError("no D-Bus session")

    class RefusingKeyring(MemoryKeyring):
        """A secure backend that fails every call, as a locked Secret Service or a broken D-Bus does."""

        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("the collection is locked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.KeyringLocked("the collection is locked")

        def delete_password(self, service: str, username: str) -> None:
            raise RuntimeError("the collection is locked")

    return Fakes(FileKeyring, UnrecommendedKeyring, UnusableKeyring, RefusingKeyring)


@pytest.fixture
def use_keyring() -> Iterator[None]:
    """Lets a test install its own backend; the session's in-memory one comes back afterwards."""
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def install(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)


# ------------------------------------------------------------------------------------------ secure keyring


def test_a_secure_keyring_is_available(memory: MemoryKeyring) -> None:
    status = SecretStore().status()

    assert status.available is True
    assert status.reason is None
    assert status.problem is None
    assert "MemoryKeyring" in status.backend


def test_a_pincode_is_stored_under_the_service_and_the_connector(memory: MemoryKeyring) -> None:
    store = SecretStore()

    assert store.save_pincode(GOLF.upper(), PINCODE) is True

    assert memory.secrets == {(SERVICE_NAME, GOLF): PINCODE}
    assert store.pincode(GOLF) == PINCODE
    assert store.pincode("{" + GOLF + "}") == PINCODE


def test_saving_again_replaces_the_pincode(memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.save_pincode(GOLF, PINCODE)

    store.save_pincode(GOLF, "2580")

    assert store.pincode(GOLF) == "2580"


def test_an_unknown_connector_has_no_pincode(memory: MemoryKeyring) -> None:
    assert SecretStore().pincode(GOLF) is None


def test_forgetting_removes_the_pincode_and_may_be_repeated(memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.save_pincode(GOLF, PINCODE)

    store.forget(GOLF)
    store.forget(GOLF)

    assert store.pincode(GOLF) is None
    assert memory.secrets == {}


def test_stores_with_other_service_names_are_apart(memory: MemoryKeyring) -> None:
    SecretStore(service="Workbay test").save_pincode(GOLF, PINCODE)

    assert SecretStore().pincode(GOLF) is None


@pytest.mark.parametrize(("uuid", "pincode"), [("4711", "4711"), (GOLF, ""), (GOLF, "9" * 3000)])
def test_bad_arguments_are_programming_errors(memory: MemoryKeyring, uuid: str, pincode: str) -> None:
    with pytest.raises(ValueError):
        SecretStore().save_pincode(uuid, pincode)
    assert memory.secrets == {}


# ----------------------------------------------------------------------------------------- no keyring


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_without_a_keyring_nothing_is_remembered(
    use_keyring: None, backend: type[KeyringBackend], caplog: pytest.LogCaptureFixture
) -> None:
    install(backend())
    store = SecretStore()

    status = store.status()
    with caplog.at_level(logging.INFO, logger="app.store.secrets"):
        saved = store.save_pincode(GOLF, PINCODE)

    assert status.available is False
    assert status.problem is KeyringProblem.MISSING
    assert status.reason is not None
    assert status.reason.startswith("This computer has no secure password store")
    assert saved is False
    assert store.pincode(GOLF) is None
    store.forget(GOLF)  # nothing to do, and no exception
    assert "not remembered" in caplog.text
    assert PINCODE not in caplog.text


def test_a_plain_text_keyring_is_never_used(use_keyring: None) -> None:
    plaintext = fakes().plaintext()
    install(plaintext)
    store = SecretStore()

    status = store.status()

    assert status.available is False
    assert status.problem is KeyringProblem.INSECURE
    assert status.reason is not None
    assert "unprotected" in status.reason
    assert store.save_pincode(GOLF, PINCODE) is False
    assert plaintext.secrets == {}
    plaintext.secrets[(SERVICE_NAME, GOLF)] = PINCODE  # put there by another program
    assert store.pincode(GOLF) is None


def test_a_keyring_not_recommended_for_secrets_is_not_used(use_keyring: None) -> None:
    weak = fakes().unrecommended()
    install(weak)

    assert SecretStore().status().problem is KeyringProblem.INSECURE
    assert SecretStore().save_pincode(GOLF, PINCODE) is False
    assert weak.secrets == {}


def test_a_keyring_that_cannot_work_here_is_not_used(use_keyring: None) -> None:
    install(fakes().unusable())

    status = SecretStore().status()

    assert (status.available, status.problem) == (False, KeyringProblem.BROKEN)
    assert SecretStore().save_pincode(GOLF, PINCODE) is False


# -------------------------------------------------------------------------------------------- chainer


def test_a_chain_uses_its_secure_member_even_behind_a_plain_text_one(
    use_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    plaintext, secure = fakes().plaintext(), MemoryKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plaintext, secure])
    install(chainer.ChainerBackend())  # type: ignore[no-untyped-call]
    store = SecretStore()

    assert store.status().available is True
    assert store.save_pincode(GOLF, PINCODE) is True

    assert plaintext.secrets == {}
    assert secure.secrets == {(SERVICE_NAME, GOLF): PINCODE}
    assert store.pincode(GOLF) == PINCODE


@pytest.mark.parametrize(
    ("members", "problem"),
    [(["plaintext", "unrecommended"], KeyringProblem.INSECURE), ([], KeyringProblem.MISSING)],
)
def test_a_chain_without_a_secure_member_is_not_used(
    use_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
    members: list[str],
    problem: KeyringProblem,
) -> None:
    backends = [getattr(fakes(), member)() for member in members]
    monkeypatch.setattr(chainer.ChainerBackend, "backends", backends)
    install(chainer.ChainerBackend())  # type: ignore[no-untyped-call]
    store = SecretStore()

    assert store.status().problem is problem
    assert store.save_pincode(GOLF, PINCODE) is False
    assert all(backend.secrets == {} for backend in backends)


# ---------------------------------------------------------------------------------------- failures


def test_a_keyring_failing_is_logged_not_raised(use_keyring: None, caplog: pytest.LogCaptureFixture) -> None:
    install(fakes().refusing())
    store = SecretStore()

    with caplog.at_level(logging.WARNING, logger="app.store.secrets"):
        assert store.status().available is True
        assert store.save_pincode(GOLF, PINCODE) is False
        assert store.pincode(GOLF) is None
        store.forget(GOLF)

    assert [record.levelname for record in caplog.records] == ["WARNING"] * 3
    assert "KeyringLocked: the collection is locked" in caplog.records[0].getMessage()
    assert GOLF in caplog.text
    assert PINCODE not in caplog.text


def test_a_keyring_that_cannot_even_be_loaded_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> KeyringBackend:
        raise RuntimeError("keyringrc names a backend that is not installed")

    monkeypatch.setattr(keyring, "get_keyring", broken)

    status = SecretStore().status()

    assert (status.available, status.problem) == (False, KeyringProblem.BROKEN)
    assert status.reason is not None
    assert "not installed" in status.reason
    assert SecretStore().save_pincode(GOLF, PINCODE) is False


# ---------------------------------------------------------------------------------------- start-up


def test_keyring_is_not_imported_until_it_is_needed() -> None:
    root = Path(__file__).resolve().parents[2]
    script = (
        "import sys\n"
        "import app.store.connectors, app.store.drafts, app.store.logs, app.store.settings\n"
        "import app.store.secrets\n"
        "store = app.store.secrets.SecretStore()\n"
        "assert 'keyring' not in sys.modules, 'imported early'\n"
        "store.status()\n"
        "assert 'keyring' in sys.modules\n"
    )
    env = {**os.environ, "PYTHONPATH": str(root)}

    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
