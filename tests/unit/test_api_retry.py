"""The retry rules as arithmetic: back-off, jitter, Retry-After, attempt and time budgets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.api.retry import RetryPolicy, parse_retry_after


def fixed(value: float) -> RetryPolicy:
    """A policy whose jitter draws ``value`` every time."""
    return RetryPolicy(random=lambda: value)


def test_defaults_are_the_documented_ones() -> None:
    policy = RetryPolicy()
    assert (policy.max_attempts, policy.base_delay, policy.max_delay, policy.total_budget, policy.jitter) == (
        4,
        0.25,
        8.0,
        20.0,
        "full",
    )


def test_backoff_doubles_from_the_base_and_stops_at_the_cap() -> None:
    policy = RetryPolicy(base_delay=0.25, max_delay=8.0)
    assert [policy.backoff(n) for n in range(1, 9)] == [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_backoff_of_an_absurd_attempt_number_is_the_cap_not_an_overflow() -> None:
    assert RetryPolicy(max_delay=8.0).backoff(10_000) == 8.0


def test_attempts_are_counted_from_one() -> None:
    with pytest.raises(ValueError, match="from 1"):
        RetryPolicy().backoff(0)


def test_full_jitter_scales_the_backoff_by_the_random_draw() -> None:
    assert fixed(0.5).delay_for(3) == pytest.approx(0.5)
    assert fixed(0.0).delay_for(3) == 0.0
    assert fixed(0.999).delay_for(6) == pytest.approx(8.0 * 0.999)


def test_equal_jitter_keeps_at_least_half_the_backoff() -> None:
    low = RetryPolicy(jitter="equal", random=lambda: 0.0)
    high = RetryPolicy(jitter="equal", random=lambda: 1.0)
    assert low.delay_for(3) == pytest.approx(0.5)
    assert high.delay_for(3) == pytest.approx(1.0)


def test_no_jitter_waits_the_backoff_exactly() -> None:
    assert RetryPolicy(jitter="none").delay_for(2) == 0.5


def test_retry_after_wins_over_the_backoff_even_beyond_max_delay() -> None:
    policy = fixed(0.5)
    assert policy.delay_for(1, retry_after=12.0) == 12.0
    assert policy.delay_for(1, retry_after=0.0) == 0.0
    assert policy.delay_for(1, retry_after=-3.0) == 0.0


def test_next_delay_gives_up_after_max_attempts() -> None:
    policy = RetryPolicy(max_attempts=3, jitter="none")
    assert policy.next_delay(1, elapsed=0.0) == 0.25
    assert policy.next_delay(2, elapsed=0.0) == 0.5
    assert policy.next_delay(3, elapsed=0.0) is None


def test_next_delay_gives_up_when_the_wait_would_cross_the_budget() -> None:
    policy = RetryPolicy(total_budget=20.0, jitter="none")
    assert policy.next_delay(1, elapsed=19.75) == 0.25  # ends exactly at the budget: allowed
    assert policy.next_delay(1, elapsed=19.8) is None
    # A server asking for longer than the budget has left is not waited for.
    assert policy.next_delay(1, elapsed=0.0, retry_after=21.0) is None
    assert policy.next_delay(1, elapsed=5.0, retry_after=15.0) == 15.0


def test_never_sends_once() -> None:
    assert RetryPolicy.never().next_delay(1, elapsed=0.0) is None


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (408, True),
        (429, True),
        (500, True),
        (502, True),
        (503, True),
        (504, True),
        (599, True),
        (501, False),
        (505, False),
        (400, False),
        (401, False),
        (404, False),
        (409, False),
        (413, False),
        (200, False),
    ],
)
def test_only_transient_statuses_are_retried(status: int, expected: bool) -> None:
    assert RetryPolicy.retries_status(status) is expected


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_attempts": 0},
        {"base_delay": -1.0},
        {"max_delay": -1.0},
        {"total_budget": -0.1},
        {"min_attempt_timeout": 0.0},
        {"min_attempt_timeout": -1.0},
    ],
)
def test_nonsense_policies_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_the_policy_is_immutable() -> None:
    policy = RetryPolicy()
    with pytest.raises(AttributeError):
        policy.max_attempts = 9  # type: ignore[misc]


@given(
    attempt=st.integers(min_value=1, max_value=200),
    draw=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    jitter=st.sampled_from(["full", "equal", "none"]),
)
def test_a_computed_delay_never_exceeds_max_delay(attempt: int, draw: float, jitter: str) -> None:
    policy = RetryPolicy(jitter=jitter, random=lambda: draw)  # type: ignore[arg-type]
    assert 0.0 <= policy.delay_for(attempt) <= policy.max_delay


@given(
    attempt=st.integers(min_value=1, max_value=10),
    elapsed=st.floats(min_value=0.0, max_value=40.0),
    retry_after=st.one_of(st.none(), st.floats(min_value=0.0, max_value=60.0)),
)
def test_a_granted_wait_always_fits_in_the_budget(
    attempt: int, elapsed: float, retry_after: float | None
) -> None:
    policy = RetryPolicy(random=lambda: 0.7)
    delay = policy.next_delay(attempt, elapsed, retry_after)
    if delay is not None:
        assert elapsed + delay <= policy.total_budget
        assert attempt < policy.max_attempts


def test_an_attempt_gets_what_is_left_of_the_budget_but_at_least_the_minimum() -> None:
    policy = RetryPolicy(total_budget=20.0, min_attempt_timeout=1.0)
    assert policy.min_attempt_timeout == 1.0  # the documented default
    assert policy.attempt_timeout(0.0) == 20.0
    assert policy.attempt_timeout(12.5) == 7.5
    assert policy.attempt_timeout(19.6) == 1.0
    assert policy.attempt_timeout(45.0) == 1.0


@given(
    max_attempts=st.integers(min_value=1, max_value=8),
    budget=st.floats(min_value=0.0, max_value=30.0),
    minimum=st.floats(min_value=0.01, max_value=5.0),
    retry_after=st.one_of(st.none(), st.floats(min_value=0.0, max_value=40.0)),
    draw=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
)
def test_the_worst_case_exchange_ends_within_budget_plus_one_minimum(
    max_attempts: int, budget: float, minimum: float, retry_after: float | None, draw: float
) -> None:
    # Every attempt runs to its full allowance and fails; every wait is as long as granted.
    policy = RetryPolicy(
        max_attempts=max_attempts, total_budget=budget, min_attempt_timeout=minimum, random=lambda: draw
    )
    elapsed = 0.0
    attempt = 0
    while True:
        attempt += 1
        elapsed += policy.attempt_timeout(elapsed)
        delay = policy.next_delay(attempt, elapsed, retry_after)
        if delay is None:
            break
        elapsed += delay
    assert attempt <= max_attempts
    assert elapsed <= budget + minimum + 1e-9


# ---------------------------------------------------------------------- Retry-After


def test_retry_after_in_seconds() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-4") == 0.0


def test_retry_after_as_an_http_date() -> None:
    now = datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    earlier = format_datetime(now - timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(later, now=now) == 90.0
    assert parse_retry_after(earlier, now=now) == 0.0


@pytest.mark.parametrize("value", [None, "", "soon", "nan", "inf", "Mon, 99 Foo 2025"])
def test_unreadable_retry_after_is_none(value: str | None) -> None:
    assert parse_retry_after(value) is None
