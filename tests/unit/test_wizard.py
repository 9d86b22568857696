"""The wizard as data (app.domain.wizard), without Qt: steps, blockers, invalidation, answers, JSON."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.wizard import (
    STEP_ORDER,
    Answer,
    Blocker,
    LoginState,
    PrerequisiteKind,
    PrerequisiteSpec,
    PrerequisitesState,
    PriceState,
    ProductChoice,
    ProductsState,
    Step,
    TicketDraft,
    VehicleChoice,
    VehicleState,
    WizardDraft,
    answer_problem,
    blockers,
    is_complete,
    missing_answers,
    next_step,
    previous_step,
    vehicle_title,
    with_login,
    with_prerequisites,
    with_price,
    with_products,
    with_ticket,
    with_vehicle,
)
from tests.samples import GOLF, GOLF_CONNECTOR_ID, GOLF_UUID, GOLF_VIN

GOLF_OTHER_ENGINE = GOLF.model_copy(update={"variant_id": 91010401, "variant_name": "1.5 TSI"})

BOOLEAN = PrerequisiteSpec(id=1, kind=PrerequisiteKind.BOOLEAN, required=True, label="Charger?")
STRING = PrerequisiteSpec(id=4, kind=PrerequisiteKind.STRING, required=True, label="Part number")
NUMBER = PrerequisiteSpec(id=8, kind=PrerequisiteKind.NUMBER, required=False, label="Odometer")
CHOICE = PrerequisiteSpec(
    id=9, kind=PrerequisiteKind.CHOICE, required=True, options=("Left", "Right", "Centre"), label="Side"
)
ALL_KINDS = (BOOLEAN, STRING, NUMBER, CHOICE)

SUPPORT = ProductChoice(id=52322, name="Remote diagnostic support")
TOW_BAR = ProductChoice(id=52311, name="Tow bar coding (aftermarket)")
PARKING = ProductChoice(id=52318, name="Parking aid retrofit coding")
UPDATE = ProductChoice(id=52361, name="ECU software update", unattended=True)


def logged_in(*, doip: bool = True, uuid: str = GOLF_UUID) -> LoginState:
    return LoginState(connector_uuid=uuid, connector_id=GOLF_CONNECTOR_ID, supports_doip=doip)


def with_car(draft: WizardDraft | None = None, car: VehicleChoice = GOLF) -> WizardDraft:
    draft = draft or WizardDraft(login=logged_in())
    return with_vehicle(
        draft, VehicleState(vin=GOLF_VIN, vin_source="connector", vin_valid=True, vehicle=car)
    )


def chosen(draft: WizardDraft, *products: ProductChoice) -> WizardDraft:
    return with_products(draft, ProductsState(products=products, group_id=2691))


def asked(draft: WizardDraft, *specs: PrerequisiteSpec) -> WizardDraft:
    state = draft.prerequisites.model_copy(
        update={"specs": specs, "for_products": draft.products.product_ids}
    )
    return with_prerequisites(draft, state)


def answered(draft: WizardDraft, **values: str) -> WizardDraft:
    state = draft.prerequisites
    ids = {"boolean": BOOLEAN.id, "string": STRING.id, "number": NUMBER.id, "choice": CHOICE.id}
    for kind, value in values.items():
        state = state.with_answer(ids[kind], value)
    return with_prerequisites(draft, state)


def quoted(draft: WizardDraft, **changes: object) -> WizardDraft:
    price = draft.price.model_copy(
        update={"quoted_for": (draft.products.product_ids, draft.price.voucher.strip()), **changes}
    )
    return with_price(draft, price)


def full_draft() -> WizardDraft:
    """A draft filled in up to the ticket page: every piece has something in it."""
    draft = chosen(with_car(), SUPPORT, TOW_BAR)
    draft = asked(draft, *ALL_KINDS)
    draft = answered(draft, boolean="true", string="5Q0 959 655", number="123456.5", choice="Left")
    draft = with_price(draft, draft.price.model_copy(update={"voucher": "WELCOME10"}))
    draft = quoted(draft, total_text="EUR 98.10")
    draft = with_ticket(draft, draft.ticket.model_copy(update={"reference": "WO-4711", "summary": "MIL on"}))
    return draft.at(Step.TICKET)


# --- next and previous ----------------------------------------------------------------------------------


def test_the_steps_run_in_the_documented_order() -> None:
    assert STEP_ORDER == (
        Step.LOGIN,
        Step.VEHICLE,
        Step.PRODUCTS,
        Step.PREREQUISITES,
        Step.PRICE,
        Step.TICKET,
        Step.LIVE,
    )


def test_next_is_none_while_the_step_is_incomplete() -> None:
    assert next_step(WizardDraft()) is None
    assert next_step(WizardDraft(login=logged_in()).at(Step.VEHICLE)) is None
    assert next_step(with_car().at(Step.PRODUCTS)) is None


def test_next_walks_through_every_step_of_a_complete_draft() -> None:
    draft = WizardDraft(login=logged_in())
    assert next_step(draft) == Step.VEHICLE
    draft = with_car(draft).at(Step.VEHICLE)
    assert next_step(draft) == Step.PRODUCTS
    draft = chosen(draft, SUPPORT).at(Step.PRODUCTS)
    # Questions not fetched yet: the questions page fetches them.
    assert next_step(draft) == Step.PREREQUISITES
    draft = asked(draft, BOOLEAN, STRING).at(Step.PREREQUISITES)
    assert next_step(draft) is None
    draft = answered(draft, boolean="false", string="x")
    assert next_step(draft) == Step.PRICE
    draft = quoted(draft.at(Step.PRICE))
    assert next_step(draft) == Step.TICKET
    draft = draft.at(Step.TICKET)
    assert next_step(draft) is None
    draft = with_ticket(draft, draft.ticket.model_copy(update={"ticket_id": 4711}))
    assert next_step(draft) == Step.LIVE
    assert next_step(draft.at(Step.LIVE)) is None


def test_products_without_questions_skip_the_questions_page_both_ways() -> None:
    draft = asked(chosen(with_car(), PARKING)).at(Step.PRODUCTS)
    assert draft.prerequisites.specs == ()
    assert next_step(draft) == Step.PRICE
    assert previous_step(quoted(draft.at(Step.PRICE))) == Step.PRODUCTS


def test_the_skip_needs_questions_fetched_for_the_current_products() -> None:
    draft = asked(chosen(with_car(), PARKING))
    # The technician adds a product after the (empty) questions were fetched: they must be fetched again.
    draft = chosen(draft, PARKING, SUPPORT).at(Step.PRODUCTS)
    assert draft.prerequisites.specs is None
    assert next_step(draft) == Step.PREREQUISITES
    stale = with_prerequisites(draft, PrerequisitesState(specs=(), for_products=(PARKING.id,))).at(
        Step.PRODUCTS
    )
    assert next_step(stale) == Step.PREREQUISITES


def test_previous_goes_back_one_step_and_stops_at_the_ends() -> None:
    draft = asked(chosen(with_car(), SUPPORT), BOOLEAN)
    assert previous_step(draft.at(Step.LOGIN)) is None
    assert previous_step(draft.at(Step.VEHICLE)) == Step.LOGIN
    assert previous_step(draft.at(Step.PRODUCTS)) == Step.VEHICLE
    assert previous_step(draft.at(Step.PREREQUISITES)) == Step.PRODUCTS
    assert previous_step(draft.at(Step.PRICE)) == Step.PREREQUISITES
    assert previous_step(draft.at(Step.TICKET)) == Step.PRICE
    assert previous_step(draft.at(Step.LIVE)) is None


def test_previous_goes_to_the_questions_while_they_are_unknown() -> None:
    draft = chosen(with_car(), SUPPORT).at(Step.PRICE)
    assert draft.prerequisites.specs is None
    assert previous_step(draft) == Step.PREREQUISITES


def test_a_created_ticket_cannot_be_left_backwards() -> None:
    draft = full_draft()
    assert previous_step(draft) == Step.PRICE
    created = with_ticket(draft, draft.ticket.model_copy(update={"ticket_id": 12}))
    assert previous_step(created) is None


def test_back_keeps_every_choice() -> None:
    draft = full_draft()
    back = draft.at(previous_step(draft) or Step.LOGIN)
    assert back.step == Step.PRICE
    assert back.model_copy(update={"step": Step.TICKET}) == draft


# --- blockers per step ------------------------------------------------------------------------------------


def test_login_blockers() -> None:
    assert blockers(WizardDraft()) == (Blocker.NOT_LOGGED_IN,)
    assert blockers(WizardDraft(login=logged_in())) == ()
    assert not LoginState(connector_uuid="x").logged_in


def test_vehicle_blockers() -> None:
    draft = WizardDraft(login=logged_in()).at(Step.VEHICLE)
    # Every ticket carries the VIN: none yet is a blocker of its own.
    assert blockers(draft) == (Blocker.NO_VEHICLE, Blocker.VIN_INVALID)
    typed_wrong = with_vehicle(draft, VehicleState(vin="WVWZZZ", vin_source="typed"))
    assert blockers(typed_wrong) == (Blocker.NO_VEHICLE, Blocker.VIN_INVALID)
    typed_right = with_vehicle(
        draft, VehicleState(vin="WVWZZZCDZMW072915", vin_source="typed", vin_valid=True)
    )
    assert blockers(typed_right) == (Blocker.NO_VEHICLE,)
    assert blockers(with_car(draft)) == ()
    assert blockers(with_car(draft), Step.VEHICLE) == ()


def test_a_car_that_needs_doip_blocks_a_connector_without_it() -> None:
    draft = with_car(WizardDraft(login=logged_in(doip=False))).at(Step.VEHICLE)
    assert blockers(draft) == (Blocker.DOIP_REQUIRED,)
    older_car = GOLF.model_copy(update={"requires_doip": False})
    assert blockers(with_car(draft, older_car)) == ()


def test_a_car_chosen_by_hand_still_needs_a_valid_vin() -> None:
    draft = WizardDraft(login=logged_in()).at(Step.VEHICLE)
    manual = with_vehicle(draft, VehicleState(vin="NOT A VIN", vin_valid=False, vehicle=GOLF, manual=True))
    assert blockers(manual) == (Blocker.VIN_INVALID,)
    without_vin = with_vehicle(draft, VehicleState(vehicle=GOLF, manual=True))
    assert blockers(without_vin) == (Blocker.VIN_INVALID,)
    valid = with_vehicle(
        draft,
        VehicleState(vin="WVWZZZCDZMW072915", vin_source="typed", vin_valid=True, vehicle=GOLF, manual=True),
    )
    assert blockers(valid) == ()


def test_products_blockers() -> None:
    draft = with_car().at(Step.PRODUCTS)
    assert blockers(draft) == (Blocker.NO_PRODUCTS,)
    assert blockers(chosen(draft, SUPPORT)) == ()


def test_prerequisites_blockers() -> None:
    draft = chosen(with_car(), SUPPORT, TOW_BAR).at(Step.PREREQUISITES)
    assert blockers(draft) == (Blocker.PREREQUISITES_UNKNOWN,)
    draft = asked(draft, *ALL_KINDS)
    # Three required questions unanswered; the optional number does not count.
    assert blockers(draft) == (Blocker.ANSWERS_MISSING,)
    assert [spec.id for spec in missing_answers(draft.prerequisites)] == [BOOLEAN.id, STRING.id, CHOICE.id]
    draft = answered(draft, boolean="true", string="ABC", choice="Up", number="twelve")
    assert blockers(draft) == (Blocker.ANSWER_INVALID,)
    assert [spec.id for spec in missing_answers(draft.prerequisites)] == [NUMBER.id, CHOICE.id]
    draft = answered(draft, choice="Right", number="12")
    assert blockers(draft) == ()
    assert missing_answers(draft.prerequisites) == ()


def test_both_missing_and_invalid_answers_are_reported_once_each() -> None:
    draft = asked(chosen(with_car(), SUPPORT), *ALL_KINDS).at(Step.PREREQUISITES)
    draft = answered(draft, number="x")
    assert blockers(draft) == (Blocker.ANSWERS_MISSING, Blocker.ANSWER_INVALID)


def test_questions_fetched_for_other_products_are_unknown() -> None:
    draft = asked(chosen(with_car(), SUPPORT), BOOLEAN)
    stale = with_prerequisites(draft, draft.prerequisites.model_copy(update={"for_products": (TOW_BAR.id,)}))
    assert blockers(stale, Step.PREREQUISITES) == (Blocker.PREREQUISITES_UNKNOWN,)


def test_price_blockers() -> None:
    draft = chosen(with_car(), UPDATE).at(Step.PRICE)
    assert blockers(draft) == (Blocker.PRICE_UNKNOWN,)
    draft = quoted(draft)
    assert blockers(draft) == ()
    changed_voucher = with_price(draft, draft.price.model_copy(update={"voucher": "NEW"}))
    assert blockers(changed_voucher) == (Blocker.PRICE_STALE,)
    padded = with_price(draft, draft.price.model_copy(update={"voucher": "  "}))
    assert blockers(padded) == ()
    every_problem = quoted(
        draft,
        voucher_refused=True,
        needs_unattended_confirmation=True,
        service_center_closed=True,
        wallet_too_low=True,
    )
    assert blockers(every_problem) == (
        Blocker.VOUCHER_REFUSED,
        Blocker.UNATTENDED_NOT_CONFIRMED,
        Blocker.SERVICE_CENTER_CLOSED,
        Blocker.WALLET_TOO_LOW,
    )
    confirmed = quoted(draft, needs_unattended_confirmation=True, confirmed_unattended=True)
    assert blockers(confirmed) == ()


def test_a_quote_for_other_products_is_stale() -> None:
    draft = quoted(chosen(with_car(), SUPPORT)).at(Step.PRICE)
    more = chosen(draft, SUPPORT, TOW_BAR)
    assert Blocker.PRICE_STALE in blockers(more)


def test_ticket_blockers() -> None:
    draft = full_draft()
    assert blockers(draft) == (Blocker.TICKET_NOT_CREATED,)
    created = with_ticket(draft, draft.ticket.model_copy(update={"ticket_id": 1}))
    assert blockers(created) == ()
    assert is_complete(created)
    assert not is_complete(draft)
    assert is_complete(draft, Step.PRICE)
    assert blockers(draft.at(Step.LIVE)) == ()


# --- changes and what they invalidate -------------------------------------------------------------------


def test_another_variant_drops_products_answers_and_price_but_keeps_the_voucher() -> None:
    draft = full_draft()
    other = with_car(draft, GOLF_OTHER_ENGINE)
    assert other.vehicle.vehicle == GOLF_OTHER_ENGINE
    assert other.products == ProductsState()
    assert other.prerequisites == PrerequisitesState()
    assert other.price == PriceState(voucher="WELCOME10")
    # What belongs to neither the car nor its products stays.
    assert other.login == draft.login
    assert other.ticket == draft.ticket
    assert other.step == draft.step


def test_the_same_variant_keeps_everything() -> None:
    draft = full_draft()
    scanned = VehicleState(vin="WVWZZZCDZMW072915", vin_source="scanned", vin_valid=True, vehicle=GOLF)
    same = with_vehicle(draft, scanned)
    assert same.vehicle.vin_source == "scanned"
    assert same.products == draft.products
    assert same.prerequisites == draft.prerequisites
    assert same.price == draft.price


def test_the_first_vehicle_keeps_the_empty_rest() -> None:
    draft = WizardDraft(login=logged_in(), price=PriceState(voucher="V"))
    first = with_car(draft)
    assert first.price == PriceState(voucher="V")


def test_losing_the_vehicle_drops_the_products() -> None:
    draft = full_draft()
    lost = with_vehicle(draft, VehicleState(vin="WVWZZZ", vin_source="typed"))
    assert lost.products.products == ()
    assert lost.prerequisites.answers == ()


def test_products_chosen_before_a_vehicle_is_known_are_dropped_with_the_vehicle() -> None:
    draft = with_products(WizardDraft(login=logged_in()), ProductsState(products=(SUPPORT,)))
    assert with_car(draft).products == ProductsState()


def test_another_product_choice_keeps_answers_but_refetches_questions() -> None:
    draft = quoted(full_draft(), needs_unattended_confirmation=True, confirmed_unattended=True)
    fewer = chosen(draft, SUPPORT)
    assert fewer.prerequisites.specs is None
    assert fewer.prerequisites.for_products == ()
    # Back to the products page and forth again must not cost the technician their answers.
    assert fewer.prerequisites.answers == draft.prerequisites.answers
    assert not fewer.price.confirmed_unattended
    assert fewer.price.voucher == "WELCOME10"


def test_browsing_without_changing_the_choice_keeps_the_questions() -> None:
    draft = full_draft()
    browsed = with_products(draft, draft.products.model_copy(update={"group_id": 2699, "search": "tow"}))
    assert browsed.prerequisites == draft.prerequisites
    assert browsed.price == draft.price
    assert browsed.products.search == "tow"


def test_product_ids_follow_the_choice_order() -> None:
    state = ProductsState(products=(TOW_BAR, SUPPORT, PARKING))
    assert state.product_ids == (TOW_BAR.id, SUPPORT.id, PARKING.id)


def test_another_connector_starts_from_scratch() -> None:
    draft = full_draft()
    other = with_login(draft, logged_in(uuid="11111111-2222-3333-4444-555555555555"))
    assert other.login.connector_uuid.startswith("1111")
    assert other.vehicle == VehicleState()
    assert other.products == ProductsState()
    assert other.ticket.idempotency_key != draft.ticket.idempotency_key
    assert other.step == draft.step


def test_the_same_connector_logging_in_again_keeps_the_work() -> None:
    draft = full_draft()
    again = with_login(draft, draft.login.model_copy(update={"is_online": False}))
    assert not again.login.is_online
    assert again.products == draft.products
    assert again.ticket == draft.ticket
    first = with_login(WizardDraft(), logged_in())
    assert first.login.logged_in


def test_every_draft_gets_its_own_idempotency_key() -> None:
    keys = {WizardDraft().ticket.idempotency_key for _ in range(20)}
    assert len(keys) == 20
    assert TicketDraft().idempotency_key != TicketDraft().idempotency_key


def test_pieces_are_immutable() -> None:
    draft = WizardDraft()
    with pytest.raises(ValueError, match="frozen"):
        draft.step = Step.PRICE  # type: ignore[misc]
    with pytest.raises(ValueError, match="extra"):
        ProductChoice(id=1, name="x", price="9")  # type: ignore[call-arg]


# --- answers ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "value", "problem"),
    [
        (BOOLEAN, "true", None),
        (BOOLEAN, "false", None),
        (BOOLEAN, " true ", None),
        (BOOLEAN, "yes", "not yes or no"),
        (BOOLEAN, "True", "not yes or no"),
        (BOOLEAN, None, "required"),
        (BOOLEAN, "  ", "required"),
        (STRING, "5Q0 959 655", None),
        (STRING, "", "required"),
        (NUMBER, "12", None),
        (NUMBER, "-3.25", None),
        (NUMBER, "0", None),
        (NUMBER, "12 km", "not a number"),
        (NUMBER, "NaN", "not a number"),
        (NUMBER, "Infinity", "not a number"),
        (NUMBER, "", None),
        (NUMBER, None, None),
        (CHOICE, "Left", None),
        (CHOICE, "Centre", None),
        (CHOICE, "left", "not one of the options"),
        (CHOICE, "Up", "not one of the options"),
        (CHOICE, None, "required"),
    ],
)
def test_answer_problem_for_the_four_kinds(
    spec: PrerequisiteSpec, value: str | None, problem: str | None
) -> None:
    assert answer_problem(spec, value) == problem


def test_a_choice_without_options_takes_any_text_and_an_unknown_kind_is_text() -> None:
    open_choice = PrerequisiteSpec(id=3, kind=PrerequisiteKind.CHOICE, required=True)
    assert answer_problem(open_choice, "anything") is None
    photo = PrerequisiteSpec(id=5, kind="photo", required=True)
    assert answer_problem(photo, "taken") is None
    assert answer_problem(photo, "") == "required"


def test_with_answer_sets_replaces_and_removes() -> None:
    state = PrerequisitesState(specs=ALL_KINDS, for_products=(1,))
    state = state.with_answer(STRING.id, "  ABC ")
    assert state.answer(STRING.id) == "ABC"
    state = state.with_answer(STRING.id, "DEF").with_answer(BOOLEAN.id, "true")
    assert state.answers == (
        Answer(definition_id=STRING.id, value="DEF"),
        Answer(definition_id=BOOLEAN.id, value="true"),
    )
    assert state.with_answer(STRING.id, None).answer(STRING.id) is None
    assert state.with_answer(STRING.id, "   ").answer(STRING.id) is None
    assert state.answer(404) is None


def test_answers_to_questions_no_longer_asked_are_kept_but_not_sent() -> None:
    state = PrerequisitesState(specs=ALL_KINDS).with_answer(BOOLEAN.id, "true").with_answer(CHOICE.id, "Left")
    fewer = state.model_copy(update={"specs": (BOOLEAN,)})
    assert fewer.answers_to_send() == (Answer(definition_id=BOOLEAN.id, value="true"),)
    assert len(fewer.answers) == 2
    assert PrerequisitesState().answers_to_send() == ()


def test_missing_answers_before_the_questions_are_known_is_empty() -> None:
    assert missing_answers(PrerequisitesState()) == ()


def test_a_number_answer_the_domain_accepts_is_one_the_server_reads() -> None:
    comma = PrerequisitesState(specs=(NUMBER,), for_products=(1,)).with_answer(NUMBER.id, "1,5")
    assert missing_answers(comma) == (NUMBER,)
    point = comma.with_answer(NUMBER.id, "1.5")
    assert missing_answers(point) == ()
    (sent,) = point.answers_to_send()
    assert Decimal(sent.value) == Decimal("1.5")


# --- the saved draft -------------------------------------------------------------------------------------


def test_a_full_draft_survives_a_json_round_trip() -> None:
    draft = full_draft()
    text = draft.model_dump_json()
    restored = WizardDraft.model_validate_json(text)
    assert restored == draft
    assert restored.price.quoted_for == ((SUPPORT.id, TOW_BAR.id), "WELCOME10")
    assert restored.prerequisites.specs is not None
    assert [spec.kind for spec in restored.prerequisites.specs] == [spec.kind for spec in ALL_KINDS]
    assert blockers(restored) == blockers(draft)
    assert next_step(restored.at(Step.PRICE)) == Step.TICKET
    assert restored.ticket.idempotency_key == draft.ticket.idempotency_key


def test_the_saved_draft_holds_no_secret() -> None:
    text = full_draft().model_dump_json()

    def keys(value: object) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {key for item in value.values() for key in keys(item)}
        if isinstance(value, list):
            return {key for item in value for key in keys(item)}
        return set()

    names = {key.casefold() for key in keys(json.loads(text))}
    assert not {name for name in names if any(w in name for w in ("pin", "token", "password", "otp"))}


def test_unknown_members_in_a_saved_draft_are_refused() -> None:
    text = full_draft().model_dump_json().replace('"voucher":', '"pincode":"1234","voucher":')
    with pytest.raises(ValueError, match="pincode"):
        WizardDraft.model_validate_json(text)


def test_a_bundle_id_from_the_server_fits_the_products_state() -> None:
    state = ProductsState(bundle_id="7221509b-049b-562f-aecf-09aea594e5d3")
    assert str(state.bundle_id) == "7221509b-049b-562f-aecf-09aea594e5d3"


_steps = st.sampled_from(list(Step))
_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
_choices = st.builds(ProductChoice, id=st.integers(1, 10**6), name=_text, unattended=st.booleans())
_answers = st.builds(Answer, definition_id=st.integers(1, 999), value=_text)


@given(
    step=_steps,
    products=st.lists(_choices, max_size=4).map(tuple),
    answers=st.lists(_answers, max_size=4).map(tuple),
    voucher=_text,
    reference=_text,
)
def test_any_draft_survives_a_json_round_trip(
    step: Step,
    products: tuple[ProductChoice, ...],
    answers: tuple[Answer, ...],
    voucher: str,
    reference: str,
) -> None:
    draft = WizardDraft(
        step=step,
        login=logged_in(),
        products=ProductsState(products=products, search=voucher),
        prerequisites=PrerequisitesState(
            specs=ALL_KINDS, for_products=tuple(p.id for p in products), answers=answers
        ),
        price=PriceState(voucher=voucher, quoted_for=(tuple(p.id for p in products), voucher)),
        ticket=TicketDraft(reference=reference),
    )
    assert WizardDraft.model_validate_json(draft.model_dump_json()) == draft


@pytest.mark.parametrize(
    ("names", "title"),
    [
        (
            ("Volkswagen", "GOLF VIII (CD1) (2019 - )", "2.0 TDI 110KW DTTA (2019 - )"),
            "Volkswagen GOLF VIII (CD1) 2.0 TDI 110KW DTTA",
        ),
        (("BMW", "3 Series (G20) (2018 - 2025)", "320d"), "BMW 3 Series (G20) 320d"),
        (("Ford", "", None), "Ford"),
        (("Audi", "A4 (B9)", "40 TDI (2015-2019)"), "Audi A4 (B9) 40 TDI"),
    ],
)
def test_a_vehicle_title_drops_the_production_years_the_catalogue_appends(
    names: tuple[str | None, ...], title: str
) -> None:
    assert vehicle_title(*names) == title
