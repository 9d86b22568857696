"""The technician's wizard as data: one immutable state per step and pure rules for moving between them.

The Qt shell shows one page per :class:`Step`; it never decides on its own whether Next is allowed or where
Back goes. It asks :func:`blockers` and :func:`next_step` / :func:`previous_step`, and it changes the draft
only through the ``with_*`` functions, which also drop choices that a change made meaningless (a different
car invalidates the chosen products, their answers and the price).

A :class:`WizardDraft` is what the local store saves as JSON after every change, so it holds no secret: no
pincode, no token. ``WizardDraft.model_validate_json`` restores it after a crash.
"""

from __future__ import annotations

import re
import uuid
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "STEP_ORDER",
    "Answer",
    "Blocker",
    "LoginState",
    "PrerequisiteKind",
    "PrerequisiteSpec",
    "PrerequisitesState",
    "PriceState",
    "ProductChoice",
    "ProductsState",
    "Step",
    "TicketDraft",
    "VehicleChoice",
    "VehicleState",
    "VinSource",
    "WizardDraft",
    "answer_problem",
    "blockers",
    "is_complete",
    "missing_answers",
    "next_step",
    "previous_step",
    "vehicle_title",
    "with_login",
    "with_prerequisites",
    "with_price",
    "with_products",
    "with_ticket",
    "with_vehicle",
]

#: Bumped when a saved draft can no longer be read by this code; an older draft is then not offered.
DRAFT_VERSION: Final = 1


class Step(StrEnum):
    """The pages of the wizard, in order; ``LIVE`` is the ticket followed after creation."""

    LOGIN = "login"
    VEHICLE = "vehicle"
    PRODUCTS = "products"
    PREREQUISITES = "prerequisites"
    PRICE = "price"
    TICKET = "ticket"
    LIVE = "live"


STEP_ORDER: Final[tuple[Step, ...]] = tuple(Step)


class Blocker(StrEnum):
    """Why a step is not complete: the page turns each into a sentence for the technician."""

    NOT_LOGGED_IN = "not-logged-in"
    NO_VEHICLE = "no-vehicle"
    VIN_INVALID = "vin-invalid"
    DOIP_REQUIRED = "doip-required"
    NO_PRODUCTS = "no-products"
    PREREQUISITES_UNKNOWN = "prerequisites-unknown"
    ANSWERS_MISSING = "answers-missing"
    ANSWER_INVALID = "answer-invalid"
    PRICE_UNKNOWN = "price-unknown"
    PRICE_STALE = "price-stale"
    UNATTENDED_NOT_CONFIRMED = "unattended-not-confirmed"
    SERVICE_CENTER_CLOSED = "service-center-closed"
    WALLET_TOO_LOW = "wallet-too-low"
    VOUCHER_REFUSED = "voucher-refused"
    TICKET_NOT_CREATED = "ticket-not-created"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LoginState(_Frozen):
    """Who is logged in: the connector, never its pincode."""

    method: Literal["pincode", "otp"] = "pincode"
    connector_uuid: str = ""
    connector_id: int | None = None
    supports_doip: bool = False
    is_online: bool = True
    #: The VIN the connector read from the car ("" when it read none).
    connector_vin: str = ""
    remember: bool = False

    @property
    def logged_in(self) -> bool:
        """Whether a connector is known (the session itself lives in memory, not here)."""
        return self.connector_id is not None


VinSource = Literal["none", "connector", "typed", "scanned", "prepared"]


class VehicleChoice(_Frozen):
    """A car down to its variant, with the names the pages show."""

    make_id: int
    make_name: str
    model_group_id: int
    model_group_name: str
    model_id: int
    model_name: str
    variant_id: int
    variant_name: str
    #: Production years as the server gives them (e.g. "2019-2024"); "" when unknown.
    years: str = ""
    requires_doip: bool = False

    @property
    def title(self) -> str:
        """One line: make, model and variant (without the production years: see :func:`vehicle_title`)."""
        return vehicle_title(self.make_name, self.model_name, self.variant_name)


# "GOLF VIII (CD1) (2019 - )", "2.0 TDI (2012 - 2020)": the catalogue appends the years to every name.
_PRODUCTION_YEARS: Final = re.compile(r"\s*\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)\s*$")


def vehicle_title(*names: str | None) -> str:
    """Make, model and variant as one line, without the production years the catalogue appends to each.

    >>> vehicle_title("Volkswagen", "GOLF VIII (CD1) (2019 - )", "2.0 TDI 110KW DTTA (2019 - )")
    'Volkswagen GOLF VIII (CD1) 2.0 TDI 110KW DTTA'
    """
    cleaned = (_PRODUCTION_YEARS.sub("", name).strip() for name in names if name)
    return " ".join(name for name in cleaned if name)


class VehicleState(_Frozen):
    """The car of the ticket: the VIN and the variant found for it (by search or by the manual cascade)."""

    vin: str = ""
    vin_source: VinSource = "none"
    #: Whether the VIN passes the hard rules (a failed check digit alone keeps it valid).
    vin_valid: bool = False
    vehicle: VehicleChoice | None = None
    #: Chosen by hand through make → model group → model → variant rather than by the VIN search.
    manual: bool = False
    prepared_ticket_id: str | None = None


class ProductChoice(_Frozen):
    """A chosen product with what the later pages show without asking the server again."""

    id: int
    name: str
    unattended: bool = False


class ProductsState(_Frozen):
    """The chosen products, in the order they were chosen, and where the technician was browsing."""

    products: tuple[ProductChoice, ...] = ()
    group_id: int | None = None
    #: Bundle ids are UUID strings in the Customer API.
    bundle_id: str | None = None
    search: str = ""

    @property
    def product_ids(self) -> tuple[int, ...]:
        """The ids in choice order."""
        return tuple(product.id for product in self.products)


class PrerequisiteKind(StrEnum):
    """The four kinds of question a product can ask (the server's ``type``)."""

    BOOLEAN = "boolean"
    STRING = "string"
    NUMBER = "number"
    CHOICE = "choice"


class PrerequisiteSpec(_Frozen):
    """One question, as far as the wizard needs it to decide whether an answer is complete and valid."""

    id: int
    kind: PrerequisiteKind | str
    required: bool = False
    #: The allowed values of a choice question.
    options: tuple[str, ...] = ()
    label: str = ""


class Answer(_Frozen):
    """An answer as the ticket sends it: always text (``"true"``, ``"12.5"``, ``"Left"``)."""

    definition_id: int
    value: str


class PrerequisitesState(_Frozen):
    """The questions of the chosen products (once fetched) and the answers given so far."""

    #: None until the definitions for the current products were fetched; () when the products ask nothing.
    specs: tuple[PrerequisiteSpec, ...] | None = None
    #: Product ids the specs were fetched for: a different choice makes them stale.
    for_products: tuple[int, ...] = ()
    answers: tuple[Answer, ...] = ()

    def answer(self, definition_id: int) -> str | None:
        """The answer to one question, or None."""
        for item in self.answers:
            if item.definition_id == definition_id:
                return item.value
        return None

    def with_answer(self, definition_id: int, value: str | None) -> PrerequisitesState:
        """A copy with one answer set (None or blank text removes it)."""
        kept = tuple(item for item in self.answers if item.definition_id != definition_id)
        if value is not None and value.strip():
            kept = (*kept, Answer(definition_id=definition_id, value=value.strip()))
        return self.model_copy(update={"answers": kept})

    def answers_to_send(self) -> tuple[Answer, ...]:
        """The answers to the current questions only (answers to questions no longer asked are kept for Back,
        not sent)."""
        asked = {spec.id for spec in self.specs or ()}
        return tuple(item for item in self.answers if item.definition_id in asked)


class PriceState(_Frozen):
    """What the price page decided: the voucher, the unattended confirmation, and the last quote's verdict.

    The quote itself is not saved: it is recalculated on entering the page. ``quoted_for`` says which
    inputs the last answer belongs to, so a stale answer never counts.
    """

    voucher: str = ""
    confirmed_unattended: bool = False
    needs_unattended_confirmation: bool = False
    #: The inputs of the newest quote (products + voucher), None before any quote arrived.
    quoted_for: tuple[tuple[int, ...], str] | None = None
    voucher_refused: bool = False
    service_center_closed: bool = False
    wallet_too_low: bool = False
    #: The total as text (e.g. "EUR 120.00"), for the ticket page summary only.
    total_text: str = ""


class TicketDraft(_Frozen):
    """The ticket being created. The idempotency key is made once per draft so a retry or double click,
    even after a restart, can never order twice."""

    reference: str = ""
    summary: str = ""
    idempotency_key: str = Field(default_factory=lambda: str(uuid.uuid4()))
    ticket_id: int | None = None
    #: The satisfaction score sent for the finished ticket (-1, 0 or 1), None before one was sent.
    csat_score: int | None = Field(default=None, ge=-1, le=1)
    #: The comment sent with it.
    csat_comment: str = ""


class WizardDraft(_Frozen):
    """Everything the technician has chosen so far, and the page they are on."""

    version: int = DRAFT_VERSION
    step: Step = Step.LOGIN
    login: LoginState = LoginState()
    vehicle: VehicleState = VehicleState()
    products: ProductsState = ProductsState()
    prerequisites: PrerequisitesState = PrerequisitesState()
    price: PriceState = PriceState()
    ticket: TicketDraft = Field(default_factory=TicketDraft)

    def at(self, step: Step) -> WizardDraft:
        """A copy on another page (no checks: use :func:`next_step` / :func:`previous_step` to choose it)."""
        return self.model_copy(update={"step": step})


# --- the rules ---------------------------------------------------------------------------------------


def answer_problem(spec: PrerequisiteSpec, value: str | None) -> str | None:
    """Why an answer does not fit its question (a short English reason for logs and tests), or None."""
    if value is None or not value.strip():
        return "required" if spec.required else None
    text = value.strip()
    if spec.kind == PrerequisiteKind.BOOLEAN:
        return None if text in {"true", "false"} else "not yes or no"
    if spec.kind == PrerequisiteKind.NUMBER:
        # The server reads the text as it is sent: a decimal comma must be turned into a point before.
        try:
            number = Decimal(text)
        except InvalidOperation:
            return "not a number"
        return None if number.is_finite() else "not a number"
    if spec.kind == PrerequisiteKind.CHOICE and spec.options:
        return None if text in spec.options else "not one of the options"
    return None


def missing_answers(state: PrerequisitesState) -> tuple[PrerequisiteSpec, ...]:
    """The questions whose answer is missing or invalid, in the order they are asked."""
    return tuple(spec for spec in state.specs or () if answer_problem(spec, state.answer(spec.id)))


def blockers(draft: WizardDraft, step: Step | None = None) -> tuple[Blocker, ...]:
    """Everything that keeps ``step`` (default: the current one) from being complete; () when complete."""
    step = draft.step if step is None else step
    found: list[Blocker] = []
    if step == Step.LOGIN:
        if not draft.login.logged_in:
            found.append(Blocker.NOT_LOGGED_IN)
    elif step == Step.VEHICLE:
        vehicle = draft.vehicle
        if vehicle.vehicle is None:
            found.append(Blocker.NO_VEHICLE)
        elif vehicle.vehicle.requires_doip and not draft.login.supports_doip:
            found.append(Blocker.DOIP_REQUIRED)
        # Every ticket carries the VIN, also for a car chosen by hand.
        if not vehicle.vin or not vehicle.vin_valid:
            found.append(Blocker.VIN_INVALID)
    elif step == Step.PRODUCTS:
        if not draft.products.products:
            found.append(Blocker.NO_PRODUCTS)
    elif step == Step.PREREQUISITES:
        state = draft.prerequisites
        if state.specs is None or state.for_products != draft.products.product_ids:
            found.append(Blocker.PREREQUISITES_UNKNOWN)
        else:
            for spec in missing_answers(state):
                problem = answer_problem(spec, state.answer(spec.id))
                found.append(Blocker.ANSWERS_MISSING if problem == "required" else Blocker.ANSWER_INVALID)
    elif step == Step.PRICE:
        found.extend(_price_blockers(draft))
    elif step == Step.TICKET and draft.ticket.ticket_id is None:
        found.append(Blocker.TICKET_NOT_CREATED)
    return tuple(dict.fromkeys(found))


def _price_blockers(draft: WizardDraft) -> list[Blocker]:
    price = draft.price
    if price.quoted_for is None:
        return [Blocker.PRICE_UNKNOWN]
    found: list[Blocker] = []
    if price.quoted_for != (draft.products.product_ids, price.voucher.strip()):
        found.append(Blocker.PRICE_STALE)
    if price.voucher_refused:
        found.append(Blocker.VOUCHER_REFUSED)
    if price.needs_unattended_confirmation and not price.confirmed_unattended:
        found.append(Blocker.UNATTENDED_NOT_CONFIRMED)
    if price.service_center_closed:
        found.append(Blocker.SERVICE_CENTER_CLOSED)
    if price.wallet_too_low:
        found.append(Blocker.WALLET_TOO_LOW)
    return found


def is_complete(draft: WizardDraft, step: Step | None = None) -> bool:
    """Whether Next may leave ``step`` (default: the current one)."""
    return not blockers(draft, step)


def next_step(draft: WizardDraft) -> Step | None:
    """The page after the current one, or None when the current one is incomplete or the last.

    Products that ask no questions skip the prerequisites page.
    """
    if not is_complete(draft):
        return None
    index = STEP_ORDER.index(draft.step)
    if index + 1 >= len(STEP_ORDER):
        return None
    following = STEP_ORDER[index + 1]
    if (
        following == Step.PREREQUISITES
        and draft.prerequisites.specs == ()
        and (draft.prerequisites.for_products == draft.products.product_ids)
    ):
        return Step.PRICE
    return following


def previous_step(draft: WizardDraft) -> Step | None:
    """The page Back goes to, or None (nothing before login; a created ticket cannot be un-ordered)."""
    if draft.step in {Step.LOGIN, Step.LIVE} or (draft.step == Step.TICKET and draft.ticket.ticket_id):
        return None
    index = STEP_ORDER.index(draft.step)
    before = STEP_ORDER[index - 1]
    if before == Step.PREREQUISITES and draft.prerequisites.specs == ():
        return Step.PRODUCTS
    return before


# --- changes -----------------------------------------------------------------------------------------


def with_login(draft: WizardDraft, login: LoginState) -> WizardDraft:
    """A draft for a (possibly different) connector; another connector starts from scratch."""
    if draft.login.connector_uuid and login.connector_uuid != draft.login.connector_uuid:
        return WizardDraft(step=draft.step, login=login)
    return draft.model_copy(update={"login": login})


def with_vehicle(draft: WizardDraft, vehicle: VehicleState) -> WizardDraft:
    """A draft with another vehicle; a different variant drops products, answers and price."""
    before = draft.vehicle.vehicle
    after = vehicle.vehicle
    same_car = before is not None and after is not None and before.variant_id == after.variant_id
    if same_car or (before is None and not draft.products.products):
        return draft.model_copy(update={"vehicle": vehicle})
    return draft.model_copy(
        update={
            "vehicle": vehicle,
            "products": ProductsState(),
            "prerequisites": PrerequisitesState(),
            "price": PriceState(voucher=draft.price.voucher),
        }
    )


def with_products(draft: WizardDraft, products: ProductsState) -> WizardDraft:
    """A draft with another product choice; answers stay (Back keeps them), the questions are re-fetched."""
    update: dict[str, object] = {"products": products}
    if products.product_ids != draft.products.product_ids:
        update["prerequisites"] = draft.prerequisites.model_copy(update={"specs": None, "for_products": ()})
        update["price"] = draft.price.model_copy(update={"confirmed_unattended": False})
    return draft.model_copy(update=update)


def with_prerequisites(draft: WizardDraft, state: PrerequisitesState) -> WizardDraft:
    """A draft with other questions or answers."""
    return draft.model_copy(update={"prerequisites": state})


def with_price(draft: WizardDraft, price: PriceState) -> WizardDraft:
    """A draft with another voucher, confirmation or quote verdict."""
    return draft.model_copy(update={"price": price})


def with_ticket(draft: WizardDraft, ticket: TicketDraft) -> WizardDraft:
    """A draft with the ticket's texts or its created id."""
    return draft.model_copy(update={"ticket": ticket})
