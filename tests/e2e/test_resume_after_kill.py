"""Kill the program mid-order with SIGKILL, start again, and continue where the technician was.

The first run is the real program in a child process (its shell, window, pages and store, the training
sandbox as its own child with a file database), driven through the login, the vehicle and the products
by the tour's machinery, which works the pages through their widgets like a technician. Once the draft
is saved at the products step, the test kills it with SIGKILL: no handler runs, nothing is flushed on
the way out. The sandbox child must go with it.

The second run reads the same store in this process (pytest-qt): the window offers to continue at the
products step for that car; Continue, a login, and the products page shows the products chosen before.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.domain.wizard import Step, WizardDraft
from app.gui.main_window import MainWindow
from app.gui.page import PageContext
from app.gui.tour import GOLF_PINCODE, GOLF_UUID, PRODUCT_NAMES
from app.services.workbench import Workbench
from app.store.database import Database
from app.store.drafts import DraftStore
from app.store.paths import AppPaths
from tests.e2e.test_startup import REPO_ROOT, alive, hermetic_env, log_file, wait_gone
from tests.gui.conftest import api, qloop, run  # noqa: F401 - the widget tests' fixtures, used below

pytestmark = pytest.mark.timeout(240)

# The first run: the program's own start (Shell) with the user's directories (here: the hermetic home),
# driven by the tour up to the products, then left running until it is killed.
FIRST_RUN = """
import asyncio, sys
import qasync
from PySide6.QtWidgets import QApplication
from app.gui.app import Shell, prepare_application
from app.gui.tour import Tour
from app.store.logs import configure_logging
from app.store.paths import AppPaths
from app.store.settings import load_settings

async def main():
    paths = AppPaths.default()
    settings = load_settings(paths=paths)
    shell = Shell(settings, paths)
    window = await shell.open()
    window.resize(1280, 800)
    shell.show()
    shell.start_server()
    tour = Tour(shell, None)
    await tour.start()
    await tour.login(with_error=False)
    await tour.vehicle(cascade=False)
    await tour.products()
    print("SAVED", shell.sandbox.pid, flush=True)
    await asyncio.sleep(3600)

paths = AppPaths.default()
configure_logging(paths.log_file, level="INFO")
app = QApplication(["workbay"])
prepare_application(app, language="en", kiosk=False)
qasync.run(main())
"""


def _lines(stream: IO[str], into: queue.Queue[str]) -> None:
    for line in stream:
        into.put(line)


@pytest.fixture
def first_run(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], queue.Queue[str], Path]]:
    home = tmp_path / "home"
    child = subprocess.Popen(
        [sys.executable, "-c", FIRST_RUN],
        cwd=REPO_ROOT,
        env=hermetic_env(home),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    assert child.stdout is not None
    threading.Thread(target=_lines, args=(child.stdout, lines), daemon=True).start()
    try:
        yield child, lines, home
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)


def _wait_saved(child: subprocess.Popen[str], lines: queue.Queue[str], home: Path) -> int:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if child.poll() is not None:
            stderr = child.stderr.read() if child.stderr else ""
            raise AssertionError(f"the first run ended ({child.returncode}):\n{stderr}\n{_log(home)}")
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            continue
        if line.startswith("SAVED "):
            return int(line.split()[1])
    raise AssertionError(f"the first run did not reach the products in time:\n{_log(home)}")


def _log(home: Path) -> str:
    path = log_file(home)
    return path.read_text(encoding="utf-8")[-4000:] if path.is_file() else "(no log)"


def test_a_killed_run_is_continued_at_its_step_with_its_choices(
    first_run: tuple[subprocess.Popen[str], queue.Queue[str], Path],
    qtbot: QtBot,
    qloop: object,  # noqa: F811
    api: CustomerApi,  # noqa: F811
) -> None:
    child, lines, home = first_run
    sandbox_pid = _wait_saved(child, lines, home)
    assert alive(sandbox_pid)
    paths = AppPaths(
        config_dir=home / "config" / "workbay",
        data_dir=home / "data" / "workbay",
        log_dir=home / "state" / "workbay" / "log",
        cache_dir=home / "cache" / "workbay",
    )
    assert paths.database.is_file()

    child.kill()  # SIGKILL, mid-order
    child.wait(timeout=10)
    wait_gone(sandbox_pid, timeout=10)

    # What the killed run left: the draft at the products, with the products and without any secret.
    database = Database.open(paths.database)
    store = DraftStore(database)
    stored = store.load()
    assert stored is not None
    assert stored.step == "products"
    assert stored.connector_uuid == GOLF_UUID
    assert GOLF_PINCODE not in stored.payload
    saved = WizardDraft.model_validate_json(stored.payload)
    assert [product.name for product in saved.products.products] == list(PRODUCT_NAMES)
    assert saved.vehicle.vehicle is not None

    # The second run.
    window = MainWindow(PageContext(workbench=Workbench(api), sandbox=True), store=store, embedded=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.server_ready()
    offer = window.offer_resume()
    assert offer is not None
    assert offer.step == Step.PRODUCTS
    form = window.form
    assert form.resumeOffer.isVisibleTo(window)
    assert form.resumeDetail.text().startswith(f"Products for {saved.vehicle.vehicle.title}, saved ")

    form.continueButton.click()
    login = window.current_page
    login_form = login.form  # type: ignore[attr-defined]
    assert login_form.uuidEdit.text() == GOLF_UUID, "the connector is filled in"
    assert login_form.pincodeEdit.text() == "", "the pincode was never saved"
    qtbot.keyClicks(login_form.pincodeEdit, GOLF_PINCODE)
    login_form.loginButton.click()
    qtbot.waitUntil(lambda: window.current_page.step == Step.PRODUCTS, timeout=30000)

    products = window.current_page
    assert [product.name for product in products.draft.products.products] == list(PRODUCT_NAMES)
    assert products.draft.vehicle == saved.vehicle
    qtbot.waitUntil(lambda: not products.busy, timeout=30000)
    strip = products.form.selectedStrip  # type: ignore[attr-defined]
    assert [strip.chips[i].text() for i in saved.products.product_ids] == list(PRODUCT_NAMES)
    assert strip.title_label.text() == f"Selected ({len(PRODUCT_NAMES)})"
    assert not form.resumeOffer.isVisibleTo(window)
    stored_again = store.load()
    assert stored_again is not None
    assert stored_again.step == "products"
    database.close()
