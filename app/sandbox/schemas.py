"""Wire models of the sandbox's Customer API (everything but chat): the shapes of seed 001.

Every route declares its answer with one of these, so the app's OpenAPI document describes what the
sandbox really sends, and the response validator (``validation.py``) can hold the sandbox to it.
Money travels as JSON numbers (as the seed shows) but is computed as ``Decimal``; the serializer writes
the exact decimal digits.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    WithJsonSchema,
    field_validator,
)

#: A VIN as the API requires it where one is mandatory: 17 characters, no I, O or Q.
VIN_PATTERN = r"^[A-HJ-NPR-Z0-9]{17}$"
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
#: A phone number as text: digits, spaces, parentheses and dashes, optionally after a leading +.
PHONE_PATTERN = r"^\+?[0-9 ()-]{6,20}$"

#: The largest integer every JSON parser reads exactly (RFC 7493): the bound of every id, and of the numbers
#: that stand for text (a phone number, a pincode). A larger id cannot name anything (and would overflow
#: SQLite's 64-bit INTEGER further up), so it is refused as malformed (400) by the document's ``maximum``.
MAX_EXACT_INTEGER = 2**53 - 1
MAX_ID = MAX_EXACT_INTEGER

#: Unicode White_Space, as code point ranges: what "blank" means for names, and what is stripped from them.
_WHITESPACE_RANGES = (
    (0x09, 0x0D),
    (0x20, 0x20),
    (0x85, 0x85),
    (0xA0, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
)
_WHITESPACE = "".join(chr(code) for low, high in _WHITESPACE_RANGES for code in range(low, high + 1))
# Spelled as escapes inside a class, never as \s: the document's regex dialect (ECMA 262), pydantic's (Rust)
# and hypothesis' (Python) each have their own \s, and the three would disagree about a few characters.
_WHITESPACE_CLASS = "".join(
    f"\\u{low:04x}" if low == high else f"\\u{low:04x}-\\u{high:04x}" for low, high in _WHITESPACE_RANGES
)
#: Text with at least one character that is not white space (the pattern is a search, not a full match).
NOT_BLANK_PATTERN = f"[^{_WHITESPACE_CLASS}]"
#: A plain e-mail check: the sandbox needs no RFC 5322 parser to refuse obvious mistakes. No ``@`` and no
#: white space in the three parts.
EMAIL_PATTERN = f"^[^@{_WHITESPACE_CLASS}]+@[^@{_WHITESPACE_CLASS}]+\\.[^@{_WHITESPACE_CLASS}]+$"

T = TypeVar("T")


def _decimal_number(value: Decimal) -> float | int:
    # JSON has one number type; a float of a cent amount prints back exactly (shortest repr), and whole
    # amounts print without a fraction, as the seed's examples do.
    if value == value.to_integral_value():
        return int(value)
    return float(value)


#: An amount: a JSON number on the wire both ways (a request body may echo an answer's amounts, and the
#: document must not invite the decimal strings pydantic would otherwise describe).
Number = Annotated[
    Decimal,
    PlainSerializer(_decimal_number, return_type=float, when_used="json"),
    WithJsonSchema({"type": "number"}),
]
Vin = Annotated[str, StringConstraints(pattern=VIN_PATTERN)]
Email = Annotated[str, StringConstraints(pattern=EMAIL_PATTERN, min_length=3, max_length=255)]
Id = Annotated[int, Field(gt=0, le=MAX_ID)]


def _not_blank(value: str) -> str:
    stripped = value.strip(_WHITESPACE)
    if not stripped:
        raise ValueError("must not be blank")
    return stripped


# The length limits hold for the text as sent, and the blank check strips exactly the characters the
# pattern excludes, so the document's minLength, maxLength and pattern are the whole rule (pydantic's
# strip_whitespace would measure the stripped text, and its own idea of white space).
_NOT_BLANK = Field(json_schema_extra={"pattern": NOT_BLANK_PATTERN})
#: A name: up to 255 characters, not blank; stored without surrounding white space.
Name = Annotated[str, StringConstraints(min_length=1, max_length=255), _NOT_BLANK, AfterValidator(_not_blank)]
#: A house number: up to 32 characters, not blank; stored stripped.
HouseNumber = Annotated[
    str, StringConstraints(min_length=1, max_length=32), _NOT_BLANK, AfterValidator(_not_blank)
]
#: A postal code: up to 16 characters, not blank; stored stripped.
PostalCode = Annotated[
    str, StringConstraints(min_length=1, max_length=16), _NOT_BLANK, AfterValidator(_not_blank)
]


class Wire(BaseModel):
    """Base of the answers."""

    model_config = ConfigDict(extra="forbid")


class RequestBody(BaseModel):
    """Base of request bodies: a member the route does not declare is refused (400, ``invalid_params``).

    Stricter than a lenient server on purpose: ignoring a misspelt or misplaced member would hide the
    client's mistake until the real service reads the body differently. The OpenAPI document says so
    (``additionalProperties: false``).
    """

    model_config = ConfigDict(extra="forbid")


class Page(Wire, Generic[T]):
    """A page of a list: ``{result, total, offset, limit}``."""

    result: list[T]
    total: int
    offset: int
    limit: int


# ---------------------------------------------------------------- problems


class InvalidParam(Wire):
    """One value that did not validate."""

    name: str
    reason: str


class Problem(BaseModel):
    """An RFC 7807 problem (``application/problem+json``); extensions such as ``ticket_id`` may follow."""

    model_config = ConfigDict(extra="allow")

    status: int
    type: str
    title: str
    detail: str
    invalid_params: list[InvalidParam] | None = None


# ---------------------------------------------------------------- authentication


class TokenSet(Wire):
    """The answer of every login call."""

    id_token: str
    access_token: str
    refresh_token: str


_MAX_PINCODE_LENGTH = 32


def _whole_number(value: Any) -> int | None:
    """The JSON number ``value`` as an int when it is an integer in JSON Schema's sense (``12.0`` is)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _pincode_text(value: Any) -> Any:
    # The seed sends the pincode as a JSON number (1234); a pincode with a leading zero only survives as
    # a string, so both are accepted and compared as text.
    if isinstance(value, bool):
        raise ValueError("a pincode is digits, not a boolean")  # noqa: TRY004 - pydantic wants ValueError
    if (number := _whole_number(value)) is not None:
        value = number
        if not 0 <= value <= MAX_EXACT_INTEGER:
            raise ValueError("a pincode sent as a number is 0 to 9007199254740991; send longer ones as text")
        return str(value)
    return value


#: A pincode as text, or as the JSON number the seed sends (the document says both).
Pincode = Annotated[
    str,
    StringConstraints(min_length=1, max_length=_MAX_PINCODE_LENGTH),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "minLength": 1, "maxLength": _MAX_PINCODE_LENGTH},
                {"type": "integer", "minimum": 0, "maximum": MAX_EXACT_INTEGER},
            ]
        }
    ),
]


class PincodeLogin(RequestBody):
    """``POST /v2/authenticate/pincode``."""

    connector_uuid: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    pincode: Pincode

    _pincode = field_validator("pincode", mode="before")(_pincode_text)


class PincodeLoginById(RequestBody):
    """``POST /v1/authenticate/pincode`` (deprecated): the connector's numeric id instead of its UUID."""

    connector_id: Id
    pincode: Pincode

    _pincode = field_validator("pincode", mode="before")(_pincode_text)


class OtpLogin(RequestBody):
    """``POST /v1/authenticate/otp``."""

    otp: Annotated[str, StringConstraints(min_length=1, max_length=128)]


class RefreshRequest(RequestBody):
    """``POST /v1/authenticate/refresh``."""

    refresh_token: Annotated[str, StringConstraints(min_length=1, max_length=4096)]


class ForgotPasswordRequest(RequestBody):
    """The legacy forgot-password call."""

    email_address: Email


class ForgotPasswordAnswer(Wire):
    """How the portal continues: always ``SESSION`` in the sandbox."""

    method: str


# ---------------------------------------------------------------- connectors and tickets


class Connector(Wire):
    """A remote-diagnostics connector."""

    id: int
    uuid: str
    is_online: bool
    has_wifi: bool
    software_version: int
    hardware_version: int
    supports_doip: bool
    vehicle_path_string: str
    vin_number: str
    product_description: str
    hardware_type: str


class Ticket(Wire):
    """A ticket as creating it and the active-ticket call answer (``id`` a string, as in the seed)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: str
    uuid: str
    vin: str
    vin_number: str = Field(alias="vinNumber")
    vehicle_model_id: int
    vehicle_model_variant_id: int
    #: Nested as the seed shows it: ``[[1, 2]]``.
    product_ids: list[list[int]]
    chat_id: str
    connector_id: int
    state: int


# ---------------------------------------------------------------- vehicles


class Make(Wire):
    """A vehicle make (brand)."""

    id: int
    name: str


class ModelGroup(Wire):
    """A model group of a make (e.g. Golf)."""

    id: int
    name: str
    vehicle_make_id: int
    vehicle_make_name: str


class Model(Wire):
    """A model (a generation of a model group)."""

    id: int
    name: str
    manufactured_from: date
    manufactured_to: date | None
    vehicle_model_group_id: int
    vehicle_model_group_name: str
    vehicle_make_id: int
    vehicle_make_name: str
    requires_doip: bool


class ModelVariant(Wire):
    """A variant of a model (engine, power)."""

    id: int
    name: str
    manufactured_from: date
    manufactured_to: date | None
    vehicle_model_id: int
    vehicle_model_name: str
    vehicle_model_group_id: int
    vehicle_model_group_name: str
    vehicle_make_id: int
    vehicle_make_name: str
    requires_doip: bool


class VehicleSearchResult(Wire):
    """What a VIN resolves to."""

    make: Make
    model_group: ModelGroup
    model: Model
    model_variant: ModelVariant


class ServicedVehicle(Wire):
    """A vehicle the workshop had serviced, with the time of its last ticket."""

    make_id: int
    make_name: str
    model_group_id: int
    model_group_name: str
    model_id: int
    model_name: str
    model_variant_id: int
    model_variant_name: str
    vin: str
    last_serviced_at: datetime


# ---------------------------------------------------------------- prices and products


class Price(Wire):
    """An amount in the provider's currency and in the customer's."""

    currency: str
    value: Number
    localized_value: Number
    localized_currency: str


class Discount(Wire):
    """A discount: percentual or a fixed amount, with both the percentage and the amount."""

    type: Literal["percentual", "amount"]
    percentage: Number
    price: Price


class LegacyPrice(Wire):
    """The deprecated ``price`` object of a product."""

    price_original: Number
    price_final: Number
    partner_price: Number
    contains_discount: bool
    currency: str


class Product(Wire):
    """A service that can be ordered for a vehicle."""

    id: int
    item_number: str
    name: str
    internal_name: str
    description: str
    is_favorite: bool
    is_unattended: bool
    gross_price: Price
    net_price: Price
    total_discount: Discount
    original_equipment_service_fee: Price | None
    price: LegacyPrice


class ProductGroup(Wire):
    """The first level of grouping products."""

    id: int
    name: str


class BundleBlock(Wire):
    """A block of a bundle: its products, nested as the seed shows (``[[1, 2]]``)."""

    optional: bool
    product_ids: list[list[int]]


class ProductBundle(Wire):
    """Products that serve one goal."""

    id: str
    product_group_id: int
    name: str
    description: str
    reference: str
    blocks: list[BundleBlock]


class FavoriteProduct(RequestBody):
    """The body of adding a favourite: the product, as seed 001 documents it (only its ``id`` matters).

    A client may send back the product it was given, so every member of :class:`Product` is accepted;
    none but ``id`` is required or read.
    """

    id: Id
    #: A string in the document, a number in its example: both are accepted.
    item_number: str | int | None = None
    name: str | None = None
    internal_name: str | None = None
    description: str | None = None
    is_favorite: bool | None = None
    is_unattended: bool | None = None
    gross_price: Price | None = None
    net_price: Price | None = None
    total_discount: Discount | None = None
    original_equipment_service_fee: Price | None = None
    price: LegacyPrice | None = None


class PrerequisiteOption(Wire):
    """A choice of a ``choice`` prerequisite (camelCase field as in the seed)."""

    id: int
    productPrerequisiteId: int  # noqa: N815 - the service spells it so
    value: str


class Prerequisite(Wire):
    """A question the technician answers before ordering."""

    id: int
    name: str
    description: str
    question: str
    required: bool
    type: Literal["boolean", "string", "number", "choice"]
    options: list[PrerequisiteOption]


class PriceRequest(RequestBody):
    """``POST /v1/cart/calculate-prices``."""

    voucher: Annotated[str, StringConstraints(max_length=64)] | None = None
    vehicle_model_id: Id
    vehicle_model_variant_id: Id
    vin: Vin | None = None
    prepared_ticket_id: Annotated[str, StringConstraints(pattern=UUID_PATTERN)] | None = None
    product_ids: Annotated[list[Id], Field(max_length=100)]


class Totals(Wire):
    """Gross, net and discount of an aggregate."""

    gross_price: Price
    net_price: Price
    total_discount: Discount


class CartItem(Wire):
    """One line of a price calculation."""

    description: str
    product_id: int
    product_item_number: str
    product_name: str
    product_internal_name: str
    product_description: str
    product_is_unattended: bool
    gross_price: Price
    net_price: Price
    total_discount: Discount
    original_equipment_service_fee: Price | None


class PriceCalculation(Wire):
    """The answer of a price calculation."""

    voucher: str | None
    voucher_discount: Discount | None
    vehicle_model_id: int
    vehicle_model_variant_id: int
    needs_confirmation_for_unattended_service: bool
    sub_total: Totals
    voucher_sub_total: Totals
    original_equipment_service_fee: Totals
    total: Totals
    items: list[CartItem]


# ---------------------------------------------------------------- tickets


class PrerequisiteAnswer(RequestBody):
    """An answer to a prerequisite, always as text (``"true"``, ``"12"``, an option's value)."""

    definition_id: Id
    value: Annotated[str, StringConstraints(max_length=1000)]


class TicketMetadata(BaseModel):
    """What the ordering app tells about itself (all optional; unknown keys kept)."""

    model_config = ConfigDict(extra="allow")

    app_name: str | None = None
    app_version: str | None = None
    platform: str | None = None
    platform_version: str | None = None
    device_manufacturer: str | None = None
    device_model: str | None = None
    battery_state: str | None = None
    locale: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    vin_is_found_by_reader: bool | None = None


class TicketCreate(RequestBody):
    """``POST /v1/tickets``."""

    vin: Vin
    vehicle_model_id: Id
    vehicle_model_variant_id: Id
    connector_id: Id
    voucher: Annotated[str, StringConstraints(max_length=64)] | None = None
    #: At least one product: a ticket orders something.
    product_ids: Annotated[list[Id], Field(min_length=1, max_length=100)]
    product_prerequisites: list[PrerequisiteAnswer] = Field(default_factory=list)
    metadata: TicketMetadata
    prepared_ticket_id: Annotated[str, StringConstraints(pattern=UUID_PATTERN)] | None = None
    reference: Annotated[str, StringConstraints(max_length=255)] = ""
    confirmed_unattended_service: bool = False


class PreparedTicketLine(Wire):
    """A product of a prepared ticket."""

    product_id: int
    name: str


class PreparedTicket(Wire):
    """A ticket prepared in the portal, waiting for the car."""

    id: str
    vin: str
    vehicle_model_id: int
    vehicle_model_variant_id: int
    product_lines: list[PreparedTicketLine]


class LineDiscount(Wire):
    """A discount on one product line."""

    product_id: int
    description: str
    discount: Discount


class ProductLine(Wire):
    """A product line of a historical ticket."""

    product_id: int
    description: str
    quantity: int
    gross_price: Price
    net_price: Price
    total_discount: Discount
    original_equipment_service_fee: Price | None
    discounts: list[LineDiscount]


class HistoricalTicket(Wire):
    """A finished ticket with what it cost."""

    id: int
    connector_id: int
    state: int
    vin: str
    odometer_reading: int | None
    reference: str
    voucher: str | None
    vehicle_model_id: int
    vehicle_model_variant_id: int
    sub_total: Totals
    total: Totals
    original_equipment_service_fee: Totals
    product_lines: list[ProductLine]
    created_at: datetime
    finished_at: datetime | None


class NoteAttachment(Wire):
    """A file attached to a note (fetched through the channel attachments call)."""

    file_name: str
    file_reference: str


class Note(Wire):
    """A note of a ticket."""

    id: str
    ticket_id: int
    value: str
    created_at: datetime
    updated_at: datetime
    attachments: list[NoteAttachment]


class CsatRequest(RequestBody):
    """``PUT /v1/tickets/{id}/csat``: -1, 0 or 1, and an optional comment."""

    score: Annotated[int, Field(ge=-1, le=1)]
    comment: Annotated[str, StringConstraints(max_length=2000)] | None = None


# ---------------------------------------------------------------- user, company, service center


class Address(Wire):
    """A postal address."""

    country: str
    locality: str
    street: str
    postal_code: str


class Client(Wire):
    """The workshop the user belongs to."""

    name: str
    reference: str
    allow_tickets_without_product: bool
    address: Address


class WalletSettings(Wire):
    """The prepaid wallet; the balance is a decimal string, as the seed shows."""

    balance: str


class ServiceCenterFlags(Wire):
    """The service center's state as users/me shows it."""

    is_open: bool
    tickets_scheduler_active_until: datetime | None
    tickets_scheduler_enabled: bool
    tickets_scheduler_message: str | None
    service_message: str | None
    service_message_active: bool


class UiTheme(Wire):
    """The service provider's colours and logo."""

    company_name: str
    portal_header_background_color: str
    portal_headerlogo_path: str
    theme_color: str


class ServiceProvider(Wire):
    """The company that carries out the remote diagnostics."""

    id: int
    name: str
    has_prepaid_wallet: bool
    prepaid_wallet_settings: WalletSettings
    payment_by_prepaid_balance: bool
    service_center: ServiceCenterFlags
    currency: str
    ui: UiTheme


class UserMe(Wire):
    """``GET /v1/users/me``."""

    id: str
    first_name: str
    middle_name: str | None
    last_name: str
    client: Client
    service_provider: ServiceProvider


#: Locales the sample service provider corresponds in.
SUPPORTED_LOCALES = ("da-DK", "de-DE", "en-GB", "en-US", "es-ES", "fr-FR", "it-IT", "nl-BE", "nl-NL", "sv-SE")
_BCP47 = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")


def _check_locale(value: str | None) -> str | None:
    if value is None:
        return None
    if not _BCP47.match(value):
        raise ValueError("not a BCP 47 language tag such as en-GB")
    if value not in SUPPORTED_LOCALES:
        raise ValueError(f"not a supported locale; use one of {', '.join(SUPPORTED_LOCALES)}")
    return value


class Employee(Wire):
    """An employee of the workshop."""

    id: str
    given_name: str
    family_name: str
    username: str | None
    enabled: bool
    correspondence_locale: str


class EmployeeCreate(RequestBody):
    """``POST /v1/employees``."""

    given_name: Name
    family_name: Name
    username: Email | None
    #: One of :data:`SUPPORTED_LOCALES` (the document lists them); null or absent: en-GB.
    correspondence_locale: (
        Annotated[str, Field(json_schema_extra={"enum": list(SUPPORTED_LOCALES)})] | None
    ) = None

    _locale = field_validator("correspondence_locale")(_check_locale)


class EmployeeUpdate(EmployeeCreate):
    """``PUT /v1/employees/{id}``: the same fields, and ``enabled`` (null keeps it)."""

    enabled: bool | None = None


class Customer(Wire):
    """The workshop's company details."""

    name: str
    reference: int
    street: str
    number: str
    postal_code: str
    city: str
    country: str
    email_address: str
    financial_email_address: str
    #: A string: a phone number with a leading + or 0 does not survive as a JSON number.
    phone: str
    currency: str


#: The smallest phone number sent as a number: six digits, as the pattern wants.
_MIN_PHONE_NUMBER = 10**5


def _phone_text(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("a phone number is digits, not a boolean")  # noqa: TRY004 - pydantic wants ValueError
    if (number := _whole_number(value)) is not None:
        value = number
        if not _MIN_PHONE_NUMBER <= value <= MAX_EXACT_INTEGER:
            raise ValueError("a phone number sent as a number is 100000 to 9007199254740991; send it as text")
        return str(value)
    return value


#: A phone number as text, or as a JSON number of at least six digits (the document says both).
Phone = Annotated[
    str,
    StringConstraints(pattern=PHONE_PATTERN),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": PHONE_PATTERN},
                {"type": "integer", "minimum": _MIN_PHONE_NUMBER, "maximum": MAX_EXACT_INTEGER},
            ]
        }
    ),
]


class CustomerUpdate(RequestBody):
    """``PUT /v1/customers/me``: every field optional, the given ones replace the stored ones."""

    name: Name | None = None
    street: Name | None = None
    number: HouseNumber | None = None
    postal_code: PostalCode | None = None
    city: Name | None = None
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    email_address: Email | None = None
    financial_email_address: Email | None = None
    phone: Phone | None = None

    _phone = field_validator("phone", mode="before")(_phone_text)


class Branding(Wire):
    """The portal branding."""

    branding_name: str
    customer_portal_url: str


class ServiceCenter(Wire):
    """The service center's settings."""

    name: str
    payment_by_prepaid_wallet: bool
    pricing_version: int
    primary_background_color: str
    logo: str
    service_message: str | None
    primary_color: str
    csat_enabled: bool


class ServiceCenterStatus(Wire):
    """Whether the service center takes tickets now."""

    state: Literal["opened", "closed", "scheduled"]
    ends_at: datetime | None
    message: str | None
