"""Secrets out of the client's logs and errors: URLs, headers and JSON bodies.

The client logs every request; those lines go to files a technician may send to support. Everything that
could let someone act as the workshop is masked before a line is written. The text masker and the logging
filter are the program's one set (:mod:`app.domain.redact`); this module adds what only a client handles.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit, urlunsplit

from app.domain.redact import MASK, SECRET_KEYS, RedactingFilter, is_secret_key, redact_query, redact_text

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


def redact_url(url: str) -> str:
    """The URL with every secret query parameter's value masked (the rest kept, for debugging)."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    return urlunsplit((parts.scheme, parts.netloc, parts.path, redact_query(parts.query), ""))


def url_for_log(url: str) -> str:
    """The URL without its query string or fragment: what may appear in an exception message."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` with secret headers masked."""
    return {name: (MASK if is_secret_key(name) else value) for name, value in headers.items()}


def redact_mapping(data: object) -> object:
    """A deep copy of JSON-like ``data`` with the values of secret members masked."""
    if isinstance(data, Mapping):
        return {
            key: (MASK if isinstance(key, str) and is_secret_key(key) else redact_mapping(value))
            for key, value in data.items()
        }
    if isinstance(data, list | tuple):
        return [redact_mapping(item) for item in data]
    return data
