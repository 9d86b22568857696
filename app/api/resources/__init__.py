"""The resource groups of :class:`~app.api.client.CustomerApi`, one module per area of the API."""

from __future__ import annotations

from app.api.resources.auth import AuthResource
from app.api.resources.cart import CartResource
from app.api.resources.chat import ChatResource
from app.api.resources.connectors import ConnectorsResource
from app.api.resources.products import ProductsResource
from app.api.resources.tickets import TicketsResource
from app.api.resources.users import CustomersResource, EmployeesResource, ServiceCenterResource, UsersResource
from app.api.resources.vehicles import VehiclesResource

__all__ = [
    "AuthResource",
    "CartResource",
    "ChatResource",
    "ConnectorsResource",
    "CustomersResource",
    "EmployeesResource",
    "ProductsResource",
    "ServiceCenterResource",
    "TicketsResource",
    "UsersResource",
    "VehiclesResource",
]
