"""One technician's workbench: the Customer API client and the workflow services that share it."""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from app.api.client import CustomerApi
    from app.services.catalogue import CatalogueService
    from app.services.pricing import PricingService
    from app.services.session import SessionService
    from app.services.tickets import TicketService
    from app.services.vehicles import VehicleService
    from app.store.connectors import ConnectorDirectory
    from app.store.secrets import SecretStore

__all__ = ["Workbench"]


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
    """

    def __init__(
        self,
        api: CustomerApi,
        *,
        secrets: SecretStore | None = None,
        directory: ConnectorDirectory | None = None,
    ) -> None:
        self.api = api
        self._secrets = secrets
        self._directory = directory

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

    def logout(self) -> None:
        """End the session and forget what it fetched (another customer may see other catalogues, prices)."""
        made = vars(self)  # the services made so far (cached_property keeps them in the instance)
        if "session" in made:
            self.session.logout()
        if "vehicles" in made:
            self.vehicles.forget_catalogue()
        if "catalogue" in made:
            self.catalogue.clear_cache()

    async def aclose(self) -> None:
        """Close the client's connections."""
        await self.api.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()
