"""Products for a vehicle: groups, bundles, products with prices, favourites and prerequisites.

Adding a favourite answers 204 without a body (the seed's answer is ``null``); adding one twice is not
an error. ``is_favorite`` filters only when given: the seed's "Default: true" would hide every product
that is not a favourite from a client that does not send it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Annotated, Any

from fastapi import Query, Response
from pydantic import Field

from app.domain.contract.customer_api import Op
from app.sandbox.auth import SessionDep, StateDep
from app.sandbox.catalogue import products_for_variant
from app.sandbox.catalogue_types import Bundle, Prerequisite, Product, Variant
from app.sandbox.pricing import Pricing
from app.sandbox.problems import ProblemError, validation_problem
from app.sandbox.routes_common import (
    DEFAULT_LIMIT,
    MUTUALLY_EXCLUSIVE_PARAMETERS,
    IdPath,
    Limit,
    Offset,
    customer_router,
    operation,
    page,
)
from app.sandbox.routes_vehicles import not_found
from app.sandbox.schemas import MAX_ID, UUID_PATTERN, FavoriteProduct, Page, ProductBundle, ProductGroup
from app.sandbox.schemas import Prerequisite as PrerequisiteOut
from app.sandbox.schemas import Product as ProductOut
from app.sandbox.state import SandboxState, to_iso

router = customer_router("products")

ModelId = Annotated[int, Query(gt=0, le=MAX_ID, description="ID of the vehicle model")]
VariantId = Annotated[int, Query(gt=0, le=MAX_ID, description="ID of the vehicle model variant")]
GroupFilter = Annotated[int | None, Query(gt=0, le=MAX_ID, description="ID of the product group")]

#: One or more positive ids separated by commas (spaces around them allowed): ``1,2,3``.
ID_LIST_PATTERN = r"^ *0*[1-9][0-9]* *(?:, *0*[1-9][0-9]* *)*$"
_ID_LIST = re.compile(ID_LIST_PATTERN)


def vehicle_variant(state: SandboxState, model_id: int, variant_id: int) -> Variant:
    """The variant, checked to exist and to belong to the model."""
    variant = state.index.variant(variant_id)
    if variant is None:
        raise not_found("vehicle-model-variant", variant_id)
    if state.index.model(model_id) is None:
        raise not_found("vehicle-model", model_id)
    if variant.model_id != model_id:
        raise ProblemError(
            400,
            "variant-model-mismatch",
            "Variant does not belong to the model",
            f"Variant {variant_id} is not a variant of model {model_id}.",
        )
    return variant


def offered_products(state: SandboxState, variant: Variant) -> dict[int, Product]:
    """The products offered for a variant, by id, in catalogue order."""
    return {product.id: product for product in products_for_variant(state.catalogue, variant)}


def check_products(state: SandboxState, variant: Variant, product_ids: Iterable[int]) -> list[Product]:
    """The products for ``product_ids``; 400 ``products-not-available`` lists every id not offered."""
    offered = offered_products(state, variant)
    wanted = list(dict.fromkeys(product_ids))
    bad = [pid for pid in wanted if pid not in offered]
    if bad:
        raise ProblemError(
            400,
            "products-not-available",
            "Products not available",
            "These products are not offered for this vehicle: " + ", ".join(str(pid) for pid in bad) + ".",
            product_ids=bad,
        )
    return [offered[pid] for pid in wanted]


def favourite_ids(state: SandboxState, customer_id: int) -> set[int]:
    """The customer's favourite products."""
    with state.lock:
        rows = state.db.execute(
            "SELECT product_id FROM favorites WHERE customer_id = ?", (customer_id,)
        ).fetchall()
    return {int(row["product_id"]) for row in rows}


def _bundle_blocks(bundle: Bundle, offered: dict[int, Product]) -> list[dict[str, Any]] | None:
    blocks: list[dict[str, Any]] = []
    for block in bundle.blocks:
        available = [pid for pid in block.product_ids if pid in offered]
        if not block.optional and len(available) != len(block.product_ids):
            # A bundle whose required work cannot be done on this car is not offered for it.
            return None
        if available:
            blocks.append({"optional": block.optional, "product_ids": [available]})
    return blocks or None


@operation(router, Op.PRODUCT_GROUPS, response_model=Page[ProductGroup])
async def list_product_groups(
    *,
    state: StateDep,
    _session: SessionDep,
    vehicle_model_id: ModelId,
    vehicle_model_variant_id: VariantId,
    offset: Offset = 0,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """The product groups that hold products for this vehicle."""
    variant = vehicle_variant(state, vehicle_model_id, vehicle_model_variant_id)
    used = {product.group_id for product in offered_products(state, variant).values()}
    groups = sorted(
        (g for g in state.catalogue.product_groups if g.id in used), key=lambda g: g.name.casefold()
    )
    return page([{"id": g.id, "name": g.name} for g in groups], offset, limit)


@operation(router, Op.PRODUCT_BUNDLES, response_model=Page[ProductBundle])
async def list_product_bundles(
    *,
    state: StateDep,
    _session: SessionDep,
    vehicle_model_id: ModelId,
    vehicle_model_variant_id: VariantId,
    product_group_id: GroupFilter = None,
    offset: Offset = 0,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """Bundles whose required products are all offered for this vehicle (optionally of one group)."""
    variant = vehicle_variant(state, vehicle_model_id, vehicle_model_variant_id)
    offered = offered_products(state, variant)
    bundles: list[dict[str, Any]] = []
    for bundle in state.catalogue.bundles:
        if product_group_id is not None and bundle.group_id != product_group_id:
            continue
        blocks = _bundle_blocks(bundle, offered)
        if blocks is None:
            continue
        bundles.append(
            {
                "id": bundle.id,
                "product_group_id": bundle.group_id,
                "name": bundle.name,
                "description": bundle.description,
                "reference": bundle.reference,
                "blocks": blocks,
            }
        )
    return page(bundles, offset, limit)


@operation(
    router,
    Op.PRODUCTS,
    response_model=Page[ProductOut],
    # OpenAPI has no keyword for "not both"; the extension says it in a form a tool can read.
    openapi_extra={MUTUALLY_EXCLUSIVE_PARAMETERS: [["product_group_id", "product_bundle_id"]]},
)
async def list_products(
    *,
    state: StateDep,
    session: SessionDep,
    vehicle_model_id: ModelId,
    vehicle_model_variant_id: VariantId,
    product_group_id: Annotated[
        int | None, Query(gt=0, le=MAX_ID, description="Not together with product_bundle_id")
    ] = None,
    product_bundle_id: Annotated[
        str | None, Query(pattern=UUID_PATTERN, description="Not together with product_group_id")
    ] = None,
    is_favorite: Annotated[bool | None, Query(description="true/false or 1/0")] = None,
    offset: Offset = 0,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """Products offered for the vehicle, by group or bundle, with prices and the favourite flag."""
    if product_group_id is not None and product_bundle_id is not None:
        raise validation_problem(
            [
                {"name": "product_group_id", "reason": "cannot be combined with product_bundle_id"},
                {"name": "product_bundle_id", "reason": "cannot be combined with product_group_id"},
            ],
            "Filter by product_group_id or by product_bundle_id, not both.",
        )
    variant = vehicle_variant(state, vehicle_model_id, vehicle_model_variant_id)
    offered = offered_products(state, variant)
    products: Sequence[Product] = list(offered.values())
    if product_group_id is not None:
        if not any(g.id == product_group_id for g in state.catalogue.product_groups):
            raise ProblemError(
                404, "product-group-not-found", "Not found", f"There is no product group {product_group_id}."
            )
        products = [p for p in products if p.group_id == product_group_id]
    if product_bundle_id is not None:
        bundle = state.index.bundle(product_bundle_id.lower())
        if bundle is None:
            raise ProblemError(
                404,
                "product-bundle-not-found",
                "Not found",
                f"There is no product bundle {product_bundle_id}.",
            )
        in_bundle = {pid for block in bundle.blocks for pid in block.product_ids}
        products = [p for p in products if p.id in in_bundle]
    favourites = favourite_ids(state, session.customer_id)
    if is_favorite is not None:
        products = [p for p in products if (p.id in favourites) == is_favorite]
    pricing = Pricing(state.catalogue)
    return page([pricing.product(p, is_favorite=p.id in favourites) for p in products], offset, limit)


@operation(router, Op.ADD_FAVORITE, status_code=204, response_class=Response)
async def add_favorite(state: StateDep, session: SessionDep, body: FavoriteProduct) -> Response:
    """Flag a product as favourite (204; again is fine)."""
    if state.index.product(body.id) is None:
        raise ProblemError(404, "product-not-found", "Not found", f"There is no product {body.id}.")
    with state.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO favorites (customer_id, product_id, created_at) VALUES (?, ?, ?)",
            (session.customer_id, body.id, to_iso(state.now())),
        )
    return Response(status_code=204)


@operation(router, Op.REMOVE_FAVORITE, status_code=204, response_class=Response)
async def remove_favorite(*, state: StateDep, session: SessionDep, product_id: IdPath) -> Response:
    """Remove a product from the favourites (404 when it is not one)."""
    with state.transaction() as db:
        cursor = db.execute(
            "DELETE FROM favorites WHERE customer_id = ? AND product_id = ?",
            (session.customer_id, product_id),
        )
    if cursor.rowcount == 0:
        raise ProblemError(
            404, "favorite-not-found", "Not found", f"Product {product_id} is not a favourite."
        )
    return Response(status_code=204)


def parse_id_list(name: str, values: Sequence[str]) -> list[int]:
    """Ids from ``1,2,3`` and/or repeated parameters; 400 with ``invalid_params`` for anything else.

    A value is accepted exactly when it matches :data:`ID_LIST_PATTERN`, the pattern the document gives.
    """
    ids: list[int] = []
    bad: list[dict[str, str]] = []
    for value in values:
        if _ID_LIST.fullmatch(value):
            ids.extend(int(part) for part in value.split(","))
        else:
            bad.append(
                {"name": name, "reason": f"{value[:64]!r} is not a comma-separated list of positive ids"}
            )
    if not ids and not bad:
        bad.append({"name": name, "reason": "at least one id is required"})
    if bad:
        raise validation_problem(bad)
    return list(dict.fromkeys(ids))


def prerequisite_wire(prerequisite: Prerequisite) -> dict[str, Any]:
    """A prerequisite in the wire shape."""
    return {
        "id": prerequisite.id,
        "name": prerequisite.name,
        "description": prerequisite.description,
        "question": prerequisite.question,
        "required": prerequisite.required,
        "type": prerequisite.type,
        "options": [
            {"id": option.id, "productPrerequisiteId": prerequisite.id, "value": option.value}
            for option in prerequisite.options
        ],
    }


def prerequisites_of(state: SandboxState, products: Iterable[Product]) -> list[Prerequisite]:
    """The union of the products' prerequisites, by id."""
    wanted = sorted({pid for product in products for pid in product.prerequisite_ids})
    found = (state.index.prerequisite(pid) for pid in wanted)
    return [p for p in found if p is not None]


@operation(router, Op.PREREQUISITES, response_model=Page[PrerequisiteOut])
async def list_prerequisites(
    *,
    state: StateDep,
    _session: SessionDep,
    vehicle_model_id: ModelId,
    vehicle_model_variant_id: VariantId,
    product_id: Annotated[
        list[Annotated[str, Field(json_schema_extra={"pattern": ID_LIST_PATTERN})]],
        Query(min_length=1, description="Product ids: 1,2,3 or repeated"),
    ],
    offset: Offset = 0,
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """The questions to answer before ordering these products for this vehicle."""
    ids = parse_id_list("product_id", product_id)
    variant = vehicle_variant(state, vehicle_model_id, vehicle_model_variant_id)
    products = check_products(state, variant, ids)
    return page([prerequisite_wire(p) for p in prerequisites_of(state, products)], offset, limit)
