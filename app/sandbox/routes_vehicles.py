"""Vehicles: VIN search, the make → model group → model → variant cascade, and serviced vehicles.

A list filtered by a parent (``?vehicle_make_id=`` ...) answers 404 when the parent does not exist, so a
client can tell a wrong id from an empty list.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Query

from app.domain.contract.customer_api import Op
from app.sandbox.auth import SessionDep, StateDep
from app.sandbox.catalogue import resolve_vin
from app.sandbox.catalogue_types import Make, Model, ModelGroup, Variant
from app.sandbox.problems import ProblemError
from app.sandbox.routes_common import DEFAULT_LIMIT, IdPath, Limit, Offset, customer_router, operation, page
from app.sandbox.schemas import MAX_ID, VIN_PATTERN, Page, ServicedVehicle, VehicleSearchResult
from app.sandbox.schemas import Make as MakeOut
from app.sandbox.schemas import Model as ModelOut
from app.sandbox.schemas import ModelGroup as ModelGroupOut
from app.sandbox.schemas import ModelVariant as ModelVariantOut
from app.sandbox.state import SandboxState, from_iso

router = customer_router("vehicles")

PositiveId = Annotated[int, Query(gt=0, le=MAX_ID)]
_YEARS_SUFFIX = re.compile(r"\s*\(\d{4}\s*-\s*(\d{4})?\s*\)\s*$")


def not_found(kind: str, identifier: object) -> ProblemError:
    """404 for a vehicle catalogue entry."""
    return ProblemError(
        404, f"{kind}-not-found", "Not found", f"There is no {kind.replace('-', ' ')} {identifier}."
    )


def make_wire(make: Make) -> dict[str, Any]:
    """A make in the wire shape."""
    return {"id": make.id, "name": make.name}


def model_group_wire(state: SandboxState, group: ModelGroup) -> dict[str, Any]:
    """A model group in the wire shape."""
    make = state.index.make(group.make_id)
    return {
        "id": group.id,
        "name": group.name,
        "vehicle_make_id": group.make_id,
        "vehicle_make_name": make.name if make else "",
    }


def model_wire(state: SandboxState, model: Model) -> dict[str, Any]:
    """A model in the wire shape."""
    group = state.index.model_group(model.model_group_id)
    make = state.index.make(group.make_id) if group else None
    return {
        "id": model.id,
        "name": model.name,
        "manufactured_from": model.manufactured_from,
        "manufactured_to": model.manufactured_to,
        "vehicle_model_group_id": model.model_group_id,
        "vehicle_model_group_name": group.name if group else "",
        "vehicle_make_id": group.make_id if group else 0,
        "vehicle_make_name": make.name if make else "",
        "requires_doip": model.requires_doip,
    }


def variant_requires_doip(state: SandboxState, variant: Variant) -> bool:
    """A variant needs DoIP when it or its model does."""
    model = state.index.model(variant.model_id)
    return variant.requires_doip or (model is not None and model.requires_doip)


def variant_wire(state: SandboxState, variant: Variant) -> dict[str, Any]:
    """A model variant in the wire shape."""
    model = state.index.model(variant.model_id)
    group = state.index.model_group(model.model_group_id) if model else None
    make = state.index.make(group.make_id) if group else None
    return {
        "id": variant.id,
        "name": variant.name,
        "manufactured_from": variant.manufactured_from,
        "manufactured_to": variant.manufactured_to,
        "vehicle_model_id": variant.model_id,
        "vehicle_model_name": model.name if model else "",
        "vehicle_model_group_id": model.model_group_id if model else 0,
        "vehicle_model_group_name": group.name if group else "",
        "vehicle_make_id": group.make_id if group else 0,
        "vehicle_make_name": make.name if make else "",
        "requires_doip": variant_requires_doip(state, variant),
    }


def vehicle_of_variant(state: SandboxState, variant: Variant) -> dict[str, Any]:
    """``{make, model_group, model, model_variant}`` of a variant."""
    model = state.index.model(variant.model_id)
    group = state.index.model_group(model.model_group_id) if model else None
    make = state.index.make(group.make_id) if group else None
    if model is None or group is None or make is None:
        raise ProblemError(
            500, "catalogue-broken", "Internal Server Error", "The sample catalogue is inconsistent."
        )
    return {
        "make": make_wire(make),
        "model_group": model_group_wire(state, group),
        "model": model_wire(state, model),
        "model_variant": variant_wire(state, variant),
    }


@operation(router, Op.VEHICLE_SEARCH, response_model=VehicleSearchResult)
async def search_vehicle(
    *,
    state: StateDep,
    _session: SessionDep,
    vin: Annotated[str, Query(pattern=VIN_PATTERN, description="17 characters, no I, O or Q")],
) -> dict[str, Any]:
    """What a VIN is: make, model group, model and variant."""
    variant = resolve_vin(state.catalogue, vin)
    if variant is None:
        raise ProblemError(
            404, "vehicle-not-found", "Vehicle not found", f"No vehicle is known for VIN {vin}."
        )
    return vehicle_of_variant(state, variant)


@operation(router, Op.MAKES, response_model=Page[MakeOut])
async def list_makes(
    *, state: StateDep, _session: SessionDep, offset: Offset = 0, limit: Limit = DEFAULT_LIMIT
) -> dict[str, Any]:
    """Every make, by name."""
    makes = sorted(state.catalogue.makes, key=lambda m: (m.name.casefold(), m.id))
    return page([make_wire(m) for m in makes], offset, limit)


@operation(router, Op.MODEL_GROUPS, response_model=Page[ModelGroupOut])
async def list_model_groups(
    *,
    state: StateDep,
    _session: SessionDep,
    vehicle_make_id: PositiveId,
    offset: Offset = 0,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """The model groups of a make."""
    if state.index.make(vehicle_make_id) is None:
        raise not_found("vehicle-make", vehicle_make_id)
    groups = sorted(
        (g for g in state.catalogue.model_groups if g.make_id == vehicle_make_id),
        key=lambda g: (g.name.casefold(), g.id),
    )
    return page([model_group_wire(state, g) for g in groups], offset, limit)


@operation(router, Op.MODEL_GROUP, response_model=ModelGroupOut)
async def get_model_group(*, state: StateDep, _session: SessionDep, model_group_id: IdPath) -> dict[str, Any]:
    """One model group."""
    group = state.index.model_group(model_group_id)
    if group is None:
        raise not_found("vehicle-model-group", model_group_id)
    return model_group_wire(state, group)


@operation(router, Op.MODELS, response_model=Page[ModelOut])
async def list_models(
    *,
    state: StateDep,
    _session: SessionDep,
    vehicle_model_group_id: PositiveId,
    offset: Offset = 0,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """The models of a model group, oldest generation first."""
    if state.index.model_group(vehicle_model_group_id) is None:
        raise not_found("vehicle-model-group", vehicle_model_group_id)
    models = sorted(
        (m for m in state.catalogue.models if m.model_group_id == vehicle_model_group_id),
        key=lambda m: (m.manufactured_from, m.id),
    )
    return page([model_wire(state, m) for m in models], offset, limit)


@operation(router, Op.MODEL, response_model=ModelOut)
async def get_model(*, state: StateDep, _session: SessionDep, model_id: IdPath) -> dict[str, Any]:
    """One model."""
    model = state.index.model(model_id)
    if model is None:
        raise not_found("vehicle-model", model_id)
    return model_wire(state, model)


@operation(router, Op.MODEL_VARIANTS, response_model=Page[ModelVariantOut])
async def list_model_variants(
    *,
    state: StateDep,
    _session: SessionDep,
    vehicle_model_id: PositiveId,
    offset: Offset = 0,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """The variants of a model."""
    if state.index.model(vehicle_model_id) is None:
        raise not_found("vehicle-model", vehicle_model_id)
    variants = sorted(
        (v for v in state.catalogue.variants if v.model_id == vehicle_model_id),
        key=lambda v: (v.name.casefold(), v.id),
    )
    return page([variant_wire(state, v) for v in variants], offset, limit)


@operation(router, Op.MODEL_VARIANT, response_model=ModelVariantOut)
async def get_model_variant(
    *, state: StateDep, _session: SessionDep, model_variant_id: IdPath
) -> dict[str, Any]:
    """One model variant."""
    variant = state.index.variant(model_variant_id)
    if variant is None:
        raise not_found("vehicle-model-variant", model_variant_id)
    return variant_wire(state, variant)


def _without_years(name: str) -> str:
    # The seed's serviced-vehicle names drop the production years the catalogue names end with.
    return _YEARS_SUFFIX.sub("", name)


@operation(router, Op.SERVICED_VEHICLES, response_model=Page[ServicedVehicle])
async def list_serviced_vehicles(
    *, state: StateDep, session: SessionDep, offset: Offset = 0, limit: Limit = DEFAULT_LIMIT
) -> dict[str, Any]:
    """The vehicles the workshop had tickets for, most recently serviced first."""
    with state.lock:
        rows = state.db.execute(
            "SELECT vin, vehicle_model_variant_id, MAX(created_at) AS last_at FROM tickets"
            " WHERE customer_id = ? GROUP BY vin ORDER BY last_at DESC, vin",
            (session.customer_id,),
        ).fetchall()
    vehicles: list[dict[str, Any]] = []
    for row in rows:
        variant = state.index.variant(row["vehicle_model_variant_id"])
        if variant is None:
            continue
        found = vehicle_of_variant(state, variant)
        vehicles.append(
            {
                "make_id": found["make"]["id"],
                "make_name": found["make"]["name"],
                "model_group_id": found["model_group"]["id"],
                "model_group_name": found["model_group"]["name"],
                "model_id": found["model"]["id"],
                "model_name": _without_years(found["model"]["name"]),
                "model_variant_id": variant.id,
                "model_variant_name": _without_years(variant.name),
                "vin": row["vin"],
                "last_serviced_at": from_iso(row["last_at"]),
            }
        )
    return page(vehicles, offset, limit)
