"""PricingService against the sandbox: the quote in two currencies, vouchers, the unattended flag, the wallet
and the service center.

:func:`sample_draft` (a complete draft for the sample Golf, logged in) is shared with the ticket and page
tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.api import CustomerApi
from app.api.models import Prerequisite
from app.domain.contract.customer_api import Op
from app.domain.money import Money
from app.domain.wizard import (
    Answer,
    LoginState,
    PrerequisiteSpec,
    PrerequisitesState,
    PriceState,
    ProductChoice,
    ProductsState,
    Step,
    VehicleChoice,
    VehicleState,
    WizardDraft,
)
from app.sandbox.runner import SandboxThread
from app.services.errors import Failure, ServiceError
from app.services.pricing import Amount, PricingService, Quote, VoucherStatus, Wallet
from tests.api.conftest import requests_for
from tests.samples import GOLF_UUID

#: Remote diagnostic support (EUR 59.00, no fee) and tow bar coding OE retrofit (EUR 69.00 + EUR 12.50 fee).
TWO_PRODUCTS = (52322, 52312)
#: ECU software update: runs as an unattended service.
UNATTENDED_PRODUCT = 52361


def golf(sandbox: SandboxThread) -> dict[str, Any]:
    """The sample connector in the VW Golf VIII (online, DoIP, VIN read)."""
    return next(c for c in sandbox.admin.connectors() if c["uuid"] == GOLF_UUID)


def answer_for(prerequisite: Prerequisite) -> str:
    """A valid answer of the question's type."""
    if prerequisite.type == "boolean":
        return "true"
    if prerequisite.type == "number":
        return "48210"
    if prerequisite.type == "choice" and prerequisite.options:
        return prerequisite.options[0].value
    return "Checked by the workshop"


async def sample_draft(
    api: CustomerApi,
    connector: dict[str, Any],
    product_ids: Sequence[int] = TWO_PRODUCTS,
    *,
    voucher: str = "",
    step: Step = Step.PRICE,
) -> WizardDraft:
    """A draft as the pages leave it for the connector's car: logged in, car found, products chosen,
    every question answered (``api`` must be logged in)."""
    vin = connector["vin_number"]
    found = await api.vehicles.search(vin)
    assert found is not None
    model_id, variant_id = found.model.id, found.model_variant.id
    offered = {p.id: p for p in await api.products.list(model_id, variant_id).all()}
    chosen = tuple(
        ProductChoice(id=pid, name=offered[pid].name or "", unattended=offered[pid].is_unattended)
        for pid in product_ids
    )
    ids = tuple(product_ids)
    questions = await api.products.prerequisites(model_id, variant_id, ids).all()
    specs = tuple(
        PrerequisiteSpec(
            id=q.id,
            kind=q.type,
            required=q.required,
            options=tuple(o.value for o in q.options),
            label=q.name or "",
        )
        for q in questions
    )
    answers = tuple(Answer(definition_id=q.id, value=answer_for(q)) for q in questions)
    return WizardDraft(
        step=step,
        login=LoginState(
            connector_uuid=connector["uuid"],
            connector_id=connector["id"],
            supports_doip=connector["supports_doip"],
            connector_vin=vin,
        ),
        vehicle=VehicleState(
            vin=vin,
            vin_source="connector",
            vin_valid=True,
            vehicle=VehicleChoice(
                make_id=found.make.id,
                make_name=found.make.name,
                model_group_id=found.model_group.id,
                model_group_name=found.model_group.name,
                model_id=model_id,
                model_name=found.model.name,
                variant_id=variant_id,
                variant_name=found.model_variant.name,
                requires_doip=found.model_variant.requires_doip or found.model.requires_doip,
            ),
        ),
        products=ProductsState(products=chosen),
        prerequisites=PrerequisitesState(specs=specs, for_products=ids, answers=answers),
        price=PriceState(voucher=voucher),
    )


@pytest.fixture
def pricing(api: CustomerApi) -> PricingService:
    return PricingService(api)


def with_voucher(draft: WizardDraft, voucher: str) -> WizardDraft:
    return draft.model_copy(update={"price": PriceState(voucher=voucher)})


def assert_adds_up(quote: Quote) -> None:
    """Lines, sub-total, fees and total agree in both currencies (within a cent per line for rounding)."""
    zero = Amount.zero_like(quote.total)
    nets = zero
    for line in quote.lines:
        nets += line.net
    assert quote.sub_total.money == nets.money
    fees = zero
    for line in quote.lines:
        if line.oe_fee is not None:
            fees += line.oe_fee
    assert quote.oe_fees.money == fees.money
    voucher = (
        quote.voucher_discount.money if quote.voucher_discount else Money.zero(quote.total.money.currency)
    )
    assert quote.total.money == quote.sub_total.money - voucher + quote.oe_fees.money
    assert quote.total.localized is not None
    assert quote.sub_total.localized is not None
    assert nets.localized is not None
    # Each localized amount is rounded on its own: sums may differ by a cent per line.
    assert abs(quote.sub_total.localized.amount - nets.localized.amount) <= Decimal("0.01") * len(quote.lines)


@pytest.mark.asyncio
async def test_a_quote_for_two_products_has_lines_fees_and_totals_in_both_currencies(
    pricing: PricingService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    draft = await sample_draft(api, golf(sandbox))
    quote = await pricing.quote(draft)

    assert quote.quoted_for == (TWO_PRODUCTS, "")
    assert [line.product_id for line in quote.lines] == list(TWO_PRODUCTS)
    assert [line.name for line in quote.lines] == [p.name for p in draft.products.products]
    diagnosis, tow_bar = quote.lines
    assert diagnosis.net.money == Money.of("59.00", "EUR")
    assert diagnosis.oe_fee is None
    assert tow_bar.net.money == Money.of("69.00", "EUR")
    assert tow_bar.oe_fee is not None
    assert tow_bar.oe_fee.money == Money.of("12.50", "EUR")
    assert quote.sub_total.money == Money.of("128.00", "EUR")
    assert quote.oe_fees.money == Money.of("12.50", "EUR")
    assert quote.total.money == Money.of("140.50", "EUR")
    assert quote.total.localized is not None
    assert quote.total.localized.currency == "DKK"
    # The sandbox's rate: 1 EUR = 7.4604 DKK.
    assert abs(quote.total.localized.amount - Decimal("140.50") * Decimal("7.4604")) < Decimal("0.05")
    assert quote.voucher_status == VoucherStatus.NONE
    assert not quote.needs_unattended_confirmation
    assert_adds_up(quote)
    sent = requests_for(sandbox, Op.CALCULATE_PRICES)
    assert len(sent) == 1


@pytest.mark.asyncio
async def test_an_accepted_voucher_is_applied_and_named(
    pricing: PricingService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    draft = await sample_draft(api, golf(sandbox), voucher="  welcome10 ")
    quote = await pricing.quote(draft)

    assert quote.voucher_status == VoucherStatus.ACCEPTED
    assert quote.voucher_code == "WELCOME10"
    assert quote.voucher == "welcome10"
    assert quote.quoted_for == (TWO_PRODUCTS, "welcome10")
    assert quote.voucher_percentage == Decimal(10)
    assert quote.voucher_discount is not None
    assert quote.voucher_discount.money == Money.of("12.80", "EUR")
    assert quote.total.money == Money.of("127.70", "EUR")
    assert_adds_up(quote)


@pytest.mark.asyncio
async def test_a_refused_voucher_keeps_the_price_without_it_and_the_servers_reason(
    pricing: PricingService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    draft = await sample_draft(api, golf(sandbox), voucher="SUMMER2025")
    sandbox.admin.clear_requests()
    quote = await pricing.quote(draft)

    assert quote.voucher_status == VoucherStatus.REFUSED
    assert "expired" in quote.voucher_reason
    assert "SUMMER2025" in quote.voucher_reason
    assert quote.voucher == "SUMMER2025"
    assert quote.voucher_discount is None
    assert quote.total.money == Money.of("140.50", "EUR")
    assert_adds_up(quote)
    # Once with the voucher (refused), once without it.
    assert [entry["status"] for entry in requests_for(sandbox, Op.CALCULATE_PRICES)] == [400, 200]


@pytest.mark.asyncio
async def test_an_unknown_voucher_is_refused_with_the_servers_words(
    pricing: PricingService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    quote = await pricing.quote(await sample_draft(api, golf(sandbox), voucher="NOSUCH1"))
    assert quote.voucher_status == VoucherStatus.REFUSED
    assert quote.voucher_reason == "There is no voucher NOSUCH1."


@pytest.mark.asyncio
async def test_an_unattended_product_asks_for_confirmation(
    pricing: PricingService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    attended = await pricing.quote(await sample_draft(api, golf(sandbox), (52322,)))
    assert not attended.needs_unattended_confirmation
    quote = await pricing.quote(await sample_draft(api, golf(sandbox), (52322, UNATTENDED_PRODUCT)))
    assert quote.needs_unattended_confirmation
    assert quote.unattended_products == ("ECU software update",)


@pytest.mark.asyncio
async def test_other_failures_are_service_errors(
    pricing: PricingService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    draft = await sample_draft(api, golf(sandbox))
    sandbox.admin.add_fault(path="/v1/cart/calculate-prices", kind="status", status=500)
    with pytest.raises(ServiceError) as caught:
        await pricing.quote(draft)
    assert caught.value.failure == Failure.SERVER
    sandbox.admin.clear_faults()
    with pytest.raises(ValueError, match="at least one product"):
        await pricing.quote(draft.model_copy(update={"products": ProductsState()}))


@pytest.mark.asyncio
async def test_the_wallet_reports_balance_and_whether_it_pays(
    pricing: PricingService, sandbox: SandboxThread
) -> None:
    wallet = await pricing.wallet()
    assert wallet == Wallet(balance=Money.of("250.00", "EUR"), pays_orders=True)
    assert wallet.covers(Money.of("250.00", "EUR"))
    assert not wallet.covers(Money.of("250.01", "EUR"))

    sandbox.admin.set_wallet("40.00")
    low = await pricing.wallet()
    assert low.balance == Money.of("40.00", "EUR")
    assert not low.covers(Money.of("140.50", "EUR"))

    sandbox.admin.set_wallet("40.00", payment_by_prepaid_balance=False)
    invoiced = await pricing.wallet()
    assert not invoiced.pays_orders
    assert invoiced.covers(Money.of("140.50", "EUR"))


@pytest.mark.asyncio
async def test_the_service_center_state_and_message(pricing: PricingService, sandbox: SandboxThread) -> None:
    opened = await pricing.service_center()
    assert opened.state == "opened"
    assert not opened.closed
    assert not opened.scheduled

    sandbox.admin.set_service_center("closed", message="Closed for the national holiday.")
    closed = await pricing.service_center()
    assert closed.closed
    assert closed.message == "Closed for the national holiday."

    until = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=3)
    sandbox.admin.set_service_center(
        "scheduled", ends_at=until.isoformat(), message="Tickets start at 14:00."
    )
    scheduled = await pricing.service_center()
    assert scheduled.scheduled
    assert scheduled.ends_at == until


@pytest.mark.asyncio
async def test_conditions_ask_for_wallet_and_service_center_together(
    pricing: PricingService, sandbox: SandboxThread
) -> None:
    sandbox.admin.set_wallet("12.34")
    sandbox.admin.set_service_center("closed", message="Back on Monday.")
    sandbox.admin.clear_requests()
    conditions = await pricing.conditions()
    assert conditions.wallet.balance == Money.of("12.34", "EUR")
    assert conditions.service_center.closed
    assert len(requests_for(sandbox, Op.ME)) == 1
    assert len(requests_for(sandbox, Op.SERVICE_CENTER_STATUS)) == 1


@pytest.mark.asyncio
async def test_conditions_fail_as_one_service_error(pricing: PricingService, sandbox: SandboxThread) -> None:
    sandbox.admin.add_fault(path="/v1/service-center/status", kind="status", status=403)
    with pytest.raises(ServiceError) as caught:
        await pricing.conditions()
    assert caught.value.failure == Failure.FORBIDDEN
