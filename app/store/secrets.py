"""Connector pincodes in the operating system's secure keyring, and nowhere else.

A pincode is remembered only in a keyring that protects it (Windows Credential Manager, macOS Keychain, the
Secret Service of a Linux desktop). Where there is none, or only one that writes secrets in plain text
(``keyrings.alt``'s files, any backend keyring itself does not recommend), nothing secret is remembered:
:meth:`SecretStore.status` says why, in a sentence the GUI can show, and saving returns False. There is no
fallback of Workbay's own.

keyring is imported on first use, not with this module: it costs about 50 ms, and a start without
remembered connectors does not need it.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from app.store.connectors import normalise_uuid

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

__all__ = ["SERVICE_NAME", "KeyringProblem", "KeyringStatus", "SecretStore"]

log = logging.getLogger(__name__)

#: The keyring entry's service; the user name is the connector's UUID.
SERVICE_NAME: Final = "Workbay connector pincode"
#: keyring's own rule: a priority below one marks a backend it does not recommend for secrets.
_RECOMMENDED_PRIORITY: Final = 1
# Windows' Credential Manager refuses longer secrets; a pincode is far shorter, anything else is a mistake.
_MAX_SECRET_BYTES: Final = 2560


class KeyringProblem(enum.StrEnum):
    """Why pincodes cannot be remembered (the GUI words it in the technician's language)."""

    MISSING = "missing"
    """No keyring at all (keyring's "fail" or "null" backend), e.g. a PC without a desktop session."""
    INSECURE = "insecure"
    """Only a keyring that stores secrets in plain text or is otherwise not recommended."""
    BROKEN = "broken"
    """The keyring could not be loaded or asked."""


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """Whether pincodes can be remembered here.

    Attributes:
        available: a secure keyring is there.
        backend: the keyring's name ("SecretService Keyring"), for the support dialog.
        reason: when not available, one sentence saying why (English; for logs and the support dialog).
        problem: when not available, the kind of reason, for a translated message.
    """

    available: bool
    backend: str
    reason: str | None = None
    problem: KeyringProblem | None = None


_REASONS: Final = {
    KeyringProblem.MISSING: "This computer has no secure password store (keyring), so pincodes cannot be "
    "remembered; connectors can still be remembered without them.",
    KeyringProblem.INSECURE: "The only password store on this computer ({backend}) would keep pincodes "
    "unprotected, so Workbay does not remember them there.",
    KeyringProblem.BROKEN: "The password store on this computer ({backend}) could not be used ({detail}), "
    "so pincodes cannot be remembered.",
}


class SecretStore:
    """Remembered connector pincodes, by connector UUID. Never raises for a keyring failure."""

    def __init__(self, *, service: str = SERVICE_NAME) -> None:
        """Use ``service`` as the keyring entries' service name (tests may isolate themselves by it)."""
        self._service = service

    def status(self) -> KeyringStatus:
        """Whether a secure keyring is there, and if not, why."""
        return self._resolve()[1]

    def save_pincode(self, uuid: str, pincode: str) -> bool:
        """Store the connector's pincode; False (and a line in the log) when it could not be stored.

        Raises:
            ValueError: ``uuid`` is not a UUID, or ``pincode`` is empty or absurdly long.
        """
        key = normalise_uuid(uuid)
        if not pincode or len(pincode.encode("utf-8")) > _MAX_SECRET_BYTES:
            raise ValueError("a pincode must be a short, non-empty text")
        backend, status = self._resolve()
        if backend is None:
            log.info("The pincode of connector %s is not remembered: %s", key, status.reason)
            return False
        try:
            backend.set_password(self._service, key, pincode)
        except Exception as exc:  # noqa: BLE001  # backends raise their own types (D-Bus, Win32, ...)
            log.warning(
                "The keyring %s refused the pincode of connector %s: %s", status.backend, key, _describe(exc)
            )
            return False
        return True

    def pincode(self, uuid: str) -> str | None:
        """The remembered pincode of the connector, or None (not remembered, or no keyring)."""
        key = normalise_uuid(uuid)
        backend, status = self._resolve()
        if backend is None:
            return None
        try:
            return backend.get_password(self._service, key)
        except Exception as exc:  # noqa: BLE001  # a locked or vanished keyring is no reason to crash
            log.warning(
                "The keyring %s could not give the pincode of connector %s: %s",
                status.backend,
                key,
                _describe(exc),
            )
            return None

    def forget(self, uuid: str) -> None:
        """Remove the connector's pincode from the keyring, if it is there."""
        from keyring.errors import PasswordDeleteError  # noqa: PLC0415  # see the module text

        key = normalise_uuid(uuid)
        backend, status = self._resolve()
        if backend is None:
            return
        try:
            backend.delete_password(self._service, key)
        except PasswordDeleteError:
            pass  # nothing was stored: the outcome wanted
        except Exception as exc:  # noqa: BLE001  # see pincode()
            log.warning(
                "The keyring %s could not remove the pincode of connector %s: %s",
                status.backend,
                key,
                _describe(exc),
            )

    def _resolve(self) -> tuple[KeyringBackend | None, KeyringStatus]:
        """The backend to use (None when none is secure) and the status that goes with it.

        Asked afresh every time, not cached: the keyring can be replaced at run time (``set_keyring``).
        """
        try:
            import keyring  # noqa: PLC0415  # see the module text

            configured = keyring.get_keyring()
        except Exception as exc:  # noqa: BLE001  # a broken keyring configuration must not stop Workbay
            return None, _unavailable(KeyringProblem.BROKEN, "unknown", _describe(exc))
        return _secure_backend(configured)


def _secure_backend(configured: KeyringBackend) -> tuple[KeyringBackend | None, KeyringStatus]:
    from keyring.backends import chainer, fail, null  # noqa: PLC0415  # see the module text

    name = _name(configured)
    if isinstance(configured, fail.Keyring | null.Keyring):
        return None, _unavailable(KeyringProblem.MISSING, name)
    if isinstance(configured, chainer.ChainerBackend):
        # The chainer writes to the first backend that takes the secret, which may be a plain-text one:
        # talk to the best secure member directly instead.
        try:
            members: list[KeyringBackend] = list(configured.backends)
        except Exception as exc:  # noqa: BLE001  # see SecretStore._resolve
            return None, _unavailable(KeyringProblem.BROKEN, name, _describe(exc))
        for member in members:
            if _insecurity(member) is None:
                return member, KeyringStatus(available=True, backend=_name(member))
        if not members:
            return None, _unavailable(KeyringProblem.MISSING, name)
        return None, _unavailable(KeyringProblem.INSECURE, ", ".join(_name(member) for member in members))
    problem = _insecurity(configured)
    if problem is not None:
        return None, _unavailable(problem, name, "it reported itself unusable here")
    return configured, KeyringStatus(available=True, backend=name)


def _insecurity(backend: KeyringBackend) -> KeyringProblem | None:
    """Why ``backend`` must not hold a pincode, or None when it may."""
    from keyring.backends import fail, null  # noqa: PLC0415  # see the module text

    if isinstance(backend, fail.Keyring | null.Keyring):
        return KeyringProblem.MISSING
    kind = type(backend)
    if kind.__module__.startswith("keyrings.alt") or "plaintext" in kind.__name__.lower():
        return KeyringProblem.INSECURE
    try:
        priority = backend.priority
    except Exception:  # noqa: BLE001  # keyring's convention: priority raises when a backend cannot work
        return KeyringProblem.BROKEN
    return None if priority >= _RECOMMENDED_PRIORITY else KeyringProblem.INSECURE


def _unavailable(problem: KeyringProblem, backend: str, detail: str = "") -> KeyringStatus:
    reason = _REASONS[problem].format(backend=backend, detail=detail or "no reason given")
    return KeyringStatus(available=False, backend=backend, reason=reason, problem=problem)


def _name(backend: KeyringBackend) -> str:
    try:
        return str(backend.name)
    except Exception:  # noqa: BLE001  # a display name is not worth failing for
        return type(backend).__name__


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
