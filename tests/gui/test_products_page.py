"""The products page against the sandbox: browse, tick, search, star, details, bundles, restore, Next."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.domain.wizard import (
    LoginState,
    PrerequisiteKind,
    PrerequisiteSpec,
    ProductChoice,
    ProductsState,
    Step,
    VehicleState,
    WizardDraft,
    next_step,
    with_products,
)
from app.gui.page import PageContext
from app.gui.pages.products import BrowseKey, ProductsPage
from app.gui.widgets.product_list import ProductList, ProductRow, SelectedStrip
from app.sandbox.runner import SandboxThread
from app.services.catalogue import CatalogueProduct
from app.services.workbench import Workbench
from tests.samples import GOLF
from tests.samples import GOLF_UUID as GOLF_CONNECTOR

DIAGNOSTICS, CODING, ADAS = 2691, 2692, 2694
SUPPORT, FAULT_MEMORY = 52322, 52321
TOW_BAR = 52311
PARKING_AID, DRL = 52318, 52319
FRONT_CAMERA_STATIC, STEERING_ANGLE = 52341, 52347
ECU_UPDATE = 52361


@pytest.fixture
def page(qtbot: QtBot, api: CustomerApi, run: Callable[..., Any]) -> ProductsPage:
    """A products page of a logged-in Golf connector (not entered yet)."""
    run(api.auth.login_pincode(GOLF_CONNECTOR, "4711"))
    widget = ProductsPage(PageContext(workbench=Workbench(api), sandbox=True))
    widget.resize(1024, 620)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def golf_draft(**products: Any) -> WizardDraft:
    draft = WizardDraft(
        step=Step.PRODUCTS,
        login=LoginState(connector_uuid=GOLF_CONNECTOR, connector_id=910000101, supports_doip=True),
        vehicle=VehicleState(vin="WVWZZZCDZMW072915", vin_source="connector", vin_valid=True, vehicle=GOLF),
    )
    return with_products(draft, ProductsState(**products)) if products else draft


def entered(qtbot: QtBot, page: ProductsPage, draft: WizardDraft) -> list[WizardDraft]:
    """Enter the page like the window does (saving every draft it emits); the drafts seen so far."""
    drafts: list[WizardDraft] = []

    def save(new: object) -> None:
        assert isinstance(new, WizardDraft)
        drafts.append(new)
        page.update_draft(new)

    page.sig_draft_changed.connect(save)
    page.enter(draft)
    qtbot.waitUntil(lambda: page.form.productList.shown_ids != () and not page.busy, timeout=10_000)
    return drafts


def row(qtbot: QtBot, page: ProductsPage, product_id: int) -> ProductRow:
    qtbot.waitUntil(lambda: page.form.productList.row(product_id) is not None, timeout=10_000)
    found = page.form.productList.row(product_id)
    assert found is not None
    return found


# Read through functions: mypy would otherwise take a value asserted once for settled (it is not: the page
# changes it).
def chosen_ids(page: ProductsPage) -> tuple[int, ...]:
    return page.draft.products.product_ids


def specs_of(page: ProductsPage) -> tuple[PrerequisiteSpec, ...] | None:
    return page.draft.prerequisites.specs


def valid(page: ProductsPage) -> bool:
    return page.valid


def starred(product_row: ProductRow) -> bool:
    return product_row.favourite


def ticked(product_row: ProductRow) -> bool:
    return product_row.chosen


def details_open(product_row: ProductRow) -> bool:
    return product_row.details_open


def tap(qtbot: QtBot, page: ProductsPage, key: BrowseKey) -> None:
    item = page.browse_item(key)
    assert item is not None, key
    rect = page.form.browseList.visualItemRect(item)
    QTest.mouseClick(
        page.form.browseList.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )


def test_the_first_group_opens_and_two_products_are_chosen_by_clicking(
    qtbot: QtBot, page: ProductsPage
) -> None:
    drafts = entered(qtbot, page, golf_draft())
    # No favourites yet: the first group (sorted by name) is open.
    assert page.form.listTitle.text() == "ADAS calibration"
    assert page.draft.products.group_id == ADAS
    tap(qtbot, page, BrowseKey("group", DIAGNOSTICS))
    support = row(qtbot, page, SUPPORT)
    QTest.mouseClick(support.check, Qt.MouseButton.LeftButton)
    # The name is a target too.
    fault_memory = row(qtbot, page, FAULT_MEMORY)
    QTest.mouseClick(fault_memory.name_label, Qt.MouseButton.LeftButton)
    assert chosen_ids(page) == (SUPPORT, FAULT_MEMORY)
    assert page.draft.products.group_id == DIAGNOSTICS
    assert drafts[-1] == page.draft
    assert page.draft.products.products[0] == ProductChoice(id=SUPPORT, name="Remote diagnostic support")
    assert ticked(support)
    assert support.property("selected") is True
    strip = page.form.selectedStrip
    assert strip.title_label.text() == "Selected (2)"
    assert list(strip.chips) == [SUPPORT, FAULT_MEMORY]
    assert valid(page)
    # A chip removes its product; the row unticks.
    QTest.mouseClick(strip.chips[SUPPORT], Qt.MouseButton.LeftButton)
    assert chosen_ids(page) == (FAULT_MEMORY,)
    assert not ticked(support)
    # Unticking the last one leaves nothing to order.
    QTest.mouseClick(fault_memory.check, Qt.MouseButton.LeftButton)
    assert page.draft.products.products == ()
    assert not valid(page)
    assert strip.empty_label.isVisibleTo(strip)


def test_group_counts_arrive_with_the_index(qtbot: QtBot, page: ProductsPage) -> None:
    entered(qtbot, page, golf_draft())
    qtbot.waitUntil(lambda: "(" in (page.browse_item(BrowseKey("group", DIAGNOSTICS)) or _none()).text())
    item = page.browse_item(BrowseKey("group", DIAGNOSTICS))
    assert item is not None
    assert item.text() == "Diagnostics (5)"
    favourites = page.browse_item(BrowseKey("favourites"))
    assert favourites is not None
    assert favourites.text() == "Favourites (0)"


def _none() -> Any:
    class _Empty:
        def text(self) -> str:
            return ""

    return _Empty()


def test_search_filters_across_groups_as_you_type(qtbot: QtBot, page: ProductsPage) -> None:
    entered(qtbot, page, golf_draft())
    QTest.keyClicks(page.form.searchEdit, "tow")
    qtbot.waitUntil(lambda: set(page.form.productList.shown_ids) == {TOW_BAR, 52312}, timeout=10_000)
    assert page.draft.products.search == "tow"
    assert "2 services match" in page.form.listHint.text()
    tow_bar = row(qtbot, page, TOW_BAR)
    # Results come from several groups: each names its group.
    assert tow_bar.group_label.text() == "Coding & programming"
    QTest.keyClicks(page.form.searchEdit, " bar aftermarket")
    qtbot.waitUntil(lambda: page.form.productList.shown_ids == (TOW_BAR,))
    QTest.mouseClick(tow_bar.check, Qt.MouseButton.LeftButton)
    assert chosen_ids(page) == (TOW_BAR,)
    QTest.keyClicks(page.form.searchEdit, "zz")
    qtbot.waitUntil(lambda: page.form.productList.shown_ids == ())
    assert "No service matches" in page.form.productList.empty_text
    page.form.searchEdit.clear()
    # Clearing the search shows the group being browsed again, with the choice kept.
    qtbot.waitUntil(lambda: page.form.listTitle.text() == "ADAS calibration")
    assert page.draft.products.search == ""
    assert chosen_ids(page) == (TOW_BAR,)


def test_tapping_a_group_while_searching_ends_the_search(qtbot: QtBot, page: ProductsPage) -> None:
    entered(qtbot, page, golf_draft())
    QTest.keyClicks(page.form.searchEdit, "key")
    qtbot.waitUntil(lambda: page.form.listTitle.text() == "Search results", timeout=10_000)
    tap(qtbot, page, BrowseKey("group", CODING))
    assert page.form.searchEdit.text() == ""
    assert page.draft.products.search == ""
    qtbot.waitUntil(lambda: PARKING_AID in page.form.productList.shown_ids, timeout=10_000)
    assert page.form.listTitle.text() == "Coding & programming"


def test_the_star_toggles_on_the_server(qtbot: QtBot, page: ProductsPage, sandbox: SandboxThread) -> None:
    entered(qtbot, page, golf_draft(group_id=CODING))
    parking = row(qtbot, page, PARKING_AID)
    assert not starred(parking)
    sandbox.admin.clear_requests()
    QTest.mouseClick(parking.star_button, Qt.MouseButton.LeftButton)
    # The star changes at once, before the server answered.
    assert starred(parking)
    qtbot.waitUntil(lambda: bool(sandbox.admin.requests("/v1/favorite-products")), timeout=10_000)
    qtbot.waitUntil(lambda: not page.tasks.running(f"favourite:{PARKING_AID}"), timeout=10_000)
    favourites = page.browse_item(BrowseKey("favourites"))
    assert favourites is not None
    assert favourites.text() == "Favourites (1)"
    QTest.mouseClick(parking.star_button, Qt.MouseButton.LeftButton)
    assert not starred(parking)
    path = f"/v1/favorite-products/{PARKING_AID}"
    qtbot.waitUntil(lambda: bool(sandbox.admin.requests(path)), timeout=10_000)
    qtbot.waitUntil(lambda: not page.tasks.running(f"favourite:{PARKING_AID}"), timeout=10_000)
    log = [(e["method"], e["path"]) for e in sandbox.admin.requests("/v1/favorite-products*")]
    assert log == [("POST", "/v1/favorite-products"), ("DELETE", path)]
    assert page.error == ""


def test_a_refused_star_turns_back_with_a_sentence_and_retry(
    qtbot: QtBot, page: ProductsPage, sandbox: SandboxThread
) -> None:
    entered(qtbot, page, golf_draft(group_id=CODING))
    parking = row(qtbot, page, PARKING_AID)
    sandbox.admin.add_fault(path="/v1/favorite-products", method="POST", kind="status", status=503, times=1)
    QTest.mouseClick(parking.star_button, Qt.MouseButton.LeftButton)
    assert starred(parking)
    qtbot.waitUntil(lambda: page.error != "", timeout=10_000)
    assert not starred(parking)
    assert "could not be added to your favourites" in page.error
    assert "http" not in page.error.lower()
    banner = page.banner
    assert banner.action_button.isVisibleTo(banner)
    QTest.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)
    assert starred(parking)
    qtbot.waitUntil(lambda: not page.tasks.running(f"favourite:{PARKING_AID}"), timeout=10_000)
    assert starred(parking)
    assert page.error == ""
    posts = [e for e in sandbox.admin.requests("/v1/favorite-products") if e["method"] == "POST"]
    assert len(posts) == 2


def test_details_show_description_unattended_and_price(qtbot: QtBot, page: ProductsPage) -> None:
    entered(qtbot, page, golf_draft())
    QTest.keyClicks(page.form.searchEdit, "ECU software update")
    update = row(qtbot, page, ECU_UPDATE)
    assert not details_open(update)
    assert update.unattended_badge.isVisibleTo(update)
    assert update.price_label.text() == "EUR\xa099.00"
    assert update.local_price_label.text().startswith("DKK")
    QTest.mouseClick(update.details_button, Qt.MouseButton.LeftButton)
    assert details_open(update)
    assert "latest software" in update.description_label.text()
    assert update.mode_label.text().startswith("Unattended")
    details = update.price_details_label.text()
    assert "You pay: EUR\xa099.00 (DKK" in details
    assert "online fee: EUR\xa012.50" in details
    assert "Software updates" in update.facts_label.text()
    QTest.mouseClick(update.details_button, Qt.MouseButton.LeftButton)
    assert not details_open(update)


def test_a_discounted_product_shows_list_price_and_discount(qtbot: QtBot, page: ProductsPage) -> None:
    entered(qtbot, page, golf_draft(group_id=DIAGNOSTICS))
    guided = row(qtbot, page, 52324)
    assert not guided.unattended_badge.isVisibleTo(guided)
    assert guided.price_label.text() == "EUR\xa071.10"
    details = guided.price_details_label.text()
    assert "List price: EUR\xa079.00" in details
    assert "Your discount: 10\xa0%" in details
    assert guided.mode_label.text().startswith("Attended")


def test_a_bundle_adds_its_required_products_and_offers_the_optional_ones(
    qtbot: QtBot, page: ProductsPage
) -> None:
    entered(qtbot, page, golf_draft())
    windscreen = next(
        key
        for row_index in range(page.form.browseList.count())
        if isinstance(
            key := page.form.browseList.item(row_index).data(Qt.ItemDataRole.UserRole + 1), BrowseKey
        )
        and page.form.browseList.item(row_index).text() == "Windscreen replacement"
    )
    tap(qtbot, page, windscreen)
    qtbot.waitUntil(lambda: page.form.bundleCard.isVisibleTo(page), timeout=10_000)
    qtbot.waitUntil(lambda: len(page.form.productList.shown_ids) == 3, timeout=10_000)
    assert page.form.productList.shown_ids == (FRONT_CAMERA_STATIC, STEERING_ANGLE, 52342)
    assert page.form.bundleButton.text() == "Add the bundle"
    QTest.mouseClick(page.form.bundleButton, Qt.MouseButton.LeftButton)
    assert chosen_ids(page) == (FRONT_CAMERA_STATIC,)
    assert page.form.bundleButton.text() == "Remove the bundle"
    # An optional product is ticked like any other.
    QTest.mouseClick(row(qtbot, page, STEERING_ANGLE).check, Qt.MouseButton.LeftButton)
    assert chosen_ids(page) == (FRONT_CAMERA_STATIC, STEERING_ANGLE)
    QTest.mouseClick(page.form.bundleButton, Qt.MouseButton.LeftButton)
    assert chosen_ids(page) == ()


def test_enter_restores_choice_group_and_search(qtbot: QtBot, page: ProductsPage) -> None:
    saved = golf_draft(
        products=(
            ProductChoice(id=TOW_BAR, name="Tow bar coding (aftermarket)"),
            ProductChoice(id=SUPPORT, name="Remote diagnostic support"),
        ),
        group_id=CODING,
        search="",
    )
    entered(qtbot, page, saved)
    assert page.form.listTitle.text() == "Coding & programming"
    current = page.form.browseList.currentItem()
    assert current is not None
    assert current.text().startswith("Coding & programming")
    assert ticked(row(qtbot, page, TOW_BAR))
    assert not ticked(row(qtbot, page, PARKING_AID))
    assert list(page.form.selectedStrip.chips) == [TOW_BAR, SUPPORT]
    assert valid(page)
    # Back on the page later with a search under way.
    page.leave()
    page.enter(saved.model_copy(update={"products": saved.products.model_copy(update={"search": "remote"})}))
    assert page.form.searchEdit.text() == "remote"
    qtbot.waitUntil(lambda: SUPPORT in page.form.productList.shown_ids, timeout=10_000)
    assert ticked(row(qtbot, page, SUPPORT))


def test_next_fetches_the_questions_so_the_wizard_knows_whether_to_skip_them(
    qtbot: QtBot, page: ProductsPage, run: Callable[..., Any], sandbox: SandboxThread
) -> None:
    entered(qtbot, page, golf_draft(group_id=CODING))
    QTest.mouseClick(row(qtbot, page, PARKING_AID).check, Qt.MouseButton.LeftButton)
    QTest.mouseClick(row(qtbot, page, DRL).check, Qt.MouseButton.LeftButton)
    assert specs_of(page) is None
    assert run(page.before_next())
    assert specs_of(page) == ()
    assert page.draft.prerequisites.for_products == (PARKING_AID, DRL)
    assert next_step(page.draft) == Step.PRICE
    # Asking again for the same choice needs no request.
    sandbox.admin.clear_requests()
    assert run(page.before_next())
    assert sandbox.admin.requests("/v1/product-prerequisites") == []
    QTest.mouseClick(row(qtbot, page, TOW_BAR).check, Qt.MouseButton.LeftButton)
    assert specs_of(page) is None
    assert run(page.before_next())
    specs = specs_of(page)
    assert specs is not None
    assert {spec.kind for spec in specs} == {PrerequisiteKind.CHOICE}
    assert next_step(page.draft) == Step.PREREQUISITES


def test_next_stays_when_the_questions_cannot_be_fetched(
    qtbot: QtBot, page: ProductsPage, run: Callable[..., Any], sandbox: SandboxThread
) -> None:
    entered(qtbot, page, golf_draft(group_id=CODING))
    QTest.mouseClick(row(qtbot, page, TOW_BAR).check, Qt.MouseButton.LeftButton)
    sandbox.admin.add_fault(path="/v1/product-prerequisites", kind="status", status=500, times=5)
    assert not run(page.before_next())
    assert "questions for these services could not be fetched" in page.error
    assert specs_of(page) is None
    assert not page.busy


def test_a_failed_load_shows_retry_and_recovers(
    qtbot: QtBot, page: ProductsPage, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path="/v1/product-groups", kind="status", status=503, times=4)
    page.enter(golf_draft())
    qtbot.waitUntil(lambda: page.error != "", timeout=10_000)
    assert not page.busy
    QTest.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form.productList.shown_ids != (), timeout=10_000)
    assert page.error == ""


def _products(count: int) -> tuple[CatalogueProduct, ...]:
    return tuple(CatalogueProduct(id=n, name=f"Service {n}") for n in range(1, count + 1))


def test_showing_the_same_list_again_keeps_the_scroll_position(qtbot: QtBot) -> None:
    product_list = ProductList()
    qtbot.addWidget(product_list)
    product_list.resize(600, 300)
    product_list.show()
    products = _products(30)
    product_list.show_products(products)
    bar = product_list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    renamed = (CatalogueProduct(id=1, name="Service one"), *products[1:])
    product_list.show_products(renamed)
    assert bar.value() == bar.maximum()
    row_one = product_list.row(1)
    assert row_one is not None
    assert row_one.name_label.text() == "Service one"
    product_list.show_products(products[:5])
    assert bar.value() == 0
    assert product_list.shown_ids == (1, 2, 3, 4, 5)
    assert product_list.row(6) is None


def test_chips_wrap_and_keep_their_order(qtbot: QtBot) -> None:
    strip = SelectedStrip()
    qtbot.addWidget(strip)
    strip.resize(500, 200)
    strip.show()
    choices = [ProductChoice(id=n, name=f"A rather long service name {n}") for n in range(1, 6)]
    strip.set_choices(choices)
    qtbot.waitUntil(lambda: strip.chips[5].y() > strip.chips[1].y())
    first = strip.chips[1]
    strip.set_choices([choices[2], choices[0]])
    assert list(strip.chips) == [3, 1]
    # A chip still chosen is the same widget: no flicker, no lost focus.
    assert strip.chips[1] is first
    assert strip.title_label.text() == "Selected (2)"
    removed: list[int] = []
    strip.sig_removed.connect(removed.append)
    QTest.mouseClick(strip.chips[3], Qt.MouseButton.LeftButton)
    assert removed == [3]
