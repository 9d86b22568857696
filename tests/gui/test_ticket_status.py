"""The live ticket's status panel and the operator's call to the car, as the technician reads them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.domain.ticket_state import TicketState
from app.gui.widgets.ticket_status import (
    AttentionBanner,
    TicketStatusPanel,
    moment_text,
    state_text,
    until_text,
    voltage_text,
)
from app.services.live import ConnectionStatus, ConnectorStatus, LinkMode, LinkStatus, TicketStatus


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time in the local zone (its own UTC offset, whatever daylight saving does between)."""
    return datetime(year, month, day, hour, minute).astimezone()


#: A fixed "now" in the local zone, mid-morning so that "+ a few hours" stays on the same day.
NOW = local(2026, 3, 12, 10)
CONNECTION = "6f1c2b1e-0d7e-4a44-9b36-1d2f5a8e9c01"


@pytest.fixture
def german() -> Iterator[None]:
    """The interface in German notation (decimal comma, 24-hour clock), put back afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def panel(qtbot: QtBot) -> TicketStatusPanel:
    widget = TicketStatusPanel(clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(460, 600)
    widget.show()
    return widget


def ticket(state: int, **changes: object) -> TicketStatus:
    return TicketStatus(ticket_id=41, state=state, **changes)  # type: ignore[arg-type]


def test_state_text_names_every_known_state_and_numbers_an_unknown_one() -> None:
    assert state_text(TicketState.PENDING) == "Waiting for an operator"
    assert state_text(TicketState.IN_PROGRESS) == "An operator is working on it"
    assert state_text(TicketState.CLOSED) == "Finished"
    assert state_text(TicketState.CANCELLED) == "Cancelled"
    assert state_text(42) == "State 42"


@pytest.mark.parametrize(
    ("state", "badge", "tone", "words"),
    [
        (TicketState.PENDING, "Waiting for an operator", "waiting", "queue"),
        (TicketState.IN_PROGRESS, "An operator is working on it", "active", "working on the car"),
        (TicketState.OUTSOURCED, "With a specialist", "active", "unattended service"),
        (TicketState.CLOSED, "Finished", "done", "unplug the connector"),
        (TicketState.CANCELLED, "Cancelled", "cancelled", "cancelled"),
        (42, "State 42", "neutral", "does not know"),
    ],
)
def test_the_badge_and_sentence_follow_the_state(
    panel: TicketStatusPanel, state: int, badge: str, tone: str, words: str
) -> None:
    panel.set_ticket(ticket(state))
    assert panel.state_badge.text() == badge
    assert panel.state_badge.property("tone") == tone
    assert words in panel.state_sentence.text()
    assert panel.state_badge.isVisible()


def test_before_the_first_read_the_panel_says_it_is_reading(panel: TicketStatusPanel) -> None:
    assert panel.state_badge.text() == "Reading the ticket…"
    assert panel.schedule_box.isHidden()
    assert panel.online_label.text() == "Connector state not known yet"
    assert panel.link_mark.isHidden()


def test_a_cancelled_ticket_gives_its_reason(panel: TicketStatusPanel) -> None:
    panel.set_ticket(ticket(TicketState.CANCELLED, cancelled_reason="The car left the workshop"))
    assert panel.state_sentence.text() == "The ticket was cancelled. Reason: The car left the workshop"


@pytest.mark.usefixtures("german")
def test_a_schedule_shows_the_service_centers_message_and_until_when(panel: TicketStatusPanel) -> None:
    until = NOW.replace(hour=14, minute=30)
    panel.set_ticket(
        ticket(TicketState.PENDING, schedule_message="Back after the lunch break", schedule_until=until)
    )
    assert panel.schedule_box.isVisible()
    assert panel.schedule_message.text() == "Back after the lunch break"
    assert panel.schedule_until.text() == "until 14:30"

    panel.set_ticket(ticket(TicketState.PENDING, schedule_until=local(2026, 3, 13, 8)))
    assert panel.schedule_until.text() == "until tomorrow, 08:00"
    # No message from the service center: the panel says what the wait means in its own words.
    assert "not taking new work" in panel.schedule_message.text()

    panel.set_ticket(ticket(TicketState.PENDING, schedule_until=local(2026, 3, 15, 8)))
    assert panel.schedule_until.text() == "until 15.03.26, 08:00"

    panel.set_ticket(ticket(TicketState.PENDING, schedule_message="Closed for inventory"))
    assert panel.schedule_message.text() == "Closed for inventory"
    assert panel.schedule_until.isHidden()


def test_no_schedule_or_a_finished_ticket_hides_the_schedule(panel: TicketStatusPanel) -> None:
    panel.set_ticket(ticket(TicketState.PENDING, schedule_message="Back at two", schedule_until=NOW))
    assert panel.schedule_box.isVisible()
    panel.set_ticket(ticket(TicketState.IN_PROGRESS))
    assert panel.schedule_box.isHidden()
    panel.set_ticket(ticket(TicketState.CLOSED, schedule_message="Back at two", schedule_until=NOW))
    assert panel.schedule_box.isHidden()


@pytest.mark.usefixtures("german")
def test_times_and_voltages_follow_the_interface_language() -> None:
    assert voltage_text(Decimal("12.64")) == "12,6 V"
    assert until_text(NOW.replace(hour=9, minute=5), NOW) == "until 09:05"
    assert moment_text(NOW.replace(hour=9, minute=5), NOW) == "Today, 09:05"
    assert moment_text(local(2026, 3, 11, 10), NOW) == "Yesterday, 10:00"
    assert moment_text(local(2026, 3, 7, 10), NOW) == "07.03.26, 10:00"


def test_voltage_in_english_notation() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert voltage_text(Decimal("12.6")) == "12.6 V"
        assert voltage_text(Decimal(9)) == "9.0 V"
    finally:
        QLocale.setDefault(before)


@pytest.mark.usefixtures("german")
def test_the_connector_shows_online_voltage_and_vin(panel: TicketStatusPanel) -> None:
    panel.set_connector(
        ConnectorStatus(connector_id=7, online=True, voltage=Decimal("12.64"), vin="WVWZZZCDZMW123456")
    )
    assert panel.online_label.text() == "Online"
    assert panel.online_label.property("state") == "online"
    assert panel.voltage_label.text() == "12,6 V"
    assert panel.voltage_label.property("level") == "ok"
    assert panel.vin_label.text() == "WVWZZZCDZMW123456"
    assert panel.connector_warning.isHidden()


@pytest.mark.usefixtures("german")
def test_a_low_battery_warns_in_colour_and_in_words(panel: TicketStatusPanel) -> None:
    panel.set_connector(ConnectorStatus(connector_id=7, online=True, voltage=Decimal("11.7")))
    assert panel.voltage_label.text() == "11,7 V"
    assert panel.voltage_label.property("level") == "low"
    assert panel.connector_warning.isVisible()
    assert "battery is low (below 11,8 V)" in panel.connector_warning.text()
    # 11.79 shows as 11,8 V: no warning "below 11,8 V" beside it.
    panel.set_connector(ConnectorStatus(connector_id=7, online=True, voltage=Decimal("11.79")))
    assert panel.voltage_label.text() == "11,8 V"
    assert panel.voltage_label.property("level") == "ok"
    assert panel.connector_warning.isHidden()


def test_an_offline_connector_says_what_to_check(panel: TicketStatusPanel) -> None:
    panel.set_connector(ConnectorStatus(connector_id=7, online=False))
    assert panel.online_label.text() == "Offline"
    assert panel.online_label.property("state") == "offline"
    assert "OBD port" in panel.connector_warning.text()
    assert panel.voltage_label.text() == "Battery voltage not measured yet"
    assert panel.vin_label.text() == "not read yet"


def test_the_reconnecting_mark_shows_only_while_the_link_is_not_live(panel: TicketStatusPanel) -> None:
    panel.set_link(LinkStatus(mode=LinkMode.LIVE))
    assert panel.link_mark.isHidden()
    panel.set_link(LinkStatus(mode=LinkMode.RECONNECTING, attempt=2, polling=True))
    assert panel.link_mark.isVisible()
    assert panel.link_label.text() == "Reconnecting…"
    assert panel.link_mark.toolTip() == "Live updates paused; checking every few seconds"
    panel.set_link(LinkStatus(mode=LinkMode.CONNECTING))
    assert panel.link_label.text() == "Connecting…"
    panel.set_link(LinkStatus(mode=LinkMode.LIVE))
    assert panel.link_mark.isHidden()


def test_connection_details_open_on_a_click_and_say_what_the_support_desk_asks(
    panel: TicketStatusPanel,
) -> None:
    panel.set_ticket(ticket(TicketState.IN_PROGRESS, connection_uuid=CONNECTION, script_running=True))
    panel.set_connection(
        ConnectionStatus(connection_uuid=CONNECTION, script_ui_available=True, autonomous=False)
    )
    panel.set_link(LinkStatus(mode=LinkMode.RECONNECTING, attempt=3, polling=True, reason="socket closed"))
    assert panel.details_box.isHidden()
    assert panel.details_toggle.text() == "Connection details"

    QTest.mouseClick(panel.details_toggle, Qt.MouseButton.LeftButton)
    assert panel.details_box.isVisible()
    values = {key: label.text() for key, label in panel.detail_values.items()}
    assert values["connection"] == CONNECTION
    assert values["script_ui"] == "Yes"
    assert values["autonomous"] == "No"
    assert values["script_running"] == "Yes"
    assert values["link"] == "Reconnecting, checking every few seconds"
    assert values["attempt"] == "3"
    assert values["reason"] == "socket closed"

    panel.set_link(LinkStatus(mode=LinkMode.LIVE))
    assert panel.detail_values["link"].text() == "Live"
    assert panel.detail_values["attempt"].text() == "—"
    assert panel.detail_values["reason"].isHidden()

    QTest.mouseClick(panel.details_toggle, Qt.MouseButton.LeftButton)
    assert panel.details_box.isHidden()


def test_before_the_connection_is_known_the_details_say_so(panel: TicketStatusPanel) -> None:
    panel.set_ticket(ticket(TicketState.PENDING))
    assert panel.detail_values["connection"].text() == "none yet"
    assert panel.detail_values["script_ui"].text() == "not known"
    assert panel.detail_values["link"].text() == "Not started"


class _Shouting(QTranslator):
    """A stand-in translation: every text of the panel in capitals."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source.upper() if context in {"TicketStatusPanel", "AttentionBanner", "TicketState"} else ""

    def isEmpty(self) -> bool:
        # An empty translator is installed without telling the widgets the language changed.
        return False


def test_a_language_change_says_everything_again_with_what_the_panel_knows(
    qtbot: QtBot, panel: TicketStatusPanel
) -> None:
    banner = AttentionBanner()
    qtbot.addWidget(banner)
    panel.set_ticket(ticket(TicketState.PENDING))
    panel.set_link(LinkStatus(mode=LinkMode.RECONNECTING))
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.state_badge.text() == "WAITING FOR AN OPERATOR")
        assert panel.state_sentence.text().startswith("YOUR ORDER IS IN THE QUEUE")
        assert panel.link_label.text() == "RECONNECTING…"
        assert panel.details_toggle.text() == "CONNECTION DETAILS"
        assert banner.dismiss_button.text() == "DISMISS"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.state_badge.text() == "Waiting for an operator")


# --- the operator's call to the car -----------------------------------------------------------------------


@pytest.fixture
def banner(qtbot: QtBot) -> AttentionBanner:
    widget = AttentionBanner()
    qtbot.addWidget(widget)
    widget.resize(700, 120)
    return widget


def test_the_call_shows_loud_and_dismiss_hides_it(qtbot: QtBot, banner: AttentionBanner) -> None:
    assert banner.isHidden()
    banner.show_attention()
    assert not banner.isHidden()
    assert banner.title_label.text() == "The operator needs you at the car."
    with qtbot.waitSignal(banner.sig_dismissed, timeout=1000):
        QTest.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()


def test_clear_hides_without_saying_dismissed(qtbot: QtBot, banner: AttentionBanner) -> None:
    dismissed: list[bool] = []
    banner.sig_dismissed.connect(lambda: dismissed.append(True))
    banner.show_attention()
    banner.clear()
    assert banner.isHidden()
    assert dismissed == []


def test_a_dismissed_call_comes_back_only_with_a_new_call(banner: AttentionBanner) -> None:
    banner.set_call_for_attention(True)
    assert not banner.isHidden()
    QTest.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()
    # The connector keeps reporting the same call: it stays dismissed.
    banner.set_call_for_attention(True)
    banner.set_call_for_attention(True)
    assert banner.isHidden()
    # The call ends, and a new one comes.
    banner.set_call_for_attention(False)
    assert banner.isHidden()
    banner.set_call_for_attention(True)
    assert not banner.isHidden()
    # A call that ends by itself takes the banner away.
    banner.set_call_for_attention(False)
    assert banner.isHidden()
