"""Small builders that keep the vehicle tables readable, and turn them into catalogue records.

Ids are positional and hierarchical, so they stay put when data is appended: a make has a fixed id below
100, its n-th model group is ``make_id * 100 + n``, a group's n-th model ``group_id * 100 + n`` and a
model's n-th variant ``model_id * 100 + n``. The kinds never share an id (2, 4, 6 and 8 digits), which
makes a mixed-up id easy to spot in a log.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from app.sandbox.catalogue_types import Fuel, Make, Model, ModelGroup, Variant

_MAX_CHILDREN = 99


@dataclass(frozen=True, slots=True)
class VariantSpec:
    name: str
    start: str | None
    end: str | None
    #: None: as the model.
    requires_doip: bool | None
    #: A name sample data refers to the variant by, instead of its number.
    key: str | None
    #: None: read from the name (see :func:`fuel_from_name`).
    fuel: Fuel | None


@dataclass(frozen=True, slots=True)
class ModelSpec:
    name: str
    start: str
    end: str | None
    requires_doip: bool
    #: Model codes at VIN positions 7-8 (the Volkswagen group's habit), to match VINs to the model.
    vin_codes: tuple[str, ...]
    variants: tuple[VariantSpec, ...]


@dataclass(frozen=True, slots=True)
class GroupSpec:
    name: str
    models: tuple[ModelSpec, ...]


@dataclass(frozen=True, slots=True)
class MakeSpec:
    id: int
    name: str
    wmis: tuple[str, ...]
    groups: tuple[GroupSpec, ...]


_OPEN = "open"


def variant(
    name: str,
    start: str | None = None,
    end: str | None = _OPEN,
    *,
    doip: bool | None = None,
    key: str | None = None,
    fuel: Fuel | None = None,
) -> VariantSpec:
    """A variant; ``start``/``end`` as "YYYY-MM" default to the model's, ``end=None`` is still built."""
    return VariantSpec(name, start, end, doip, key, fuel)


# Engine names say the fuel the way makers market it: "TDI", "dCi", "320d", "C 220 d", "D4", "2.2 D"...
_DIESEL = re.compile(
    r"TDI|CDI|dCi|HDi|CRDi|TDCi|CDTI|D-4D|DI-D|i-DTEC|i-CTDi|[Mm]ulti[Jj]et|JTDM|\bCRD\b|DDiS|EcoBlue"
    r"|SDV6|\bTD4\b|Diesel|MZR-CD|\b\d{3}d\b|\b\d{2,3} d\b|\bCooper D\b|\bD\d{1,3}\b|\d\.\d D\b"
)
# Plug-in and full hybrids ("330e", "xDrive 45 e", "TFSI e", "4xe", "T8 Recharge"); 48 V mild hybrids
# ("eTSI", "Mild Hybrid") are not: they have no high-voltage system.
_HYBRID = re.compile(r"(?<!Mild )Hybrid|PHEV|\b\d{3}e\b|\b\d{2} e\b|TFSI e\b|\b4xe\b|Recharge")


def fuel_from_name(name: str) -> Fuel:
    """The fuel an engine's marketing name tells: hybrid and diesel markers, else petrol.

    Electric cars carry no marker in their names, so their variants state ``fuel="electric"``.
    """
    if _HYBRID.search(name):
        return "hybrid"
    if _DIESEL.search(name):
        return "diesel"
    return "petrol"


def model(
    name: str,
    start: str,
    end: str | None,
    *variants: VariantSpec,
    doip: bool = False,
    vin_codes: tuple[str, ...] = (),
    electric: bool = False,
) -> ModelSpec:
    """A model (a generation) built from ``start`` to ``end`` ("YYYY-MM"; None while still built).

    ``electric=True`` marks every variant of a battery-electric model as such.
    """
    if electric:
        variants = tuple(
            VariantSpec(spec.name, spec.start, spec.end, spec.requires_doip, spec.key, "electric")
            for spec in variants
        )
    return ModelSpec(name, start, end, doip, vin_codes, variants)


def group(name: str, *models: ModelSpec) -> GroupSpec:
    """A model group: the name people use for a line of models ("Golf", "3 Series")."""
    return GroupSpec(name, models)


def make(make_id: int, name: str, wmis: tuple[str, ...], *groups: GroupSpec) -> MakeSpec:
    """A make with its world manufacturer identifiers."""
    return MakeSpec(make_id, name, wmis, groups)


def _month_start(text: str) -> date:
    year, month = (int(part) for part in text.split("-"))
    return date(year, month, 1)


def _month_end(text: str) -> date:
    year, month = (int(part) for part in text.split("-"))
    return date(year, month, calendar.monthrange(year, month)[1])


def _years(start: date, end: date | None) -> str:
    return f"({start.year} - {end.year})" if end else f"({start.year} - )"


@dataclass(frozen=True, slots=True)
class VehicleTables:
    """The vehicle part of the catalogue, plus what only the sandbox's VIN matching needs."""

    makes: tuple[Make, ...]
    model_groups: tuple[ModelGroup, ...]
    models: tuple[Model, ...]
    variants: tuple[Variant, ...]
    variant_ids_by_key: dict[str, int]


def _child_id(parent_id: int, position: int) -> int:
    if position > _MAX_CHILDREN:
        raise ValueError(f"more than {_MAX_CHILDREN} children under id {parent_id}")
    return parent_id * 100 + position


def build_vehicle_tables(specs: tuple[MakeSpec, ...]) -> VehicleTables:
    """Catalogue records for ``specs``, with hierarchical ids and the production years in the names."""
    makes: list[Make] = []
    groups: list[ModelGroup] = []
    models: list[Model] = []
    variants: list[Variant] = []
    keys: dict[str, int] = {}
    for make_spec in specs:
        makes.append(Make(make_spec.id, make_spec.name, make_spec.wmis))
        for group_position, group_spec in enumerate(make_spec.groups, start=1):
            group_id = _child_id(make_spec.id, group_position)
            groups.append(ModelGroup(group_id, make_spec.id, group_spec.name))
            for model_position, model_spec in enumerate(group_spec.models, start=1):
                model_id = _child_id(group_id, model_position)
                model_from = _month_start(model_spec.start)
                model_to = _month_end(model_spec.end) if model_spec.end else None
                models.append(
                    Model(
                        id=model_id,
                        model_group_id=group_id,
                        name=f"{model_spec.name} {_years(model_from, model_to)}",
                        manufactured_from=model_from,
                        manufactured_to=model_to,
                        requires_doip=model_spec.requires_doip,
                        vin_codes=model_spec.vin_codes,
                    )
                )
                for variant_position, variant_spec in enumerate(model_spec.variants, start=1):
                    variant_id = _child_id(model_id, variant_position)
                    start = _month_start(variant_spec.start) if variant_spec.start else model_from
                    if variant_spec.end == _OPEN:
                        end = model_to
                    else:
                        end = _month_end(variant_spec.end) if variant_spec.end else None
                    doip = (
                        model_spec.requires_doip
                        if variant_spec.requires_doip is None
                        else variant_spec.requires_doip
                    )
                    variants.append(
                        Variant(
                            id=variant_id,
                            model_id=model_id,
                            name=f"{variant_spec.name} {_years(start, end)}",
                            manufactured_from=start,
                            manufactured_to=end,
                            requires_doip=doip,
                            fuel=variant_spec.fuel or fuel_from_name(variant_spec.name),
                        )
                    )
                    if variant_spec.key:
                        if variant_spec.key in keys:
                            raise ValueError(f"variant key {variant_spec.key!r} used twice")
                        keys[variant_spec.key] = variant_id
    return VehicleTables(tuple(makes), tuple(groups), tuple(models), tuple(variants), keys)
