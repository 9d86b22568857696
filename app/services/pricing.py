"""The price of the order, the prepaid wallet, and whether the service center takes tickets now.

:meth:`PricingService.quote` asks the server for the price of the draft's products (with its voucher) and
returns a :class:`Quote`: every amount in the service provider's currency and, where the server gives it,
in the customer's own. A voucher the server refuses does not lose the price: the quote is then computed
again without the voucher and says why the voucher was refused, so the page can show both.

A quote names the inputs it was computed for (:attr:`Quote.quoted_for`, the same shape as
:attr:`app.domain.wizard.PriceState.quoted_for`): an answer that arrives after the technician changed the
voucher or the products is recognisably stale.

:meth:`PricingService.conditions` reads the wallet and the service center's state together; both decide
whether an order can be placed before the technician tries.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from app.api.client import CustomerApi
from app.api.models import Discount, Price, PriceCalculation, PriceLine, PriceRequest, PriceTotals
from app.domain.money import Money
from app.domain.vin import is_valid_vin, normalize_vin
from app.domain.wizard import WizardDraft
from app.services.errors import Failure, ServiceError, translate_errors

__all__ = [
    "Amount",
    "OrderConditions",
    "PricingService",
    "Quote",
    "QuoteLine",
    "ServiceCenterInfo",
    "VoucherStatus",
    "Wallet",
]

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount in the service provider's currency and, when the server gave it, in the customer's."""

    money: Money
    localized: Money | None = None

    @classmethod
    def of(cls, price: Price) -> Amount:
        """The amount of a wire price."""
        return cls(price.money, price.localized_money)

    @classmethod
    def zero_like(cls, other: Amount) -> Amount:
        """Nothing, in the currencies of ``other``."""
        localized = None if other.localized is None else Money.zero(other.localized.currency)
        return cls(Money.zero(other.money.currency), localized)

    @property
    def is_zero(self) -> bool:
        """Whether the amount is nothing."""
        return self.money.amount == 0

    def __add__(self, other: Amount) -> Amount:
        localized = None
        if self.localized is not None and other.localized is not None:
            localized = self.localized + other.localized
        return Amount(self.money + other.money, localized)


@dataclass(frozen=True, slots=True)
class QuoteLine:
    """One product's line: list price, the standing discount, what it costs, and its OE service fee."""

    product_id: int
    name: str
    gross: Amount
    net: Amount
    #: What the standing discount takes off (None when the product has none).
    discount: Amount | None = None
    #: The discount as a percentage, when the server states one.
    discount_percentage: Decimal | None = None
    #: The original-equipment service fee charged on top, when the product has one.
    oe_fee: Amount | None = None
    unattended: bool = False


class VoucherStatus(StrEnum):
    """What became of the voucher."""

    NONE = "none"
    ACCEPTED = "accepted"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class Quote:
    """The server's price for the draft's products, and the voucher's fate."""

    #: The product ids asked for, in the draft's order.
    product_ids: tuple[int, ...]
    #: The voucher as asked for (stripped; "" for none).
    voucher: str
    lines: tuple[QuoteLine, ...]
    #: The products' price after their standing discounts, before the voucher and the OE fees.
    sub_total: Amount
    #: The OE service fees of all lines.
    oe_fees: Amount
    #: What the workshop pays.
    total: Amount
    #: The total before any discount (list prices plus fees).
    total_gross: Amount
    voucher_status: VoucherStatus = VoucherStatus.NONE
    #: The voucher's code as the server writes it (accepted vouchers only).
    voucher_code: str = ""
    #: What the accepted voucher takes off.
    voucher_discount: Amount | None = None
    #: The accepted voucher's percentage, for a percentual voucher.
    voucher_percentage: Decimal | None = None
    #: Why the voucher was refused, in the server's words ("" when it gave none).
    voucher_reason: str = ""
    #: The ticket must then carry the technician's confirmation of the unattended service.
    needs_unattended_confirmation: bool = False

    @property
    def quoted_for(self) -> tuple[tuple[int, ...], str]:
        """The inputs of this quote, as :attr:`app.domain.wizard.PriceState.quoted_for` holds them."""
        return (self.product_ids, self.voucher)

    @property
    def unattended_products(self) -> tuple[str, ...]:
        """The names of the products that run as an unattended service."""
        return tuple(line.name for line in self.lines if line.unattended)


@dataclass(frozen=True, slots=True)
class Wallet:
    """The prepaid wallet, as far as ordering needs it."""

    #: The balance in the service provider's currency; None when there is no wallet or it is unknown.
    balance: Money | None
    #: Whether orders are paid from the wallet (then it must cover the total).
    pays_orders: bool

    def covers(self, total: Money) -> bool:
        """Whether an order of ``total`` can be placed as far as the wallet is concerned."""
        if not self.pays_orders:
            return True
        if self.balance is None:
            return False
        if self.balance.currency != total.currency:
            # Not comparable here; the server decides when the ticket is created.
            _log.warning("wallet in %s, total in %s: not compared", self.balance.currency, total.currency)
            return True
        return total <= self.balance


@dataclass(frozen=True, slots=True)
class ServiceCenterInfo:
    """Whether the service center takes tickets: ``opened``, ``closed``, or ``scheduled`` until a time."""

    state: str
    ends_at: datetime | None = None
    message: str = ""

    @property
    def closed(self) -> bool:
        """No ticket can be created now."""
        return self.state == "closed"

    @property
    def scheduled(self) -> bool:
        """Tickets are taken now but started later."""
        return self.state == "scheduled"


@dataclass(frozen=True, slots=True)
class OrderConditions:
    """What decides, besides the price, whether the order can be placed."""

    wallet: Wallet
    service_center: ServiceCenterInfo


def _amount(price: Price | None, fallback: Amount) -> Amount:
    return fallback if price is None else Amount.of(price)


def _net(totals: PriceTotals | None) -> Price | None:
    return None if totals is None else totals.net_price


def _gross(totals: PriceTotals | None) -> Price | None:
    return None if totals is None else totals.gross_price


def _discount_amount(discount: Discount | None) -> Amount | None:
    if discount is None or discount.price is None or discount.price.value == 0:
        return None
    return Amount.of(discount.price)


def _line(item: PriceLine, names: dict[int, str], currency: str) -> QuoteLine:
    zero = Amount(Money.zero(currency))
    gross = _amount(item.gross_price, zero)
    net = _amount(item.net_price, gross)
    discount = _discount_amount(item.total_discount)
    percentage = None
    if discount is not None and item.total_discount is not None:
        percentage = item.total_discount.percentage
    fee = None
    if item.original_equipment_service_fee is not None and item.original_equipment_service_fee.value != 0:
        fee = Amount.of(item.original_equipment_service_fee)
    name = item.product_name or item.description or names.get(item.product_id) or f"#{item.product_id}"
    return QuoteLine(
        product_id=item.product_id,
        name=name,
        gross=gross,
        net=net,
        discount=discount,
        discount_percentage=percentage,
        oe_fee=fee,
        unattended=item.product_is_unattended,
    )


def _currency(calculation: PriceCalculation) -> str:
    for price in (_net(calculation.total), _net(calculation.sub_total)):
        if price is not None:
            return price.currency
    for item in calculation.items:
        if item.net_price is not None:
            return item.net_price.currency
    raise ServiceError(Failure.SERVER, "")


def _sum(amounts: list[Amount], zero: Amount) -> Amount:
    total = zero
    for amount in amounts:
        total += amount
    return total


def _quote(
    calculation: PriceCalculation,
    *,
    product_ids: tuple[int, ...],
    voucher: str,
    names: dict[int, str],
) -> Quote:
    currency = _currency(calculation)
    lines = tuple(_line(item, names, currency) for item in calculation.items)
    zero = Amount(Money.zero(currency))
    if lines:
        zero = Amount.zero_like(lines[0].net)
    # Totals from the server are authoritative; the sums of the lines only stand in when one is missing.
    sub_total = _amount(_net(calculation.sub_total), _sum([line.net for line in lines], zero))
    fees = _amount(
        _net(calculation.original_equipment_service_fee),
        _sum([line.oe_fee for line in lines if line.oe_fee is not None], zero),
    )
    total = _amount(_net(calculation.total), sub_total + fees)
    total_gross = _amount(_gross(calculation.total), _sum([line.gross for line in lines], zero) + fees)
    status = VoucherStatus.NONE
    code = ""
    voucher_discount = None
    percentage = None
    if calculation.voucher:
        status = VoucherStatus.ACCEPTED
        code = calculation.voucher
        if calculation.voucher_discount is not None:
            voucher_discount = _discount_amount(calculation.voucher_discount)
            if calculation.voucher_discount.type == "percentual":
                percentage = calculation.voucher_discount.percentage
    return Quote(
        product_ids=product_ids,
        voucher=voucher,
        lines=lines,
        sub_total=sub_total,
        oe_fees=fees,
        total=total,
        total_gross=total_gross,
        voucher_status=status,
        voucher_code=code,
        voucher_discount=voucher_discount,
        voucher_percentage=percentage,
        needs_unattended_confirmation=calculation.needs_confirmation_for_unattended_service,
    )


class PricingService:
    """The live price, the wallet and the service center's state (Qt-free, stateless)."""

    def __init__(self, api: CustomerApi) -> None:
        self._api = api

    async def quote(self, draft: WizardDraft) -> Quote:
        """The price of the draft's products for its car, with its voucher when the server accepts it.

        A refused voucher (``voucher-invalid``) gives the price without it, with
        :attr:`Quote.voucher_status` ``REFUSED`` and the server's reason.

        Raises:
            ValueError: the draft has no car or no products yet (the price page is not reachable then).
            ServiceError: the price could not be calculated.
        """
        vehicle = draft.vehicle.vehicle
        product_ids = draft.products.product_ids
        if vehicle is None or not product_ids:
            raise ValueError("a quote needs a vehicle and at least one product")
        voucher = draft.price.voucher.strip()
        vin = normalize_vin(draft.vehicle.vin) if draft.vehicle.vin else ""
        request = PriceRequest(
            vehicle_model_id=vehicle.model_id,
            vehicle_model_variant_id=vehicle.variant_id,
            product_ids=product_ids,
            voucher=voucher or None,
            # The VIN only refines the price; one the server would refuse must not cost the whole answer.
            vin=vin if is_valid_vin(vin) else None,
            prepared_ticket_id=draft.vehicle.prepared_ticket_id,
        )
        names = {product.id: product.name for product in draft.products.products}
        try:
            with translate_errors():
                calculation = await self._api.cart.calculate_prices(request)
        except ServiceError as error:
            if error.failure != Failure.VOUCHER_REFUSED or not voucher:
                raise
            _log.info("voucher refused; pricing without it")
            with translate_errors():
                calculation = await self._api.cart.calculate_prices(
                    request.model_copy(update={"voucher": None})
                )
            without = _quote(calculation, product_ids=product_ids, voucher=voucher, names=names)
            return replace(without, voucher_status=VoucherStatus.REFUSED, voucher_reason=error.detail)
        return _quote(calculation, product_ids=product_ids, voucher=voucher, names=names)

    async def wallet(self) -> Wallet:
        """The prepaid wallet's balance and whether orders are paid from it.

        Raises:
            ServiceError: the user could not be read.
        """
        with translate_errors():
            user = await self._api.users.me()
        provider = user.service_provider
        if provider is None:
            return Wallet(balance=None, pays_orders=False)
        pays = provider.payment_by_prepaid_balance and provider.has_prepaid_wallet
        return Wallet(balance=provider.wallet_balance, pays_orders=pays)

    async def service_center(self) -> ServiceCenterInfo:
        """Whether the service center takes tickets now, until when, and its message.

        Raises:
            ServiceError: the state could not be read.
        """
        with translate_errors():
            status = await self._api.service_center.status()
        return ServiceCenterInfo(
            state=str(status.state), ends_at=status.ends_at, message=(status.message or "").strip()
        )

    async def conditions(self) -> OrderConditions:
        """The wallet and the service center's state, asked for at the same time.

        Raises:
            ServiceError: either could not be read.
        """
        wallet_task = asyncio.ensure_future(self.wallet())
        center_task = asyncio.ensure_future(self.service_center())
        try:
            wallet, center = await asyncio.gather(wallet_task, center_task)
        except BaseException:
            # gather leaves the other request running when one fails: nobody would read its answer.
            wallet_task.cancel()
            center_task.cancel()
            raise
        return OrderConditions(wallet=wallet, service_center=center)
