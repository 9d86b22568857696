"""SessionService against the sandbox: logins, the connector and its ticket, remembering, failures."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import keyring
import pytest
import pytest_asyncio
from keyring.backends import fail

from app.api import CustomerApi
from app.api.models import Connector
from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread
from app.services.errors import Failure, ServiceError
from app.services.session import (
    SessionService,
    UuidProblem,
    connector_label,
    connector_uuid_problem,
    normalise_connector_uuid,
)
from app.store.connectors import ConnectorDirectory
from app.store.database import Database
from app.store.secrets import SERVICE_NAME, KeyringProblem, SecretStore
from tests.api.conftest import build_order, requests_for
from tests.samples import FAST_RETRY, GOLF_UUID

#: A fixed clock for the directory, so no timestamp in the database file can contain a pincode's digits.
FIXED_NOW = datetime(2025, 1, 2, 3, 5, 6, tzinfo=UTC)


def sample(sandbox: SandboxThread, **match: Any) -> dict[str, Any]:
    """The sample connector whose fields equal ``match``."""
    return next(c for c in sandbox.admin.connectors() if all(c[k] == v for k, v in match.items()))


def logged_out(session: SessionService) -> bool:
    """Whether the session holds no connector (a call, so that mypy keeps no narrowing across logout)."""
    return session.login_state is None and session.connector is None and not session.logged_in


@pytest_asyncio.fixture
async def api(sandbox: SandboxThread) -> AsyncIterator[CustomerApi]:
    async with CustomerApi(sandbox.base_url, retry=FAST_RETRY, timeout=5.0) as client:
        yield client


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "workbay.db")
    yield db
    db.close()


@pytest.fixture
def directory(database: Database) -> ConnectorDirectory:
    return ConnectorDirectory(database, clock=lambda: FIXED_NOW)


@pytest.fixture
def secrets() -> Iterator[SecretStore]:
    """A store under its own keyring service name in the session's in-memory keyring, emptied afterwards."""
    service = f"{SERVICE_NAME} (test)"
    yield SecretStore(service=service)
    memory = keyring.get_keyring()
    for key in [key for key in getattr(memory, "secrets", {}) if key[0] == service]:
        memory.secrets.pop(key)  # type: ignore[attr-defined]


@pytest.fixture
def session(api: CustomerApi, secrets: SecretStore, directory: ConnectorDirectory) -> SessionService:
    return SessionService(api, secrets=secrets, directory=directory)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """keyring's "fail" backend, as on a PC without a desktop session."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(previous)


# --- the UUID as typed or scanned --------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        GOLF_UUID,
        "  03991F3A-26F3-521A-913F-E5DB77B27774 ",
        "{03991f3a-26f3-521a-913f-e5db77b27774}",
        "03991f3a26f3521a913fe5db77b27774",
        "0399 1f3a 26f3 521a 913f e5db 77b2 7774",
        "urn:uuid:03991f3a-26f3-521a-913f-e5db77b27774",
    ],
)
def test_every_spelling_of_a_uuid_becomes_the_canonical_one(typed: str) -> None:
    assert connector_uuid_problem(typed) is None
    assert normalise_connector_uuid(typed) == GOLF_UUID


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", UuidProblem.EMPTY),
        ("   ", UuidProblem.EMPTY),
        ("03991f3a-26f3-521a-913f", UuidProblem.MALFORMED),
        ("03991f3a-26f3-521a-913f-e5db77b2777g", UuidProblem.MALFORMED),
        ("03991f3a-26f3-521a-913f-e5db77b277745", UuidProblem.MALFORMED),
    ],
)
def test_a_malformed_uuid_is_named_as_such(typed: str, problem: UuidProblem) -> None:
    assert connector_uuid_problem(typed) is problem
    assert normalise_connector_uuid(typed) == typed.strip().lower()


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("VOLKSWAGEN#Golf#GOLF VIII (CD1)#2.0 TDI 110KW DTTA", "Volkswagen Golf, 2.0 TDI 110KW DTTA"),
        ("BMW#3 Series#3 (G20, G80)#320d 140KW B47 D20 B", "BMW 3 Series, 320d 140KW B47 D20 B"),
        ("MERCEDES-BENZ#C-Class#C (W205)#C 220 d", "Mercedes-Benz C-Class, C 220 d"),
        ("ALFA ROMEO#Giulia", "Alfa Romeo Giulia"),
        (None, "Connector 03991f3a"),
        ("", "Connector 03991f3a"),
    ],
)
def test_a_remembered_connector_is_named_after_its_car(path: str | None, label: str) -> None:
    connector = Connector(id=1, uuid=GOLF_UUID, vehicle_path_string=path)
    assert connector_label(connector) == label


# --- logins --------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_pincode_login_fills_the_login_state(
    session: SessionService, sandbox: SandboxThread, api: CustomerApi
) -> None:
    golf = sample(sandbox, uuid=GOLF_UUID)
    result = await session.login_pincode("{03991F3A-26F3-521A-913F-E5DB77B27774}", " 4711 ", remember=False)
    state = result.login_state
    assert state.method == "pincode"
    assert state.connector_uuid == GOLF_UUID
    assert state.connector_id == golf["id"]
    assert state.supports_doip is True
    assert state.is_online is True
    assert state.connector_vin == golf["vin_number"]
    assert state.remember is False
    assert state.logged_in
    assert result.connector.uuid == GOLF_UUID
    assert result.active_ticket is None
    assert (result.pincode_remembered, result.connector_remembered) == (False, False)
    assert session.login_state == state
    assert session.connector == result.connector
    assert session.logged_in
    [login] = requests_for(sandbox, Op.LOGIN_PINCODE)
    assert login["status"] == 200
    assert [entry["status"] for entry in requests_for(sandbox, Op.ACTIVE_TICKET)] == [404]
    # The pincode stays in memory so a refused refresh token can log in again without the technician.
    assert api.auth.remembers_pincode


@pytest.mark.asyncio
async def test_a_wrong_pincode_is_wrong_credentials_and_leaves_no_session(
    session: SessionService, sandbox: SandboxThread, api: CustomerApi
) -> None:
    with pytest.raises(ServiceError) as caught:
        await session.login_pincode(GOLF_UUID, "0000", remember=True)
    assert caught.value.failure is Failure.WRONG_CREDENTIALS
    assert not caught.value.retryable
    assert "0000" not in str(caught.value)
    assert session.login_state is None
    assert session.connector is None
    assert not api.auth.is_authenticated
    assert session.remembered() == []
    assert requests_for(sandbox, Op.CONNECTOR_BY_UUID) == []


@pytest.mark.asyncio
async def test_a_refused_login_keeps_the_session_it_would_replace(
    session: SessionService, sandbox: SandboxThread, api: CustomerApi
) -> None:
    golf = await session.login_pincode(GOLF_UUID, "4711", remember=False)
    bmw = sample(sandbox, pincode="2580")
    with pytest.raises(ServiceError):
        await session.login_pincode(bmw["uuid"], "0000", remember=False)
    assert session.login_state == golf.login_state
    assert session.logged_in
    # The tokens are still the Golf's: its connector answers.
    assert (await api.connectors.get_by_uuid(GOLF_UUID)).id == golf.connector.id


@pytest.mark.asyncio
async def test_a_login_whose_connector_cannot_be_read_leaves_no_half_session(
    session: SessionService, sandbox: SandboxThread, api: CustomerApi
) -> None:
    # A server failing on every try (the client retries reads): the login itself went through.
    sandbox.admin.add_fault(path=f"/v2/connectors/{GOLF_UUID}", method="GET", kind="status", status=500)
    with pytest.raises(ServiceError) as caught:
        await session.login_pincode(GOLF_UUID, "4711", remember=True)
    assert caught.value.failure is Failure.SERVER
    assert caught.value.retryable
    assert logged_out(session)
    assert not api.auth.is_authenticated
    assert session.remembered() == []
    assert [entry["status"] for entry in requests_for(sandbox, Op.LOGIN_PINCODE)] == [200]


@pytest.mark.asyncio
async def test_a_malformed_uuid_is_refused_without_a_request(
    session: SessionService, sandbox: SandboxThread
) -> None:
    with pytest.raises(ServiceError) as caught:
        await session.login_pincode("03991f3a-26f3", "4711", remember=False)
    assert caught.value.failure is Failure.WRONG_CREDENTIALS
    with pytest.raises(ServiceError):
        await session.login_pincode(GOLF_UUID, "  ", remember=False)
    assert requests_for(sandbox, Op.LOGIN_PINCODE) == []


@pytest.mark.asyncio
async def test_too_many_wrong_pincodes_lock_the_connector_with_a_wait(
    session: SessionService, sandbox: SandboxThread
) -> None:
    attempts = sandbox.config.login_lockout_attempts
    failures: list[Failure] = []
    for attempt in range(attempts):
        with pytest.raises(ServiceError) as caught:
            await session.login_pincode(GOLF_UUID, f"99{attempt:02d}", remember=False)
        failures.append(caught.value.failure)
    assert failures[:-1] == [Failure.WRONG_CREDENTIALS] * (attempts - 1)
    assert failures[-1] is Failure.TOO_MANY_ATTEMPTS
    # Locked: even the right pincode waits now, and the failure says how long.
    with pytest.raises(ServiceError) as caught:
        await session.login_pincode(GOLF_UUID, "4711", remember=False)
    assert caught.value.failure is Failure.TOO_MANY_ATTEMPTS
    assert caught.value.retry_after is not None
    assert caught.value.retry_after > 0
    assert "seconds" in caught.value.detail
    assert session.login_state is None
    # The window passes on the sandbox clock: the connector unlocks.
    sandbox.admin.advance_clock(3600)
    result = await session.login_pincode(GOLF_UUID, "4711", remember=False)
    assert result.login_state.logged_in


@pytest.mark.asyncio
async def test_an_offline_connector_logs_in_and_says_so(
    session: SessionService, sandbox: SandboxThread
) -> None:
    offline = sample(sandbox, is_online=False)
    result = await session.login_pincode(offline["uuid"], offline["pincode"], remember=False)
    assert result.login_state.logged_in
    assert result.login_state.is_online is False
    assert result.connector.is_online is False
    assert result.login_state.supports_doip is False


@pytest.mark.asyncio
async def test_the_active_ticket_of_the_connector_comes_with_the_login(
    session: SessionService, sandbox: SandboxThread, api: CustomerApi
) -> None:
    golf = sample(sandbox, uuid=GOLF_UUID)
    await api.auth.login_pincode(GOLF_UUID, golf["pincode"])
    ticket = await api.tickets.create(await build_order(api, golf))
    api.auth.logout()
    result = await session.login_pincode(GOLF_UUID, golf["pincode"], remember=False)
    assert result.active_ticket is not None
    assert result.active_ticket.id == ticket.id
    assert result.active_ticket.connector_id == golf["id"]


@pytest.mark.asyncio
async def test_a_one_time_password_finds_its_connector(
    session: SessionService, sandbox: SandboxThread
) -> None:
    golf7 = sample(sandbox, otp="TRAIN-739154")
    result = await session.login_otp(" TRAIN-739154 ")
    assert result.login_state.method == "otp"
    assert result.login_state.connector_uuid == golf7["uuid"]
    assert result.login_state.connector_id == golf7["id"]
    assert result.login_state.remember is False
    assert result.connector.vin_number == golf7["vin_number"]
    # Found through the token's subject, without listing every connector of the customer.
    assert requests_for(sandbox, Op.CONNECTORS) == []
    # Used once, it is spent.
    session.logout()
    with pytest.raises(ServiceError) as caught:
        await session.login_otp("TRAIN-739154")
    assert caught.value.failure is Failure.WRONG_CREDENTIALS
    assert session.login_state is None


@pytest.mark.asyncio
async def test_an_unreachable_server_is_offline(secrets: SecretStore, directory: ConnectorDirectory) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Closed now: nothing listens on the port.
    async with CustomerApi(f"http://127.0.0.1:{port}", retry=FAST_RETRY, timeout=2.0) as api:
        session = SessionService(api, secrets=secrets, directory=directory)
        with pytest.raises(ServiceError) as caught:
            await session.login_pincode(GOLF_UUID, "4711", remember=True)
        assert caught.value.failure is Failure.OFFLINE
        assert caught.value.retryable
        with pytest.raises(ServiceError) as caught:
            await session.login_otp("TRAIN-739154")
        assert caught.value.failure is Failure.OFFLINE
    assert directory.list() == []


@pytest.mark.asyncio
async def test_refresh_connector_and_logout(
    session: SessionService, sandbox: SandboxThread, api: CustomerApi
) -> None:
    golf = sample(sandbox, uuid=GOLF_UUID)
    await session.login_pincode(GOLF_UUID, "4711", remember=False)
    sandbox.admin.update_connector(golf["id"], is_online=False, vin_number="")
    connector = await session.refresh_connector()
    assert connector.is_online is False
    assert session.login_state is not None
    assert session.login_state.is_online is False
    assert session.login_state.connector_vin == ""
    session.logout()
    assert logged_out(session)
    assert not api.auth.is_authenticated
    assert not api.auth.remembers_pincode
    with pytest.raises(ServiceError) as caught:
        await session.refresh_connector()
    assert caught.value.failure is Failure.SESSION_EXPIRED


# --- remembering -------------------------------------------------------------------------------------


def store_files(database_dir: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(database_dir.glob("workbay.db*")))


@pytest.mark.asyncio
async def test_remembering_keeps_the_pincode_in_the_keyring_only(
    session: SessionService, secrets: SecretStore, tmp_path: Path
) -> None:
    result = await session.login_pincode(GOLF_UUID.upper(), "4711", remember=True)
    assert result.pincode_remembered
    assert result.connector_remembered
    assert result.login_state.remember
    [row] = session.remembered()
    assert row.uuid == GOLF_UUID
    assert row.label == "Volkswagen Golf, 2.0 TDI 110KW DTTA"
    assert row.has_pincode
    assert secrets.pincode(GOLF_UUID) == "4711"
    assert await session.stored_pincode(GOLF_UUID.upper()) == "4711"
    assert b"4711" not in store_files(tmp_path)
    status = await session.keyring_status()
    assert status is not None
    assert status.available

    # Logging in again without remembering forgets the connector and its pincode.
    session.logout()
    again = await session.login_pincode(GOLF_UUID, "4711", remember=False)
    assert (again.pincode_remembered, again.connector_remembered) == (False, False)
    assert session.remembered() == []
    assert secrets.pincode(GOLF_UUID) is None


@pytest.mark.asyncio
@pytest.mark.usefixtures("no_keyring")
async def test_without_a_keyring_the_connector_is_remembered_without_its_pincode(
    session: SessionService, tmp_path: Path
) -> None:
    status = await session.keyring_status()
    assert status is not None
    assert not status.available
    assert status.problem is KeyringProblem.MISSING
    result = await session.login_pincode(GOLF_UUID, "4711", remember=True)
    assert result.login_state.logged_in
    assert result.pincode_remembered is False
    assert result.connector_remembered is True
    [row] = session.remembered()
    assert row.uuid == GOLF_UUID
    assert row.has_pincode is False
    assert await session.stored_pincode(GOLF_UUID) is None
    # Nowhere else either: not in the session's keyring, not in the database files.
    memory: Any = keyring.get_keyring()
    assert not any(value == "4711" for value in getattr(memory, "secrets", {}).values())
    assert b"4711" not in store_files(tmp_path)


@pytest.mark.asyncio
async def test_forget_removes_the_connector_and_its_pincode(
    session: SessionService, secrets: SecretStore
) -> None:
    await session.login_pincode(GOLF_UUID, "4711", remember=True)
    await session.forget(GOLF_UUID.upper())
    assert session.remembered() == []
    assert secrets.pincode(GOLF_UUID) is None
    # The session itself goes on: forgetting is about this computer's list, not the login.
    assert session.logged_in


@pytest.mark.asyncio
async def test_a_connector_dropped_from_a_full_list_takes_its_pincode_along(
    api: CustomerApi, sandbox: SandboxThread, secrets: SecretStore, database: Database
) -> None:
    session = SessionService(api, secrets=secrets, directory=ConnectorDirectory(database, limit=1))
    bmw = sample(sandbox, pincode="2580")
    await session.login_pincode(GOLF_UUID, "4711", remember=True)
    await session.login_pincode(bmw["uuid"], "2580", remember=True)
    assert [row.uuid for row in session.remembered()] == [bmw["uuid"]]
    assert secrets.pincode(GOLF_UUID) is None
    assert secrets.pincode(bmw["uuid"]) == "2580"


@pytest.mark.asyncio
async def test_a_failing_local_store_never_fails_the_login(
    session: SessionService, database: Database, secrets: SecretStore
) -> None:
    database.close()
    result = await session.login_pincode(GOLF_UUID, "4711", remember=True)
    assert result.login_state.logged_in
    assert result.connector_remembered is False
    assert session.remembered() == []
    await session.forget(GOLF_UUID)
    assert secrets.pincode(GOLF_UUID) is None


@pytest.mark.asyncio
async def test_without_a_store_nothing_is_remembered(api: CustomerApi) -> None:
    session = SessionService(api, secrets=None, directory=None)
    result = await session.login_pincode(GOLF_UUID, "4711", remember=True)
    assert result.login_state.logged_in
    assert (result.pincode_remembered, result.connector_remembered) == (False, False)
    assert not session.can_remember
    assert session.remembered() == []
    assert await session.stored_pincode(GOLF_UUID) is None
    assert await session.keyring_status() is None
