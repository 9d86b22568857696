"""The one exception hook: the traceback in the (redacted) log, a non-modal dialog with copyable details.

pytest-qt turns calls of ``sys.excepthook`` into test failures, so the hook is called directly here, as
Python, a thread or the event loop would call it.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.redact import MASK
from app.gui import excepthook
from app.gui.error_dialog import ErrorDialog
from app.gui.excepthook import ExceptionHook, details_text, install_excepthook
from app.store.logs import configure_logging

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb25uZWN0b3IifQ.c2lnbmF0dXJlLXNlY3JldA"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The program's log set up as at start, into a temporary file; the root logger restored after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = configure_logging(tmp_path / "workbay.log", level="INFO")
    yield path
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def hook(qtbot: QtBot) -> Iterator[ExceptionHook]:
    """A hook with a window as the dialog's parent (not installed: the test calls it)."""
    window = QWidget()
    qtbot.addWidget(window)
    made = ExceptionHook(lambda: window)
    yield made
    if made.dialog is not None:
        made.dialog.close()
        made.dialog.deleteLater()


def _error(message: str) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError(message)
    except RuntimeError as error:
        return type(error), error, error.__traceback__


def _flush(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_an_error_is_logged_with_its_traceback_and_shown_without_secrets(
    qtbot: QtBot, hook: ExceptionHook, log_file: Path
) -> None:
    kind, error, trace = _error(f"refresh failed: Authorization: Bearer {TOKEN}")
    hook(kind, error, trace)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    dialog = hook.dialog
    assert isinstance(dialog, ErrorDialog)
    assert not dialog.isModal()
    assert dialog.sentence.text() == "Something unexpected went wrong. Your work is saved."
    details = dialog.text
    assert "RuntimeError: refresh failed" in details
    assert "Traceback (most recent call last)" in details
    assert "test_excepthook.py" in details
    assert TOKEN not in details
    assert MASK in details

    logged = _flush(log_file)
    assert "unexpected error: RuntimeError" in logged
    assert "Traceback (most recent call last)" in logged
    assert TOKEN not in logged
    assert MASK in logged


def test_the_details_are_hidden_until_asked_and_copied_on_request(qtbot: QtBot, hook: ExceptionHook) -> None:
    hook(*_error("the price table broke"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    dialog = hook.dialog
    assert dialog is not None
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert dialog.details_button.text() == "Hide details"
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text
    assert "the price table broke" in QGuiApplication.clipboard().text()
    assert dialog.copy_button.text() == "Copied"


def test_a_burst_of_errors_fills_one_dialog_and_a_new_burst_starts_fresh(
    qtbot: QtBot, hook: ExceptionHook
) -> None:
    for number in range(3):
        hook(*_error(f"error number {number}"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.count == 3)
    dialog = hook.dialog
    assert dialog is not None
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
    assert dialogs == [dialog]
    assert all(f"error number {n}" in dialog.text for n in range(3))
    assert dialog.count_label.text() == "3 errors happened."
    dialog.close_button.click()
    assert not dialog.isVisible()
    hook(*_error("a later one"))  # type: ignore[arg-type]
    qtbot.waitUntil(dialog.isVisible)
    assert hook.dialog is dialog
    assert dialog.count == 1
    assert "error number" not in dialog.text
    assert "a later one" in dialog.text


def test_an_error_in_a_thread_reaches_the_dialog_on_the_gui_thread(qtbot: QtBot, hook: ExceptionHook) -> None:
    seen: list[bool] = []

    def fail() -> None:
        kind, error, trace = _error("the keyring thread failed")
        hook.thread_hook(threading.ExceptHookArgs([kind, error, trace, threading.current_thread()]))
        seen.append(True)

    worker = threading.Thread(target=fail, name="keyring-worker")
    worker.start()
    worker.join(5)
    assert seen == [True]
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert hook.dialog is not None
    assert "the keyring thread failed" in hook.dialog.text


def test_the_event_loop_handler_shows_exceptions_and_only_logs_the_rest(
    qtbot: QtBot, hook: ExceptionHook, log_file: Path
) -> None:
    loop = asyncio.new_event_loop()
    try:
        hook.loop_handler(loop, {"message": "Task was destroyed but it is pending!"})
        before = hook.dialog  # a local: asserting on hook.dialog would make mypy think it stays None
        assert before is None
        kind, error, _trace = _error("a callback failed")
        hook.loop_handler(loop, {"message": "Exception in callback", "exception": error})
    finally:
        loop.close()
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert hook.dialog is not None
    assert "a callback failed" in hook.dialog.text
    logged = _flush(log_file)
    assert "event loop: Task was destroyed but it is pending!" in logged
    assert "unexpected error (event loop: Exception in callback): RuntimeError" in logged
    del kind


def test_an_error_while_showing_the_dialog_is_only_logged(
    qtbot: QtBot, hook: ExceptionHook, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: ErrorDialog, text: str) -> None:
        raise ValueError("the dialog itself is broken")

    monkeypatch.setattr(ErrorDialog, "add_report", broken)
    hook(*_error("the first problem"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "the error dialog could not be shown" in _flush(log_file))
    logged = _flush(log_file)
    assert "ValueError: the dialog itself is broken" in logged
    assert logged.count("unexpected error:") == 1, "the hook's own failure does not loop back into it"


def test_installing_routes_the_python_and_thread_hooks_and_uninstalling_restores_them(qtbot: QtBot) -> None:
    before_sys, before_thread = sys.excepthook, threading.excepthook
    installed = install_excepthook(lambda: None)
    try:
        assert sys.excepthook is installed
        assert threading.excepthook == installed.thread_hook
    finally:
        installed.uninstall()
    assert sys.excepthook is before_sys
    assert threading.excepthook is before_thread


def test_details_name_the_exception_the_version_and_mask_secrets() -> None:
    kind, error, trace = _error('login answered {"access_token": "abc123456789"}')
    text = details_text(kind, error, trace)  # type: ignore[arg-type]
    assert text.startswith("Workbay ")
    assert "abc123456789" not in text
    assert f'"access_token": "{MASK}"' in text


def test_the_dialog_class_is_also_found_under_the_hooks_module() -> None:
    assert excepthook.ErrorDialog is ErrorDialog
    with pytest.raises(AttributeError, match="NoSuchDialog"):
        excepthook.NoSuchDialog  # type: ignore[attr-defined]  # noqa: B018 - the look-up is the test
