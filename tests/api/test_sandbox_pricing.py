"""The sandbox's price maths as pure functions: cases the sample catalogue does not reach."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.sandbox.catalogue import build_catalogue
from app.sandbox.catalogue_types import Product, Voucher
from app.sandbox.pricing import Pricing, calculate_cart, cents, check_voucher, percentage_of
from app.sandbox.problems import ProblemError


def product(product_id: int, price: str, *, discount: str = "0", fee: str | None = None) -> Product:
    return Product(
        id=product_id,
        item_number=str(100000 + product_id),
        name=f"Test work {product_id}",
        internal_name=f"Test work {product_id}",
        description="",
        group_id=1,
        is_unattended=False,
        list_price=Decimal(price),
        discount_percent=Decimal(discount),
        oe_service_fee=None if fee is None else Decimal(fee),
        prerequisite_ids=(),
    )


@pytest.fixture(scope="module")
def pricing() -> Pricing:
    return Pricing(build_catalogue())


def test_rounding_is_half_up_to_cents() -> None:
    assert cents(Decimal("0.005")) == Decimal("0.01")
    assert cents(Decimal("2.675")) == Decimal("2.68")
    assert percentage_of(Decimal(1), Decimal(3)) == Decimal("33.33")
    assert percentage_of(Decimal(1), Decimal(0)) == Decimal("0.00")


def test_standing_discount_rounds_per_line(pricing: Pricing) -> None:
    line = Pricing.amounts(product(1, "33.33", discount="12.5"))
    assert line.discount == Decimal("4.17")  # 4.16625 half-up
    assert line.net == Decimal("29.16")
    price = pricing.price(Decimal("29.16"))
    assert price["localized_value"] == cents(Decimal("29.16") * pricing.rate)


def test_amount_voucher_is_capped_at_the_eligible_sub_total(pricing: Pricing) -> None:
    cheap = product(1, "19.90", fee="5.00")
    voucher = Voucher(code="TEST25", kind="amount", value=Decimal("25.00"), description="")
    answer = calculate_cart(pricing, [cheap], voucher, vehicle_model_id=1, vehicle_model_variant_id=2)
    assert answer["voucher_discount"]["price"]["value"] == Decimal("19.90")
    assert answer["voucher_discount"]["percentage"] == Decimal("100.00")
    assert answer["voucher_sub_total"]["net_price"]["value"] == Decimal("0.00")
    # The OE fee is never paid by a voucher.
    assert answer["total"]["net_price"]["value"] == Decimal("5.00")
    assert answer["total"]["gross_price"]["value"] == Decimal("24.90")


def test_limited_voucher_counts_only_its_products(pricing: Pricing) -> None:
    first, second = product(1, "100.00", discount="10"), product(2, "50.00")
    voucher = Voucher(code="ONLY1", kind="percent", value=Decimal(15), description="", product_ids=(1,))
    answer = calculate_cart(pricing, [first, second], voucher, vehicle_model_id=1, vehicle_model_variant_id=2)
    assert answer["voucher_discount"]["price"]["value"] == Decimal("13.50")  # 15 % of 90.00
    assert answer["sub_total"]["net_price"]["value"] == Decimal("140.00")
    assert answer["voucher_sub_total"]["net_price"]["value"] == Decimal("126.50")
    assert answer["total"]["total_discount"]["price"]["value"] == Decimal("23.50")


def test_voucher_checks() -> None:
    catalogue = build_catalogue()
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert check_voucher(catalogue, " welcome10 ", [1], now).code == "WELCOME10"
    with pytest.raises(ProblemError) as expired:
        check_voucher(catalogue, "SUMMER2025", [1], now)
    assert expired.value.detail == "The voucher SUMMER2025 expired on 30 September 2025."
    # Before its expiry the same voucher works.
    assert check_voucher(catalogue, "SUMMER2025", [1], datetime(2025, 9, 1, tzinfo=UTC)).code == "SUMMER2025"
    with pytest.raises(ProblemError) as unknown:
        check_voucher(catalogue, "NOPE", [1], now)
    assert unknown.value.status == 400
    assert unknown.value.extensions == {"voucher": "NOPE"}
