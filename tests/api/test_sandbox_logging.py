"""Secrets stay out of the sandbox's log: the masker, its logging filter, and the real ``workbay sandbox``."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator

import pytest
from websockets.sync.client import connect

from app.domain.contract.customer_api import Op
from app.sandbox.log_redaction import MASK, RedactingFilter, install_log_redaction, redact
from tests.api.sandbox_process import SandboxProcess

JWT = (
    "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiIwMzk5MWYzYSIsImV4cCI6MTc5ODA0MjEwOH0"
    ".2TGNJvCydwx8UNabo3RdVicxGwCpikO2V5HrIEF2LVs"
)


@pytest.mark.parametrize(
    ("line", "secret", "masked"),
    [
        (
            f'127.0.0.1:41606 - "WebSocket /wssprd?access_token={JWT}" [accepted]',
            JWT,
            f'"WebSocket /wssprd?access_token={MASK}" [accepted]',
        ),
        ("GET /v1/x?limit=1&refresh_token=r3fr35h&offset=2", "r3fr35h", f"refresh_token={MASK}&offset=2"),
        (
            "PUT /_objects/a/b.jpg?expires=1798042108&signature=9f86d081884c7d65",
            "9f86d081884c7d65",
            f"expires=1798042108&signature={MASK}",
        ),
        ("headers: Authorization: Bearer abc.def-ghi", "abc.def-ghi", f"Authorization: Bearer {MASK}"),
        ("[(b'authorization', b'Basic dXNlcjpwYXNz')]", "dXNlcjpwYXNz", f"b'Basic {MASK}'"),
        ('{"connector_uuid": "c-1", "pincode": 4711}', "4711", f'"pincode": "{MASK}"'),
        ('{"pincode":"0042","x":1}', "0042", f'"pincode":"{MASK}"'),
        ('{"otp": "98 76 54"}', "98 76 54", f'"otp": "{MASK}"'),
        ("{'otp': '987654', 'keep': 'me'}", "987654", f"{{'otp': \"{MASK}\", 'keep': 'me'}}"),
        (
            '{"access_token": "a1", "refresh_token": "r1", "id_token": "i1"}',
            "r1",
            f'"refresh_token": "{MASK}"',
        ),
        (f"token {JWT} is not known", JWT, f"token {MASK} is not known"),
    ],
)
def test_redact_masks_each_kind_of_secret(line: str, secret: str, masked: str) -> None:
    result = redact(line)
    assert secret not in result
    assert masked in result
    assert redact(result) == result


@pytest.mark.parametrize(
    "line",
    [
        'WWW-Authenticate: Bearer realm="customer-api"',
        "GET /v1/chat/channels/7/messages?next_token=abc&limit=20",
        "ticket 12 state 3 -> 4, pincode login locked for 60 s",
        "event queue full, dropped ticket 910000101",
    ],
)
def test_redact_leaves_lines_without_secrets_alone(line: str) -> None:
    assert redact(line) == line


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A logger of its own, writing through a masked handler into a string."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("tests.sandbox_logging.captured")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        yield logger, stream
    finally:
        logger.removeHandler(handler)


def test_the_filter_masks_arguments_and_keeps_their_format(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = captured
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    keep = Keep()
    keep.addFilter(RedactingFilter())
    logger.addHandler(keep)
    try:
        logger.info('%s - "WebSocket %s" [%s]', "127.0.0.1:1", f"/wssprd?access_token={JWT}", "accepted")
        logger.info("login body %s", {"connector_uuid": "c-1", "pincode": "4711"})
    finally:
        logger.removeHandler(keep)
    text = stream.getvalue()
    assert JWT not in text
    assert "4711" not in text
    assert f'INFO 127.0.0.1:1 - "WebSocket /wssprd?access_token={MASK}" [accepted]' in text
    assert f"'pincode': \"{MASK}\"" in text
    # uvicorn's formatters read the arguments: a masked argument stays an argument.
    assert records[0].args == ("127.0.0.1:1", f"/wssprd?access_token={MASK}", "accepted")


def test_the_filter_masks_tracebacks(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = captured
    try:
        raise RuntimeError(f"upstream refused GET /x?access_token={JWT}")
    except RuntimeError:
        logger.exception("the request failed")
    try:
        raise ValueError("nothing secret here")
    except ValueError:
        logger.exception("plain failure")
    text = stream.getvalue()
    assert JWT not in text
    assert f"RuntimeError: upstream refused GET /x?access_token={MASK}" in text
    assert "ValueError: nothing secret here" in text
    assert text.count("Traceback (most recent call last)") == 2


def test_installed_redaction_masks_uvicorn_records_for_any_handler() -> None:
    install_log_redaction(root_handlers=False)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)  # added after the installation, and unfiltered itself
    logger = logging.getLogger("uvicorn.error")
    level, logger.level = logger.level, logging.INFO
    logger.addHandler(handler)
    try:
        logger.info('%s - "WebSocket %s" [accepted]', "127.0.0.1:2", f"/wssprd?access_token={JWT}")
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert stream.getvalue() == f'127.0.0.1:2 - "WebSocket /wssprd?access_token={MASK}" [accepted]\n'


def test_workbay_sandbox_never_logs_a_token() -> None:
    with SandboxProcess("sandbox", "--port", "0", "--db", ":memory:") as child, child.client() as http:
        connector = http.get("/_sandbox/connectors").json()[0]
        login = http.post(
            Op.LOGIN_PINCODE.route.path(),
            json={"connector_uuid": connector["uuid"], "pincode": connector["pincode"]},
        )
        assert login.status_code == 200, login.text
        tokens = login.json()
        ws_base = child.base_url.replace("http://", "ws://", 1)
        with connect(f"{ws_base}/wssprd?access_token={tokens['access_token']}", open_timeout=5):
            pass
        refreshed = http.post(Op.REFRESH.route.path(), json={"refresh_token": tokens["refresh_token"]}).json()
        # A refused token is logged by uvicorn too (the handshake line comes before the check).
        with connect(f"{ws_base}/wssprd?access_token={tokens['refresh_token']}", open_timeout=5):
            pass
        assert child.stop() == 0
    output = child.stdout + child.stderr
    for secret in (tokens["access_token"], tokens["refresh_token"], refreshed["access_token"]):
        assert secret not in output
    handshakes = re.findall(r'"WebSocket (/wssprd\?\S*)" \[accepted\]', child.stderr)
    assert handshakes == [f"/wssprd?access_token={MASK}"] * 2
