"""Background work of the GUI: every coroutine a widget starts goes through a :class:`TaskRunner`.

The runner keeps a reference to each task (asyncio only keeps weak ones), lets the newest request of a
kind win (starting ``"price"`` again cancels the running ``"price"``, and a result that arrives after a
newer start is dropped even if the cancellation came too late), marks its owner busy while anything runs,
routes expected failures (:class:`~app.services.errors.ServiceError`) to the owner's error handler with a
ready-made Retry, and hands anything unexpected to the one installed exception hook (``sys.excepthook``).

Widgets never ``await`` in slots and never call ``exec()`` or ``processEvents()``: they start work here and
react in ``on_done``.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.errors import ServiceError

__all__ = ["FailureHandler", "TaskRunner"]

T = TypeVar("T")

_log = logging.getLogger(__name__)

#: Called with the failure and a function that starts the same work again.
FailureHandler = Callable[[ServiceError, Callable[[], None]], None]


class TaskRunner(QObject):
    """Starts, replaces, cancels and tracks the coroutines of one widget."""

    sig_busy_changed = Signal(bool)
    """The runner went from idle to busy or back."""

    def __init__(self, parent: QObject | None = None, *, on_failure: FailureHandler | None = None) -> None:
        super().__init__(parent)
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._timers: dict[str, QTimer] = {}
        self._pending: dict[str, Callable[[], object]] = {}
        self._quiet: set[str] = set()
        self._on_failure = on_failure
        self._busy = False

    @property
    def busy(self) -> bool:
        """Whether any task that marks busy is running."""
        return self._busy

    def running(self, key: str) -> bool:
        """Whether a task of this kind is running."""
        task = self._tasks.get(key)
        return task is not None and not task.done()

    def start(
        self,
        key: str,
        work: Callable[[], Awaitable[T]],
        on_done: Callable[[T], None],
        *,
        on_failure: FailureHandler | None = None,
        busy: bool = True,
    ) -> asyncio.Task[None]:
        """Run ``work()`` as the newest task of kind ``key`` and call ``on_done`` with its result.

        Args:
            key: the kind of work; a running task of the same kind is cancelled and its result ignored.
            work: makes the coroutine; called again by Retry.
            on_done: receives the result (on the GUI thread, only if this is still the newest task).
            on_failure: receives a :class:`ServiceError` and a retry function (default: the runner's).
            busy: whether this work marks the owner busy (background refreshes do not).
        """
        self.cancel(key)
        if busy:
            self._quiet.discard(key)
        else:
            self._quiet.add(key)

        def retry() -> None:
            self.start(key, work, on_done, on_failure=on_failure, busy=busy)

        task = asyncio.ensure_future(self._run(key, work, on_done, on_failure or self._on_failure, retry))
        self._tasks[key] = task
        task.add_done_callback(lambda finished: self._forget(key, finished))
        self._update_busy()
        return task

    def debounce(
        self,
        key: str,
        delay_ms: int,
        work: Callable[[], Awaitable[T]],
        on_done: Callable[[T], None],
        *,
        on_failure: FailureHandler | None = None,
        busy: bool = True,
    ) -> None:
        """Like :meth:`start`, after ``delay_ms`` without another call of the same key.

        A pending or running task of that kind is cancelled at once, so a stale answer never lands while
        the technician is still typing.
        """
        self.cancel(key)
        self._pending[key] = lambda: self.start(key, work, on_done, on_failure=on_failure, busy=busy)
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._fire(key))
            self._timers[key] = timer
        timer.start(delay_ms)

    def _fire(self, key: str) -> None:
        pending = self._pending.pop(key, None)
        if pending is not None:
            pending()

    def cancel(self, key: str | None = None) -> None:
        """Cancel the pending and running work of one kind, or all of it."""
        keys = list(self._tasks) + list(self._timers) if key is None else [key]
        for name in keys:
            timer = self._timers.get(name)
            if timer is not None:
                timer.stop()
            self._pending.pop(name, None)
            task = self._tasks.pop(name, None)
            if task is not None and not task.done():
                task.cancel()
        self._update_busy()

    async def _run(
        self,
        key: str,
        work: Callable[[], Awaitable[T]],
        on_done: Callable[[T], None],
        on_failure: FailureHandler | None,
        retry: Callable[[], None],
    ) -> None:
        me = asyncio.current_task()
        try:
            result = await work()
        except ServiceError as error:
            if self._tasks.get(key) is not me:
                return
            self._tasks.pop(key, None)
            self._update_busy()
            if on_failure is None:
                _log.error("unhandled workflow failure in %s: %s", key, error)
                sys.excepthook(type(error), error, error.__traceback__)
            else:
                on_failure(error, retry)
            return
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - one place hands every unexpected error to the hook
            self._tasks.pop(key, None)
            self._update_busy()
            sys.excepthook(type(error), error, error.__traceback__)
            return
        if self._tasks.get(key) is not me:
            _log.debug("dropped the stale result of %s", key)
            return
        self._tasks.pop(key, None)
        self._update_busy()
        try:
            on_done(result)
        except Exception as error:  # noqa: BLE001 - a failing slot reaches the hook, not the event loop
            sys.excepthook(type(error), error, error.__traceback__)

    def _forget(self, key: str, finished: asyncio.Task[Any]) -> None:
        if self._tasks.get(key) is finished:
            del self._tasks[key]
        self._update_busy()

    def _update_busy(self) -> None:
        busy = any(not task.done() and key not in self._quiet for key, task in self._tasks.items())
        if busy != self._busy:
            self._busy = busy
            self.sig_busy_changed.emit(busy)
