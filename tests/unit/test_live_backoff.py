"""The reconnect back-off of the live-status client, as pure arithmetic (no sockets)."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.api import CustomerApi
from app.api.live import BackoffSchedule, LiveStatusClient

#: The rule the service asks of clients: a few quick tries, then no faster than every 5 seconds.
QUICK_TRIES = 3
SLOWEST_ALLOWED_RATE = 5.0


def _schedule(**options: float) -> BackoffSchedule:
    return BackoffSchedule(rng=random.Random(1234), **options)  # type: ignore[arg-type]


def _assert_quick_then_never_faster_than_five_seconds(schedule: BackoffSchedule) -> None:
    """Draw many delays from ``schedule`` (restarting now and then) and check them against the rule."""
    for _ in range(50):
        schedule.reset()
        delays = list(itertools.islice(schedule, QUICK_TRIES + 15))
        quick, slow = delays[:QUICK_TRIES], delays[QUICK_TRIES:]
        assert all(0 < delay < SLOWEST_ALLOWED_RATE for delay in quick), quick
        assert quick[0] <= 1.0, "the first retry is quick"
        assert all(SLOWEST_ALLOWED_RATE <= delay <= 30.0 for delay in slow), slow


def test_the_default_schedule_keeps_the_reconnect_rule() -> None:
    schedule = BackoffSchedule()
    assert (schedule.quick_retries, schedule.quick_delay, schedule.slow_delay, schedule.max_delay) == (
        QUICK_TRIES,
        0.5,
        SLOWEST_ALLOWED_RATE,
        30.0,
    )
    assert schedule.jitter > 0, "clients dropped together must not come back together"
    for seed in range(20):
        _assert_quick_then_never_faster_than_five_seconds(BackoffSchedule(rng=random.Random(seed)))


@pytest.mark.parametrize("draw", [0.0, 1.0 - 1e-12])
def test_jitter_at_its_extremes_stays_within_the_rule(draw: float) -> None:
    class Extreme(random.Random):
        def random(self) -> float:
            return draw

    _assert_quick_then_never_faster_than_five_seconds(BackoffSchedule(rng=Extreme()))


@pytest.mark.asyncio
async def test_the_live_client_and_api_live_keep_the_reconnect_rule_by_default() -> None:
    standalone = LiveStatusClient("ws://127.0.0.1:9/wssprd", _no_token)
    async with CustomerApi("http://127.0.0.1:9") as api:
        wired = api.live()
    for client in (standalone, wired):
        schedule = client.backoff
        assert schedule.quick_retries == QUICK_TRIES
        assert schedule.slow_delay == SLOWEST_ALLOWED_RATE
        assert schedule.failures == 0
        _assert_quick_then_never_faster_than_five_seconds(schedule)


async def _no_token() -> str:
    raise AssertionError("nothing connects in these tests")


def test_quick_tries_double_around_the_quick_delay() -> None:
    schedule = _schedule(quick_retries=3, quick_delay=0.5, slow_delay=5.0, max_delay=30.0, jitter=0.25)
    quick = [schedule.next_delay() for _ in range(3)]
    for n, delay in enumerate(quick):
        base = 0.5 * 2**n
        assert base * 0.75 <= delay <= base * 1.25
    assert schedule.failures == 3


def test_after_the_quick_tries_no_delay_is_shorter_than_the_slow_delay() -> None:
    schedule = _schedule(quick_retries=3, quick_delay=0.5, slow_delay=5.0, max_delay=30.0)
    delays = list(itertools.islice(schedule, 40))
    slow = delays[3:]
    assert all(5.0 <= delay <= 30.0 for delay in slow)
    # It grows: the first slow delays sit near 5, 10, 20 s, then stay at the cap.
    assert slow[0] < 6.5
    assert 10.0 <= slow[1] <= 12.5
    assert 20.0 <= slow[2] <= 25.0
    assert all(30.0 * 0.75 <= delay <= 30.0 for delay in slow[3:])


def test_delays_at_the_cap_are_jittered_so_clients_do_not_retry_in_step() -> None:
    schedule = _schedule(quick_retries=0, slow_delay=5.0, max_delay=30.0)
    capped = list(itertools.islice(schedule, 50))[5:]
    assert len(set(capped)) > 40
    assert max(capped) <= 30.0


def test_the_same_seed_gives_the_same_delays() -> None:
    first = list(itertools.islice(_schedule(), 10))
    second = list(itertools.islice(_schedule(), 10))
    assert first == second


def test_a_stable_connection_resets_to_quick_tries() -> None:
    schedule = _schedule(quick_retries=2, quick_delay=0.1, slow_delay=5.0, max_delay=30.0, stable_after=30.0)
    for _ in range(5):
        schedule.next_delay()
    schedule.connection_ended(lasted=31.0)
    assert schedule.failures == 0
    assert schedule.next_delay() <= 0.1 * 1.25


def test_a_short_connection_does_not_reset() -> None:
    # A server that accepts and drops at once must not get a quick retry storm.
    schedule = _schedule(quick_retries=2, quick_delay=0.1, slow_delay=5.0, max_delay=30.0, stable_after=30.0)
    for _ in range(3):
        schedule.next_delay()
    schedule.connection_ended(lasted=29.9)
    assert schedule.failures == 3
    assert schedule.next_delay() >= 5.0


def test_zero_quick_retries_start_slow() -> None:
    schedule = _schedule(quick_retries=0, slow_delay=2.0, max_delay=8.0)
    assert schedule.next_delay() >= 2.0


def test_reset_starts_over() -> None:
    schedule = _schedule(quick_retries=1, quick_delay=0.2, slow_delay=5.0, max_delay=30.0)
    schedule.next_delay()
    schedule.next_delay()
    schedule.reset()
    assert schedule.next_delay() < 0.3


@pytest.mark.parametrize(
    "options",
    [
        {"quick_retries": -1},
        {"quick_delay": 0},
        {"slow_delay": -1.0},
        {"slow_delay": 10.0, "max_delay": 5.0},
        {"jitter": 1.0},
        {"jitter": -0.1},
    ],
)
def test_nonsense_settings_are_refused(options: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        BackoffSchedule(**options)  # type: ignore[arg-type]


@given(
    quick_retries=st.integers(min_value=0, max_value=6),
    quick_delay=st.floats(min_value=0.001, max_value=10.0),
    slow_delay=st.floats(min_value=0.01, max_value=60.0),
    extra=st.floats(min_value=0.0, max_value=300.0),
    jitter=st.floats(min_value=0.0, max_value=0.9),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_every_delay_is_within_bounds(
    quick_retries: int, quick_delay: float, slow_delay: float, extra: float, jitter: float, seed: int
) -> None:
    max_delay = slow_delay + extra
    schedule = BackoffSchedule(
        quick_retries=quick_retries,
        quick_delay=quick_delay,
        slow_delay=slow_delay,
        max_delay=max_delay,
        jitter=jitter,
        rng=random.Random(seed),
    )
    delays = list(itertools.islice(schedule, quick_retries + 12))
    assert all(0 < delay <= max_delay for delay in delays)
    assert all(delay >= slow_delay for delay in delays[quick_retries:])
