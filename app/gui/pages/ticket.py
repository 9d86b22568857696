"""Page 6, the ticket: the order at a glance, the garage's reference and the technician's description, and
the one button that creates the ticket.

Create can never order twice: the button is off from the moment it is pressed until the answer is in (a
second click meets a disabled button and a running task), and every attempt, a Retry or a restart included,
sends the draft's idempotency key. After the ticket exists, the description goes to the operator as the
first chat message, and the page asks the window for the live ticket.

Nothing typed is lost on a failure: the reference and the description stay in their fields and in the
draft, and the banner says what happened with the way forward (Retry, or open the connector's open ticket).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from app.api.models import Ticket
from app.domain.vin import is_valid_vin, normalize_vin
from app.domain.wizard import Step, WizardDraft, is_complete, with_ticket
from app.gui.generated.ui_ticket_page import Ui_TicketPage
from app.gui.messages import failure_text
from app.gui.page import PageContext, WizardPage
from app.gui.theme import repolish
from app.gui.widgets.banner import BannerLevel
from app.gui.widgets.price_table import fill
from app.services.errors import Failure, ServiceError
from app.services.tickets import SUMMARY_MAX_LENGTH

__all__ = ["TicketPage"]


_CREATE: Final = "create"
_SUMMARY: Final = "summary"
_OPEN: Final = "open"
#: Refusals that a Retry can cure once the cause is gone (the connector plugged in, the center open).
_RETRY_LATER: Final = frozenset({Failure.CONNECTOR_OFFLINE, Failure.SERVICE_CENTER_CLOSED})


class TicketPage(WizardPage):
    """The last step before the live ticket: check, add the texts, create."""

    step = Step.TICKET

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = Ui_TicketPage()
        self.form.setupUi(self.body)  # type: ignore[no-untyped-call]  # generated code is not typed
        form = self.form
        for card in (form.orderCard, form.detailsCard):
            # Designer needs unique names; the style sheet knows every card by this one.
            card.setObjectName("card")
            # setupUi may have styled it under its Designer name already (tab order polishes early).
            repolish(card)
        self._ticket: Ticket | None = None
        form.referenceEdit.textEdited.connect(self._on_reference_edit_text_edited)
        form.summaryEdit.textChanged.connect(self._on_summary_edit_text_changed)
        form.createButton.clicked.connect(self._on_create_button_clicked)
        self.retranslate()

    # --- the window's calls -----------------------------------------------------------------------------

    @property
    def ticket(self) -> Ticket | None:
        """The ticket created on this page, once it exists."""
        return self._ticket

    def title(self) -> str:
        """The page's name in the step indicator."""
        return self.tr("Ticket")

    def enter(self, draft: WizardDraft) -> None:
        """Show the order and put back the texts typed before."""
        super().enter(draft)
        self.clear_error()
        form = self.form
        with QSignalBlocker(form.referenceEdit), QSignalBlocker(form.summaryEdit):
            form.referenceEdit.setText(draft.ticket.reference)
            form.summaryEdit.setPlainText(draft.ticket.summary)
        self._render()

    def update_draft(self, draft: WizardDraft) -> None:
        """Take the saved draft and show it."""
        super().update_draft(draft)
        self._render()

    def retranslate(self) -> None:
        """Every text in the current language."""
        super().retranslate()
        form = self.form
        form.headingLabel.setText(self.tr("Create the ticket"))
        form.introLabel.setText(
            self.tr("Check the order, add your own reference if you like, then create the ticket.")
        )
        form.orderTitleLabel.setText(self.tr("Your order"))
        form.productsTitleLabel.setText(self.tr("Products"))
        form.totalTitleLabel.setText(self.tr("Total"))
        form.referenceLabel.setText(self.tr("Your reference (optional)"))
        form.referenceEdit.setPlaceholderText(self.tr("For example your job number or the licence plate"))
        form.referenceEdit.setAccessibleName(self.tr("Your reference"))
        form.summaryLabel.setText(self.tr("What is wrong with the car? (optional)"))
        form.summaryEdit.setPlaceholderText(
            self.tr("The complaint, the warning lights, and what you have already tried.")
        )
        form.summaryEdit.setAccessibleName(self.tr("Description for the operator"))
        form.summaryHintLabel.setText(
            self.tr("The operator reads this first: it is sent as the first message of the ticket's chat.")
        )
        form.createButton.setText(self.tr("Create ticket"))
        self._render()

    # --- the technician's actions -----------------------------------------------------------------------

    def _on_reference_edit_text_edited(self, text: str) -> None:
        self._change_texts(reference=text)

    def _on_summary_edit_text_changed(self) -> None:
        edit = self.form.summaryEdit
        text = edit.toPlainText()
        if len(text) > SUMMARY_MAX_LENGTH:
            # A chat message has a size limit: the rest would be refused, so it is never typed.
            text = text[:SUMMARY_MAX_LENGTH]
            with QSignalBlocker(edit):
                edit.setPlainText(text)
                edit.moveCursor(QTextCursor.MoveOperation.End)
        self._change_texts(summary=text)

    def _on_create_button_clicked(self) -> None:
        if self.tasks.running(_CREATE) or self.draft.ticket.ticket_id is not None or not self._can_create():
            return
        self.clear_error()
        self.tasks.start(_CREATE, self._create, self._on_ticket_created, on_failure=self._on_create_failed)
        self._render()

    # --- the work ---------------------------------------------------------------------------------------

    def _change_texts(self, **changes: str) -> None:
        ticket = self.draft.ticket.model_copy(update=changes)
        if ticket != self.draft.ticket:
            self.change_draft(with_ticket(self.draft, ticket))

    async def _create(self) -> Ticket:
        # Read when the attempt starts, so a Retry sends what is in the fields now (with the same key).
        return await self.context.workbench.tickets.create(self.draft, language=self.context.language)

    def _on_ticket_created(self, ticket: Ticket) -> None:
        self.clear_error()
        self._ticket = ticket
        self._record_ticket(ticket.id)
        summary = self.draft.ticket.summary.strip()
        if not summary:
            self.sig_jump_requested.emit(Step.LIVE)
            return
        tickets = self.context.workbench.tickets
        self.tasks.start(
            _SUMMARY,
            lambda: tickets.send_summary(ticket, summary),
            self._on_summary_sent,
            on_failure=self._on_summary_failed,
        )
        self._render()

    def _on_summary_sent(self, _sent: bool) -> None:
        self.clear_error()
        self._render()
        self.sig_jump_requested.emit(Step.LIVE)

    def _on_summary_failed(self, error: ServiceError, retry: Callable[[], None]) -> None:
        ticket_id = self.draft.ticket.ticket_id
        created = fill(self.tr("Ticket %1 was created."), str(ticket_id))
        lost = self.tr("Your description could not be sent to the operator yet:")
        after = self.tr("Retry, or go on with Next and write it in the chat.")
        self.show_error(f"{created} {lost} {failure_text(error)} {after}", retry=retry)
        self._render()

    def _on_create_failed(self, error: ServiceError, retry: Callable[[], None]) -> None:
        self._render()
        if error.failure == Failure.ACTIVE_TICKET_EXISTS:
            text = failure_text(error)
            self.show_error(text)
            self.banner.show_message(
                text,
                level=BannerLevel.ERROR,
                action_text=self.tr("Open the open ticket"),
                action=lambda: self._open_open_ticket(error.ticket_id),
            )
        elif error.failure in _RETRY_LATER:
            self.show_error(failure_text(error), retry=retry)
        else:
            self.show_failure(error, retry)

    def _open_open_ticket(self, ticket_id: int | None) -> None:
        connector_id = self.draft.login.connector_id
        if ticket_id is not None or connector_id is None:
            self._follow(ticket_id)
            return
        tickets = self.context.workbench.tickets
        self.tasks.start(
            _OPEN,
            lambda: tickets.active_ticket(connector_id),
            lambda found: self._follow(None if found is None else found.id),
        )

    def _follow(self, ticket_id: int | None) -> None:
        if ticket_id is None:
            self.show_error(
                self.tr(
                    "The open ticket is no longer open. Create this ticket again: nothing was ordered twice."
                )
            )
            return
        self.clear_error()
        self._record_ticket(ticket_id)
        self.sig_jump_requested.emit(Step.LIVE)

    def _record_ticket(self, ticket_id: int) -> None:
        self.change_draft(
            with_ticket(self.draft, self.draft.ticket.model_copy(update={"ticket_id": ticket_id}))
        )
        self._render()

    # --- showing it -------------------------------------------------------------------------------------

    def _vin_ok(self) -> bool:
        return is_valid_vin(normalize_vin(self.draft.vehicle.vin)) if self.draft.vehicle.vin else False

    def _can_create(self) -> bool:
        draft = self.draft
        return (
            draft.login.connector_id is not None
            and draft.vehicle.vehicle is not None
            and bool(draft.products.products)
            and self._vin_ok()
            and is_complete(draft, Step.PRICE)
        )

    def _render(self) -> None:
        self._render_order()
        self._render_controls()

    def _render_order(self) -> None:
        form = self.form
        draft = self.draft
        vehicle = draft.vehicle.vehicle
        form.carLabel.setText(vehicle.title if vehicle is not None else self.tr("No car chosen"))
        if draft.vehicle.vin:
            vin = fill(self.tr("VIN %1"), draft.vehicle.vin)
            if draft.vehicle.vin_source == "connector":
                vin = fill(self.tr("%1 (read by the connector)"), vin)
            form.vinLabel.setText(vin)
        else:
            form.vinLabel.setText(self.tr("No VIN"))
        names = [product.name for product in draft.products.products]
        form.productsLabel.setText("\n".join(f"\u2022 {name}" for name in names) if names else "\u2014")
        form.totalLabel.setText(draft.price.total_text or "\u2014")
        extras: list[str] = []
        voucher = draft.price.voucher.strip()
        if voucher and not draft.price.voucher_refused:
            extras.append(fill(self.tr("Voucher %1"), voucher))
        if draft.price.needs_unattended_confirmation and draft.price.confirmed_unattended:
            extras.append(self.tr("Unattended service confirmed"))
        if draft.vehicle.prepared_ticket_id:
            extras.append(self.tr("From a prepared ticket"))
        form.extrasLabel.setText("\n".join(extras))
        form.extrasLabel.setVisible(bool(extras))

    def _render_controls(self) -> None:
        form = self.form
        draft = self.draft
        creating = self.tasks.running(_CREATE)
        sending = self.tasks.running(_SUMMARY)
        created = draft.ticket.ticket_id is not None
        form.createButton.setEnabled(not creating and not created and self._can_create())
        locked = creating or created
        form.referenceEdit.setReadOnly(locked)
        form.summaryEdit.setReadOnly(locked)
        if creating:
            status = self.tr("Creating the ticket…")
        elif sending:
            status = self.tr("Sending your description to the operator…")
        elif created:
            status = fill(self.tr("Ticket %1 created."), str(draft.ticket.ticket_id))
        elif not self._vin_ok():
            status = self.tr("The ticket needs the car's 17-character VIN. Go back to the car and enter it.")
        elif not is_complete(draft, Step.PRICE):
            status = self.tr("The price is not confirmed yet. Go back to the price page.")
        else:
            status = ""
        form.statusLabel.setText(status)
        form.statusLabel.setVisible(bool(status))
        form.createButton.setText(self.tr("Ticket created") if created else self.tr("Create ticket"))

    def _on_tasks_busy_changed(self, busy: bool) -> None:
        super()._on_tasks_busy_changed(busy)
        self._render_controls()
