"""Injected faults (every kind, ``times`` counting) and the request log."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from websockets.exceptions import ConnectionClosed, InvalidHandshake
from websockets.sync.client import connect

from app.domain.contract.customer_api import Op
from app.domain.redact import MASK
from app.sandbox.config import FaultSpec, SandboxConfig, parse_faults
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import Session, anonymous, logged_in, problem, ticket_body

CONNECTORS = Op.CONNECTORS.route.path()


@pytest.fixture
def api(sandbox: SandboxThread) -> Iterator[Session]:
    with logged_in(sandbox) as session:
        sandbox.admin.clear_requests()
        yield session


def test_status_fault_counts_down_and_is_logged(sandbox: SandboxThread, api: Session) -> None:
    sandbox.admin.add_fault(path="/v1/connectors", kind="status", status=503, retry_after=1, times=2)
    first = api.get(Op.CONNECTORS)
    assert sandbox.admin.faults()[0]["times"] == 1
    second = api.get(Op.CONNECTORS)
    third = api.get(Op.CONNECTORS)
    for response in (first, second):
        body = problem(response, 503, "injected-fault")
        assert body["title"] == "Service Unavailable"
        assert response.headers["Retry-After"] == "1"
    assert third.status_code == 200
    assert sandbox.admin.faults() == []
    log = sandbox.admin.requests(CONNECTORS)
    assert [(e["method"], e["status"], e["fault"]) for e in log] == [
        ("GET", 503, "status"),
        ("GET", 503, "status"),
        ("GET", 200, None),
    ]
    assert all(e["authorization_kind"] == "bearer" for e in log)


def test_faults_match_by_glob_and_method(sandbox: SandboxThread, api: Session) -> None:
    sandbox.admin.set_faults([{"path": "/v1/vehicles/*", "method": "POST", "kind": "status", "status": 500}])
    assert api.get(Op.MAKES).status_code == 200
    sandbox.admin.set_faults(
        [{"path": "/v1/vehicles/*", "kind": "status", "status": 429, "retry_after": 0.5}]
    )
    limited = api.get(Op.MAKES)
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "0.5"
    assert api.get(Op.CONNECTORS).status_code == 200
    sandbox.admin.clear_faults()
    assert api.get(Op.MAKES).status_code == 200


def test_latency_delays_then_answers(sandbox: SandboxThread, api: Session) -> None:
    sandbox.admin.add_fault(path=CONNECTORS, kind="latency", delay=0.4, times=1)
    started = time.monotonic()
    assert api.get(Op.CONNECTORS).status_code == 200
    assert time.monotonic() - started >= 0.4
    started = time.monotonic()
    assert api.get(Op.CONNECTORS).status_code == 200
    assert time.monotonic() - started < 0.4


def test_drop_closes_the_connection_without_an_answer(sandbox: SandboxThread, api: Session) -> None:
    sandbox.admin.add_fault(path=CONNECTORS, kind="drop", times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        api.get(Op.CONNECTORS)
    assert api.get(Op.CONNECTORS).status_code == 200
    log = sandbox.admin.requests(CONNECTORS)
    assert [(e["status"], e["fault"]) for e in log] == [(None, "drop"), (200, None)]


def test_drop_after_processing_loses_only_the_answer(sandbox: SandboxThread, api: Session) -> None:
    body = ticket_body(sandbox.catalogue, api.connector)
    sandbox.admin.add_fault(path="/v1/tickets", method="POST", kind="drop", after_processing=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        api.call(Op.CREATE_TICKET, json=body, headers={"Idempotency-Key": "lost-answer"})
    created = [t for t in sandbox.admin.tickets() if t["reference"] == body["reference"]]
    assert len(created) == 1
    # The client's resend with the same key gets the ticket that was made.
    replay = api.call(Op.CREATE_TICKET, json=body, headers={"Idempotency-Key": "lost-answer"})
    assert replay.status_code == 201
    assert replay.json()["id"] == str(created[0]["id"])


@pytest.mark.parametrize(
    ("fault", "status"), [({"kind": "status", "status": 504}, 504), ({"kind": "malformed"}, 200)]
)
def test_status_and_malformed_after_processing_replace_a_real_answer(
    sandbox: SandboxThread, api: Session, fault: dict[str, object], status: int
) -> None:
    body = ticket_body(sandbox.catalogue, api.connector)
    sandbox.admin.add_fault(path="/v1/tickets", method="POST", after_processing=True, times=1, **fault)
    answer = api.call(Op.CREATE_TICKET, json=body, headers={"Idempotency-Key": "gateway"})
    assert answer.status_code == status
    # The ticket exists although its answer never arrived.
    created = [t for t in sandbox.admin.tickets() if t["reference"] == body["reference"]]
    assert len(created) == 1
    assert created[0]["uuid"] not in answer.text


def test_status_before_processing_has_no_effect(sandbox: SandboxThread, api: Session) -> None:
    body = ticket_body(sandbox.catalogue, api.connector)
    sandbox.admin.add_fault(path="/v1/tickets", method="POST", kind="status", status=503, times=1)
    assert api.call(Op.CREATE_TICKET, json=body).status_code == 503
    assert [t for t in sandbox.admin.tickets() if t["reference"] == body["reference"]] == []


def test_drop_before_processing_has_no_effect(sandbox: SandboxThread, api: Session) -> None:
    body = ticket_body(sandbox.catalogue, api.connector)
    sandbox.admin.add_fault(path="/v1/tickets", method="POST", kind="drop", times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        api.call(Op.CREATE_TICKET, json=body)
    assert [t for t in sandbox.admin.tickets() if t["reference"] == body["reference"]] == []


def test_truncate_sends_half_the_promised_body(sandbox: SandboxThread, api: Session) -> None:
    full = api.get(Op.MAKES, {"limit": 200}).content
    sandbox.admin.add_fault(path=Op.MAKES.route.path(), kind="truncate", times=1)
    received: list[bytes] = []

    def read_all(response: httpx.Response) -> None:
        received.extend(response.iter_raw())

    with api.http.stream("GET", Op.MAKES.route.path(), params={"limit": 200}) as response:
        assert response.status_code == 200
        assert int(response.headers["content-length"]) == len(full)
        with pytest.raises(httpx.RemoteProtocolError):
            read_all(response)
    assert b"".join(received) == full[: len(full) // 2]


def test_malformed_body_is_not_json(sandbox: SandboxThread, api: Session) -> None:
    sandbox.admin.add_fault(path=CONNECTORS, kind="malformed", times=1)
    response = api.get(Op.CONNECTORS)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert api.get(Op.CONNECTORS).json()["total"] >= 1


def test_expire_token_fault_expires_tokens_before_the_request(sandbox: SandboxThread, api: Session) -> None:
    sandbox.admin.add_fault(path=CONNECTORS, kind="expire_token", times=1)
    problem(api.get(Op.CONNECTORS), 401, "token-expired")
    renewed = api.http.post(Op.REFRESH.route.path(), json={"refresh_token": api.tokens["refresh_token"]})
    assert renewed.status_code == 200
    api.http.headers["Authorization"] = f"Bearer {renewed.json()['access_token']}"
    assert api.get(Op.CONNECTORS).status_code == 200


def test_drop_websocket_cuts_open_sockets_and_refuses_new_ones(sandbox: SandboxThread, api: Session) -> None:
    url = f"{sandbox.ws_url}?access_token={api.tokens['access_token']}"
    with connect(url, open_timeout=5) as socket:
        socket.send(json.dumps({"action": "subscribeToConnector", "connector_id": api.connector.id}))
        assert json.loads(socket.recv(timeout=5))["action"] == "subscribeToConnector"
        sandbox.admin.add_fault(path="/wssprd", kind="drop_websocket", times=2)

        def read_until_closed() -> None:
            while True:
                socket.recv(timeout=5)

        with pytest.raises(ConnectionClosed):
            read_until_closed()
    assert sandbox.admin.faults()[0]["times"] == 1
    with pytest.raises((InvalidHandshake, ConnectionError, EOFError, OSError)):
        connect(url, open_timeout=5).close()
    assert sandbox.admin.faults() == []
    with connect(url, open_timeout=5) as socket:
        socket.send(json.dumps({"action": "subscribeToConnector", "connector_id": api.connector.id}))
        assert json.loads(socket.recv(timeout=5))["action"] == "subscribeToConnector"
    kinds = [e["fault"] for e in sandbox.admin.requests("/wssprd")]
    assert kinds.count("drop_websocket") == 1


def test_request_log_records_what_arrived(sandbox: SandboxThread, api: Session) -> None:
    with anonymous(sandbox) as http:
        http.get(CONNECTORS, params={"limit": 5})
        http.post(Op.LOGIN_PINCODE.route.path(), json={"connector_uuid": "x", "pincode": "1"})
    sandbox.admin.faults()  # admin calls are never logged
    log = sandbox.admin.requests()
    assert [(e["method"], e["path"], e["status"], e["authorization_kind"]) for e in log] == [
        ("GET", CONNECTORS, 401, "none"),
        ("POST", Op.LOGIN_PINCODE.route.path(), 401, "none"),
    ]
    assert log[0]["query"] == "limit=5"
    assert sandbox.admin.requests("/v2/*") == [log[1]]
    sandbox.admin.clear_requests()
    assert sandbox.admin.requests() == []


def test_secrets_in_query_strings_are_masked_in_the_log(sandbox: SandboxThread) -> None:
    with anonymous(sandbox) as http:
        http.get(CONNECTORS, params={"access_token": "very-secret", "limit": 1})
    entry = sandbox.admin.requests(CONNECTORS)[-1]
    assert "very-secret" not in json.dumps(entry)
    assert entry["query"] == f"access_token={MASK}&limit=1"


def test_faults_from_config_act_from_the_start(tmp_path: Path) -> None:
    fault_file = tmp_path / "faults.json"
    fault_file.write_text(
        json.dumps([{"path": "/v1/vehicles/makes", "kind": "status", "status": 502, "times": 1}])
    )
    faults = parse_faults(str(fault_file))
    assert faults == parse_faults(fault_file.read_text())
    assert parse_faults('{"kind": "malformed"}') == [FaultSpec(kind="malformed")]
    with (
        SandboxThread(SandboxConfig(faults=tuple(faults), operator_enabled=False)) as server,
        anonymous(server) as http,
    ):
        assert http.get("/v1/vehicles/makes").status_code == 502
        assert http.get("/v1/vehicles/makes").status_code == 401
    with pytest.raises(ValueError, match="kind"):
        parse_faults('[{"kind": "explode"}]')
