"""One technician's workbench: the Customer API client and the workflow services that share it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Self

from app.domain.attachments import AttachmentRules

if TYPE_CHECKING:
    from app.api.client import CustomerApi
    from app.services.catalogue import CatalogueService
    from app.services.chat import ChatService
    from app.services.history import HistoryService
    from app.services.live import TicketFollower
    from app.services.pricing import PricingService
    from app.services.session import SessionService
    from app.services.tickets import TicketService
    from app.services.vehicles import VehicleService
    from app.store.connectors import ConnectorDirectory
    from app.store.secrets import SecretStore

__all__ = ["Workbench"]

_DEFAULT_RULES: Final = AttachmentRules()  # frozen: one shared default is safe


class Workbench:
    """The services of the wizard over one :class:`CustomerApi` (which it closes with itself).

    Each service is made (and its module imported) when first used, which keeps the window's start short.

    Attributes:
        api: the client (services use it; the GUI does not).
        session: logins, the connector, remembered connectors, the active ticket, logout.
        vehicles: VIN search, the manual cascade, prepared and earlier tickets of a VIN.
        catalogue: product groups, bundles, products, favourites, prerequisites.
        pricing: the live price, the wallet and the service center's state.
        tickets: ticket creation that never orders twice.
        chat: the ticket's chat: texts, files both ways, translation, the ping, notes, CSAT.
        history: earlier tickets of a vehicle or a connector.
        rules: what may be sent into the chat (size limit, refused types).
    """

    def __init__(
        self,
        api: CustomerApi,
        *,
        secrets: SecretStore | None = None,
        directory: ConnectorDirectory | None = None,
        rules: AttachmentRules = _DEFAULT_RULES,
        download_dir: Path | None = None,
    ) -> None:
        """Bind the services to ``api``.

        Args:
            api: the client (closed with the workbench).
            secrets: where remembered pincodes are kept (None: nothing is remembered).
            directory: the remembered connectors.
            rules: what may be sent into the chat.
            download_dir: where the operator's files are downloaded to (default: ``attachments`` in the
                user's cache directory).
        """
        self.api = api
        self._secrets = secrets
        self._directory = directory
        self.rules = rules
        self._download_dir = download_dir
        #: How followers made by :meth:`follow` poll while the websocket is down, and the websocket's
        #: own options (tests shorten both; the defaults suit a workshop).
        self.poll_interval = 5.0
        self.live_options: dict[str, Any] = {}

    @cached_property
    def session(self) -> SessionService:
        """Logins, the connector, remembered connectors, the active ticket, logout."""
        from app.services.session import SessionService  # noqa: PLC0415 - imported when first used

        return SessionService(self.api, secrets=self._secrets, directory=self._directory)

    @cached_property
    def vehicles(self) -> VehicleService:
        """VIN search, the manual cascade, prepared and earlier tickets of a VIN."""
        from app.services.vehicles import VehicleService  # noqa: PLC0415 - imported when first used

        return VehicleService(self.api)

    @cached_property
    def catalogue(self) -> CatalogueService:
        """Product groups, bundles, products, favourites, prerequisites."""
        from app.services.catalogue import CatalogueService  # noqa: PLC0415 - imported when first used

        return CatalogueService(self.api)

    @cached_property
    def pricing(self) -> PricingService:
        """The live price, the wallet and the service center's state."""
        from app.services.pricing import PricingService  # noqa: PLC0415 - imported when first used

        return PricingService(self.api)

    @cached_property
    def tickets(self) -> TicketService:
        """Ticket creation that never orders twice."""
        from app.services.tickets import TicketService  # noqa: PLC0415 - imported when first used

        return TicketService(self.api)

    @cached_property
    def chat(self) -> ChatService:
        """The ticket's chat: texts, files both ways, translation, the ping, notes, CSAT."""
        from app.services.chat import ChatService  # noqa: PLC0415 - imported when first used

        download_dir = self._download_dir
        if download_dir is None:
            from app.store.paths import AppPaths  # noqa: PLC0415 - platformdirs only when needed

            download_dir = AppPaths.default().cache_dir / "attachments"
        return ChatService(self.api, rules=self.rules, download_dir=download_dir)

    @cached_property
    def history(self) -> HistoryService:
        """Earlier tickets of a vehicle or a connector."""
        from app.services.history import HistoryService  # noqa: PLC0415 - imported when first used

        return HistoryService(self.api)

    def follow(self, ticket_id: int, connector_id: int) -> TicketFollower:
        """A new follower of a ticket (its state, its connector, its chat), live over the websocket.

        Each call makes a new one; the caller iterates its ``events()`` and closes it with ``aclose()``.
        """
        from app.services.live import TicketFollower  # noqa: PLC0415 - imported when first used

        return TicketFollower(
            self.api,
            ticket_id=ticket_id,
            connector_id=connector_id,
            poll_interval=self.poll_interval,
            live_options=self.live_options,
        )

    def logout(self) -> None:
        """End the session and forget what it fetched (another customer may see other catalogues, prices)."""
        made = vars(self)  # the services made so far (cached_property keeps them in the instance)
        if "session" in made:
            self.session.logout()
        if "vehicles" in made:
            self.vehicles.forget_catalogue()
        if "catalogue" in made:
            self.catalogue.clear_cache()
        if "history" in made:
            self.history.clear_cache()

    async def aclose(self) -> None:
        """Close the client's connections."""
        await self.api.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()
