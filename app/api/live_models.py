"""The typed events of the live-status websocket (:class:`app.api.live.LiveStatusClient`).

Server frames become :data:`ServerEvent` models; the client adds :class:`LinkState` (the connection's own
state) and :class:`Resynced` (a hint to fetch over REST what may have been missed). Consumers dispatch on the
class, e.g. ``match event: case TicketUpdate(): ...``. Every model keeps members it does not know, so a
server that adds a field breaks nothing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from app.api.models import ApiModel, ChatMessage, UtcDatetime
from app.api.models._base import LooseStr, TicketStateValue

__all__ = [
    "ChannelMessage",
    "ConnectionUpdate",
    "ConnectorUpdate",
    "ControlMessage",
    "LinkState",
    "LinkStateName",
    "LiveEvent",
    "Resynced",
    "Schedule",
    "ServerError",
    "ServerEvent",
    "TicketUpdate",
    "UnknownEvent",
]


def _decimal_from_number(value: object) -> object:
    # A float such as 12.6 goes through its shortest repr, so the Decimal is 12.6 and not 12.5999999...
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


StateValue = TicketStateValue
ExactDecimal = Annotated[Decimal, BeforeValidator(_decimal_from_number)]


class Schedule(ApiModel):
    """Why and until when a ticket waits (the service center is scheduled or paused)."""

    message: str | None = None
    until: UtcDatetime | None = None


class TicketUpdate(ApiModel):
    """The state of a subscribed ticket: sent at once on subscribe, then periodically and on change."""

    ticket_id: int
    id: int | str | None = None
    ticket_uuid: str | None = None
    state: StateValue | None = None
    connection_id: int | str | None = None
    connection_uuid: str | None = None
    cancelled_reason: str | None = None
    chat_state: str | int | None = None
    vehicle_model_id: int | None = None
    vehicle_model_variant_id: int | None = None
    #: The VIN as the server has it: any string (null or absent: None), never validated here.
    vin: LooseStr | None = None
    is_script_composition_running: bool | None = None
    schedule: Schedule | None = None


class ConnectorUpdate(ApiModel):
    """The state of a subscribed connector (the device in the car)."""

    connector_id: int
    is_online: bool | None = None
    #: The VIN the connector read from the car; may be empty or not 17 characters (null or absent: None).
    vin_number: LooseStr | None = None
    #: The car's battery voltage, exact as sent.
    voltage: ExactDecimal | None = None
    call_for_attention: bool | None = None


class ConnectionUpdate(ApiModel):
    """The state of a subscribed diagnostic connection (the operator's session with the car)."""

    connection_uuid: str
    #: May carry a session secret: hidden from repr and never logged.
    script_ui_wss_url: str | None = Field(default=None, repr=False)
    script_ui_available: bool | None = None
    is_autonomous: bool | None = None


class ChannelMessage(ApiModel):
    """A new chat message on the channel of a subscribed ticket."""

    message: ChatMessage

    @property
    def channel_id(self) -> str:
        """The channel (a ticket's ``chat_id``) the message belongs to."""
        return self.message.channel_id


class ControlMessage(ApiModel):
    """A control message on a subscribed ticket's channel (``type`` is ``"ping"`` for a nudge)."""

    channel_id: str
    type: str = "ping"


class ServerError(ApiModel):
    """An error frame: the server refused a frame (an unknown id, a resource of another customer...)."""

    detail: str | None = None
    title: str | None = None
    status: int | None = None


class UnknownEvent(ApiModel):
    """A frame with an action this client does not know; kept so that nothing is silently lost."""

    action: str
    message: Any = None


LinkStateName = Literal["connecting", "connected", "reconnecting", "closed"]


class LinkState(ApiModel):
    """The websocket link changed state.

    ``attempt`` counts connection attempts since the link was last healthy (1 for the first);
    ``next_retry_in`` is set while waiting before the next attempt; ``reason`` says, safely, why the link is
    not connected.
    """

    state: LinkStateName
    attempt: int = 0
    next_retry_in: float | None = None
    reason: str | None = None


class Resynced(ApiModel):
    """Events may have been missed: fetch over REST what these subscriptions cover.

    Emitted after a reconnect once the subscriptions were sent again and the server confirmed them (or a
    short time passed), and when the consumer fell so far behind that queued events were dropped. Anything
    that changes after this event arrives as usual, so a REST fetch made now misses nothing.
    """

    reason: Literal["reconnect", "overflow"]
    ticket_ids: tuple[int, ...] = ()
    connector_ids: tuple[int, ...] = ()
    connection_uuids: tuple[str, ...] = ()


#: What the server sends (after parsing).
ServerEvent = (
    TicketUpdate
    | ConnectorUpdate
    | ConnectionUpdate
    | ChannelMessage
    | ControlMessage
    | ServerError
    | UnknownEvent
)
#: Everything :meth:`LiveStatusClient.events` yields.
LiveEvent = ServerEvent | LinkState | Resynced
