"""Secrets never reach a log line: tokens, pincodes, Authorization headers, presigned signatures."""

from __future__ import annotations

import logging

import pytest

from app.api.redact import (
    MASK,
    RedactingFilter,
    redact_headers,
    redact_mapping,
    redact_text,
    redact_url,
    url_for_log,
)

ACCESS = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl"
OPAQUE = "tok_8f3c1a9e0b7d4c2a"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('{"access_token": "' + OPAQUE + '", "x": 1}', OPAQUE),
        ('{"refresh_token":"' + OPAQUE + '"}', OPAQUE),
        ('{"id_token": "' + OPAQUE + '"}', OPAQUE),
        ('{"connector_uuid": "5f3d", "pincode": 4821}', "4821"),
        ('{"connector_uuid": "5f3d", "pincode": "0482"}', "0482"),
        ("{'pincode': '739251'}", "739251"),
        ('{"otp": "bafd50b7-7388-4eb1"}', "bafd50b7-7388-4eb1"),
        ("Authorization: Bearer " + OPAQUE, OPAQUE),
        ("headers={'authorization': 'Bearer " + OPAQUE + "'}", OPAQUE),
        ("wss://ws.example/wssprd?access_token=" + OPAQUE + "&x=1", OPAQUE),
        ("PUT /_objects/a/b.txt?expires=1700000000&signature=deadbeefcafe", "deadbeefcafe"),
        ("https://s3.example/k?X-Amz-Signature=abc123def&X-Amz-Credential=AKIA42", "abc123def"),
        ("token " + ACCESS + " went stale", ACCESS),
    ],
)
def test_secrets_are_masked(text: str, secret: str) -> None:
    redacted = redact_text(text)
    assert secret not in redacted
    assert MASK in redacted


def test_harmless_text_is_left_alone() -> None:
    text = 'GET /v1/vehicles/search?vin=WVWZZZ1KZAW000001 -> 200 {"make": {"id": 10, "name": "Ford"}}'
    assert redact_text(text) == text


def test_explicit_secrets_are_masked_wherever_they_appear() -> None:
    assert redact_text("the pincode 739251 was wrong", secrets=("739251",)) == f"the pincode {MASK} was wrong"


def test_the_rest_of_a_url_survives_redaction() -> None:
    url = "https://store.example/_objects/k/file.txt?expires=1700000000&signature=abcdef"
    redacted = redact_url(url)
    assert redacted.startswith("https://store.example/_objects/k/file.txt?")
    assert "expires=1700000000" in redacted
    assert "abcdef" not in redacted
    assert redact_url("https://api.example/v1/makes") == "https://api.example/v1/makes"


def test_url_for_log_drops_query_and_fragment() -> None:
    assert url_for_log("wss://h.example/wssprd?access_token=x#frag") == "wss://h.example/wssprd"


def test_headers_are_masked_case_insensitively() -> None:
    headers = {"Authorization": "Bearer x", "Cookie": "s=1", "Accept": "application/json"}
    assert redact_headers(headers) == {"Authorization": MASK, "Cookie": MASK, "Accept": "application/json"}


def test_nested_json_is_masked_deeply() -> None:
    data = {"tokens": [{"access_token": "a", "keep": 1}], "pincode": 1234, "name": "x"}
    assert redact_mapping(data) == {
        "tokens": [{"access_token": MASK, "keep": 1}],
        "pincode": MASK,
        "name": "x",
    }


def test_the_filter_masks_a_formatted_record() -> None:
    record = logging.LogRecord(
        "app.api", logging.INFO, __file__, 1, "sent %s with %s", ("/v1/x", {"access_token": OPAQUE}), None
    )
    assert RedactingFilter().filter(record) is True
    assert OPAQUE not in record.getMessage()
    assert "/v1/x" in record.getMessage()


def test_the_filter_keeps_a_record_it_cannot_format() -> None:
    record = logging.LogRecord("app.api", logging.INFO, __file__, 1, "%d", ("not a number",), None)
    assert RedactingFilter().filter(record) is True


def test_the_api_logger_carries_the_filter(caplog: pytest.LogCaptureFixture) -> None:
    import app.api._http  # noqa: F401, PLC0415 - installs the filter on import

    with caplog.at_level(logging.DEBUG, logger="app.api"):
        logging.getLogger("app.api").info("refresh with %s", {"refresh_token": OPAQUE})
    assert caplog.records
    assert OPAQUE not in caplog.text
