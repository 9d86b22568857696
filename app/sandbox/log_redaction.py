"""Secrets out of the sandbox's log: tokens, pincodes, one-time passwords and URL signatures are masked.

uvicorn writes every websocket handshake with its query string, and the access token travels there
(``/wssprd?access_token=...``); any other line may one day carry a URL, a header or a body. Masking is
therefore done on the log records themselves, by a :class:`RedactingFilter` on the handlers of the
process (and on the sandbox's and uvicorn's loggers), not by each line that logs: a new log line cannot
forget it.

The masker and the filter are the program's one set (:mod:`app.domain.redact`); this module decides where
the sandbox installs them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from app.domain.redact import MASK, RedactingFilter
from app.domain.redact import redact_text as redact

__all__ = ["MASK", "SANDBOX_LOGGERS", "RedactingFilter", "install_log_redaction", "redact"]


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
