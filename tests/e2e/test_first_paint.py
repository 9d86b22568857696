"""The login page is painted before the HTTP stack and the keyring are loaded, and nothing is lost by it.

What the first paint waits for is what start-up costs. The HTTP client (httpx and its helpers, the client's
modules) is built when first used or right after the paint; keyring (tens of milliseconds, and a desktop
keyring may answer slowly) is asked after the paint. The first two tests look at ``sys.modules`` of a
fresh interpreter; the last drives a real API start in this process to show the deferred client serves
the login as the real one would.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app import cli
from app.api.client import CustomerApi
from app.domain.wizard import Step, WizardDraft
from app.gui.app import Shell
from app.gui.page import PageContext
from app.gui.pages.login import LoginPage
from app.sandbox.runner import SandboxThread
from app.services.workbench import Workbench
from app.store.connectors import ConnectorDirectory
from app.store.database import Database
from app.store.paths import AppPaths
from app.store.secrets import SecretStore
from app.store.settings import Settings
from tests.e2e.test_startup import REPO_ROOT, hermetic_env
from tests.gui.conftest import api, qloop, run  # noqa: F401 - the widget tests' fixtures, used below
from tests.samples import GOLF_PINCODE, GOLF_UUID

pytestmark = pytest.mark.timeout(120)

LOGIN_PATH = "/v2/authenticate/pincode"

#: Not loaded before the first paint (the error dialog's module: not before the first unexpected error).
LATER = (
    "app.gui.error_dialog",
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "websockets",
    "truststore",
    "keyring",
    "app.api.client",
    "app.api._http",
    "app.api.live",
    "app.api.transfer",
)

#: Every module the program imports on its way to the painted login page (app.gui.app imports the rest).
BEFORE_THE_PAINT = (
    "app.cli",
    "app.store.paths",
    "app.store.settings",
    "app.store.logs",
    "app.store.database",
    "app.store.drafts",
    "app.store.connectors",
    "app.store.secrets",
    "app.services.workbench",
    "app.gui.app",
    "app.gui.main_window",
    "app.gui.pages.login",
    "qasync",
)

# The program's own start up to the painted login page (Shell.open, show, the first paint), then its end.
# The modules of LATER loaded are recorded in the paint probe's callback, i.e. once the paint pass is over.
START_AND_PAINT = """
import asyncio, json, sys
import qasync
from PySide6.QtWidgets import QApplication
from app.gui.app import Shell, prepare_application
from app.gui.probe import PaintProbe
from app.store.paths import AppPaths
from app.store.settings import load_settings

LATER = {later!r}

def loaded():
    return sorted(name for name in LATER if name in sys.modules)

async def main():
    paths = AppPaths.default()
    shell = Shell(load_settings(paths=paths), paths)
    window = await shell.open()
    painted = asyncio.get_running_loop().create_future()

    def on_painted(_moment):
        if not painted.done():
            painted.set_result(loaded())

    probe = PaintProbe(window.current_page, on_painted)
    shell.show()
    at_paint = await asyncio.wait_for(painted, 30)
    del probe
    await shell.close()
    print(json.dumps({{"at_paint": at_paint, "after_close": loaded()}}))

app = QApplication(["workbay"])
prepare_application(app, language="en", kiosk=False)
qasync.run(main())
"""


def _python(code: str, home: Path) -> str:
    finished = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=hermetic_env(home),
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    return finished.stdout.strip().splitlines()[-1]


def test_importing_what_the_first_paint_needs_loads_neither_httpx_nor_keyring(tmp_path: Path) -> None:
    code = (
        "import importlib, json, sys\n"
        f"for name in {BEFORE_THE_PAINT!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(json.dumps(sorted(name for name in {LATER!r} if name in sys.modules)))\n"
    )
    assert json.loads(_python(code, tmp_path)) == []


def test_the_login_page_is_painted_before_the_http_stack_and_the_keyring_are_loaded(tmp_path: Path) -> None:
    result = json.loads(_python(START_AND_PAINT.format(later=LATER), tmp_path))
    assert result["at_paint"] == []
    # The training sandbox was not started, so its address never came: the stand-in client was never
    # needed, and closing the program did not build it just to close it.
    assert not {"httpx", "app.api.client"} & set(result["after_close"])


def test_the_window_skips_pydantics_plugin_search_and_the_sandbox_command_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not entry_points(group="pydantic"), "a pydantic plugin is installed: the window's start skips it"
    seen: dict[str, str | None] = {}

    def run_sandbox(_args: object) -> int:
        seen["sandbox"] = os.environ.get("PYDANTIC_DISABLE_PLUGINS")
        return 0

    def run_gui(*_args: object, **_options: object) -> int:
        seen["window"] = os.environ.get("PYDANTIC_DISABLE_PLUGINS")
        return 0

    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    monkeypatch.setattr(logging, "basicConfig", lambda **_options: None)
    monkeypatch.setattr(cli, "_run_sandbox", run_sandbox)
    monkeypatch.setattr("app.gui.app.run_gui", run_gui)
    assert cli.main(["sandbox"]) == 0
    assert seen["sandbox"] is None
    assert cli.main(["--api-url", "http://127.0.0.1:9"]) == 0
    assert seen["window"] == "__all__"
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")  # a choice made outside the program wins
    assert cli.main(["--api-url", "http://127.0.0.1:9"]) == 0
    assert seen["window"] == ""


def test_with_a_real_api_the_client_made_on_first_use_logs_in(
    qtbot: QtBot,
    qloop: object,  # noqa: F811
    run: Callable[..., Any],  # noqa: F811
    sandbox: SandboxThread,
    tmp_path: Path,
) -> None:
    shell = Shell(Settings(api_url=sandbox.base_url), AppPaths.under(tmp_path), use_keyring=False)
    window = run(shell.open())
    try:
        shell.show()
        page = window.current_page
        assert isinstance(page, LoginPage)
        assert window.embedded is False
        page.form.uuidEdit.setFocus()
        QTest.keyClicks(page.form.uuidEdit, GOLF_UUID)
        page.form.pincodeEdit.setFocus()
        QTest.keyClicks(page.form.pincodeEdit, GOLF_PINCODE)
        with qtbot.waitSignal(window.sig_step_shown, timeout=15_000) as shown:
            QTest.mouseClick(page.form.loginButton, Qt.MouseButton.LeftButton)
        assert shown.args == [Step.VEHICLE]
        logins = [entry for entry in sandbox.admin.requests(LOGIN_PATH) if entry["method"] == "POST"]
        assert [entry["status"] for entry in logins] == [200]
        assert shell.workbench is not None
        assert shell.workbench.session.logged_in
    finally:
        run(shell.close())
    assert shell.workbench.api.is_closed


def test_the_keyring_is_asked_only_once_the_login_page_is_painted(
    qtbot: QtBot,
    api: CustomerApi,  # noqa: F811
    tmp_path: Path,
) -> None:
    database = Database.open(tmp_path / "workbay.db")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        workbench = Workbench(api, secrets=SecretStore(), directory=ConnectorDirectory(database))
        page = LoginPage(PageContext(workbench=workbench, sandbox=True))
        qtbot.addWidget(page)
        page.resize(1024, 620)
        page.enter(WizardDraft())  # as the window does before it is shown
        assert not page.tasks.running("keyring"), "asked before anything is on screen"
        assert page.form.rememberCheck.isVisibleTo(page)
        page.show()
        hint = page.form.keyringHintLabel
        qtbot.waitUntil(lambda: hint.isVisibleTo(page), timeout=5_000)
        assert hint.text().startswith("No secure password store on this computer")
    finally:
        keyring.set_keyring(previous)
        database.close()
