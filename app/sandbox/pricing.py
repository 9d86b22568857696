"""Price maths of the sandbox: product prices, standing discounts, vouchers and cart totals.

All amounts are ``Decimal`` in the service provider's currency, rounded half-up to cents at each priced
line; the localized amount is the rounded amount times the catalogue's exchange rate, rounded again.

Aggregates (``sub_total``, ``voucher_sub_total``, ``total``, OE fees) carry ``total_discount`` of type
``amount`` with ``percentage`` = discount / gross x 100 (2 decimals), since several lines with different
percentages have no single percentual discount. ``voucher_sub_total`` is the sub-total after the voucher
(the seed does not define it; this is what a price summary needs to show).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.sandbox.catalogue_types import Catalogue, Product, Voucher
from app.sandbox.problems import ProblemError

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
ZERO = Decimal("0.00")


def cents(amount: Decimal) -> Decimal:
    """``amount`` rounded half-up to cents."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def percentage_of(part: Decimal, whole: Decimal) -> Decimal:
    """``part`` as a percentage of ``whole`` (2 decimals; 0 when ``whole`` is 0)."""
    if whole == 0:
        return ZERO
    return cents(part / whole * HUNDRED)


def _human_date(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


@dataclass(frozen=True, slots=True)
class LineAmounts:
    """The priced amounts of one product."""

    gross: Decimal
    discount: Decimal
    net: Decimal
    fee: Decimal | None


class Pricing:
    """Wire-format prices for one catalogue (its currencies and exchange rate)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.currency = catalogue.provider_currency
        self.localized_currency = catalogue.customer_currency
        self.rate = catalogue.exchange_rate

    def price(self, amount: Decimal) -> dict[str, Any]:
        """``{currency, value, localized_value, localized_currency}`` of an amount."""
        value = cents(amount)
        return {
            "currency": self.currency,
            "value": value,
            "localized_value": cents(value * self.rate),
            "localized_currency": self.localized_currency,
        }

    def discount(self, kind: str, percentage: Decimal, amount: Decimal) -> dict[str, Any]:
        """``{type, percentage, price}``."""
        return {"type": kind, "percentage": cents(percentage), "price": self.price(amount)}

    def totals(self, gross: Decimal, net: Decimal) -> dict[str, Any]:
        """``{gross_price, net_price, total_discount}`` of an aggregate."""
        discount = gross - net
        return {
            "gross_price": self.price(gross),
            "net_price": self.price(net),
            "total_discount": self.discount("amount", percentage_of(discount, gross), discount),
        }

    @staticmethod
    def amounts(product: Product) -> LineAmounts:
        """Gross, standing discount, net and OE fee of one product."""
        gross = cents(product.list_price)
        discount = cents(gross * product.discount_percent / HUNDRED)
        fee = None if product.oe_service_fee is None else cents(product.oe_service_fee)
        return LineAmounts(gross, discount, gross - discount, fee)

    def product(self, product: Product, *, is_favorite: bool) -> dict[str, Any]:
        """A product in the wire shape of seed 001, prices included."""
        line = self.amounts(product)
        return {
            "id": product.id,
            "item_number": product.item_number,
            "name": product.name,
            "internal_name": product.internal_name,
            "description": product.description,
            "is_favorite": is_favorite,
            "is_unattended": product.is_unattended,
            "gross_price": self.price(line.gross),
            "net_price": self.price(line.net),
            "total_discount": self.discount("percentual", product.discount_percent, line.discount),
            "original_equipment_service_fee": None if line.fee is None else self.price(line.fee),
            # Deprecated by the API but still sent: older clients read only this object.
            "price": {
                "price_original": line.gross,
                "price_final": line.net,
                "partner_price": line.net,
                "contains_discount": line.discount > 0,
                "currency": self.currency,
            },
        }

    def cart_item(self, product: Product) -> dict[str, Any]:
        """One line of a price calculation."""
        line = self.amounts(product)
        return {
            "description": product.name,
            "product_id": product.id,
            "product_item_number": product.item_number,
            "product_name": product.name,
            "product_internal_name": product.internal_name,
            "product_description": product.description,
            "product_is_unattended": product.is_unattended,
            "gross_price": self.price(line.gross),
            "net_price": self.price(line.net),
            "total_discount": self.discount("percentual", product.discount_percent, line.discount),
            "original_equipment_service_fee": None if line.fee is None else self.price(line.fee),
        }


def find_voucher(catalogue: Catalogue, code: str) -> Voucher | None:
    """The voucher with ``code`` (case and surrounding spaces do not matter)."""
    wanted = code.strip().upper()
    return next((v for v in catalogue.vouchers if v.code.upper() == wanted), None)


def voucher_invalid(code: str, detail: str) -> ProblemError:
    """The 400 answer to a voucher that cannot be used."""
    return ProblemError(400, "voucher-invalid", "Voucher not valid", detail, voucher=code)


def check_voucher(catalogue: Catalogue, code: str, product_ids: Iterable[int], now: datetime) -> Voucher:
    """The usable voucher for ``code`` and these products, or the ``voucher-invalid`` problem."""
    voucher = find_voucher(catalogue, code)
    shown = code.strip()
    if voucher is None:
        raise voucher_invalid(shown, f"There is no voucher {shown}.")
    if voucher.expires_at is not None and voucher.expires_at <= now:
        raise voucher_invalid(
            voucher.code, f"The voucher {voucher.code} expired on {_human_date(voucher.expires_at)}."
        )
    if voucher.product_ids and not set(voucher.product_ids) & set(product_ids):
        raise voucher_invalid(
            voucher.code, f"The voucher {voucher.code} does not apply to any chosen product."
        )
    return voucher


def calculate_cart(
    pricing: Pricing,
    products: Sequence[Product],
    voucher: Voucher | None,
    *,
    vehicle_model_id: int,
    vehicle_model_variant_id: int,
) -> dict[str, Any]:
    """The price calculation answer of seed 001 for ``products`` and an already checked voucher."""
    lines = [(product, pricing.amounts(product)) for product in products]
    gross = sum((line.gross for _, line in lines), ZERO)
    net = sum((line.net for _, line in lines), ZERO)
    fees = sum((line.fee for _, line in lines if line.fee is not None), ZERO)

    voucher_amount = ZERO
    voucher_discount = None
    if voucher is not None:
        eligible = sum(
            (
                line.net
                for product, line in lines
                if not voucher.product_ids or product.id in voucher.product_ids
            ),
            ZERO,
        )
        if voucher.kind == "percent":
            voucher_amount = cents(eligible * voucher.value / HUNDRED)
            voucher_discount = pricing.discount("percentual", voucher.value, voucher_amount)
        else:
            # An amount voucher never pays out more than the products it applies to cost.
            voucher_amount = min(cents(voucher.value), eligible)
            voucher_discount = pricing.discount(
                "amount", percentage_of(voucher_amount, eligible), voucher_amount
            )

    after_voucher = net - voucher_amount
    return {
        "voucher": None if voucher is None else voucher.code,
        "voucher_discount": voucher_discount,
        "vehicle_model_id": vehicle_model_id,
        "vehicle_model_variant_id": vehicle_model_variant_id,
        "needs_confirmation_for_unattended_service": any(product.is_unattended for product in products),
        "sub_total": pricing.totals(gross, net),
        "voucher_sub_total": pricing.totals(gross, after_voucher),
        "original_equipment_service_fee": pricing.totals(fees, fees),
        "total": pricing.totals(gross + fees, after_voucher + fees),
        "items": [pricing.cart_item(product) for product, _ in lines],
    }


def total_due(cart: dict[str, Any]) -> Decimal:
    """What the workshop pays for a calculated cart, in the provider's currency."""
    return Decimal(str(cart["total"]["net_price"]["value"]))
