"""Page 5, the price: a receipt in both currencies, the voucher, the wallet, the unattended confirmation and
the service center's state, all before the technician orders.

The price is recalculated on entering the page and, debounced, on every change of the voucher. The newest
request wins twice over: the task runner cancels an older calculation when a newer one starts, and a
:class:`~app.services.pricing.Quote` that does not match the draft's current products and voucher is
dropped. Until the answer for the current inputs is in, the draft's price is stale and Next stays off.

What blocks Next is decided by the domain from the page's verdicts in
:class:`~app.domain.wizard.PriceState`; each blocker has its sentence right where it arises (the voucher's
reason under the field, the wallet warning in the wallet card, the closed service center on top).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import ClassVar, Final, TypeVar

from PySide6.QtCore import QDate, QDateTime, QLocale, QSignalBlocker
from PySide6.QtWidgets import QWidget

from app.domain.wizard import Step, WizardDraft, with_price
from app.gui.generated.ui_price_page import Ui_PricePage
from app.gui.page import PageContext, WizardPage
from app.gui.theme import repolish
from app.gui.widgets.banner import BannerLevel
from app.gui.widgets.price_table import PriceTable, amount_text, fill, money_text, voucher_text
from app.services.errors import ServiceError
from app.services.pricing import OrderConditions, Quote, VoucherStatus

__all__ = ["PricePage"]

_log = logging.getLogger(__name__)

T = TypeVar("T")

_QUOTE: Final = "quote"
_CONDITIONS: Final = "conditions"


class _Looks:
    """The style properties this page sets, remembered here.

    Reading a property that was never set through ``QObject.property`` releases a reference to ``None``
    it never took (PySide6 6.12): repeated, that crashes the interpreter. So values are only written.
    """

    def __init__(self) -> None:
        self._values: dict[tuple[int, str], str] = {}

    def set(self, widget: QWidget, name: str, value: str) -> None:
        """Set a property the style sheet selects on, and restyle the widget when it changed."""
        key = (id(widget), name)
        if self._values.get(key) == value:
            return
        self._values[key] = value
        widget.setProperty(name, value)
        repolish(widget)


def _when(moment: datetime, locale: QLocale) -> str:
    """A moment in local time: the time alone when it is today, else date and time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    if local.date() == QDate.currentDate():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


class PricePage(WizardPage):
    """The price of the order and everything that must be right before ordering."""

    step = Step.PRICE

    #: How long the voucher field must rest before the price is asked for again.
    DEBOUNCE_MS: ClassVar[int] = 300

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = Ui_PricePage()
        self.form.setupUi(self.body)  # type: ignore[no-untyped-call]  # generated code is not typed
        form = self.form
        for card in (form.receiptCard, form.voucherCard, form.unattendedCard, form.walletCard):
            # Designer needs unique names; the style sheet knows every card by this one.
            card.setObjectName("card")
            # setupUi may have styled it under its Designer name already (tab order polishes early).
            repolish(card)
        # The service center's notice looks like the page's banners: tinted by its level.
        form.serviceCenterCard.setObjectName("messageBanner")
        repolish(form.serviceCenterCard)
        self.table = PriceTable(form.receiptHost)
        form.receiptHostLayout.addWidget(self.table)
        form.receiptHostLayout.addStretch(1)
        form.voucherEdit.setClearButtonEnabled(False)
        self._looks = _Looks()
        self._quote: Quote | None = None
        self._conditions: OrderConditions | None = None
        #: The kinds of work whose last attempt failed (their banner stays until they succeed).
        self._failed: set[str] = set()
        form.voucherEdit.textEdited.connect(self._on_voucher_edit_text_edited)
        form.voucherEdit.returnPressed.connect(self._on_voucher_edit_return_pressed)
        form.applyButton.clicked.connect(self._on_apply_button_clicked)
        form.removeVoucherButton.clicked.connect(self._on_remove_voucher_button_clicked)
        form.unattendedCheck.toggled.connect(self._on_unattended_check_toggled)
        self.retranslate()

    # --- the window's calls -----------------------------------------------------------------------------

    @property
    def quote(self) -> Quote | None:
        """The quote on show (it always belongs to the draft's current products)."""
        return self._quote

    @property
    def conditions(self) -> OrderConditions | None:
        """The wallet and service center state, once read."""
        return self._conditions

    def title(self) -> str:
        """The page's name in the step indicator."""
        return self.tr("Price")

    def enter(self, draft: WizardDraft) -> None:
        """Show the draft's voucher and confirmation, then ask for the price and the ordering conditions."""
        self._quote = None
        self._conditions = None
        self._failed.clear()
        self.table.set_quote(None, self._locale())
        # The base's update, not this page's: entering asks for the price once, below.
        WizardPage.update_draft(self, draft)
        self.clear_error()
        if draft.price.quoted_for is not None:
            # The quote itself is never saved: until it is recalculated the old verdict does not count.
            self.change_draft(with_price(draft, draft.price.model_copy(update={"quoted_for": None})))
        form = self.form
        with QSignalBlocker(form.voucherEdit), QSignalBlocker(form.unattendedCheck):
            form.voucherEdit.setText(draft.price.voucher)
            form.unattendedCheck.setChecked(draft.price.confirmed_unattended)
        self._request_quote(0)
        if self._can_quote():
            self._start(_CONDITIONS, self.context.workbench.pricing.conditions, self._on_conditions_ready)
        self._render()

    def update_draft(self, draft: WizardDraft) -> None:
        """Take the saved draft; a different product choice (not made on this page) is priced again."""
        products_changed = draft.products.product_ids != self.draft.products.product_ids
        super().update_draft(draft)
        if products_changed and self.isVisible():
            self._request_quote(0)
        self._render()

    def retranslate(self) -> None:
        """Every text in the current language."""
        super().retranslate()
        form = self.form
        form.headingLabel.setText(self.tr("Price"))
        form.receiptTitleLabel.setText(self.tr("Your order"))
        form.voucherTitleLabel.setText(self.tr("Voucher"))
        form.voucherEdit.setPlaceholderText(self.tr("Voucher code"))
        form.voucherEdit.setAccessibleName(self.tr("Voucher code"))
        form.applyButton.setText(self.tr("Apply"))
        form.removeVoucherButton.setText(self.tr("Remove"))
        form.removeVoucherButton.setAccessibleName(self.tr("Remove the voucher"))
        form.walletTitleLabel.setText(self.tr("Prepaid wallet"))
        form.unattendedTitleLabel.setText(self.tr("Unattended service"))
        form.unattendedCheck.setText(self.tr("I confirm that this service may run unattended"))
        self.table.retranslate()
        self._render()

    # --- the technician's actions -----------------------------------------------------------------------

    def _on_voucher_edit_text_edited(self, text: str) -> None:
        self._change_price(voucher=text)
        self._request_quote(self.DEBOUNCE_MS)

    def _on_voucher_edit_return_pressed(self) -> None:
        self._request_quote(0)

    def _on_apply_button_clicked(self) -> None:
        self._request_quote(0)

    def _on_remove_voucher_button_clicked(self) -> None:
        self.form.voucherEdit.clear()
        self._change_price(voucher="")
        self._request_quote(0)
        self.form.voucherEdit.setFocus()

    def _on_unattended_check_toggled(self, checked: bool) -> None:
        self._change_price(confirmed_unattended=checked)

    def _on_tasks_busy_changed(self, busy: bool) -> None:
        super()._on_tasks_busy_changed(busy)
        self._render()

    # --- the work ---------------------------------------------------------------------------------------

    def _can_quote(self) -> bool:
        return self.draft.vehicle.vehicle is not None and bool(self.draft.products.product_ids)

    def _request_quote(self, delay_ms: int) -> None:
        if not self._can_quote():
            self._render()
            return
        # The coroutine reads the draft when it starts: after the pause, the newest voucher goes out.
        pricing = self.context.workbench.pricing
        self._start(_QUOTE, lambda: pricing.quote(self.draft), self._on_quote_ready, delay_ms=delay_ms)
        self._render()

    def _start(
        self,
        key: str,
        work: Callable[[], Awaitable[T]],
        on_done: Callable[[T], None],
        *,
        delay_ms: int = 0,
    ) -> None:
        """Run work whose failure shows in the banner until the same kind of work succeeds."""

        def done(result: T) -> None:
            self._failed.discard(key)
            if not self._failed:
                self.clear_error()
            on_done(result)

        def failed(error: ServiceError, retry: Callable[[], None]) -> None:
            self._failed.add(key)
            self.show_failure(error, retry)
            self._render()

        if delay_ms:
            self.tasks.debounce(key, delay_ms, work, done, on_failure=failed)
        else:
            self.tasks.start(key, work, done, on_failure=failed)

    def _current_inputs(self) -> tuple[tuple[int, ...], str]:
        return (self.draft.products.product_ids, self.draft.price.voucher.strip())

    def _on_quote_ready(self, quote: Quote) -> None:
        if quote.quoted_for != self._current_inputs():
            _log.debug(
                "dropped a quote for %s: the inputs are now %s", quote.quoted_for, self._current_inputs()
            )
            return
        self._quote = quote
        self.table.set_quote(quote, self._locale())
        self._update_verdict()

    def _on_conditions_ready(self, conditions: OrderConditions) -> None:
        self._conditions = conditions
        self._update_verdict()

    def _change_price(self, **changes: object) -> None:
        price = self.draft.price.model_copy(update=changes)
        if price != self.draft.price:
            self.change_draft(with_price(self.draft, price))
        self._render()

    def _update_verdict(self) -> None:
        """Put what the quote and the conditions say into the draft, for the domain to judge."""
        quote = self._quote
        conditions = self._conditions
        changes: dict[str, object] = {}
        if quote is not None:
            changes.update(
                quoted_for=quote.quoted_for,
                needs_unattended_confirmation=quote.needs_unattended_confirmation,
                voucher_refused=quote.voucher_status == VoucherStatus.REFUSED,
                total_text=amount_text(quote.total, self._locale()),
            )
        if conditions is not None:
            changes["service_center_closed"] = conditions.service_center.closed
            changes["wallet_too_low"] = quote is not None and not conditions.wallet.covers(quote.total.money)
        self._change_price(**changes)

    # --- showing it -------------------------------------------------------------------------------------

    def _locale(self) -> QLocale:
        return QLocale(self.context.language)

    def _quote_pending(self) -> bool:
        """Whether the quote on show is not (yet) the one for the current inputs."""
        return self._quote is None or self._quote.quoted_for != self._current_inputs()

    def _render(self) -> None:
        form = self.form
        draft = self.draft
        vehicle = draft.vehicle.vehicle
        if vehicle is None:
            form.vehicleLabel.setText("")
        elif draft.vehicle.vin:
            form.vehicleLabel.setText(fill(self.tr("%1 · VIN %2"), vehicle.title, draft.vehicle.vin))
        else:
            form.vehicleLabel.setText(vehicle.title)
        self._render_quote_status()
        self._render_voucher()
        self._render_unattended()
        self._render_wallet()
        self._render_service_center()

    def _render_quote_status(self) -> None:
        label = self.form.quoteStatusLabel
        if not self._can_quote():
            label.setText(self.tr("Choose a car and at least one product to see the price."))
        elif not self._quote_pending():
            label.setText("")
        elif _QUOTE in self._failed and not self.tasks.running(_QUOTE):
            label.setText(
                self.tr("The price could not be calculated. Retry, or go back and change the order.")
            )
        else:
            label.setText(self.tr("Calculating the price…"))
        label.setVisible(bool(label.text()))

    def _render_voucher(self) -> None:
        form = self.form
        quote = self._quote
        typed = form.voucherEdit.text().strip()
        form.removeVoucherButton.setVisible(bool(form.voucherEdit.text()))
        form.applyButton.setEnabled(bool(typed) and self._can_quote())
        label = form.voucherStatusLabel
        if not typed:
            self._looks.set(form.voucherEdit, "state", "")
            self._looks.set(label, "role", "hint")
            label.setText(self.tr("Have a voucher? Enter its code; the price updates as you type."))
        elif quote is None or self._quote_pending():
            self._looks.set(form.voucherEdit, "state", "")
            self._looks.set(label, "role", "hint")
            label.setText(self.tr("Checking the voucher…"))
        elif quote.voucher_status == VoucherStatus.ACCEPTED:
            self._looks.set(form.voucherEdit, "state", "ok")
            self._looks.set(label, "role", "success")
            label.setText(voucher_text(quote, self._locale()))
        else:
            self._looks.set(form.voucherEdit, "state", "error")
            self._looks.set(label, "role", "error")
            reason = quote.voucher_reason or self.tr("The voucher was not accepted.")
            advice = self.tr("Remove it or enter a valid one to continue. The price shown is without it.")
            label.setText(f"{reason} {advice}")

    def _render_unattended(self) -> None:
        form = self.form
        quote = self._quote
        needed = quote is not None and quote.needs_unattended_confirmation and not self._quote_pending()
        form.unattendedCard.setVisible(needed)
        if not needed or quote is None:
            return
        names = quote.unattended_products
        if len(names) == 1:
            text = fill(self.tr("%1 runs unattended: automatically, with no operator watching."), names[0])
        else:
            text = self.tr("Some of these services run unattended: automatically, with no operator watching.")
        text += " " + self.tr("Keep the car connected, ignition on, until it has finished.")
        if not self.draft.price.confirmed_unattended:
            text += " " + self.tr("Tick the box to continue.")
        form.unattendedLabel.setText(text)

    def _render_wallet(self) -> None:
        form = self.form
        conditions = self._conditions
        locale = self._locale()
        if conditions is None:
            form.walletCard.setVisible(bool(self.tasks.running(_CONDITIONS)))
            form.walletBalanceLabel.setText(self.tr("Checking the wallet…"))
            form.walletWarningLabel.hide()
            return
        wallet = conditions.wallet
        if wallet.balance is None and not wallet.pays_orders:
            form.walletCard.hide()
            return
        form.walletCard.show()
        if wallet.balance is None:
            balance = self.tr("The wallet balance is not known.")
        else:
            balance = fill(self.tr("Balance: %1"), money_text(wallet.balance, locale))
        if not wallet.pays_orders:
            balance += " " + self.tr("This order is invoiced; the wallet is not charged.")
        form.walletBalanceLabel.setText(balance)
        quote = self._quote
        low = quote is not None and not self._quote_pending() and not wallet.covers(quote.total.money)
        if low and quote is not None:
            shown = money_text(wallet.balance, locale) if wallet.balance is not None else self.tr("unknown")
            cover = fill(
                self.tr("The wallet balance (%1) does not cover the total (%2)."),
                shown,
                money_text(quote.total.money, locale),
            )
            top_up = self.tr("Top up the wallet before ordering.")
            form.walletWarningLabel.setText(f"{cover} {top_up}")
        form.walletWarningLabel.setVisible(low)

    def _render_service_center(self) -> None:
        form = self.form
        conditions = self._conditions
        center = None if conditions is None else conditions.service_center
        if center is None or not (center.closed or center.scheduled or center.message):
            form.serviceCenterCard.hide()
            return
        locale = self._locale()
        parts: list[str] = []
        if center.closed:
            form.serviceCenterTitleLabel.setText(self.tr("The service center is closed"))
            self._looks.set(form.serviceCenterCard, "level", BannerLevel.ERROR.value)
            if center.message:
                parts.append(center.message)
            if center.ends_at is not None:
                parts.append(fill(self.tr("It opens again at %1."), _when(center.ends_at, locale)))
            parts.append(self.tr("No ticket can be created until it opens. Your choices are kept."))
        elif center.scheduled:
            form.serviceCenterTitleLabel.setText(self.tr("Tickets are scheduled"))
            self._looks.set(form.serviceCenterCard, "level", BannerLevel.WARNING.value)
            if center.ends_at is not None:
                parts.append(
                    fill(
                        self.tr("You can order now; the service center starts your ticket after %1."),
                        _when(center.ends_at, locale),
                    )
                )
            else:
                parts.append(self.tr("You can order now; the service center starts your ticket later."))
            if center.message:
                parts.append(center.message)
        else:
            form.serviceCenterTitleLabel.setText(self.tr("Message from the service center"))
            self._looks.set(form.serviceCenterCard, "level", BannerLevel.INFO.value)
            parts.append(center.message)
        form.serviceCenterLabel.setText("\n".join(parts))
        form.serviceCenterCard.show()
