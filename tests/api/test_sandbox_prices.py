"""Price calculation of the sandbox: exact Decimal totals, vouchers of every kind, refusals."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from app.domain.contract.customer_api import Op
from app.sandbox.catalogue_types import Product, Variant
from app.sandbox.runner import SandboxThread
from tests.api.sandbox_support import Session, logged_in, offered, problem, variant_of

CENT = Decimal("0.01")


def money(value: Any) -> Decimal:
    """A JSON number read back exactly."""
    return Decimal(str(value))


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@pytest.fixture
def api(sandbox: SandboxThread) -> Iterator[Session]:
    with logged_in(sandbox) as session:
        yield session


@pytest.fixture
def variant(sandbox: SandboxThread, api: Session) -> Variant:
    return variant_of(sandbox.catalogue, api.connector)


def cart(api: Session, variant: Variant, products: list[Product], voucher: str | None = None) -> Any:
    body = {
        "vehicle_model_id": variant.model_id,
        "vehicle_model_variant_id": variant.id,
        "vin": api.connector.vin_number,
        "product_ids": [p.id for p in products],
        "voucher": voucher,
    }
    return api.call(Op.CALCULATE_PRICES, json=body)


def mixed_products(sandbox: SandboxThread, variant: Variant) -> list[Product]:
    """One product with a standing discount, one with an OE fee, one plain (as the catalogue offers)."""
    products = offered(sandbox.catalogue, variant)
    discounted = next(p for p in products if p.discount_percent > 0)
    with_fee = next(p for p in products if p.oe_service_fee is not None and p is not discounted)
    plain = next(p for p in products if p.discount_percent == 0 and p.oe_service_fee is None)
    return [discounted, with_fee, plain]


def test_totals_are_exact(sandbox: SandboxThread, api: Session, variant: Variant) -> None:
    products = mixed_products(sandbox, variant)
    response = cart(api, variant, products)
    assert response.status_code == 200
    answer = response.json()
    rate = sandbox.catalogue.exchange_rate

    gross = [p.list_price for p in products]
    discounts = [cents(p.list_price * p.discount_percent / 100) for p in products]
    nets = [g - d for g, d in zip(gross, discounts, strict=True)]
    fees = sum((p.oe_service_fee for p in products if p.oe_service_fee is not None), Decimal(0))

    for item, product, net in zip(answer["items"], products, nets, strict=True):
        assert item["product_id"] == product.id
        assert money(item["gross_price"]["value"]) == product.list_price
        assert money(item["net_price"]["value"]) == net
        assert money(item["net_price"]["localized_value"]) == cents(net * rate)
        assert money(item["total_discount"]["percentage"]) == product.discount_percent
    assert money(answer["sub_total"]["gross_price"]["value"]) == sum(gross)
    assert money(answer["sub_total"]["net_price"]["value"]) == sum(nets)
    assert money(answer["sub_total"]["total_discount"]["price"]["value"]) == sum(discounts)
    assert answer["sub_total"]["total_discount"]["type"] == "amount"
    assert money(answer["original_equipment_service_fee"]["net_price"]["value"]) == fees
    assert money(answer["total"]["gross_price"]["value"]) == sum(gross) + fees
    assert money(answer["total"]["net_price"]["value"]) == sum(nets) + fees
    assert money(answer["total"]["net_price"]["localized_value"]) == cents((sum(nets) + fees) * rate)
    assert answer["total"]["net_price"]["currency"] == sandbox.catalogue.provider_currency
    assert answer["voucher"] is None
    assert answer["voucher_discount"] is None
    assert answer["voucher_sub_total"] == answer["sub_total"]
    assert answer["needs_confirmation_for_unattended_service"] is False


def test_money_is_sent_as_json_numbers(sandbox: SandboxThread, api: Session, variant: Variant) -> None:
    response = cart(api, variant, mixed_products(sandbox, variant))
    price = response.json()["total"]["net_price"]
    assert isinstance(price["value"], int | float)
    assert isinstance(price["localized_value"], int | float)
    assert '"value":"' not in response.text.replace(" ", "")


def test_percent_voucher(sandbox: SandboxThread, api: Session, variant: Variant) -> None:
    products = mixed_products(sandbox, variant)
    plain = cart(api, variant, products).json()
    answer = cart(api, variant, products, voucher="welcome10").json()
    sub_net = money(plain["sub_total"]["net_price"]["value"])
    discount = cents(sub_net * Decimal("0.10"))
    assert answer["voucher"] == "WELCOME10"
    assert answer["voucher_discount"]["type"] == "percentual"
    assert money(answer["voucher_discount"]["percentage"]) == 10
    assert money(answer["voucher_discount"]["price"]["value"]) == discount
    assert money(answer["voucher_sub_total"]["net_price"]["value"]) == sub_net - discount
    assert (
        money(answer["total"]["net_price"]["value"]) == money(plain["total"]["net_price"]["value"]) - discount
    )


def test_amount_voucher(sandbox: SandboxThread, api: Session, variant: Variant) -> None:
    spring = next(v for v in sandbox.catalogue.vouchers if v.code == "SPRING25")
    products = mixed_products(sandbox, variant)
    plain = cart(api, variant, products).json()
    answer = cart(api, variant, products, voucher=spring.code).json()
    sub_net = money(plain["sub_total"]["net_price"]["value"])
    assert answer["voucher_discount"]["type"] == "amount"
    assert money(answer["voucher_discount"]["price"]["value"]) == spring.value
    assert money(answer["voucher_discount"]["percentage"]) == cents(spring.value / sub_net * 100)
    assert (
        money(answer["total"]["net_price"]["value"])
        == money(plain["total"]["net_price"]["value"]) - spring.value
    )
    assert money(answer["total"]["total_discount"]["price"]["value"]) == money(
        answer["total"]["gross_price"]["value"]
    ) - money(answer["total"]["net_price"]["value"])


def test_expired_voucher_is_refused_with_its_date(
    api: Session, sandbox: SandboxThread, variant: Variant
) -> None:
    products = mixed_products(sandbox, variant)
    body = problem(cart(api, variant, products, voucher="SUMMER2025"), 400, "voucher-invalid")
    assert body["detail"] == "The voucher SUMMER2025 expired on 30 September 2025."
    assert body["voucher"] == "SUMMER2025"
    unknown = problem(cart(api, variant, products, voucher="NOPE"), 400, "voucher-invalid")
    assert unknown["voucher"] == "NOPE"


def test_voucher_limited_to_products(sandbox: SandboxThread, api: Session) -> None:
    voucher = next(v for v in sandbox.catalogue.vouchers if v.code == "ADAS20")
    # Find a connector whose car is offered one of the voucher's products.
    for connector in sandbox.catalogue.connectors:
        if connector.variant_id is None:
            continue
        variant = variant_of(sandbox.catalogue, connector)
        products = offered(sandbox.catalogue, variant)
        eligible = [p for p in products if p.id in voucher.product_ids]
        others = [p for p in products if p.id not in voucher.product_ids]
        if eligible and others:
            break
    else:
        pytest.fail("no sample car is offered a product of a limited voucher")
    refused = problem(cart(api, variant, others[:1], voucher=voucher.code), 400, "voucher-invalid")
    assert "does not apply" in refused["detail"]
    answer = cart(api, variant, [eligible[0], others[0]], voucher=voucher.code).json()
    eligible_net = money(answer["items"][0]["net_price"]["value"])
    expected = (
        cents(eligible_net * voucher.value / 100)
        if voucher.kind == "percent"
        else min(voucher.value, eligible_net)
    )
    assert money(answer["voucher_discount"]["price"]["value"]) == expected


def test_unattended_products_need_confirmation(
    sandbox: SandboxThread, api: Session, variant: Variant
) -> None:
    products = offered(sandbox.catalogue, variant)
    unattended = next(p for p in products if p.is_unattended)
    answer = cart(api, variant, [unattended]).json()
    assert answer["needs_confirmation_for_unattended_service"] is True
    assert answer["items"][0]["product_is_unattended"] is True


def test_products_must_be_offered_for_the_variant(
    sandbox: SandboxThread, api: Session, variant: Variant
) -> None:
    offered_ids = {p.id for p in offered(sandbox.catalogue, variant)}
    foreign = next(p for p in sandbox.catalogue.products if p.id not in offered_ids)
    mine = next(iter(offered_ids))
    body = {
        "vehicle_model_id": variant.model_id,
        "vehicle_model_variant_id": variant.id,
        "product_ids": [mine, foreign.id, 999_999],
    }
    refused = problem(api.call(Op.CALCULATE_PRICES, json=body), 400, "products-not-available")
    assert refused["product_ids"] == [foreign.id, 999_999]


def test_price_request_validation(api: Session, variant: Variant) -> None:
    base = {"vehicle_model_id": variant.model_id, "vehicle_model_variant_id": variant.id, "product_ids": []}
    assert api.call(Op.CALCULATE_PRICES, json=base).status_code == 200
    bad_vin = problem(api.call(Op.CALCULATE_PRICES, json={**base, "vin": "SHORT"}), 400, "invalid-request")
    assert bad_vin["invalid_params"][0]["name"] == "vin"
    no_ids = problem(api.call(Op.CALCULATE_PRICES, json={"vehicle_model_id": 1}), 400, "invalid-request")
    assert {p["name"] for p in no_ids["invalid_params"]} >= {"vehicle_model_variant_id", "product_ids"}
    prepared = {**base, "prepared_ticket_id": "00000000-0000-4000-8000-000000000000"}
    problem(api.call(Op.CALCULATE_PRICES, json=prepared), 400, "prepared-ticket-invalid")
