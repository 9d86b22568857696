"""Remembered connectors: newest first, at most twenty, one entry per connector however its UUID is typed."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from app.store.connectors import MAX_REMEMBERED, ConnectorDirectory, RememberedConnector, normalise_uuid
from app.store.database import Database

GOLF = "03991f3a-26f3-521a-913f-e5db77b27774"
BMW = "5c1f7a52-88d0-4f53-9d7e-0a6a5e1b2c3d"
START = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves on by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: int = 1) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def directory(clock: Clock) -> Iterator[ConnectorDirectory]:
    with Database.in_memory() as db:
        yield ConnectorDirectory(db, clock=clock)


def test_remembered_connectors_are_listed_newest_first(directory: ConnectorDirectory, clock: Clock) -> None:
    directory.remember(GOLF, "VW Golf VIII", has_pincode=True)
    clock.advance()
    directory.remember(BMW, "BMW X5, bay 2", has_pincode=False)

    assert directory.list() == [
        RememberedConnector(BMW, "BMW X5, bay 2", START + timedelta(minutes=1), has_pincode=False),
        RememberedConnector(GOLF, "VW Golf VIII", START, has_pincode=True),
    ]


def test_nothing_is_remembered_at_first(directory: ConnectorDirectory) -> None:
    assert directory.list() == []
    assert directory.get(GOLF) is None


def test_using_a_connector_moves_it_to_the_top(directory: ConnectorDirectory, clock: Clock) -> None:
    directory.remember(GOLF, "Golf", has_pincode=False)
    directory.remember(BMW, "BMW", has_pincode=False)
    clock.advance(10)

    assert directory.touch(GOLF) is True

    first = directory.list()[0]
    assert (first.uuid, first.last_used_at) == (GOLF, START + timedelta(minutes=10))


def test_order_follows_use_even_when_the_clock_stands_still(directory: ConnectorDirectory) -> None:
    directory.remember(GOLF, "Golf", has_pincode=False)
    directory.remember(BMW, "BMW", has_pincode=False)
    directory.touch(GOLF)

    assert [item.uuid for item in directory.list()] == [GOLF, BMW]


def test_touching_an_unknown_connector_changes_nothing(directory: ConnectorDirectory) -> None:
    directory.remember(GOLF, "Golf", has_pincode=False)

    assert directory.touch(BMW) is False
    assert [item.uuid for item in directory.list()] == [GOLF]


def test_remembering_again_updates_label_and_pincode_flag(
    directory: ConnectorDirectory, clock: Clock
) -> None:
    directory.remember(GOLF, "Golf", has_pincode=False)
    directory.remember(BMW, "BMW", has_pincode=False)
    clock.advance()

    assert directory.remember(GOLF, "Golf, front bay", has_pincode=True) == []

    assert directory.list()[0] == RememberedConnector(
        GOLF, "Golf, front bay", START + timedelta(minutes=1), has_pincode=True
    )
    assert len(directory.list()) == 2


def test_the_pincode_flag_can_be_changed_alone(directory: ConnectorDirectory) -> None:
    directory.remember(GOLF, "Golf", has_pincode=True)

    assert directory.set_has_pincode(GOLF, False) is True
    assert directory.set_has_pincode(BMW, True) is False

    remembered = directory.get(GOLF)
    assert remembered is not None
    assert remembered.has_pincode is False


def test_forgetting_removes_only_that_connector(directory: ConnectorDirectory) -> None:
    directory.remember(GOLF, "Golf", has_pincode=True)
    directory.remember(BMW, "BMW", has_pincode=False)

    assert directory.forget(GOLF) is True
    assert directory.forget(GOLF) is False

    assert [item.uuid for item in directory.list()] == [BMW]


def test_at_most_twenty_are_kept_and_the_dropped_ones_are_named(
    directory: ConnectorDirectory, clock: Clock
) -> None:
    uuids = [str(uuid.UUID(int=n + 1)) for n in range(MAX_REMEMBERED + 2)]
    dropped: list[str] = []
    for number, item in enumerate(uuids):
        clock.advance()
        dropped += directory.remember(item, f"Connector {number}", has_pincode=True)

    listed = directory.list()
    assert MAX_REMEMBERED == 20
    assert len(listed) == MAX_REMEMBERED
    assert dropped == uuids[:2]
    assert [item.uuid for item in listed] == uuids[:1:-1]


def test_a_smaller_limit(clock: Clock) -> None:
    with Database.in_memory() as db:
        directory = ConnectorDirectory(db, clock=clock, limit=2)
        directory.remember(GOLF, "Golf", has_pincode=False)
        directory.remember(BMW, "BMW", has_pincode=False)
        directory.touch(GOLF)

        assert directory.remember(str(uuid.UUID(int=7)), "Third", has_pincode=False) == [BMW]
    with pytest.raises(ValueError, match="at least one"):
        ConnectorDirectory(Database.in_memory(), limit=0)


@pytest.mark.parametrize(
    "spelling", [GOLF.upper(), "{" + GOLF + "}", " " + GOLF + " ", GOLF.replace("-", "")]
)
def test_a_uuid_typed_another_way_is_the_same_connector(directory: ConnectorDirectory, spelling: str) -> None:
    directory.remember(GOLF, "Golf", has_pincode=False)

    directory.remember(spelling, "Golf again", has_pincode=False)

    assert [(item.uuid, item.label) for item in directory.list()] == [(GOLF, "Golf again")]
    assert directory.touch(spelling) is True
    assert normalise_uuid(spelling) == GOLF


@pytest.mark.parametrize("bad", ["", "4711", "03991f3a-26f3-521a-913f", "not-a-uuid-at-all-0000000000000000"])
def test_something_that_is_not_a_uuid_is_refused(directory: ConnectorDirectory, bad: str) -> None:
    with pytest.raises(ValueError, match="not a connector UUID"):
        directory.remember(bad, "Label", has_pincode=False)


def test_a_label_is_tidied_and_must_say_something(directory: ConnectorDirectory) -> None:
    directory.remember(GOLF, "  VW   Golf\nVIII ", has_pincode=False)

    remembered = directory.get(GOLF)
    assert remembered is not None
    assert remembered.label == "VW Golf VIII"
    with pytest.raises(ValueError, match="needs a label"):
        directory.remember(BMW, "   ", has_pincode=False)
    with pytest.raises(ValueError, match="at most 120"):
        directory.remember(BMW, "x" * 121, has_pincode=False)


def test_a_naive_clock_is_refused() -> None:
    with Database.in_memory() as db:
        directory = ConnectorDirectory(db, clock=lambda: datetime(2025, 3, 1))  # noqa: DTZ001

        with pytest.raises(ValueError, match="aware"):
            directory.remember(GOLF, "Golf", has_pincode=False)


def test_times_are_aware_utc_after_a_round_trip(clock: Clock) -> None:
    with Database.in_memory() as db:
        ConnectorDirectory(db, clock=clock).remember(GOLF, "Golf", has_pincode=False)
        listed = ConnectorDirectory(db).list()

    assert listed[0].last_used_at == START
    assert listed[0].last_used_at.utcoffset() == timedelta(0)
