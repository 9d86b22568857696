"""Secrets out of logs: tokens, pincodes, ``Authorization`` headers and presigned URL signatures.

The client logs every request; those lines go to files a technician may send to support. Everything that
could let someone act as the workshop is replaced by ``***`` before a line is written.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Final
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "MASK",
    "SECRET_KEYS",
    "RedactingFilter",
    "redact_headers",
    "redact_mapping",
    "redact_text",
    "redact_url",
    "url_for_log",
]

MASK: Final = "***"

#: Names (of JSON members, form fields, query parameters, headers), compared case-insensitively.
SECRET_KEYS: Final = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "access_token",
        "refresh_token",
        "id_token",
        "token",
        "pincode",
        "pin",
        "otp",
        "password",
        "signature",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
        "sig",
        "idempotency-key",
    }
)

_KEY_ALTERNATION = "|".join(sorted((re.escape(key) for key in SECRET_KEYS), key=len, reverse=True))

# "access_token": "abc" / 'pincode': 1234 in JSON or a Python repr.
_JSON_MEMBER = re.compile(
    rf"""(?P<head>["'](?:{_KEY_ALTERNATION})["']\s*:\s*)(?P<value>"[^"]*"|'[^']*'|[^,}}\]\s]+)""",
    re.IGNORECASE,
)
# access_token=abc in query strings and form bodies.
_QUERY_PARAM = re.compile(
    rf"(?P<head>(?<![\w-])(?:{_KEY_ALTERNATION})=)(?P<value>[^&\s\"'#]*)", re.IGNORECASE
)
# Authorization: Bearer abc  /  authorization=Bearer abc
_BEARER = re.compile(r"(?P<head>\b(?:Bearer|Basic)\s+)(?P<value>[A-Za-z0-9\-._~+/]+=*)", re.IGNORECASE)
# A header line "Authorization: anything".
_HEADER_LINE = re.compile(
    r"(?P<head>\b(?:authorization|proxy-authorization|cookie|set-cookie)\s*:\s*)(?P<value>[^\r\n,}]+)",
    re.IGNORECASE,
)
# A JWT on its own (three base64url parts, the first starting like '{"' encoded).
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.?[A-Za-z0-9_-]*")


def _mask_group(match: re.Match[str]) -> str:
    return match.group("head") + MASK


def redact_text(text: str, *, secrets: tuple[str, ...] = ()) -> str:
    """``text`` with secret-looking values masked, and each exact string of ``secrets`` too."""
    for secret in secrets:
        # Very short strings (a one-digit value) would mask innocent text; real secrets are longer.
        if secret and len(secret) >= 4:
            text = text.replace(secret, MASK)
    text = _HEADER_LINE.sub(_mask_group, text)
    text = _BEARER.sub(_mask_group, text)
    text = _JSON_MEMBER.sub(_mask_group, text)
    text = _QUERY_PARAM.sub(_mask_group, text)
    return _JWT.sub(MASK, text)


def redact_url(url: str) -> str:
    """The URL with every secret query parameter's value masked (the rest kept, for debugging)."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = [
        (key, MASK if key.lower() in SECRET_KEYS else value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    query = urlencode(pairs, safe="*")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def url_for_log(url: str) -> str:
    """The URL without its query string or fragment: what may appear in an exception message."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` with secret headers masked."""
    return {name: (MASK if name.lower() in SECRET_KEYS else value) for name, value in headers.items()}


def redact_mapping(data: object) -> object:
    """A deep copy of JSON-like ``data`` with the values of secret members masked."""
    if isinstance(data, Mapping):
        return {
            key: (MASK if isinstance(key, str) and key.lower() in SECRET_KEYS else redact_mapping(value))
            for key, value in data.items()
        }
    if isinstance(data, list | tuple):
        return [redact_mapping(item) for item in data]
    return data


class RedactingFilter(logging.Filter):
    """A logging filter that masks secrets in the formatted message of every record it passes.

    Attach it to a handler (or the ``app.api`` logger) so that even a careless ``log.debug("%s", headers)``
    elsewhere cannot leak a token.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message with secrets masked; never drop a record."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        redacted = redact_text(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True
