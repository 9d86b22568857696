"""``api.auth``: the logins and tokens (see :mod:`app.api.tokens`) plus the legacy password reset."""

from __future__ import annotations

from app.api._ops import operation
from app.api.models import ForgotPasswordRequest, ForgotPasswordResult
from app.api.tokens import TokenManager
from app.domain.contract.customer_api import Op

__all__ = ["AuthResource"]


class AuthResource(TokenManager):
    """Logins, token renewal, and the portal's password reset."""

    @operation(Op.FORGOT_PASSWORD)
    async def forgot_password(
        self,
        email_address: str,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> ForgotPasswordResult:
        """Ask for a password reset e-mail (only for the customer portal's migration; not for Workbay)."""
        return await self._http.call_model(
            Op.FORGOT_PASSWORD,
            ForgotPasswordResult,
            body=ForgotPasswordRequest(email_address=email_address).to_wire(),
            timeout=timeout,
        )
