"""Small clients of the sandbox's ``/_sandbox/`` admin API, for tests, the training banner and scripts.

:class:`SandboxAdmin` is synchronous (a test thread drives a server running in another thread);
:class:`AsyncSandboxAdmin` has the same methods as coroutines. Both raise ``httpx.HTTPStatusError`` when
the sandbox refuses a call: an admin call that fails is a broken test set-up, not a condition to handle.
"""

from __future__ import annotations

import base64
from typing import Any, Self

import httpx

ADMIN_PREFIX = "/_sandbox"


def _json(response: httpx.Response) -> Any:
    response.raise_for_status()
    if response.status_code == 204 or not response.content:
        return None
    return response.json()


def _with_file(body: dict[str, Any], file_name: str | None, data: bytes | None) -> dict[str, Any]:
    if (file_name is None) != (data is None):
        raise ValueError("give file_name and data together")
    if file_name is not None and data is not None:
        body.update(file_name=file_name, file_bytes_b64=base64.b64encode(data).decode("ascii"))
    return body


def _fault(fault: dict[str, Any] | None, overrides: dict[str, Any]) -> dict[str, Any]:
    merged = dict(fault or {})
    merged.update(overrides)
    return merged


class SandboxAdmin:
    """Synchronous admin helper: reset, faults, clock, request log, tickets, chats, notes, connectors."""

    def __init__(self, base_url: str, *, timeout: float = 10.0) -> None:
        self._client = httpx.Client(base_url=base_url.rstrip("/") + ADMIN_PREFIX, timeout=timeout)

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def reset(self) -> None:
        """Fresh sample state, no faults, empty request log, clock at normal speed."""
        _json(self._client.post("/reset"))

    def connectors(self) -> list[dict[str, Any]]:
        """The sample connectors with their pincodes, OTPs and labels."""
        result: list[dict[str, Any]] = _json(self._client.get("/connectors"))
        return result

    def update_connector(self, connector_id: int, **changes: Any) -> dict[str, Any]:
        """Change is_online, vin_number, voltage or call_for_attention of a connector."""
        result: dict[str, Any] = _json(self._client.put(f"/connectors/{connector_id}", json=changes))
        return result

    def faults(self) -> list[dict[str, Any]]:
        """The faults in force (``times`` counts down as they hit)."""
        result: list[dict[str, Any]] = _json(self._client.get("/faults"))
        return result

    def set_faults(self, faults: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Replace the fault list."""
        result: list[dict[str, Any]] = _json(self._client.put("/faults", json=faults))
        return result

    def add_fault(self, fault: dict[str, Any] | None = None, **fields: Any) -> list[dict[str, Any]]:
        """Add one fault (given as a dict, as keywords, or both) to those in force."""
        result: list[dict[str, Any]] = _json(self._client.post("/faults", json=_fault(fault, fields)))
        return result

    def clear_faults(self) -> None:
        """Remove every fault."""
        _json(self._client.delete("/faults"))

    def requests(self, path_glob: str | None = None) -> list[dict[str, Any]]:
        """The request log, oldest first; only paths matching ``path_glob`` (fnmatch) when given."""
        params = {"path": path_glob} if path_glob else None
        result: list[dict[str, Any]] = _json(self._client.get("/requests", params=params))
        return result

    def clear_requests(self) -> None:
        """Empty the request log."""
        _json(self._client.delete("/requests"))

    def advance_clock(self, seconds: float) -> dict[str, Any]:
        """Move the sandbox clock forward at once; the scheduler acts on its next tick."""
        result: dict[str, Any] = _json(self._client.post("/clock", json={"advance_seconds": seconds}))
        return result

    def set_speed(self, factor: float) -> dict[str, Any]:
        """Run the sandbox clock ``factor`` times faster than real time."""
        result: dict[str, Any] = _json(self._client.post("/clock", json={"speed": factor}))
        return result

    def clock(self) -> dict[str, Any]:
        """The sandbox time and speed."""
        result: dict[str, Any] = _json(self._client.get("/clock"))
        return result

    def tickets(self) -> list[dict[str, Any]]:
        """Every ticket with its state, oldest first."""
        result: list[dict[str, Any]] = _json(self._client.get("/tickets"))
        return result

    def set_ticket_state(self, ticket_id: int, state: int, *, reason: str | None = None) -> dict[str, Any]:
        """Force a ticket into ``state`` (8 cancelled takes a reason)."""
        body = {"state": state, "reason": reason}
        result: dict[str, Any] = _json(self._client.put(f"/tickets/{ticket_id}/state", json=body))
        return result

    def post_message(
        self,
        ticket_id: int,
        content: str,
        *,
        sender: str = "operator",
        file_name: str | None = None,
        data: bytes | None = None,
    ) -> dict[str, Any]:
        """Post into a ticket's chat as ``operator`` or ``system`` (with a file: ``file_name`` and ``data``).

        The message is pushed over the websocket like any other; the file is stored as an uploaded
        attachment of the chat. Returns the message as the API sends it.
        """
        body = _with_file({"content": content, "sender": sender}, file_name, data)
        result: dict[str, Any] = _json(self._client.post(f"/tickets/{ticket_id}/messages", json=body))
        return result

    def messages(self, ticket_id: int) -> list[dict[str, Any]]:
        """A ticket's whole chat, oldest first (control messages included)."""
        result: list[dict[str, Any]] = _json(self._client.get(f"/tickets/{ticket_id}/messages"))
        return result

    def add_note(
        self, ticket_id: int, value: str, *, file_name: str | None = None, data: bytes | None = None
    ) -> dict[str, Any]:
        """Add a note to a ticket (with a file: ``file_name`` and ``data``); the note as the API lists it."""
        body = _with_file({"value": value}, file_name, data)
        result: dict[str, Any] = _json(self._client.post(f"/tickets/{ticket_id}/notes", json=body))
        return result

    def set_service_center(
        self, state: str, *, ends_at: str | None = None, message: str | None = None
    ) -> dict[str, Any]:
        """Open, close or schedule the service center (``ends_at`` ISO 8601)."""
        body = {"state": state, "ends_at": ends_at, "message": message}
        result: dict[str, Any] = _json(self._client.put("/service-center", json=body))
        return result

    def set_wallet(self, balance: str, *, payment_by_prepaid_balance: bool | None = None) -> dict[str, Any]:
        """Set the prepaid wallet balance (a decimal string, in the provider's currency)."""
        body: dict[str, Any] = {"balance": balance}
        if payment_by_prepaid_balance is not None:
            body["payment_by_prepaid_balance"] = payment_by_prepaid_balance
        result: dict[str, Any] = _json(self._client.put("/wallet", json=body))
        return result

    def expire_tokens(self) -> int:
        """Expire every live access token now; how many there were."""
        result: dict[str, Any] = _json(self._client.post("/tokens/expire"))
        return int(result["expired"])

    def drop_websockets(self) -> int:
        """Close every open websocket abruptly; how many there were."""
        result: dict[str, Any] = _json(self._client.post("/websockets/drop"))
        return int(result["dropped"])

    def objects(self) -> list[dict[str, Any]]:
        """The object store's listing (key, size, sha256)."""
        result: list[dict[str, Any]] = _json(self._client.get("/objects"))
        return result

    def violations(self) -> list[dict[str, Any]]:
        """Answers that did not match the OpenAPI schema (only when response validation is on)."""
        result: list[dict[str, Any]] = _json(self._client.get("/violations"))
        return result


class AsyncSandboxAdmin:
    """The asynchronous twin of :class:`SandboxAdmin`, for tests already on an event loop."""

    def __init__(self, base_url: str, *, timeout: float = 10.0) -> None:
        self._client = httpx.AsyncClient(base_url=base_url.rstrip("/") + ADMIN_PREFIX, timeout=timeout)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def reset(self) -> None:
        """See :meth:`SandboxAdmin.reset`."""
        _json(await self._client.post("/reset"))

    async def connectors(self) -> list[dict[str, Any]]:
        """See :meth:`SandboxAdmin.connectors`."""
        result: list[dict[str, Any]] = _json(await self._client.get("/connectors"))
        return result

    async def update_connector(self, connector_id: int, **changes: Any) -> dict[str, Any]:
        """See :meth:`SandboxAdmin.update_connector`."""
        result: dict[str, Any] = _json(await self._client.put(f"/connectors/{connector_id}", json=changes))
        return result

    async def set_faults(self, faults: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """See :meth:`SandboxAdmin.set_faults`."""
        result: list[dict[str, Any]] = _json(await self._client.put("/faults", json=faults))
        return result

    async def add_fault(self, fault: dict[str, Any] | None = None, **fields: Any) -> list[dict[str, Any]]:
        """See :meth:`SandboxAdmin.add_fault`."""
        result: list[dict[str, Any]] = _json(await self._client.post("/faults", json=_fault(fault, fields)))
        return result

    async def clear_faults(self) -> None:
        """See :meth:`SandboxAdmin.clear_faults`."""
        _json(await self._client.delete("/faults"))

    async def requests(self, path_glob: str | None = None) -> list[dict[str, Any]]:
        """See :meth:`SandboxAdmin.requests`."""
        params = {"path": path_glob} if path_glob else None
        result: list[dict[str, Any]] = _json(await self._client.get("/requests", params=params))
        return result

    async def clear_requests(self) -> None:
        """See :meth:`SandboxAdmin.clear_requests`."""
        _json(await self._client.delete("/requests"))

    async def advance_clock(self, seconds: float) -> dict[str, Any]:
        """See :meth:`SandboxAdmin.advance_clock`."""
        result: dict[str, Any] = _json(await self._client.post("/clock", json={"advance_seconds": seconds}))
        return result

    async def set_speed(self, factor: float) -> dict[str, Any]:
        """See :meth:`SandboxAdmin.set_speed`."""
        result: dict[str, Any] = _json(await self._client.post("/clock", json={"speed": factor}))
        return result

    async def tickets(self) -> list[dict[str, Any]]:
        """See :meth:`SandboxAdmin.tickets`."""
        result: list[dict[str, Any]] = _json(await self._client.get("/tickets"))
        return result

    async def set_ticket_state(
        self, ticket_id: int, state: int, *, reason: str | None = None
    ) -> dict[str, Any]:
        """See :meth:`SandboxAdmin.set_ticket_state`."""
        body = {"state": state, "reason": reason}
        result: dict[str, Any] = _json(await self._client.put(f"/tickets/{ticket_id}/state", json=body))
        return result

    async def post_message(
        self,
        ticket_id: int,
        content: str,
        *,
        sender: str = "operator",
        file_name: str | None = None,
        data: bytes | None = None,
    ) -> dict[str, Any]:
        """See :meth:`SandboxAdmin.post_message`."""
        body = _with_file({"content": content, "sender": sender}, file_name, data)
        result: dict[str, Any] = _json(await self._client.post(f"/tickets/{ticket_id}/messages", json=body))
        return result

    async def messages(self, ticket_id: int) -> list[dict[str, Any]]:
        """See :meth:`SandboxAdmin.messages`."""
        result: list[dict[str, Any]] = _json(await self._client.get(f"/tickets/{ticket_id}/messages"))
        return result

    async def add_note(
        self, ticket_id: int, value: str, *, file_name: str | None = None, data: bytes | None = None
    ) -> dict[str, Any]:
        """See :meth:`SandboxAdmin.add_note`."""
        body = _with_file({"value": value}, file_name, data)
        result: dict[str, Any] = _json(await self._client.post(f"/tickets/{ticket_id}/notes", json=body))
        return result

    async def set_service_center(
        self, state: str, *, ends_at: str | None = None, message: str | None = None
    ) -> dict[str, Any]:
        """See :meth:`SandboxAdmin.set_service_center`."""
        body = {"state": state, "ends_at": ends_at, "message": message}
        result: dict[str, Any] = _json(await self._client.put("/service-center", json=body))
        return result

    async def set_wallet(
        self, balance: str, *, payment_by_prepaid_balance: bool | None = None
    ) -> dict[str, Any]:
        """See :meth:`SandboxAdmin.set_wallet`."""
        body: dict[str, Any] = {"balance": balance}
        if payment_by_prepaid_balance is not None:
            body["payment_by_prepaid_balance"] = payment_by_prepaid_balance
        result: dict[str, Any] = _json(await self._client.put("/wallet", json=body))
        return result

    async def expire_tokens(self) -> int:
        """See :meth:`SandboxAdmin.expire_tokens`."""
        result: dict[str, Any] = _json(await self._client.post("/tokens/expire"))
        return int(result["expired"])

    async def drop_websockets(self) -> int:
        """See :meth:`SandboxAdmin.drop_websockets`."""
        result: dict[str, Any] = _json(await self._client.post("/websockets/drop"))
        return int(result["dropped"])

    async def objects(self) -> list[dict[str, Any]]:
        """See :meth:`SandboxAdmin.objects`."""
        result: list[dict[str, Any]] = _json(await self._client.get("/objects"))
        return result
