"""Products: groups, bundles, the products for a vehicle, favourites and prerequisites."""

from __future__ import annotations

from collections.abc import Iterable

from app.api._ops import operation
from app.api.models import FavoriteProductRequest, Prerequisite, Product, ProductBundle, ProductGroup
from app.api.paging import AsyncPager
from app.api.resources._base import Resource
from app.domain.contract.customer_api import Op

__all__ = ["ProductsResource"]


class ProductsResource(Resource):
    """``api.products``."""

    @operation(Op.PRODUCT_GROUPS)
    def groups(
        self,
        model_id: int,
        variant_id: int,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> AsyncPager[ProductGroup]:
        """The product groups offered for a model and variant."""
        return self._pager(
            Op.PRODUCT_GROUPS,
            ProductGroup,
            params={"vehicle_model_id": model_id, "vehicle_model_variant_id": variant_id},
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    @operation(Op.PRODUCT_BUNDLES)
    def bundles(
        self,
        model_id: int,
        variant_id: int,
        *,
        product_group_id: int | None = None,
        page_size: int = 100,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> AsyncPager[ProductBundle]:
        """The bundles for a model and variant, optionally of one product group."""
        return self._pager(
            Op.PRODUCT_BUNDLES,
            ProductBundle,
            params={
                "vehicle_model_id": model_id,
                "vehicle_model_variant_id": variant_id,
                "product_group_id": product_group_id,
            },
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    @operation(Op.PRODUCTS)
    def list(
        self,
        model_id: int,
        variant_id: int,
        *,
        product_group_id: int | None = None,
        product_bundle_id: str | None = None,
        is_favorite: bool | None = None,
        page_size: int = 100,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> AsyncPager[Product]:
        """The products for a model and variant: of a group OR of a bundle, optionally favourites only.

        Raises:
            ValueError: both a group and a bundle were given (the API refuses the combination).
        """
        if product_group_id is not None and product_bundle_id is not None:
            raise ValueError("give product_group_id or product_bundle_id, not both")
        return self._pager(
            Op.PRODUCTS,
            Product,
            params={
                "vehicle_model_id": model_id,
                "vehicle_model_variant_id": variant_id,
                "product_group_id": product_group_id,
                "product_bundle_id": product_bundle_id,
                "is_favorite": is_favorite,
            },
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    @operation(Op.ADD_FAVORITE)
    async def add_favorite(
        self,
        product: Product | int,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Product | None:
        """Flag a product as a favourite; the server's copy of the product when it sends one back."""
        product_id = product.id if isinstance(product, Product) else product
        return await self._http.call_optional_model(
            Op.ADD_FAVORITE, Product, body=FavoriteProductRequest(id=product_id).to_wire(), timeout=timeout
        )

    @operation(Op.REMOVE_FAVORITE)
    async def remove_favorite(
        self,
        product: Product | int,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> None:
        """Remove a product from the favourites."""
        product_id = product.id if isinstance(product, Product) else product
        await self._http.call_no_content(
            Op.REMOVE_FAVORITE, path_params={"product_id": product_id}, timeout=timeout
        )

    @operation(Op.PREREQUISITES)
    def prerequisites(
        self,
        model_id: int,
        variant_id: int,
        product_ids: Iterable[int],
        *,
        page_size: int = 100,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> AsyncPager[Prerequisite]:
        """The questions to answer before ordering ``product_ids`` for a model and variant.

        Raises:
            ValueError: no product ids (the API needs at least one).
        """
        ids = tuple(dict.fromkeys(product_ids))
        if not ids:
            raise ValueError("name at least one product")
        return self._pager(
            Op.PREREQUISITES,
            Prerequisite,
            params={"vehicle_model_id": model_id, "vehicle_model_variant_id": variant_id, "product_id": ids},
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )
