"""The price page against the sandbox: the receipt in two currencies, the live voucher (debounced, newest
answer wins), the unattended confirmation, the wallet warning and the service center card."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.domain.money import Money
from app.domain.wizard import Blocker, PriceState, WizardDraft, blockers
from app.gui.page import PageContext
from app.gui.pages.price import PricePage
from app.gui.widgets.price_table import RowKind, amount_text, money_text, percent_text
from app.sandbox.runner import SandboxThread
from app.services.pricing import VoucherStatus
from app.services.workbench import Workbench
from tests.services.test_pricing import TWO_PRODUCTS, UNATTENDED_PRODUCT, golf, sample_draft

CALCULATE = "/v1/cart/calculate-prices"
NBSP = "\u00a0"


@pytest.fixture
def make_page(qtbot: QtBot, logged_in: CustomerApi) -> Callable[..., PricePage]:
    """A shown price page over a logged-in workbench (``language`` chooses the number format)."""

    def make(language: str = "en") -> PricePage:
        page = PricePage(PageContext(workbench=Workbench(logged_in), language=language, sandbox=True))
        qtbot.addWidget(page)
        page.resize(1024, 620)
        page.show()
        return page

    return make


def draft_for(
    run: Callable[..., Any], api: CustomerApi, sandbox: SandboxThread, *products: int
) -> WizardDraft:
    draft: WizardDraft = run(sample_draft(api, golf(sandbox), products or TWO_PRODUCTS))
    return draft


def can_go_on(page: PricePage) -> bool:
    """What the window reads to enable Next (a function, so that each call is a fresh look)."""
    return page.valid and not page.busy


def calculations(sandbox: SandboxThread) -> list[dict[str, Any]]:
    return [entry for entry in sandbox.admin.requests(CALCULATE) if entry["method"] == "POST"]


def settled(page: PricePage) -> Callable[[], bool]:
    """True once the page shows the quote of its current inputs and knows the wallet and service center."""
    return lambda: (
        page.quote is not None
        and page.quote.quoted_for == (page.draft.products.product_ids, page.draft.price.voucher.strip())
        and page.conditions is not None
        and not page.busy
    )


def test_the_receipt_shows_the_lines_and_totals_in_both_currencies(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    draft = draft_for(run, logged_in, sandbox)
    page = make_page()
    changes: list[WizardDraft] = []
    page.sig_draft_changed.connect(changes.append)
    page.enter(draft)
    qtbot.waitUntil(settled(page), timeout=10_000)

    rows = page.table.rows()
    products = [row for row in rows if row.kind == RowKind.PRODUCT]
    assert [row.label for row in products] == [p.name for p in draft.products.products]
    assert page.table.compact, "no line has a discount: one amount column"
    assert products[0].amount == f"EUR{NBSP}59.00 · DKK{NBSP}440.16"
    assert products[1].amount == f"EUR{NBSP}69.00 · DKK{NBSP}514.77"
    assert [row.kind for row in rows[len(products) :]] == [RowKind.SUBTOTAL, RowKind.FEES, RowKind.TOTAL]
    fees = page.table.row(RowKind.FEES)
    assert fees is not None
    assert fees.amount == f"EUR{NBSP}12.50 · DKK{NBSP}93.26"
    assert page.table.total_text == f"EUR{NBSP}140.50 · DKK{NBSP}1,048.19"
    # The verdict reached the draft, and the domain lets the technician on.
    assert page.draft.price.quoted_for == (TWO_PRODUCTS, "")
    assert page.draft.price.total_text == page.table.total_text
    assert changes
    assert changes[-1] == page.draft
    assert can_go_on(page)
    assert not page.form.unattendedCard.isVisible()
    assert not page.form.serviceCenterCard.isVisible()
    assert page.form.walletBalanceLabel.text() == f"Balance: EUR{NBSP}250.00"
    assert not page.form.walletWarningLabel.isVisible()
    assert len(calculations(sandbox)) == 1


def test_a_discounted_line_shows_list_price_discount_and_price(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    page = make_page()
    # Guided fault finding: EUR 79.00 with a standing 10 % discount.
    page.enter(draft_for(run, logged_in, sandbox, 52322, 52324))
    qtbot.waitUntil(settled(page), timeout=10_000)

    assert not page.table.compact
    plain, discounted = (row for row in page.table.rows() if row.kind == RowKind.PRODUCT)
    assert plain.discount == ""
    assert discounted.price == f"EUR{NBSP}79.00 · DKK{NBSP}589.37"
    assert discounted.discount == f"\u2212EUR{NBSP}7.90 · \u2212DKK{NBSP}58.94"
    assert discounted.amount == f"EUR{NBSP}71.10 · DKK{NBSP}530.43"
    assert page.table.total_text.startswith(f"EUR{NBSP}130.10")


def test_amounts_follow_the_interface_language(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    page = make_page("da")
    page.enter(draft_for(run, logged_in, sandbox))
    qtbot.waitUntil(settled(page), timeout=10_000)
    assert page.table.total_text == f"EUR{NBSP}140,50 · DKK{NBSP}1.048,19"
    assert page.draft.price.total_text == page.table.total_text
    german = QLocale("de")
    assert percent_text(Decimal("12.50"), german) == f"12,5{NBSP}%"
    assert money_text(Money.of("-1234.5", "EUR"), german) == f"\u2212EUR{NBSP}1.234,50"
    assert money_text(Money.of("0", "EUR"), german, negative=True) == f"EUR{NBSP}0,00"


def test_typing_a_voucher_recalculates_once_after_the_pause(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    page = make_page()
    page.enter(draft_for(run, logged_in, sandbox))
    qtbot.waitUntil(settled(page), timeout=10_000)
    sandbox.admin.clear_requests()

    QTest.keyClicks(page.form.voucherEdit, "WELCOME10")
    assert not can_go_on(page), "a price for an older voucher does not count"
    assert blockers(page.draft) == (Blocker.PRICE_STALE,)
    qtbot.waitUntil(settled(page), timeout=10_000)

    assert len(calculations(sandbox)) == 1
    assert page.quote is not None
    assert page.quote.voucher_status == VoucherStatus.ACCEPTED
    assert page.form.voucherStatusLabel.text() == "Voucher WELCOME10: \u221210\u00a0%"
    voucher = page.table.row(RowKind.VOUCHER)
    assert voucher is not None
    assert voucher.amount == f"\u2212EUR{NBSP}12.80 · \u2212DKK{NBSP}95.49"
    assert page.table.total_text.startswith(f"EUR{NBSP}127.70")
    assert page.draft.price.voucher == "WELCOME10"
    assert can_go_on(page)


def test_a_stale_price_arriving_late_never_overwrites_the_newer_one(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    draft = draft_for(run, logged_in, sandbox)
    sandbox.admin.clear_requests()
    sandbox.admin.add_fault(path=CALCULATE, kind="latency", delay=1.5, times=1)
    page = make_page()
    page.enter(draft)
    qtbot.waitUntil(lambda: len(calculations(sandbox)) == 1, timeout=5_000)
    QTest.keyClicks(page.form.voucherEdit, "WELCOME10")

    def both_answered() -> bool:
        sent = calculations(sandbox)
        return len(sent) == 2 and all(entry["status"] is not None for entry in sent)

    qtbot.waitUntil(both_answered, timeout=10_000)
    qtbot.waitUntil(settled(page), timeout=10_000)
    qtbot.wait(100)  # a late delivery of the old answer would land now
    assert page.quote is not None
    assert page.quote.voucher == "WELCOME10"
    assert page.table.total_text.startswith(f"EUR{NBSP}127.70")
    assert page.draft.price.quoted_for == (TWO_PRODUCTS, "WELCOME10")

    # Even delivered, an answer for other inputs is dropped: the shown price and the draft stay.
    old = replace(page.quote, voucher="", voucher_status=VoucherStatus.NONE)
    page._on_quote_ready(old)
    assert page.quote.voucher == "WELCOME10"
    assert page.draft.price.quoted_for == (TWO_PRODUCTS, "WELCOME10")


def test_a_refused_voucher_shows_the_servers_reason_keeps_the_price_and_blocks_next(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    page = make_page()
    page.enter(draft_for(run, logged_in, sandbox))
    qtbot.waitUntil(settled(page), timeout=10_000)

    QTest.keyClicks(page.form.voucherEdit, "SUMMER2025")
    QTest.keyClick(page.form.voucherEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(settled(page), timeout=10_000)

    text = page.form.voucherStatusLabel.text()
    assert "The voucher SUMMER2025 expired on 30 September 2025." in text
    assert "Remove it or enter a valid one to continue." in text
    assert page.table.total_text.startswith(f"EUR{NBSP}140.50")
    assert page.table.row(RowKind.VOUCHER) is None
    assert not can_go_on(page)
    assert Blocker.VOUCHER_REFUSED in blockers(page.draft)

    QTest.mouseClick(page.form.removeVoucherButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(settled(page), timeout=10_000)
    assert page.draft.price.voucher == ""
    assert can_go_on(page)


def test_the_unattended_confirmation_appears_and_is_required(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    page = make_page()
    page.enter(draft_for(run, logged_in, sandbox, 52322, UNATTENDED_PRODUCT))
    qtbot.waitUntil(settled(page), timeout=10_000)

    assert page.form.unattendedCard.isVisible()
    assert page.form.unattendedLabel.text().startswith("ECU software update runs unattended")
    assert page.form.unattendedLabel.text().endswith("Tick the box to continue.")
    assert not can_go_on(page)
    assert blockers(page.draft) == (Blocker.UNATTENDED_NOT_CONFIRMED,)

    page.form.unattendedCheck.click()
    assert page.draft.price.confirmed_unattended
    assert can_go_on(page)
    assert "Tick the box" not in page.form.unattendedLabel.text()


def test_a_wallet_that_does_not_cover_the_total_warns_and_blocks(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    sandbox.admin.set_wallet("40.00")
    page = make_page()
    page.enter(draft_for(run, logged_in, sandbox))
    qtbot.waitUntil(settled(page), timeout=10_000)

    assert page.form.walletWarningLabel.isVisible()
    assert page.form.walletWarningLabel.text() == (
        f"The wallet balance (EUR{NBSP}40.00) does not cover the total (EUR{NBSP}140.50)."
        " Top up the wallet before ordering."
    )
    assert not can_go_on(page)
    assert blockers(page.draft) == (Blocker.WALLET_TOO_LOW,)


def test_a_closed_service_center_is_shown_before_ordering_and_blocks(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    opens = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    sandbox.admin.set_service_center(
        "closed", ends_at=opens.isoformat(), message="Closed for the national holiday."
    )
    page = make_page()
    page.enter(draft_for(run, logged_in, sandbox))
    qtbot.waitUntil(settled(page), timeout=10_000)

    assert page.form.serviceCenterCard.isVisible()
    assert page.form.serviceCenterTitleLabel.text() == "The service center is closed"
    text = page.form.serviceCenterLabel.text()
    assert "Closed for the national holiday." in text
    assert "It opens again at" in text
    assert not can_go_on(page)
    assert blockers(page.draft) == (Blocker.SERVICE_CENTER_CLOSED,)


def test_a_scheduled_service_center_informs_without_blocking(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    until = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=2)
    sandbox.admin.set_service_center("scheduled", ends_at=until.isoformat(), message="High demand today.")
    page = make_page()
    page.enter(draft_for(run, logged_in, sandbox))
    qtbot.waitUntil(settled(page), timeout=10_000)

    assert page.form.serviceCenterCard.isVisible()
    assert page.form.serviceCenterTitleLabel.text() == "Tickets are scheduled"
    assert "High demand today." in page.form.serviceCenterLabel.text()
    assert can_go_on(page)


def test_a_failed_calculation_offers_retry_and_recovers(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    draft = draft_for(run, logged_in, sandbox)
    sandbox.admin.add_fault(path=CALCULATE, kind="status", status=500)
    page = make_page()
    page.enter(draft)
    qtbot.waitUntil(lambda: bool(page.error) and not page.busy, timeout=10_000)

    assert page.banner.isVisible()
    assert page.banner.action_button.isVisible()
    assert "retry" in page.banner.text.lower()
    assert "http" not in page.banner.text.lower()
    assert page.form.quoteStatusLabel.text().startswith("The price could not be calculated.")
    assert not can_go_on(page)

    sandbox.admin.clear_faults()
    QTest.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(settled(page), timeout=10_000)
    assert page.error == ""
    assert can_go_on(page)


def test_entering_again_requotes_and_restores_the_voucher(
    qtbot: QtBot,
    make_page: Callable[..., PricePage],
    run: Callable[..., Any],
    logged_in: CustomerApi,
    sandbox: SandboxThread,
) -> None:
    saved = draft_for(run, logged_in, sandbox).model_copy(
        update={"price": PriceState(voucher="WELCOME10", quoted_for=(TWO_PRODUCTS, "WELCOME10"))}
    )
    page = make_page()
    page.enter(saved)
    assert page.draft.price.quoted_for is None, (
        "an old verdict does not count before the price is recalculated"
    )
    assert page.form.voucherEdit.text() == "WELCOME10"
    qtbot.waitUntil(settled(page), timeout=10_000)
    assert page.quote is not None
    assert page.quote.voucher_status == VoucherStatus.ACCEPTED
    assert page.draft.price.total_text == amount_text(page.quote.total, QLocale("en"))
