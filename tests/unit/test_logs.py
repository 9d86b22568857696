"""The log file: rotated, UTC times, secrets masked whatever logger wrote them, configured once only."""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from app.domain.redact import MASK, RedactingFilter
from app.store.logs import BACKUP_COUNT, MAX_BYTES, QUIET_LOGGERS, configure_logging

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb25uZWN0b3IifQ.c2lnbmF0dXJl"
LINE = re.compile(
    r"^(?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) (?P<level>[A-Z]+) (?P<name>\S+) "
    r"\[(?P<thread>[^\]]+)\] (?P<message>.*)$"
)


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """Every test here changes the root logger: put it back as pytest had it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    quiet = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    for name, previous in quiet.items():
        logging.getLogger(name).setLevel(previous)
    logging.captureWarnings(capture=False)


def ours() -> list[logging.Handler]:
    return [
        handler for handler in logging.getLogger().handlers if type(handler).__module__ == "app.store.logs"
    ]


def flush() -> None:
    for handler in ours():
        handler.flush()


def test_records_go_to_the_file_in_the_agreed_format(tmp_path: Path) -> None:
    log_file = tmp_path / "log" / "workbay.log"

    assert configure_logging(log_file) == log_file
    logging.getLogger("app.test").info("ticket %s created", "T-1001")
    flush()

    lines = log_file.read_text(encoding="utf-8").splitlines()
    match = LINE.match(lines[-1])
    assert match is not None, lines
    assert match["level"] == "INFO"
    assert match["name"] == "app.test"
    assert match["thread"] == "MainThread"
    assert match["message"] == "ticket T-1001 created"


def test_secrets_are_masked_in_the_file(tmp_path: Path) -> None:
    log_file = tmp_path / "workbay.log"
    configure_logging(log_file)
    log = logging.getLogger("app.api.test")

    log.info("login with %s", {"connector_uuid": "03991f3a", "pincode": "4711"})
    log.info("GET https://api.example.com/v1/tickets?access_token=s3cr3t-access&limit=5")
    log.info("headers: Authorization: Bearer %s", TOKEN)
    log.info('sent {"otp": "TRAIN-739154"}')
    log.warning("upload to https://bucket.example/obj?X-Amz-Signature=abcdef0123456789&X-Amz-Expires=60")
    try:
        raise RuntimeError(f"refresh failed for refresh_token={TOKEN}")
    except RuntimeError:
        log.exception("token renewal failed")
    flush()

    text = log_file.read_text(encoding="utf-8")
    for secret in ("4711", "s3cr3t-access", TOKEN, "TRAIN-739154", "abcdef0123456789"):
        assert secret not in text
    assert text.count(MASK) >= 6
    assert "connector_uuid" in text  # what is not secret stays readable
    assert "limit=5" in text
    assert "RuntimeError" in text  # the traceback is there, masked


def test_every_installed_handler_masks(tmp_path: Path) -> None:
    configure_logging(tmp_path / "workbay.log", console=True)

    assert len(ours()) == 2
    assert all(any(isinstance(f, RedactingFilter) for f in handler.filters) for handler in ours())


def test_the_console_copy_is_masked_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(tmp_path / "workbay.log", console=True)

    logging.getLogger("app.test").warning("pincode=4711 refused")

    err = capsys.readouterr().err
    assert "refused" in err
    assert "4711" not in err


def test_configuring_twice_does_not_double_the_handlers(tmp_path: Path) -> None:
    log_file = tmp_path / "workbay.log"
    configure_logging(log_file, console=True)
    configure_logging(log_file, level="DEBUG")
    configure_logging(log_file)

    logging.getLogger("app.test").info("written once")
    flush()

    assert len(ours()) == 1
    assert log_file.read_text(encoding="utf-8").count("written once") == 1


def test_handlers_of_others_are_left_alone(tmp_path: Path) -> None:
    root = logging.getLogger()
    theirs = logging.NullHandler()
    root.addHandler(theirs)

    configure_logging(tmp_path / "workbay.log")
    configure_logging(tmp_path / "workbay.log")

    assert theirs in root.handlers


def test_the_level_decides_what_is_written(tmp_path: Path) -> None:
    log_file = tmp_path / "workbay.log"
    configure_logging(log_file, level="warning")
    log = logging.getLogger("app.test")

    log.info("not interesting")
    log.warning("interesting")
    flush()

    text = log_file.read_text(encoding="utf-8")
    assert "interesting" in text
    assert "not interesting" not in text
    assert logging.getLogger().level == logging.WARNING


def test_http_libraries_are_quiet_unless_debugging(tmp_path: Path) -> None:
    log_file = tmp_path / "workbay.log"

    configure_logging(log_file, level="INFO")
    logging.getLogger("httpx").info("HTTP Request: GET https://api.example.com/v1/users 200")
    logging.getLogger("uvicorn.access").info("127.0.0.1 - GET /v1/users 200")
    assert all(logging.getLogger(name).level == logging.WARNING for name in ("httpx", "uvicorn"))

    configure_logging(log_file, level="DEBUG")
    logging.getLogger("httpx").info("HTTP Request: POST https://api.example.com/v1/tickets 201")
    flush()

    text = log_file.read_text(encoding="utf-8")
    assert "/v1/users" not in text
    assert "/v1/tickets 201" in text
    assert logging.getLogger("httpx").level == logging.NOTSET  # follows the root again


def test_the_file_rotates_at_two_mebibytes_keeping_five(tmp_path: Path) -> None:
    log_file = tmp_path / "workbay.log"
    configure_logging(log_file)
    (handler,) = ours()
    assert isinstance(handler, RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (2 * 1024 * 1024, 5) == (MAX_BYTES, BACKUP_COUNT)

    log = logging.getLogger("app.test")
    log.info("x" * (MAX_BYTES + 10))
    log.info("after the rotation")
    flush()

    assert log_file.with_name("workbay.log.1").stat().st_size > MAX_BYTES
    assert "after the rotation" in log_file.read_text(encoding="utf-8")


def test_text_is_written_as_utf8(tmp_path: Path) -> None:
    log_file = tmp_path / "workbay.log"
    configure_logging(log_file)

    logging.getLogger("app.test").info("Kühlmitteltemperatur 93 °C, Ølstand ok")
    flush()

    assert "Kühlmitteltemperatur 93 °C, Ølstand ok" in log_file.read_text(encoding="utf-8")


def test_python_warnings_reach_the_log(tmp_path: Path) -> None:
    log_file = tmp_path / "workbay.log"
    configure_logging(log_file)

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("a library is out of date", DeprecationWarning, stacklevel=1)
    flush()

    assert "a library is out of date" in log_file.read_text(encoding="utf-8")


def test_an_unwritable_place_falls_back_to_a_temporary_file(tmp_path: Path) -> None:
    blocker = tmp_path / "log"
    blocker.write_text("a file where the log directory should be", encoding="utf-8")

    written = configure_logging(blocker / "workbay.log")
    logging.getLogger("app.test").info("still logged")
    flush()

    assert written != blocker / "workbay.log"
    assert written.name == "workbay.log"
    text = written.read_text(encoding="utf-8")
    assert "still logged" in text
    assert "cannot be written" in text


def test_an_unknown_level_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="DEBUG, INFO, WARNING, ERROR"):
        configure_logging(tmp_path / "workbay.log", level="LOUD")
    assert ours() == []
