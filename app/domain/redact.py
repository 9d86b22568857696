"""Secrets out of text and logs: tokens, pincodes, one-time passwords, credentials, URL signatures.

One masker for the whole program. The client's log lines go to files a technician may send to support,
and the sandbox writes every websocket handshake with its ``access_token`` query: both mask through
:func:`redact_text` and :class:`RedactingFilter`, so a secret shape learned once is masked everywhere.
Pure text work, no I/O, which is why it lives in the domain (the sandbox may import nothing else).
"""

from __future__ import annotations

import logging
import re
from typing import Final
from urllib.parse import parse_qsl, urlencode

__all__ = ["MASK", "SECRET_KEYS", "RedactingFilter", "is_secret_key", "redact_query", "redact_text"]

#: What replaces a secret; the name next to it stays, to show what was there.
MASK: Final = "[redacted]"

#: Names (of JSON members, form fields, query parameters, headers) whose values are secret, lower case.
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
        "secret",
        "signature",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
        "sig",
        "idempotency-key",
    }
)

_KEYS = "|".join(sorted((re.escape(key) for key in SECRET_KEYS), key=len, reverse=True))

# name=value in a URL or form; the look-behind keeps "next_token=" from matching as "token=".
_PARAMETER = re.compile(rf"(?<![\w-])({_KEYS})=[^&\s\"'<>#]+", re.IGNORECASE)
# "name": value in JSON or 'name': value in a repr; the value is a quoted string, or a bare word (a number).
_MEMBER = re.compile(
    rf"""(["']({_KEYS})["']\s*:\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,}}\]]+)""", re.IGNORECASE
)
# The credentials of an Authorization header, whatever surrounds it; a challenge's parameters
# (WWW-Authenticate: Bearer realm="...") are not credentials.
_CREDENTIALS = re.compile(r"\b(Bearer|Basic)\s+(?!realm\b)[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
# A header line with another scheme or none ("Authorization: Token abc", "Cookie: s=1"): all of its value.
_HEADER_LINE = re.compile(
    r"(\b(?:authorization|proxy-authorization|cookie|set-cookie)\s*:\s*)(?!(?:Bearer|Basic)\s)([^\s,}][^\r\n,}]*)",
    re.IGNORECASE,
)
# A JSON Web Token anywhere, even with no name next to it (in an exception message, say): a JWT's first
# part always starts with the base64 of '{"'.
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.?[A-Za-z0-9_-]*")
# Shorter explicit secrets (a one-digit value) would mask innocent text; real secrets are longer.
_MIN_EXPLICIT_SECRET = 4


def is_secret_key(name: str) -> bool:
    """True when the value named ``name`` (a header, member or parameter) is a secret."""
    return name.lower() in SECRET_KEYS


def redact_text(text: str, *, secrets: tuple[str, ...] = ()) -> str:
    """``text`` with every secret-looking value replaced by :data:`MASK`, and each string of ``secrets``."""
    for secret in secrets:
        if len(secret) >= _MIN_EXPLICIT_SECRET:
            text = text.replace(secret, MASK)
    text = _PARAMETER.sub(lambda m: f"{m.group(1)}={MASK}", text)
    text = _MEMBER.sub(lambda m: f'{m.group(1)}"{MASK}"', text)
    text = _CREDENTIALS.sub(lambda m: f"{m.group(1)} {MASK}", text)
    text = _HEADER_LINE.sub(lambda m: m.group(1) + MASK, text)
    return _JWT.sub(MASK, text)


def redact_query(query: str) -> str:
    """A query string with the value of every secret parameter masked (the others kept, for debugging)."""
    pairs = parse_qsl(query, keep_blank_values=True)
    return urlencode([(key, MASK if is_secret_key(key) else value) for key, value in pairs], safe="[]")


class RedactingFilter(logging.Filter):
    """Masks secrets in every record it sees: message, arguments, exception and stack text. Never drops one.

    The arguments are masked one by one where that keeps the message's format valid (uvicorn's own
    formatters read them); a secret that only shows once the message is formatted (inside a dict, say)
    turns the record into its masked, formatted message. Attach it to handlers or loggers, so that even a
    careless ``log.debug("%s", headers)`` cannot leak a token.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask ``record`` in place; always keep it."""
        if getattr(record, "_workbay_redacted", False):
            return True
        _redact_message(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            masked = redact_text(record.exc_text)
            if masked != record.exc_text:
                # Formatters print exc_text when it is set; exc_info would let another handler print
                # the unmasked traceback again.
                record.exc_text = masked
                record.exc_info = None
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        record.__dict__["_workbay_redacted"] = True
        return True


def _redact_message(record: logging.LogRecord) -> None:
    if isinstance(record.msg, str):
        record.msg = redact_text(record.msg)
    if isinstance(record.args, tuple):
        record.args = tuple(redact_text(arg) if isinstance(arg, str) else arg for arg in record.args)
    try:
        message = record.getMessage()
    except (TypeError, ValueError):
        # A broken format is the logging module's to report; it must still not show a secret.
        record.msg, record.args = redact_text(str(record.msg)), None
        return
    masked = redact_text(message)
    if masked != message:
        record.msg, record.args = masked, None
