"""Connectors and the vehicle catalogue: makes, model groups, models, variants, search and history."""

from __future__ import annotations

from datetime import date

from app.api.models._base import ApiModel, UtcDatetime, WireVin

__all__ = [
    "Connector",
    "Make",
    "Model",
    "ModelGroup",
    "ModelVariant",
    "ServicedVehicle",
    "VehicleSearchResult",
]


class Connector(ApiModel):
    """A remote-diagnostics device in a car's OBD port."""

    id: int
    uuid: str
    is_online: bool = False
    has_wifi: bool | None = None
    software_version: int | None = None
    hardware_version: int | None = None
    supports_doip: bool = False
    #: ``MAKE#MODEL GROUP#MODEL#VARIANT`` of the car it sits in, when known.
    vehicle_path_string: str | None = None
    #: The VIN read from the car, as sent: it may be empty (also sent as null, read as "") or, in real
    #: data, 16 characters long.
    vin_number: WireVin = ""
    product_description: str | None = None
    hardware_type: str | None = None

    @property
    def vehicle_path(self) -> tuple[str, ...]:
        """``vehicle_path_string`` split into make, model group, model and variant (empty when unknown)."""
        if not self.vehicle_path_string:
            return ()
        return tuple(part.strip() for part in self.vehicle_path_string.split("#"))


class Make(ApiModel):
    """A vehicle make (brand)."""

    id: int
    name: str


class ModelGroup(ApiModel):
    """A model group of a make (e.g. Focus)."""

    id: int
    name: str
    vehicle_make_id: int | None = None
    vehicle_make_name: str | None = None


class Model(ApiModel):
    """A model (a generation of a model group) with its production years."""

    id: int
    name: str
    manufactured_from: date | None = None
    manufactured_to: date | None = None
    vehicle_model_group_id: int | None = None
    vehicle_model_group_name: str | None = None
    vehicle_make_id: int | None = None
    vehicle_make_name: str | None = None
    #: Only a connector with ``supports_doip`` can serve this model.
    requires_doip: bool = False


class ModelVariant(ApiModel):
    """A variant (engine and trim) of a model."""

    id: int
    name: str
    manufactured_from: date | None = None
    manufactured_to: date | None = None
    vehicle_model_id: int | None = None
    vehicle_model_name: str | None = None
    vehicle_model_group_id: int | None = None
    vehicle_model_group_name: str | None = None
    vehicle_make_id: int | None = None
    vehicle_make_name: str | None = None
    requires_doip: bool = False


class VehicleSearchResult(ApiModel):
    """What a VIN resolves to."""

    make: Make
    model_group: ModelGroup
    model: Model
    model_variant: ModelVariant

    @property
    def requires_doip(self) -> bool:
        """True when the model or the variant needs a DoIP connector."""
        return self.model.requires_doip or self.model_variant.requires_doip


class ServicedVehicle(ApiModel):
    """A vehicle the workshop served before (newest first in the list)."""

    #: The VIN as the server has it; null is read as "".
    vin: WireVin = ""
    make_id: int | None = None
    make_name: str | None = None
    model_group_id: int | None = None
    model_group_name: str | None = None
    model_id: int | None = None
    model_name: str | None = None
    model_variant_id: int | None = None
    model_variant_name: str | None = None
    last_serviced_at: UtcDatetime | None = None
