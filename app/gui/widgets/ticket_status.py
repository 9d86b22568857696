"""The followed ticket's state at a glance, and the operator's call to the car.

:class:`TicketStatusPanel` shows what the follower last said about the ticket (a coloured badge and a
sentence saying what happens now, the service center's schedule while the ticket waits), about the
connector in the car (online, battery voltage, the VIN it reads) and, folded away for the support desk,
about the operator's remote connection and the live link. While the live link is down a small mark says
so; nothing shows while it is live.

:class:`AttentionBanner` is the operator's "come to the car" call: loud, with a Dismiss button.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.ticket_state import TicketState, ticket_state
from app.gui.theme import colour, pixmap, repolish
from app.gui.widgets.flow import FlowLayout
from app.services.live import ConnectionStatus, ConnectorStatus, LinkMode, LinkStatus, TicketStatus

__all__ = [
    "LOW_VOLTAGE",
    "AttentionBanner",
    "FlowLayout",
    "TicketStatusPanel",
    "moment_text",
    "state_text",
    "state_tone",
    "until_text",
    "voltage_text",
]

#: Below this battery voltage control units may drop out during the diagnosis: the panel warns.
LOW_VOLTAGE: Final = Decimal("11.8")

#: The badge's colour family per state (the QSS styles ``QLabel#ticketStateBadge[tone="..."]``).
_TONES: Final = {
    TicketState.PREPARED: "neutral",
    TicketState.PENDING: "waiting",
    TicketState.IN_PROGRESS: "active",
    TicketState.OUTSOURCED: "active",
    TicketState.CLOSED: "done",
    TicketState.CANCELLED: "cancelled",
}
_ICON_PX: Final = 20


def state_tone(state: int) -> str:
    """The colour family of a state's badge: neutral, waiting, active, done or cancelled."""
    known = ticket_state(int(state))
    return _TONES.get(known, "neutral") if isinstance(known, TicketState) else "neutral"


def state_text(state: int) -> str:
    """The ticket state in the technician's words ("State 42" for a number this program does not know)."""
    known = ticket_state(int(state))
    texts = {
        TicketState.PREPARED: QCoreApplication.translate("TicketState", "Prepared, not yet ordered"),
        TicketState.PENDING: QCoreApplication.translate("TicketState", "Waiting for an operator"),
        TicketState.IN_PROGRESS: QCoreApplication.translate("TicketState", "An operator is working on it"),
        TicketState.OUTSOURCED: QCoreApplication.translate("TicketState", "With a specialist"),
        TicketState.CLOSED: QCoreApplication.translate("TicketState", "Finished"),
        TicketState.CANCELLED: QCoreApplication.translate("TicketState", "Cancelled"),
    }
    if isinstance(known, TicketState):
        return texts[known]
    return QCoreApplication.translate("TicketState", "State %1").replace("%1", str(state))


def _clock(local: datetime, locale: QLocale) -> str:
    return locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def _date(local: datetime, locale: QLocale) -> str:
    day = QDate(local.year, local.month, local.day)
    if locale.language() == QLocale.Language.C:
        # The C locale's short date ("3 03 2026") reads as a typo; ISO reads everywhere.
        return day.toString("yyyy-MM-dd")
    return locale.toString(day, QLocale.FormatType.ShortFormat)


def until_text(until: datetime, now: datetime) -> str:
    """ "until 14:30" in local time; "until tomorrow, 08:00" or "until 12/03/2026, 08:00" on another day."""
    locale = QLocale()
    local = until.astimezone()
    today = now.astimezone(local.tzinfo).date()
    time = _clock(local, locale)
    if local.date() == today:
        return QCoreApplication.translate("TicketStatusPanel", "until %1").replace("%1", time)
    if local.date() == today + timedelta(days=1):
        return QCoreApplication.translate("TicketStatusPanel", "until tomorrow, %1").replace("%1", time)
    return (
        QCoreApplication.translate("TicketStatusPanel", "until %1, %2")
        .replace("%1", _date(local, locale))
        .replace("%2", time)
    )


def moment_text(moment: datetime, now: datetime) -> str:
    """When something happened, in local time: "Today, 14:30", "Yesterday, 09:05" or "12/03/2026, 14:30"."""
    locale = QLocale()
    local = moment.astimezone()
    today = now.astimezone(local.tzinfo).date()
    time = _clock(local, locale)
    if local.date() == today:
        return QCoreApplication.translate("TicketStatusPanel", "Today, %1").replace("%1", time)
    if local.date() == today - timedelta(days=1):
        return QCoreApplication.translate("TicketStatusPanel", "Yesterday, %1").replace("%1", time)
    return (
        QCoreApplication.translate("TicketStatusPanel", "%1, %2")
        .replace("%1", _date(local, locale))
        .replace("%2", time)
    )


def _rounded(voltage: Decimal) -> Decimal:
    return voltage.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def voltage_text(voltage: Decimal) -> str:
    """A voltage with one decimal in the interface language's notation: "12.6 V", "12,6 V"."""
    number = str(_rounded(voltage)).replace(".", QLocale().decimalPoint())
    return QCoreApplication.translate("TicketStatusPanel", "%1 V").replace("%1", number)


def _now() -> datetime:
    return datetime.now().astimezone()


def chevron(*, down: bool, ink: QColor, size: int = 16) -> QIcon:
    """A small open chevron pointing right (folded) or down (open), for "show more" toggles."""
    result = QIcon()
    for scale in (1, 2):
        image = QPixmap(QSize(size * scale, size * scale))
        image.setDevicePixelRatio(scale)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(ink, 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        third, half = size / 3, size / 2
        path = QPainterPath()
        if down:
            path.moveTo(QPointF(half - third, half - third / 2))
            path.lineTo(QPointF(half, half + third / 2))
            path.lineTo(QPointF(half + third, half - third / 2))
        else:
            path.moveTo(QPointF(half - third / 2, half - third))
            path.lineTo(QPointF(half + third / 2, half))
            path.lineTo(QPointF(half - third / 2, half + third))
        painter.drawPath(path)
        painter.end()
        result.addPixmap(image)
    return result


class TicketStatusPanel(QWidget):
    """The ticket's state, the connector in the car, and (folded) the connection's details.

    Each ``set_*`` call replaces what the panel knew about that part; the panel keeps the last of each
    so :meth:`retranslate` can say it all again in another language.
    """

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = _now) -> None:
        super().__init__(parent)
        self.setObjectName("ticketStatusPanel")
        self._clock = clock
        self._ticket: TicketStatus | None = None
        self._connector: ConnectorStatus | None = None
        self._connection: ConnectionStatus | None = None
        self._link: LinkStatus | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self._build_state(layout)
        self._build_schedule(layout)
        layout.addSpacing(6)
        self._build_connector(layout)
        layout.addSpacing(2)
        self._build_details(layout)
        layout.addStretch(1)
        self.retranslate()

    # --- building ---------------------------------------------------------------------------------------

    def _build_state(self, layout: QVBoxLayout) -> None:
        """The state's badge, the link mark at the far side, and the sentence below."""
        self.state_badge = QLabel(self)
        self.state_badge.setObjectName("ticketStateBadge")
        self.state_badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.link_mark = QFrame(self)
        self.link_mark.setObjectName("linkMark")
        self._link_icon = QLabel(self.link_mark)
        self.link_label = QLabel(self.link_mark)
        self.link_label.setObjectName("linkLabel")
        mark_layout = QHBoxLayout(self.link_mark)
        mark_layout.setContentsMargins(8, 2, 10, 2)
        mark_layout.setSpacing(6)
        mark_layout.addWidget(self._link_icon)
        mark_layout.addWidget(self.link_label)
        # A flow: in a narrow column the mark goes under the badge instead of widening the panel.
        top = QWidget(self)
        row = FlowLayout(top, spacing=10)
        row.addWidget(self.state_badge)
        row.addWidget(self.link_mark)
        self.state_sentence = QLabel(self)
        self.state_sentence.setObjectName("stateSentence")
        self.state_sentence.setWordWrap(True)
        self.state_sentence.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(top)
        layout.addWidget(self.state_sentence)

    def _build_schedule(self, layout: QVBoxLayout) -> None:
        """The service center's schedule while the ticket waits."""
        self.schedule_box = QFrame(self)
        self.schedule_box.setObjectName("scheduleBox")
        schedule_icon = QLabel(self.schedule_box)
        schedule_icon.setPixmap(pixmap("clock", _ICON_PX))
        schedule_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.schedule_message = QLabel(self.schedule_box)
        self.schedule_message.setWordWrap(True)
        self.schedule_message.setTextFormat(Qt.TextFormat.PlainText)
        self.schedule_until = QLabel(self.schedule_box)
        self.schedule_until.setObjectName("scheduleUntil")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.schedule_message)
        texts.addWidget(self.schedule_until)
        box = QHBoxLayout(self.schedule_box)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(10)
        box.addWidget(schedule_icon)
        box.addLayout(texts, 1)
        layout.addWidget(self.schedule_box)

    def _build_connector(self, layout: QVBoxLayout) -> None:
        """The connector in the car: online, voltage, VIN, and a warning when something is wrong."""
        self.connector_title = QLabel(self)
        self.connector_title.setProperty("role", "sectionTitle")
        self.online_label = QLabel(self)
        self.online_label.setObjectName("connectorOnline")
        self.voltage_label = QLabel(self)
        self.voltage_label.setObjectName("connectorVoltage")
        self.vin_label = QLabel(self)
        self.vin_label.setObjectName("connectorVin")
        self.vin_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._vin_caption = QLabel(self)
        self._vin_caption.setProperty("role", "hint")
        rows = QFormLayout()
        rows.setHorizontalSpacing(10)
        rows.setVerticalSpacing(6)
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._plug_icon = self._icon_label("plug")
        self._battery_icon = self._icon_label("battery")
        rows.addRow(self._plug_icon, self.online_label)
        rows.addRow(self._battery_icon, self.voltage_label)
        vin_row = QHBoxLayout()
        vin_row.setSpacing(8)
        vin_row.addWidget(self._vin_caption)
        vin_row.addWidget(self.vin_label, 1)
        rows.addRow(self._icon_label("car"), vin_row)
        self.connector_warning = QLabel(self)
        self.connector_warning.setObjectName("connectorWarning")
        self.connector_warning.setWordWrap(True)
        self.connector_warning.setProperty("role", "warning")
        layout.addWidget(self.connector_title)
        layout.addLayout(rows)
        layout.addWidget(self.connector_warning)

    def _build_details(self, layout: QVBoxLayout) -> None:
        """The connection's details, folded: the support desk asks for them, the technician seldom does."""
        self.details_toggle = QToolButton(self)
        self.details_toggle.setObjectName("detailsToggle")
        self.details_toggle.setCheckable(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setIconSize(QSize(16, 16))
        self.details_toggle.setIcon(chevron(down=False, ink=colour("accent_ink")))
        self.details_toggle.toggled.connect(self._on_details_toggle_toggled)
        self.details_box = QFrame(self)
        self.details_box.setObjectName("connectionDetails")
        self._details = QFormLayout(self.details_box)
        self._details.setContentsMargins(12, 10, 12, 10)
        self._details.setHorizontalSpacing(16)
        self._details.setVerticalSpacing(6)
        # A narrow column puts a long value (the connection's UUID) under its caption instead of widening.
        self._details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._detail_captions: dict[str, QLabel] = {}
        self.detail_values: dict[str, QLabel] = {}
        for key in ("connection", "script_ui", "autonomous", "script_running", "link", "attempt", "reason"):
            caption = QLabel(self.details_box)
            caption.setProperty("role", "hint")
            value = QLabel(self.details_box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self._details.addRow(caption, value)
            self._detail_captions[key] = caption
            self.detail_values[key] = value
        self.detail_values["connection"].setObjectName("connectionUuid")
        self.details_box.hide()
        layout.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details_box)

    # --- the page's calls --------------------------------------------------------------------------------

    def set_ticket(self, status: TicketStatus) -> None:
        """Show the ticket's state, its schedule and (in the details) its connection."""
        self._ticket = status
        self._show_ticket()
        self._show_details()

    def set_connector(self, status: ConnectorStatus) -> None:
        """Show the connector: online or not, its voltage and the VIN it reads."""
        self._connector = status
        self._show_connector()

    def set_connection(self, status: ConnectionStatus) -> None:
        """Show the operator's remote connection in the details."""
        self._connection = status
        self._show_details()

    def set_link(self, status: LinkStatus) -> None:
        """Show the "reconnecting" mark while the live link is not up; nothing while it is."""
        self._link = status
        self._show_link()
        self._show_details()

    @property
    def ticket(self) -> TicketStatus | None:
        """What the panel shows about the ticket."""
        return self._ticket

    def retranslate(self) -> None:
        """Say everything again in the current language."""
        self.connector_title.setText(self.tr("Connector in the car"))
        self._vin_caption.setText(self.tr("VIN"))
        self.details_toggle.setText(self.tr("Connection details"))
        self.details_toggle.setToolTip(self.tr("What the support desk may ask you for"))
        captions = {
            "connection": self.tr("Connection"),
            "script_ui": self.tr("Script UI available"),
            "autonomous": self.tr("Autonomous"),
            "script_running": self.tr("Script running"),
            "link": self.tr("Live updates"),
            "attempt": self.tr("Reconnect attempt"),
            "reason": self.tr("Last problem"),
        }
        for key, caption in captions.items():
            self._detail_captions[key].setText(caption)
        self._show_ticket()
        self._show_connector()
        self._show_link()
        self._show_details()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-set the texts when the language changes, the drawn icons when the theme does."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            # A new brand colour: the chevron is drawn in the accent's ink.
            self._on_details_toggle_toggled(self.details_toggle.isChecked())
        super().changeEvent(event)

    # --- internals --------------------------------------------------------------------------------------

    def _icon_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setPixmap(pixmap(name, _ICON_PX))
        label.setFixedSize(QSize(_ICON_PX + 4, _ICON_PX + 4))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _show_ticket(self) -> None:
        status = self._ticket
        badge = self.state_badge
        if status is None:
            badge.setText(self.tr("Reading the ticket…"))
            badge.setProperty("tone", "neutral")
            self.state_sentence.setText(self.tr("The ticket's state shows here as soon as it is read."))
            self.schedule_box.hide()
            repolish(badge)
            return
        known = ticket_state(int(status.state))
        badge.setText(state_text(status.state))
        badge.setProperty("tone", state_tone(status.state))
        badge.setAccessibleName(self.tr("Ticket state: %1").replace("%1", badge.text()))
        self.state_sentence.setText(self._sentence(status))
        repolish(badge)
        self._show_schedule(status, known)

    def _sentence(self, status: TicketStatus) -> str:
        known = ticket_state(int(status.state))
        if known == TicketState.PREPARED:
            return self.tr("The ticket is prepared but not ordered yet.")
        if known == TicketState.PENDING:
            return self.tr(
                "Your order is in the queue. An operator picks it up shortly: keep the connector plugged in "
                "and the ignition on."
            )
        if known == TicketState.IN_PROGRESS:
            return self.tr(
                "An operator is working on the car remotely. Keep the connector plugged in and stay near "
                "the car."
            )
        if known == TicketState.OUTSOURCED:
            return self.tr(
                "The work continues as an unattended service. Keep the connector plugged in until the "
                "ticket is finished."
            )
        if known == TicketState.CLOSED:
            return self.tr("The operator has finished. You can unplug the connector.")
        if known == TicketState.CANCELLED:
            reason = (status.cancelled_reason or "").strip()
            if reason:
                return self.tr("The ticket was cancelled. Reason: %1").replace("%1", reason)
            return self.tr("The ticket was cancelled. Nothing more happens on it.")
        return self.tr(
            "The service reports a state this version of Workbay does not know. The operator can tell you "
            "more in the messages."
        )

    def _show_schedule(self, status: TicketStatus, known: TicketState | int) -> None:
        message = (status.schedule_message or "").strip()
        until = status.schedule_until
        final = isinstance(known, TicketState) and known.is_final
        if final or (not message and until is None):
            self.schedule_box.hide()
            return
        self.schedule_message.setText(
            message
            or self.tr("The service center is not taking new work right now. Your ticket keeps its place.")
        )
        if until is not None:
            self.schedule_until.setText(until_text(until, self._clock()))
        self.schedule_until.setVisible(until is not None)
        self.schedule_box.show()

    def _show_connector(self) -> None:
        status = self._connector
        online = status.online if status is not None else None
        if online is None:
            self.online_label.setText(self.tr("Connector state not known yet"))
            self.online_label.setProperty("state", "unknown")
            plug_ink = colour("muted")
        elif online:
            self.online_label.setText(self.tr("Online"))
            self.online_label.setProperty("state", "online")
            plug_ink = colour("success")
        else:
            self.online_label.setText(self.tr("Offline"))
            self.online_label.setProperty("state", "offline")
            plug_ink = colour("danger")
        self._plug_icon.setPixmap(pixmap("plug", _ICON_PX, colour=plug_ink.name()))
        voltage = status.voltage if status is not None else None
        # Judged on the value shown: "11.8 V" next to "below 11.8 V" would contradict itself.
        low = voltage is not None and _rounded(voltage) < LOW_VOLTAGE
        if voltage is None:
            self.voltage_label.setText(self.tr("Battery voltage not measured yet"))
        else:
            self.voltage_label.setText(voltage_text(voltage))
        self.voltage_label.setProperty("level", "low" if low else "ok")
        battery_ink = colour("warning_ink") if low else colour("ink")
        self._battery_icon.setPixmap(pixmap("battery", _ICON_PX, colour=battery_ink.name()))
        self.voltage_label.setToolTip(self.tr("The car's battery voltage, measured by the connector"))
        vin = (status.vin or "").strip() if status is not None else ""
        self.vin_label.setText(vin or self.tr("not read yet"))
        self.vin_label.setProperty("known", bool(vin))
        warnings = []
        if online is False:
            warnings.append(
                self.tr(
                    "The connector is offline. Check that it sits firmly in the OBD port and the ignition "
                    "is on."
                )
            )
        if low and voltage is not None:
            warnings.append(
                self.tr(
                    "The battery is low (below %1). Connect a battery charger: control units can drop out "
                    "during the diagnosis."
                ).replace("%1", voltage_text(LOW_VOLTAGE))
            )
        self.connector_warning.setText("\n".join(warnings))
        self.connector_warning.setVisible(bool(warnings))
        for label in (self.online_label, self.voltage_label, self.vin_label):
            repolish(label)

    def _show_link(self) -> None:
        link = self._link
        if link is None or link.mode == LinkMode.LIVE:
            self.link_mark.hide()
            return
        if link.mode == LinkMode.CONNECTING:
            text = self.tr("Connecting…")
            tip = self.tr("Starting live updates; the ticket is read meanwhile")
        elif link.mode == LinkMode.RECONNECTING:
            text = self.tr("Reconnecting…")
            tip = self.tr("Live updates paused; checking every few seconds")
        else:
            text = self.tr("Live updates off")
            tip = self.tr("Live updates stopped; the ticket is still checked every few seconds")
        self.link_label.setText(text)
        self._link_icon.setPixmap(pixmap("signal", 16, colour=colour("muted").name()))
        self.link_mark.setToolTip(tip)
        self.link_mark.setAccessibleName(text)
        self.link_mark.setAccessibleDescription(tip)
        self.link_mark.show()

    def _show_details(self) -> None:
        values = self.detail_values
        connection = self._connection
        ticket = self._ticket
        uuid = (connection.connection_uuid if connection is not None else None) or (
            ticket.connection_uuid if ticket is not None else None
        )
        values["connection"].setText(uuid or self.tr("none yet"))
        values["script_ui"].setText(self._yes_no(connection.script_ui_available if connection else None))
        values["autonomous"].setText(self._yes_no(connection.autonomous if connection else None))
        values["script_running"].setText(self._yes_no(ticket.script_running if ticket else None))
        link = self._link
        modes = {
            LinkMode.CONNECTING: self.tr("Connecting"),
            LinkMode.LIVE: self.tr("Live"),
            LinkMode.RECONNECTING: self.tr("Reconnecting, checking every few seconds"),
            LinkMode.CLOSED: self.tr("Off, checking every few seconds"),
        }
        values["link"].setText(
            modes.get(link.mode, str(link.mode)) if link is not None else self.tr("Not started")
        )
        attempt = link.attempt if link is not None else 0
        values["attempt"].setText(str(attempt) if attempt else "—")
        reason = (link.reason or "").strip() if link is not None else ""
        values["reason"].setText(reason)
        self._details.setRowVisible(values["reason"], bool(reason))

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return self.tr("not known")
        return self.tr("Yes") if value else self.tr("No")

    def _on_details_toggle_toggled(self, shown: bool) -> None:
        self.details_toggle.setIcon(chevron(down=shown, ink=colour("accent_ink")))
        self.details_box.setVisible(shown)


class AttentionBanner(QFrame):
    """The operator's call for the technician to come to the car: loud, until dismissed.

    The page shows it when the connector's ``call_for_attention`` turns true; :meth:`set_call_for_attention`
    does that bookkeeping: a call already dismissed stays dismissed until the call ends and a new one comes.
    """

    sig_dismissed = Signal()
    """The technician pressed Dismiss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._calling = False
        icon_label = QLabel(self)
        icon_label.setObjectName("attentionIcon")
        icon_label.setPixmap(pixmap("bell", 28, colour="#3d2e00"))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon_label.setFixedSize(QSize(48, 48))
        self.title_label = QLabel(self)
        self.title_label.setObjectName("attentionTitle")
        self.title_label.setWordWrap(True)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("attentionDetail")
        self.detail_label.setWordWrap(True)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("attentionDismiss")
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title_label)
        texts.addWidget(self.detail_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 14, 12)
        layout.setSpacing(14)
        layout.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(texts, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()
        self.hide()

    @property
    def shown(self) -> bool:
        """Whether the call is on screen."""
        return not self.isHidden()

    def show_attention(self) -> None:
        """Show the call."""
        self.show()
        self.raise_()

    def clear(self) -> None:
        """Hide the call (the call ended; no signal)."""
        self.hide()

    def set_call_for_attention(self, calling: bool) -> None:
        """Follow the connector's ``call_for_attention``: shown when it turns true, hidden when it ends."""
        if calling and not self._calling:
            self.show_attention()
        elif not calling:
            self.clear()
        self._calling = calling

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.title_label.setText(self.tr("The operator needs you at the car."))
        self.detail_label.setText(
            self.tr("Go to the car and follow the operator's instructions in the messages.")
        )
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("I am at the car"))
        self.setAccessibleName(self.title_label.text())
        self.setAccessibleDescription(self.detail_label.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_dismiss_button_clicked(self) -> None:
        self.hide()
        self.sig_dismissed.emit()
