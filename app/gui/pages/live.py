"""The created ticket: its number, state, car, products and chat, read when the page is shown.

The live-ticket issue turns this into a ticket followed live (pushed state changes, sending messages and
photos). Until then the page reads the ticket and its chat once on entering, and again on Refresh.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListView, QListWidgetItem, QWidget

from app.domain.ticket_state import TicketState, ticket_state
from app.domain.wizard import Step, WizardDraft
from app.gui.generated.ui_live_page import Ui_LivePage
from app.gui.page import PageContext, WizardPage
from app.gui.theme import icon, repolish

if TYPE_CHECKING:
    from app.api.models import ChatMessage
    from app.services.live import TicketView

__all__ = ["LivePage", "state_text"]


def state_text(page: QWidget, state: int) -> str:
    """The ticket state in the technician's words."""
    known = ticket_state(int(state))
    texts = {
        TicketState.PREPARED: page.tr("Prepared, not yet ordered"),
        TicketState.PENDING: page.tr("Waiting for an operator"),
        TicketState.IN_PROGRESS: page.tr("An operator is working on it"),
        TicketState.OUTSOURCED: page.tr("With a specialist"),
        TicketState.CLOSED: page.tr("Finished"),
        TicketState.CANCELLED: page.tr("Cancelled"),
    }
    if isinstance(known, TicketState):
        return texts[known]
    return page.tr("State %1").replace("%1", str(state))


class LivePage(WizardPage):
    """The ticket after ordering (or the connector's open ticket found at login)."""

    step = Step.LIVE

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = Ui_LivePage()
        self.form.setupUi(self.body)  # type: ignore[no-untyped-call]  # uic's code carries no annotations
        form = self.form
        for card in (form.ticketCard, form.chatCard):
            card.setObjectName("card")
        form.refreshButton.setIcon(icon("refresh"))
        form.refreshButton.setIconSize(QSize(20, 20))
        form.refreshButton.clicked.connect(self._on_refresh_button_clicked)
        form.chatList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Long messages wrap to the list's width instead of scrolling sideways.
        form.chatList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.chatList.setResizeMode(QListView.ResizeMode.Adjust)
        form.chatList.setUniformItemSizes(False)
        self._view: TicketView | None = None
        self._loaded_for: int | None = None
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
        form.refreshButton.setText(self.tr("Refresh"))
        form.refreshButton.setToolTip(self.tr("Read the ticket and its messages again"))
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
        return state_text(self, int(view.ticket.state))

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


def _clock(moment: datetime) -> str:
    """The local time of day, with the date when it is not today."""
    local = moment.astimezone()
    if local.date() == datetime.now(local.tzinfo).date():
        return local.strftime("%H:%M")
    return local.strftime("%d.%m. %H:%M")
