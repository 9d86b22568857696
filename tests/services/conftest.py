"""Fixtures of the service tests: clients of the (reset) sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from app.api import CustomerApi
from app.sandbox.runner import SandboxThread
from tests.samples import FAST_RETRY, GOLF_PINCODE, GOLF_UUID


@pytest_asyncio.fixture
async def api(sandbox: SandboxThread) -> AsyncIterator[CustomerApi]:
    """A client logged in with the Golf's connector (modules that need another client define their own)."""
    async with CustomerApi(sandbox.base_url, retry=FAST_RETRY, timeout=5.0) as client:
        await client.auth.login_pincode(GOLF_UUID, GOLF_PINCODE)
        yield client
