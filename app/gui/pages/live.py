"""The created ticket: its number, state, car, products and chat, read when the page is shown.

The live-ticket issue turns this into a ticket followed live (pushed state changes, sending messages and
photos). Until then the page reads the ticket and its chat once on entering, and again on Refresh.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain.ticket_state import TicketState, ticket_state
from app.domain.wizard import Step, WizardDraft
from app.gui.generated.ui_live_page import Ui_LivePage
from app.gui.page import PageContext, WizardPage
from app.gui.theme import colour, icon, repolish

if TYPE_CHECKING:
    from app.api.models import ChatMessage
    from app.services.live import TicketView

__all__ = ["SENDER_ROLE", "ChatMessageDelegate", "LivePage", "state_text"]

#: The item data role holding who wrote a message: "technician", "operator", "system" or another name.
SENDER_ROLE: Final = Qt.ItemDataRole.UserRole + 1


def state_text(state: int) -> str:
    """The ticket state in the technician's words."""
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


class LivePage(WizardPage):
    """The ticket after ordering (or the connector's open ticket found at login)."""

    step = Step.LIVE

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = Ui_LivePage()
        self.form.setupUi(self.body)  # type: ignore[no-untyped-call]  # uic's code carries no annotations
        form = self.form
        for card in (form.ticketCard, form.chatCard):
            # Designer needs unique names; the style sheet knows every card by this one.
            card.setObjectName("card")
            # setupUi may have styled it under its Designer name already (tab order polishes early).
            repolish(card)
        form.refreshButton.setIcon(icon("refresh"))
        form.refreshButton.setIconSize(QSize(20, 20))
        form.refreshButton.clicked.connect(self._on_refresh_button_clicked)
        form.chatList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Long messages wrap to the list's width instead of scrolling sideways: the delegate sizes every
        # message for the width the list has, and Adjust lays them out again whenever that changes.
        form.chatList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.chatList.setResizeMode(QListView.ResizeMode.Adjust)
        form.chatList.setUniformItemSizes(False)
        self._chat_delegate = ChatMessageDelegate(form.chatList)
        form.chatList.setItemDelegate(self._chat_delegate)
        self._view: TicketView | None = None
        self._loaded_for: int | None = None
        # The window has no button bar on this page (nothing to go back or on to): the Refresh button says
        # itself that the ticket is being read.
        self.sig_state_changed.connect(self._show_refresh)
        self.retranslate()

    # --- the window's calls -----------------------------------------------------------------------------

    @property
    def valid(self) -> bool:
        """The last page: there is nothing to go on to."""
        return False

    @property
    def view(self) -> TicketView | None:
        """What the server said about the ticket, once read."""
        return self._view

    def title(self) -> str:
        """The step's name."""
        return self.tr("Your ticket")

    def enter(self, draft: WizardDraft) -> None:
        """Show what the draft knows at once, then read the ticket and its chat."""
        super().enter(draft)
        if draft.ticket.ticket_id != self._loaded_for:
            self._view = None
            self.form.chatList.clear()
        self._show()
        self._load()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        super().retranslate()
        form = self.form
        form.refreshButton.setToolTip(self.tr("Read the ticket and its messages again"))
        self._show_refresh()
        form.ticketTitle.setText(self.tr("Order"))
        form.numberLabel.setText(self.tr("Ticket number"))
        form.stateLabel.setText(self.tr("State"))
        form.vehicleLabel.setText(self.tr("Vehicle"))
        form.vinLabel.setText(self.tr("VIN"))
        form.productsLabel.setText(self.tr("Products"))
        form.referenceLabel.setText(self.tr("Your reference"))
        form.totalLabel.setText(self.tr("Total"))
        form.chatTitle.setText(self.tr("Messages"))
        self._show()

    # --- internals --------------------------------------------------------------------------------------

    def _load(self) -> None:
        ticket_id = self.draft.ticket.ticket_id
        connector_id = self.draft.login.connector_id
        if ticket_id is None or connector_id is None:
            return
        # A ticket found open at login comes without the draft's car and products: ask for their names.
        describe = self.draft.vehicle.vehicle is None or not self.draft.products.products
        api = self.context.workbench.api

        async def work() -> TicketView:
            from app.services.live import TicketViewService  # noqa: PLC0415 - loaded with the page's work

            return await TicketViewService(api).view(ticket_id, connector_id=connector_id, describe=describe)

        self.run("ticket", work, self._on_view_loaded)

    def _on_view_loaded(self, view: TicketView) -> None:
        self._view = view
        self._loaded_for = view.ticket.id
        self.clear_error()
        self._show()
        self.sig_state_changed.emit()

    def _on_refresh_button_clicked(self) -> None:
        self._load()

    def _show_refresh(self) -> None:
        button = self.form.refreshButton
        button.setEnabled(not self.busy)
        button.setText(self.tr("Reading…") if self.busy else self.tr("Refresh"))

    def _show(self) -> None:
        form = self.form
        draft = self.draft
        view = self._view
        ticket_id = view.ticket.id if view is not None else draft.ticket.ticket_id
        number = str(ticket_id) if ticket_id is not None else "—"
        form.headingLabel.setText(self.tr("Ticket %1").replace("%1", number))
        form.numberValue.setText(number)
        if view is not None:
            state = self._state_of(view)
            form.stateValue.setText(state)
            form.stateBadge.setText(state)
            form.stateBadge.show()
        else:
            form.stateValue.setText(self.tr("Reading the ticket…"))
            form.stateBadge.hide()
        form.introLabel.setText(self._intro(view))

        chosen = draft.vehicle.vehicle
        vehicle = chosen.title if chosen is not None else (view.vehicle_title if view is not None else "")
        form.vehicleValue.setText(vehicle or "—")
        vin = draft.vehicle.vin or (view.ticket.vehicle_vin if view is not None else None) or ""
        form.vinValue.setText(vin or "—")
        names = [product.name for product in draft.products.products]
        if not names and view is not None:
            names = list(view.product_names)
        form.productsValue.setText("\n".join(f"• {name}" for name in names) if names else "—")
        reference = draft.ticket.reference.strip()
        form.referenceValue.setText(reference or "—")
        form.referenceLabel.setVisible(bool(reference))
        form.referenceValue.setVisible(bool(reference))
        total = draft.price.total_text
        form.totalValue.setText(total)
        form.totalLabel.setVisible(bool(total))
        form.totalValue.setVisible(bool(total))
        self._show_chat(view)

    def _state_of(self, view: TicketView) -> str:
        return state_text(int(view.ticket.state))

    def _intro(self, view: TicketView | None) -> str:
        if view is None:
            return self.tr("Your order is placed. Reading its state from the service…")
        state = ticket_state(int(view.ticket.state))
        if state == TicketState.PENDING:
            return self.tr(
                "Your order is placed. An operator will pick it up shortly; keep the connector plugged in "
                "and the ignition on."
            )
        if state in {TicketState.IN_PROGRESS, TicketState.OUTSOURCED}:
            return self.tr("An operator is working on the car remotely. Keep the connector plugged in.")
        if state in {TicketState.CLOSED, TicketState.CANCELLED}:
            return self.tr("This ticket is over. You can unplug the connector.")
        return self.tr("Press Refresh to read the newest state and messages.")

    def _show_chat(self, view: TicketView | None) -> None:
        form = self.form
        form.chatList.clear()
        if view is None:
            form.chatHint.setText(self.tr("Reading the messages…"))
            return
        if not view.chat_available:
            form.chatHint.setText(
                self.tr("The messages could not be read just now. Press Refresh to try again.")
            )
        elif not view.messages:
            form.chatHint.setText(self.tr("No messages yet. The operator writes here when they start."))
        else:
            form.chatHint.setText(self.tr("Press Refresh to see new messages."))
        for message in view.messages:
            item = QListWidgetItem(self._message_text(message))
            item.setData(SENDER_ROLE, message.sender)
            item.setToolTip(message.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
            form.chatList.addItem(item)
        if view.messages:
            form.chatList.scrollToBottom()
        repolish(form.chatHint)

    def _message_text(self, message: ChatMessage) -> str:
        who = {
            "operator": message.sender_name or self.tr("Operator"),
            "technician": self.tr("You"),
            "system": self.tr("Workbay service"),
        }.get(message.sender, message.sender_name or message.sender)
        when = _clock(message.created_at)
        if message.type == "attachment" and message.attachment is not None:
            body = self.tr("Sent a file: %1").replace("%1", message.attachment.file_name or "")
        else:
            body = (message.content or "").strip()
        return f"{who} · {when}\n{body}"


class ChatMessageDelegate(QStyledItemDelegate):
    """Paints a chat message as a bubble: who wrote it and when on a small line, the message wrapped below.

    The item's text is the who-and-when line, a line break, then the message; :data:`SENDER_ROLE` says
    who wrote it. The technician's own messages stand at the right on the accent's tint, the operator's
    at the left on white, the service's notes in the middle, so the conversation reads at a glance. A
    bubble is as wide as its text, at most the list's width less an offset; the message always wraps
    (a long word too), so the list never scrolls sideways.
    """

    #: Space around each bubble, and inside it around the text.
    _MARGIN_X: Final = 10
    _MARGIN_Y: Final = 5
    _PAD_X: Final = 12
    _PAD_Y: Final = 8
    #: Between the who-and-when line and the message.
    _GAP: Final = 3
    #: How far a bubble stays off the other side: a share of the width, at most this many pixels.
    _OFFSET_SHARE: Final = 0.15
    _OFFSET_MAX: Final = 120
    _RADIUS: Final = 10.0
    #: Narrower than this, text would be laid out a letter a line: lay it out at this width instead.
    _MIN_TEXT_WIDTH: Final = 60

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._width = view.viewport().width()
        self._relaying = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Lay the messages out again as soon as the list's width changes.

        A list view lays its items out again only 100 ms after a resize; until then it would paint each
        message at its new height in its old place, over its neighbours.
        """
        if event.type() == QEvent.Type.Resize and watched is self._view.viewport() and not self._relaying:
            width = self._view.viewport().width()
            if width != self._width:
                self._width = width
                self._relaying = True
                try:
                    self._view.doItemsLayout()
                finally:
                    self._relaying = False
        return False

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As wide as the list, as tall as the wrapped message."""
        width = self._view.viewport().width()
        text_width = self._text_width(self._inner(QRect(0, 0, width, 0)))
        head_height = QFontMetrics(_head_font(option.font)).height()
        body = _BodyText(_parts(index)[1], option.font, text_width)
        height = 2 * self._MARGIN_Y + 2 * self._PAD_Y + head_height + self._GAP + body.height
        return QSize(width, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The bubble, the who-and-when line and the wrapped message."""
        head, text = _parts(index)
        sender = index.data(SENDER_ROLE)
        inner = self._inner(option.rect)
        text_width = self._text_width(inner)
        head_font = _head_font(option.font)
        metrics = QFontMetrics(head_font)
        body = _BodyText(text, option.font, text_width)
        content = min(text_width, max(metrics.horizontalAdvance(head), body.natural_width))
        bubble = self._place(inner, content + 2 * self._PAD_X, sender)
        if sender == "technician":
            fill, line = colour("accent_soft"), colour("accent_line")
        elif sender == "operator":
            fill, line = colour("surface"), colour("line")
        else:
            fill, line = colour("hover"), colour("line")
        left = bubble.left() + self._PAD_X
        top = bubble.top() + self._PAD_Y
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(line, 1.0))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(bubble).adjusted(0.5, 0.5, -0.5, -0.5), self._RADIUS, self._RADIUS)
            painter.setFont(head_font)
            painter.setPen(colour("muted"))
            painter.drawText(
                QRect(left, top, content, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(head, Qt.TextElideMode.ElideRight, content),
            )
            painter.setPen(colour("ink"))
            body.layout.draw(painter, QPointF(left, top + metrics.height() + self._GAP))
        finally:
            painter.restore()

    def _inner(self, rect: QRect) -> QRect:
        """The item's ``rect`` less the space around the bubble."""
        return rect.adjusted(self._MARGIN_X, self._MARGIN_Y, -self._MARGIN_X, -self._MARGIN_Y)

    def _widest(self, inner: QRect) -> int:
        """The widest a bubble may be: it stays off the other side, so who wrote it shows."""
        return inner.width() - min(self._OFFSET_MAX, int(inner.width() * self._OFFSET_SHARE))

    def _place(self, inner: QRect, width: int, sender: object) -> QRect:
        """A bubble ``width`` wide in ``inner``, at the side of who wrote it."""
        width = min(width, self._widest(inner))
        if sender == "technician":
            left = inner.right() - width + 1
        elif sender == "operator":
            left = inner.left()
        else:
            # The service's own notes belong to neither side of the conversation.
            left = inner.left() + (inner.width() - width) // 2
        return QRect(left, inner.top(), width, inner.height())

    def _text_width(self, inner: QRect) -> int:
        return max(self._MIN_TEXT_WIDTH, self._widest(inner) - 2 * self._PAD_X)


class _BodyText:
    """A message laid out in lines at most ``width`` pixels wide."""

    def __init__(self, text: str, font: QFont, width: int) -> None:
        # QTextLayout breaks lines at the Unicode line separator, not at "\n".
        self.layout = QTextLayout(text.replace("\n", "\u2028"), font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        height = 0.0
        natural = 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0.0, height))
            height += line.height()
            natural = max(natural, line.naturalTextWidth())
        self.layout.endLayout()
        #: The height of all lines.
        self.height = math.ceil(height)
        #: The width of the longest line.
        self.natural_width = min(width, math.ceil(natural))


def _parts(index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
    """The who-and-when line and the message of a chat item."""
    head, _newline, body = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
    return head, body


def _head_font(base: QFont) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(max(base.pointSizeF() - 1.0, 7.0))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def _clock(moment: datetime) -> str:
    """The local time of day, with the date when it is not today."""
    local = moment.astimezone()
    if local.date() == datetime.now(local.tzinfo).date():
        return local.strftime("%H:%M")
    return local.strftime("%d.%m. %H:%M")
