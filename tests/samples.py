"""Samples of the training sandbox that many test modules use: connectors, their pincodes, cars and VINs.

Each constant is a record of the sandbox's sample data (``app/sandbox/catalogue_data/samples.py`` for the
connectors and VINs, ``vehicles.py`` for the cars), so a test that logs in or searches with one meets the
same connector or car in the running sandbox. Only what several modules share lives here; a module's own
samples (a product it orders, a question it answers) stay with it. A test that needs a connector's whole
record asks ``sandbox.admin.connectors()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from app.api.retry import RetryPolicy
from app.domain.wizard import (
    LoginState,
    ProductChoice,
    ProductsState,
    VehicleChoice,
    VehicleState,
    WizardDraft,
    with_login,
    with_products,
    with_ticket,
    with_vehicle,
)

if TYPE_CHECKING:
    from app.api.client import CustomerApi

__all__ = [
    "BMW_PINCODE",
    "BMW_UUID",
    "BMW_VIN",
    "FAST_LIVE",
    "FAST_RETRY",
    "FAULT_MEMORY_READ",
    "GOLF",
    "GOLF7_VIN",
    "GOLF_CONNECTOR_ID",
    "GOLF_LOGIN",
    "GOLF_PINCODE",
    "GOLF_UUID",
    "GOLF_VIN",
    "order_golf",
]

#: The first sample connector: online, DoIP, plugged into a VW Golf VIII whose VIN it reads.
GOLF_UUID: Final = "03991f3a-26f3-521a-913f-e5db77b27774"
GOLF_PINCODE: Final = "4711"
GOLF_CONNECTOR_ID: Final = 910000101
#: The VIN that connector reads: VW Golf VIII 2.0 TDI, 2021 (needs DoIP; has prepared and earlier tickets).
GOLF_VIN: Final = "WVWZZZCDZMW072915"
#: That car as a draft holds it: the catalogue's ids (model 910104, variant 91010403), the names shortened
#: as the pages show them (the catalogue says "GOLF VIII (CD1)" and "2.0 TDI 110KW DTTA").
GOLF: Final = VehicleChoice(
    make_id=91,
    make_name="Volkswagen",
    model_group_id=9101,
    model_group_name="Golf",
    model_id=910104,
    model_name="Golf VIII",
    variant_id=91010403,
    variant_name="2.0 TDI 110KW",
    years="2019-",
    requires_doip=True,
)
#: The draft's login after logging in with the Golf's connector (its VIN not read yet).
GOLF_LOGIN: Final = LoginState(connector_uuid=GOLF_UUID, connector_id=GOLF_CONNECTOR_ID, supports_doip=True)

#: The sample connector without DoIP, plugged into a BMW 320d G20 that needs DoIP: orders are refused.
BMW_UUID: Final = "ad8081be-bf2c-5cca-ac17-3f44421dde4e"
BMW_PINCODE: Final = "2580"
#: The VIN that connector reads: BMW 320d G20, 2020 (needs DoIP).
BMW_VIN: Final = "WBA5R1106LF718294"

#: A VW Golf VII 1.6 TDI, 2016: no DoIP; like every VW "ZZZ" VIN it fails the ISO 3779 check digit.
GOLF7_VIN: Final = "WVWZZZAUZGW041873"

#: Quick retries for clients of the sandbox, so a failure test does not wait for the production back-off.
FAST_RETRY: Final = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.05, total_budget=3.0)


#: The product :func:`order_golf` orders: attended, with no questions.
FAULT_MEMORY_READ: Final = ProductChoice(id=52321, name="Fault memory read")


async def order_golf(api: CustomerApi) -> WizardDraft:
    """A ticket ordered for the Golf connector, as an earlier session would have, then logged out.

    Returns the draft of that order with its ticket id (on the ticket step: ``.at(Step.LIVE)`` to follow it).
    """
    from app.services.tickets import TicketService  # noqa: PLC0415 - only the tests that order need it

    await api.auth.login_pincode(GOLF_UUID, GOLF_PINCODE)
    draft = with_login(WizardDraft(), GOLF_LOGIN)
    draft = with_vehicle(draft, VehicleState(vin=GOLF_VIN, vin_valid=True, vehicle=GOLF))
    draft = with_products(draft, ProductsState(products=(FAULT_MEMORY_READ,)))
    ticket = await TicketService(api).create(draft)
    api.auth.logout()
    return with_ticket(draft, draft.ticket.model_copy(update={"ticket_id": ticket.id}))


#: Websocket options that reconnect within a tenth of a second (a test's outage ends quickly).
FAST_LIVE: Final[dict[str, Any]] = {
    "quick_delay": 0.05,
    "slow_delay": 0.1,
    "max_delay": 0.2,
    "resync_timeout": 0.5,
    "close_timeout": 0.2,
}
