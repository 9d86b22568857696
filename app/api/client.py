"""``CustomerApi``: the one typed async client of the Jifeline Customer API.

::

    async with CustomerApi("https://customer-api-001.prd.jifeline.cloud") as api:
        await api.auth.login_pincode(connector_uuid, pincode)
        async for make in api.vehicles.makes():
            ...

Resource groups hang off the client as attributes (``api.vehicles``, ``api.tickets`` ...); every option
is keyword-only; every failure is an :class:`~app.api.errors.ApiError`.
"""

from __future__ import annotations

import ssl
from importlib import metadata
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit, urlunsplit

import httpx

from app.api._http import HttpTransport
from app.api._ops import declared_operations
from app.api.live import LiveStatusClient
from app.api.resources import (
    AuthResource,
    CartResource,
    ChatResource,
    ConnectorsResource,
    CustomersResource,
    EmployeesResource,
    ProductsResource,
    ServiceCenterResource,
    TicketsResource,
    UsersResource,
    VehiclesResource,
)
from app.api.retry import RetryPolicy
from app.api.transfer import TransferClient
from app.domain.contract.customer_api import (
    PRODUCTION_BASE_URL,
    PRODUCTION_WEBSOCKET_URL,
    WEBSOCKET_PATH,
    Op,
)

__all__ = ["CustomerApi", "default_user_agent", "websocket_url_for"]


def default_user_agent() -> str:
    """``Workbay/<version> httpx/<version>``: lets the service's support tell our requests apart."""
    try:
        version = metadata.version("workbay")
    except metadata.PackageNotFoundError:
        version = "dev"
    return f"Workbay/{version} httpx/{httpx.__version__}"


def websocket_url_for(base_url: str) -> str:
    """The live-status websocket that goes with a REST base URL.

    Production has its own websocket host; anywhere else (the sandbox, a test server) the websocket is on
    the same origin: ``http`` becomes ``ws``, ``https`` becomes ``wss``, the path is ``WEBSOCKET_PATH``.
    """
    if base_url.rstrip("/") == PRODUCTION_BASE_URL:
        return PRODUCTION_WEBSOCKET_URL
    parts = urlsplit(base_url)
    scheme = {"http": "ws", "https": "wss"}.get(parts.scheme)
    if scheme is None:
        raise ValueError("the base URL must start with http:// or https://")
    return urlunsplit((scheme, parts.netloc, WEBSOCKET_PATH, "", ""))


class CustomerApi:
    """The Customer API client. Use ``async with``, or call :meth:`aclose` when done.

    Attributes:
        auth: logins, tokens (in memory only) and their renewal.
        connectors, vehicles, products, cart, tickets, users, employees, customers, service_center,
        chat: the resource groups.
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float | httpx.Timeout = 15.0,
        retry: RetryPolicy | None = None,
        ws_url: str | None = None,
        user_agent: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        verify: ssl.SSLContext | bool | None = None,
    ) -> None:
        """Build the client; nothing is sent until the first call.

        Args:
            base_url: the API's origin (production: ``PRODUCTION_BASE_URL``; or the sandbox's).
            timeout: default timeouts (seconds, or an ``httpx.Timeout``); each call may pass its own.
            retry: retry rules for idempotent requests (default: :class:`RetryPolicy` ()).
            ws_url: the live-status websocket; derived from ``base_url`` by default.
            user_agent: the ``User-Agent`` header.
            transport: a custom httpx transport (tests of odd networks only).
            verify: TLS verification; by default the operating system's trust store for https.
        """
        agent = user_agent or default_user_agent()
        self.base_url = base_url.rstrip("/")
        self.ws_url = ws_url or websocket_url_for(self.base_url)
        self._verify = verify
        self._user_agent = agent
        self._http = HttpTransport(
            self.base_url,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            user_agent=agent,
            transport=transport,
            verify=verify,
        )
        self._transfers = TransferClient(verify=verify, user_agent=agent)
        self.auth = AuthResource(self._http)
        self.connectors = ConnectorsResource(self._http)
        self.vehicles = VehiclesResource(self._http)
        self.products = ProductsResource(self._http)
        self.cart = CartResource(self._http)
        self.tickets = TicketsResource(self._http)
        self.users = UsersResource(self._http)
        self.employees = EmployeesResource(self._http)
        self.customers = CustomersResource(self._http)
        self.service_center = ServiceCenterResource(self._http)
        self.chat = ChatResource(self._http, self._transfers)

    def __repr__(self) -> str:
        return (
            f"<CustomerApi {self.base_url} ({'logged in' if self.auth.is_authenticated else 'logged out'})>"
        )

    @property
    def retry(self) -> RetryPolicy:
        """The retry rules in use."""
        return self._http.retry

    @property
    def is_closed(self) -> bool:
        """True once :meth:`aclose` ran."""
        return self._http.is_closed

    def live(self, **options: Any) -> LiveStatusClient:
        """A live-status websocket client for this API, logged in through :attr:`auth`.

        It asks :meth:`~app.api.tokens.TokenManager.access_token` for a token before every connection
        and reports a refused one to :meth:`~app.api.tokens.TokenManager.token_rejected`, so a reconnect
        after the token expired gets a renewed one. ``options`` go to :class:`LiveStatusClient`
        (back-off delays, ping interval...).
        """
        if isinstance(self._verify, ssl.SSLContext):
            options.setdefault("ssl_context", self._verify)
        options.setdefault("user_agent", self._user_agent)
        return LiveStatusClient(
            self.ws_url,
            self.auth.access_token,
            token_rejected=self.auth.token_rejected,
            **options,
        )

    def declared_operations(self) -> dict[Op, list[str]]:
        """Every operation of the route table with the client methods that send it."""
        return declared_operations(
            self.auth,
            self.connectors,
            self.vehicles,
            self.products,
            self.cart,
            self.tickets,
            self.users,
            self.employees,
            self.customers,
            self.service_center,
            self.chat,
        )

    async def aclose(self) -> None:
        """Close the connection pools and forget the tokens."""
        self.auth.logout()
        await self._http.aclose()
        await self._transfers.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
