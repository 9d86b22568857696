"""The wizard's flow without Qt: the services over a real client against the sandbox, and the domain's rules.

Each test walks an order the way the window does it, but through :class:`~app.services.workbench.Workbench`
and :mod:`app.domain.wizard` only: after every step it asks :func:`blockers`, :func:`next_step` and
:func:`previous_step` what the window would show (Next off and why, where Next and Back go), changes the
draft only through the ``with_*`` functions, and saves it as the window's store would. What was ordered is
checked in the sandbox.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Final

import pytest
import pytest_asyncio

from app.api import CustomerApi
from app.domain.contract.customer_api import Op
from app.domain.ticket_state import TicketState
from app.domain.vin import validate_vin
from app.domain.wizard import (
    Blocker,
    PrerequisitesState,
    ProductsState,
    Step,
    VehicleState,
    WizardDraft,
    blockers,
    missing_answers,
    next_step,
    previous_step,
    with_login,
    with_prerequisites,
    with_price,
    with_products,
    with_ticket,
    with_vehicle,
)
from app.sandbox.runner import SandboxThread
from app.services.catalogue import questions_to_specs
from app.services.errors import Failure, ServiceError
from app.services.pricing import OrderConditions, Quote, VoucherStatus
from app.services.workbench import Workbench
from app.store.database import Database
from app.store.drafts import DraftStore
from tests.api.conftest import requests_for
from tests.samples import BMW_PINCODE, BMW_UUID, FAST_RETRY, GOLF_PINCODE, GOLF_UUID, GOLF_VIN

#: Remote diagnostic support asks yes/no (1), a number (8, optional) and text (20).
SUPPORT: Final = 52322
#: Tow bar coding (OE retrofit) asks yes/no (1) and two choices (9, 10).
TOW_BAR: Final = 52312
#: Ambient lighting retrofit coding asks nothing.
AMBIENT: Final = 52403

BATTERY_CHARGER: Final = 1
ODOMETER: Final = 8
COMPLAINT: Final = 20
SOCKET_SIDE: Final = 9
TOW_BAR_TYPE: Final = 10
ANSWERS: Final = {
    BATTERY_CHARGER: "true",
    ODOMETER: "84250.5",
    COMPLAINT: "Trailer lights dead after the retrofit, fault U1123 stored",
    SOCKET_SIDE: "Left",
    TOW_BAR_TYPE: "Detachable",
}
REFERENCE: Final = "WO-2025-0412"


@pytest_asyncio.fixture
async def workbench(sandbox: SandboxThread) -> AsyncIterator[Workbench]:
    """A logged-out workbench over a client of the (reset) sandbox; no keyring, nothing remembered."""
    async with Workbench(CustomerApi(sandbox.base_url, retry=FAST_RETRY, timeout=5.0)) as bench:
        yield bench


@pytest.fixture
def store() -> DraftStore:
    return DraftStore(Database.in_memory())


@pytest.fixture
def earlier(sandbox: SandboxThread) -> set[int]:
    """The ids of the tickets in the sandbox's sample history."""
    return {ticket["id"] for ticket in sandbox.admin.tickets()}


class Flow:
    """The window's part, without the window: the current draft, saved at every change as the window does,
    and Next / Back only where the domain allows them."""

    def __init__(self, store: DraftStore) -> None:
        self.store = store
        self.draft = WizardDraft()

    def change(self, draft: WizardDraft) -> WizardDraft:
        """Keep a changed draft and save it (the store refuses a draft holding a secret)."""
        assert draft.step == self.draft.step, "a change never moves the wizard"
        self.draft = draft
        self._save()
        return draft

    def next(self) -> Step:
        """Press Next: the step the domain allows (the test fails when Next would be off)."""
        target = next_step(self.draft)
        assert target is not None, f"Next is off on {self.draft.step}: {blockers(self.draft)}"
        self.draft = self.draft.at(target)
        self._save()
        return target

    def back(self) -> Step:
        """Press Back."""
        target = previous_step(self.draft)
        assert target is not None, f"Back is off on {self.draft.step}"
        self.draft = self.draft.at(target)
        self._save()
        return target

    def _save(self) -> None:
        login = self.draft.login
        if not login.logged_in:
            return
        self.store.save(
            self.draft.model_dump_json(), step=self.draft.step.value, connector_uuid=login.connector_uuid
        )
        stored = self.store.load()
        assert stored is not None
        assert WizardDraft.model_validate_json(stored.payload) == self.draft, "the saved draft reads back"


def priced(draft: WizardDraft, quote: Quote, conditions: OrderConditions) -> WizardDraft:
    """What the price page puts into the draft from a quote and the ordering conditions."""
    verdict = draft.price.model_copy(
        update={
            "quoted_for": quote.quoted_for,
            "needs_unattended_confirmation": quote.needs_unattended_confirmation,
            "voucher_refused": quote.voucher_status == VoucherStatus.REFUSED,
            "service_center_closed": conditions.service_center.closed,
            "wallet_too_low": not conditions.wallet.covers(quote.total.money),
            "total_text": str(quote.total.money),
        }
    )
    return with_price(draft, verdict)


async def found_car(flow: Flow, workbench: Workbench) -> None:
    """The vehicle page's part: the connector's VIN taken and resolved."""
    vin = flow.draft.login.connector_vin
    match = await workbench.vehicles.resolve(vin)
    assert match is not None
    state = VehicleState(
        vin=match.vin,
        vin_source="connector",
        vin_valid=validate_vin(match.vin).is_valid,
        vehicle=match.choice,
    )
    flow.change(with_vehicle(flow.draft, state))


async def chosen(flow: Flow, workbench: Workbench, *product_ids: int) -> None:
    """The products page's part: products ticked, then (before Next) their questions fetched."""
    car = flow.draft.vehicle.vehicle
    assert car is not None
    index = await workbench.catalogue.index(car.model_id, car.variant_id)
    products = []
    for product_id in product_ids:
        product = index.product(product_id)
        assert product is not None, f"product {product_id} is not offered for the car"
        products.append(product.choice())
    flow.change(
        with_products(flow.draft, flow.draft.products.model_copy(update={"products": tuple(products)}))
    )
    questions = await workbench.catalogue.prerequisites(car.model_id, car.variant_id, product_ids)
    state = flow.draft.prerequisites.model_copy(
        update={"specs": questions_to_specs(questions), "for_products": tuple(product_ids)}
    )
    flow.change(with_prerequisites(flow.draft, state))


def answered(flow: Flow, definition_id: int, value: str | None) -> None:
    """The questions page's part: one answer given (None takes it back)."""
    flow.change(with_prerequisites(flow.draft, flow.draft.prerequisites.with_answer(definition_id, value)))


@pytest.mark.asyncio
async def test_an_order_walks_every_step_as_the_window_would(
    workbench: Workbench, store: DraftStore, sandbox: SandboxThread, earlier: set[int]
) -> None:
    flow = Flow(store)

    # Login.
    assert blockers(flow.draft) == (Blocker.NOT_LOGGED_IN,)
    assert next_step(flow.draft) is None
    assert previous_step(flow.draft) is None
    login = await workbench.session.login_pincode(GOLF_UUID, GOLF_PINCODE, remember=False)
    assert login.active_ticket is None
    assert login.login_state.connector_vin == GOLF_VIN
    assert login.login_state.supports_doip
    flow.change(with_login(flow.draft, login.login_state))
    assert blockers(flow.draft) == ()
    assert flow.next() == Step.VEHICLE

    # Vehicle: nothing found yet, then the connector's VIN resolves to the Golf (which needs DoIP: fine here).
    assert blockers(flow.draft) == (Blocker.NO_VEHICLE, Blocker.VIN_INVALID)
    assert next_step(flow.draft) is None
    assert previous_step(flow.draft) == Step.LOGIN
    await found_car(flow, workbench)
    car = flow.draft.vehicle.vehicle
    assert car is not None
    assert car.make_name == "Volkswagen"
    assert car.requires_doip
    assert blockers(flow.draft) == ()
    assert flow.next() == Step.PRODUCTS

    # Products: two that ask questions. Before their questions are known the domain cannot skip the page.
    assert blockers(flow.draft) == (Blocker.NO_PRODUCTS,)
    assert next_step(flow.draft) is None
    index = await workbench.catalogue.index(car.model_id, car.variant_id)
    choice = tuple(p.choice() for p in (index.product(SUPPORT), index.product(TOW_BAR)) if p is not None)
    flow.change(with_products(flow.draft, ProductsState(products=choice)))
    assert blockers(flow.draft, Step.PREREQUISITES) == (Blocker.PREREQUISITES_UNKNOWN,)
    assert next_step(flow.draft) == Step.PREREQUISITES
    await chosen(flow, workbench, SUPPORT, TOW_BAR)
    specs = {spec.id: spec for spec in flow.draft.prerequisites.specs or ()}
    assert set(specs) == set(ANSWERS)
    assert {str(spec.kind) for spec in specs.values()} == {"boolean", "number", "string", "choice"}
    assert specs[SOCKET_SIDE].options == ("Left", "Right", "Centre")
    assert flow.next() == Step.PREREQUISITES

    # Questions: Next only once every required answer is given, and given right.
    assert blockers(flow.draft) == (Blocker.ANSWERS_MISSING,)
    required = {spec.id for spec in missing_answers(flow.draft.prerequisites)}
    assert required == {BATTERY_CHARGER, COMPLAINT, SOCKET_SIDE, TOW_BAR_TYPE}, "the odometer is optional"
    answered(flow, ODOMETER, "about 84000")
    answered(flow, SOCKET_SIDE, "Up")
    assert set(blockers(flow.draft)) == {Blocker.ANSWERS_MISSING, Blocker.ANSWER_INVALID}
    for definition_id, value in ANSWERS.items():
        answered(flow, definition_id, value)
    assert blockers(flow.draft) == ()
    assert previous_step(flow.draft) == Step.PRODUCTS
    assert flow.next() == Step.PRICE

    # Price: nothing counts before a quote; a refused voucher blocks; the accepted one lets the order on.
    assert blockers(flow.draft) == (Blocker.PRICE_UNKNOWN,)
    conditions = await workbench.pricing.conditions()
    flow.change(with_price(flow.draft, flow.draft.price.model_copy(update={"voucher": "SUMMER2025"})))
    refused = await workbench.pricing.quote(flow.draft)
    assert refused.voucher_status == VoucherStatus.REFUSED
    assert refused.voucher_reason
    flow.change(priced(flow.draft, refused, conditions))
    assert blockers(flow.draft) == (Blocker.VOUCHER_REFUSED,)
    flow.change(with_price(flow.draft, flow.draft.price.model_copy(update={"voucher": "WELCOME10"})))
    assert Blocker.PRICE_STALE in blockers(flow.draft), "the quote on hand is for the old voucher"
    quote = await workbench.pricing.quote(flow.draft)
    assert quote.voucher_status == VoucherStatus.ACCEPTED
    assert quote.total.money.amount < refused.total.money.amount
    flow.change(priced(flow.draft, quote, conditions))
    assert blockers(flow.draft) == ()
    assert previous_step(flow.draft) == Step.PREREQUISITES
    assert flow.next() == Step.TICKET

    # Ticket: created once; then there is no way back, only on to the live ticket.
    assert blockers(flow.draft) == (Blocker.TICKET_NOT_CREATED,)
    assert previous_step(flow.draft) == Step.PRICE
    flow.change(with_ticket(flow.draft, flow.draft.ticket.model_copy(update={"reference": REFERENCE})))
    ticket = await workbench.tickets.create(flow.draft)
    flow.change(with_ticket(flow.draft, flow.draft.ticket.model_copy(update={"ticket_id": ticket.id})))
    assert blockers(flow.draft) == ()
    assert previous_step(flow.draft) is None
    assert flow.next() == Step.LIVE
    assert next_step(flow.draft) is None
    assert previous_step(flow.draft) is None

    created = [t for t in sandbox.admin.tickets() if t["id"] not in earlier]
    assert len(created) == 1
    record = created[0]
    assert record["id"] == ticket.id
    assert record["state"] == TicketState.PENDING
    assert record["connector_id"] == login.connector.id
    assert record["vin"] == GOLF_VIN
    assert record["vehicle_model_variant_id"] == car.variant_id
    assert record["product_ids"] == [SUPPORT, TOW_BAR]
    sent = {(answer["definition_id"], answer["value"]) for answer in record["prerequisite_answers"]}
    assert sent == set(ANSWERS.items())
    assert record["voucher"] == "WELCOME10"
    assert record["reference"] == REFERENCE
    assert Decimal(record["total"]) == quote.total.money.amount
    posts = [entry for entry in requests_for(sandbox, Op.CREATE_TICKET) if entry["method"] == "POST"]
    assert [entry["idempotency_key"] for entry in posts] == [flow.draft.ticket.idempotency_key]
    stored = store.load()
    assert stored is not None
    assert stored.step == Step.LIVE.value
    assert WizardDraft.model_validate_json(stored.payload).ticket.ticket_id == ticket.id


@pytest.mark.asyncio
async def test_products_that_ask_nothing_skip_the_questions_both_ways(
    workbench: Workbench, store: DraftStore
) -> None:
    flow = Flow(store)
    login = await workbench.session.login_pincode(GOLF_UUID, GOLF_PINCODE, remember=False)
    flow.change(with_login(flow.draft, login.login_state))
    flow.next()
    await found_car(flow, workbench)
    assert flow.next() == Step.PRODUCTS
    await chosen(flow, workbench, AMBIENT)
    assert flow.draft.prerequisites.specs == ()
    assert flow.next() == Step.PRICE, "nothing to ask: straight to the price"
    assert previous_step(flow.draft) == Step.PRODUCTS
    assert flow.back() == Step.PRODUCTS

    # Adding a product that asks questions brings the page back; taking it away again skips it again.
    await chosen(flow, workbench, AMBIENT, SUPPORT)
    assert next_step(flow.draft) == Step.PREREQUISITES
    await chosen(flow, workbench, AMBIENT)
    assert next_step(flow.draft) == Step.PRICE


@pytest.mark.asyncio
async def test_a_changed_choice_asks_again_but_keeps_the_answers_and_a_changed_car_starts_over(
    workbench: Workbench, store: DraftStore
) -> None:
    flow = Flow(store)
    login = await workbench.session.login_pincode(GOLF_UUID, GOLF_PINCODE, remember=False)
    flow.change(with_login(flow.draft, login.login_state))
    flow.next()
    await found_car(flow, workbench)
    flow.next()
    await chosen(flow, workbench, SUPPORT, TOW_BAR)
    flow.next()
    for definition_id, value in ANSWERS.items():
        answered(flow, definition_id, value)
    assert blockers(flow.draft) == ()

    # Back on the products page the tow bar goes: its questions are stale until fetched for the new choice.
    assert flow.back() == Step.PRODUCTS
    flow.change(with_products(flow.draft, ProductsState(products=flow.draft.products.products[:1])))
    assert blockers(flow.draft, Step.PREREQUISITES) == (Blocker.PREREQUISITES_UNKNOWN,)
    await chosen(flow, workbench, SUPPORT)
    assert flow.next() == Step.PREREQUISITES
    assert blockers(flow.draft) == (), "the support's answers were given already"
    sent = {(answer.definition_id, answer.value) for answer in flow.draft.prerequisites.answers_to_send()}
    assert sent == {(d, v) for d, v in ANSWERS.items() if d in {BATTERY_CHARGER, ODOMETER, COMPLAINT}}

    # Another car (another variant, chosen by hand) drops the products, their questions and the answers.
    flow.back()
    flow.back()
    assert flow.draft.step == Step.VEHICLE
    car = flow.draft.vehicle.vehicle
    assert car is not None
    variants = await workbench.vehicles.variants(car.model_id)
    other = next(variant for variant in variants if variant.id != car.variant_id)
    groups = await workbench.vehicles.model_groups(car.make_id)
    models = await workbench.vehicles.models(car.model_group_id)
    makes = await workbench.vehicles.makes()
    choice = workbench.vehicles.choice(
        next(make for make in makes if make.id == car.make_id),
        next(group for group in groups if group.id == car.model_group_id),
        next(model for model in models if model.id == car.model_id),
        other,
    )
    state = flow.draft.vehicle.model_copy(update={"vehicle": choice, "manual": True})
    flow.change(with_vehicle(flow.draft, state))
    assert flow.draft.products == ProductsState()
    assert flow.draft.prerequisites == PrerequisitesState()
    assert flow.next() == Step.PRODUCTS
    assert blockers(flow.draft) == (Blocker.NO_PRODUCTS,)


@pytest.mark.asyncio
async def test_a_car_that_needs_doip_blocks_a_connector_without_it(
    workbench: Workbench, store: DraftStore, sandbox: SandboxThread, earlier: set[int]
) -> None:
    flow = Flow(store)
    login = await workbench.session.login_pincode(BMW_UUID, BMW_PINCODE, remember=False)
    assert not login.login_state.supports_doip
    flow.change(with_login(flow.draft, login.login_state))
    flow.next()
    await found_car(flow, workbench)
    car = flow.draft.vehicle.vehicle
    assert car is not None
    assert car.make_name == "BMW"
    assert car.requires_doip
    assert blockers(flow.draft) == (Blocker.DOIP_REQUIRED,)
    assert next_step(flow.draft) is None

    # Forced past the block (no page lets a technician do that), the server refuses the order all the same.
    await chosen(flow, workbench, AMBIENT)
    with pytest.raises(ServiceError) as refused:
        await workbench.tickets.create(flow.draft)
    assert refused.value.failure == Failure.DOIP_REQUIRED
    assert [t for t in sandbox.admin.tickets() if t["id"] not in earlier] == []


@pytest.mark.asyncio
async def test_logout_ends_the_session_and_forgets_the_kept_catalogue(sandbox: SandboxThread) -> None:
    async with CustomerApi(sandbox.base_url) as api:
        workbench = Workbench(api)
        await workbench.session.login_pincode(GOLF_UUID, GOLF_PINCODE, remember=False)
        makes = await workbench.vehicles.makes()
        assert makes
        searches = len(sandbox.admin.requests("/v1/vehicles/makes"))
        assert await workbench.vehicles.makes() == makes
        assert len(sandbox.admin.requests("/v1/vehicles/makes")) == searches, "kept while logged in"

        workbench.logout()

        assert not api.auth.is_authenticated
        await workbench.session.login_pincode(GOLF_UUID, GOLF_PINCODE, remember=False)
        await workbench.vehicles.makes()
        assert len(sandbox.admin.requests("/v1/vehicles/makes")) > searches, "fetched again after logout"
