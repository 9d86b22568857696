"""The cart: the server's price for a set of products."""

from __future__ import annotations

from app.api._ops import operation
from app.api.models import PriceCalculation, PriceRequest
from app.api.resources._base import Resource
from app.domain.contract.customer_api import Op

__all__ = ["CartResource"]


class CartResource(Resource):
    """``api.cart``."""

    @operation(Op.CALCULATE_PRICES)
    async def calculate_prices(
        self,
        request: PriceRequest,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> PriceCalculation:
        """Price the products for a vehicle, with the voucher if any.

        Raises:
            BadRequestError: e.g. a product not offered for the vehicle, or a voucher refused (the problem's
                slug is ``voucher-invalid`` and its detail says why).
        """
        return await self._http.call_model(
            Op.CALCULATE_PRICES, PriceCalculation, body=request.to_wire(), timeout=timeout
        )
