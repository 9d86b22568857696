"""Prices as the Customer API writes them: an amount in two currencies, discounts, and totals."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from app.api.models._base import ApiModel, LooseStr
from app.domain.money import Money

__all__ = ["DeprecatedPrice", "Discount", "DiscountType", "Price", "PriceTotals"]

DiscountType = Literal["percentual", "amount"]


class Price(ApiModel):
    """An amount in the service provider's currency and, localized, in the customer's."""

    currency: str
    value: Decimal
    localized_value: Decimal | None = None
    localized_currency: str | None = None

    @property
    def money(self) -> Money:
        """The amount in the service provider's currency."""
        return Money.of(self.value, self.currency)

    @property
    def localized_money(self) -> Money | None:
        """The amount in the customer's currency, when the server gave it."""
        if self.localized_value is None or not self.localized_currency:
            return None
        return Money.of(self.localized_value, self.localized_currency)


class Discount(ApiModel):
    """A discount: ``percentual`` (with ``percentage``) or ``amount``; ``price`` is what it takes off."""

    # Kept as a plain string beside the known kinds: a new kind must not break the price screen.
    type: DiscountType | str | None = None
    percentage: Decimal | None = None
    price: Price | None = None


class PriceTotals(ApiModel):
    """Gross, net and the discount between them, for a line or a whole cart."""

    gross_price: Price | None = None
    net_price: Price | None = None
    total_discount: Discount | None = None


class DeprecatedPrice(ApiModel):
    """The old ``price`` object of a product (deprecated by the API; kept only to read old answers)."""

    price_original: Decimal | None = None
    price_final: Decimal | None = None
    partner_price: Decimal | None = None
    contains_discount: bool | None = None
    currency: LooseStr | None = None
