"""The login page against the sandbox, driven through its widgets: typed, PIN pad, remembered, training and
one-time logins; the wrong pincode, the locked and the offline connector, the unreachable server; Next."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.api.client import CustomerApi
from app.api.retry import RetryPolicy
from app.domain.wizard import LoginState, Step, WizardDraft
from app.gui.messages import failure_text
from app.gui.page import PageContext, SampleConnector
from app.gui.pages.login import LoginPage
from app.sandbox.runner import SandboxThread
from app.services.errors import Failure, ServiceError
from app.services.workbench import Workbench
from app.store.connectors import ConnectorDirectory
from app.store.database import Database
from app.store.secrets import SERVICE_NAME, SecretStore
from tests.api.conftest import build_order
from tests.samples import GOLF_UUID

LOGIN_PATH = "/v2/authenticate/pincode"
WRONG_PINCODE_TEXT = failure_text(ServiceError(Failure.WRONG_CREDENTIALS))
OFFLINE_CONNECTOR_TEXT = (
    "The connector is offline: plug it into the OBD port and switch the ignition on. "
    "You can continue choosing; ordering needs it online."
)


def sample(sandbox: SandboxThread, **match: Any) -> dict[str, Any]:
    """The sample connector whose fields equal ``match``."""
    return next(c for c in sandbox.admin.connectors() if all(c[k] == v for k, v in match.items()))


def logins(sandbox: SandboxThread) -> list[dict[str, Any]]:
    return [entry for entry in sandbox.admin.requests(LOGIN_PATH) if entry["method"] == "POST"]


def click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def click_widget(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(field: QLineEdit, text: str) -> None:
    field.setFocus()
    QTest.keyClicks(field, text)


def shown(widget: QWidget) -> bool:
    """Whether the widget is shown within its (shown) page, whatever the test window's state."""
    return widget.isVisibleTo(widget.window())


def focused(widget: QWidget) -> bool:
    """Whether the widget has its window's focus (an offscreen window is never active, so hasFocus() is
    always False there)."""
    return widget.window().focusWidget() is widget


def valid(page: LoginPage) -> bool:
    """What the window reads to enable Next (a call, so that each look is fresh, also to mypy)."""
    return page.valid


class Recorder:
    """Counts the page's navigation requests."""

    def __init__(self, page: LoginPage) -> None:
        self.next: list[bool] = []
        self.jumps: list[object] = []
        self.drafts: list[WizardDraft] = []
        page.sig_next_requested.connect(lambda: self.next.append(True))
        page.sig_jump_requested.connect(self.jumps.append)
        page.sig_draft_changed.connect(self.drafts.append)


@pytest.fixture
def make_page(qtbot: QtBot) -> Callable[..., LoginPage]:
    """A shown login page over the given context (default: the sandbox session without any store)."""

    def make(context: PageContext, draft: WizardDraft | None = None) -> LoginPage:
        page = LoginPage(context)
        qtbot.addWidget(page)
        page.resize(1024, 620)
        page.show()
        page.enter(draft or WizardDraft())
        return page

    return make


@pytest.fixture
def secrets() -> Iterator[SecretStore]:
    """A keyring entry name of its own in the session's in-memory keyring, emptied afterwards."""
    service = f"{SERVICE_NAME} (login page test)"
    yield SecretStore(service=service)
    memory: Any = keyring.get_keyring()
    for key in [key for key in getattr(memory, "secrets", {}) if key[0] == service]:
        memory.secrets.pop(key)


@pytest.fixture
def directory(tmp_path: Path) -> Iterator[ConnectorDirectory]:
    db = Database.open(tmp_path / "workbay.db")
    yield ConnectorDirectory(db)
    db.close()


@pytest.fixture
def storing_context(api: CustomerApi, secrets: SecretStore, directory: ConnectorDirectory) -> PageContext:
    """A sandbox session that can remember connectors (keyring and local directory)."""
    return PageContext(workbench=Workbench(api, secrets=secrets, directory=directory), sandbox=True)


# --- logging in --------------------------------------------------------------------------------------


def test_typing_the_uuid_and_pincode_and_pressing_log_in_moves_on(
    qtbot: QtBot, make_page: Callable[..., LoginPage], context: PageContext, sandbox: SandboxThread
) -> None:
    page = make_page(context)
    recorded = Recorder(page)
    form = page.form
    assert not valid(page), "nothing typed yet"
    type_into(form.uuidEdit, GOLF_UUID.upper())
    type_into(form.pincodeEdit, "4711")
    assert form.pincodeEdit.echoMode() == QLineEdit.EchoMode.Password
    assert valid(page), "ready to log in: Next may do it"
    with qtbot.waitSignal(page.sig_next_requested, timeout=10_000):
        click(form.loginButton)
    assert [entry["status"] for entry in logins(sandbox)] == [200]
    login = page.draft.login
    assert login.logged_in
    assert login.connector_uuid == GOLF_UUID
    assert login.method == "pincode"
    assert login.supports_doip
    assert login.is_online
    assert recorded.drafts[-1] == page.draft
    assert recorded.jumps == []
    # Shown the way the label prints it, and the pincode is not kept in the widget once used.
    assert form.uuidEdit.text() == GOLF_UUID
    assert form.pincodeEdit.text() == ""
    assert not page.busy
    assert valid(page)
    assert page.error == ""


def test_a_wrong_pincode_says_so_and_keeps_the_values(
    qtbot: QtBot, make_page: Callable[..., LoginPage], context: PageContext, sandbox: SandboxThread
) -> None:
    page = make_page(context)
    recorded = Recorder(page)
    form = page.form
    type_into(form.uuidEdit, GOLF_UUID)
    type_into(form.pincodeEdit, "0000")
    QTest.keyClick(form.pincodeEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.banner.text == WRONG_PINCODE_TEXT, timeout=10_000)
    assert page.error == WRONG_PINCODE_TEXT
    assert form.uuidEdit.text() == GOLF_UUID
    assert form.pincodeEdit.text() == "0000"
    assert form.pincodeEdit.property("state") == "error"
    # Selected, so the next digit typed (or pressed on the PIN pad) starts the retype.
    assert form.pincodeEdit.selectedText() == "0000"
    assert not page.busy
    assert not page.draft.login.logged_in
    assert recorded.next == []
    assert recorded.drafts == []
    assert [entry["status"] for entry in logins(sandbox)] == [401]
    # Retyping clears the highlight; the right pincode then logs in.
    type_into(form.pincodeEdit, "4711")
    assert form.pincodeEdit.text() == "4711"
    assert form.pincodeEdit.property("state") == ""
    with qtbot.waitSignal(page.sig_next_requested, timeout=10_000):
        click(form.loginButton)


def test_a_malformed_uuid_is_a_field_message_without_a_request(
    make_page: Callable[..., LoginPage], context: PageContext, sandbox: SandboxThread
) -> None:
    page = make_page(context)
    form = page.form
    type_into(form.uuidEdit, "03991f3a-26f3")
    type_into(form.pincodeEdit, "4711")
    click(form.loginButton)
    assert shown(form.uuidErrorLabel)
    assert "not a connector UUID" in form.uuidErrorLabel.text()
    assert form.uuidEdit.property("state") == "error"
    assert not page.busy
    assert logins(sandbox) == []
    type_into(form.uuidEdit, "x")
    assert not shown(form.uuidErrorLabel)


def test_a_uuid_in_another_spelling_is_normalised_as_it_arrives(
    make_page: Callable[..., LoginPage], context: PageContext
) -> None:
    page = make_page(context)
    form = page.form
    # A scanner types the digits without dashes and ends with Enter: the field shows the UUID and the
    # pincode field takes over.
    type_into(form.uuidEdit, "03991F3A26F3521A913FE5DB77B27774")
    assert form.uuidEdit.text() == GOLF_UUID
    QTest.keyClick(form.uuidEdit, Qt.Key.Key_Return)
    assert focused(form.pincodeEdit)


def test_the_pin_pad_types_the_pincode(
    qtbot: QtBot, make_page: Callable[..., LoginPage], context: PageContext
) -> None:
    page = make_page(context)
    form = page.form
    assert not shown(form.pinPad), "hidden on a desk until asked for"
    click(form.pinpadToggleButton)
    assert shown(form.pinPad)
    type_into(form.uuidEdit, GOLF_UUID)
    for digit in "47119":
        click(form.pinPad.digit_buttons[digit])
    click(form.pinPad.backspace_button)
    assert form.pincodeEdit.text() == "4711"
    assert valid(page)
    with qtbot.waitSignal(page.sig_next_requested, timeout=10_000):
        click(form.loginButton)
    click(form.pinpadToggleButton)
    assert not shown(form.pinPad)


def test_a_kiosk_shows_the_pin_pad_at_once_with_larger_keys(
    make_page: Callable[..., LoginPage], workbench: Workbench
) -> None:
    page = make_page(PageContext(workbench=workbench, kiosk=True))
    assert shown(page.form.pinPad)
    assert page.form.pinpadToggleButton.isChecked()
    assert page.form.pinPad.digit_buttons["1"].minimumHeight() >= 80


def test_show_and_hide_toggle_the_pincode(make_page: Callable[..., LoginPage], context: PageContext) -> None:
    page = make_page(context)
    form = page.form
    type_into(form.pincodeEdit, "4711")
    assert form.pincodeEdit.echoMode() == QLineEdit.EchoMode.Password
    hidden_label = form.showPincodeButton.text()
    click(form.showPincodeButton)
    assert form.pincodeEdit.echoMode() == QLineEdit.EchoMode.Normal
    assert form.showPincodeButton.text() != hidden_label
    click(form.showPincodeButton)
    assert form.pincodeEdit.echoMode() == QLineEdit.EchoMode.Password
    # Leaving the page never leaves a pincode readable.
    click(form.showPincodeButton)
    page.leave()
    assert form.pincodeEdit.echoMode() == QLineEdit.EchoMode.Password


def test_next_logs_in_first(
    run: Callable[..., Any], make_page: Callable[..., LoginPage], context: PageContext, sandbox: SandboxThread
) -> None:
    page = make_page(context)
    recorded = Recorder(page)
    type_into(page.form.uuidEdit, GOLF_UUID)
    type_into(page.form.pincodeEdit, "4711")
    assert run(page.before_next()) is True
    assert page.draft.login.logged_in
    # The window moves on itself after before_next(): the page does not ask a second time.
    assert recorded.next == []
    assert len(logins(sandbox)) == 1
    # Logged in as shown: Next again needs no second login.
    assert run(page.before_next()) is True
    assert len(logins(sandbox)) == 1


def test_next_with_a_wrong_pincode_stays(
    run: Callable[..., Any], make_page: Callable[..., LoginPage], context: PageContext
) -> None:
    page = make_page(context)
    type_into(page.form.uuidEdit, GOLF_UUID)
    type_into(page.form.pincodeEdit, "1234")
    assert run(page.before_next()) is False
    assert page.error == WRONG_PINCODE_TEXT
    assert page.form.pincodeEdit.text() == "1234"


def test_an_offline_connector_logs_in_and_the_page_says_what_to_do(
    qtbot: QtBot,
    run: Callable[..., Any],
    make_page: Callable[..., LoginPage],
    context: PageContext,
    sandbox: SandboxThread,
) -> None:
    offline = sample(sandbox, is_online=False)
    page = make_page(context)
    recorded = Recorder(page)
    type_into(page.form.uuidEdit, offline["uuid"])
    type_into(page.form.pincodeEdit, offline["pincode"])
    click(page.form.loginButton)
    qtbot.waitUntil(lambda: page.banner.text == OFFLINE_CONNECTOR_TEXT, timeout=10_000)
    assert page.banner.property("level") == "warning"
    assert page.error == "", "a notice, not an error"
    assert page.draft.login.logged_in
    assert page.draft.login.is_online is False
    # The technician reads it and continues with Next.
    assert recorded.next == []
    assert valid(page)
    assert run(page.before_next()) is True


def test_a_connector_with_an_active_ticket_goes_straight_to_it(
    qtbot: QtBot,
    run: Callable[..., Any],
    api: CustomerApi,
    make_page: Callable[..., LoginPage],
    context: PageContext,
    sandbox: SandboxThread,
) -> None:
    golf = sample(sandbox, uuid=GOLF_UUID)
    run(api.auth.login_pincode(GOLF_UUID, golf["pincode"]))
    ticket = run(api.tickets.create(run(build_order(api, golf))))
    api.auth.logout()
    page = make_page(context)
    recorded = Recorder(page)
    type_into(page.form.uuidEdit, GOLF_UUID)
    type_into(page.form.pincodeEdit, golf["pincode"])
    with qtbot.waitSignal(page.sig_jump_requested, timeout=10_000) as jumped:
        click(page.form.loginButton)
    assert jumped.args == [Step.LIVE]
    assert page.draft.ticket.ticket_id == ticket.id
    assert page.draft.login.connector_id == golf["id"]
    assert recorded.next == []


def test_an_unreachable_server_offers_retry_and_keeps_the_values(
    qtbot: QtBot, run: Callable[..., Any], make_page: Callable[..., LoginPage]
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    api = CustomerApi(f"http://127.0.0.1:{port}", timeout=2.0, retry=RetryPolicy(max_attempts=1))
    try:
        page = make_page(PageContext(workbench=Workbench(api)))
        type_into(page.form.uuidEdit, GOLF_UUID)
        type_into(page.form.pincodeEdit, "4711")
        click(page.form.loginButton)
        offline_text = failure_text(ServiceError(Failure.OFFLINE))
        qtbot.waitUntil(lambda: page.banner.text == offline_text, timeout=10_000)
        assert shown(page.banner.action_button)
        assert page.form.uuidEdit.text() == GOLF_UUID
        assert page.form.pincodeEdit.text() == "4711"
        assert page.form.pincodeEdit.property("state") in {None, ""}
        assert not page.busy
        # Retry sends the same login again (and fails the same way here).
        click(page.banner.action_button)
        qtbot.waitUntil(lambda: page.banner.text == offline_text and not page.busy, timeout=10_000)
    finally:
        run(api.aclose())


def test_too_many_attempts_lock_the_log_in_button(
    qtbot: QtBot, make_page: Callable[..., LoginPage], context: PageContext, sandbox: SandboxThread
) -> None:
    page = make_page(context)
    form = page.form
    type_into(form.uuidEdit, GOLF_UUID)
    for attempt in range(sandbox.config.login_lockout_attempts):
        form.pincodeEdit.setText(f"99{attempt:02d}")
        click(form.loginButton)
        qtbot.waitUntil(lambda: not page.busy and page.error != "", timeout=10_000)
    assert page.error.startswith(failure_text(ServiceError(Failure.TOO_MANY_ATTEMPTS)))
    assert "seconds" in page.error, "the server's wait is shown"
    assert not form.loginButton.isEnabled()
    assert not valid(page)


def test_a_one_time_code_logs_in(
    qtbot: QtBot, make_page: Callable[..., LoginPage], context: PageContext, sandbox: SandboxThread
) -> None:
    golf7 = sample(sandbox, otp="TRAIN-739154")
    page = make_page(context)
    form = page.form
    pincode_link = form.modeSwitchButton.text()
    click(form.modeSwitchButton)
    assert form.modeStack.currentWidget() is form.otpMode
    assert form.modeSwitchButton.text() != pincode_link
    assert not valid(page)
    type_into(form.otpEdit, "TRAIN-739154")
    with qtbot.waitSignal(page.sig_next_requested, timeout=10_000):
        QTest.keyClick(form.otpEdit, Qt.Key.Key_Return)
    assert page.draft.login.method == "otp"
    assert page.draft.login.connector_uuid == golf7["uuid"]
    assert form.otpEdit.text() == ""


# --- remembered connectors, the keyring, training connectors, the server ---------------------------------


def test_a_remembered_connector_fills_the_uuid_and_its_stored_pincode(
    qtbot: QtBot,
    run: Callable[..., Any],
    make_page: Callable[..., LoginPage],
    storing_context: PageContext,
    secrets: SecretStore,
) -> None:
    # Log in once through the page with "remember" ticked.
    page = make_page(storing_context)
    form = page.form
    assert shown(form.rememberCheck)
    assert not shown(form.rememberedCard), "nothing remembered yet"
    type_into(form.uuidEdit, GOLF_UUID)
    type_into(form.pincodeEdit, "4711")
    form.rememberCheck.setChecked(True)
    with qtbot.waitSignal(page.sig_next_requested, timeout=10_000):
        click(form.loginButton)
    assert secrets.pincode(GOLF_UUID) == "4711"
    storing_context.workbench.session.logout()

    # Next time (a fresh page), the connector is offered with its pincode, which stays masked.
    second = make_page(storing_context)
    form = second.form
    assert shown(form.rememberedCard)
    [row] = form.rememberedList.findChildren(QWidget, "connectorRow")
    detail = row.findChild(QLabel, "connectorDetail")
    assert detail is not None
    assert detail.text().startswith("03991f3a… · last used today at ")
    assert detail.text().endswith("pincode stored")
    qtbot.waitUntil(lambda: form.pincodeEdit.text() == "4711", timeout=5_000)
    assert form.uuidEdit.text() == GOLF_UUID
    assert form.rememberCheck.isChecked()
    assert form.pincodeEdit.echoMode() == QLineEdit.EchoMode.Password
    assert not form.showPincodeButton.isEnabled(), "a stored pincode is never revealed"
    # Typing replaces it rather than extending it, and the eye works again for what is typed.
    type_into(form.pincodeEdit, "1")
    assert form.pincodeEdit.text() == "1"
    assert form.showPincodeButton.isEnabled()

    # Clicking the row fills it all in again.
    form.uuidEdit.clear()
    form.pincodeEdit.clear()
    assert "Volkswagen Golf" in row.findChild(QWidget, "connectorTitle").text()  # type: ignore[union-attr]
    click(row.findChild(QPushButton, "useConnectorButton"))  # type: ignore[arg-type]
    assert form.uuidEdit.text() == GOLF_UUID
    qtbot.waitUntil(lambda: form.pincodeEdit.text() == "4711", timeout=5_000)
    with qtbot.waitSignal(second.sig_next_requested, timeout=10_000):
        click(form.loginButton)


def test_forget_removes_a_remembered_connector(
    qtbot: QtBot,
    run: Callable[..., Any],
    make_page: Callable[..., LoginPage],
    storing_context: PageContext,
    secrets: SecretStore,
) -> None:
    session = storing_context.workbench.session
    run(session.login_pincode(GOLF_UUID, "4711", remember=True))
    session.logout()
    page = make_page(storing_context)
    assert page.form.uuidEdit.text() == GOLF_UUID
    assert page.form.rememberCheck.isChecked()
    [row] = page.form.rememberedList.findChildren(QWidget, "connectorRow")
    click(row.findChild(QPushButton, "forgetConnectorButton"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not shown(page.form.rememberedCard), timeout=5_000)
    assert not page.form.rememberCheck.isChecked(), "the next login must not remember it again"
    assert session.remembered() == []
    assert secrets.pincode(GOLF_UUID) is None
    assert "no longer remembered" in page.banner.text


def test_typing_a_remembered_uuid_keeps_it_remembered(
    qtbot: QtBot,
    run: Callable[..., Any],
    make_page: Callable[..., LoginPage],
    storing_context: PageContext,
) -> None:
    session = storing_context.workbench.session
    run(session.login_pincode(GOLF_UUID, "4711", remember=True))
    session.logout()
    page = make_page(storing_context)
    form = page.form
    qtbot.waitUntil(lambda: form.pincodeEdit.text() == "4711", timeout=5_000)
    form.uuidEdit.clear()
    form.rememberCheck.setChecked(False)
    # Typing another UUID drops the stored pincode of the one shown before.
    type_into(form.uuidEdit, "0")
    assert form.pincodeEdit.text() == ""
    form.uuidEdit.clear()
    type_into(form.uuidEdit, GOLF_UUID)
    assert form.rememberCheck.isChecked(), "unticked, the login would forget it"
    qtbot.waitUntil(lambda: form.pincodeEdit.text() == "4711", timeout=5_000)


def test_without_a_secure_keyring_a_hint_says_the_pincode_is_not_kept(
    qtbot: QtBot, make_page: Callable[..., LoginPage], storing_context: PageContext
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        page = make_page(storing_context)
        hint = page.form.keyringHintLabel
        qtbot.waitUntil(lambda: shown(hint), timeout=5_000)
        assert hint.text() == (
            "No secure password store on this computer: "
            "Workbay will remember the connector but not its pincode."
        )
        assert shown(page.form.rememberCheck), "the connector itself can still be remembered"
    finally:
        keyring.set_keyring(previous)


def test_a_page_that_is_never_painted_still_asks_the_keyring(
    qtbot: QtBot, qloop: Any, storing_context: PageContext
) -> None:
    # Not shown at all (as behind another window): no paint ever comes, the hint must still be decided.
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        page = LoginPage(storing_context)
        qtbot.addWidget(page)
        page.enter(WizardDraft())
        assert not page.form.keyringHintLabel.text()
        qtbot.waitUntil(lambda: bool(page.form.keyringHintLabel.text()), timeout=6_000)
        assert page.form.keyringHintLabel.text().startswith("No secure password store on this computer")
    finally:
        keyring.set_keyring(previous)


def test_remembering_is_not_offered_when_the_settings_say_no(
    make_page: Callable[..., LoginPage], storing_context: PageContext
) -> None:
    context = PageContext(workbench=storing_context.workbench, remember_connectors=False)
    page = make_page(context)
    assert not shown(page.form.rememberCheck)
    assert not shown(page.form.rememberedCard)


def test_the_training_connectors_fill_both_fields(
    make_page: Callable[..., LoginPage], context: PageContext, sandbox: SandboxThread
) -> None:
    page = make_page(context)
    # Before the server runs the card holds the column's place and says what will come.
    assert shown(page.form.trainingCard)
    assert page.form.trainingList.findChildren(QWidget, "connectorRow") == []
    assert "appear here" in page.form.trainingHintLabel.text()
    samples = [SampleConnector(c["uuid"], c["pincode"], c["label"]) for c in sandbox.admin.connectors()]
    page.set_training_connectors(samples)
    assert shown(page.form.trainingCard)
    assert "to practise with" in page.form.trainingHintLabel.text()
    rows = page.form.trainingList.findChildren(QWidget, "connectorRow")
    assert len(rows) == len(samples)
    # The whole row is a touch target, not only its button.
    first = rows[0]
    title = first.findChild(QLabel, "connectorTitle")
    assert title is not None
    click_widget(title)
    assert page.form.uuidEdit.text() == samples[0].uuid
    assert page.form.pincodeEdit.text() == samples[0].pincode
    offline = next(s for s in samples if s.label.startswith("Offline"))
    row = next(r for r in rows if r.findChild(QWidget, "connectorTitle").text() == offline.label)  # type: ignore[union-attr]
    click(row.findChild(QPushButton, "useConnectorButton"))  # type: ignore[arg-type]
    assert page.form.uuidEdit.text() == offline.uuid
    assert page.form.pincodeEdit.text() == offline.pincode
    assert valid(page)


def test_training_connectors_are_not_offered_against_a_real_server(
    make_page: Callable[..., LoginPage], workbench: Workbench
) -> None:
    page = make_page(PageContext(workbench=workbench, sandbox=False))
    page.set_training_connectors([SampleConnector(GOLF_UUID, "4711", "VW Golf VIII")])
    assert not shown(page.form.trainingCard)


def test_no_login_while_the_server_is_not_ready(
    run: Callable[..., Any], make_page: Callable[..., LoginPage], context: PageContext, sandbox: SandboxThread
) -> None:
    page = make_page(context)
    page.set_server_ready(False, "Starting the training server…")
    type_into(page.form.uuidEdit, GOLF_UUID)
    type_into(page.form.pincodeEdit, "4711")
    assert not page.form.loginButton.isEnabled()
    assert shown(page.form.serverHintLabel)
    assert page.form.serverHintLabel.text() == "Starting the training server…"
    assert not valid(page)
    QTest.keyClick(page.form.pincodeEdit, Qt.Key.Key_Return)
    assert run(page.before_next()) is False
    assert logins(sandbox) == []
    page.set_server_ready(True)
    assert page.form.loginButton.isEnabled()
    assert not shown(page.form.serverHintLabel)
    assert valid(page)


def test_enter_restores_the_connector_of_the_draft_but_never_a_pincode(
    make_page: Callable[..., LoginPage], context: PageContext
) -> None:
    draft = WizardDraft(login=LoginState(connector_uuid=GOLF_UUID, connector_id=910000101))
    page = make_page(context, draft)
    assert page.form.uuidEdit.text() == GOLF_UUID
    assert page.form.pincodeEdit.text() == ""
    assert focused(page.form.pincodeEdit)
    # A draft restored after a restart has no live session: the page is not done until a login.
    assert not valid(page)


def test_every_text_is_set_and_retranslate_keeps_it(
    make_page: Callable[..., LoginPage], context: PageContext
) -> None:
    page = make_page(context)
    form = page.form
    labels = [form.headingLabel, form.introLabel, form.uuidLabel, form.pincodeLabel, form.otpLabel]
    buttons = [form.loginButton, form.modeSwitchButton, form.pinpadToggleButton, form.showPincodeButton]
    before = [widget.text() for widget in labels + buttons]
    assert all(before)
    assert form.loginButton.property("primary") is True
    page.retranslate()
    assert [widget.text() for widget in labels + buttons] == before
    assert page.title() == "Log in"


def test_the_columns_stack_on_a_narrow_screen(
    qtbot: QtBot, make_page: Callable[..., LoginPage], context: PageContext
) -> None:
    page = make_page(context)
    form = page.form
    page.resize(1024, 620)
    qtbot.waitUntil(lambda: form.sideColumn.x() > form.loginColumn.x(), timeout=2_000)
    page.resize(700, 620)
    qtbot.waitUntil(lambda: form.sideColumn.y() > form.loginColumn.y(), timeout=2_000)
    assert form.loginColumn.width() <= 700


def test_the_uuid_field_fits_a_whole_uuid(make_page: Callable[..., LoginPage], context: PageContext) -> None:
    page = make_page(context)
    field = page.form.uuidEdit
    assert field.width() >= field.fontMetrics().horizontalAdvance(GOLF_UUID)
