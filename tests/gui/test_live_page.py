"""The live ticket page against the sandbox: live messages, files both ways, outages, translation, CSAT.

Each test orders a ticket for the Golf connector, opens the page on it as the window would, and drives
the sandbox's clock and admin API where the operator would act. The follower polls and reconnects within
fractions of a second here (``FAST_LIVE``), so an outage is short.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.domain.contract.customer_api import WEBSOCKET_PATH, Op
from app.domain.ticket_state import TicketState
from app.domain.wizard import Step, WizardDraft
from app.gui.notify import Notifier
from app.gui.page import PageContext
from app.gui.pages import live as live_module
from app.gui.pages.live import LivePage
from app.gui.theme import load_resources
from app.gui.widgets.chat_view import BubblePart
from app.sandbox.runner import SandboxThread
from app.services.live import LinkMode
from app.services.workbench import Workbench
from tests.api.conftest import requests_for
from tests.samples import FAST_LIVE, GOLF_CONNECTOR_ID, GOLF_PINCODE, GOLF_UUID, order_golf

WAIT_MS = 20_000


class RecordingNotifications:
    """A desktop that shows every notification it is given and remembers it."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, bool]] = []

    def notify(self, title: str, body: str, *, sound: bool) -> bool:
        self.shown.append((title, body, sound))
        return True


@pytest.fixture
def ordered(run: Callable[..., Any], api: CustomerApi) -> WizardDraft:
    """A ticket ordered for the Golf (pending), and the client logged in again as the window would be."""
    draft: WizardDraft = run(order_golf(api))
    run(api.auth.login_pincode(GOLF_UUID, GOLF_PINCODE))
    return draft.at(Step.LIVE)


@pytest.fixture
def page_context(api: CustomerApi, tmp_path: Path) -> PageContext:
    workbench = Workbench(api, download_dir=tmp_path / "downloads")
    workbench.poll_interval = 0.1
    workbench.live_options = dict(FAST_LIVE)
    return PageContext(workbench=workbench, sandbox=True)


def _open(qtbot: QtBot, context: PageContext, draft: WizardDraft) -> LivePage:
    """The live page following ``draft``'s ticket, shown at desk size, the ticket read and followed live."""
    shown = LivePage(context)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    shown.enter(draft)
    qtbot.waitUntil(lambda: shown.ticket_status is not None, timeout=WAIT_MS)
    # Live: the socket is subscribed and the catch-up after it is done.
    qtbot.waitUntil(lambda: shown.link is not None and shown.link.mode == LinkMode.LIVE, timeout=WAIT_MS)
    assert shown.status_panel.link_mark.isHidden()
    return shown


@pytest.fixture
def page(qtbot: QtBot, qloop: object, page_context: PageContext, ordered: WizardDraft) -> Iterator[LivePage]:
    """The live page following the ordered ticket."""
    shown = _open(qtbot, page_context, ordered)
    yield shown
    shown.leave()


def _ticket_id(page: LivePage) -> int:
    ticket_id = page.draft.ticket.ticket_id
    assert ticket_id is not None
    return ticket_id


def _texts(page: LivePage) -> list[str]:
    return [message.content or "" for message in page.chat.messages()]


def _message_starting(page: LivePage, prefix: str) -> str:
    """The id of the first message whose text starts with ``prefix``."""
    for message_id, text in zip(page.chat.message_ids(), _texts(page), strict=True):
        if text.startswith(prefix):
            return message_id
    raise AssertionError(f"no message starts with {prefix!r}")


def _photo(path: Path) -> bytes:
    """A small dashboard-like PNG; its bytes."""
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(QColor("#101820"))
    painter = QPainter(image)
    painter.setBrush(QColor("#f5a623"))
    painter.drawEllipse(280, 140, 80, 80)
    painter.end()
    assert image.save(str(path), "PNG")
    return path.read_bytes()


def _in_progress(page: LivePage, sandbox: SandboxThread, qtbot: QtBot) -> None:
    """The operator picks the ticket up and greets (two sandbox seconds later)."""
    sandbox.admin.set_ticket_state(_ticket_id(page), TicketState.IN_PROGRESS)
    sandbox.admin.advance_clock(3)
    qtbot.waitUntil(lambda: any(text.startswith("Hello") for text in _texts(page)), timeout=WAIT_MS)


def test_the_operators_messages_and_the_state_arrive_live(
    page: LivePage, sandbox: SandboxThread, qtbot: QtBot
) -> None:
    form = page.form
    assert form.stateBadge.text() == "Waiting for an operator"
    assert not page.composer.isHidden()
    refreshes = len(requests_for(sandbox, Op.MESSAGES))

    _in_progress(page, sandbox, qtbot)

    assert form.stateBadge.text() == "An operator is working on it"
    assert page.ticket_status is not None
    assert page.ticket_status.state == TicketState.IN_PROGRESS
    # Pushed over the websocket: nobody pressed Refresh and the chat was not read again for it.
    assert len(requests_for(sandbox, Op.MESSAGES)) == refreshes
    assert page.composer.chat_enabled


def test_a_photo_sent_from_the_page_reaches_the_sandbox_byte_identical(
    page: LivePage, sandbox: SandboxThread, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "dashboard.png"
    data = _photo(source)

    page.composer.sig_files_chosen.emit([source])

    def sent() -> str | None:
        return next((m.id for m in page.chat.messages() if m.attachment is not None), None)

    qtbot.waitUntil(lambda: sent() is not None, timeout=WAIT_MS)
    message_id = sent()
    assert message_id is not None
    stored = [o for o in sandbox.admin.objects() if o["size"] == len(data)]
    assert [o["sha256"] for o in stored] == [hashlib.sha256(data).hexdigest()]
    carrying = [m for m in sandbox.admin.messages(_ticket_id(page)) if m.get("attachment")]
    assert len(carrying) == 1
    assert carrying[0]["attachment"]["file_name"] == "dashboard.png"
    assert page.chat.has_thumbnail(message_id), "the photo shows as a picture at once"
    assert page.composer.upload_ids() == (), "the upload's row is gone"


def test_a_cancelled_upload_leaves_no_half_attachment(
    page: LivePage, sandbox: SandboxThread, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "engine-noise.wav"
    with source.open("wb") as sink:
        sink.truncate(40 * 1024 * 1024)
    # The storage host stalls: the upload sends what the socket takes and then waits, half done.
    sandbox.admin.add_fault(path="/_objects/*", method="PUT", kind="latency", delay=10)

    page.composer.sig_files_chosen.emit([source])
    qtbot.waitUntil(lambda: len(page.composer.upload_ids()) == 1, timeout=WAIT_MS)
    (upload_id,) = page.composer.upload_ids()
    row = page.composer.upload_row(upload_id)
    assert row is not None
    qtbot.waitUntil(lambda: bool(requests_for(sandbox, Op.CREATE_ATTACHMENT)), timeout=WAIT_MS)
    QTest.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.composer.upload_ids() == (), timeout=WAIT_MS)
    sandbox.admin.clear_faults()
    assert not [m for m in sandbox.admin.messages(_ticket_id(page)) if m.get("attachment")]
    assert not any(message.attachment is not None for message in page.chat.messages())
    assert requests_for(sandbox, Op.SEND_MESSAGE) == [], "nothing was posted into the chat"
    assert not page.error, "a cancel the technician asked for is no error"


def test_the_chat_recovers_from_a_dropped_socket_with_what_was_said_meanwhile(
    page: LivePage, sandbox: SandboxThread, qtbot: QtBot
) -> None:
    _in_progress(page, sandbox, qtbot)
    panel = page.status_panel
    assert panel.link_mark.isHidden()

    sandbox.admin.add_fault(path=WEBSOCKET_PATH, kind="drop_websocket")
    qtbot.waitUntil(lambda: not panel.link_mark.isHidden(), timeout=WAIT_MS)
    first = sandbox.admin.post_message(_ticket_id(page), "Please check the fuse F12 while I wait.")
    second = sandbox.admin.post_message(_ticket_id(page), "And the relay next to it.")
    # Polling fills the gap while the socket is down.
    qtbot.waitUntil(lambda: second["id"] in page.chat.message_ids(), timeout=WAIT_MS)
    assert not panel.link_mark.isHidden(), "still reconnecting"

    sandbox.admin.clear_faults()
    qtbot.waitUntil(panel.link_mark.isHidden, timeout=WAIT_MS)
    ids = list(page.chat.message_ids())
    assert ids.count(first["id"]) == 1
    assert ids.count(second["id"]) == 1
    # Live again: a new message is pushed.
    third = sandbox.admin.post_message(_ticket_id(page), "Thanks, all good now.")
    qtbot.waitUntil(lambda: third["id"] in page.chat.message_ids(), timeout=WAIT_MS)


def test_what_was_said_while_the_socket_was_down_appears_after_reconnecting(
    qtbot: QtBot, qloop: object, page_context: PageContext, ordered: WizardDraft, sandbox: SandboxThread
) -> None:
    # No polling during this outage: only the catch-up after the reconnect can bring the messages.
    page_context.workbench.poll_interval = 60.0
    page = _open(qtbot, page_context, ordered)
    try:
        sandbox.admin.add_fault(path=WEBSOCKET_PATH, kind="drop_websocket")
        qtbot.waitUntil(lambda: not page.status_panel.link_mark.isHidden(), timeout=WAIT_MS)
        qtbot.wait(300)  # the one poll at the start of the outage is done; the next is a minute away
        said = sandbox.admin.post_message(_ticket_id(page), "I restarted the gateway, please wait.")
        qtbot.wait(300)
        assert said["id"] not in page.chat.message_ids()

        sandbox.admin.clear_faults()
        qtbot.waitUntil(lambda: said["id"] in page.chat.message_ids(), timeout=WAIT_MS)
        assert list(page.chat.message_ids()).count(said["id"]) == 1
        qtbot.waitUntil(page.status_panel.link_mark.isHidden, timeout=WAIT_MS)
    finally:
        page.leave()


def test_the_satisfaction_score_is_sent_once_and_can_be_changed(
    page: LivePage, sandbox: SandboxThread, qtbot: QtBot
) -> None:
    csat = page.csat
    assert csat.isHidden(), "no rating before the work is done"
    sandbox.admin.set_ticket_state(_ticket_id(page), TicketState.CLOSED)
    qtbot.waitUntil(lambda: not csat.isHidden(), timeout=WAIT_MS)
    assert not page.composer.chat_enabled, "the chat of a finished ticket is closed"

    QTest.mouseClick(csat.score_buttons[1], Qt.MouseButton.LeftButton)
    csat.comment_edit.setFocus()
    QTest.keyClicks(csat.comment_edit, "Quick and clear.")
    QTest.mouseClick(csat.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: csat.sent == (1, "Quick and clear."), timeout=WAIT_MS)

    def rated() -> dict[str, Any] | None:
        ticket = next(t for t in sandbox.admin.tickets() if t["id"] == _ticket_id(page))
        return ticket["csat"]  # type: ignore[no-any-return]

    assert rated() is not None
    assert (rated() or {})["score"] == 1
    assert (rated() or {})["comment"] == "Quick and clear."
    assert len(requests_for(sandbox, Op.TICKET_CSAT)) == 1
    assert page.draft.ticket.csat_score == 1, "the draft keeps what was sent (a resumed page shows it)"

    QTest.mouseClick(csat.change_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(csat.score_buttons[0], Qt.MouseButton.LeftButton)
    QTest.mouseClick(csat.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: csat.sent is not None and csat.sent[0] == 0, timeout=WAIT_MS)
    assert (rated() or {})["score"] == 0
    assert len(requests_for(sandbox, Op.TICKET_CSAT)) == 2


def test_translate_and_show_original_round_trip(
    qtbot: QtBot, qloop: object, page_context: PageContext, ordered: WizardDraft, sandbox: SandboxThread
) -> None:
    german = PageContext(workbench=page_context.workbench, sandbox=True, language="de")
    page = _open(qtbot, german, ordered)
    try:
        _in_progress(page, sandbox, qtbot)
        greeting = _message_starting(page, "Hello")
        original = _texts(page)[page.chat.message_ids().index(greeting)]
        page.chat.scrollTo(page.chat.index_of(greeting))
        link = page.chat.part_rect(greeting, BubblePart.TRANSLATE)
        assert link.isValid()
        QTest.mouseClick(
            page.chat.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, link.center()
        )
        qtbot.waitUntil(lambda: page.chat.translation(greeting) is not None, timeout=WAIT_MS)
        translated = page.chat.translation(greeting)
        assert translated
        assert translated != original
        assert "Hallo" in translated
        assert len(requests_for(sandbox, Op.TRANSLATE)) == 1

        back = page.chat.part_rect(greeting, BubblePart.SHOW_ORIGINAL)
        QTest.mouseClick(
            page.chat.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, back.center()
        )
        assert page.chat.translation(greeting) is None
    finally:
        page.leave()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English translation installed, as the program installs it (its plural forms)."""
    load_resources()
    translator = QTranslator()
    assert translator.load(":/translations/workbay_en.qm")
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("english")
def test_a_message_in_the_background_notifies_and_counts_as_unread(
    page: LivePage, sandbox: SandboxThread, qtbot: QtBot
) -> None:
    desktop = RecordingNotifications()
    page.notifier = Notifier(page.window(), backend=desktop)
    _in_progress(page, sandbox, qtbot)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not page.isActiveWindow(), timeout=WAIT_MS)

    message = sandbox.admin.post_message(_ticket_id(page), "Can you turn the ignition off, please?")
    qtbot.waitUntil(lambda: message["id"] in page.chat.message_ids(), timeout=WAIT_MS)

    assert page.unread == 1
    assert page.title_badge() == 1
    assert page.form.unreadBadge.isVisible()
    assert page.form.unreadBadge.text() == "1 new message"
    assert desktop.shown, "a desktop notification, never a sound alone"
    _title, body, sound = desktop.shown[-1]
    assert "Can you turn the ignition off" in body
    assert sound is False, "no sound unless the setting asks for it"

    page.activateWindow()
    qtbot.waitUntil(lambda: page.unread == 0, timeout=WAIT_MS)
    assert page.form.unreadBadge.isHidden()


def test_the_ping_is_offered_after_a_silence_and_reaches_the_channel(
    page: LivePage, sandbox: SandboxThread, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _in_progress(page, sandbox, qtbot)
    assert page.composer.ping_offer.isHidden(), "the operator has just written"
    monkeypatch.setattr(live_module, "PING_AFTER_SECONDS", 0.0)
    page._silence.timeout.emit()  # the 5 s check, now
    assert not page.composer.ping_offer.isHidden()

    QTest.mouseClick(page.composer.ping_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(requests_for(sandbox, Op.SEND_CONTROL_MESSAGE)), timeout=WAIT_MS)
    qtbot.waitUntil(page.composer.ping_offer.isHidden, timeout=WAIT_MS)
    assert any(m["type"] == "control" for m in sandbox.admin.messages(_ticket_id(page)))


def test_the_operators_notes_and_files_open_from_the_page(
    page: LivePage, sandbox: SandboxThread, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    sandbox.admin.add_note(
        _ticket_id(page), "Replaced the fuse F12.", file_name="report.pdf", data=b"%PDF-1.4 x"
    )
    page.form.refreshButton.click()
    qtbot.waitUntil(
        lambda: any(n.value == "Replaced the fuse F12." for n in page.notes.notes), timeout=WAIT_MS
    )
    chip = next(iter(page.notes.chips.values()))
    QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    assert Path(opened[0]).read_bytes() == b"%PDF-1.4 x"

    # The operator's file in the chat opens the same way, downloaded once.
    posted = sandbox.admin.post_message(
        _ticket_id(page), "The log:", file_name="can-trace.txt", data=b"0x7E8 03"
    )
    qtbot.waitUntil(lambda: posted["id"] in page.chat.message_ids(), timeout=WAIT_MS)
    page.chat.scrollTo(page.chat.index_of(posted["id"]))
    chip_rect = page.chat.part_rect(posted["id"], BubblePart.ATTACHMENT)
    QTest.mouseClick(
        page.chat.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, chip_rect.center()
    )
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=WAIT_MS)
    assert Path(opened[1]).read_bytes() == b"0x7E8 03"


def test_the_operators_call_for_attention_shows_and_dismiss_acknowledges_it(
    page: LivePage, sandbox: SandboxThread, qtbot: QtBot
) -> None:
    assert page.attention.isHidden()
    sandbox.admin.update_connector(GOLF_CONNECTOR_ID, call_for_attention=True)
    qtbot.waitUntil(lambda: not page.attention.isHidden(), timeout=WAIT_MS)

    QTest.mouseClick(page.attention.dismiss_button, Qt.MouseButton.LeftButton)
    assert page.attention.isHidden()

    def acknowledged() -> bool:
        connector = next(c for c in sandbox.admin.connectors() if c["id"] == GOLF_CONNECTOR_ID)
        return connector["call_for_attention"] is False

    qtbot.waitUntil(acknowledged, timeout=WAIT_MS)


def test_history_opens_from_the_page(page: LivePage, qtbot: QtBot) -> None:
    QTest.mouseClick(page.form.historyButton, Qt.MouseButton.LeftButton)
    dialog = page.history_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert dialog.vin == "WVWZZZCDZMW072915"
    assert dialog.connector_id == GOLF_CONNECTOR_ID
    dialog.close()


def test_a_closed_chat_offers_nothing_and_says_why(
    page: LivePage, sandbox: SandboxThread, qtbot: QtBot
) -> None:
    sandbox.admin.set_ticket_state(
        _ticket_id(page), TicketState.CANCELLED, reason="The car left the workshop."
    )
    qtbot.waitUntil(lambda: not page.composer.chat_enabled, timeout=WAIT_MS)
    assert page.csat.isHidden(), "a cancelled ticket asks for no rating"
    assert page.form.stateBadge.text() == "Cancelled"
