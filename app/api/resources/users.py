"""The user, the company's employees and details, and the service center."""

from __future__ import annotations

from app.api._ops import operation
from app.api.models import (
    Branding,
    Customer,
    CustomerUpdate,
    Employee,
    EmployeeCreate,
    EmployeeUpdate,
    ServiceCenter,
    ServiceCenterStatus,
    User,
)
from app.api.paging import AsyncPager
from app.api.resources._base import Resource
from app.domain.contract.customer_api import Op

__all__ = ["CustomersResource", "EmployeesResource", "ServiceCenterResource", "UsersResource"]


class UsersResource(Resource):
    """``api.users``."""

    @operation(Op.ME)
    async def me(self, *, timeout: float | None = None) -> User:  # noqa: ASYNC109
        """The logged-in user, their company and service provider (wallet, service center flags, colours)."""
        return await self._http.call_model(Op.ME, User, timeout=timeout)


class EmployeesResource(Resource):
    """``api.employees``."""

    @operation(Op.EMPLOYEES)
    def list(
        self, *, page_size: int = 100, max_items: int | None = None, timeout: float | None = None
    ) -> AsyncPager[Employee]:
        """The company's employees."""
        return self._pager(Op.EMPLOYEES, Employee, page_size=page_size, max_items=max_items, timeout=timeout)

    @operation(Op.CREATE_EMPLOYEE)
    async def create(
        self,
        employee: EmployeeCreate,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Employee:
        """Add an employee."""
        return await self._http.call_model(
            Op.CREATE_EMPLOYEE, Employee, body=employee.to_wire(), timeout=timeout
        )

    @operation(Op.EMPLOYEE)
    async def get(
        self,
        employee_id: str = "me",
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Employee:
        """One employee; ``"me"`` (the default) is the logged-in one."""
        return await self._http.call_model(
            Op.EMPLOYEE, Employee, path_params={"employee_id": employee_id}, timeout=timeout
        )

    @operation(Op.UPDATE_EMPLOYEE)
    async def update(
        self,
        employee_id: str,
        changes: EmployeeUpdate,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Employee:
        """Change an employee (``"me"`` allowed)."""
        return await self._http.call_model(
            Op.UPDATE_EMPLOYEE,
            Employee,
            path_params={"employee_id": employee_id},
            body=changes.to_wire(),
            timeout=timeout,
        )


class CustomersResource(Resource):
    """``api.customers``: the customer's own company."""

    @operation(Op.CUSTOMER)
    async def me(self, *, timeout: float | None = None) -> Customer:  # noqa: ASYNC109
        """The company's details."""
        return await self._http.call_model(Op.CUSTOMER, Customer, timeout=timeout)

    @operation(Op.UPDATE_CUSTOMER)
    async def update(
        self,
        changes: CustomerUpdate,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Customer:
        """Change the company's details; members left None keep their value."""
        return await self._http.call_model(
            Op.UPDATE_CUSTOMER, Customer, body=changes.to_wire(), timeout=timeout
        )

    @operation(Op.BRANDING)
    async def branding(self, *, timeout: float | None = None) -> Branding:  # noqa: ASYNC109
        """The brand the customer portal shows."""
        return await self._http.call_model(Op.BRANDING, Branding, timeout=timeout)


class ServiceCenterResource(Resource):
    """``api.service_center``."""

    @operation(Op.SERVICE_CENTER)
    async def get(self, *, timeout: float | None = None) -> ServiceCenter:  # noqa: ASYNC109
        """The service center's identity and settings."""
        return await self._http.call_model(Op.SERVICE_CENTER, ServiceCenter, timeout=timeout)

    @operation(Op.SERVICE_CENTER_STATUS)
    async def status(self, *, timeout: float | None = None) -> ServiceCenterStatus:  # noqa: ASYNC109
        """Whether the service center takes tickets now, and its message."""
        return await self._http.call_model(Op.SERVICE_CENTER_STATUS, ServiceCenterStatus, timeout=timeout)
