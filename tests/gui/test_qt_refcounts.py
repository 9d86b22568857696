"""The Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 lost a reference to ``True`` on every ``disconnect`` and on every signal emitted to a Python
slot, and one to ``None`` on every read of an unset property. On Python 3.11 these objects are not immortal:
after some tens of thousands of signals (a few minutes of a busy window) the interpreter aborts with
``bool_dealloc``. This test pins a binding that does not do that.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton

_ROUNDS = 2000


class _Emitter(QObject):
    sig_plain = Signal()
    sig_value = Signal(object)


def _counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def _drift(before: tuple[int, int, int]) -> tuple[int, int, int]:
    after = _counts()
    return (after[0] - before[0], after[1] - before[1], after[2] - before[2])


def _slot(*_args: object) -> None:
    return None


def test_connect_disconnect_and_emit_keep_reference_counts(qapp: QApplication) -> None:
    emitter = _Emitter()
    before = _counts()
    for _ in range(_ROUNDS):
        connection = emitter.sig_plain.connect(_slot)
        emitter.sig_plain.emit()
        emitter.sig_plain.disconnect(connection)
    emitter.sig_value.connect(_slot)
    for _ in range(_ROUNDS):
        emitter.sig_value.emit(None)
    drift = _drift(before)
    # A few references may come and go with caches; a leak shows as about one per round.
    assert all(abs(value) < _ROUNDS // 10 for value in drift), drift


def test_properties_and_clicks_keep_reference_counts(qapp: QApplication) -> None:
    button = QPushButton()
    button.clicked.connect(_slot)
    before = _counts()
    for _ in range(_ROUNDS):
        button.property("never-set")
        button.setProperty("primary", True)
        button.property("primary")
        button.click()
    drift = _drift(before)
    assert all(abs(value) < _ROUNDS // 10 for value in drift), drift
