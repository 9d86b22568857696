"""Vehicles: search by VIN, the make → model group → model → variant cascade, and serviced vehicles."""

from __future__ import annotations

from app.api._ops import operation
from app.api.errors import NotFoundError
from app.api.models import Make, Model, ModelGroup, ModelVariant, ServicedVehicle, VehicleSearchResult
from app.api.paging import AsyncPager
from app.api.resources._base import Resource
from app.domain.contract.customer_api import Op

__all__ = ["VehiclesResource"]


class VehiclesResource(Resource):
    """``api.vehicles``."""

    @operation(Op.VEHICLE_SEARCH)
    async def search(
        self,
        vin: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> VehicleSearchResult | None:
        """What the VIN resolves to, or None when the catalogue does not know the vehicle.

        Raises:
            BadRequestError: the VIN is not well formed (the server's detail says why).
        """
        try:
            return await self._http.call_model(
                Op.VEHICLE_SEARCH, VehicleSearchResult, params={"vin": vin}, timeout=timeout
            )
        except NotFoundError:
            return None

    @operation(Op.MAKES)
    def makes(
        self, *, page_size: int = 100, max_items: int | None = None, timeout: float | None = None
    ) -> AsyncPager[Make]:
        """Every vehicle make."""
        return self._pager(Op.MAKES, Make, page_size=page_size, max_items=max_items, timeout=timeout)

    @operation(Op.MODEL_GROUPS)
    def model_groups(
        self,
        make_id: int,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> AsyncPager[ModelGroup]:
        """The model groups of a make."""
        return self._pager(
            Op.MODEL_GROUPS,
            ModelGroup,
            params={"vehicle_make_id": make_id},
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    @operation(Op.MODEL_GROUP)
    async def model_group(
        self,
        model_group_id: int,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> ModelGroup:
        """One model group."""
        return await self._http.call_model(
            Op.MODEL_GROUP, ModelGroup, path_params={"model_group_id": model_group_id}, timeout=timeout
        )

    @operation(Op.MODELS)
    def models(
        self,
        model_group_id: int,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> AsyncPager[Model]:
        """The models of a model group."""
        return self._pager(
            Op.MODELS,
            Model,
            params={"vehicle_model_group_id": model_group_id},
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    @operation(Op.MODEL)
    async def model(self, model_id: int, *, timeout: float | None = None) -> Model:  # noqa: ASYNC109
        """One model."""
        return await self._http.call_model(
            Op.MODEL, Model, path_params={"model_id": model_id}, timeout=timeout
        )

    @operation(Op.MODEL_VARIANTS)
    def model_variants(
        self,
        model_id: int,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> AsyncPager[ModelVariant]:
        """The variants of a model."""
        return self._pager(
            Op.MODEL_VARIANTS,
            ModelVariant,
            params={"vehicle_model_id": model_id},
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    @operation(Op.MODEL_VARIANT)
    async def model_variant(
        self,
        model_variant_id: int,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> ModelVariant:
        """One variant."""
        return await self._http.call_model(
            Op.MODEL_VARIANT,
            ModelVariant,
            path_params={"model_variant_id": model_variant_id},
            timeout=timeout,
        )

    @operation(Op.SERVICED_VEHICLES)
    def serviced(
        self, *, page_size: int = 100, max_items: int | None = None, timeout: float | None = None
    ) -> AsyncPager[ServicedVehicle]:
        """Vehicles the workshop served, most recent first."""
        return self._pager(
            Op.SERVICED_VEHICLES,
            ServicedVehicle,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )
