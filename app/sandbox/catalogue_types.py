"""The shapes of the sandbox's sample data: vehicles, products, prices, vouchers, connectors.

Plain frozen dataclasses, so the catalogue (``catalogue.py``) is data and the server (``server.py`` and
friends) turns it into the wire format. Money is in the service provider's currency (EUR); the customer's
currency and the rate come from :class:`Catalogue`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

PrerequisiteType = Literal["boolean", "string", "number", "choice"]
VoucherKind = Literal["percent", "amount"]
#: What drives the car, as far as products care: "hybrid" means a high-voltage hybrid (full or plug-in);
#: a 48 V mild hybrid counts as its engine's fuel.
Fuel = Literal["petrol", "diesel", "hybrid", "electric"]


@dataclass(frozen=True, slots=True)
class Make:
    id: int
    name: str
    #: World manufacturer identifiers (first three VIN characters) that belong to this make.
    wmis: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ModelGroup:
    id: int
    make_id: int
    name: str


@dataclass(frozen=True, slots=True)
class Model:
    id: int
    model_group_id: int
    #: e.g. "FOCUS - II (DA_, HCP, DP) (2004 - 2013)"
    name: str
    manufactured_from: date
    manufactured_to: date | None
    requires_doip: bool
    #: Model codes the maker puts at VIN positions 7-8 (the Volkswagen group does), e.g. ("AU", "5G").
    vin_codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Variant:
    id: int
    model_id: int
    #: e.g. "1.4 59KW ASDA, ASDB (2004 - 2012)"
    name: str
    manufactured_from: date
    manufactured_to: date | None
    requires_doip: bool
    #: None when not known.
    fuel: Fuel | None = None


@dataclass(frozen=True, slots=True)
class PrerequisiteOption:
    id: int
    value: str


@dataclass(frozen=True, slots=True)
class Prerequisite:
    id: int
    name: str
    description: str
    question: str
    required: bool
    type: PrerequisiteType
    options: tuple[PrerequisiteOption, ...] = ()


@dataclass(frozen=True, slots=True)
class ProductGroup:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Product:
    id: int
    item_number: str
    name: str
    internal_name: str
    description: str
    group_id: int
    is_unattended: bool
    #: List price in EUR (the API's ``gross_price``); ``net_price`` is this less the standing discount.
    list_price: Decimal
    #: A standing discount of the service provider on this product, in percent (0 for none).
    discount_percent: Decimal
    #: Original-equipment service fee in EUR, or None when none applies.
    oe_service_fee: Decimal | None
    prerequisite_ids: tuple[int, ...]
    #: Makes the product is offered for; empty means every make.
    make_ids: tuple[int, ...] = ()
    #: Offered only for models that require DoIP (e.g. newer ECU software updates) when True.
    doip_only: bool = False
    #: Offered for models produced in or after this year only, when set.
    min_year: int | None = None
    #: Offered only for variants with one of these fuels (e.g. DPF work for diesels); empty means all.
    fuels: tuple[Fuel, ...] = ()


@dataclass(frozen=True, slots=True)
class BundleBlock:
    optional: bool
    product_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Bundle:
    #: A UUID string, as the API has it.
    id: str
    group_id: int
    name: str
    description: str
    #: A UUID string.
    reference: str
    blocks: tuple[BundleBlock, ...]


@dataclass(frozen=True, slots=True)
class Voucher:
    code: str
    kind: VoucherKind
    #: Percent (e.g. Decimal("15")) or an amount in EUR, by ``kind``.
    value: Decimal
    description: str
    #: Timezone-aware; None for no expiry.
    expires_at: datetime | None = None
    #: Products the voucher applies to; empty means every product.
    product_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SampleConnector:
    id: int
    uuid: str
    pincode: str
    #: A human label for the training banner, e.g. "Online, DoIP, VIN read (VW Golf VII)".
    label: str
    is_online: bool
    has_wifi: bool
    supports_doip: bool
    hardware_type: str
    software_version: int
    hardware_version: int
    #: The VIN read from the car; "" when none, and may be 16 characters as real data has.
    vin_number: str
    #: The variant the connector's car is, for ``vehicle_path_string``; None when unknown.
    variant_id: int | None
    voltage: Decimal = Decimal("12.6")
    #: A one-time password that logs in as this connector, when set.
    otp: str | None = None


@dataclass(frozen=True, slots=True)
class SampleVehicle:
    """A real-looking VIN whose search answer is fixed."""

    vin: str
    variant_id: int
    #: e.g. "VW Golf VII 1.6 TDI, 2016"
    label: str


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Everything the sandbox serves, built once at start-up (deterministic: same input, same data)."""

    makes: tuple[Make, ...]
    model_groups: tuple[ModelGroup, ...]
    models: tuple[Model, ...]
    variants: tuple[Variant, ...]
    product_groups: tuple[ProductGroup, ...]
    products: tuple[Product, ...]
    bundles: tuple[Bundle, ...]
    prerequisites: tuple[Prerequisite, ...]
    vouchers: tuple[Voucher, ...]
    connectors: tuple[SampleConnector, ...]
    sample_vehicles: tuple[SampleVehicle, ...]
    #: The service provider's currency (prices are stored in it).
    provider_currency: str = "EUR"
    #: The customer's currency and how many of it one unit of the provider's currency buys.
    customer_currency: str = "DKK"
    exchange_rate: Decimal = Decimal("7.4604")
    #: Prepaid wallet balance at start, in the provider's currency.
    wallet_balance: Decimal = Decimal("250.00")
    extra: dict[str, str] = field(default_factory=dict)
