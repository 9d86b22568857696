"""Fixtures of the widget tests: a real qasync loop per test, and services pointed at the sandbox.

Widgets start their work as asyncio tasks; without a running loop a click schedules a task that never runs
and the test only times out. ``qloop`` installs a ``qasync.QEventLoop`` that rides on the Qt event loop
``qtbot.waitSignal`` / ``qtbot.waitUntil`` spin, so those waits drive the tasks too.

Teardown cancels what is left and closes the loop without ``loop.stop()``: stopping it would call
``QApplication.exit()``, after which every later wait of the session returns at once.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from app.api.client import CustomerApi
from app.api.retry import RetryPolicy
from app.gui.page import PageContext
from app.gui.theme import DEFAULT_ACCENT, apply_theme
from app.sandbox.runner import SandboxThread
from app.services.workbench import Workbench
from tests.samples import GOLF_PINCODE, GOLF_UUID


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """A qasync loop for one test, set as the current and running loop."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            # Let the cancellations run their cleanup (closing sockets) on the Qt loop that drives them.
            deadline = loop.time() + 5
            while any(not task.done() for task in pending) and loop.time() < deadline:
                qapp.processEvents()
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)
        # Mark the loop stopped without stop(), which would end the QApplication for the whole session.
        loop._QEventLoop__is_running = False
        loop.close()
        # The closed loop still owns Qt timers of cancelled call_later handles (every HTTP timeout). Left to
        # the garbage collector, the timer object could be freed on the sandbox's server thread, which cannot
        # stop them, and a later test would crash on a timer event for a deleted object: kill them here, on
        # the GUI thread, and collect.
        timer = loop._timer
        callbacks = timer._SimpleTimer__callbacks
        for timer_id in list(callbacks):
            timer.killTimer(timer_id)
        callbacks.clear()
        del loop, timer
        gc.collect()


def run_on(loop: qasync.QEventLoop, qapp: QApplication, work: Any, timeout: float = 20.0) -> Any:
    """Run a coroutine to completion on the test's qasync loop from synchronous test code."""
    task = asyncio.ensure_future(work, loop=loop)
    deadline = loop.time() + timeout
    while not task.done():
        if loop.time() > deadline:
            task.cancel()
            msg = "coroutine did not finish in time"
            raise TimeoutError(msg)
        qapp.processEvents()
    return task.result()


@pytest.fixture
def run(qloop: qasync.QEventLoop, qapp: QApplication) -> Callable[..., Any]:
    """``run(coro)`` runs a coroutine on the test's loop and returns its result (for setup and checks)."""
    return lambda work, timeout=20.0: run_on(qloop, qapp, work, timeout)


@pytest.fixture
def api(qloop: qasync.QEventLoop, sandbox: SandboxThread, run: Callable[..., Any]) -> Iterator[CustomerApi]:
    """A logged-out client of the (reset) sandbox, with quick retries so failure tests stay short."""
    client = CustomerApi(
        sandbox.base_url, timeout=5.0, retry=RetryPolicy(max_attempts=2, base_delay=0.05, total_budget=8.0)
    )
    yield client
    run(client.aclose())


@pytest.fixture
def sample_connector(sandbox: SandboxThread) -> dict[str, Any]:
    """The first sample connector (online, DoIP, a VW with a VIN read), with its pincode."""
    connectors = sandbox.admin.connectors()
    return next(c for c in connectors if c["uuid"] == "03991f3a-26f3-521a-913f-e5db77b27774")


@pytest.fixture
def workbench(api: CustomerApi) -> Workbench:
    """A logged-out workbench over ``api`` (no keyring, no remembered connectors)."""
    return Workbench(api)


@pytest.fixture
def context(workbench: Workbench) -> PageContext:
    """The page context of a sandbox session."""
    return PageContext(workbench=workbench, sandbox=True)


@pytest.fixture
def logged_in(api: CustomerApi, run: Callable[..., Any]) -> CustomerApi:
    """``api``, logged in with the Golf's connector."""
    run(api.auth.login_pincode(GOLF_UUID, GOLF_PINCODE))
    return api


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """Workbay's own look at a desk (colours, row heights, button sizes), put back afterwards."""
    apply_theme(qapp, accent=DEFAULT_ACCENT, header="", kiosk=False)
    yield qapp
    apply_theme(qapp, accent=DEFAULT_ACCENT, header="", kiosk=False)
