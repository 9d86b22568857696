"""The sandbox's catalogue: build it, look things up in it, and find the car behind a VIN.

The data lives in :mod:`app.sandbox.catalogue_data` as plain tables; this module assembles them into a
:class:`~app.sandbox.catalogue_types.Catalogue` and answers the questions the server asks:

- :func:`build_catalogue` — the catalogue, the same on every call and every start;
- :func:`resolve_vin` — the variant a VIN search answers with, or None;
- :func:`products_for_variant` — what may be ordered for a car;
- :class:`CatalogueIndex` — lookups by id, children of a parent, the vehicle path string.

Bundles: every product of a required block is part of the bundle; the products of an optional block may
be added, any of them or none. A bundle is offered for a car when every product of its required blocks
is.
"""

from __future__ import annotations

import functools
import re
import threading
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from app.domain.vin import decode_vin, is_valid_vin, normalize_vin
from app.sandbox.catalogue_data.products import BUNDLES, PREREQUISITES, PRODUCT_GROUPS, PRODUCTS, VOUCHERS
from app.sandbox.catalogue_data.samples import CONNECTORS, SAMPLE_VEHICLES
from app.sandbox.catalogue_data.specs import build_vehicle_tables
from app.sandbox.catalogue_data.vehicles import MAKES
from app.sandbox.catalogue_types import (
    Bundle,
    Catalogue,
    Make,
    Model,
    ModelGroup,
    Prerequisite,
    Product,
    ProductGroup,
    SampleConnector,
    SampleVehicle,
    Variant,
    Voucher,
)

__all__ = [
    "CatalogueIndex",
    "VehicleLineage",
    "build_catalogue",
    "group_of",
    "index_of",
    "make_of",
    "model_of",
    "product_offered_for",
    "products_for_variant",
    "resolve_vin",
]

_HARDWARE_TYPE: Final = "classic"
_SOFTWARE_VERSION: Final = 2
#: The production years a vehicle path string leaves out, as the API's own examples do.
_TRAILING_YEARS: Final = re.compile(r"\s*\(\d{4} - (?:\d{4})?\)$")


@functools.cache
def build_catalogue() -> Catalogue:
    """The sandbox's catalogue: real makes, models and products, the same on every call and start."""
    vehicles = build_vehicle_tables(MAKES)
    connectors = tuple(
        SampleConnector(
            id=spec.id,
            uuid=spec.uuid,
            pincode=spec.pincode,
            label=spec.label,
            is_online=spec.is_online,
            has_wifi=spec.has_wifi,
            supports_doip=spec.supports_doip,
            hardware_type=_HARDWARE_TYPE,
            software_version=_SOFTWARE_VERSION,
            hardware_version=spec.hardware_version,
            vin_number=spec.vin_number,
            variant_id=vehicles.variant_ids_by_key[spec.variant_key] if spec.variant_key else None,
            voltage=spec.voltage,
            otp=spec.otp,
        )
        for spec in CONNECTORS
    )
    samples = tuple(
        SampleVehicle(vin=vin, variant_id=vehicles.variant_ids_by_key[key], label=label)
        for vin, key, label in SAMPLE_VEHICLES
    )
    return Catalogue(
        makes=vehicles.makes,
        model_groups=vehicles.model_groups,
        models=vehicles.models,
        variants=vehicles.variants,
        product_groups=PRODUCT_GROUPS,
        products=PRODUCTS,
        bundles=BUNDLES,
        prerequisites=PREREQUISITES,
        vouchers=VOUCHERS,
        connectors=connectors,
        sample_vehicles=samples,
    )


@dataclass(frozen=True, slots=True)
class VehicleLineage:
    """A variant with everything above it."""

    make: Make
    model_group: ModelGroup
    model: Model
    variant: Variant


def _last_year(variant: Variant) -> int | None:
    return variant.manufactured_to.year if variant.manufactured_to else None


def _produced_in(variant: Variant, year: int) -> bool:
    last = _last_year(variant)
    return variant.manufactured_from.year <= year and (last is None or year <= last)


def product_offered_for(product: Product, make_id: int, variant: Variant) -> bool:
    """True when ``product`` may be ordered for ``variant`` of make ``make_id``.

    A product is offered when it names no makes or the car's make, when it is not DoIP-only or the car
    needs DoIP, when it has no minimum year or the variant was still built in or after it, and when it
    names no fuels or the variant's fuel (a variant of unknown fuel is not excluded).
    """
    if product.make_ids and make_id not in product.make_ids:
        return False
    if product.doip_only and not variant.requires_doip:
        return False
    if product.min_year is not None:
        last = _last_year(variant)
        if last is not None and last < product.min_year:
            return False
    return not (product.fuels and variant.fuel is not None and variant.fuel not in product.fuels)


class CatalogueIndex:
    """Dictionary lookups over a catalogue, built once; every lookup by an unknown id answers None."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._makes = {make.id: make for make in catalogue.makes}
        self._groups = {group.id: group for group in catalogue.model_groups}
        self._models = {model.id: model for model in catalogue.models}
        self._variants = {variant.id: variant for variant in catalogue.variants}
        self._product_groups = {group.id: group for group in catalogue.product_groups}
        self._products = {product.id: product for product in catalogue.products}
        self._prerequisites = {prerequisite.id: prerequisite for prerequisite in catalogue.prerequisites}
        self._bundles = {bundle.id.lower(): bundle for bundle in catalogue.bundles}
        self._vouchers = {voucher.code.upper(): voucher for voucher in catalogue.vouchers}
        self._connectors = {connector.id: connector for connector in catalogue.connectors}
        self._connectors_by_uuid = {connector.uuid.lower(): connector for connector in catalogue.connectors}
        self._samples = {sample.vin: sample for sample in catalogue.sample_vehicles}
        self._groups_of_make: dict[int, list[ModelGroup]] = defaultdict(list)
        for model_group in catalogue.model_groups:
            self._groups_of_make[model_group.make_id].append(model_group)
        self._models_of_group: dict[int, list[Model]] = defaultdict(list)
        for model in catalogue.models:
            self._models_of_group[model.model_group_id].append(model)
        self._variants_of_model: dict[int, list[Variant]] = defaultdict(list)
        for variant in catalogue.variants:
            self._variants_of_model[variant.model_id].append(variant)
        self._makes_by_wmi: dict[str, list[Make]] = defaultdict(list)
        for make in catalogue.makes:
            for wmi in make.wmis:
                self._makes_by_wmi[wmi].append(make)
        self._lineages: dict[int, VehicleLineage] = {}
        self._variants_of_make: dict[int, list[Variant]] = defaultdict(list)
        for variant in catalogue.variants:
            its_model = self._models.get(variant.model_id)
            its_group = self._groups.get(its_model.model_group_id) if its_model else None
            its_make = self._makes.get(its_group.make_id) if its_group else None
            if its_model is not None and its_group is not None and its_make is not None:
                self._lineages[variant.id] = VehicleLineage(its_make, its_group, its_model, variant)
                self._variants_of_make[its_make.id].append(variant)
        # Computed up front (a few thousand checks) so that lookups never write: the server's threads
        # share one index.
        self._offers = {
            variant_id: tuple(
                product
                for product in catalogue.products
                if product_offered_for(product, lineage.make.id, lineage.variant)
            )
            for variant_id, lineage in self._lineages.items()
        }

    # ------------------------------------------------------------------------------------ by id

    def make(self, make_id: int) -> Make | None:
        """The make with ``make_id``."""
        return self._makes.get(make_id)

    def model_group(self, model_group_id: int) -> ModelGroup | None:
        """The model group with ``model_group_id``."""
        return self._groups.get(model_group_id)

    def model(self, model_id: int) -> Model | None:
        """The model with ``model_id``."""
        return self._models.get(model_id)

    def variant(self, variant_id: int) -> Variant | None:
        """The variant with ``variant_id``."""
        return self._variants.get(variant_id)

    def product_group(self, product_group_id: int) -> ProductGroup | None:
        """The product group with ``product_group_id``."""
        return self._product_groups.get(product_group_id)

    def product(self, product_id: int) -> Product | None:
        """The product with ``product_id``."""
        return self._products.get(product_id)

    def prerequisite(self, prerequisite_id: int) -> Prerequisite | None:
        """The prerequisite definition with ``prerequisite_id``."""
        return self._prerequisites.get(prerequisite_id)

    def bundle(self, bundle_id: str) -> Bundle | None:
        """The bundle with the UUID ``bundle_id`` (any letter case)."""
        return self._bundles.get(bundle_id.lower())

    def voucher(self, code: str) -> Voucher | None:
        """The voucher with ``code``; codes are matched without regard to case or surrounding blanks."""
        return self._vouchers.get(code.strip().upper())

    def connector(self, connector_id: int) -> SampleConnector | None:
        """The sample connector with ``connector_id``."""
        return self._connectors.get(connector_id)

    def connector_by_uuid(self, connector_uuid: str) -> SampleConnector | None:
        """The sample connector with the UUID ``connector_uuid`` (any letter case)."""
        return self._connectors_by_uuid.get(connector_uuid.lower())

    def sample_vehicle(self, vin: str) -> SampleVehicle | None:
        """The sample vehicle with ``vin`` (normalised first)."""
        return self._samples.get(normalize_vin(vin))

    # ------------------------------------------------------------------------------ hierarchy

    def model_groups_of_make(self, make_id: int) -> tuple[ModelGroup, ...]:
        """The model groups of a make, in catalogue order (empty for an unknown make)."""
        return tuple(self._groups_of_make.get(make_id, ()))

    def models_of_group(self, model_group_id: int) -> tuple[Model, ...]:
        """The models of a model group, oldest generation first."""
        return tuple(self._models_of_group.get(model_group_id, ()))

    def variants_of_model(self, model_id: int) -> tuple[Variant, ...]:
        """The variants of a model, in catalogue order."""
        return tuple(self._variants_of_model.get(model_id, ()))

    def makes_for_wmi(self, wmi: str) -> tuple[Make, ...]:
        """The makes that use a world manufacturer identifier (SEAT and Cupra share VSS)."""
        return tuple(self._makes_by_wmi.get(wmi.upper(), ()))

    def lineage(self, variant_id: int) -> VehicleLineage | None:
        """The variant with its model, model group and make, or None for an unknown variant."""
        return self._lineages.get(variant_id)

    def make_of_variant(self, variant_id: int) -> Make | None:
        """The make a variant belongs to."""
        lineage = self.lineage(variant_id)
        return lineage.make if lineage else None

    def vehicle_path_string(self, variant_id: int | None) -> str:
        """``MAKE#MODEL GROUP#MODEL#VARIANT`` as connectors report it; "" for no or an unknown variant.

        As in the API's examples ("AUDI#100#100 - (44, 44Q, C3)#1.8 Quattro 65KW SH") the make is in
        capitals and the production years are left out of the model and variant names.
        """
        lineage = self.lineage(variant_id) if variant_id is not None else None
        if lineage is None:
            return ""
        return "#".join(
            (
                lineage.make.name.upper(),
                lineage.model_group.name,
                _TRAILING_YEARS.sub("", lineage.model.name),
                _TRAILING_YEARS.sub("", lineage.variant.name),
            )
        )

    def variant_year_range(self, variant_id: int) -> tuple[int, int | None] | None:
        """First and last production year of a variant (None as the last while still built)."""
        variant = self.variant(variant_id)
        if variant is None:
            return None
        return variant.manufactured_from.year, _last_year(variant)

    # ------------------------------------------------------------------------------- products

    def products_for_variant(self, variant_id: int) -> tuple[Product, ...]:
        """The products that may be ordered for a variant, in catalogue order (empty if unknown)."""
        return self._offers.get(variant_id, ())

    def is_offered(self, product_id: int, variant_id: int) -> bool:
        """True when the product may be ordered for the variant."""
        return any(product.id == product_id for product in self.products_for_variant(variant_id))

    def product_groups_for_variant(self, variant_id: int) -> tuple[ProductGroup, ...]:
        """The product groups with at least one product for the variant, in catalogue order."""
        group_ids = {product.group_id for product in self.products_for_variant(variant_id)}
        return tuple(group for group in self.catalogue.product_groups if group.id in group_ids)

    def bundles_for_variant(self, variant_id: int, product_group_id: int | None = None) -> tuple[Bundle, ...]:
        """The bundles that can be ordered for the variant: every product of their required blocks is."""
        offered = {product.id for product in self.products_for_variant(variant_id)}
        return tuple(
            bundle
            for bundle in self.catalogue.bundles
            if (product_group_id is None or bundle.group_id == product_group_id)
            and all(offered.issuperset(block.product_ids) for block in bundle.blocks if not block.optional)
        )

    def bundle_products_for_variant(self, bundle_id: str, variant_id: int) -> tuple[Product, ...]:
        """The products of a bundle that are offered for the variant, in block order, without repeats."""
        bundle = self.bundle(bundle_id)
        if bundle is None:
            return ()
        offered = {product.id: product for product in self.products_for_variant(variant_id)}
        seen: dict[int, Product] = {}
        for block in bundle.blocks:
            for product_id in block.product_ids:
                if product_id in offered:
                    seen.setdefault(product_id, offered[product_id])
        return tuple(seen.values())

    def prerequisites_for_products(self, product_ids: Iterable[int]) -> tuple[Prerequisite, ...]:
        """The prerequisite definitions of the products, each once, in the order products list them."""
        found: dict[int, Prerequisite] = {}
        for product_id in product_ids:
            product = self.product(product_id)
            if product is None:
                continue
            for prerequisite_id in product.prerequisite_ids:
                prerequisite = self.prerequisite(prerequisite_id)
                if prerequisite is not None:
                    found.setdefault(prerequisite_id, prerequisite)
        return tuple(found.values())

    # ------------------------------------------------------------------------------------ VIN

    def resolve_vin(self, vin: str) -> Variant | None:
        """The variant a VIN search answers with; see :func:`resolve_vin`."""
        normalized = normalize_vin(vin)
        if not is_valid_vin(normalized):
            return None
        sample = self._samples.get(normalized)
        if sample is not None:
            return self.variant(sample.variant_id)
        info = decode_vin(normalized)
        makes = self.makes_for_wmi(info.wmi)
        if not makes:
            return None
        variants = [variant for make in makes for variant in self._variants_of_make.get(make.id, ())]
        model_code = normalized[6:8]
        for year in info.model_year_candidates:
            candidates = [variant for variant in variants if _produced_in(variant, year)]
            if candidates:
                return _pick(normalized, self._prefer_model_code(candidates, model_code))
        # Many European VINs carry no model year (0, U or Z, or a maker's own code at position 10):
        # then only a model code the maker puts at positions 7-8 can still name the car.
        by_code = self._with_model_code(variants, model_code)
        return _pick(normalized, by_code) if by_code else None

    def _with_model_code(self, variants: list[Variant], model_code: str) -> list[Variant]:
        return [
            variant
            for variant in variants
            if (model := self.model(variant.model_id)) is not None and model_code in model.vin_codes
        ]

    def _prefer_model_code(self, variants: list[Variant], model_code: str) -> list[Variant]:
        return self._with_model_code(variants, model_code) or variants


def _pick(vin: str, variants: list[Variant]) -> Variant:
    """One of ``variants``, always the same for the same VIN (crc32: stable across runs, unlike hash())."""
    ordered = sorted(variants, key=lambda variant: variant.id)
    return ordered[zlib.crc32(vin.encode("ascii")) % len(ordered)]


_INDEXES: dict[int, tuple[Catalogue, CatalogueIndex]] = {}
_INDEXES_LOCK = threading.Lock()
_MAX_INDEXES: Final = 8


def index_of(catalogue: Catalogue) -> CatalogueIndex:
    """The (shared, cached) index of ``catalogue``."""
    with _INDEXES_LOCK:
        entry = _INDEXES.get(id(catalogue))
        # The catalogue is kept in the entry, so its id cannot be reused while the entry lives.
        if entry is not None and entry[0] is catalogue:
            return entry[1]
        if len(_INDEXES) >= _MAX_INDEXES:
            _INDEXES.pop(next(iter(_INDEXES)))
        index = CatalogueIndex(catalogue)
        _INDEXES[id(catalogue)] = (catalogue, index)
        return index


def resolve_vin(catalogue: Catalogue, vin: str) -> Variant | None:
    """The variant a VIN search finds, or None.

    ``vin`` is normalised first (see :func:`app.domain.vin.normalize_vin`); anything that is then not 17
    VIN characters finds nothing. A sample vehicle's VIN gives its variant. Otherwise the WMI names the
    make(s) and position 10 the possible model years, newest first: the first year in which the make
    built anything gives the candidates, narrowed to models whose VIN model code (positions 7-8, the
    Volkswagen group's habit) matches when any does, and the VIN's crc32 picks one, so the same VIN
    always finds the same car. A VIN without a model year code finds a car only through its model code.
    None when the WMI is unknown or the make built nothing in those years.
    """
    return index_of(catalogue).resolve_vin(vin)


def products_for_variant(catalogue: Catalogue, variant: Variant) -> tuple[Product, ...]:
    """The products that may be ordered for ``variant`` (see :func:`product_offered_for`)."""
    return index_of(catalogue).products_for_variant(variant.id)


def model_of(catalogue: Catalogue, variant: Variant) -> Model:
    """The model ``variant`` belongs to.

    Raises:
        KeyError: the variant's model is not in the catalogue.
    """
    model = index_of(catalogue).model(variant.model_id)
    if model is None:
        raise KeyError(variant.model_id)
    return model


def group_of(catalogue: Catalogue, model: Model) -> ModelGroup:
    """The model group ``model`` belongs to.

    Raises:
        KeyError: the model's group is not in the catalogue.
    """
    model_group = index_of(catalogue).model_group(model.model_group_id)
    if model_group is None:
        raise KeyError(model.model_group_id)
    return model_group


def make_of(catalogue: Catalogue, model_group: ModelGroup) -> Make:
    """The make ``model_group`` belongs to.

    Raises:
        KeyError: the group's make is not in the catalogue.
    """
    make = index_of(catalogue).make(model_group.make_id)
    if make is None:
        raise KeyError(model_group.make_id)
    return make
