"""The task runner: latest wins, busy tracking, failures to the page, unexpected errors to the hook."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.gui.tasks import TaskRunner
from app.services.errors import Failure, ServiceError


async def _answer(value: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return value


def test_the_newest_request_wins_even_when_the_older_answers_last(qtbot: QtBot, qloop: Any) -> None:
    runner = TaskRunner()
    results: list[str] = []
    runner.start("price", lambda: _answer("old", 0.3), results.append)
    runner.start("price", lambda: _answer("new", 0.01), results.append)
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    qtbot.wait(400)  # the old one would have answered by now
    assert results == ["new"]


def test_busy_follows_the_running_work_but_not_quiet_work(qtbot: QtBot, qloop: Any) -> None:
    runner = TaskRunner()
    changes: list[bool] = []
    runner.sig_busy_changed.connect(changes.append)
    done: list[str] = []
    runner.start("quiet", lambda: _answer("q", 0.05), done.append, busy=False)
    assert not runner.busy
    runner.start("loud", lambda: _answer("l", 0.05), done.append)
    assert runner.busy
    qtbot.waitUntil(lambda: len(done) == 2, timeout=3000)
    assert changes == [True, False]


def test_a_service_error_reaches_the_handler_with_a_working_retry(qtbot: QtBot, qloop: Any) -> None:
    attempts: list[int] = []
    failures: list[ServiceError] = []
    retries: list[Callable[[], None]] = []

    async def flaky() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise ServiceError(Failure.OFFLINE)
        return "ok"

    runner = TaskRunner(on_failure=lambda error, retry: (failures.append(error), retries.append(retry)))
    results: list[str] = []
    runner.start("login", flaky, results.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert failures[0].failure == Failure.OFFLINE
    assert failures[0].retryable
    retries[0]()
    qtbot.waitUntil(lambda: results == ["ok"], timeout=3000)
    assert len(attempts) == 2


def test_an_unexpected_error_goes_to_the_exception_hook(
    qtbot: QtBot, qloop: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _kind, error, _tb: seen.append(error))

    async def broken() -> str:
        msg = "bug"
        raise RuntimeError(msg)

    runner = TaskRunner()
    runner.start("x", broken, lambda _result: None)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert isinstance(seen[0], RuntimeError)
    assert not runner.busy


def test_debounce_runs_only_the_last_call(qtbot: QtBot, qloop: Any) -> None:
    runner = TaskRunner()
    calls: list[str] = []
    results: list[str] = []

    def work(value: str) -> Callable[[], Any]:
        def make() -> Any:
            calls.append(value)
            return _answer(value, 0)

        return make

    for value in ("W", "WV", "WVW"):
        runner.debounce("vin", 50, work(value), results.append)
    qtbot.waitUntil(lambda: results == ["WVW"], timeout=3000)
    assert calls == ["WVW"]


def test_cancel_stops_pending_and_running_work(qtbot: QtBot, qloop: Any) -> None:
    runner = TaskRunner()
    results: list[str] = []
    runner.start("a", lambda: _answer("a", 0.1), results.append)
    runner.debounce("b", 20, lambda: _answer("b", 0), results.append)
    runner.cancel()
    qtbot.wait(300)
    assert results == []
    assert not runner.busy
