"""VehicleService against the sandbox: VIN search, the cascade and its cache, prepared and earlier tickets."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import pytest
import pytest_asyncio

from app.api import CustomerApi, RetryPolicy
from app.api.models import (
    Make,
    Model,
    ModelGroup,
    ModelVariant,
    PrerequisiteAnswer,
    TicketCreate,
    VehicleSearchResult,
)
from app.domain.ticket_state import TicketState
from app.domain.vin import with_check_digit
from app.domain.wizard import LoginState
from app.sandbox.catalogue import index_of, resolve_vin
from app.sandbox.runner import SandboxThread
from app.services.errors import Failure, ServiceError
from app.services.vehicles import (
    VehicleService,
    _name_key,
    doip_blocked,
    production_years,
)
from tests.samples import BMW_VIN, GOLF7_VIN
from tests.samples import GOLF_UUID as DOIP_CONNECTOR
from tests.samples import GOLF_VIN as GOLF8_VIN

FAST_RETRY = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.05, total_budget=5.0)


@pytest_asyncio.fixture
async def api(sandbox: SandboxThread) -> AsyncIterator[CustomerApi]:
    """A client logged in with the DoIP sample connector; the request log starts empty."""
    connector = next(c for c in sandbox.admin.connectors() if c["uuid"] == DOIP_CONNECTOR)
    async with CustomerApi(sandbox.base_url, retry=FAST_RETRY, timeout=10.0) as client:
        await client.auth.login_pincode(connector["uuid"], connector["pincode"])
        sandbox.admin.clear_requests()
        yield client


@pytest.fixture
def service(api: CustomerApi) -> VehicleService:
    return VehicleService(api)


def _gets(sandbox: SandboxThread, path: str) -> list[dict[str, Any]]:
    return [entry for entry in sandbox.admin.requests(path) if entry["method"] == "GET"]


def _unknown_vin(sandbox: SandboxThread) -> str:
    """A well-formed VIN the sandbox's catalogue does not know (its own resolver agrees)."""
    for wmi in ("LZZ", "9BD", "KNA", "JHM", "XTA", "MA3", "6T1"):
        vin = with_check_digit(f"{wmi}AB12C0N1234567"[:17])
        if resolve_vin(sandbox.catalogue, vin) is None:
            return vin
    pytest.fail("every candidate WMI is known to the sample catalogue")


# --- VIN search ---------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_sample_vin_resolves_to_the_catalogue_car_with_years_and_doip(
    service: VehicleService, sandbox: SandboxThread
) -> None:
    match = await service.resolve(GOLF8_VIN)

    assert match is not None
    index = index_of(sandbox.catalogue)
    variant = resolve_vin(sandbox.catalogue, GOLF8_VIN)
    assert variant is not None
    model = index.model(variant.model_id)
    assert model is not None
    group = index.model_group(model.model_group_id)
    assert group is not None
    make = index.make(group.make_id)
    assert make is not None
    choice = match.choice
    assert match.vin == GOLF8_VIN
    assert (choice.make_id, choice.make_name) == (make.id, make.name)
    assert (choice.model_group_id, choice.model_group_name) == (group.id, group.name)
    assert (choice.model_id, choice.model_name) == (model.id, model.name)
    assert (choice.variant_id, choice.variant_name) == (variant.id, variant.name)
    assert choice.years == production_years(variant.manufactured_from, variant.manufactured_to)
    assert choice.years.startswith(str(variant.manufactured_from.year))
    assert choice.requires_doip is True
    # The search answer is complete: no second request for the model or the variant.
    assert len(_gets(sandbox, "/v1/vehicles/*")) == 1


@pytest.mark.asyncio
async def test_typed_input_is_normalised_before_the_search(service: VehicleService) -> None:
    match = await service.resolve(" wvwzzz-cdz mw072915 ")

    assert match is not None
    assert match.vin == GOLF8_VIN


@pytest.mark.asyncio
async def test_an_unknown_vin_gives_none(service: VehicleService, sandbox: SandboxThread) -> None:
    vin = _unknown_vin(sandbox)

    assert await service.resolve(vin) is None
    assert [entry["status"] for entry in _gets(sandbox, "/v1/vehicles/search")] == [404]


@pytest.mark.asyncio
async def test_a_malformed_vin_finds_nothing_without_asking(
    service: VehicleService, sandbox: SandboxThread
) -> None:
    assert await service.resolve("WVWZZZCDZMW07291") is None  # 16 characters
    assert await service.resolve("WVWZZZCDZMWO72915") is None  # the letter O
    assert _gets(sandbox, "/v1/vehicles/search") == []


@pytest.mark.asyncio
async def test_doip_is_detected_from_the_model_or_variant(service: VehicleService) -> None:
    bmw = await service.resolve(BMW_VIN)
    golf7 = await service.resolve(GOLF7_VIN)

    assert bmw is not None
    assert golf7 is not None
    assert bmw.choice.requires_doip is True
    assert golf7.choice.requires_doip is False
    assert doip_blocked(bmw.choice, LoginState(connector_id=1, supports_doip=False))
    assert not doip_blocked(bmw.choice, LoginState(connector_id=1, supports_doip=True))
    assert not doip_blocked(golf7.choice, LoginState(connector_id=1, supports_doip=False))
    assert not doip_blocked(None, LoginState(connector_id=1, supports_doip=False))


@pytest.mark.asyncio
async def test_a_failed_search_becomes_a_service_error(
    service: VehicleService, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path="/v1/vehicles/search", kind="status", status=503)

    with pytest.raises(ServiceError) as caught:
        await service.resolve(GOLF8_VIN)

    assert caught.value.failure == Failure.SERVER
    assert caught.value.retryable


class _SparseVehicles:
    """A vehicles resource whose search answer leaves out the optional members, as a server may."""

    def __init__(self) -> None:
        self.details: list[str] = []

    async def search(self, vin: str) -> VehicleSearchResult:
        return VehicleSearchResult.model_validate(
            {
                "make": {"id": 10, "name": "Ford"},
                "model_group": {"id": 234, "name": "Focus"},
                "model": {"id": 23423, "name": "FOCUS - II"},
                "model_variant": {"id": 34234, "name": "1.4 59KW"},
            }
        )

    async def model(self, model_id: int) -> Model:
        self.details.append(f"model {model_id}")
        return Model(id=model_id, name="FOCUS - II", manufactured_from=date(2004, 7, 1), requires_doip=False)

    async def model_variant(self, variant_id: int) -> ModelVariant:
        self.details.append(f"variant {variant_id}")
        return ModelVariant(
            id=variant_id,
            name="1.4 59KW",
            manufactured_from=date(2004, 7, 1),
            manufactured_to=date(2012, 3, 1),
            requires_doip=True,
        )


class _SparseApi:
    def __init__(self) -> None:
        self.vehicles = _SparseVehicles()


@pytest.mark.asyncio
async def test_a_sparse_search_answer_is_completed_from_the_model_and_variant() -> None:
    # The sandbox always sends every member; this answer is the one a real server may give.
    api = _SparseApi()
    service = VehicleService(api)  # type: ignore[arg-type]

    match = await service.resolve(GOLF8_VIN)

    assert match is not None
    assert sorted(api.vehicles.details) == ["model 23423", "variant 34234"]
    assert match.choice.requires_doip is True
    assert match.choice.years == "2004-2012"


# --- the cascade ----------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_the_cascade_lists_a_make_down_to_its_variants(
    service: VehicleService, sandbox: SandboxThread
) -> None:
    catalogue = sandbox.catalogue
    makes = await service.makes()
    assert len(makes) == len(catalogue.makes)
    assert [m.name for m in makes] == sorted((m.name for m in makes), key=_name_key)

    golf8 = resolve_vin(catalogue, GOLF8_VIN)
    assert golf8 is not None
    index = index_of(catalogue)
    model = index.model(golf8.model_id)
    assert model is not None
    group = index.model_group(model.model_group_id)
    assert group is not None
    make = next(m for m in makes if m.id == group.make_id)

    groups = await service.model_groups(make.id)
    assert {g.id for g in groups} == {g.id for g in catalogue.model_groups if g.make_id == make.id}
    chosen_group = next(g for g in groups if g.id == group.id)

    models = await service.models(chosen_group.id)
    assert {m.id for m in models} == {m.id for m in catalogue.models if m.model_group_id == group.id}
    assert [m.name for m in models] == sorted((m.name for m in models), key=_name_key)
    chosen_model = next(m for m in models if m.id == model.id)

    variants = await service.variants(chosen_model.id)
    assert {v.id for v in variants} == {v.id for v in catalogue.variants if v.model_id == model.id}
    chosen_variant = next(v for v in variants if v.id == golf8.id)

    by_hand = service.choice(make, chosen_group, chosen_model, chosen_variant)
    found = await service.resolve(GOLF8_VIN)
    assert found is not None
    assert by_hand == found.choice


@pytest.mark.asyncio
async def test_a_list_longer_than_a_page_is_read_whole(
    service: VehicleService, sandbox: SandboxThread
) -> None:
    makes = await service.makes()

    # 200 is the API's largest page; the sample catalogue's makes fit in one, read in one request.
    assert len(makes) == len(sandbox.catalogue.makes)
    queries = [entry["query"] for entry in _gets(sandbox, "/v1/vehicles/makes")]
    assert len(queries) == 1
    assert "limit=200" in queries[0]


@pytest.mark.asyncio
async def test_cascade_lists_are_kept_and_shared(service: VehicleService, sandbox: SandboxThread) -> None:
    first, second = await asyncio.gather(service.makes(), service.makes())
    again = await service.makes()

    assert first == second == again
    assert len(_gets(sandbox, "/v1/vehicles/makes")) == 1

    service.forget_catalogue()
    await service.makes()
    assert len(_gets(sandbox, "/v1/vehicles/makes")) == 2


@pytest.mark.asyncio
async def test_a_failed_list_is_not_kept(service: VehicleService, sandbox: SandboxThread) -> None:
    sandbox.admin.add_fault(path="/v1/vehicles/makes", kind="status", status=403, times=1)

    with pytest.raises(ServiceError) as caught:
        await service.makes()
    makes = await service.makes()

    assert caught.value.failure == Failure.FORBIDDEN
    assert len(makes) == len(sandbox.catalogue.makes)


@pytest.mark.asyncio
async def test_a_caller_that_stops_waiting_does_not_cancel_the_shared_download(
    service: VehicleService, sandbox: SandboxThread
) -> None:
    sandbox.admin.add_fault(path="/v1/vehicles/makes", kind="latency", delay=0.3, times=1)
    impatient = asyncio.ensure_future(service.makes())
    await asyncio.sleep(0.05)
    impatient.cancel()

    makes = await service.makes()

    assert impatient.cancelled()
    assert len(makes) == len(sandbox.catalogue.makes)
    assert len(_gets(sandbox, "/v1/vehicles/makes")) == 1


def test_names_sort_numbers_as_numbers() -> None:
    names = ["A10", "a3", "A4", "1.10 TSI", "1.6 TDI", "Zoe"]

    assert sorted(names, key=_name_key) == ["1.6 TDI", "1.10 TSI", "a3", "A4", "A10", "Zoe"]


def test_production_years() -> None:
    assert production_years(date(2019, 9, 1), date(2024, 2, 1)) == "2019-2024"
    assert production_years(date(2019, 9, 1), None) == "2019-"
    assert production_years(None, None) == ""


def test_a_variants_own_years_win_over_its_models() -> None:
    make = Make(id=1, name="Volkswagen")
    group = ModelGroup(id=2, name="Golf")
    model = Model(id=3, name="GOLF VIII", manufactured_from=date(2019, 1, 1), requires_doip=True)
    variant = ModelVariant(id=4, name="2.0 TDI", manufactured_from=date(2020, 5, 1), manufactured_to=None)
    bare = ModelVariant(id=5, name="1.5 TSI")

    assert VehicleService.choice(make, group, model, variant).years == "2020-"
    assert VehicleService.choice(make, group, model, bare).years == "2019-"
    assert VehicleService.choice(make, group, model, bare).requires_doip is True


# --- tickets of a VIN ---------------------------------------------------------------------------------


async def _order(api: CustomerApi, vin: str, *, prepared_ticket_id: str | None = None) -> TicketCreate:
    """A valid order for the DoIP connector's car: the cheapest attended product, required answers given."""
    found = await api.vehicles.search(vin)
    assert found is not None
    connector = await api.connectors.get_by_uuid(DOIP_CONNECTOR)
    offered = await api.products.list(found.model.id, found.model_variant.id).all()
    product = next(p for p in offered if not p.is_unattended)
    questions = await api.products.prerequisites(found.model.id, found.model_variant.id, (product.id,)).all()
    answers = []
    for question in questions:
        if not question.required:
            continue
        value = {"boolean": "true", "number": "4"}.get(question.type, "A1")
        if question.type == "choice" and question.options:
            value = question.options[0].value
        answers.append(PrerequisiteAnswer(definition_id=question.id, value=value))
    return TicketCreate(
        vin=vin,
        vehicle_model_id=found.model.id,
        vehicle_model_variant_id=found.model_variant.id,
        connector_id=connector.id,
        product_ids=(product.id,),
        product_prerequisites=tuple(answers),
        prepared_ticket_id=prepared_ticket_id,
        reference="Job 77",
    )


@pytest.mark.asyncio
async def test_prepared_tickets_of_a_vin_and_a_used_one_goes(
    service: VehicleService, api: CustomerApi
) -> None:
    prepared = await service.prepared_tickets(GOLF8_VIN)
    match = await service.resolve(GOLF8_VIN)

    assert match is not None
    assert len(prepared) == 2
    assert all(row.products and row.product_names for row in prepared)
    assert all(row.fits(match.choice) for row in prepared)
    assert await service.prepared_tickets(BMW_VIN) == ()

    await api.tickets.create(await _order(api, GOLF8_VIN, prepared_ticket_id=prepared[0].id))

    assert [row.id for row in await service.prepared_tickets(GOLF8_VIN)] == [prepared[1].id]


@pytest.mark.asyncio
async def test_earlier_tickets_newest_first_and_a_closed_ticket_joins_them(
    service: VehicleService, api: CustomerApi, sandbox: SandboxThread
) -> None:
    before = await service.earlier_tickets(GOLF8_VIN)
    assert before.total == len(before.rows) > 0
    assert all(row.state == TicketState.CLOSED for row in before.rows)
    assert all(row.product_names and row.reference for row in before.rows)
    created = [row.created_at for row in before.rows]
    assert created == sorted(created, reverse=True)  # type: ignore[type-var]

    ticket = await api.tickets.create(await _order(api, GOLF8_VIN))
    assert (await service.earlier_tickets(GOLF8_VIN)).total == before.total  # still open: not history
    sandbox.admin.set_ticket_state(ticket.id, int(TicketState.CLOSED))

    after = await service.earlier_tickets(GOLF8_VIN)
    assert after.total == before.total + 1
    assert after.rows[0].id == ticket.id
    assert after.rows[0].reference == "Job 77"
    assert after.rows[0].state == TicketState.CLOSED


@pytest.mark.asyncio
async def test_only_the_newest_earlier_tickets_are_read(
    service: VehicleService, sandbox: SandboxThread
) -> None:
    everything = await service.earlier_tickets(GOLF8_VIN)
    newest = await service.earlier_tickets(GOLF8_VIN, limit=1)

    assert len(newest.rows) == 1
    assert newest.rows[0] == everything.rows[0]
    assert newest.total == everything.total
    assert newest.more == everything.total - 1
    assert await service.earlier_tickets(_unknown_vin(sandbox)) == type(everything)(rows=(), total=0)
