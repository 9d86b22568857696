"""Every path of the Jifeline Customer API, in one table.

A path confirmed or corrected later is a one-line change here: the client builds its requests from it and the
sandbox registers its handlers from it. The ``sure`` column repeats how certain the contract
is about each row (``seen``, ``likely`` or ``chosen``, see API-CONTRACT.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Literal
from urllib.parse import quote

HttpMethod = Literal["GET", "POST", "PUT", "DELETE"]
Sureness = Literal["seen", "likely", "chosen"]


@dataclass(frozen=True, slots=True)
class Route:
    """One operation: its method, its path template with ``{name}`` placeholders, and how sure we are."""

    method: HttpMethod
    template: str
    sure: Sureness
    #: True when sending the operation twice has the effect of sending it once: every GET, PUT and DELETE,
    #: and the three POSTs that change nothing or converge (price calculation, translation, dismissing a
    #: call for attention). Only these are retried automatically.
    idempotent: bool
    #: True for the login calls, which must never carry a bearer token nor trigger a token refresh.
    anonymous: bool = False

    def path(self, **params: str | int) -> str:
        """The template with each placeholder filled in and percent-encoded."""
        result = self.template
        for name, value in params.items():
            placeholder = "{" + name + "}"
            if placeholder not in result:
                raise KeyError(f"{name!r} is not a parameter of {self.template}")
            result = result.replace(placeholder, quote(str(value), safe=""))
        if "{" in result:
            raise KeyError(f"missing parameters for {self.template}: {result}")
        return result


def _get(template: str, sure: Sureness) -> Route:
    return Route("GET", template, sure, idempotent=True)


def _post(template: str, sure: Sureness, *, anonymous: bool = False) -> Route:
    return Route("POST", template, sure, idempotent=False, anonymous=anonymous)


def _put(template: str, sure: Sureness) -> Route:
    return Route("PUT", template, sure, idempotent=True)


def _delete(template: str, sure: Sureness) -> Route:
    return Route("DELETE", template, sure, idempotent=True)


class Op(Enum):
    """The operations of API-CONTRACT section 1, one member each."""

    # authentication
    LOGIN_PINCODE = _post("/v2/authenticate/pincode", "likely", anonymous=True)
    LOGIN_PINCODE_BY_ID = _post("/v1/authenticate/pincode", "chosen", anonymous=True)
    LOGIN_OTP = _post("/v1/authenticate/otp", "likely", anonymous=True)
    REFRESH = _post("/v1/authenticate/refresh", "chosen", anonymous=True)
    FORGOT_PASSWORD = _post(
        "/legacy/api/mobile/authentication/authenticate/forgot-password", "likely", anonymous=True
    )
    # connectors
    CONNECTORS = _get("/v1/connectors", "likely")
    CONNECTOR = _get("/v1/connectors/{connector_id}", "likely")
    CONNECTOR_BY_UUID = _get("/v2/connectors/{connector_uuid}", "chosen")
    DISMISS_CALL_FOR_ATTENTION = Route(
        "POST", "/v2/connectors/{connector_uuid}/dismiss-call-for-attention", "chosen", idempotent=True
    )
    ACTIVE_TICKET = _get("/v1/connectors/{connector_id}/active-ticket", "chosen")
    # vehicles
    VEHICLE_SEARCH = _get("/v1/vehicles/search", "likely")
    MAKES = _get("/v1/vehicles/makes", "likely")
    MODEL_GROUPS = _get("/v1/vehicles/model-groups", "likely")
    MODEL_GROUP = _get("/v1/vehicles/model-groups/{model_group_id}", "likely")
    MODELS = _get("/v1/vehicles/models", "likely")
    MODEL = _get("/v1/vehicles/models/{model_id}", "likely")
    MODEL_VARIANTS = _get("/v1/vehicles/model-variants", "likely")
    MODEL_VARIANT = _get("/v1/vehicles/model-variants/{model_variant_id}", "likely")
    SERVICED_VEHICLES = _get("/v1/serviced-vehicles", "chosen")
    # products
    PRODUCT_GROUPS = _get("/v1/product-groups", "likely")
    PRODUCT_BUNDLES = _get("/v1/product-bundles", "likely")
    PRODUCTS = _get("/v1/products", "likely")
    ADD_FAVORITE = _post("/v1/favorite-products", "likely")
    REMOVE_FAVORITE = _delete("/v1/favorite-products/{product_id}", "likely")
    PREREQUISITES = _get("/v1/product-prerequisites", "chosen")
    # prices and tickets
    CALCULATE_PRICES = Route("POST", "/v1/cart/calculate-prices", "likely", idempotent=True)
    CREATE_TICKET = _post("/v1/tickets", "likely")
    PREPARED_TICKETS = _get("/v1/prepared-tickets", "likely")
    HISTORICAL_TICKETS = _get("/v1/historical-tickets", "likely")
    HISTORICAL_TICKET = _get("/v1/historical-tickets/{historical_ticket_id}", "chosen")
    TICKET_NOTES = _get("/v1/tickets/{ticket_id}/notes", "likely")
    TICKET_CSAT = _put("/v1/tickets/{ticket_id}/csat", "chosen")
    # user, company, service center
    ME = _get("/v1/users/me", "likely")
    EMPLOYEES = _get("/v1/employees", "likely")
    CREATE_EMPLOYEE = _post("/v1/employees", "likely")
    EMPLOYEE = _get("/v1/employees/{employee_id}", "likely")
    UPDATE_EMPLOYEE = _put("/v1/employees/{employee_id}", "likely")
    CUSTOMER = _get("/v1/customers/me", "likely")
    UPDATE_CUSTOMER = _put("/v1/customers/me", "likely")
    BRANDING = _get("/v1/customers/me/branding", "chosen")
    SERVICE_CENTER = _get("/v1/service-center", "likely")
    SERVICE_CENTER_STATUS = _get("/v1/service-center/status", "likely")
    # chat
    TRANSLATE = Route("POST", "/v1/translate", "likely", idempotent=True)
    SEND_CONTROL_MESSAGE = _post("/v1/channel-actions/send-control-message/{channel_id}", "chosen")
    CREATE_ATTACHMENT = _post("/v1/channel-attachments", "likely")
    GET_ATTACHMENT = _get("/v1/channel-attachments", "likely")
    MESSAGES = _get("/v1/channels/{channel_id}/messages", "chosen")
    SEND_MESSAGE = _post("/v1/channels/{channel_id}/messages", "chosen")

    @property
    def route(self) -> Route:
        """The route of this operation."""
        value: Route = self.value
        return value


#: The live-status websocket, relative to the websocket base URL (``?access_token=`` is appended).
WEBSOCKET_PATH = "/wssprd"

#: Production addresses (chosen). The sandbox serves both the REST API and the websocket on one origin.
PRODUCTION_BASE_URL = "https://customer-api-001.prd.jifeline.cloud"
PRODUCTION_WEBSOCKET_URL = "wss://customer-api-ws-001.prd.jifeline.cloud/wssprd"


class WsAction(StrEnum):
    """Websocket actions, spelled exactly as the service spells them (its inconsistencies included)."""

    SUBSCRIBE_CONNECTOR = "subscribeToConnector"
    SUBSCRIBE_TICKET = "subscribeToTicket"
    SUBSCRIBE_CONNECTION = "subscribeToConnection"
    UNSUBSCRIBE_CONNECTOR = "unsubscribeFromConnector"
    UNSUBSCRIBE_TICKET = "unsubscribeToTicket"
    UNSUBSCRIBE_CONNECTION = "unsubscribeToConnection"
    CHANNEL_MESSAGE = "channelMessage"
    #: A ping of a ticket's channel (``POST .../send-control-message/{channel_id}``); name chosen.
    CONTROL_MESSAGE = "controlMessage"
