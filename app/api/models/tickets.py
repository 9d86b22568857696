"""Price calculation, ticket creation, tickets, prepared and historical tickets, notes and CSAT."""

from __future__ import annotations

import platform as host_platform
from decimal import Decimal
from typing import ClassVar

from pydantic import Field, field_validator

from app.api.models._base import ApiModel, ApiRequest, FlatIntTuple, LooseStr, TicketStateValue, UtcDatetime
from app.api.models.prices import Discount, Price, PriceTotals
from app.domain.ticket_state import TicketState

__all__ = [
    "CsatScore",
    "HistoricalDiscount",
    "HistoricalProductLine",
    "HistoricalTicket",
    "Note",
    "NoteAttachment",
    "PreparedTicket",
    "PreparedTicketLine",
    "PrerequisiteAnswer",
    "PriceCalculation",
    "PriceLine",
    "PriceRequest",
    "Ticket",
    "TicketCreate",
    "TicketMetadata",
]


class PriceRequest(ApiRequest):
    """What to price: products for a model and variant, with an optional voucher, VIN, prepared ticket."""

    vehicle_model_id: int
    vehicle_model_variant_id: int
    product_ids: tuple[int, ...]
    voucher: str | None = None
    vin: str | None = None
    prepared_ticket_id: str | None = None


class PriceLine(ApiModel):
    """One product's line of a price calculation."""

    product_id: int
    description: str | None = None
    product_item_number: LooseStr | None = None
    product_name: str | None = None
    product_internal_name: str | None = None
    product_description: str | None = None
    product_is_unattended: bool = False
    gross_price: Price | None = None
    net_price: Price | None = None
    total_discount: Discount | None = None
    original_equipment_service_fee: Price | None = None


class PriceCalculation(ApiModel):
    """The server's price for a cart."""

    vehicle_model_id: int | None = None
    vehicle_model_variant_id: int | None = None
    voucher: str | None = None
    voucher_discount: Discount | None = None
    #: The ticket must then carry ``confirmed_unattended_service=True``, which only the technician gives.
    needs_confirmation_for_unattended_service: bool = False
    sub_total: PriceTotals | None = None
    voucher_sub_total: PriceTotals | None = None
    original_equipment_service_fee: PriceTotals | None = None
    total: PriceTotals | None = None
    items: tuple[PriceLine, ...] = ()


class PrerequisiteAnswer(ApiRequest):
    """An answer to a product prerequisite; the value is always text on the wire (``"true"``, ``"12"``)."""

    definition_id: int
    value: LooseStr


def _platform_name() -> str:
    return {"Darwin": "Mac OS"}.get(host_platform.system(), host_platform.system() or "unknown")


class TicketMetadata(ApiRequest):
    """Where a ticket was ordered from: the app, the device, optionally its position and battery."""

    app_name: str = "Workbay"
    app_version: str | None = None
    platform: str | None = Field(default_factory=_platform_name)
    platform_version: str | None = Field(default_factory=host_platform.release)
    device_manufacturer: str | None = None
    device_model: str | None = None
    battery_state: LooseStr | None = None
    locale: str | None = None
    latitude: LooseStr | None = None
    longitude: LooseStr | None = None
    vin_is_found_by_reader: bool = False

    @field_validator("latitude", "longitude", mode="before")
    @classmethod
    def _no_float_coordinates(cls, value: object) -> object:
        # A float's repr can carry binary noise (51.98510400000001); a Decimal or string is exact.
        if isinstance(value, float):
            return str(Decimal(repr(value)))
        return value


class TicketCreate(ApiRequest):
    """The order: a vehicle, a connector, products, prerequisite answers and metadata."""

    vin: str
    vehicle_model_id: int
    vehicle_model_variant_id: int
    connector_id: int
    product_ids: tuple[int, ...]
    product_prerequisites: tuple[PrerequisiteAnswer, ...] = ()
    metadata: TicketMetadata = Field(default_factory=TicketMetadata)
    voucher: str | None = None
    prepared_ticket_id: str | None = None
    reference: str = ""
    confirmed_unattended_service: bool = False


class Ticket(ApiModel):
    """A ticket (an order being served). Its ``chat_id`` is the id of its chat channel.

    Its VINs are kept exactly as the server sent them (null as None): any string, never refused.
    """

    id: int
    uuid: str | None = None
    vin: LooseStr | None = None
    vin_number: LooseStr | None = Field(default=None, alias="vinNumber")
    vehicle_model_id: int | None = None
    vehicle_model_variant_id: int | None = None
    product_ids: FlatIntTuple = ()
    chat_id: str | None = None
    connector_id: int | None = None
    state: TicketStateValue

    @property
    def channel_id(self) -> str | None:
        """The chat channel of this ticket."""
        return self.chat_id

    @property
    def vehicle_vin(self) -> str | None:
        """The VIN, whichever of the two members the server filled."""
        return self.vin or self.vin_number

    @property
    def is_active(self) -> bool:
        """True while an operator may still work on it (pending, in progress or outsourced)."""
        return isinstance(self.state, TicketState) and self.state.is_active


class PreparedTicketLine(ApiModel):
    """A product of a prepared ticket."""

    product_id: int
    name: str | None = None


class PreparedTicket(ApiModel):
    """A ticket prepared in advance (e.g. by the office) for a vehicle."""

    id: str
    vin: LooseStr | None = None
    vehicle_model_id: int | None = None
    vehicle_model_variant_id: int | None = None
    product_lines: tuple[PreparedTicketLine, ...] = ()

    @property
    def product_ids(self) -> tuple[int, ...]:
        """The products of its lines."""
        return tuple(line.product_id for line in self.product_lines)


class HistoricalDiscount(ApiModel):
    """A discount applied to a line of a finished ticket."""

    product_id: int | None = None
    description: str | None = None
    discount: Discount | None = None


class HistoricalProductLine(ApiModel):
    """A product line of a finished ticket."""

    product_id: int
    description: str | None = None
    quantity: int = 1
    gross_price: Price | None = None
    net_price: Price | None = None
    total_discount: Discount | None = None
    original_equipment_service_fee: Price | None = None
    discounts: tuple[HistoricalDiscount, ...] = ()


class HistoricalTicket(ApiModel):
    """A finished ticket with what was charged."""

    id: int
    state: TicketStateValue
    connector_id: int | None = None
    vin: LooseStr | None = None
    odometer_reading: int | None = None
    reference: str | None = None
    voucher: str | None = None
    vehicle_model_id: int | None = None
    vehicle_model_variant_id: int | None = None
    sub_total: PriceTotals | None = None
    total: PriceTotals | None = None
    original_equipment_service_fee: PriceTotals | None = None
    product_lines: tuple[HistoricalProductLine, ...] = ()
    created_at: UtcDatetime | None = None
    finished_at: UtcDatetime | None = None


class NoteAttachment(ApiModel):
    """A file attached to a note."""

    file_reference: str
    file_name: str | None = None


class Note(ApiModel):
    """An operator's note on a ticket."""

    id: str
    ticket_id: int | None = None
    value: str = ""
    created_at: UtcDatetime | None = None
    updated_at: UtcDatetime | None = None
    attachments: tuple[NoteAttachment, ...] = ()


class CsatScore(ApiRequest):
    """The technician's satisfaction with a ticket: -1, 0 or 1, with an optional comment."""

    send_null: ClassVar[frozenset[str]] = frozenset({"comment"})

    score: int = Field(ge=-1, le=1)
    comment: str | None = None
