"""Money never mixes currencies or floats; unknown ticket states survive as numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.money import Money
from app.domain.ticket_state import TicketState, ticket_state

amounts = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@given(amounts, amounts)
def test_addition_is_exact(a: Decimal, b: Decimal) -> None:
    assert (Money(a, "EUR") + Money(b, "EUR")).amount == a + b


def test_currencies_never_mix() -> None:
    with pytest.raises(ValueError, match="EUR with DKK"):
        _ = Money.of("1", "EUR") + Money.of("1", "DKK")
    with pytest.raises(ValueError, match="EUR with DKK"):
        _ = Money.of("1", "EUR") < Money.of("1", "DKK")


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        Money.of(0.1, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(0.1, "EUR")  # type: ignore[arg-type]


def test_currency_code_is_checked() -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        Money.of("1", "euro")
    assert Money.of("1", "eur").currency == "EUR"


def test_rounding_is_half_up_to_cents() -> None:
    assert str(Money.of("2.345", "EUR")) == "2.35 EUR"
    assert str(Money.of("-0.005", "DKK")) == "-0.01 DKK"
    assert Money.of("10", "EUR") * 3 == Money.of("30", "EUR")
    assert Money.zero("dkk") == Money.of(0, "DKK")


def test_known_and_unknown_states() -> None:
    assert ticket_state(7) is TicketState.CLOSED
    assert ticket_state(42) == 42
    assert not isinstance(ticket_state(42), TicketState)
    assert TicketState.PENDING.is_active
    assert TicketState.CANCELLED.is_final
    assert not TicketState.PREPARED.is_active
