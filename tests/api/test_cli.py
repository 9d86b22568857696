"""The ``workbay`` command: ``workbay sandbox``, the window's options and settings errors, as child processes.

Each child is the real program (``python -m app``), read and stopped as a technician, ``make run`` or a
service manager would: banner on stdout, problems on stderr as one sentence, SIGTERM for a clean stop.
"""

from __future__ import annotations

import io
import json
import re
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app import __version__
from app.cli import DEFAULT_SANDBOX_PORT, build_parser
from app.domain.contract.customer_api import Op
from app.gui.app import display_problem
from app.sandbox.runner import (
    EXPOSURE_WARNING,
    SandboxThread,
    announce,
    banner_text,
    client_urls,
    exposure_warning,
)
from tests.api.sandbox_process import REPO_ROOT, SandboxProcess, child_env, run_workbay, workbay_command

pytestmark = pytest.mark.timeout(60)

MAKES_FAULT = json.dumps([{"path": "/v1/vehicles/makes", "kind": "status", "status": 503, "times": 1}])


def _bearer(http: httpx.Client, connector: dict[str, Any]) -> dict[str, str]:
    answer = http.post(
        Op.LOGIN_PINCODE.route.path(),
        json={"connector_uuid": connector["uuid"], "pincode": connector["pincode"]},
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def _assert_no_traceback(text: str) -> None:
    assert "Traceback" not in text
    assert "ValidationError" not in text


def test_sandbox_serves_with_its_banner_faults_and_speed() -> None:
    with SandboxProcess(
        "sandbox", "--port", "0", "--db", ":memory:", "--speed", "5", "--faults", MAKES_FAULT
    ) as child:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", child.base_url)
        assert int(child.base_url.rsplit(":", 1)[1]) != 0
        ws_url = child.base_url.replace("http://", "ws://", 1) + "/wssprd"
        assert f"  Websocket      {ws_url}?access_token=...\n" in child.banner
        with child.client() as http:
            connectors = http.get("/_sandbox/connectors").json()
            assert connectors
            for connector in connectors:
                row = next(line for line in child.banner.splitlines() if connector["uuid"] in line)
                assert connector["pincode"] in row.split()
            auth = _bearer(http, connectors[0])
            first = http.get(Op.MAKES.route.path(), headers=auth)
            second = http.get(Op.MAKES.route.path(), headers=auth)
            clock = http.get("/_sandbox/clock").json()
        assert first.status_code == 503
        assert first.headers["content-type"].startswith("application/problem+json")
        assert second.status_code == 200
        assert second.json()["result"]
        assert clock["speed"] == 5
        assert child.stop() == 0
    _assert_no_traceback(child.stderr)
    assert "Shutting down" in child.stderr


def _favourites(http: httpx.Client, connector: dict[str, Any], auth: dict[str, str]) -> tuple[list[int], int]:
    """The ids of the connector's customer's favourite products for its car, and one offered product."""
    found = http.get(Op.VEHICLE_SEARCH.route.path(), params={"vin": connector["vin_number"]}, headers=auth)
    assert found.status_code == 200, found.text
    vehicle = {
        "vehicle_model_id": found.json()["model"]["id"],
        "vehicle_model_variant_id": found.json()["model_variant"]["id"],
    }
    products = http.get(Op.PRODUCTS.route.path(), params=vehicle, headers=auth).json()["result"]
    favourites = http.get(
        Op.PRODUCTS.route.path(), params={**vehicle, "is_favorite": "true"}, headers=auth
    ).json()["result"]
    return [p["id"] for p in favourites], products[0]["id"]


def test_a_file_database_keeps_a_favourite_across_a_restart(tmp_path: Path) -> None:
    database = tmp_path / "state" / "sandbox.sqlite3"
    options = ("sandbox", "--port", "0", "--db", str(database))
    with SandboxProcess(*options, data_home=tmp_path / "data") as first, first.client() as http:
        connector = next(
            c for c in http.get("/_sandbox/connectors").json() if len(c["vin_number"] or "") == 17
        )
        auth = _bearer(http, connector)
        before, product_id = _favourites(http, connector, auth)
        assert product_id not in before
        added = http.post(Op.ADD_FAVORITE.route.path(), json={"id": product_id}, headers=auth)
        assert added.status_code == 204, added.text
        assert first.stop() == 0
    assert database.is_file()
    with SandboxProcess(*options, data_home=tmp_path / "data") as second, second.client() as http:
        after, _ = _favourites(http, connector, _bearer(http, connector))
        assert second.stop() == 0
    assert sorted(after) == sorted([*before, product_id])
    assert not (tmp_path / "data").exists(), "an explicit --db keeps the user data directory untouched"


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A loopback port another program is listening on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield other.getsockname()[1]


def test_a_busy_port_is_one_sentence_and_exit_code_1(busy_port: int) -> None:
    result = run_workbay("sandbox", "--port", str(busy_port), "--db", ":memory:")
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{busy_port}" in result.stderr
    assert "--port 0" in result.stderr
    _assert_no_traceback(result.stderr)
    assert "Customer API" not in result.stdout


@pytest.mark.parametrize(
    ("faults", "reason"),
    [
        ('[{"kind": "explode"}]', "fault 1 of 1 is not valid: kind"),
        ('[{"kind": "status", "status": 200}]', "fault 1 of 1 is not valid: status"),
        ('[{"kind": ', "not valid JSON"),
        ("no-such-file.json", "neither JSON"),
    ],
)
def test_invalid_faults_are_one_sentence_and_exit_code_2(faults: str, reason: str) -> None:
    result = run_workbay("sandbox", "--port", "0", "--db", ":memory:", "--faults", faults)
    assert result.returncode == 2
    assert result.stderr.startswith("workbay sandbox: --faults cannot be used:")
    assert reason in result.stderr
    assert "JSON list of faults" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    _assert_no_traceback(result.stderr)
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--max-upload-mb", "-5", "positive number of MiB"),
        ("--max-upload-mb", "0", "positive number of MiB"),
        ("--max-upload-mb", "lots", "not a whole number of MiB"),
        ("--speed", "0", "above 0 and at most 1000"),
        ("--speed", "-1", "above 0 and at most 1000"),
        ("--port", "70000", "between 0 and 65535"),
    ],
)
def test_invalid_numbers_are_usage_errors(option: str, value: str, message: str) -> None:
    result = run_workbay("sandbox", "--port", "0", "--db", ":memory:", option, value)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: workbay sandbox")
    assert f"workbay sandbox: error: argument {option}: " in result.stderr
    assert message in result.stderr
    _assert_no_traceback(result.stderr)


def test_version() -> None:
    result = run_workbay("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"workbay {__version__}"


def test_the_sandbox_defaults_and_the_window_options() -> None:
    parser = build_parser()
    sandbox = parser.parse_args(["sandbox"])
    assert sandbox.command == "sandbox"
    assert (sandbox.host, sandbox.port, sandbox.db, sandbox.speed) == (
        "127.0.0.1",
        DEFAULT_SANDBOX_PORT,
        None,
        1.0,
    )
    assert (sandbox.ready_json, sandbox.exit_with_stdin) == (False, False)
    # Without a command: the window. Every option is "not given" unless given, so the settings decide.
    plain = parser.parse_args([])
    assert plain.command is None
    assert (plain.api_url, plain.language, plain.kiosk, plain.log_level, plain.sandbox_speed) == (None,) * 5
    assert plain.startup_probe is False
    given = parser.parse_args(["--api-url", "https://api.example.com", "--kiosk", "--language", "de"])
    assert (given.api_url, given.kiosk, given.language) == ("https://api.example.com", True, "de")
    assert parser.parse_args(["--no-kiosk"]).kiosk is False


def test_tour_options_count_before_and_after_the_command(tmp_path: Path) -> None:
    parser = build_parser()
    tour = parser.parse_args(["--language", "de", "tour", "--out", str(tmp_path), "--kiosk"])
    assert (tour.command, tour.out, tour.language, tour.kiosk) == ("tour", tmp_path, "de", True)
    assert (tour.width, tour.height) == (1280, 800)
    sized = parser.parse_args(["tour", "--out", str(tmp_path), "--width", "1024", "--height", "700"])
    assert (sized.width, sized.height, sized.language) == (1024, 700, None)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--language", "xx"), "language"),
        (("--log-level", "LOUD"), "log_level"),
        (("--sandbox-speed", "0"), "sandbox_speed"),
        (("--api-url", "ftp://example.com"), "api_url"),
        (("--config", "/nonexistent/workbay.toml"), "does not exist"),
    ],
)
def test_a_bad_setting_is_one_sentence_and_exit_code_2(args: tuple[str, ...], message: str) -> None:
    result = run_workbay(*args, "--startup-probe")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("workbay: ")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    _assert_no_traceback(result.stderr)
    assert result.stdout == ""


def test_a_bad_window_size_is_a_usage_error(tmp_path: Path) -> None:
    result = run_workbay("tour", "--out", str(tmp_path), "--width", "90")
    assert result.returncode == 2
    assert "between 320 and 7680 pixels" in result.stderr
    _assert_no_traceback(result.stderr)


# ---------------------------------------------------------------- where the sandbox listens


def test_client_urls_replace_the_any_address_with_loopback() -> None:
    assert client_urls("127.0.0.1", 8765) == ("http://127.0.0.1:8765", "ws://127.0.0.1:8765/wssprd")
    assert client_urls("0.0.0.0", 8765) == ("http://127.0.0.1:8765", "ws://127.0.0.1:8765/wssprd")
    assert client_urls("::", 8765) == ("http://[::1]:8765", "ws://[::1]:8765/wssprd")
    assert client_urls("::1", 9) == ("http://[::1]:9", "ws://[::1]:9/wssprd")
    assert client_urls("192.0.2.7", 80) == ("http://192.0.2.7:80", "ws://192.0.2.7:80/wssprd")


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_hosts_need_no_warning(host: str) -> None:
    assert exposure_warning(host) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.7", "fe80::1%eth0", "workshop-pc"])
def test_other_hosts_are_warned_about(host: str) -> None:
    warning = exposure_warning(host)
    assert warning is not None
    assert "no authentication" in warning
    assert "pincodes" in warning


def test_banner_for_every_interface_shows_a_usable_address(sandbox_server: SandboxThread) -> None:
    base_url, ws_url = client_urls("0.0.0.0", 8765)
    text = banner_text(base_url, ws_url, sandbox_server.state, listen_host="0.0.0.0")
    assert "http://127.0.0.1:8765/openapi.json" in text
    assert "0.0.0.0:" not in text
    assert "every IPv4 interface (0.0.0.0)" in text
    assert f"Warning: {EXPOSURE_WARNING}" in text
    six = banner_text(*client_urls("::", 8765), sandbox_server.state, listen_host="::")
    assert "http://[::1]:8765" in six
    assert "every IPv6 interface (::)" in six
    local = banner_text(*client_urls("127.0.0.1", 8765), sandbox_server.state, listen_host="127.0.0.1")
    assert "Warning" not in local
    assert "interface" not in local


def test_announce_warns_on_stderr_for_every_interface(sandbox_server: SandboxThread) -> None:
    # Bound but never listening: nothing outside can connect while the test looks at the messages.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("0.0.0.0", 0))
        port = sock.getsockname()[1]
        out, err = io.StringIO(), io.StringIO()
        urls = announce(sock, sandbox_server.state, out=out, err=err)
    assert urls == (f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}/wssprd")
    assert err.getvalue() == f"workbay sandbox: warning: listening on 0.0.0.0. {EXPOSURE_WARNING}\n"
    assert f"Customer API   http://127.0.0.1:{port}\n" in out.getvalue()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        out, err = io.StringIO(), io.StringIO()
        announce(sock, sandbox_server.state, out=out, err=err)
    assert err.getvalue() == ""
    assert "Customer API   http://127.0.0.1:" in out.getvalue()


def test_without_a_display_the_window_says_so_instead_of_aborting(tmp_path: Path) -> None:
    env = {key: value for key, value in child_env().items() if key not in {"QT_QPA_PLATFORM", "DISPLAY"}}
    env.pop("WAYLAND_DISPLAY", None)
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    result = subprocess.run(
        workbay_command(), cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1
    assert result.stderr.startswith("workbay: there is no display to show the window on")
    assert "QT_QPA_PLATFORM" in result.stderr
    _assert_no_traceback(result.stderr)
    assert display_problem({"DISPLAY": ":0"}, "linux") == ""
    assert display_problem({"QT_QPA_PLATFORM": "eglfs"}, "linux") == ""
    assert display_problem({}, "win32") == ""
    assert display_problem({}, "linux")
