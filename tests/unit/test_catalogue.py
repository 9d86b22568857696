"""The sandbox catalogue: consistent references, realistic content, VIN resolution, product rules."""

from __future__ import annotations

import re
import uuid
import zlib
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.vin import (
    VIN_ALPHABET,
    check_digit_ok,
    decode_vin,
    hint_names,
    is_valid_vin,
    with_check_digit,
)
from app.sandbox.catalogue import (
    CatalogueIndex,
    build_catalogue,
    group_of,
    index_of,
    make_of,
    model_of,
    products_for_variant,
    resolve_vin,
)
from app.sandbox.catalogue_data import specs
from app.sandbox.catalogue_data.specs import build_vehicle_tables, fuel_from_name
from app.sandbox.catalogue_data.vehicles import MAKES
from app.sandbox.catalogue_types import Catalogue, Make, Model, Product, Variant

CATALOGUE = build_catalogue()
INDEX = CatalogueIndex(CATALOGUE)
YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"
VIN_CHARS = "".join(sorted(VIN_ALPHABET))


def last_year(variant: Variant) -> int:
    return variant.manufactured_to.year if variant.manufactured_to else datetime.now(UTC).year + 1


def duplicates(values: Iterable[object]) -> list[object]:
    return [value for value, count in Counter(values).items() if count > 1]


def variant_named(model_fragment: str, variant_fragment: str) -> Variant:
    found = [
        lineage.variant
        for variant in CATALOGUE.variants
        if (lineage := INDEX.lineage(variant.id))
        and model_fragment in lineage.model.name
        and variant_fragment in variant.name
    ]
    assert len(found) == 1, (model_fragment, variant_fragment, found)
    return found[0]


def make_of_variant(variant: Variant) -> Make:
    make = INDEX.make_of_variant(variant.id)
    assert make is not None
    return make


def make_named(name: str) -> Make:
    return next(make for make in CATALOGUE.makes if make.name == name)


def offered_ids(variant: Variant) -> set[int]:
    return {product.id for product in products_for_variant(CATALOGUE, variant)}


# ------------------------------------------------------------------------------------------- structure


def test_build_is_deterministic_and_cached() -> None:
    assert build_catalogue() is CATALOGUE
    build_catalogue.cache_clear()
    try:
        rebuilt = build_catalogue()
        assert rebuilt is not CATALOGUE
        assert rebuilt == CATALOGUE
    finally:
        build_catalogue.cache_clear()


def test_ids_are_unique_per_kind() -> None:
    kinds: dict[str, Iterable[object]] = {
        "makes": (make.id for make in CATALOGUE.makes),
        "model groups": (group.id for group in CATALOGUE.model_groups),
        "models": (model.id for model in CATALOGUE.models),
        "variants": (variant.id for variant in CATALOGUE.variants),
        "product groups": (group.id for group in CATALOGUE.product_groups),
        "products": (product.id for product in CATALOGUE.products),
        "item numbers": (product.item_number for product in CATALOGUE.products),
        "product names": (product.name for product in CATALOGUE.products),
        "bundles": (bundle.id for bundle in CATALOGUE.bundles),
        "bundle references": (bundle.reference for bundle in CATALOGUE.bundles),
        "prerequisites": (prerequisite.id for prerequisite in CATALOGUE.prerequisites),
        "options": (option.id for prerequisite in CATALOGUE.prerequisites for option in prerequisite.options),
        "vouchers": (voucher.code for voucher in CATALOGUE.vouchers),
        "connectors": (connector.id for connector in CATALOGUE.connectors),
        "connector uuids": (connector.uuid for connector in CATALOGUE.connectors),
        "pincodes": (connector.pincode for connector in CATALOGUE.connectors),
        "sample vins": (sample.vin for sample in CATALOGUE.sample_vehicles),
        "make names": (make.name for make in CATALOGUE.makes),
    }
    for kind, ids in kinds.items():
        assert duplicates(ids) == [], kind


def test_ids_fit_a_32_bit_integer() -> None:
    all_ids = [
        *(variant.id for variant in CATALOGUE.variants),
        *(product.id for product in CATALOGUE.products),
        *(connector.id for connector in CATALOGUE.connectors),
    ]
    assert all(0 < value < 2**31 for value in all_ids)


def test_counts_meet_the_minimums() -> None:
    assert len(CATALOGUE.makes) >= 25
    assert len(CATALOGUE.variants) >= 150
    assert len(CATALOGUE.models) >= 60
    assert len(CATALOGUE.products) >= 60
    assert len(CATALOGUE.product_groups) >= 8
    assert len(CATALOGUE.bundles) >= 6
    assert len(CATALOGUE.prerequisites) >= 15
    assert len(CATALOGUE.vouchers) >= 5
    assert len(CATALOGUE.connectors) >= 6
    assert len(CATALOGUE.sample_vehicles) >= 12


def test_every_vehicle_reference_resolves() -> None:
    make_ids = {make.id for make in CATALOGUE.makes}
    group_ids = {group.id for group in CATALOGUE.model_groups}
    model_ids = {model.id for model in CATALOGUE.models}
    assert all(group.make_id in make_ids for group in CATALOGUE.model_groups)
    assert all(model.model_group_id in group_ids for model in CATALOGUE.models)
    assert all(variant.model_id in model_ids for variant in CATALOGUE.variants)
    for variant in CATALOGUE.variants:
        model = model_of(CATALOGUE, variant)
        make = make_of(CATALOGUE, group_of(CATALOGUE, model))
        assert INDEX.make_of_variant(variant.id) == make


def test_every_make_has_groups_models_and_variants() -> None:
    for make in CATALOGUE.makes:
        groups = INDEX.model_groups_of_make(make.id)
        assert groups, make.name
        for model_group in groups:
            models = INDEX.models_of_group(model_group.id)
            assert models, model_group.name
            assert all(INDEX.variants_of_model(model.id) for model in models)


def test_every_product_reference_resolves() -> None:
    group_ids = {group.id for group in CATALOGUE.product_groups}
    make_ids = {make.id for make in CATALOGUE.makes}
    for product in CATALOGUE.products:
        assert product.group_id in group_ids, product.name
        assert all(INDEX.prerequisite(prerequisite_id) for prerequisite_id in product.prerequisite_ids)
        assert duplicates(product.prerequisite_ids) == []
        assert set(product.make_ids) <= make_ids, product.name
    for product_group in CATALOGUE.product_groups:
        assert any(product.group_id == product_group.id for product in CATALOGUE.products)


def test_every_bundle_reference_resolves() -> None:
    group_ids = {group.id for group in CATALOGUE.product_groups}
    for bundle in CATALOGUE.bundles:
        assert bundle.group_id in group_ids
        assert any(not block.optional for block in bundle.blocks), bundle.name
        assert any(block.optional for block in bundle.blocks), bundle.name
        products = [INDEX.product(product_id) for block in bundle.blocks for product_id in block.product_ids]
        assert all(products), bundle.name
        assert duplicates(product.id for product in products if product) == [], bundle.name
        assert INDEX.bundle(bundle.id.upper()) == bundle


def test_bundle_ids_are_stable_uuid5s() -> None:
    for bundle in CATALOGUE.bundles:
        assert uuid.UUID(bundle.id).version == 5
        assert uuid.UUID(bundle.reference).version == 5


def test_sample_and_connector_references_resolve() -> None:
    assert all(INDEX.variant(sample.variant_id) for sample in CATALOGUE.sample_vehicles)
    assert all(
        INDEX.variant(connector.variant_id)
        for connector in CATALOGUE.connectors
        if connector.variant_id is not None
    )


# ----------------------------------------------------------------------------------------------- names


def test_names_carry_production_years_that_match_the_dates() -> None:
    items: list[Model | Variant] = [*CATALOGUE.models, *CATALOGUE.variants]
    for item in items:
        end = str(item.manufactured_to.year) if item.manufactured_to else ""
        assert item.name.endswith(f" ({item.manufactured_from.year} - {end})"), item.name
        assert item.manufactured_to is None or item.manufactured_from <= item.manufactured_to


def test_variants_lie_within_their_model_years() -> None:
    for variant in CATALOGUE.variants:
        model = model_of(CATALOGUE, variant)
        assert variant.manufactured_from >= model.manufactured_from, variant.name
        if model.manufactured_to is not None:
            assert variant.manufactured_to is not None, variant.name
            assert variant.manufactured_to <= model.manufactured_to, variant.name


def test_variant_names_state_power_in_kw() -> None:
    assert all(re.search(r"\b\d{2,3}KW\b", variant.name) for variant in CATALOGUE.variants)


def test_real_makes_and_models_are_present() -> None:
    names = {make.name for make in CATALOGUE.makes}
    assert {"Volkswagen", "Audi", "BMW", "Mercedes-Benz", "Citroën", "Tesla", "Land Rover", "Cupra"} <= names
    golf = variant_named("GOLF VII (", "1.6 TDI")
    assert golf.name == "1.6 TDI 81KW CLHA (2012 - 2020)"
    assert model_of(CATALOGUE, golf).name == "GOLF VII (5G1, BQ1, BE1, BE2) (2012 - 2020)"


def test_nothing_is_named_like_placeholder_data() -> None:
    names = [
        *(make.name for make in CATALOGUE.makes),
        *(product.name for product in CATALOGUE.products),
        *(variant.name for variant in CATALOGUE.variants),
    ]
    assert not [name for name in names if re.fullmatch(r"(Make|Product|Model|Variant) \w", name)]


def test_vehicle_path_string() -> None:
    golf = variant_named("GOLF VII (", "1.6 TDI")
    assert INDEX.vehicle_path_string(golf.id) == (
        "VOLKSWAGEN#Golf#GOLF VII (5G1, BQ1, BE1, BE2)#1.6 TDI 81KW CLHA"
    )
    assert INDEX.vehicle_path_string(None) == ""
    assert INDEX.vehicle_path_string(1) == ""
    assert all(INDEX.vehicle_path_string(variant.id).count("#") == 3 for variant in CATALOGUE.variants)


def test_variant_year_range() -> None:
    golf = variant_named("GOLF VII (", "1.6 TDI")
    assert INDEX.variant_year_range(golf.id) == (2012, 2020)
    current = variant_named("GOLF VIII", "2.0 TDI")
    assert INDEX.variant_year_range(current.id) == (2019, None)
    assert INDEX.variant_year_range(1) is None


def test_unknown_ids_give_none() -> None:
    assert INDEX.make(0) is None
    assert INDEX.model_group(0) is None
    assert INDEX.model(0) is None
    assert INDEX.variant(0) is None
    assert INDEX.product(0) is None
    assert INDEX.product_group(0) is None
    assert INDEX.prerequisite(0) is None
    assert INDEX.bundle(str(uuid.uuid4())) is None
    assert INDEX.connector(0) is None
    assert INDEX.connector_by_uuid(str(uuid.uuid4())) is None
    assert INDEX.voucher("NOSUCHCODE") is None
    assert INDEX.lineage(0) is None
    assert INDEX.products_for_variant(0) == ()
    assert INDEX.model_groups_of_make(0) == ()


def test_index_of_is_shared_per_catalogue() -> None:
    assert index_of(CATALOGUE) is index_of(CATALOGUE)


# ------------------------------------------------------------------------------------------------- doip


@pytest.mark.parametrize(
    ("model_fragment", "variant_fragment", "doip"),
    [
        ("GOLF VIII", "2.0 TDI", True),
        ("ID.3", "Pro Performance", True),
        ("3 (G20", "320d", True),
        ("X5 (G05", "xDrive 30 d", True),
        ("C-CLASS (W206)", "C 220 d", True),
        ("XC60 II", "D4 AWD", True),
        ("XC40", "T3", True),
        ("MODEL 3", "Long Range", True),
        ("TAYCAN", "4S", True),
        ("GOLF VII (", "1.6 TDI", False),
        ("3 (F30", "330i", False),
        ("C-CLASS (W204)", "C 220 CDI", False),
        ("FOCUS II", "1.4 59KW", False),
        ("CLIO IV", "0.9 TCe", False),
    ],
)
def test_requires_doip_where_real(model_fragment: str, variant_fragment: str, doip: bool) -> None:
    found = variant_named(model_fragment, variant_fragment)
    assert found.requires_doip is doip
    assert model_of(CATALOGUE, found).requires_doip is doip


def test_doip_is_the_minority_and_only_on_newer_cars() -> None:
    doip = [variant for variant in CATALOGUE.variants if variant.requires_doip]
    assert 0 < len(doip) < len(CATALOGUE.variants) / 3
    assert all(variant.manufactured_from.year >= 2012 for variant in doip)


# -------------------------------------------------------------------------------------------------- VIN


def test_every_make_has_wmis_decode_vin_agrees_with() -> None:
    for make in CATALOGUE.makes:
        assert make.wmis, make.name
        for wmi in make.wmis:
            hint = decode_vin(wmi + "ZZZ1KZAW000001").manufacturer_hint
            assert hint is not None, wmi
            assert make.name in hint_names(hint), (make.name, wmi, hint)


def test_every_sample_vin_resolves_to_its_variant() -> None:
    for sample in CATALOGUE.sample_vehicles:
        assert is_valid_vin(sample.vin), sample.vin
        resolved = resolve_vin(CATALOGUE, sample.vin)
        assert resolved is not None
        assert resolved.id == sample.variant_id, sample.label
        # Typed with noise, the same car.
        assert resolve_vin(CATALOGUE, " " + sample.vin.lower()[:8] + "-" + sample.vin[8:] + " ") == resolved


def test_sample_vins_are_consistent_with_their_cars() -> None:
    for sample in CATALOGUE.sample_vehicles:
        lineage = INDEX.lineage(sample.variant_id)
        assert lineage is not None
        info = decode_vin(sample.vin)
        assert info.wmi in lineage.make.wmis, sample.label
        if sample.vin[9] in YEAR_CODES:
            assert any(
                lineage.variant.manufactured_from.year <= year <= last_year(lineage.variant)
                for year in info.model_year_candidates
            ), sample.label
        if info.region == "North America":
            assert check_digit_ok(sample.vin), sample.label


def test_samples_include_vins_that_fail_the_check_digit() -> None:
    passing = [sample for sample in CATALOGUE.sample_vehicles if check_digit_ok(sample.vin)]
    assert 0 < len(passing) < len(CATALOGUE.sample_vehicles)


@given(st.data())
def test_a_wmi_and_year_vin_of_a_known_make_finds_a_car_built_that_year(data: st.DataObject) -> None:
    chosen_make = data.draw(st.sampled_from(CATALOGUE.makes))
    wmi = data.draw(st.sampled_from(chosen_make.wmis))
    sharing = {make.id for make in CATALOGUE.makes if wmi in make.wmis}  # SEAT and Cupra share VSS
    variants = [variant for variant in CATALOGUE.variants if make_of_variant(variant).id in sharing]
    # From 2010 on, the 30-years-later reading of the year code lies in the future: one candidate year.
    years = sorted(
        {
            year
            for variant in variants
            for year in range(variant.manufactured_from.year, last_year(variant) + 1)
            if 2010 <= year <= datetime.now(UTC).year
        }
    )
    year = data.draw(st.sampled_from(years))
    descriptor = data.draw(st.text(alphabet=VIN_CHARS, min_size=6, max_size=6))
    serial = data.draw(st.text(alphabet=VIN_CHARS, min_size=7, max_size=7))
    vin = with_check_digit(wmi + descriptor + YEAR_CODES[(year - 1980) % 30] + serial)
    resolved = resolve_vin(CATALOGUE, vin)
    assert resolved is not None
    assert make_of_variant(resolved).id in sharing
    assert resolved.manufactured_from.year <= year <= last_year(resolved)
    assert resolve_vin(CATALOGUE, vin) == resolved


@pytest.mark.parametrize(
    ("vin", "model_prefix"),
    [
        ("WVWZZZAUZJW000001", "GOLF VII ("),  # J: 2018
        ("WVWZZZ3GZJE000001", "PASSAT B8"),
        ("WVWZZZAWZJW000001", "POLO VI"),
        ("WVWZZZ1KZBW000001", "GOLF VI ("),  # B: 2011
        ("TMBZZZNEZHW000001", "OCTAVIA III"),  # H: 2017
        ("VSSZZZKMZNR000001", "FORMENTOR"),  # N: 2022, Cupra, sharing VSS with SEAT
    ],
)
def test_resolution_prefers_the_model_code_at_positions_7_and_8(vin: str, model_prefix: str) -> None:
    resolved = resolve_vin(CATALOGUE, vin)
    assert resolved is not None
    assert model_of(CATALOGUE, resolved).name.startswith(model_prefix)


def test_resolution_by_model_code_when_the_vin_carries_no_year() -> None:
    resolved = resolve_vin(CATALOGUE, "WVWZZZAUZZW000001")  # Z at position 10: no model year
    assert resolved is not None
    assert model_of(CATALOGUE, resolved).name.startswith("GOLF VII (")
    assert resolve_vin(CATALOGUE, "WBAZZZZZZZW000001") is None  # no year and no model code: nothing


def test_resolution_is_deterministic_by_crc32() -> None:
    vin = "WBA00000XLF000001"  # BMW, 2020: several variants fit
    resolved = resolve_vin(CATALOGUE, vin)
    assert resolved is not None
    candidates = sorted(
        (
            variant
            for variant in CATALOGUE.variants
            if INDEX.make_of_variant(variant.id) == make_named("BMW")
            and variant.manufactured_from.year <= 2020 <= last_year(variant)
        ),
        key=lambda variant: variant.id,
    )
    assert len(candidates) > 1
    assert resolved == candidates[zlib.crc32(vin.encode()) % len(candidates)]


@pytest.mark.parametrize(
    "vin",
    [
        "ZZZZZZZZZZZZZZZZZ",  # no such WMI
        "1M8GDM9AXKP042788",  # a real coach maker the catalogue does not carry
        "WVWZZZ1KZ",  # too short
        "WVWZZZ1KZAW00000O",  # not a VIN character
        "VF1BZ0B0H4458273",  # 16 characters, as connectors sometimes report
        "",
    ],
)
def test_vins_that_find_nothing(vin: str) -> None:
    assert resolve_vin(CATALOGUE, vin) is None


def test_a_make_that_built_nothing_that_year_finds_nothing() -> None:
    # Tesla's first car here is from 2012, so a 2009 (code 9; 2039 is in the future) VIN finds nothing.
    assert resolve_vin(CATALOGUE, with_check_digit("5YJ3E1EA09F000001")) is None


def test_shared_wmis_can_resolve_to_either_make() -> None:
    makes = {
        make_of_variant(resolved).name
        for serial in range(40)
        if (resolved := resolve_vin(CATALOGUE, f"VSSZZZZZZN{serial:07d}"))
    }
    assert makes == {"SEAT", "Cupra"}


# ---------------------------------------------------------------------------------------------- products


def test_every_product_is_offered_for_some_variant() -> None:
    offered = {
        product.id for variant in CATALOGUE.variants for product in products_for_variant(CATALOGUE, variant)
    }
    assert offered == {product.id for product in CATALOGUE.products}


def test_every_variant_has_products_and_every_bundle_a_car() -> None:
    assert all(products_for_variant(CATALOGUE, variant) for variant in CATALOGUE.variants)
    for bundle in CATALOGUE.bundles:
        assert any(bundle in INDEX.bundles_for_variant(variant.id) for variant in CATALOGUE.variants), (
            bundle.name
        )


def test_make_restrictions_are_honoured() -> None:
    bmw_only = next(product for product in CATALOGUE.products if "FDL" in product.name)
    assert bmw_only.make_ids
    assert bmw_only.id in offered_ids(variant_named("3 (G20", "320d"))
    assert bmw_only.id in offered_ids(variant_named("MINI (F56)", "Cooper S"))
    assert bmw_only.id not in offered_ids(variant_named("GOLF VII (", "1.6 TDI"))


def test_doip_only_products_go_to_doip_cars_only() -> None:
    doip_only = [product for product in CATALOGUE.products if product.doip_only]
    assert doip_only
    for variant in CATALOGUE.variants:
        offered = offered_ids(variant)
        assert all((product.id in offered) <= variant.requires_doip for product in doip_only)


def test_min_year_products_skip_cars_built_only_before() -> None:
    surround = next(product for product in CATALOGUE.products if product.name.startswith("Surround view"))
    assert surround.min_year == 2014
    assert surround.id not in offered_ids(variant_named("GOLF V (1K1)", "1.9 TDI"))
    assert surround.id in offered_ids(variant_named("GOLF VII (", "1.6 TDI"))


def test_fuel_restrictions_are_honoured() -> None:
    dpf = next(product for product in CATALOGUE.products if product.name == "DPF forced regeneration")
    hv = next(product for product in CATALOGUE.products if product.name.startswith("High-voltage battery"))
    assert dpf.id in offered_ids(variant_named("GOLF VII (", "1.6 TDI"))
    assert dpf.id not in offered_ids(variant_named("GOLF VII (", "1.5 TSI"))
    assert dpf.id not in offered_ids(variant_named("MODEL 3", "Long Range"))
    assert hv.id in offered_ids(variant_named("MODEL 3", "Long Range"))
    assert hv.id in offered_ids(variant_named("YARIS (_P13_)", "Hybrid"))
    assert hv.id not in offered_ids(variant_named("GOLF VII (", "1.6 TDI"))


def test_product_groups_and_bundles_for_a_variant() -> None:
    tesla = variant_named("MODEL 3", "Long Range")
    groups = {group.name for group in INDEX.product_groups_for_variant(tesla.id)}
    assert "Electric & hybrid" in groups
    assert "Engine & exhaust" not in groups
    bundles = {bundle.name for bundle in INDEX.bundles_for_variant(tesla.id)}
    assert "Particulate filter service" not in bundles
    assert "Windscreen replacement" in bundles
    adas = next(group for group in CATALOGUE.product_groups if group.name == "ADAS calibration")
    assert {bundle.group_id for bundle in INDEX.bundles_for_variant(tesla.id, adas.id)} == {adas.id}


def test_bundle_products_for_a_variant_keep_block_order() -> None:
    golf = variant_named("GOLF VII (", "1.6 TDI")
    bundle = next(bundle for bundle in CATALOGUE.bundles if bundle.name == "Particulate filter service")
    products = INDEX.bundle_products_for_variant(bundle.id, golf.id)
    assert [product.id for product in products] == [
        product_id for block in bundle.blocks for product_id in block.product_ids
    ]
    assert INDEX.bundle_products_for_variant(str(uuid.uuid4()), golf.id) == ()


def test_prices_are_realistic() -> None:
    for product in CATALOGUE.products:
        assert isinstance(product.list_price, Decimal)
        assert Decimal(29) <= product.list_price <= Decimal(349), product.name
        assert product.list_price == product.list_price.quantize(Decimal("0.01"))
        assert Decimal(0) <= product.discount_percent < Decimal(50)
        assert product.oe_service_fee is None or Decimal(0) < product.oe_service_fee < product.list_price
        assert re.fullmatch(r"1\d{5}", product.item_number)
    assert any(product.discount_percent > 0 for product in CATALOGUE.products)
    assert any(product.oe_service_fee for product in CATALOGUE.products)
    assert 0 < sum(product.is_unattended for product in CATALOGUE.products) < 12


@pytest.mark.parametrize(
    "name",
    [
        "Tow bar coding (aftermarket)",
        "Key programming (all keys lost)",
        "Front camera calibration (static)",
        "Airbag control unit replacement",
        "ECU software update",
        "DPF forced regeneration",
        "Service interval reset",
        "Battery registration (BMS)",
    ],
)
def test_well_known_products_exist(name: str) -> None:
    assert any(product.name == name for product in CATALOGUE.products)


def test_prerequisites_of_products() -> None:
    airbag = next(
        product for product in CATALOGUE.products if product.name == "Airbag control unit replacement"
    )
    keys = next(
        product for product in CATALOGUE.products if product.name == "Key programming (all keys lost)"
    )
    found = INDEX.prerequisites_for_products([airbag.id, keys.id, airbag.id, 0])
    assert duplicates(prerequisite.id for prerequisite in found) == []
    assert {prerequisite.id for prerequisite in found} == {*airbag.prerequisite_ids, *keys.prerequisite_ids}
    assert [prerequisite.id for prerequisite in found][: len(airbag.prerequisite_ids)] == list(
        airbag.prerequisite_ids
    )


# ----------------------------------------------------------------------------------------- prerequisites


def test_every_prerequisite_type_is_present_required_and_optional() -> None:
    assert {prerequisite.type for prerequisite in CATALOGUE.prerequisites} == {
        "boolean",
        "string",
        "number",
        "choice",
    }
    assert {prerequisite.required for prerequisite in CATALOGUE.prerequisites} == {True, False}
    used = {prerequisite_id for product in CATALOGUE.products for prerequisite_id in product.prerequisite_ids}
    assert used == {prerequisite.id for prerequisite in CATALOGUE.prerequisites}


def test_choice_prerequisites_have_options_and_others_none() -> None:
    for prerequisite in CATALOGUE.prerequisites:
        assert prerequisite.question
        assert prerequisite.name
        assert prerequisite.description
        if prerequisite.type == "choice":
            assert len(prerequisite.options) >= 2, prerequisite.name
            assert duplicates(option.value for option in prerequisite.options) == []
        else:
            assert prerequisite.options == ()
    tow_bar = next(p for p in CATALOGUE.prerequisites if p.question == "Which side is the tow bar socket on?")
    assert [option.value for option in tow_bar.options] == ["Left", "Right", "Centre"]


# ---------------------------------------------------------------------------------------------- vouchers


def test_vouchers() -> None:
    by_code = {voucher.code: voucher for voucher in CATALOGUE.vouchers}
    assert by_code["WELCOME10"].kind == "percent"
    assert by_code["WELCOME10"].value == Decimal(10)
    assert by_code["SPRING25"].kind == "amount"
    assert by_code["SPRING25"].value == Decimal(25)
    fixed_now = datetime(2026, 1, 1, tzinfo=UTC)
    expired = [v for v in CATALOGUE.vouchers if v.expires_at and v.expires_at < fixed_now]
    far_future = [v for v in CATALOGUE.vouchers if v.expires_at and v.expires_at.year >= 2090]
    assert by_code["SUMMER2025"] in expired
    assert far_future
    adas = next(group for group in CATALOGUE.product_groups if group.name == "ADAS calibration")
    assert by_code["ADAS20"].product_ids
    assert {
        product.group_id for product in CATALOGUE.products if product.id in by_code["ADAS20"].product_ids
    } == {adas.id}
    for voucher in CATALOGUE.vouchers:
        assert voucher.code == voucher.code.upper()
        assert voucher.expires_at is None or voucher.expires_at.tzinfo is not None
        assert all(INDEX.product(product_id) for product_id in voucher.product_ids)
        assert voucher.value > 0
        assert voucher.kind != "percent" or voucher.value <= 100
    assert INDEX.voucher(" welcome10 ") == by_code["WELCOME10"]


# -------------------------------------------------------------------------------------------- connectors


def test_connectors_cover_the_training_cases() -> None:
    connectors = CATALOGUE.connectors
    for connector in connectors:
        assert connector.id >= 910_000_000
        assert uuid.UUID(connector.uuid).version == 5
        assert re.fullmatch(r"\d{4}", connector.pincode)
        assert connector.label
        assert INDEX.connector(connector.id) == connector
        assert INDEX.connector_by_uuid(connector.uuid.upper()) == connector

    def variant_of(connector_variant: int | None) -> Variant | None:
        return INDEX.variant(connector_variant) if connector_variant is not None else None

    assert any(c.is_online and c.supports_doip and len(c.vin_number) == 17 for c in connectors)
    assert any(
        c.is_online
        and not c.supports_doip
        and (v := variant_of(c.variant_id)) is not None
        and v.requires_doip
        for c in connectors
    )
    assert any(c.is_online and c.vin_number == "" for c in connectors)
    assert any(not c.is_online for c in connectors)
    assert any(len(c.vin_number) == 16 for c in connectors)
    assert any(c.otp for c in connectors)


def test_connector_vins_match_their_cars() -> None:
    for connector in CATALOGUE.connectors:
        if len(connector.vin_number) == 17:
            resolved = resolve_vin(CATALOGUE, connector.vin_number)
            assert resolved is not None
            assert resolved.id == connector.variant_id, connector.label
        if connector.vin_number == "":
            assert INDEX.vehicle_path_string(connector.variant_id) == ""


def test_currencies_and_wallet() -> None:
    assert CATALOGUE.provider_currency == "EUR"
    assert CATALOGUE.customer_currency == "DKK"
    assert CATALOGUE.exchange_rate == Decimal("7.4604")
    assert CATALOGUE.wallet_balance == Decimal("250.00")


# ---------------------------------------------------------------------------------------------- builders


@pytest.mark.parametrize(
    ("name", "fuel"),
    [
        ("1.6 TDI 81KW CLHA", "diesel"),
        ("320d 140KW B47 D20 B", "diesel"),
        ("C 220 d 147KW OM 654.820", "diesel"),
        ("D4 AWD 140KW D 4204 T23", "diesel"),
        ("2.2 D 110KW SHY1", "diesel"),
        ("1.5 TSI 110KW DADA, DPCA", "petrol"),
        ("1.2 16V 55KW D4F 740", "petrol"),
        ("1.5 eTSI 110KW DFYA", "petrol"),
        ("1.3 DIG-T Mild Hybrid 103KW HR13DDT", "petrol"),
        ("1.8 Hybrid 90KW 2ZR-FXE", "hybrid"),
        ("330e 215KW B48 B20 A", "hybrid"),
        ("xDrive 45 e 290KW B58 B30 C", "hybrid"),
        ("55 TFSI e quattro 270KW DLHA", "hybrid"),
    ],
)
def test_fuel_from_engine_names(name: str, fuel: str) -> None:
    assert fuel_from_name(name) == fuel


def test_vehicle_ids_are_hierarchical_and_stable() -> None:
    tables = build_vehicle_tables(
        (
            specs.make(
                7,
                "Example Motors",
                ("EXM",),
                specs.group(
                    "Roadster",
                    specs.model("ROADSTER (R1)", "2001-03", None, specs.variant("2.0 110KW X20", key="r1")),
                ),
            ),
        )
    )
    assert [model_group.id for model_group in tables.model_groups] == [701]
    assert [m.id for m in tables.models] == [70101]
    assert [v.id for v in tables.variants] == [7010101]
    assert tables.variant_ids_by_key == {"r1": 7010101}
    assert tables.variants[0].name == "2.0 110KW X20 (2001 - )"
    assert tables.variants[0].manufactured_to is None


def test_duplicate_variant_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="used twice"):
        build_vehicle_tables(
            (
                specs.make(
                    7,
                    "Example Motors",
                    ("EXM",),
                    specs.group(
                        "Roadster",
                        specs.model(
                            "ROADSTER (R1)",
                            "2001-03",
                            None,
                            specs.variant("A 1KW", key="k"),
                            specs.variant("B 2KW", key="k"),
                        ),
                    ),
                ),
            )
        )


def test_the_real_tables_build_without_errors() -> None:
    tables = build_vehicle_tables(MAKES)
    assert tables.variants == CATALOGUE.variants
    assert isinstance(CATALOGUE, Catalogue)
    assert all(isinstance(product, Product) for product in CATALOGUE.products)
