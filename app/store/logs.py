"""The program's log: a rotating file in the user log directory, every secret masked before it is written.

Every handler installed here carries :class:`app.domain.redact.RedactingFilter`, so a token, pincode,
``Authorization`` header or signed URL query never reaches the file or the console, whichever logger wrote
it. The file is what a technician sends to support; times are UTC so that it lines up with server logs.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Final

from app.domain.redact import RedactingFilter
from app.store.paths import make_private_dir

__all__ = ["BACKUP_COUNT", "LOG_FORMAT", "MAX_BYTES", "QUIET_LOGGERS", "configure_logging"]

LOG_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
#: The size at which the file is rotated, and how many old files are kept: at most 12 MiB in all.
MAX_BYTES: Final = 2 * 1024 * 1024
BACKUP_COUNT: Final = 5
#: Libraries that log every request at INFO; kept at WARNING unless the level is DEBUG.
QUIET_LOGGERS: Final = ("httpx", "httpcore", "uvicorn", "uvicorn.access", "uvicorn.error")

_LEVELS: Final = ("DEBUG", "INFO", "WARNING", "ERROR")

log = logging.getLogger(__name__)


class UtcIsoFormatter(logging.Formatter):
    """The log format with ISO 8601 UTC times to the millisecond: ``2025-03-01T08:15:02.123Z``."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802  # logging's name
        """The record's creation time in ISO 8601, UTC; a ``datefmt`` is honoured, in UTC too."""
        if datefmt:
            return time.strftime(datefmt, time.gmtime(record.created))
        moment = datetime.fromtimestamp(record.created, tz=UTC)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _WorkbayFileHandler(RotatingFileHandler):
    """The file handler :func:`configure_logging` installs (its type tells it apart from others')."""


class _WorkbayConsoleHandler(logging.StreamHandler):  # type: ignore[type-arg]  # the stream is stderr
    """The console handler :func:`configure_logging` installs."""


def configure_logging(log_file: Path, *, level: str = "INFO", console: bool = False) -> Path:
    """Send the program's log to ``log_file`` (rotated at 2 MiB, 5 old files kept) and, if asked, to stderr.

    Calling it again replaces the handlers it installed before (a changed level, another file), so handlers
    are never doubled; handlers others installed (a test's capture, say) are left alone.

    Args:
        log_file: the file to write; its directory is created, private to the user.
        level: DEBUG, INFO, WARNING or ERROR (any case). Only DEBUG lets the HTTP libraries' request lines
            through.
        console: also write to stderr (the ``--verbose`` of a terminal start).

    Returns:
        The file actually written: ``log_file``, or a new file in the temporary directory when ``log_file``
        cannot be opened (a read-only home); a warning in the log says so.

    Raises:
        ValueError: ``level`` is not one of the four.
    """
    name = level.strip().upper()
    if name not in _LEVELS:
        raise ValueError(f"the log level must be one of {', '.join(_LEVELS)}, not {level!r}")
    root = logging.getLogger()
    for previous in [handler for handler in root.handlers if isinstance(handler, _Handlers)]:
        root.removeHandler(previous)
        previous.close()

    formatter = UtcIsoFormatter(LOG_FORMAT)
    file_handler, written, problem = _file_handler(log_file)
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(_WorkbayConsoleHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(name)
    for quiet in QUIET_LOGGERS:
        # NOTSET, not DEBUG, at DEBUG: they then follow the root again if it is configured once more.
        logging.getLogger(quiet).setLevel(logging.NOTSET if name == "DEBUG" else logging.WARNING)
    logging.captureWarnings(capture=True)
    if problem is not None:
        log.warning(
            "The log file %s cannot be written (%s); logging to %s instead.", log_file, problem, written
        )
    return written


_Handlers: Final = (_WorkbayFileHandler, _WorkbayConsoleHandler)


def _file_handler(log_file: Path) -> tuple[RotatingFileHandler, Path, OSError | None]:
    try:
        return _open(log_file), log_file, None
    except OSError as exc:
        # mkdtemp makes a new directory only this user can enter: no other account can plant or read it.
        fallback = Path(tempfile.mkdtemp(prefix="workbay-log-")) / log_file.name
        return _open(fallback), fallback, exc


def _open(path: Path) -> RotatingFileHandler:
    make_private_dir(path.parent)
    return _WorkbayFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
