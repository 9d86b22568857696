"""CatalogueService against the sandbox: groups, bundles, products, favourites, search and prerequisites."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from decimal import Decimal

import pytest
import pytest_asyncio

from app.api import CustomerApi, RetryPolicy
from app.api.models import Prerequisite, PrerequisiteOption, Product, ProductBundle
from app.domain.money import Money
from app.domain.wizard import PrerequisiteKind, ProductChoice, answer_problem
from app.sandbox.runner import SandboxThread
from app.services.catalogue import (
    CatalogueBundle,
    CatalogueProduct,
    CatalogueService,
    PrerequisiteQuestion,
    ProductGroup,
    ProductIndex,
    ProductPrice,
    normalize_search_text,
    questions_to_specs,
)
from app.services.errors import Failure, ServiceError
from tests.samples import GOLF
from tests.samples import GOLF_PINCODE as GOLF_PIN
from tests.samples import GOLF_UUID as GOLF_CONNECTOR

GOLF_MODEL, GOLF_VARIANT = GOLF.model_id, GOLF.variant_id
DIAGNOSTICS, CODING, ADAS, AIRBAG = 2691, 2692, 2694, 2695
REMOTE_DIAGNOSTIC_SUPPORT = 52322
GUIDED_FAULT_FINDING = 52324
TOW_BAR_AFTERMARKET = 52311
FRONT_CAMERA_STATIC = 52341
AIRBAG_UNIT = 52351
ECU_SOFTWARE_UPDATE = 52361
PARKING_AID = 52318


@pytest_asyncio.fixture
async def api(sandbox: SandboxThread) -> AsyncIterator[CustomerApi]:
    """A client logged in with the Golf's connector."""
    client = CustomerApi(
        sandbox.base_url, timeout=5.0, retry=RetryPolicy(max_attempts=2, base_delay=0.01, total_budget=3.0)
    )
    await client.auth.login_pincode(GOLF_CONNECTOR, GOLF_PIN)
    yield client
    await client.aclose()


@pytest.fixture
def catalogue(api: CustomerApi) -> CatalogueService:
    return CatalogueService(api)


def _requests(sandbox: SandboxThread, method: str, glob: str) -> list[dict[str, object]]:
    return [entry for entry in sandbox.admin.requests(glob) if entry["method"] == method]


@pytest.mark.asyncio
async def test_groups_of_the_sample_golf(catalogue: CatalogueService) -> None:
    groups = await catalogue.groups(GOLF_MODEL, GOLF_VARIANT)
    names = [group.name for group in groups]
    assert "Diagnostics" in names
    assert "Airbag & SRS" in names
    # A diesel Golf has no high-voltage system: that group is not offered.
    assert "Electric & hybrid" not in names
    assert len({group.id for group in groups}) == len(groups)


@pytest.mark.asyncio
async def test_products_of_a_group_carry_prices_group_and_flags(catalogue: CatalogueService) -> None:
    await catalogue.groups(GOLF_MODEL, GOLF_VARIANT)
    products = await catalogue.products(GOLF_MODEL, GOLF_VARIANT, group_id=DIAGNOSTICS)
    by_id = {product.id: product for product in products}
    assert REMOTE_DIAGNOSTIC_SUPPORT in by_id
    assert all(product.group_id == DIAGNOSTICS for product in products)
    assert all(product.group_name == "Diagnostics" for product in products)
    support = by_id[REMOTE_DIAGNOSTIC_SUPPORT]
    assert support.name == "Remote diagnostic support"
    assert "remote specialist" in support.description
    assert support.unattended is False
    assert support.price.to_pay == Money.of("59.00", "EUR")
    assert support.price.to_pay_local is not None
    assert support.price.to_pay_local.currency == "DKK"
    # Guided fault finding carries a standing discount of 10 %: net below gross.
    guided = by_id[GUIDED_FAULT_FINDING]
    assert guided.price.gross == Money.of("79.00", "EUR")
    assert guided.price.net == Money.of("71.10", "EUR")
    assert guided.price.discounted
    assert guided.price.discount_percent == Decimal("10.00")
    assert guided.choice() == ProductChoice(id=GUIDED_FAULT_FINDING, name=guided.name, unattended=False)


@pytest.mark.asyncio
async def test_unattended_and_oe_fee_are_read(catalogue: CatalogueService) -> None:
    index = await catalogue.index(GOLF_MODEL, GOLF_VARIANT)
    update = index.product(ECU_SOFTWARE_UPDATE)
    assert update is not None
    assert update.unattended
    assert update.price.oe_fee == Money.of("12.50", "EUR")
    assert update.group_name == "Software updates"


@pytest.mark.asyncio
async def test_bundles_carry_their_required_and_optional_blocks(catalogue: CatalogueService) -> None:
    bundles = await catalogue.bundles(GOLF_MODEL, GOLF_VARIANT)
    windscreen = next(bundle for bundle in bundles if bundle.name == "Windscreen replacement")
    assert windscreen.group_id == ADAS
    assert windscreen.required == (FRONT_CAMERA_STATIC,)
    assert windscreen.optional_blocks == ((52347, 52342),)
    assert windscreen.product_ids == (FRONT_CAMERA_STATIC, 52347, 52342)
    of_adas = await catalogue.bundles(GOLF_MODEL, GOLF_VARIANT, group_id=ADAS)
    assert {bundle.group_id for bundle in of_adas} == {ADAS}
    assert windscreen.id in {bundle.id for bundle in of_adas}
    in_bundle = await catalogue.products(GOLF_MODEL, GOLF_VARIANT, bundle_id=windscreen.id)
    assert {product.id for product in in_bundle} == set(windscreen.product_ids)


def test_a_bundle_keeps_optional_products_apart_from_required_ones() -> None:
    bundle = CatalogueBundle.from_api(
        ProductBundle.model_validate(
            {
                "id": "5f3d760d-ade2-4a19-aea4-36e097678ae3",
                "name": "Navigation",
                "blocks": [
                    {"optional": False, "product_ids": [[1, 2]]},
                    {"optional": True, "product_ids": [[2, 3]]},
                    {"optional": True, "product_ids": [[1]]},
                ],
            }
        )
    )
    assert bundle.required == (1, 2)
    # 2 is required anyway; a block left with nothing to choose is not offered.
    assert bundle.optional_blocks == ((3,),)


@pytest.mark.asyncio
async def test_favourite_round_trip_on_the_server(
    catalogue: CatalogueService, sandbox: SandboxThread
) -> None:
    assert await catalogue.favourites(GOLF_MODEL, GOLF_VARIANT) == ()
    await catalogue.set_favourite(TOW_BAR_AFTERMARKET, True)
    favourites = await catalogue.favourites(GOLF_MODEL, GOLF_VARIANT)
    assert [product.id for product in favourites] == [TOW_BAR_AFTERMARKET]
    assert favourites[0].favourite
    await catalogue.set_favourite(favourites[0], False)
    assert await catalogue.favourites(GOLF_MODEL, GOLF_VARIANT) == ()
    # Removing again is not an error: the product is not a favourite, as asked.
    await catalogue.set_favourite(TOW_BAR_AFTERMARKET, False)
    posts = _requests(sandbox, "POST", "/v1/favorite-products")
    deletes = _requests(sandbox, "DELETE", f"/v1/favorite-products/{TOW_BAR_AFTERMARKET}")
    assert len(posts) == 1
    assert len(deletes) == 2


@pytest.mark.asyncio
async def test_a_favourite_toggle_updates_the_kept_index(catalogue: CatalogueService) -> None:
    index = await catalogue.index(GOLF_MODEL, GOLF_VARIANT)
    assert index.product(PARKING_AID) is not None
    assert not index.product(PARKING_AID).favourite  # type: ignore[union-attr]
    await catalogue.set_favourite(PARKING_AID, True)
    kept = catalogue.cached_index(GOLF_MODEL, GOLF_VARIANT)
    assert kept is not None
    assert kept.product(PARKING_AID).favourite  # type: ignore[union-attr]
    # Favourites found later know their group from the index.
    favourites = await catalogue.favourites(GOLF_MODEL, GOLF_VARIANT)
    assert favourites[0].group_name == "Coding & programming"


@pytest.mark.asyncio
async def test_a_refused_favourite_raises_a_service_error(
    catalogue: CatalogueService, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path="/v1/favorite-products", method="POST", kind="status", status=403, times=1)
    with pytest.raises(ServiceError) as caught:
        await catalogue.set_favourite(TOW_BAR_AFTERMARKET, True)
    assert caught.value.failure == Failure.FORBIDDEN
    assert await catalogue.favourites(GOLF_MODEL, GOLF_VARIANT) == ()


@pytest.mark.asyncio
async def test_search_loads_every_group_once_and_filters_locally(
    catalogue: CatalogueService, sandbox: SandboxThread
) -> None:
    groups = await catalogue.groups(GOLF_MODEL, GOLF_VARIANT)
    sandbox.admin.clear_requests()
    found = await catalogue.search(GOLF_MODEL, GOLF_VARIANT, "tow bar")
    assert {product.id for product in found} == {TOW_BAR_AFTERMARKET, 52312}
    group_requests = _requests(sandbox, "GET", "/v1/products")
    assert len(group_requests) == len(groups)
    # Words in any order, any case, accents ignored; description and group count too.
    airbag = await catalogue.search(GOLF_MODEL, GOLF_VARIANT, "AIRBAG replacement unit")
    # The pretensioner coding mentions the airbag control unit only in its description: it comes after.
    assert [product.id for product in airbag] == [AIRBAG_UNIT, 52355]
    assert await catalogue.search(GOLF_MODEL, GOLF_VARIANT, "calibration 360") != ()
    by_group_name = await catalogue.search(GOLF_MODEL, GOLF_VARIANT, "srs")
    assert AIRBAG_UNIT in {product.id for product in by_group_name}
    assert await catalogue.search(GOLF_MODEL, GOLF_VARIANT, "   ") == ()
    assert await catalogue.search(GOLF_MODEL, GOLF_VARIANT, "xyzzy") == ()
    # All of that from the kept index: not one more request.
    assert len(_requests(sandbox, "GET", "/v1/products")) == len(groups)


@pytest.mark.asyncio
async def test_search_ranks_name_matches_first(catalogue: CatalogueService) -> None:
    found = await catalogue.search(GOLF_MODEL, GOLF_VARIANT, "Control  UNIT")
    names = [normalize_search_text(product.name) for product in found]
    in_name = [name for name in names if "control unit" in name]
    assert len(in_name) == 6
    assert names[: len(in_name)] == in_name
    assert len(names) > len(in_name), "some products mention a control unit only in their description"


@pytest.mark.asyncio
async def test_concurrent_searches_share_one_load_and_the_cache_expires(
    api: CustomerApi, sandbox: SandboxThread
) -> None:
    now = [1000.0]
    catalogue = CatalogueService(api, cache_seconds=60, clock=lambda: now[0])
    sandbox.admin.clear_requests()
    first, second = await asyncio.gather(
        catalogue.search(GOLF_MODEL, GOLF_VARIANT, "key"),
        catalogue.search(GOLF_MODEL, GOLF_VARIANT, "camera"),
    )
    assert first
    assert second
    assert len(_requests(sandbox, "GET", "/v1/product-groups")) == 1
    now[0] += 61
    assert catalogue.cached_index(GOLF_MODEL, GOLF_VARIANT) is None
    await catalogue.search(GOLF_MODEL, GOLF_VARIANT, "key")
    assert len(_requests(sandbox, "GET", "/v1/product-groups")) == 2


@pytest.mark.asyncio
async def test_a_cancelled_search_does_not_break_the_shared_load(catalogue: CatalogueService) -> None:
    impatient = asyncio.ensure_future(catalogue.search(GOLF_MODEL, GOLF_VARIANT, "key"))
    patient = asyncio.ensure_future(catalogue.search(GOLF_MODEL, GOLF_VARIANT, "camera"))
    await asyncio.sleep(0)
    impatient.cancel()
    assert await patient
    assert impatient.cancelled()


@pytest.mark.asyncio
async def test_a_failed_index_load_is_not_kept(catalogue: CatalogueService, sandbox: SandboxThread) -> None:
    sandbox.admin.add_fault(path="/v1/product-groups", kind="status", status=404, times=1)
    with pytest.raises(ServiceError):
        await catalogue.search(GOLF_MODEL, GOLF_VARIANT, "key")
    assert catalogue.cached_index(GOLF_MODEL, GOLF_VARIANT) is None
    assert await catalogue.search(GOLF_MODEL, GOLF_VARIANT, "key")


@pytest.mark.asyncio
async def test_prerequisites_of_all_four_kinds(catalogue: CatalogueService, sandbox: SandboxThread) -> None:
    # Remote diagnostic support asks text, yes/no and a number; the tow bar asks choices.
    questions = await catalogue.prerequisites(
        GOLF_MODEL, GOLF_VARIANT, [REMOTE_DIAGNOSTIC_SUPPORT, TOW_BAR_AFTERMARKET]
    )
    kinds = {question.kind for question in questions}
    assert kinds == set(PrerequisiteKind)
    assert len({question.id for question in questions}) == len(questions)
    by_kind = {question.kind: question for question in questions}
    boolean = by_kind[PrerequisiteKind.BOOLEAN]
    assert boolean.text == "Is a battery charger connected (min. 13.2 V)?"
    assert boolean.name == "Battery charger"
    assert "control unit" in boolean.description
    assert boolean.required
    assert boolean.spec.label == boolean.text
    choice = next(q for q in questions if q.name == "Tow bar socket position")
    assert choice.options == ("Left", "Right", "Centre")
    assert choice.spec.options == ("Left", "Right", "Centre")
    assert answer_problem(choice.spec, "Left") is None
    assert answer_problem(choice.spec, "Up") is not None
    odometer = next(q for q in questions if q.name == "Odometer reading")
    assert odometer.kind == PrerequisiteKind.NUMBER
    assert not odometer.required
    # A description that only repeats the name tells nothing: it is not shown twice.
    assert odometer.description == ""
    specs = questions_to_specs(questions)
    assert [spec.id for spec in specs] == [question.id for question in questions]
    sandbox.admin.clear_requests()
    # Asked again for the same products (any order): kept, no request.
    again = await catalogue.prerequisites(
        GOLF_MODEL, GOLF_VARIANT, [TOW_BAR_AFTERMARKET, REMOTE_DIAGNOSTIC_SUPPORT]
    )
    assert again == questions
    assert catalogue.cached_prerequisites(GOLF_MODEL, GOLF_VARIANT, [TOW_BAR_AFTERMARKET, 52322]) == questions
    assert _requests(sandbox, "GET", "/v1/product-prerequisites") == []


@pytest.mark.asyncio
async def test_products_without_questions_and_no_products(catalogue: CatalogueService) -> None:
    assert await catalogue.prerequisites(GOLF_MODEL, GOLF_VARIANT, [PARKING_AID]) == ()
    assert await catalogue.prerequisites(GOLF_MODEL, GOLF_VARIANT, []) == ()
    assert catalogue.cached_prerequisites(GOLF_MODEL, GOLF_VARIANT, []) == ()


@pytest.mark.asyncio
async def test_a_product_not_offered_is_a_rejected_request(catalogue: CatalogueService) -> None:
    with pytest.raises(ServiceError) as caught:
        await catalogue.prerequisites(GOLF_MODEL, GOLF_VARIANT, [99999])
    assert caught.value.failure == Failure.REJECTED


@pytest.mark.asyncio
async def test_offline_becomes_a_retryable_service_error(
    catalogue: CatalogueService, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path="/v1/product-groups", kind="drop", times=5)
    with pytest.raises(ServiceError) as caught:
        await catalogue.groups(GOLF_MODEL, GOLF_VARIANT)
    assert caught.value.retryable


def test_a_question_of_an_unknown_kind_is_asked_as_text() -> None:
    question = PrerequisiteQuestion.from_api(
        Prerequisite(id=9, name="Photo", question="Take a photo of the label", type="Photo", required=True)
    )
    assert question.kind == "photo"
    assert question.options == ()
    assert answer_problem(question.spec, "done") is None
    assert answer_problem(question.spec, "") == "required"


def test_a_choice_keeps_its_option_values_once_in_order() -> None:
    question = PrerequisiteQuestion.from_api(
        Prerequisite(
            id=1,
            name="Side",
            type=" Choice ",
            options=(
                PrerequisiteOption(id=1, value="Left"),
                PrerequisiteOption(id=2, value="Right"),
                PrerequisiteOption(id=3, value="Left"),
            ),
        )
    )
    assert question.kind == PrerequisiteKind.CHOICE
    assert question.options == ("Left", "Right")
    assert question.text == "Side"


def test_the_deprecated_price_is_only_a_fallback() -> None:
    old_only = Product.model_validate(
        {
            "id": 1,
            "name": "Old",
            "price": {"price_original": 10, "price_final": 8, "currency": "EUR"},
        }
    )
    price = ProductPrice.from_api(old_only)
    assert price.gross == Money.of("10", "EUR")
    assert price.to_pay == Money.of("8", "EUR")
    assert price.discount_percent == Decimal("20.00")
    both = Product.model_validate(
        {
            "id": 1,
            "name": "New",
            "net_price": {"currency": "EUR", "value": 100},
            "price": {"price_original": 10, "price_final": 8, "currency": "EUR"},
        }
    )
    assert ProductPrice.from_api(both).to_pay == Money.of("100", "EUR")
    nothing = ProductPrice.from_api(Product.model_validate({"id": 1, "name": "Free?"}))
    assert nothing.to_pay is None
    assert not nothing.discounted


def test_an_unreadable_currency_shows_no_price() -> None:
    product = Product.model_validate({"id": 1, "name": "X", "net_price": {"currency": "euro", "value": 5}})
    assert ProductPrice.from_api(product).to_pay is None


def test_search_ignores_accents_case_and_spacing() -> None:
    electric = ProductGroup(id=1, name="Électrique")
    megane = CatalogueProduct(id=7, name="Mégane  radar", group_id=1, group_name="Électrique")
    index = ProductIndex(groups=(electric,), by_group={1: (megane,)})
    assert normalize_search_text("  Mégane \t RADAR ") == "megane radar"
    assert index.search("MEGANE radar") == (megane,)
    assert index.search("electrique") == (megane,)
    assert index.search("megane lidar") == ()
    assert index.count(1) == 1
    assert index.count(2) == 0
    assert index.product(7) == megane
    assert index.product(8) is None


def test_a_product_in_two_groups_is_found_once() -> None:
    first, second = ProductGroup(id=1, name="A"), ProductGroup(id=2, name="B")
    shared = CatalogueProduct(id=5, name="Shared")
    index = ProductIndex(groups=(first, second), by_group={1: (shared,), 2: (shared,)})
    assert index.products == (shared,)
    assert index.search("shared") == (shared,)
    starred = index.with_favourite(5, on=True)
    assert starred.product(5) is not None
    assert starred.product(5).favourite  # type: ignore[union-attr]
    assert not shared.favourite
