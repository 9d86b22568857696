"""The program's one masker: cases only the merged rules cover, and that masking twice changes nothing."""

from __future__ import annotations

import pytest

from app.domain.redact import MASK, redact_query, redact_text


@pytest.mark.parametrize(
    ("line", "secret", "masked"),
    [
        ("Authorization: Token abc123secret", "abc123secret", f"Authorization: {MASK}"),
        ("Cookie: session=s3ss10n", "s3ss10n", f"Cookie: {MASK}"),
        ("Authorization: Bearer abc.def", "abc.def", f"Authorization: Bearer {MASK}"),
        ('{"idempotency-key": "k-123"}', "k-123", f'"idempotency-key": "{MASK}"'),
    ],
)
def test_header_lines_and_members_are_masked(line: str, secret: str, masked: str) -> None:
    result = redact_text(line)
    assert secret not in result
    assert masked in result
    assert redact_text(result) == result


def test_a_query_keeps_its_harmless_parameters() -> None:
    assert redact_query("limit=5&signature=abc&offset=0") == f"limit=5&signature={MASK}&offset=0"
