"""Shared set-up of the chat, object store and websocket tests: a logged-in technician with a ticket.

Everything goes through the sandbox's HTTP API as a client would: log in with a sample connector, look the
connector's car up, pick an attended product, answer its prerequisites and create the ticket. Only the
ticket's state is forced, through the admin API, so tests need not wait for the scheduler.
"""

from __future__ import annotations

import hashlib
import ssl
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from websockets.sync.client import ClientConnection, connect

from app.domain.contract.customer_api import Op
from app.sandbox.runner import SandboxThread

T = TypeVar("T")

# One TLS context for every client of the tests: httpx builds a fresh one per client otherwise, which costs
# about 50 ms each (the sandbox is plain HTTP; the context is never used, only built).
_TLS = ssl.create_default_context()


def presigned(method: str, url: str, **options: Any) -> httpx.Response:
    """A request to a presigned object URL: a plain client, no Authorization header."""
    options.setdefault("timeout", 30)
    return httpx.request(method, url, verify=_TLS, **options)


def plain_client(base_url: str = "") -> httpx.Client:
    """An HTTP client without credentials."""
    return httpx.Client(base_url=base_url, timeout=10, verify=_TLS)


@dataclass
class ChatTicket:
    """A logged-in client and one of its tickets, whose chat channel the tests use."""

    sandbox: SandboxThread
    client: httpx.Client
    token: str
    connector_id: int
    ticket_id: int
    channel_id: str

    def messages(self, **params: Any) -> httpx.Response:
        """GET the channel's messages."""
        return self.client.get(Op.MESSAGES.route.path(channel_id=self.channel_id), params=params)

    def all_messages(self) -> list[dict[str, Any]]:
        """Every message of the channel, following next_token."""
        result: list[dict[str, Any]] = []
        token: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 200}
            if token:
                params["next_token"] = token
            answer = self.messages(**params)
            assert answer.status_code == 200, answer.text
            body = answer.json()
            result.extend(body["result"])
            token = body["next_token"]
            if token is None:
                return result

    def send(self, content: str = "", *, attachment: str | None = None) -> httpx.Response:
        """POST a technician message."""
        return self.client.post(
            Op.SEND_MESSAGE.route.path(channel_id=self.channel_id),
            json={"content": content, "attachment": attachment},
        )

    def create_attachment(self, file_name: str) -> httpx.Response:
        """Announce an attachment of the channel."""
        return self.client.post(
            Op.CREATE_ATTACHMENT.route.path(),
            params={"channel_id": self.channel_id},
            json={"file_name": file_name},
        )

    def get_attachment(self, file_reference: str) -> httpx.Response:
        """Ask for an attachment's download URL."""
        return self.client.get(
            Op.GET_ATTACHMENT.route.path(),
            params={"channel_id": self.channel_id, "file_reference": file_reference},
        )

    def upload(self, file_name: str, data: bytes, *, content_type: str | None = None) -> dict[str, Any]:
        """Create an attachment and PUT ``data`` to its presigned URL; the created attachment."""
        created = self.create_attachment(file_name)
        assert created.status_code == 201, created.text
        attachment: dict[str, Any] = created.json()
        headers = {"Content-Type": content_type} if content_type else {}
        put = presigned("PUT", attachment["upload_url"], content=data, headers=headers)
        assert put.status_code == 200, put.text
        assert put.headers["etag"] == f'"{hashlib.sha256(data).hexdigest()}"'
        return attachment

    def set_state(self, state: int) -> None:
        """Force the ticket's state through the admin API."""
        self.sandbox.admin.set_ticket_state(self.ticket_id, state)

    @contextmanager
    def websocket(self) -> Iterator[ClientConnection]:
        """A live-status websocket of this session."""
        with connect(
            f"{self.sandbox.ws_url}?access_token={self.token}", open_timeout=5, close_timeout=1
        ) as ws:
            yield ws


def login(sandbox: SandboxThread) -> tuple[httpx.Client, str, dict[str, Any]]:
    """A client logged in with an online sample connector that has read a valid VIN."""
    candidates = [
        c
        for c in sandbox.catalogue.connectors
        if c.is_online and c.supports_doip and len(c.vin_number) == 17 and c.variant_id is not None
    ]
    assert candidates, "the catalogue has no online connector with a VIN"
    connector = candidates[0]
    client = plain_client(sandbox.base_url)
    answer = client.post(
        Op.LOGIN_PINCODE.route.path(), json={"connector_uuid": connector.uuid, "pincode": connector.pincode}
    )
    assert answer.status_code == 200, answer.text
    token = answer.json()["access_token"]
    client.headers["Authorization"] = f"Bearer {token}"
    described = client.get(Op.CONNECTOR.route.path(connector_id=connector.id))
    assert described.status_code == 200, described.text
    return client, token, described.json()


def _answer(prerequisite: dict[str, Any]) -> str:
    kind = prerequisite.get("type")
    if kind == "boolean":
        return "true"
    if kind == "number":
        return "12"
    if kind == "choice" and prerequisite.get("options"):
        return str(prerequisite["options"][0]["value"])
    return "Checked"


def open_ticket(sandbox: SandboxThread, *, state: int | None = None) -> ChatTicket:
    """Log in and create a ticket for the connector's car (an attended product); optionally force a state."""
    client, token, connector = login(sandbox)
    # Tests open several tickets per reset: the prepaid wallet must not be what stops them.
    sandbox.admin.set_wallet("100000.00")
    found = client.get(Op.VEHICLE_SEARCH.route.path(), params={"vin": connector["vin_number"]})
    assert found.status_code == 200, found.text
    vehicle = found.json()
    ids = {
        "vehicle_model_id": vehicle["model"]["id"],
        "vehicle_model_variant_id": vehicle["model_variant"]["id"],
    }
    groups = client.get(Op.PRODUCT_GROUPS.route.path(), params={**ids, "limit": 200})
    assert groups.status_code == 200, groups.text
    product: dict[str, Any] | None = None
    for group in groups.json()["result"]:
        listed = client.get(
            Op.PRODUCTS.route.path(), params={**ids, "product_group_id": group["id"], "limit": 200}
        )
        assert listed.status_code == 200, listed.text
        attended = [p for p in listed.json()["result"] if not p["is_unattended"]]
        if attended:
            product = attended[0]
            break
    assert product is not None, "no attended product for the connector's car"
    prerequisites = client.get(Op.PREREQUISITES.route.path(), params={**ids, "product_id": product["id"]})
    assert prerequisites.status_code == 200, prerequisites.text
    body = {
        "vin": connector["vin_number"],
        **ids,
        "connector_id": connector["id"],
        "product_ids": [product["id"]],
        "product_prerequisites": [
            {"definition_id": p["id"], "value": _answer(p)} for p in prerequisites.json()["result"]
        ],
        "metadata": {"app_name": "workbay-tests", "locale": "en-GB"},
        "reference": "chat tests",
    }
    created = client.post(
        Op.CREATE_TICKET.route.path(), json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
    )
    assert created.status_code == 201, created.text
    ticket = created.json()
    chat = ChatTicket(
        sandbox=sandbox,
        client=client,
        token=token,
        connector_id=int(connector["id"]),
        ticket_id=int(ticket["id"]),
        channel_id=ticket["chat_id"],
    )
    if state is not None:
        chat.set_state(state)
    return chat


def wait_for(probe: Callable[[], T | None], *, timeout: float = 3.0, interval: float = 0.05) -> T:
    """Poll ``probe`` until it returns something truthy (its value), or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)
