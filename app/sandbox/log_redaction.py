"""Secrets out of the sandbox's log: tokens, pincodes, one-time passwords and URL signatures are masked.

uvicorn writes every websocket handshake with its query string, and the access token travels there
(``/wssprd?access_token=...``); any other line may one day carry a URL, a header or a body. Masking is
therefore done on the log records themselves, by a :class:`RedactingFilter` on the handlers of the
process (and on the sandbox's and uvicorn's loggers), not by each line that logs: a new log line cannot
forget it.

The sandbox imports only the domain, so it has this small masker of its own instead of the API layer's.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

#: What replaces a secret.
MASK = "[redacted]"

# Names whose values are secrets, in a query string, a form, a JSON object or a Python repr.
_MASKED_NAMES = (
    r"access_token|refresh_token|id_token|token|pincode|otp|signature|x-amz-signature|password|secret"
)
# name=value in a URL or form; the look-behind keeps "my_token=" from matching as "token=".
_PARAMETER = re.compile(rf"(?<![\w-])({_MASKED_NAMES})=[^&\s\"'<>#]+", re.IGNORECASE)
# "name": value in JSON or 'name': value in a repr; the value is a quoted string, or a bare word (a number).
_MEMBER = re.compile(
    rf"""(["']({_MASKED_NAMES})["']\s*:\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,}}\]]+)""",
    re.IGNORECASE,
)
# The credentials of an Authorization header, whatever surrounds it; a challenge's parameters
# (WWW-Authenticate: Bearer realm="...") are not credentials.
_CREDENTIALS = re.compile(r"\b(Bearer|Basic)\s+(?!realm\b)[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
# A JSON Web Token anywhere, even without a name next to it (in an exception message, say): the sandbox's
# tokens are JWTs, and a JWT's first part always starts with the base64 of '{"'.
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")


def redact(text: str) -> str:
    """``text`` with every secret value replaced by :data:`MASK` (the names stay, to show what was there)."""
    text = _PARAMETER.sub(lambda m: f"{m.group(1)}={MASK}", text)
    text = _MEMBER.sub(lambda m: f'{m.group(1)}"{MASK}"', text)
    text = _CREDENTIALS.sub(lambda m: f"{m.group(1)} {MASK}", text)
    return _JWT.sub(MASK, text)


class RedactingFilter(logging.Filter):
    """Masks secrets in every record it sees: message, arguments, exception and stack text. Never drops one.

    The arguments are masked one by one where that keeps the message's format valid (uvicorn's own
    formatters read them); a secret that only shows once the message is formatted (inside a dict, say)
    turns the record into its masked, formatted message.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask ``record`` in place; always keep it."""
        if getattr(record, "_workbay_redacted", False):
            return True
        _redact_message(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            masked = redact(record.exc_text)
            if masked != record.exc_text:
                # Formatters print exc_text when it is set; exc_info would let another handler print
                # the unmasked traceback again.
                record.exc_text = masked
                record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record.__dict__["_workbay_redacted"] = True
        return True


def _redact_message(record: logging.LogRecord) -> None:
    if isinstance(record.msg, str):
        record.msg = redact(record.msg)
    if isinstance(record.args, tuple):
        record.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in record.args)
    try:
        message = record.getMessage()
    except (TypeError, ValueError):
        # A broken format is the logging module's to report; it must still not show a secret.
        record.msg, record.args = redact(str(record.msg)), None
        return
    masked = redact(message)
    if masked != message:
        record.msg, record.args = masked, None


#: One filter for the whole process, so installing twice adds nothing.
_FILTER = RedactingFilter()

#: The loggers that write what the sandbox receives: uvicorn's, and the sandbox's own.
SANDBOX_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi", "app.sandbox")


def _add(target: logging.Filterer) -> None:
    if _FILTER not in target.filters:
        target.addFilter(_FILTER)


def install_log_redaction(*, root_handlers: bool, loggers: Iterable[str] = SANDBOX_LOGGERS) -> None:
    """Mask secrets in what the sandbox logs.

    The filter goes on each of ``loggers`` and every ``app.sandbox`` logger that exists (so their records
    are masked for any handler, added now or later), and on the handlers of those loggers. With
    ``root_handlers`` it also goes on the root logger's handlers, through which every record of the
    process passes; that is for a process the sandbox owns (``workbay sandbox``), not for a program that
    runs a sandbox inside it and has its own logging.
    """
    names = set(loggers)
    names.update(
        name
        for name in list(logging.root.manager.loggerDict)
        if name == "app.sandbox" or name.startswith("app.sandbox.")
    )
    for name in sorted(names):
        logger = logging.getLogger(name)
        _add(logger)
        for handler in logger.handlers:
            _add(handler)
    if root_handlers:
        for handler in logging.getLogger().handlers:
            _add(handler)
