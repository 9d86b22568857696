"""The exception tree: status mapping, problem parsing, and messages free of secrets."""

from __future__ import annotations

import pytest

from app.api.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    BadResponseError,
    ConflictError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    Problem,
    RateLimitError,
    ServerError,
    TransferCancelledError,
    ValidationError,
    error_for_status,
)


def test_the_tree_has_the_documented_shape() -> None:
    assert issubclass(ApiTimeoutError, ApiConnectionError)
    assert issubclass(ValidationError, BadRequestError)
    for leaf in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        PayloadTooLargeError,
        RateLimitError,
        ServerError,
    ):
        assert issubclass(leaf, ApiStatusError)
    for branch in (ApiConnectionError, ApiStatusError, BadResponseError, TransferCancelledError):
        assert issubclass(branch, ApiError)
    assert issubclass(ApiError, Exception)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (413, PayloadTooLargeError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (418, ApiStatusError),
        (422, ApiStatusError),
    ],
)
def test_each_status_maps_to_its_class(status: int, expected: type[ApiStatusError]) -> None:
    error = error_for_status(status, operation="MAKES")
    assert type(error) is expected
    assert error.status == status
    assert error.operation == "MAKES"
    assert str(error) == f"HTTP {status} (operation MAKES)"


@pytest.mark.parametrize("status", [400, 422])
def test_invalid_params_make_a_validation_error(status: int) -> None:
    problem = Problem.parse(
        b'{"status": 400, "type": "about:blank", "title": "Invalid request", '
        b'"invalid_params": [{"name": "limit", "reason": "must be at most 200"}]}'
    )
    error = error_for_status(status, problem=problem)
    assert isinstance(error, ValidationError)
    assert [(p.name, p.reason) for p in error.invalid_params] == [("limit", "must be at most 200")]


def test_a_rate_limit_carries_retry_after() -> None:
    error = error_for_status(429, retry_after=7.0)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0


def test_the_message_is_built_from_title_and_detail() -> None:
    problem = Problem.parse(
        '{"status": 409, "type": "https://sandbox.workbay.invalid/problems/service-center-closed", '
        '"title": "Service center closed", "detail": "We open again at 08:00."}'
    )
    error = error_for_status(409, problem=problem, request_id="r-1")
    assert str(error) == "HTTP 409: Service center closed: We open again at 08:00."
    assert error.problem_type_slug == "service-center-closed"
    assert error.request_id == "r-1"


def test_a_conflict_names_the_ticket_in_the_way() -> None:
    for raw in ('"ticket_id": 7014044', '"ticket_id": "7014044"'):
        problem = Problem.parse('{"status": 409, "type": "/problems/active-ticket-exists", ' + raw + "}")
        error = error_for_status(409, problem=problem)
        assert isinstance(error, ConflictError)
        assert error.ticket_id == 7014044
    assert ConflictError("x", status=409).ticket_id is None


def test_a_problem_echoing_secrets_does_not_leak_them() -> None:
    problem = Problem(
        title="Bad login",
        detail='pincode rejected for {"pincode": "482913", "access_token": "abcdef123456"}',
    )
    text = str(error_for_status(401, problem=problem))
    assert "482913" not in text
    assert "abcdef123456" not in text


def test_a_long_detail_is_cut() -> None:
    problem = Problem(title="Oops", detail="x" * 5000)
    assert len(str(error_for_status(500, problem=problem))) < 400


# ---------------------------------------------------------------------- Problem


def test_every_problem_field_is_optional_and_extensions_are_kept() -> None:
    problem = Problem.parse(b'{"voucher": "SUMMER2025"}')
    assert problem is not None
    assert (problem.status, problem.type, problem.title, problem.detail) == (None, None, None, None)
    assert problem.extension("voucher") == "SUMMER2025"
    assert problem.extension("missing") is None


@pytest.mark.parametrize(
    "body", [None, b"", b"<html>502 Bad Gateway</html>", b"[1, 2]", b'"text"', b"\xff\xfe"]
)
def test_non_problem_bodies_parse_to_none(body: bytes | None) -> None:
    assert Problem.parse(body) is None


def test_a_problem_with_odd_member_types_still_gives_its_title() -> None:
    problem = Problem.parse(b'{"status": "four hundred", "title": "Bad", "invalid_params": "nope"}')
    assert problem is not None
    assert problem.title == "Bad"
    assert problem.status is None


@pytest.mark.parametrize(
    ("type_uri", "slug"),
    [
        ("https://sandbox.workbay.invalid/problems/voucher-invalid", "voucher-invalid"),
        ("https://x.example/problems/token-expired/", "token-expired"),
        ("/problems/doip-required#detail", "doip-required"),
        ("about:blank", "about:blank"),
        (None, None),
        ("", None),
    ],
)
def test_problem_type_slug(type_uri: str | None, slug: str | None) -> None:
    assert Problem(type=type_uri).problem_type_slug == slug
