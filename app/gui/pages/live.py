"""The live ticket: followed while the remote operator works on the car.

The page follows the ticket with :class:`~app.services.live.TicketFollower` (websocket pushes, REST polling
while the socket is down) and shows its state, the connector's and the connection's; the chat with the
operator (text, photos and files both ways, translation); the operator's notes; and, once the ticket is
finished, the satisfaction prompt. A new operator message while the window is in the background raises
the unread badge and a desktop notification.

Every piece of work runs on the page's :class:`~app.gui.tasks.TaskRunner` under its own key, so leaving the
page (logout, a new order) stops all of it, and nothing that finishes later touches a page that moved on.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QImage, QImageReader
from PySide6.QtWidgets import QWidget

from app.domain.attachments import is_blocked, is_image
from app.domain.ticket_state import TicketState, ticket_state
from app.domain.wizard import Step, WizardDraft, with_ticket
from app.gui.generated.ui_live_page import Ui_LivePage
from app.gui.messages import failure_text, refusal_text
from app.gui.notify import DesktopNotifications, Notifier
from app.gui.page import PageContext, WizardPage
from app.gui.theme import icon, repolish
from app.gui.widgets.banner import BannerLevel
from app.gui.widgets.chat_view import ChatView, sender_text
from app.gui.widgets.composer import Composer
from app.gui.widgets.csat import CsatPrompt
from app.gui.widgets.notes import NotesPanel
from app.gui.widgets.price_table import fill
from app.gui.widgets.ticket_status import AttentionBanner, TicketStatusPanel, state_text, state_tone
from app.services.errors import Failure, ServiceError

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.api.models import ChatMessage, Note
    from app.gui.history import HistoryDialog
    from app.services.chat import ChatService, FileCheck
    from app.services.live import (
        ConnectionStatus,
        ConnectorStatus,
        FollowEvent,
        LinkStatus,
        TicketFollower,
        TicketStatus,
    )

__all__ = ["PING_AFTER_SECONDS", "LivePage", "state_text"]

_log = logging.getLogger(__name__)

#: After this many seconds without a word from the operator, the page offers the ping.
PING_AFTER_SECONDS: Final = 120.0
#: How often the page looks at the silence.
_SILENCE_CHECK_MS: Final = 5_000
#: The largest side of a thumbnail in the chat and in the upload rows, in pixels.
THUMBNAIL_SIZE: Final = 240
#: The narrowest the status column may be, in pixels.
_SIDE_MIN_WIDTH: Final = 430
#: Progress bars are repainted at most this often during an upload.
_PROGRESS_INTERVAL: Final = 0.05
_FOLLOW: Final = "follow"
_NOTES: Final = "notes"
_SEND: Final = "send"
_CSAT: Final = "csat"
_PING: Final = "ping"


@dataclass(slots=True)
class _Upload:
    """A file on its way into the chat."""

    cancel: asyncio.Event = field(default_factory=asyncio.Event)
    last_progress: float = 0.0


def load_thumbnail(path: Path, size: int = THUMBNAIL_SIZE) -> QImage:
    """A picture no larger than ``size`` from an image file (a null image when it cannot be read).

    The reader decodes at the reduced size where the format allows (JPEG), so a 12-megapixel photo costs a
    thumbnail's memory; it runs in a worker thread (QImage is not tied to the GUI thread).
    """
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and (original.width() > size or original.height() > size):
        reader.setScaledSize(original.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        _log.info("no thumbnail for %s: %s", path.name, reader.errorString())
    return image


class LivePage(WizardPage):
    """The ticket after ordering (or the connector's open ticket found at login), followed live."""

    step = Step.LIVE

    sig_unread_changed = Signal(int)
    """The number of operator messages the technician has not seen changed."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = Ui_LivePage()
        self.form.setupUi(self.body)  # type: ignore[no-untyped-call]  # uic's code carries no annotations
        form = self.form
        for card in (form.statusCard, form.ticketCard, form.chatCard):
            # Designer needs unique names; the style sheet knows every card by this one.
            card.setObjectName("card")
            repolish(card)
        form.sideColumn.setObjectName("pageBody")
        # The heading's badge in the status card's colours (the style sheet knows the badge by this name).
        form.stateBadge.setObjectName("ticketStateBadge")
        # The column is at least as wide as its cards need beside a scroll bar (the satisfaction prompt's
        # three buttons, the connector's lines; more in kiosk mode); narrower, it would cut them at the
        # right. The chat takes the rest.
        form.sideScroll.setMinimumWidth(_SIDE_MIN_WIDTH)
        form.sideColumn.installEventFilter(self)
        form.refreshButton.setIcon(icon("refresh"))
        form.refreshButton.setIconSize(QSize(20, 20))
        form.refreshButton.clicked.connect(self._on_refresh_button_clicked)
        form.historyButton.setIcon(icon("history"))
        form.historyButton.setIconSize(QSize(20, 20))
        form.historyButton.clicked.connect(self._on_history_button_clicked)

        self._add_parts()
        # A file dropped anywhere on the page goes into the chat, not only one dropped on the text box.
        self.setAcceptDrops(True)

        self.notifier: Notifier | None = None
        self._follower: TicketFollower | None = None
        self._following: int | None = None
        self._ticket: TicketStatus | None = None
        self._connector: ConnectorStatus | None = None
        self._attention_seen = False
        self._uploads: dict[str, _Upload] = {}
        self._thumbnails_asked: set[str] = set()
        self._unread = 0
        self._last_heard = time.monotonic()
        self._closing: asyncio.Future[None] | None = None
        #: The car's title, the products' names and the VIN of a ticket the draft does not describe.
        self._described: tuple[str, tuple[str, ...], str] = ("", (), "")
        self.history_dialog: HistoryDialog | None = None
        self._silence = QTimer(self)
        self._silence.setInterval(_SILENCE_CHECK_MS)
        self._silence.timeout.connect(self._on_silence_timeout)
        self.retranslate()

    def _add_parts(self) -> None:
        """The live parts in the form's places: attention, status, notes, satisfaction, chat, composer."""
        form = self.form
        self.attention = AttentionBanner(self.body)
        form.attentionHost.addWidget(self.attention)
        self.attention.sig_dismissed.connect(self._on_attention_sig_dismissed)
        self.status_panel = TicketStatusPanel(form.statusCard)
        form.statusCardLayout.addWidget(self.status_panel)
        self.notes = NotesPanel(form.sideColumn)
        form.notesHost.addWidget(self.notes)
        self.notes.sig_attachment_clicked.connect(self._on_notes_sig_attachment_clicked)
        self.csat = CsatPrompt(form.sideColumn)
        form.csatHost.addWidget(self.csat)
        self.csat.hide()
        self.csat.sig_submitted.connect(self._on_csat_sig_submitted)
        self.chat = ChatView(form.chatCard)
        form.chatHost.addWidget(self.chat)
        self.chat.sig_translate_requested.connect(self._on_chat_sig_translate_requested)
        self.chat.sig_original_requested.connect(self._on_chat_sig_original_requested)
        self.chat.sig_attachment_clicked.connect(self._on_chat_sig_attachment_clicked)
        self.chat.sig_reached_bottom.connect(self._on_chat_sig_reached_bottom)
        self.composer = Composer(form.chatCard)
        form.composerHost.addWidget(self.composer)
        self.composer.sig_send_requested.connect(self._on_composer_sig_send_requested)
        self.composer.sig_files_chosen.connect(self._on_composer_sig_files_chosen)
        self.composer.sig_upload_cancel_requested.connect(self._on_composer_sig_upload_cancel_requested)
        self.composer.sig_ping_requested.connect(self._on_composer_sig_ping_requested)

    # --- the window's calls -----------------------------------------------------------------------------

    @property
    def valid(self) -> bool:
        """The last page: there is nothing to go on to."""
        return False

    @property
    def unread(self) -> int:
        """Operator messages that arrived while the technician was not looking."""
        return self._unread

    @property
    def ticket_status(self) -> TicketStatus | None:
        """The ticket as last heard of."""
        return self._ticket

    @property
    def link(self) -> LinkStatus | None:
        """How the ticket is followed: live over the websocket, or reconnecting (REST polls meanwhile)."""
        return self._follower.link if self._follower is not None else None

    def title(self) -> str:
        """The step's name."""
        return self.tr("Your ticket")

    def title_badge(self) -> int:
        """Unread operator messages, for the window title."""
        return self._unread

    def enter(self, draft: WizardDraft) -> None:
        """Show what the draft knows at once, then follow the ticket."""
        super().enter(draft)
        window = self.window()
        if self.notifier is None:
            self.notifier = Notifier(
                window, sound=self.context.notification_sound, backend=DesktopNotifications(window)
            )
            window.installEventFilter(self)
        ticket_id = draft.ticket.ticket_id
        if ticket_id != self._following:
            self._reset()
        self._show()
        if ticket_id is not None and not self.tasks.running(_FOLLOW):
            self._follow()
        self._silence.start()

    def leave(self) -> None:
        """Stop following (logout, a new order): uploads on their way are cancelled."""
        for upload in self._uploads.values():
            upload.cancel.set()
        self._silence.stop()
        super().leave()
        self._close_follower()
        self._following = None

    def retranslate(self) -> None:
        """Set every text in the current language."""
        super().retranslate()
        form = self.form
        form.refreshButton.setText(self.tr("Refresh"))
        form.refreshButton.setToolTip(self.tr("Read the ticket, its messages and notes again now"))
        form.historyButton.setText(self.tr("History"))
        form.historyButton.setToolTip(self.tr("Earlier tickets of this vehicle and this connector"))
        form.statusTitle.setText(self.tr("Status"))
        form.ticketTitle.setText(self.tr("Order"))
        form.numberLabel.setText(self.tr("Ticket number"))
        form.vehicleLabel.setText(self.tr("Vehicle"))
        form.vinLabel.setText(self.tr("VIN"))
        form.productsLabel.setText(self.tr("Products"))
        form.referenceLabel.setText(self.tr("Your reference"))
        form.totalLabel.setText(self.tr("Total"))
        form.chatTitle.setText(self.tr("Messages"))
        self._show()

    # --- following ----------------------------------------------------------------------------------------

    def _reset(self) -> None:
        self.tasks.cancel()
        self._close_follower()
        self._ticket = self._connector = None
        self._attention_seen = False
        self._thumbnails_asked.clear()
        self._described = ("", (), "")
        self.chat.set_messages(())
        self.attention.clear()
        self.csat.hide()
        self._set_unread(0)
        self.composer.set_ping_offered(offered=False)

    def _follow(self) -> None:
        ticket_id = self.draft.ticket.ticket_id
        connector_id = self.draft.login.connector_id
        if ticket_id is None or connector_id is None:
            return
        self._close_follower()
        follower = self.context.workbench.follow(ticket_id, connector_id)
        self._follower = follower
        self._following = ticket_id
        self._last_heard = time.monotonic()

        async def work() -> None:
            async for event in follower.events():
                self._on_follow_event(event)

        def failed(error: ServiceError, retry: Callable[[], None]) -> None:
            self.show_failure(error, retry)

        self.tasks.start(_FOLLOW, work, lambda _none: None, on_failure=failed, busy=False)
        self._load_notes()
        if self.draft.vehicle.vehicle is None or not self.draft.products.products:
            self._describe(ticket_id, connector_id)

    def _describe(self, ticket_id: int, connector_id: int) -> None:
        """Look up the names of the car and the products of a ticket found open at login."""
        workbench = self.context.workbench

        async def work() -> tuple[str, tuple[str, ...], str]:
            ticket = await workbench.tickets.ticket(ticket_id, connector_id=connector_id)
            title, names = await workbench.history.order_names(
                ticket.vehicle_model_id, ticket.vehicle_model_variant_id, ticket.product_ids
            )
            return title, names, ticket.vehicle_vin or ""

        def done(described: tuple[str, tuple[str, ...], str]) -> None:
            self._described = described
            self._show()

        def failed(error: ServiceError, _retry: Callable[[], None]) -> None:
            _log.info("the names of ticket %s could not be read: %s", ticket_id, error)

        self.tasks.start("describe", work, done, on_failure=failed, busy=False)

    def _close_follower(self) -> None:
        follower, self._follower = self._follower, None
        if follower is not None:
            # The task that read its events is cancelled already; closing the socket needs the loop.
            task = asyncio.ensure_future(follower.aclose())
            self._closing = task  # keep a reference until it is done

    def _on_follow_event(self, event: FollowEvent) -> None:
        from app.services.live import (  # noqa: PLC0415 - loaded with the page's work
            ChannelPinged,
            ConnectionChanged,
            ConnectorChanged,
            LinkChanged,
            MessagesArrived,
            TicketChanged,
        )

        match event:
            case TicketChanged(status=status):
                self._on_ticket_changed(status)
            case ConnectorChanged(status=status):
                self._on_connector_changed(status)
            case ConnectionChanged(status=status):
                self._on_connection_changed(status)
            case MessagesArrived(messages=messages, live=live):
                self._on_messages_arrived(messages, live=live)
            case LinkChanged(status=status):
                self._on_link_changed(status)
            case ChannelPinged():
                _log.info("the operator's side pinged the channel of ticket %s", self._following)

    def _on_ticket_changed(self, status: TicketStatus) -> None:
        before = self._ticket
        self._ticket = status
        self.clear_error()
        self.status_panel.set_ticket(status)
        state = ticket_state(int(status.state))
        if before is not None and before.state != status.state and state in _FINAL:
            # The operator writes the session's notes when the work ends.
            self._load_notes()
        self._show()

    def _on_connector_changed(self, status: ConnectorStatus) -> None:
        self._connector = status
        self.status_panel.set_connector(status)
        if status.call_for_attention and not self._attention_seen:
            self._attention_seen = True
            self.attention.show_attention()
            if self.notifier is not None:
                self.notifier.operator_message(
                    self.tr("Operator"), self.tr("The operator needs you at the car.")
                )
        elif not status.call_for_attention:
            # Shown again only when the operator calls again.
            self._attention_seen = False
            self.attention.clear()

    def _on_connection_changed(self, status: ConnectionStatus) -> None:
        self.status_panel.set_connection(status)

    def _on_link_changed(self, status: LinkStatus) -> None:
        self.status_panel.set_link(status)

    def _on_messages_arrived(self, messages: tuple[ChatMessage, ...], *, live: bool) -> None:
        first_load = self.chat.count_messages() == 0 and not live
        at_bottom = self._chat_at_bottom()
        new = self.chat.add_messages(messages)
        theirs = [m for m in messages if m.sender != "technician"]
        if theirs:
            self._last_heard = time.monotonic()
            self.composer.set_ping_offered(offered=False)
        for message in messages:
            if message.attachment is not None and _is_image_message(message):
                self._ask_thumbnail(message)
        if new and not first_load and theirs:
            if not (self._looking() and at_bottom):
                self._set_unread(self._unread + len(theirs))
            if self.notifier is not None:
                for message in theirs:
                    self.notifier.operator_message(sender_text(message), self._preview(message))
        self._show_chat_hint()

    # --- chat: sending -----------------------------------------------------------------------------------

    def _on_composer_sig_send_requested(self, text: str) -> None:
        channel = self._channel()
        if channel is None or self.tasks.running(_SEND):
            return
        chat = self._chat_service()

        async def work() -> ChatMessage:
            return await chat.send_text(channel, text)

        self.tasks.start(_SEND, work, self._on_text_sent, busy=False)

    def _on_text_sent(self, message: ChatMessage) -> None:
        self.composer.clear_text()
        self._show_sent(message)

    def _show_sent(self, message: ChatMessage) -> None:
        if self._follower is not None:
            self._follower.mark_seen(message)
        self.chat.add_messages([message])
        self.chat.scroll_to_newest()
        self._show_chat_hint()

    def _on_composer_sig_files_chosen(self, paths: list[Path]) -> None:
        channel = self._channel()
        if channel is None:
            return
        chat = self._chat_service()
        refused: list[str] = []
        for path in paths:
            check = chat.check_file(Path(path))
            if check.refusal is not None:
                refused.append(refusal_text(check.refusal, check.file_name, check.max_bytes))
                continue
            self._start_upload(channel, check)
        if refused:
            self.show_notice(" ".join(refused), level=BannerLevel.WARNING)

    def _start_upload(self, channel: str, check: FileCheck) -> None:
        upload_id = uuid.uuid4().hex
        upload = _Upload()
        self._uploads[upload_id] = upload
        self.composer.add_upload(upload_id, check.file_name, check.size, None)
        chat = self._chat_service()

        def progress(sent: int, total: int) -> None:
            now = time.monotonic()
            if sent >= total or now - upload.last_progress >= _PROGRESS_INTERVAL:
                upload.last_progress = now
                self.composer.set_upload_progress(upload_id, sent, total)

        async def work() -> tuple[ChatMessage, QImage | None]:
            thumbnail = await asyncio.to_thread(load_thumbnail, check.path) if check.is_image else None
            if thumbnail is not None and not thumbnail.isNull():
                self.composer.add_upload(upload_id, check.file_name, check.size, thumbnail)
            message = await chat.send_file(channel, check.path, progress=progress, cancel=upload.cancel)
            return message, thumbnail

        def done(result: tuple[ChatMessage, QImage | None]) -> None:
            message, thumbnail = result
            self._uploads.pop(upload_id, None)
            self.composer.finish_upload(upload_id)
            self._show_sent(message)
            if thumbnail is not None and not thumbnail.isNull():
                self._thumbnails_asked.add(str(message.id))
                self.chat.set_thumbnail(str(message.id), thumbnail)

        def failed(error: ServiceError, _retry: Callable[[], None]) -> None:
            self._uploads.pop(upload_id, None)
            if error.failure == Failure.CANCELLED:
                self.composer.finish_upload(upload_id)
            else:
                self.composer.fail_upload(upload_id, failure_text(error))

        self.tasks.start(f"upload:{upload_id}", work, done, on_failure=failed, busy=False)

    def _on_composer_sig_upload_cancel_requested(self, upload_id: str) -> None:
        upload = self._uploads.get(upload_id)
        if upload is not None:
            # The service stops between two chunks and posts nothing: no half attachment in the chat.
            upload.cancel.set()

    # --- chat: attachments, translation, ping ----------------------------------------------------------

    def _ask_thumbnail(self, message: ChatMessage) -> None:
        message_id = str(message.id)
        channel = self._channel()
        attachment = message.attachment
        if message_id in self._thumbnails_asked or channel is None or attachment is None:
            return
        self._thumbnails_asked.add(message_id)
        chat = self._chat_service()
        name = attachment.file_name or "image"

        async def work() -> QImage:
            path = await chat.fetch_attachment(channel, attachment.file_reference, name)
            return await asyncio.to_thread(load_thumbnail, path)

        def done(image: QImage) -> None:
            if not image.isNull():
                self.chat.set_thumbnail(message_id, image)

        def failed(error: ServiceError, _retry: Callable[[], None]) -> None:
            # The bubble keeps its placeholder; a click downloads it again.
            _log.info("no thumbnail for message %s: %s", message_id, error)
            self._thumbnails_asked.discard(message_id)

        self.tasks.start(f"thumb:{message_id}", work, done, on_failure=failed, busy=False)

    def _on_chat_sig_attachment_clicked(self, message_id: str) -> None:
        message = self.chat.message(message_id)
        if message is None or message.attachment is None:
            return
        attachment = message.attachment
        self._open_attachment(
            f"open:{message_id}", attachment.file_reference, attachment.file_name, message_id
        )

    def _on_notes_sig_attachment_clicked(self, file_reference: str, file_name: str) -> None:
        self._open_attachment(f"open-note:{file_reference}", file_reference, file_name, None)

    def _open_attachment(
        self, key: str, file_reference: str, file_name: str | None, message_id: str | None
    ) -> None:
        channel = self._channel()
        if channel is None:
            return
        chat = self._chat_service()
        if message_id is not None:
            self.chat.set_attachment_busy(message_id, busy=True)

        async def work() -> Path:
            return await chat.fetch_attachment(channel, file_reference, file_name or "attachment")

        def done(path: Path) -> None:
            if message_id is not None:
                self.chat.set_attachment_busy(message_id, busy=False)
            self.open_file(path)

        def failed(error: ServiceError, retry: Callable[[], None]) -> None:
            if message_id is not None:
                self.chat.set_attachment_busy(message_id, busy=False)
            self.show_failure(error, retry)

        self.tasks.start(key, work, done, on_failure=failed, busy=False)

    def open_file(self, path: Path) -> None:
        """Open a downloaded file with the program the desktop has for it.

        A program or script is never started from the chat: its folder opens instead.
        """
        if is_blocked(path.name):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
            self.show_notice(
                fill(
                    self.tr("%1 is a program or script, so Workbay does not open it. It is saved in %2."),
                    path.name,
                    str(path.parent),
                ),
                level=BannerLevel.WARNING,
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.show_notice(
                fill(self.tr("%1 is saved in %2; no program here opens it."), path.name, str(path.parent)),
                level=BannerLevel.WARNING,
            )

    def _on_chat_sig_translate_requested(self, message_id: str) -> None:
        message = self.chat.message(message_id)
        if message is None or not (message.content or "").strip():
            return
        chat = self._chat_service()
        language = self.context.language
        text = message.content or ""
        self.chat.set_translating(message_id, busy=True)

        async def work() -> str:
            return await chat.translate(text, language)

        def done(translation: str) -> None:
            self.chat.set_translating(message_id, busy=False)
            self.chat.set_translation(message_id, translation)

        def failed(error: ServiceError, retry: Callable[[], None]) -> None:
            self.chat.set_translating(message_id, busy=False)
            self.show_failure(error, retry)

        self.tasks.start(f"translate:{message_id}", work, done, on_failure=failed, busy=False)

    def _on_chat_sig_original_requested(self, message_id: str) -> None:
        self.chat.set_translation(message_id, None)

    def _on_composer_sig_ping_requested(self) -> None:
        channel = self._channel()
        if channel is None:
            return
        chat = self._chat_service()

        async def work() -> None:
            await chat.ping(channel)

        def done(_none: None) -> None:
            self._last_heard = time.monotonic()
            self.composer.set_ping_offered(offered=False)
            self.show_notice(
                self.tr("The operator's screen shows that you are waiting. They answer here in the chat.")
            )

        self.tasks.start(_PING, work, done, busy=False)

    def _on_silence_timeout(self) -> None:
        state = ticket_state(int(self._ticket.state)) if self._ticket is not None else None
        working = state in {TicketState.PENDING, TicketState.IN_PROGRESS, TicketState.OUTSOURCED}
        quiet = time.monotonic() - self._last_heard >= PING_AFTER_SECONDS
        self.composer.set_ping_offered(bool(working and quiet and self._channel()))

    # --- notes and satisfaction --------------------------------------------------------------------------

    def _load_notes(self) -> None:
        ticket_id = self.draft.ticket.ticket_id
        if ticket_id is None:
            return
        chat = self._chat_service()
        self.notes.set_loading()

        async def work() -> tuple[Note, ...]:
            return await chat.notes(ticket_id)

        def failed(error: ServiceError, _retry: Callable[[], None]) -> None:
            self.notes.set_failed(failure_text(error))

        self.tasks.start(_NOTES, work, self.notes.set_notes, on_failure=failed, busy=False)

    def _on_csat_sig_submitted(self, score: int, comment: str) -> None:
        ticket_id = self.draft.ticket.ticket_id
        if ticket_id is None:
            return
        chat = self._chat_service()
        self.csat.set_sending(busy=True)

        async def work() -> None:
            await chat.set_csat(ticket_id, score, comment)

        def done(_none: None) -> None:
            self.csat.set_sending(busy=False)
            self.csat.set_sent(score, comment)
            ticket = self.draft.ticket.model_copy(update={"csat_score": score, "csat_comment": comment})
            self.change_draft(with_ticket(self.draft, ticket))

        def failed(error: ServiceError, _retry: Callable[[], None]) -> None:
            self.csat.set_sending(busy=False)
            self.csat.set_failed(failure_text(error))

        self.tasks.start(_CSAT, work, done, on_failure=failed, busy=False)

    # --- history, refresh, attention -------------------------------------------------------------------

    def _on_history_button_clicked(self) -> None:
        from app.gui.history import HistoryDialog  # noqa: PLC0415 - opened rarely

        vin = self.draft.vehicle.vin or (self._connector.vin if self._connector is not None else None)
        dialog = HistoryDialog(
            self.context.workbench.history,
            vin=vin or None,
            connector_id=self.draft.login.connector_id,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # show(), not open(): open() would block the window while the history is on screen.
        dialog.show()
        self.history_dialog = dialog

    def _on_refresh_button_clicked(self) -> None:
        follower = self._follower
        if follower is None or not self.tasks.running(_FOLLOW):
            self._follow()
            return

        async def work() -> None:
            await follower.refresh()

        self.tasks.start("refresh", work, lambda _none: None, busy=False)
        self._load_notes()

    def _on_attention_sig_dismissed(self) -> None:
        self.attention.clear()
        connector_uuid = self.draft.login.connector_uuid
        if not connector_uuid:
            return
        chat = self._chat_service()

        async def work() -> None:
            await chat.dismiss_call_for_attention(connector_uuid)

        def failed(error: ServiceError, _retry: Callable[[], None]) -> None:
            # The banner is gone either way; the connector may keep blinking until the operator stops it.
            _log.info("the call for attention was not acknowledged: %s", error)

        self.tasks.start("dismiss", work, lambda _none: None, on_failure=failed, busy=False)

    # --- unread ----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The window came to the front: what the chat shows counts as seen. The status column's cards
        changed: the column gets the width they need."""
        if event.type() == QEvent.Type.ActivationChange and watched is self.window():
            self._maybe_seen()
        elif event.type() == QEvent.Type.LayoutRequest and watched is self.form.sideColumn:
            self._fit_side_column()
        return False

    def _fit_side_column(self) -> None:
        scroll = self.form.sideScroll
        needed = (
            self.form.sideColumn.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
        )
        width = max(_SIDE_MIN_WIDTH, needed)
        if scroll.minimumWidth() != width:
            scroll.setMinimumWidth(width)

    def _on_chat_sig_reached_bottom(self) -> None:
        self._maybe_seen()

    def _maybe_seen(self) -> None:
        if self._unread and self._looking() and self._chat_at_bottom():
            self._set_unread(0)
            if self.notifier is not None:
                self.notifier.clear()

    def _looking(self) -> bool:
        window = self.window()
        return window.isActiveWindow() and not window.isMinimized() and self.isVisible()

    def _chat_at_bottom(self) -> bool:
        return self.chat.at_bottom()

    def _set_unread(self, count: int) -> None:
        if count == self._unread:
            return
        self._unread = count
        badge = self.form.unreadBadge
        badge.setText(self.tr("%n new messages", "", count))
        badge.setVisible(count > 0)
        self.sig_unread_changed.emit(count)
        self.sig_state_changed.emit()

    # --- showing it ------------------------------------------------------------------------------------

    def _channel(self) -> str | None:
        return self._ticket.chat_id if self._ticket is not None else None

    def _chat_service(self) -> ChatService:
        return self.context.workbench.chat

    def _show(self) -> None:
        form = self.form
        draft = self.draft
        status = self._ticket
        ticket_id = status.ticket_id if status is not None else draft.ticket.ticket_id
        number = str(ticket_id) if ticket_id is not None else "—"
        form.headingLabel.setText(fill(self.tr("Ticket %1"), number))
        form.numberValue.setText(number)
        if status is not None:
            form.stateBadge.setText(state_text(int(status.state)))
            form.stateBadge.setProperty("tone", state_tone(status.state))
            repolish(form.stateBadge)
            form.stateBadge.show()
        else:
            form.stateBadge.hide()
        form.introLabel.setText(self.tr("Your order is placed. Reading its state from the service…"))
        # Once the state is known, the status card says it (with the connector's details): once is enough.
        form.introLabel.setVisible(status is None)
        chosen = draft.vehicle.vehicle
        title, described_names, described_vin = self._described
        form.vehicleValue.setText(chosen.title if chosen is not None else (title or "—"))
        vin = draft.vehicle.vin or described_vin
        form.vinValue.setText(vin or "—")
        names = [product.name for product in draft.products.products] or list(described_names)
        form.productsValue.setText("\n".join(f"• {name}" for name in names) if names else "—")
        reference = draft.ticket.reference.strip()
        form.referenceValue.setText(reference or "—")
        form.referenceLabel.setVisible(bool(reference))
        form.referenceValue.setVisible(bool(reference))
        total = draft.price.total_text
        form.totalValue.setText(total)
        form.totalLabel.setVisible(bool(total))
        form.totalValue.setVisible(bool(total))
        form.unreadBadge.setVisible(self._unread > 0)
        self._show_chat_state(status)
        self._show_chat_hint()

    def _show_chat_state(self, status: TicketStatus | None) -> None:
        state = ticket_state(int(status.state)) if status is not None else None
        if status is None:
            self.composer.set_enabled_for_chat(enabled=False, reason=self.tr("Reading the ticket…"))
        elif not status.chat_id:
            self.composer.set_enabled_for_chat(enabled=False, reason=self.tr("This ticket has no chat."))
        elif state in _FINAL:
            self.composer.set_enabled_for_chat(
                enabled=False,
                reason=self.tr("The ticket is over; the chat is closed. Its messages stay here to read."),
            )
        else:
            self.composer.set_enabled_for_chat(enabled=True)
        closed = state == TicketState.CLOSED
        self.csat.setVisible(closed)
        ticket = self.draft.ticket
        if closed and ticket.csat_score is not None:
            self.csat.set_sent(ticket.csat_score, ticket.csat_comment)

    def _show_chat_hint(self) -> None:
        # The empty chat says it itself (its placeholder); the line under it is not needed.
        self.form.chatHint.hide()
        reading = self._ticket is None
        self.chat.set_placeholder_text(self.tr("Reading the messages…") if reading else None)

    def _preview(self, message: ChatMessage) -> str:
        if message.attachment is not None and not (message.content or "").strip():
            return fill(self.tr("Sent a file: %1"), message.attachment.file_name or "")
        return (message.content or "").strip()

    # --- drag and drop onto the whole page -------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept files while the chat takes them."""
        if event.mimeData().hasUrls() and self._channel() is not None and self.composer.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Send the dropped files into the chat."""
        paths = self.composer.accept_drop(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self._on_composer_sig_files_chosen(paths)


_FINAL: Final = frozenset({TicketState.CLOSED, TicketState.CANCELLED})


def _is_image_message(message: ChatMessage) -> bool:
    attachment = message.attachment
    return attachment is not None and is_image(attachment.file_name or "")
