"""Vehicles, products, favourites, prerequisites and paging of the sandbox, over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from app.domain.contract.customer_api import Op
from app.sandbox.catalogue import CatalogueIndex
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import Session, logged_in, offered, problem, variant_of


@pytest.fixture
def api(sandbox: SandboxThread) -> Iterator[Session]:
    with logged_in(sandbox) as session:
        yield session


def test_vin_search_answers_the_seed_shape(sandbox: SandboxThread, api: Session) -> None:
    vehicle = sandbox.catalogue.sample_vehicles[0]
    response = api.get(Op.VEHICLE_SEARCH, {"vin": vehicle.vin})
    assert response.status_code == 200
    found = response.json()
    assert set(found) == {"make", "model_group", "model", "model_variant"}
    index = CatalogueIndex(sandbox.catalogue)
    variant = index.variant(vehicle.variant_id)
    assert variant is not None
    model = index.model(variant.model_id)
    assert model is not None
    assert found["model_variant"]["id"] == variant.id
    assert found["model_variant"]["vehicle_model_id"] == model.id
    assert found["model"]["id"] == model.id
    assert found["model"]["manufactured_from"] == model.manufactured_from.isoformat()
    assert found["model_group"]["id"] == model.model_group_id
    assert found["model_group"]["vehicle_make_id"] == found["make"]["id"]
    assert found["model_variant"]["vehicle_make_name"] == found["make"]["name"]


def test_vin_search_refuses_bad_vins_and_misses_unknown_ones(api: Session) -> None:
    for bad in ("WVWZZZ1KZAW00000", "WVWZZZ1KZAW00000IO", "wvwzzz1kzaw000001"):
        body = problem(api.get(Op.VEHICLE_SEARCH, {"vin": bad}), 400, "invalid-request")
        assert body["invalid_params"][0]["name"] == "vin"
    problem(api.get(Op.VEHICLE_SEARCH), 400, "invalid-request")
    # No make of the catalogue has the WMI "999".
    problem(api.get(Op.VEHICLE_SEARCH, {"vin": "99912345678901234"}), 404, "vehicle-not-found")


def test_the_make_cascade_walks_down_to_variants(sandbox: SandboxThread, api: Session) -> None:
    makes = api.get(Op.MAKES, {"limit": 200}).json()
    assert makes["total"] == len(sandbox.catalogue.makes)
    names = [m["name"] for m in makes["result"]]
    assert names == sorted(names, key=str.casefold)
    make = next(m for m in makes["result"] if m["name"] == "Volkswagen")
    groups = api.get(Op.MODEL_GROUPS, {"vehicle_make_id": make["id"], "limit": 200}).json()
    assert groups["total"] >= 1
    assert all(g["vehicle_make_id"] == make["id"] for g in groups["result"])
    group = groups["result"][0]
    assert api.get(Op.MODEL_GROUP, model_group_id=group["id"]).json() == group
    models = api.get(Op.MODELS, {"vehicle_model_group_id": group["id"]}).json()
    model = models["result"][0]
    assert model["vehicle_model_group_id"] == group["id"]
    assert api.get(Op.MODEL, model_id=model["id"]).json() == model
    variants = api.get(Op.MODEL_VARIANTS, {"vehicle_model_id": model["id"]}).json()
    variant = variants["result"][0]
    assert variant["vehicle_model_id"] == model["id"]
    assert api.get(Op.MODEL_VARIANT, model_variant_id=variant["id"]).json() == variant


def test_cascade_refusals(api: Session) -> None:
    problem(api.get(Op.MODEL_GROUPS), 400, "invalid-request")
    problem(api.get(Op.MODEL_GROUPS, {"vehicle_make_id": 0}), 400, "invalid-request")
    problem(api.get(Op.MODEL_GROUPS, {"vehicle_make_id": 999_999}), 404, "vehicle-make-not-found")
    problem(api.get(Op.MODEL_GROUP, model_group_id=999_999), 404, "vehicle-model-group-not-found")
    problem(api.get(Op.MODEL, model_id=999_999), 404, "vehicle-model-not-found")
    problem(api.get(Op.MODEL_VARIANT, model_variant_id=999_999), 404, "vehicle-model-variant-not-found")
    problem(api.get(Op.MODEL_VARIANT, model_variant_id="abc"), 400, "invalid-request")


def test_paging_bounds(sandbox: SandboxThread, api: Session) -> None:
    total = len(sandbox.catalogue.makes)
    first = api.get(Op.MAKES).json()
    assert (first["offset"], first["limit"], first["total"]) == (0, 20, total)
    assert len(first["result"]) == min(20, total)
    rest = api.get(Op.MAKES, {"offset": 20, "limit": 200}).json()
    assert [m["id"] for m in first["result"] + rest["result"]] == [
        m["id"] for m in api.get(Op.MAKES, {"limit": 200}).json()["result"]
    ]
    empty = api.get(Op.MAKES, {"limit": 0}).json()
    assert empty["result"] == []
    assert empty["total"] == total
    beyond = api.get(Op.MAKES, {"offset": total + 5}).json()
    assert beyond["result"] == []
    for params in ({"limit": 201}, {"limit": -1}, {"offset": -1}, {"limit": "many"}):
        body = problem(api.get(Op.MAKES, params), 400, "invalid-request")
        assert body["invalid_params"][0]["name"] in params


def test_products_of_a_vehicle_with_prices(sandbox: SandboxThread, api: Session) -> None:
    variant = variant_of(sandbox.catalogue, api.connector)
    vehicle = {"vehicle_model_id": variant.model_id, "vehicle_model_variant_id": variant.id}
    groups = api.get(Op.PRODUCT_GROUPS, vehicle).json()
    products = offered(sandbox.catalogue, variant)
    assert {g["id"] for g in groups["result"]} == {p.group_id for p in products}
    group_id = groups["result"][0]["id"]
    listed = api.get(Op.PRODUCTS, {**vehicle, "product_group_id": group_id, "limit": 200}).json()
    assert {p["id"] for p in listed["result"]} == {p.id for p in products if p.group_id == group_id}
    rate = sandbox.catalogue.exchange_rate
    for wire in listed["result"]:
        product = next(p for p in products if p.id == wire["id"])
        gross = Decimal(str(wire["gross_price"]["value"]))
        net = Decimal(str(wire["net_price"]["value"]))
        assert gross == product.list_price
        assert net == gross - Decimal(str(wire["total_discount"]["price"]["value"]))
        assert wire["total_discount"]["type"] == "percentual"
        assert Decimal(str(wire["gross_price"]["localized_value"])) == (gross * rate).quantize(
            Decimal("0.01")
        )
        assert wire["gross_price"]["localized_currency"] == sandbox.catalogue.customer_currency
        assert wire["price"]["price_original"] == wire["gross_price"]["value"]
        assert wire["price"]["contains_discount"] == (product.discount_percent > 0)
        assert (wire["original_equipment_service_fee"] is None) == (product.oe_service_fee is None)
        assert wire["is_favorite"] is False


def test_products_filters_refuse_group_and_bundle_together(sandbox: SandboxThread, api: Session) -> None:
    variant = variant_of(sandbox.catalogue, api.connector)
    vehicle = {"vehicle_model_id": variant.model_id, "vehicle_model_variant_id": variant.id}
    bundles = api.get(Op.PRODUCT_BUNDLES, vehicle).json()["result"]
    assert bundles, "the sample car should have bundles"
    bundle = bundles[0]
    assert all(isinstance(block["product_ids"][0], list) for block in bundle["blocks"])
    body = problem(
        api.get(Op.PRODUCTS, {**vehicle, "product_group_id": 1, "product_bundle_id": bundle["id"]}),
        400,
        "invalid-request",
    )
    assert {p["name"] for p in body["invalid_params"]} == {"product_group_id", "product_bundle_id"}
    in_bundle = api.get(Op.PRODUCTS, {**vehicle, "product_bundle_id": bundle["id"]}).json()["result"]
    assert {p["id"] for p in in_bundle} == {
        pid for block in bundle["blocks"] for pid in block["product_ids"][0]
    }
    of_group = api.get(Op.PRODUCT_BUNDLES, {**vehicle, "product_group_id": bundle["product_group_id"]}).json()
    assert all(b["product_group_id"] == bundle["product_group_id"] for b in of_group["result"])
    problem(
        api.get(Op.PRODUCTS, {**vehicle, "product_bundle_id": "00000000-0000-4000-8000-000000000000"}),
        404,
        "product-bundle-not-found",
    )


def test_product_calls_check_the_vehicle(sandbox: SandboxThread, api: Session) -> None:
    variant = variant_of(sandbox.catalogue, api.connector)
    other_model = next(m for m in sandbox.catalogue.models if m.id != variant.model_id)
    mismatch = api.get(
        Op.PRODUCT_GROUPS, {"vehicle_model_id": other_model.id, "vehicle_model_variant_id": variant.id}
    )
    problem(mismatch, 400, "variant-model-mismatch")
    missing = api.get(Op.PRODUCTS, {"vehicle_model_id": variant.model_id})
    assert problem(missing, 400, "invalid-request")["invalid_params"][0]["name"] == "vehicle_model_variant_id"


def test_favourites_flag_filter_and_removal(sandbox: SandboxThread, api: Session) -> None:
    variant = variant_of(sandbox.catalogue, api.connector)
    vehicle = {"vehicle_model_id": variant.model_id, "vehicle_model_variant_id": variant.id, "limit": 200}
    product = offered(sandbox.catalogue, variant)[0]
    added = api.call(Op.ADD_FAVORITE, json={"id": product.id, "name": "ignored"})
    assert added.status_code == 204
    assert api.call(Op.ADD_FAVORITE, json={"id": product.id}).status_code == 204
    for flag in ("true", "1"):
        favourites = api.get(Op.PRODUCTS, {**vehicle, "is_favorite": flag}).json()["result"]
        assert [p["id"] for p in favourites] == [product.id]
        assert favourites[0]["is_favorite"] is True
    others = api.get(Op.PRODUCTS, {**vehicle, "is_favorite": "0"}).json()["result"]
    assert product.id not in {p["id"] for p in others}
    assert api.call(Op.REMOVE_FAVORITE, product_id=product.id).status_code == 204
    problem(api.call(Op.REMOVE_FAVORITE, product_id=product.id), 404, "favorite-not-found")
    problem(api.call(Op.ADD_FAVORITE, json={"id": 999_999}), 404, "product-not-found")
    problem(api.call(Op.ADD_FAVORITE, json={"name": "no id"}), 400, "invalid-request")


def test_prerequisites_accept_comma_lists_and_repeated_parameters(
    sandbox: SandboxThread, api: Session
) -> None:
    variant = variant_of(sandbox.catalogue, api.connector)
    products = [p for p in offered(sandbox.catalogue, variant) if p.prerequisite_ids][:3]
    vehicle = {"vehicle_model_id": variant.model_id, "vehicle_model_variant_id": variant.id, "limit": 200}
    ids = [p.id for p in products]
    comma = api.get(Op.PREREQUISITES, {**vehicle, "product_id": ",".join(map(str, ids))}).json()
    repeated = api.get(Op.PREREQUISITES, [*vehicle.items(), *(("product_id", i) for i in ids)]).json()
    assert comma == repeated
    expected = sorted({pid for p in products for pid in p.prerequisite_ids})
    assert [d["id"] for d in comma["result"]] == expected
    for definition in comma["result"]:
        assert definition["type"] in {"boolean", "string", "number", "choice"}
        for option in definition["options"]:
            assert option["productPrerequisiteId"] == definition["id"]
    bad = problem(api.get(Op.PREREQUISITES, {**vehicle, "product_id": "1,x"}), 400, "invalid-request")
    assert bad["invalid_params"][0]["name"] == "product_id"
    unknown = problem(
        api.get(Op.PREREQUISITES, {**vehicle, "product_id": "999999"}), 400, "products-not-available"
    )
    assert unknown["product_ids"] == [999_999]


def test_every_prerequisite_type_is_served(sandbox: SandboxThread, api: Session) -> None:
    types = set()
    for connector in sandbox.catalogue.connectors:
        if connector.variant_id is None:
            continue
        variant = variant_of(sandbox.catalogue, connector)
        ids = ",".join(str(p.id) for p in offered(sandbox.catalogue, variant))
        vehicle = {"vehicle_model_id": variant.model_id, "vehicle_model_variant_id": variant.id}
        result = api.get(Op.PREREQUISITES, {**vehicle, "product_id": ids, "limit": 200}).json()["result"]
        types |= {d["type"] for d in result}
    assert types == {"boolean", "string", "number", "choice"}
