"""When and how long to wait before sending a request again.

The rules are a small immutable object so they can be tested as arithmetic, without a server:

- only idempotent requests are retried (the transport asks :meth:`RetryPolicy.retries_status` and checks
  the route itself);
- on connection errors, timeouts, 408, 429 and 5xx (but not 501 Not Implemented or 505, which a second try
  cannot fix);
- exponential back-off ``base_delay * 2 ** (attempt - 1)`` capped at ``max_delay``, with jitter so that
  many clients failing together do not come back together;
- a server's ``Retry-After`` (seconds or an HTTP date) replaces the back-off, whatever its length, but the
  exchange stays within its budget: no attempt starts once the next wait would cross ``total_budget``, and
  each attempt may last only what is left of it (:meth:`RetryPolicy.attempt_timeout`), never less than
  ``min_attempt_timeout``. So an exchange ends at most ``total_budget + min_attempt_timeout`` seconds after
  it started, however slow the server.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal

__all__ = ["Jitter", "RetryPolicy", "parse_retry_after"]

Jitter = Literal["full", "equal", "none"]

_NOT_WORTH_RETRYING = frozenset({501, 505})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Back-off rules for idempotent requests.

    Attributes:
        max_attempts: how many times a request is sent at most, the first time included.
        base_delay: the wait after the first failure, before jitter, in seconds.
        max_delay: the longest computed back-off (a server's ``Retry-After`` may ask for more).
        total_budget: seconds the whole exchange (every attempt and every wait) may take. No attempt
            starts when the wait before it would cross the budget, and each attempt's timeout is cut to
            what is left of it, but never below ``min_attempt_timeout``: the true worst case is
            ``total_budget + min_attempt_timeout`` (a token renewal on the way is an exchange of its own).
        min_attempt_timeout: the least time an attempt is given, however little budget is left, so
            that a last attempt can still succeed.
        jitter: ``full`` waits a random time in [0, back-off]; ``equal`` in [back-off/2, back-off];
            ``none`` waits the back-off exactly (for tests and for callers who want determinism).
    """

    max_attempts: int = 4
    base_delay: float = 0.25
    max_delay: float = 8.0
    total_budget: float = 20.0
    min_attempt_timeout: float = 1.0
    jitter: Jitter = "full"
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.base_delay < 0 or self.max_delay < 0 or self.total_budget < 0:
            raise ValueError("delays and budget must not be negative")
        if not self.min_attempt_timeout > 0:
            raise ValueError("min_attempt_timeout must be positive")

    @classmethod
    def never(cls) -> RetryPolicy:
        """A policy that sends every request once."""
        return cls(max_attempts=1)

    @staticmethod
    def retries_status(status: int) -> bool:
        """True for the statuses worth another try: 408, 429 and 5xx except 501 and 505."""
        if status in {408, 429}:
            return True
        return 500 <= status <= 599 and status not in _NOT_WORTH_RETRYING

    def backoff(self, attempt: int) -> float:
        """The back-off after failed attempt number ``attempt`` (1-based), before jitter."""
        if attempt < 1:
            raise ValueError("attempts are counted from 1")
        # Capping the exponent first keeps 2 ** n from overflowing on absurd attempt numbers.
        exponent = min(attempt - 1, 62)
        return min(self.max_delay, self.base_delay * float(2**exponent))

    def delay_for(self, attempt: int, retry_after: float | None = None) -> float:
        """How long to wait after failed attempt ``attempt`` (1-based).

        A server's ``retry_after`` wins over the computed back-off: the server knows when it can serve
        again. Without one, the back-off gets the configured jitter.
        """
        if retry_after is not None:
            return max(0.0, retry_after)
        ceiling = self.backoff(attempt)
        if self.jitter == "full":
            return ceiling * self.random()
        if self.jitter == "equal":
            return ceiling / 2 + (ceiling / 2) * self.random()
        return ceiling

    def attempt_timeout(self, elapsed: float) -> float:
        """The longest an attempt starting ``elapsed`` seconds into the exchange may take.

        What is left of ``total_budget``, but at least ``min_attempt_timeout``; a shorter configured
        request timeout still applies.
        """
        return max(self.min_attempt_timeout, self.total_budget - elapsed)

    def next_delay(self, attempt: int, elapsed: float, retry_after: float | None = None) -> float | None:
        """The wait before attempt ``attempt + 1``, or None when we should give up.

        Args:
            attempt: the attempt that just failed (1-based).
            elapsed: seconds since the first attempt started.
            retry_after: the server's ``Retry-After``, in seconds, if it sent one.
        """
        if attempt >= self.max_attempts:
            return None
        delay = self.delay_for(attempt, retry_after)
        if elapsed + delay > self.total_budget:
            return None
        return delay


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), None if unreadable."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        # NaN and infinities are not waits; negative ones mean "now".
        if not math.isfinite(seconds):
            return None
        return max(0.0, seconds)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now if now is not None else datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())
