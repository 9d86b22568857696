"""Bearer-token authentication of the sandbox's Customer API routes, as FastAPI dependencies.

``Depends(require_session)`` gives a handler the :class:`~app.sandbox.state.Session` of the request's
access token, or answers 401 itself: ``missing-token`` without a bearer token, ``invalid-token`` for an
unknown or revoked one, ``token-expired`` for one past its lifetime (the client refreshes on that one).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.sandbox.problems import ProblemError
from app.sandbox.state import SandboxState, Session

_bearer = HTTPBearer(auto_error=False, description="The access token of a login call.")

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="customer-api"'}


def get_state(request: Request) -> SandboxState:
    """The sandbox state of the app serving ``request``."""
    state: SandboxState = request.app.state.sandbox
    return state


def unauthorized(type_slug: str, detail: str) -> ProblemError:
    """A 401 problem with the bearer challenge."""
    return ProblemError(401, type_slug, "Unauthorized", detail, headers=_CHALLENGE)


def session_from_token(state: SandboxState, token: str | None) -> Session:
    """The session of ``token``, or the 401 problem that explains why there is none."""
    if not token:
        raise unauthorized("missing-token", "This request needs an access token (Authorization: Bearer).")
    status, session = state.lookup_token(token, "access")
    if status == "expired":
        raise unauthorized("token-expired", "The access token has expired; refresh it or log in again.")
    if status != "valid" or session is None:
        raise unauthorized("invalid-token", "The access token is not valid.")
    return session


async def require_session(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Session:
    """The session of the request's bearer token (401 problem when missing, invalid or expired)."""
    token = credentials.credentials if credentials is not None else None
    if credentials is not None and credentials.scheme.lower() != "bearer":
        token = None
    return session_from_token(get_state(request), token)


StateDep = Annotated[SandboxState, Depends(get_state)]
SessionDep = Annotated[Session, Depends(require_session)]
