"""The sandbox clock: wall time that can run faster and be moved forward, for training and tests."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta


class SandboxClock:
    """A clock whose time is ``start + speed * elapsed real time + manual offset``.

    Everything the sandbox schedules (ticket states, the operator's replies, token expiry, the websocket's
    periodic pushes) reads this clock, so ``speed=10`` makes a ten-minute ticket take one minute and
    :meth:`advance` jumps ahead at once.
    """

    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("clock speed must be positive")
        self._lock = threading.Lock()
        self._speed = speed
        self._anchor_real = time.monotonic()
        self._anchor_time = datetime.now(UTC)

    @property
    def speed(self) -> float:
        """How many sandbox seconds pass per real second."""
        return self._speed

    def now(self) -> datetime:
        """The sandbox's current time (timezone-aware, UTC)."""
        with self._lock:
            elapsed = time.monotonic() - self._anchor_real
            return self._anchor_time + timedelta(seconds=elapsed * self._speed)

    def set_speed(self, speed: float) -> None:
        """Change the speed from now on, without jumping."""
        if speed <= 0:
            raise ValueError("clock speed must be positive")
        current = self.now()
        with self._lock:
            self._anchor_real = time.monotonic()
            self._anchor_time = current
            self._speed = speed

    def advance(self, seconds: float) -> None:
        """Jump forward by ``seconds`` of sandbox time."""
        if seconds < 0:
            raise ValueError("the sandbox clock never goes back")
        with self._lock:
            self._anchor_time += timedelta(seconds=seconds)

    def real_seconds(self, sandbox_seconds: float) -> float:
        """How long ``sandbox_seconds`` last in real time at the current speed."""
        return sandbox_seconds / self._speed

    def reset(self, speed: float = 1.0) -> None:
        """Back to wall time at ``speed``."""
        with self._lock:
            self._speed = speed
            self._anchor_real = time.monotonic()
            self._anchor_time = datetime.now(UTC)
