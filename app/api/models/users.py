"""The user with their company and service provider, employees, the customer, branding, service center."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, Literal

from pydantic import Field

from app.api.models._base import ApiModel, ApiRequest, LooseStr, UtcDatetime
from app.domain.money import Money

__all__ = [
    "Address",
    "Branding",
    "Client",
    "Customer",
    "CustomerUpdate",
    "Employee",
    "EmployeeCreate",
    "EmployeeUpdate",
    "PrepaidWalletSettings",
    "ServiceCenter",
    "ServiceCenterFlags",
    "ServiceCenterState",
    "ServiceCenterStatus",
    "ServiceProvider",
    "UiTheme",
    "User",
]

ServiceCenterState = Literal["opened", "closed", "scheduled"]


class Address(ApiModel):
    """A postal address."""

    country: str | None = None
    locality: str | None = None
    street: str | None = None
    postal_code: str | None = None


class Client(ApiModel):
    """The user's company, as the service provider knows it."""

    name: str | None = None
    reference: LooseStr | None = None
    allow_tickets_without_product: bool = False
    address: Address | None = None


class PrepaidWalletSettings(ApiModel):
    """The prepaid wallet; the balance arrives as a string and is read exactly."""

    balance: Decimal | None = None


class ServiceCenterFlags(ApiModel):
    """Whether the service center takes tickets now, and its scheduling and service messages."""

    is_open: bool = False
    tickets_scheduler_active_until: UtcDatetime | None = None
    tickets_scheduler_enabled: bool = False
    tickets_scheduler_message: str | None = None
    service_message: str | None = None
    service_message_active: bool = False


class UiTheme(ApiModel):
    """The service provider's colours and logo for the user interface."""

    company_name: str | None = None
    portal_header_background_color: str | None = None
    portal_headerlogo_path: str | None = None
    theme_color: str | None = None


class ServiceProvider(ApiModel):
    """The company that performs the diagnostics, and the terms it gives this customer."""

    id: int
    name: str | None = None
    has_prepaid_wallet: bool = False
    prepaid_wallet_settings: PrepaidWalletSettings | None = None
    payment_by_prepaid_balance: bool = False
    service_center: ServiceCenterFlags | None = None
    currency: str | None = None
    ui: UiTheme | None = None

    @property
    def wallet_balance(self) -> Money | None:
        """The prepaid balance in the provider's currency, when there is a wallet."""
        settings = self.prepaid_wallet_settings
        if settings is None or settings.balance is None or not self.currency:
            return None
        return Money.of(settings.balance, self.currency)


class User(ApiModel):
    """The logged-in user with their company and service provider."""

    id: LooseStr
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    client: Client | None = None
    service_provider: ServiceProvider | None = None

    @property
    def full_name(self) -> str:
        """First, middle and last name, those that are set."""
        return " ".join(part for part in (self.first_name, self.middle_name, self.last_name) if part)


class Employee(ApiModel):
    """A person of the customer's company who may log in."""

    id: LooseStr
    given_name: str | None = None
    family_name: str | None = None
    username: str | None = None
    enabled: bool | None = None
    correspondence_locale: str | None = None


class EmployeeCreate(ApiRequest):
    """A new employee. ``username`` is an e-mail address; once set it can be changed but not unset."""

    send_null: ClassVar[frozenset[str]] = frozenset({"username"})

    given_name: str = Field(min_length=1, max_length=255)
    family_name: str = Field(min_length=1, max_length=255)
    username: str | None = Field(default=None, max_length=255)
    correspondence_locale: str | None = None


class EmployeeUpdate(EmployeeCreate):
    """The new values of an employee; ``enabled`` left None keeps the current setting."""

    enabled: bool | None = None


class Customer(ApiModel):
    """The customer's company details."""

    name: str | None = None
    reference: LooseStr | None = None
    street: str | None = None
    number: LooseStr | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    email_address: str | None = None
    financial_email_address: str | None = None
    phone: LooseStr | None = None
    currency: str | None = None


class CustomerUpdate(ApiRequest):
    """New company details; members left None are not sent."""

    name: str | None = None
    street: str | None = None
    number: LooseStr | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    email_address: str | None = None
    financial_email_address: str | None = None
    phone: LooseStr | None = None


class Branding(ApiModel):
    """The brand the customer portal shows."""

    branding_name: str | None = None
    customer_portal_url: str | None = None


class ServiceCenter(ApiModel):
    """The service center's identity, colours and service message."""

    name: str | None = None
    payment_by_prepaid_wallet: bool = False
    pricing_version: int | None = None
    primary_background_color: str | None = None
    logo: str | None = None
    service_message: str | None = None
    primary_color: str | None = None
    csat_enabled: bool = False


class ServiceCenterStatus(ApiModel):
    """Whether the service center accepts tickets now (``opened``), not (``closed``), or later."""

    # An unknown state stays a string: the screen can still show ``message``.
    state: ServiceCenterState | str
    ends_at: UtcDatetime | None = None
    message: str | None = None

    @property
    def is_open(self) -> bool:
        """True when new tickets are served now."""
        return self.state == "opened"
