"""The technician's session: logging in with a connector, remembering connectors, and logging out.

A login is a connector: its UUID and pincode (or a one-time password tied to it). After the login the
service fetches the connector (for its DoIP support, whether it is online, the VIN it read) and its active
ticket, so the wizard can go straight to a ticket already under way.

Remembering a connector puts its pincode in the operating system's keyring (:class:`SecretStore`) and its
UUID and car in the local directory (:class:`ConnectorDirectory`). Where no secure keyring exists the
connector is remembered without its pincode; the pincode is never written anywhere else. Keyring calls run
in a worker thread: a desktop keyring may take long to answer (a D-Bus round trip, an unlock prompt) and
the window must not freeze meanwhile.

An offline connector is not a failed login: the session starts, :attr:`LoginState.is_online` is False and
the technician may choose the car and products; ordering needs the connector online.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from app.domain.jwt import unverified_claims
from app.domain.wizard import LoginState
from app.services.errors import Failure, ServiceError, translate_errors
from app.store.connectors import MAX_LABEL_LENGTH
from app.store.database import StoreError

# Annotations only: importing the API models at run time costs ~100 ms before the login page is painted.
if TYPE_CHECKING:
    from app.api.client import CustomerApi
    from app.api.models import Connector, Ticket
    from app.store.connectors import ConnectorDirectory, RememberedConnector
    from app.store.secrets import KeyringStatus, SecretStore

__all__ = [
    "LoginResult",
    "SessionService",
    "UuidProblem",
    "connector_label",
    "connector_uuid_problem",
    "normalise_connector_uuid",
    "short_uuid",
]

_log = logging.getLogger(__name__)

_HEX32: Final = re.compile(r"[0-9a-f]{32}")
_CANONICAL: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
#: What a typed or scanned UUID may carry around its 32 hex digits: a ``urn:uuid:`` prefix, braces,
#: dashes, spaces (scanners and people group the digits), underscores.
_URN_PREFIX: Final = "urn:uuid:"
_SEPARATORS: Final = re.compile(r"[\s{}\-_]+")
#: The id-token claims that may name the connector of a session, in the order they are trusted.
_CONNECTOR_CLAIMS: Final = ("connector_uuid", "custom:connector_uuid", "sub")
#: Makes written in capitals that stay in capitals when the label is made readable.
_KEEP_UPPER_MAX: Final = 3


class UuidProblem(StrEnum):
    """Why a typed connector UUID cannot be sent (the page turns it into a field message)."""

    EMPTY = "empty"
    #: Not 32 hexadecimal digits once braces, dashes and spaces are taken away.
    MALFORMED = "malformed"


def normalise_connector_uuid(text: str) -> str:
    """The canonical form (lower case, dashed 8-4-4-4-12) of a typed or scanned UUID.

    Text that is not a UUID comes back trimmed and lower-cased only, so the technician can still see and
    correct what they typed.
    """
    cleaned = text.strip().lower()
    cleaned = cleaned.removeprefix(_URN_PREFIX)
    digits = _SEPARATORS.sub("", cleaned)
    if not _HEX32.fullmatch(digits):
        return cleaned
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def connector_uuid_problem(text: str) -> UuidProblem | None:
    """Why ``text`` is not a connector UUID, or None when it is one (in any accepted spelling)."""
    if not text.strip():
        return UuidProblem.EMPTY
    return None if _CANONICAL.fullmatch(normalise_connector_uuid(text)) else UuidProblem.MALFORMED


def short_uuid(uuid: str) -> str:
    """The first group of a UUID, which is what technicians read off the connector's label."""
    return uuid.split("-", 1)[0][:8]


def _readable_make(make: str) -> str:
    # The API sends makes in capitals ("VOLKSWAGEN#Golf#..."); short words are acronyms (BMW, VW, DS).
    def word(text: str) -> str:
        if text.isupper() and len(text) > _KEEP_UPPER_MAX:
            return "-".join(part.capitalize() for part in text.split("-"))
        return text

    return " ".join(word(text) for text in make.split())


def connector_label(connector: Connector) -> str:
    """A name for a remembered connector: the car it sits in, or ``Connector <short uuid>``.

    From ``VOLKSWAGEN#Golf#GOLF VIII (CD1)#2.0 TDI 110KW DTTA``: "Volkswagen Golf, 2.0 TDI 110KW DTTA" (the
    model name repeats the group in capitals and adds little a technician reads).
    """
    path = connector.vehicle_path
    if path and any(path):
        make = _readable_make(path[0])
        group = path[1] if len(path) > 1 else ""
        variant = path[3] if len(path) > 3 else ""
        car = " ".join(part for part in (make, group) if part)
        return ", ".join(part for part in (car, variant) if part)
    return f"Connector {short_uuid(connector.uuid)}"


def _connector_from_claims(id_token: str | None) -> str | None:
    """The connector UUID named by an id token's claims (read, not verified: the server already did)."""
    if not id_token:
        return None
    claims = unverified_claims(id_token)
    if claims is None:
        return None
    for name in _CONNECTOR_CLAIMS:
        value = claims.get(name)
        if isinstance(value, str) and connector_uuid_problem(value) is None:
            return normalise_connector_uuid(value)
    return None


@dataclass(frozen=True, slots=True)
class LoginResult:
    """What a login found out.

    Attributes:
        connector: the connector as the server describes it now.
        active_ticket: its pending or in-progress ticket, or None.
        login_state: the draft's login piece (no secret in it).
        pincode_remembered: whether the pincode is now in the keyring (False without a secure keyring).
        connector_remembered: whether the connector is now in the list of remembered connectors.
    """

    connector: Connector
    active_ticket: Ticket | None
    login_state: LoginState
    pincode_remembered: bool = False
    connector_remembered: bool = False


class SessionService:
    """Logins, the logged-in connector, remembered connectors and logout."""

    def __init__(
        self,
        api: CustomerApi,
        *,
        secrets: SecretStore | None,
        directory: ConnectorDirectory | None,
    ) -> None:
        self._api = api
        self._secrets = secrets
        self._directory = directory
        self._connector: Connector | None = None
        self._login_state: LoginState | None = None

    # --- the current session ----------------------------------------------------------------------------

    @property
    def connector(self) -> Connector | None:
        """The logged-in connector as last fetched, or None when logged out."""
        return self._connector

    @property
    def login_state(self) -> LoginState | None:
        """The draft's login piece of the current session, or None when logged out."""
        return self._login_state

    @property
    def logged_in(self) -> bool:
        """Whether a connector is logged in."""
        return self._login_state is not None and self._api.auth.is_authenticated

    @property
    def can_remember(self) -> bool:
        """Whether connectors can be remembered at all (a local directory is configured)."""
        return self._directory is not None

    # --- logins -----------------------------------------------------------------------------------------

    async def login_pincode(self, uuid: str, pincode: str, *, remember: bool) -> LoginResult:
        """Log in with a connector's UUID (any accepted spelling) and pincode.

        A refused login leaves the session it would have replaced as it was.

        Args:
            uuid: the UUID as typed or scanned; check it first with :func:`connector_uuid_problem`.
            pincode: the pincode (digits; leading zeros count).
            remember: keep the connector in the list and its pincode in the keyring; False forgets both.

        Raises:
            ServiceError: ``WRONG_CREDENTIALS`` (also, without a request, for a malformed UUID or an empty
                pincode), ``TOO_MANY_ATTEMPTS`` with ``retry_after``, ``OFFLINE``, ``TIMEOUT``, ``SERVER``.
        """
        if connector_uuid_problem(uuid) is not None:
            _log.info("login refused locally: the connector UUID is malformed")
            raise ServiceError(Failure.WRONG_CREDENTIALS)
        canonical = normalise_connector_uuid(uuid)
        secret = pincode.strip()
        if not secret:
            raise ServiceError(Failure.WRONG_CREDENTIALS)
        with translate_errors():
            # Kept in memory by the client so that a refused refresh token can log in again unattended.
            await self._api.auth.login_pincode(canonical, secret, remember=True)
        connector = await self._fetch_connector(canonical)
        # The keyring may be slow (a thread waits for it): it runs while the active ticket is asked for.
        ticket, (pincode_remembered, connector_remembered) = await asyncio.gather(
            self._fetch_active_ticket(connector), self._remember(connector, secret, remember=remember)
        )
        state = self._state_of(connector, method="pincode", remember=remember)
        self._install(connector, state)
        _log.info(
            "connector %s logged in (online %s, active ticket %s)",
            short_uuid(connector.uuid),
            connector.is_online,
            ticket.id if ticket else None,
        )
        return LoginResult(connector, ticket, state, pincode_remembered, connector_remembered)

    async def login_otp(self, otp: str) -> LoginResult:
        """Log in with a one-time password and find the connector it belongs to.

        The connector is read from the id token's claims (``connector_uuid``, ``custom:connector_uuid``,
        then ``sub``: the sandbox names the connector UUID as the subject, as a connector's pincode login
        does). When the token names no connector of this user (a ``sub`` that is a user id, say), the
        user's connector list decides if it holds exactly one; otherwise the session cannot be told.
        Nothing is remembered: a one-time password cannot be used again.

        Raises:
            ServiceError: ``WRONG_CREDENTIALS`` for an unknown, used or empty code, ``NOT_FOUND`` when the
                session's connector cannot be told; the usual network failures.
        """
        code = otp.strip()
        if not code:
            raise ServiceError(Failure.WRONG_CREDENTIALS)
        with translate_errors():
            tokens = await self._api.auth.login_otp(code)
        connector = await self._otp_connector(_connector_from_claims(tokens.id_token))
        ticket = await self._fetch_active_ticket(connector)
        state = self._state_of(connector, method="otp", remember=False)
        self._install(connector, state)
        _log.info("connector %s logged in with a one-time password", short_uuid(connector.uuid))
        return LoginResult(connector, ticket, state)

    async def refresh_connector(self) -> Connector:
        """Fetch the logged-in connector again (online state, VIN read) and update :attr:`login_state`.

        Raises:
            ServiceError: ``SESSION_EXPIRED`` when logged out; the usual failures of a request.
        """
        current = self._connector
        state = self._login_state
        if current is None or state is None:
            raise ServiceError(Failure.SESSION_EXPIRED)
        with translate_errors():
            connector = await self._api.connectors.get_by_uuid(current.uuid)
        self._install(connector, self._state_of(connector, method=state.method, remember=state.remember))
        return connector

    def logout(self) -> None:
        """End the session: the tokens and the in-memory pincode are dropped (remembered connectors stay)."""
        self._drop_session()

    # --- remembered connectors --------------------------------------------------------------------------

    def remembered(self) -> list[RememberedConnector]:
        """The remembered connectors, most recently used first ([] when nothing can be remembered)."""
        if self._directory is None:
            return []
        try:
            return self._directory.list()
        except StoreError as error:
            # A failing disk costs the shortcut list, never the login itself.
            _log.warning("could not read the remembered connectors: %s", error)
            return []

    async def stored_pincode(self, uuid: str) -> str | None:
        """The pincode kept in the keyring for a connector, or None."""
        secrets = self._secrets
        if secrets is None or connector_uuid_problem(uuid) is not None:
            return None
        return await asyncio.to_thread(secrets.pincode, normalise_connector_uuid(uuid))

    async def forget(self, uuid: str) -> None:
        """Forget a remembered connector and its stored pincode."""
        canonical = normalise_connector_uuid(uuid)
        if connector_uuid_problem(canonical) is not None:
            return
        if self._directory is not None:
            try:
                self._directory.forget(canonical)
            except StoreError as error:
                _log.warning("could not forget connector %s: %s", short_uuid(canonical), error)
        if self._secrets is not None:
            await asyncio.to_thread(self._secrets.forget, canonical)
        _log.info("connector %s forgotten", short_uuid(canonical))

    async def keyring_status(self) -> KeyringStatus | None:
        """Whether a secure keyring can keep pincodes; None when this program was set up without one."""
        secrets = self._secrets
        if secrets is None:
            return None
        return await asyncio.to_thread(secrets.status)

    # --- internals --------------------------------------------------------------------------------------

    async def _fetch_connector(self, uuid: str) -> Connector:
        """The connector; the session is dropped when it cannot be read (a half-made login never lingers)."""
        try:
            with translate_errors():
                return await self._api.connectors.get_by_uuid(uuid)
        except ServiceError:
            self._drop_session()
            raise

    async def _fetch_active_ticket(self, connector: Connector) -> Ticket | None:
        try:
            with translate_errors():
                return await self._api.connectors.active_ticket(connector.id)
        except ServiceError:
            self._drop_session()
            raise

    async def _otp_connector(self, claimed: str | None) -> Connector:
        if claimed is not None:
            try:
                with translate_errors():
                    return await self._api.connectors.get_by_uuid(claimed)
            except ServiceError as error:
                if error.failure != Failure.NOT_FOUND:
                    self._drop_session()
                    raise
                _log.info("the one-time login's token names no connector of this user")
        try:
            with translate_errors():
                connectors = await self._api.connectors.list(max_items=2).all()
        except ServiceError:
            self._drop_session()
            raise
        if len(connectors) != 1:
            _log.warning("a one-time login named no connector and the user has %d or more", len(connectors))
            self._drop_session()
            raise ServiceError(Failure.NOT_FOUND)
        return connectors[0]

    async def _remember(self, connector: Connector, pincode: str, *, remember: bool) -> tuple[bool, bool]:
        """Remember or forget the connector as asked; returns (pincode kept, connector kept).

        A failing keyring or disk never fails the login: the technician is logged in either way.
        """
        uuid = normalise_connector_uuid(connector.uuid)
        secrets, directory = self._secrets, self._directory
        if not remember or directory is None:
            try:
                if directory is not None:
                    directory.forget(uuid)
                if secrets is not None:
                    await asyncio.to_thread(secrets.forget, uuid)
            except StoreError as error:
                _log.warning("could not forget connector %s: %s", short_uuid(uuid), error)
            return False, False
        pincode_kept = False
        if secrets is not None:
            pincode_kept = await asyncio.to_thread(secrets.save_pincode, uuid, pincode)
        try:
            dropped = directory.remember(
                uuid, connector_label(connector)[:MAX_LABEL_LENGTH], has_pincode=pincode_kept
            )
        except StoreError as error:
            _log.warning("could not remember connector %s: %s", short_uuid(uuid), error)
            return pincode_kept, False
        if secrets is not None:
            # The least recently used connectors left the list: their pincodes must not outlive it.
            for old in dropped:
                await asyncio.to_thread(secrets.forget, old)
        return pincode_kept, True

    @staticmethod
    def _state_of(connector: Connector, *, method: str, remember: bool) -> LoginState:
        return LoginState(
            method="otp" if method == "otp" else "pincode",
            connector_uuid=normalise_connector_uuid(connector.uuid),
            connector_id=connector.id,
            supports_doip=connector.supports_doip,
            is_online=connector.is_online,
            connector_vin=(connector.vin_number or "").strip().upper(),
            remember=remember,
        )

    def _install(self, connector: Connector, state: LoginState) -> None:
        self._connector = connector
        self._login_state = state

    def _drop_session(self) -> None:
        self._api.auth.logout()
        self._connector = None
        self._login_state = None
