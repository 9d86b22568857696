"""The earlier tickets of a car or of a connector, and each one's receipt, in a dialog beside the wizard.

:class:`HistoryDialog` lists the finished tickets of the VIN ("This vehicle") or of the connector the
technician is logged in with ("This connector"), newest first: when it finished, its state, the work, the
total in both currencies and the workshop's reference. A click (or Enter) on a row opens the ticket inside
the dialog: its times, car, odometer, reference and voucher, the product lines with their discounts, the
sub-total, the OE service fee and the total, and the operator's notes with the names of their files. Back
returns to the list exactly where it was.

The dialog is not modal: the technician keeps working in the wizard beside it (looking up what was done
last time while choosing the products is the point). Loads run through a :class:`TaskRunner`, the newest
request winning; closing the dialog cancels them, and showing it again reloads the list. A ticket's
receipt never changes once finished, so each is read once per dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final, TypeVar

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.api.models import Note
from app.domain.ticket_state import TicketState, ticket_state
from app.gui.generated.ui_history_dialog import Ui_HistoryDialog
from app.gui.messages import failure_text
from app.gui.tasks import TaskRunner
from app.gui.theme import colour, current_theme, icon, pixmap, repolish
from app.gui.widgets.price_table import SEPARATOR, amount_text, fill, money_text
from app.gui.widgets.ticket_status import state_text
from app.services.errors import Failure, ServiceError
from app.services.history import HistoryDetail, HistoryLine, HistoryRow, HistoryService
from app.services.pricing import Amount

__all__ = ["HistoryColumn", "HistoryDialog", "HistoryScope", "ReceiptLine", "ReceiptTotal"]

_log = logging.getLogger(__name__)

T = TypeVar("T")
_Work = Callable[[], Awaitable[T]]
_Done = Callable[[T], None]
_Failed = Callable[[ServiceError], None]

_LIST: Final = "history-list"
_DETAIL: Final = "history-detail"
#: At most this many tickets are read (the newest); a list this long may have older ones beyond it.
_LIST_LIMIT: Final = 100
#: Failures a Retry cannot cure: the technician must log in again (or may not see the tickets at all).
_NO_RETRY: Final = frozenset({Failure.SESSION_EXPIRED, Failure.FORBIDDEN})
#: Room left around the dialog inside the window it belongs to.
_WINDOW_MARGIN: Final = 24
#: The dialog's preferred size on a desk and on a touch kiosk (within the window's size).
_DESK_SIZE: Final = QSize(980, 660)
_KIOSK_SIZE: Final = QSize(1180, 820)
_DASH: Final = "\u2014"
_NBSP: Final = "\u00a0"


class HistoryScope(StrEnum):
    """Whose tickets the list shows."""

    VEHICLE = "vehicle"
    CONNECTOR = "connector"


class HistoryColumn:
    """The columns of the ticket list."""

    FINISHED: Final = 0
    STATE: Final = 1
    VEHICLE: Final = 2
    WORK: Final = 3
    TOTAL: Final = 4
    REFERENCE: Final = 5


class _Load(StrEnum):
    """Where a list or a receipt stands."""

    NONE = "none"
    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """A product line of the receipt as shown (amounts in both currencies; "" for a column not shown)."""

    name: str
    quantity: str
    price: str
    list_price: str = ""
    discount: str = ""


@dataclass(frozen=True, slots=True)
class ReceiptTotal:
    """A line under the products (sub-total, voucher, fee, total) as shown."""

    label: str
    amount: str


@dataclass
class _ScopeList:
    """One scope's list as loaded so far."""

    load: _Load = _Load.NONE
    rows: tuple[HistoryRow, ...] = ()
    error: ServiceError | None = None


def _local(moment: datetime) -> datetime:
    return moment.astimezone()


def _date_text(moment: datetime, locale: QLocale) -> str:
    """The local date in the locale's short order, always with four year digits (``04.03.2025``)."""
    local = _local(moment)
    layout = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in layout:
        layout = layout.replace("yy", "yyyy")
    return locale.toString(QDate(local.year, local.month, local.day), layout)


def _time_text(moment: datetime, locale: QLocale) -> str:
    local = _local(moment)
    return locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def _when_text(moment: datetime | None, locale: QLocale) -> str:
    """Local date and time, or a dash when the server did not say."""
    if moment is None:
        return _DASH
    return f"{_date_text(moment, locale)}  {_time_text(moment, locale)}"


def _stacked_amount(amount: Amount | None, locale: QLocale) -> str:
    """Both currencies, one above the other: a narrow column leaves the work done its room."""
    if amount is None:
        return _DASH
    return amount_text(amount, locale).replace(SEPARATOR, "\n")


def _finished_or_created(row: HistoryRow) -> datetime | None:
    return row.finished_at or row.created_at


def _plain(label: QLabel, text: str) -> None:
    """Text from the server shown as it is: a name with ``<b>`` in it is never read as markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def _set_role(widget: QWidget, role: str) -> None:
    if widget.property("role") != role:
        widget.setProperty("role", role)
        repolish(widget)


def _voucher_discount(detail: HistoryDetail) -> Amount | None:
    """What the voucher took off: the sub-total and the fee less the total (None without a voucher).

    The server keeps the total after the voucher but not the voucher's own amount; without this line a
    receipt whose lines do not add up to its total would look wrong.
    """
    sub_total, fee, total = detail.sub_total, detail.fee, detail.total
    if not detail.voucher or sub_total is None or total is None:
        return None
    try:
        before = sub_total if fee is None else sub_total + fee
        money = before.money - total.money
        localized = (
            None
            if before.localized is None or total.localized is None
            else before.localized - total.localized
        )
    except ValueError:
        # Amounts in different currencies: no difference worth showing.
        return None
    if money.amount <= 0:
        return None
    return Amount(money, localized)


class _AmountCell(QWidget):
    """An amount in the provider's currency and, quieter, in the customer's: beneath it or beside it."""

    def __init__(
        self,
        amount: Amount | None,
        locale: QLocale,
        *,
        role: str,
        stacked: bool,
        negative: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self) if stacked else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if not stacked:
            layout.addStretch(1)
        self.main = QLabel(self)
        self.main.setProperty("role", role)
        self.main.setAlignment(right)
        self.main.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.main)
        self.text = ""
        if amount is None:
            self.main.setText(_DASH)
            self.main.setProperty("role", "hint")
            return
        self.main.setText(money_text(amount.money, locale, negative=negative))
        self.text = amount_text(amount, locale, negative=negative)
        self.setAccessibleName(self.text)
        localized = amount.localized
        if localized is not None and localized.currency != amount.money.currency:
            local = QLabel(self)
            local.setProperty("role", "hint")
            local.setAlignment(right)
            local.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text = money_text(localized, locale, negative=negative)
            local.setText(text if stacked else SEPARATOR + text)
            layout.addWidget(local)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as the wrapped text of their wide columns.

    QTreeView measures a row without its columns' widths, so a long product list would be cut to the
    row's least height; this measures the text of ``wrapped`` columns at the width the column has.
    """

    def __init__(self, view: QTreeView, wrapped: frozenset[int]) -> None:
        super().__init__(view)
        self._view = view
        self._wrapped = wrapped

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The cell's size, with the height its text needs when wrapped to the column's width."""
        hint = super().sizeHint(option, index)
        if index.column() not in self._wrapped:
            return hint
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.rect = QRect(0, 0, self._view.columnWidth(index.column()), hint.height())
        style = self._view.style()
        text_area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, self._view)
        # The style draws the text this far inside its area on either side.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, cell, self._view) + 1
        width = text_area.width() - 2 * margin
        if width <= 0 or not cell.text:
            return hint
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        needed = cell.fontMetrics.boundingRect(QRect(0, 0, width, 1_000_000), flags, cell.text).height()
        chrome = hint.height() - text_area.height()
        return QSize(hint.width(), max(hint.height(), needed + chrome))


class HistoryDialog(QDialog):
    """Earlier tickets of a VIN or a connector, with each ticket's receipt and notes (not modal)."""

    sig_list_shown = Signal(str)
    """A scope's list finished loading and is on show, empty or not (argument: the :class:`HistoryScope`)."""

    sig_detail_shown = Signal(int)
    """A ticket's receipt is on show (argument: the ticket's id)."""

    def __init__(
        self,
        service: HistoryService,
        *,
        vin: str | None,
        connector_id: int | None,
        parent: QWidget | None = None,
        ticket_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        # Beside the wizard, not in front of it: the technician may look things up while ordering.
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        # The wizard's grey canvas behind the cards (the style sheet paints it for the main window only).
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, colour("canvas"))
        self.setPalette(palette)
        self.form = Ui_HistoryDialog()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]  # uic's code carries no annotations
        form = self.form
        for card in (form.factsCard, form.linesCard, form.notesCard):
            # The style sheet draws every card by this one name; Designer needs unique ones.
            card.setObjectName("card")
            repolish(card)
        self._service = service
        self._vin = (vin or "").strip().upper() or None
        self._connector_id = connector_id
        #: Not a child of the dialog: a load finishing after the dialog is gone must find its runner alive
        #: (it drops the result itself, see :meth:`_run`).
        self.tasks = TaskRunner()
        self._lists = {scope: _ScopeList() for scope in HistoryScope}
        self._scope = HistoryScope.VEHICLE if self._vin else HistoryScope.CONNECTOR
        self._details: dict[int, HistoryDetail] = {}
        self._receipt_lines: list[ReceiptLine] = []
        self._receipt_totals: list[ReceiptTotal] = []
        self._note_texts: list[str] = []
        #: The ticket whose receipt is on show or on its way (None: the list is on show).
        self._ticket_id: int | None = None
        self._detail_load = _Load.NONE
        self._detail_error: ServiceError | None = None
        #: A ticket opened straight away: its row is made current once the list arrives.
        self._pending_row: int | None = ticket_id
        self._sized = False

        self._setup_list()
        self._setup_buttons()
        self.retranslate()
        if ticket_id is not None:
            self.show_ticket(ticket_id)
        else:
            form.views.setCurrentWidget(form.listView)

    # --- what the window and the tests read -------------------------------------------------------------

    @property
    def vin(self) -> str | None:
        """The VIN of "This vehicle" (None: that choice is not offered)."""
        return self._vin

    @property
    def connector_id(self) -> int | None:
        """The connector of "This connector" (None: that choice is not offered)."""
        return self._connector_id

    @property
    def scope(self) -> HistoryScope:
        """Whose tickets the list shows."""
        return self._scope

    @property
    def rows(self) -> tuple[HistoryRow, ...]:
        """The tickets of the current scope as loaded (empty while loading or after a failure)."""
        return self._lists[self._scope].rows

    @property
    def shown_ticket_id(self) -> int | None:
        """The ticket whose receipt is on show or being read (None while the list is on show)."""
        return self._ticket_id

    @property
    def detail(self) -> HistoryDetail | None:
        """The receipt on show, once read."""
        return None if self._ticket_id is None else self._details.get(self._ticket_id)

    def receipt_lines(self) -> list[ReceiptLine]:
        """The product lines of the receipt on show, top to bottom."""
        return list(self._receipt_lines)

    def receipt_totals(self) -> list[ReceiptTotal]:
        """The sub-total, voucher, fee and total lines of the receipt on show, top to bottom."""
        return list(self._receipt_totals)

    def note_texts(self) -> list[str]:
        """The notes of the receipt on show as shown, newest first: the text, then one line per file."""
        return list(self._note_texts)

    def shows(self, vin: str | None, connector_id: int | None) -> bool:
        """Whether this dialog was opened for this VIN and connector (so it can be reused for them)."""
        return self._vin == ((vin or "").strip().upper() or None) and self._connector_id == connector_id

    def item(self, ticket_id: int) -> QTreeWidgetItem | None:
        """The list's row of a ticket, when listed."""
        tree = self.form.ticketList
        for index in range(tree.topLevelItemCount()):
            found = tree.topLevelItem(index)
            if found is not None and found.data(0, Qt.ItemDataRole.UserRole) == ticket_id:
                return found
        return None

    # --- what the technician (or the vehicle page) does -------------------------------------------------

    def set_scope(self, scope: HistoryScope) -> None:
        """Show the tickets of the vehicle or of the connector (ignored when that one was not given)."""
        if (scope == HistoryScope.VEHICLE and self._vin is None) or (
            scope == HistoryScope.CONNECTOR and self._connector_id is None
        ):
            return
        form = self.form
        form.vehicleScopeButton.setChecked(scope == HistoryScope.VEHICLE)
        form.connectorScopeButton.setChecked(scope == HistoryScope.CONNECTOR)
        if scope == self._scope:
            return
        self._scope = scope
        # The scope left loses its load (latest wins); what it had loaded stays for coming back.
        self.tasks.cancel(_LIST)
        for other in HistoryScope:
            if other != scope and self._lists[other].load == _Load.LOADING:
                self._lists[other].load = _Load.NONE
        self._ensure_list()
        self._fill_list()

    def show_ticket(self, ticket_id: int) -> None:
        """Open a ticket's receipt inside the dialog (read now, or at once when read before)."""
        form = self.form
        if self._ticket_id == ticket_id and self._detail_load in {_Load.LOADING, _Load.READY}:
            form.views.setCurrentWidget(form.detailView)
            return
        self.tasks.cancel(_DETAIL)
        self._ticket_id = ticket_id
        self._detail_error = None
        form.views.setCurrentWidget(form.detailView)
        if ticket_id in self._details:
            self._detail_load = _Load.READY
        else:
            self._detail_load = _Load.NONE
            if self.isVisible():
                self._load_detail()
        self._show_detail()
        form.detailScroll.verticalScrollBar().setValue(0)
        form.backButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list(self) -> None:
        """Back to the list, where it was; the ticket just seen is the current row."""
        form = self.form
        self.tasks.cancel(_DETAIL)
        shown = self._ticket_id
        self._ticket_id = None
        self._detail_load = _Load.NONE
        form.views.setCurrentWidget(form.listView)
        self._ensure_list()
        if shown is not None:
            row = self.item(shown)
            if row is not None:
                tree = form.ticketList
                if tree.currentItem() is not row:
                    tree.setCurrentItem(row)
                # Only a row out of view moves the list; one the technician just clicked is in view.
                tree.scrollToItem(row, QAbstractItemView.ScrollHint.EnsureVisible)
        form.ticketList.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        form = self.form
        self.setWindowTitle(self.tr("Earlier tickets"))
        form.listHeading.setText(self.tr("Earlier tickets"))
        form.vehicleScopeButton.setText(self.tr("This vehicle"))
        form.vehicleScopeButton.setToolTip(self.tr("Every finished ticket of this VIN"))
        form.connectorScopeButton.setText(self.tr("This connector"))
        form.connectorScopeButton.setToolTip(
            self.tr("Every finished ticket ordered through this connector, for any car")
        )
        form.ticketList.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("State"),
                self.tr("Vehicle"),
                self.tr("Work"),
                self.tr("Total"),
                self.tr("Reference"),
            ]
        )
        form.ticketList.setAccessibleName(self.tr("Earlier tickets"))
        form.listLoadingLabel.setText(self.tr("Looking for earlier tickets…"))
        form.listRetryButton.setText(self.tr("Retry"))
        form.backButton.setText(self.tr("Back to the list"))
        form.backButton.setToolTip(self.tr("Back to the earlier tickets (Esc)"))
        form.detailRetryButton.setText(self.tr("Retry"))
        form.createdCaption.setText(self.tr("Ordered"))
        form.finishedCaption.setText(self.tr("Finished"))
        form.vehicleCaption.setText(self.tr("Vehicle"))
        form.vinCaption.setText(self.tr("VIN"))
        form.odometerCaption.setText(self.tr("Odometer"))
        form.referenceCaption.setText(self.tr("Your reference"))
        form.voucherCaption.setText(self.tr("Voucher"))
        form.linesHeading.setText(self.tr("Products"))
        form.linesEmpty.setText(self.tr("The server sent no product lines for this ticket."))
        form.notesHeading.setText(self.tr("The operator's notes"))
        form.notesEmpty.setText(self.tr("The operator left no notes on this ticket."))
        form.closeButton.setText(self.tr("Close"))
        self._fill_list()
        self._show_detail()

    # --- Qt's events ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Fit the window it belongs to on the first show; start what is not loaded."""
        if not self._sized:
            self._sized = True
            self._fit()
        super().showEvent(event)
        self._ensure_list()
        if self._ticket_id is not None and self._detail_load == _Load.NONE:
            self._load_detail()
            self._show_detail()

    def done(self, result: int) -> None:
        """Closing (Close, Esc on the list, the window's ✕) stops every load; showing again reloads."""
        self.tasks.cancel()
        for entry in self._lists.values():
            # A list read earlier may be out of date when the dialog is shown again.
            entry.load = _Load.NONE
        if self._detail_load == _Load.LOADING:
            self._detail_load = _Load.NONE
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Esc on a receipt goes back to the list; on the list it closes the dialog."""
        if event.key() == Qt.Key.Key_Escape and self.form.views.currentWidget() is self.form.detailView:
            self.show_list()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter on the list opens the current ticket; a resized list shares its width out again.

        Enter goes no further than the list: the dialog would take it for its default button, Close.
        """
        if watched is self.form.ticketList and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if (
            watched is self.form.ticketList
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in {Qt.Key.Key_Return, Qt.Key.Key_Enter}
        ):
            current = self.form.ticketList.currentItem()
            if current is not None:
                self._open_item(current)
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------------------

    def _run(
        self,
        key: str,
        work: _Work[T],
        on_done: _Done[T],
        on_failure: _Failed,
    ) -> None:
        """Start work whose answer is dropped when the dialog is gone (a logout deletes it mid-load)."""

        def done(result: T) -> None:
            if isValid(self):
                on_done(result)

        def failed(error: ServiceError, _retry: object) -> None:
            if isValid(self):
                on_failure(error)

        self.tasks.start(key, work, done, on_failure=failed, busy=False)

    def _ensure_list(self) -> None:
        """Load the current scope's list unless it is loaded or on its way (only while shown)."""
        entry = self._lists[self._scope]
        if entry.load in {_Load.LOADING, _Load.READY} or not self.isVisible():
            return
        scope = self._scope
        service = self._service
        if scope == HistoryScope.VEHICLE:
            vin = self._vin

            async def work() -> tuple[HistoryRow, ...]:
                return await service.tickets(vin=vin, limit=_LIST_LIMIT)
        else:
            connector_id = self._connector_id

            async def work() -> tuple[HistoryRow, ...]:
                return await service.tickets(connector_id=connector_id, limit=_LIST_LIMIT)

        entry.load = _Load.LOADING
        entry.error = None
        self._run(
            _LIST,
            work,
            lambda rows: self._on_rows_loaded(scope, rows),
            lambda error: self._on_rows_failed(scope, error),
        )
        self._fill_list()

    def _on_rows_loaded(self, scope: HistoryScope, rows: tuple[HistoryRow, ...]) -> None:
        entry = self._lists[scope]
        entry.load, entry.rows, entry.error = _Load.READY, rows, None
        if scope == self._scope:
            self._fill_list()
            self.sig_list_shown.emit(scope.value)

    def _on_rows_failed(self, scope: HistoryScope, error: ServiceError) -> None:
        _log.info("earlier tickets (%s) not loaded: %s", scope.value, error)
        entry = self._lists[scope]
        entry.load, entry.error = _Load.FAILED, error
        if scope == self._scope:
            self._fill_list()

    def _load_detail(self) -> None:
        ticket_id = self._ticket_id
        if ticket_id is None:
            return
        service = self._service

        async def work() -> HistoryDetail:
            return await service.detail(ticket_id)

        self._detail_load = _Load.LOADING
        self._detail_error = None
        self._run(
            _DETAIL,
            work,
            lambda detail: self._on_detail_loaded(ticket_id, detail),
            lambda error: self._on_detail_failed(ticket_id, error),
        )

    def _on_detail_loaded(self, ticket_id: int, detail: HistoryDetail) -> None:
        self._details[ticket_id] = detail
        if ticket_id != self._ticket_id:
            return
        self._detail_load = _Load.READY
        self._show_detail()
        self.sig_detail_shown.emit(ticket_id)

    def _on_detail_failed(self, ticket_id: int, error: ServiceError) -> None:
        _log.info("ticket %s not loaded: %s", ticket_id, error)
        if ticket_id != self._ticket_id:
            return
        self._detail_load = _Load.FAILED
        self._detail_error = error
        self._show_detail()

    # --- the list ---------------------------------------------------------------------------------------

    def _setup_list(self) -> None:
        tree = self.form.ticketList
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column in (HistoryColumn.FINISHED, HistoryColumn.STATE, HistoryColumn.TOTAL):
            header.setSectionResizeMode(column, fit)
        # The car and the reference get at most a share of the width (see _fit_columns) and wrap beyond it.
        for column in (HistoryColumn.VEHICLE, HistoryColumn.REFERENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HistoryColumn.WORK, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        tree.headerItem().setTextAlignment(
            HistoryColumn.TOTAL, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        wrapped = frozenset({HistoryColumn.VEHICLE, HistoryColumn.WORK, HistoryColumn.REFERENCE})
        tree.setItemDelegate(_WrappingDelegate(tree, wrapped))
        tree.setMouseTracking(True)
        tree.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        # A wrapped cell's height depends on its column's width, which the header settles after the rows
        # are in: lay the rows out again once it has (a zero timer gathers a burst of resizes into one).
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(tree.doItemsLayout)
        header.sectionResized.connect(self._on_header_section_resized)

    def _setup_buttons(self) -> None:
        form = self.form
        form.vehicleScopeButton.setVisible(self._vin is not None)
        form.connectorScopeButton.setVisible(self._connector_id is not None)
        # One way to look is no choice: the switch only shows when both are there.
        form.scopeSwitch.setVisible(self._vin is not None and self._connector_id is not None)
        form.vehicleScopeButton.setIcon(icon("car"))
        form.connectorScopeButton.setIcon(icon("connector"))
        form.backButton.setIcon(icon("back"))
        form.listRetryButton.setIcon(icon("refresh"))
        form.detailRetryButton.setIcon(icon("refresh"))
        for button in (form.vehicleScopeButton, form.connectorScopeButton, form.backButton):
            button.setIconSize(QSize(20, 20))
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.stateBadge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.backButton.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        # Enter anywhere that does not use it closes the dialog, as in any dialog; the list uses it itself.
        form.closeButton.setDefault(True)
        for button in (form.vehicleScopeButton, form.connectorScopeButton):
            button.setAutoDefault(False)
        form.vehicleScopeButton.setChecked(self._scope == HistoryScope.VEHICLE)
        form.connectorScopeButton.setChecked(self._scope == HistoryScope.CONNECTOR)

        form.vehicleScopeButton.clicked.connect(self._on_vehicle_scope_button_clicked)
        form.connectorScopeButton.clicked.connect(self._on_connector_scope_button_clicked)
        form.ticketList.itemClicked.connect(self._on_ticket_list_item_clicked)
        form.ticketList.itemActivated.connect(self._on_ticket_list_item_activated)
        form.ticketList.installEventFilter(self)
        form.listRetryButton.clicked.connect(self._on_list_retry_button_clicked)
        form.detailRetryButton.clicked.connect(self._on_detail_retry_button_clicked)
        form.backButton.clicked.connect(self._on_back_button_clicked)
        form.closeButton.clicked.connect(self._on_close_button_clicked)

    def _fill_list(self) -> None:
        """Show the current scope's list, or its loading, empty or failed state."""
        form = self.form
        entry = self._lists[self._scope]
        form.listSubtitle.setText(self._subtitle(entry.rows))
        form.listSpinner.set_spinning(entry.load in {_Load.NONE, _Load.LOADING})
        form.listStatus.hide()
        if entry.load in {_Load.NONE, _Load.LOADING}:
            form.listStack.setCurrentWidget(form.listLoadingPage)
            return
        if entry.load == _Load.FAILED:
            error = entry.error or ServiceError(Failure.SERVER)
            self._show_message(
                "warning",
                self.tr("The earlier tickets could not be loaded."),
                failure_text(error),
                retry=error.failure not in _NO_RETRY,
            )
            return
        if not entry.rows:
            empty = (
                self.tr("No earlier tickets for this vehicle.")
                if self._scope == HistoryScope.VEHICLE
                else self.tr("No earlier tickets for this connector.")
            )
            self._show_message(
                "history", empty, self.tr("Finished and cancelled tickets appear here."), retry=False
            )
            return
        self._fill_rows(entry.rows)
        form.listStack.setCurrentWidget(form.listTablePage)
        if len(entry.rows) >= _LIST_LIMIT:
            status = fill(self.tr("The newest %1 tickets."), self.locale().toString(len(entry.rows)))
        else:
            status = self.tr("%n tickets, the newest first.", "", len(entry.rows))
        form.listStatus.setText(status)
        form.listStatus.show()

    def _show_message(self, icon_name: str, text: str, hint: str, *, retry: bool) -> None:
        form = self.form
        form.listMessageIcon.setPixmap(pixmap(icon_name, 40, colour("muted").name()))
        form.listMessage.setText(text)
        form.listMessageHint.setText(hint)
        form.listMessageHint.setVisible(bool(hint))
        form.listRetryButton.setVisible(retry)
        form.listStack.setCurrentWidget(form.listMessagePage)

    def _subtitle(self, rows: tuple[HistoryRow, ...]) -> str:
        if self._scope == HistoryScope.CONNECTOR:
            return self.tr("Tickets ordered through the connector you are logged in with, for any car.")
        # "VIN" stays on the line of the VIN it names when the subtitle wraps.
        vin = fill(self.tr("VIN %1"), self._vin or "").replace(" ", _NBSP)
        title = next((row.vehicle_title for row in rows if row.vehicle_title), "")
        return fill(self.tr("%1 · %2"), title, vin) if title else vin

    def _fill_rows(self, rows: tuple[HistoryRow, ...]) -> None:
        tree = self.form.ticketList
        tree.setUpdatesEnabled(False)
        try:
            current = tree.currentItem()
            keep = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
            tree.clear()
            locale = self.locale()
            for row in rows:
                tree.addTopLevelItem(self._row_item(row, locale))
            tree.setColumnHidden(HistoryColumn.VEHICLE, self._scope == HistoryScope.VEHICLE)
            self._fit_columns()
            wanted = self._pending_row if self._pending_row is not None else keep
            if isinstance(wanted, int):
                item = self.item(wanted)
                if item is not None:
                    tree.setCurrentItem(item)
                    if self._pending_row is not None:
                        self._pending_row = None
                        tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            tree.setUpdatesEnabled(True)

    def _fit_columns(self) -> None:
        """Give the car and the reference their one-line width, up to a share of the list's width.

        The work done is what a technician looks for: it keeps the rest. A long car name or reference
        wraps within its share instead of squeezing the work to a sliver on a narrow kiosk screen.
        """
        tree = self.form.ticketList
        available = tree.viewport().width()
        if available <= 0 or not tree.topLevelItemCount():
            return
        header = tree.header()
        for column, share in ((HistoryColumn.VEHICLE, 0.22), (HistoryColumn.REFERENCE, 0.18)):
            if tree.isColumnHidden(column):
                continue
            width = min(tree.sizeHintForColumn(column), int(available * share))
            tree.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def _row_item(self, row: HistoryRow, locale: QLocale) -> QTreeWidgetItem:
        moment = _finished_or_created(row)
        work = ", ".join(row.product_names) or self.tr("No products named")
        item = QTreeWidgetItem(
            [
                _date_text(moment, locale) if moment is not None else _DASH,
                state_text(row.state),
                row.vehicle_title or row.vin or _DASH,
                work,
                _stacked_amount(row.total, locale),
                row.reference or _DASH,
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, row.id)
        item.setTextAlignment(
            HistoryColumn.TOTAL, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        known = ticket_state(row.state)
        if known == TicketState.CLOSED:
            item.setForeground(HistoryColumn.STATE, colour("success"))
        elif known == TicketState.CANCELLED:
            item.setForeground(HistoryColumn.STATE, colour("muted"))
        if not row.product_names:
            item.setForeground(HistoryColumn.WORK, colour("muted"))
        if not row.reference:
            item.setForeground(HistoryColumn.REFERENCE, colour("muted"))
        tip = [fill(self.tr("Ticket %1"), str(row.id))]
        if moment is not None:
            tip.append(fill(self.tr("Finished %1"), _when_text(moment, locale)))
        tip.append(self.tr("Click to see the products, the totals and the operator's notes."))
        for column in range(item.columnCount()):
            item.setToolTip(column, "\n".join(tip))
        return item

    def _open_item(self, item: QTreeWidgetItem) -> None:
        ticket_id = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(ticket_id, int):
            self.show_ticket(ticket_id)

    # --- the receipt ------------------------------------------------------------------------------------

    def _listed_row(self, ticket_id: int) -> HistoryRow | None:
        for entry in self._lists.values():
            for row in entry.rows:
                if row.id == ticket_id:
                    return row
        return None

    def _show_detail(self) -> None:
        """Show the receipt on show, or its loading or failed state."""
        form = self.form
        ticket_id = self._ticket_id
        if ticket_id is None:
            form.detailSpinner.stop()
            return
        detail = self._details.get(ticket_id)
        if detail is None:
            # What the accessors report must be the receipt on show, never the one before it.
            self._receipt_lines, self._receipt_totals, self._note_texts = [], [], []
        row = detail.row if detail is not None else self._listed_row(ticket_id)
        form.detailHeading.setText(fill(self.tr("Ticket %1"), str(ticket_id)))
        form.stateBadge.setVisible(row is not None)
        if row is not None:
            form.stateBadge.setText(state_text(row.state))
        loading = self._detail_load in {_Load.NONE, _Load.LOADING}
        form.detailSpinner.set_spinning(loading and detail is None)
        if detail is not None:
            self._fill_detail(detail)
            form.detailStack.setCurrentWidget(form.detailContentPage)
        elif self._detail_load == _Load.FAILED:
            error = self._detail_error or ServiceError(Failure.SERVER)
            if error.failure == Failure.NOT_FOUND:
                text = fill(self.tr("Ticket %1 is not among the finished tickets."), str(ticket_id))
            else:
                text = fill(self.tr("Ticket %1 could not be loaded."), str(ticket_id))
            form.detailMessageIcon.setPixmap(pixmap("warning", 40, colour("muted").name()))
            form.detailMessage.setText(text)
            form.detailMessageHint.setText(failure_text(error))
            form.detailRetryButton.setVisible(error.failure not in _NO_RETRY)
            form.detailStack.setCurrentWidget(form.detailMessagePage)
        else:
            form.detailLoadingLabel.setText(fill(self.tr("Reading ticket %1…"), str(ticket_id)))
            form.detailStack.setCurrentWidget(form.detailLoadingPage)

    def _fill_detail(self, detail: HistoryDetail) -> None:
        form = self.form
        locale = self.locale()
        row = detail.row
        form.createdValue.setText(_when_text(row.created_at, locale))
        form.finishedValue.setText(_when_text(row.finished_at, locale))
        _plain(form.vehicleValue, row.vehicle_title or _DASH)
        _plain(form.vinValue, row.vin or _DASH)
        if detail.odometer is not None:
            form.odometerValue.setText(fill(self.tr("%1 km"), locale.toString(detail.odometer)))
        else:
            form.odometerValue.setText(_DASH)
        _plain(form.referenceValue, row.reference or _DASH)
        _plain(form.voucherValue, detail.voucher or self.tr("none"))
        for label, known in (
            (form.vehicleValue, row.vehicle_title),
            (form.vinValue, row.vin),
            (form.odometerValue, detail.odometer is not None),
            (form.referenceValue, row.reference),
            (form.voucherValue, detail.voucher),
        ):
            _set_role(label, "value" if known else "hint")
        self._fill_lines(detail, locale)
        self._fill_notes(detail.notes, locale)

    def _fill_lines(self, detail: HistoryDetail, locale: QLocale) -> None:
        form = self.form
        lines_grid = _fresh_grid(form.linesTable)
        totals_grid = _fresh_grid(form.totalsTable)
        discounted = any(line.discount is not None and not line.discount.is_zero for line in detail.lines)
        self._receipt_lines = []
        self._receipt_totals = []
        form.linesEmpty.setVisible(not detail.lines)
        form.linesTable.setVisible(bool(detail.lines))
        if detail.lines:
            host = form.linesTable
            columns = [self.tr("Product"), self.tr("Qty")]
            if discounted:
                columns += [self.tr("List price"), self.tr("Discount")]
            columns.append(self.tr("Price"))
            for column, text in enumerate(columns):
                label = QLabel(text, host)
                label.setProperty("role", "hint")
                if column:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                lines_grid.addWidget(label, 0, column)
            for number, line in enumerate(detail.lines, start=1):
                self._line(lines_grid, number, line, locale, discounted=discounted)
        row = 0
        if detail.lines:
            row = _rule(totals_grid, row)
        if detail.sub_total is not None:
            row = self._total(totals_grid, row, self.tr("Sub-total"), detail.sub_total, locale, role="value")
        voucher = _voucher_discount(detail)
        if voucher is not None:
            voucher_label = fill(self.tr("Voucher %1"), detail.voucher)
            row = self._total(totals_grid, row, voucher_label, voucher, locale, role="success", negative=True)
        if detail.fee is not None and not detail.fee.is_zero:
            row = self._total(totals_grid, row, self.tr("OE service fee"), detail.fee, locale, role="value")
        if detail.total is not None:
            row = _rule(totals_grid, row)
            self._total(totals_grid, row, self.tr("Total"), detail.total, locale, role="total")

    def _line(
        self, grid: QGridLayout, number: int, line: HistoryLine, locale: QLocale, *, discounted: bool
    ) -> None:
        host = grid.parentWidget()
        top = Qt.AlignmentFlag.AlignTop
        name = QLabel(host)
        title = line.name or fill(self.tr("Product %1"), str(line.product_id))
        _plain(name, title)
        name.setWordWrap(True)
        name.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        grid.addWidget(name, number, 0, top)
        quantity = QLabel(locale.toString(line.quantity), host)
        quantity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(quantity, number, 1, top)
        column = 2
        gross_text = discount_text = ""
        if discounted:
            gross = _AmountCell(line.gross, locale, role="value", stacked=True, parent=host)
            grid.addWidget(gross, number, column, top)
            discount = line.discount if line.discount is not None and not line.discount.is_zero else None
            cell = _AmountCell(discount, locale, role="success", stacked=True, negative=True, parent=host)
            grid.addWidget(cell, number, column + 1, top)
            gross_text, discount_text = gross.text, cell.text
            column += 2
        net = _AmountCell(line.net, locale, role="money", stacked=True, parent=host)
        grid.addWidget(net, number, column, top)
        self._receipt_lines.append(
            ReceiptLine(title, quantity.text(), net.text, list_price=gross_text, discount=discount_text)
        )

    def _total(
        self,
        grid: QGridLayout,
        row: int,
        text: str,
        amount: Amount,
        locale: QLocale,
        *,
        role: str,
        negative: bool = False,
    ) -> int:
        host = grid.parentWidget()
        label = QLabel(host)
        _plain(label, text)
        label.setProperty("role", role)
        label.setWordWrap(True)
        grid.addWidget(label, row, 0)
        cell = _AmountCell(amount, locale, role=role, stacked=False, negative=negative, parent=host)
        grid.addWidget(cell, row, 1)
        self._receipt_totals.append(ReceiptTotal(text, cell.text))
        return row + 1

    def _fill_notes(self, notes: tuple[Note, ...], locale: QLocale) -> None:
        form = self.form
        layout = form.notesListLayout
        _empty_layout(layout)
        # Newest first, as the live page's notes; a note without a time goes last.
        ordered = sorted(
            notes,
            key=lambda note: note.created_at.timestamp() if note.created_at else float("-inf"),
            reverse=True,
        )
        self._note_texts = []
        for note in ordered:
            layout.addWidget(self._note(note, locale))
        form.notesList.setVisible(bool(ordered))
        form.notesEmpty.setVisible(not ordered)

    def _note(self, note: Note, locale: QLocale) -> QWidget:
        box = QWidget(self.form.notesList)
        box.setObjectName("historyNote")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        mark = QLabel(box)
        mark.setPixmap(pixmap("note", 18, colour("muted").name()))
        head.addWidget(mark)
        when = QLabel(_when_text(note.created_at, locale) if note.created_at else self.tr("Note"), box)
        when.setProperty("role", "hint")
        head.addWidget(when, 1)
        layout.addLayout(head)
        shown = [note.value.strip()] if note.value.strip() else []
        if note.value.strip():
            text = QLabel(box)
            _plain(text, note.value.strip())
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(text)
        for attachment in note.attachments:
            chip = QHBoxLayout()
            chip.setSpacing(6)
            clip = QLabel(box)
            clip.setPixmap(pixmap("attach", 16, colour("muted").name()))
            name = QLabel(box)
            _plain(name, attachment.file_name or self.tr("A file without a name"))
            shown.append(name.text())
            name.setProperty("role", "hint")
            name.setObjectName("noteAttachment")
            chip.addWidget(clip)
            chip.addWidget(name, 1)
            layout.addLayout(chip)
        self._note_texts.append("\n".join(shown))
        return box

    # --- sizing -----------------------------------------------------------------------------------------

    def _fit(self) -> None:
        """As large as suits a desk or a kiosk, within the window it belongs to (or the screen)."""
        preferred = _KIOSK_SIZE if current_theme().kiosk else _DESK_SIZE
        owner = self.parentWidget()
        if owner is not None:
            area = owner.window().geometry()
        else:
            screen = self.screen() or QGuiApplication.primaryScreen()
            area = screen.availableGeometry()
        width = max(min(preferred.width(), area.width() - 2 * _WINDOW_MARGIN), 560)
        height = max(min(preferred.height(), area.height() - 2 * _WINDOW_MARGIN), 420)
        self.setMinimumSize(min(640, width), min(440, height))
        self.resize(width, height)
        if owner is not None:
            centre = area.center()
            self.move(centre.x() - width // 2, centre.y() - height // 2)

    # --- slots ------------------------------------------------------------------------------------------

    def _on_vehicle_scope_button_clicked(self) -> None:
        self.set_scope(HistoryScope.VEHICLE)

    def _on_connector_scope_button_clicked(self) -> None:
        self.set_scope(HistoryScope.CONNECTOR)

    def _on_ticket_list_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open_item(item)

    def _on_ticket_list_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open_item(item)

    def _on_header_section_resized(self, _column: int, _old: int, _new: int) -> None:
        self._relayout.start()

    def _on_list_retry_button_clicked(self) -> None:
        self._lists[self._scope].load = _Load.NONE
        self._ensure_list()

    def _on_detail_retry_button_clicked(self) -> None:
        self._load_detail()
        self._show_detail()

    def _on_back_button_clicked(self) -> None:
        self.show_list()

    def _on_close_button_clicked(self) -> None:
        self.close()


def _fresh_grid(host: QWidget) -> QGridLayout:
    """The host's grid, emptied (made on first use)."""
    grid = host.layout()
    if not isinstance(grid, QGridLayout):
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
    _empty_layout(grid)
    return grid


def _empty_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        inner = item.layout()
        if inner is not None:
            _empty_layout(inner)


def _rule(grid: QGridLayout, row: int) -> int:
    line = QFrame(grid.parentWidget())
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    # A plain line is drawn in the text colour: the cards' line colour keeps the receipt quiet.
    palette = line.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour("line_strong"))
    line.setPalette(palette)
    grid.addWidget(line, row, 0, 1, 2)
    return row + 1
