"""Reading a JWT's claims without verifying it."""

from __future__ import annotations

import base64
import json

import pytest

from app.domain.jwt import unverified_claims


def _token(payload: bytes) -> str:
    body = base64.urlsafe_b64encode(payload).rstrip(b"=").decode()
    return f"eyJhbGciOiJIUzI1NiJ9.{body}.signature"


def test_the_claims_of_a_token_are_read_whatever_its_padding() -> None:
    claims = {"sub": "03991f3a-26f3-521a-913f-e5db77b27774", "exp": 1_900_000_000}
    assert unverified_claims(_token(json.dumps(claims).encode())) == claims


@pytest.mark.parametrize(
    "token",
    ["", "not-a-jwt", "a.b", "a.b.c.d", _token(b"not json"), _token(b"[1, 2]"), _token(b"\xff\xfe")],
)
def test_anything_else_has_no_claims(token: str) -> None:
    assert unverified_claims(token) is None
